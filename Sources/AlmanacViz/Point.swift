/// A point or vector in SVG user units (y grows downwards).
struct Point: Sendable, Equatable {
    var x: Double
    var y: Double

    static let zero = Point(x: 0, y: 0)

    /// The unit vector at `angle` radians, clockwise from the positive x axis
    /// (clockwise on screen because y grows downwards).
    static func unit(angle: Double) -> Point {
        let (s, c) = Trig.sinCos(angle)
        return Point(x: c, y: s)
    }

    static func + (a: Point, b: Point) -> Point { Point(x: a.x + b.x, y: a.y + b.y) }
    static func - (a: Point, b: Point) -> Point { Point(x: a.x - b.x, y: a.y - b.y) }
    static func * (a: Point, k: Double) -> Point { Point(x: a.x * k, y: a.y * k) }

    var length: Double { (x * x + y * y).squareRoot() }

    /// This vector scaled to length 1; the zero vector stays zero.
    var normalized: Point {
        let l = length
        return l > 0 ? Point(x: x / l, y: y / l) : .zero
    }

    /// This vector turned a quarter clockwise on screen.
    var perpendicular: Point { Point(x: -y, y: x) }

    func distance(to other: Point) -> Double { (self - other).length }
}

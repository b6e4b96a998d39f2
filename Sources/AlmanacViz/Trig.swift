/// Sine and cosine computed with plain arithmetic.
///
/// The C library's `sin`/`cos` may differ in the last bit between glibc and
/// Darwin, which can flip a rounded coordinate. Additions, multiplications
/// and divisions are exactly specified by IEEE 754, so a polynomial built
/// from them gives the same bits everywhere.
enum Trig {
    /// `(sin θ, cos θ)` for θ in radians, accurate to about 1e-15 for the
    /// angles a layout uses (a few turns at most).
    static func sinCos(_ angle: Double) -> (sin: Double, cos: Double) {
        let halfPi = Double.pi / 2
        let quadrant = (angle / halfPi).rounded()
        // Reduced to [-π/4, π/4], where the series below converges fast.
        let r = angle - quadrant * halfPi
        let s = sinSeries(r)
        let c = cosSeries(r)
        let turn = ((Int(quadrant) % 4) + 4) % 4
        switch turn {
        case 0: return (s, c)
        case 1: return (c, -s)
        case 2: return (-s, -c)
        default: return (-c, s)
        }
    }

    /// Taylor series to r¹³ in Horner form; the next term is below 1e-14 on [-π/4, π/4].
    private static func sinSeries(_ r: Double) -> Double {
        let r2 = r * r
        return r * (1 - r2 / 6 * (1 - r2 / 20 * (1 - r2 / 42 * (1 - r2 / 72 * (1 - r2 / 110 * (1 - r2 / 156))))))
    }

    /// Taylor series to r¹⁴ in Horner form.
    private static func cosSeries(_ r: Double) -> Double {
        let r2 = r * r
        return 1 - r2 / 2 * (1 - r2 / 12 * (1 - r2 / 30 * (1 - r2 / 56 * (1 - r2 / 90 * (1 - r2 / 132 * (1 - r2 / 182))))))
    }
}

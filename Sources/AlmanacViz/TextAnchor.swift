/// Which end of a label sits on its anchor point (SVG `text-anchor`).
enum TextAnchor: String, Sendable {
    case start
    case middle
    case end

    /// Where the text begins, measured from the anchor, for a text `width` wide.
    func offset(forWidth width: Double) -> Double {
        switch self {
        case .start: 0
        case .middle: -width / 2
        case .end: -width
        }
    }
}

/// What both drawings share around their content: the `<svg>` element's
/// attributes and the "+N more" note.
enum GraphFrame {
    /// The size of ordinary text, in user units: 12 px when drawn at the natural size.
    static let baseFontSize = 12.0

    /// `xmlns` (so the output is also a valid SVG file), classes for styling
    /// and width, a `viewBox` around `bounds`, `width="100%"` so it shrinks
    /// on phones, and `role="group"` with `aria-label` `name`.
    ///
    /// `role="img"` would hide the links inside from assistive technology;
    /// a group keeps them reachable and still names the whole.
    static func attributes(kind: String, bounds: Box, name: String) -> [(StaticString, String)] {
        [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "almanac-graph \(kind) \(SizeClass.forWidth(bounds.width))"),
            ("viewBox", bounds.viewBox),
            ("width", "100%"),
            ("font-size", SVGNumber.format(baseFontSize)),
            ("role", "group"),
            ("aria-label", name),
        ]
    }

    /// The "+N more" note centred under `bounds`, and the bounds grown to hold it.
    static func moreNote(hidden: Int, below bounds: Box) -> (note: PlacedLabel, bounds: Box) {
        let note = PlacedLabel.horizontal(
            Wording.more(hidden), baseline: Point(x: (bounds.minX + bounds.maxX) / 2, y: bounds.maxY + 14), anchor: .middle,
            fontSize: baseFontSize)
        return (note, bounds.union(note.box.expanded(by: 6)))
    }
}

/// The places a node's horizontal label may go, best first.
///
/// Labels go on the side facing away from the middle of the drawing, where
/// there is room; the other places are fall-backs a layout tries before it
/// spreads the drawing out.
enum LabelCandidates {
    /// Beside, above or below a round node at `center`, best first for a node
    /// that lies in direction `outward` from the middle of the drawing.
    static func around(
        _ text: String, center: Point, radius: Double, outward: Point, fontSize: Double, bold: Bool = false, width known: Double? = nil
    ) -> [PlacedLabel] {
        let gap = 4.0
        let width = known ?? TextMetrics.width(text, fontSize: fontSize, bold: bold)
        func label(_ baseline: Point, _ anchor: TextAnchor) -> PlacedLabel {
            .horizontal(text, baseline: baseline, anchor: anchor, fontSize: fontSize, bold: bold, width: width)
        }
        // Baselines chosen so the estimated text box clears the node by `gap`.
        let right = label(Point(x: center.x + radius + gap, y: center.y + fontSize * 0.3), .start)
        let left = label(Point(x: center.x - radius - gap, y: center.y + fontSize * 0.3), .end)
        let above = label(Point(x: center.x, y: center.y - radius - gap - fontSize * 0.25), .middle)
        let below = label(Point(x: center.x, y: center.y + radius + gap + fontSize * 0.82), .middle)
        let side = outward.x >= 0 ? [right, left] : [left, right]
        let vertical = outward.y < 0 ? [above, below] : [below, above]
        // Near the top and bottom a side label would run into the ring's
        // other labels; there a label above or below is better.
        return abs(outward.x) >= 0.25 ? [side[0], vertical[0], vertical[1], side[1]] : [vertical[0], side[0], side[1], vertical[1]]
    }
}

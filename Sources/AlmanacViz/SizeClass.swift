/// The CSS class that caps how wide a drawing is shown.
///
/// `width="100%"` lets a drawing shrink on phones; without a cap, a small
/// drawing would also grow to fill a wide column and its text would become
/// huge. The stylesheet gives each class a `max-width` near the natural width.
enum SizeClass {
    /// `graph-s` (≤ 400 units wide), `graph-m` (≤ 640), `graph-l` (≤ 880) or `graph-xl`.
    static func forWidth(_ width: Double) -> String {
        switch width {
        case ...400: "graph-s"
        case ...640: "graph-m"
        case ...880: "graph-l"
        default: "graph-xl"
        }
    }
}

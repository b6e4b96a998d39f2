/// What a query found, ready to show: a heading per column, a row per
/// entry, each cell one or more values.
public struct QueryResult: Sendable, Hashable {
    public struct Column: Sendable, Hashable {
        public var label: String
        /// Numbers and dates: aligned right, sorted as such.
        public var numeric: Bool
    }

    public struct Value: Sendable, Hashable {
        public var text: String
        /// An entry the value names, linked.
        public var entry: Int?
        /// An external link (a `url` field).
        public var url: String?
    }

    public struct Cell: Sendable, Hashable {
        public var values: [Value]
        /// What the cell sorts by: ISO dates, numbers padded, text folded.
        public var sortKey: String
    }

    public struct Row: Sendable, Hashable {
        public var entry: Int
        public var cells: [Cell]
    }

    public var display: Query.Display
    public var columns: [Column]
    public var rows: [Row]
    /// Entries that match, before `limit`.
    public var total: Int
}

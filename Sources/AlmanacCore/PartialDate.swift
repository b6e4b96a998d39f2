/// A date known to the year, the month or the day (`2022`, `2023-03`,
/// `2023-05-22`). Sorts by its earliest possible day, then by precision, and
/// prints only what is known.
public struct PartialDate: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Codable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else,
    /// including impossible days such as `2023-02-30`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0])
        else { return nil }
        var month: Int?
        var day: Int?
        if parts.count > 1 {
            guard let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count > 2, let month {
            guard let d = Int(parts[2]), d >= 1, d <= PartialDate.days(in: month, of: year) else { return nil }
            day = d
        }
        self.init(year: year, month: month, day: day)
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Machine form, as written in front matter (`2023-05`).
    public var iso: String {
        var text = pad(year, to: 4)
        if let month { text += "-" + pad(month, to: 2) }
        if let day { text += "-" + pad(day, to: 2) }
        return text
    }

    /// The first day the date can mean, `YYYY-MM-DD` (for feeds and sitemaps).
    public var earliestDay: String { "\(pad(year, to: 4))-\(pad(month ?? 1, to: 2))-\(pad(day ?? 1, to: 2))" }

    /// Reader form: `2022`, `March 2023`, `22 May 2023`.
    public var description: String {
        guard let month else { return String(year) }
        let name = PartialDate.monthNames[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}

func pad(_ value: Int, to width: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

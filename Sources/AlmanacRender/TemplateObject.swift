import AlmanacTemplate

/// One object of a page's values, before it is wrapped as a `TemplateValue`.
typealias TemplateObject = [String: TemplateValue]

extension Array where Element == TemplateObject {
    /// These objects as one list value.
    var value: TemplateValue { .list(map(TemplateValue.object)) }
}

extension Dictionary where Key == String, Value == TemplateValue {
    /// The page's way up to the site root, as `PageContext.common` set it.
    var root: String {
        if case .text(let root)? = self["root"] { return root }
        return ""
    }
}

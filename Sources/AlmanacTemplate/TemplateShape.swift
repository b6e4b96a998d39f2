/// What a template may read, declared ahead of rendering so that a
/// misspelt name is an error at its position instead of an empty string.
public indirect enum TemplateShape: Sendable {
    case text
    /// HTML made by Almanac, meant for `{{{name}}}`.
    case html
    case bool
    case number
    case object([TemplateField])
    case list(TemplateShape)

    /// The field `name` of an object shape.
    public func field(_ name: String) -> TemplateField? {
        if case .object(let fields) = self { return fields.first { $0.name == name } }
        return nil
    }

    /// The names an object shape has, for suggestions.
    var fieldNames: [String] {
        if case .object(let fields) = self { return fields.map(\.name) }
        return []
    }

    /// Two object shapes as one: the fields of both (the first's where both
    /// have one). For a template rendered for several page kinds.
    public func merged(with other: TemplateShape) -> TemplateShape {
        guard case .object(let mine) = self, case .object(let theirs) = other else { return self }
        var fields = mine
        for field in theirs {
            if let i = fields.firstIndex(where: { $0.name == field.name }) {
                fields[i].shape = fields[i].shape.merged(with: field.shape)
            } else {
                fields.append(field)
            }
        }
        return .object(fields)
    }
}

/// One named value of an object shape, with what it holds (for the docs).
public struct TemplateField: Sendable {
    public var name: String
    public var shape: TemplateShape
    public var doc: String

    public init(_ name: String, _ shape: TemplateShape, _ doc: String = "") {
        self.name = name
        self.shape = shape
        self.doc = doc
    }
}

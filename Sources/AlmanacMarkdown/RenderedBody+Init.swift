// Public initialisers, so a RenderedBody can be rebuilt from the bytes a
// Markdown worker process sends back.

extension WikiLinkOccurrence {
    public init(_ target: String, fragment: String?, label: String?, line: Int, column: Int, sentence: String) {
        self.target = target
        self.fragment = fragment
        self.label = label
        self.line = line
        self.column = column
        self.sentence = sentence
    }
}

extension Heading {
    public init(_ level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}

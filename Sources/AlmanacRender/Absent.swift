import Mustache

/// A value that is not there, said explicitly: renders as nothing, and a
/// section on it is skipped (an inverted one shown), exactly like a missing
/// key — but the lookup stops here instead of climbing every enclosing
/// context (each level costs swift-mustache two dynamic casts), and a
/// same-named value further out can never leak in.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

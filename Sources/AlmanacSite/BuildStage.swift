/// The stages of a build, in order, for progress reporting.
public enum BuildStage: String, Sendable, CaseIterable {
    case loading = "Loading"
    case markdown = "Markdown"
    case linking = "Linking"
    case reports = "Reports"
    case rendering = "Rendering"
    case writing = "Writing"
}

/// Told about progress: stage, items done, items in all.
public typealias ProgressHandler = @Sendable (BuildStage, Int, Int) -> Void

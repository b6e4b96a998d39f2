/// The built-in theme, carried in the binary so that a wiki without a
/// `templates/` folder builds. Files in `templates/` override these by name.
/// The sources are the files in the package's top-level `templates/` folder,
/// embedded at build time by the EmbedTheme plugin (`EmbeddedTheme`).
public enum DefaultTheme {
    /// Template sources by name (`entry` is `templates/entry.mustache`).
    public static let templates: [String: String] = EmbeddedTheme.templates

    /// Asset files by path under `assets/`.
    public static let assets: [String: String] = EmbeddedTheme.assets
}

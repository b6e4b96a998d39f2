/// The version Almanac reports in `--version` and in generated pages.
public enum AlmanacVersion {
    public static let string = "0.1.0"
}

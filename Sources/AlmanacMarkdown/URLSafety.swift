/// Schemes that run code when a link is followed. Refused even when a site
/// opts in to raw HTML.
public enum URLSafety {
    public static func isDangerous(_ url: String) -> Bool {
        // Browsers ignore control characters and white space inside a scheme.
        let scheme = String(url.unicodeScalars.filter { $0.value > 0x20 }.prefix(16)).lowercased()
        if scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("file:") { return true }
        if scheme.hasPrefix("data:") {
            return !(scheme.hasPrefix("data:image/png") || scheme.hasPrefix("data:image/gif") || scheme.hasPrefix("data:image/jpeg") || scheme.hasPrefix("data:image/webp"))
        }
        return false
    }
}

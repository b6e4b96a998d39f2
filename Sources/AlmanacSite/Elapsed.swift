import Foundation

/// How long something took, as the terminal shows it: "840 ms", "13.52 s".
public enum Elapsed {
    /// `msDecimals` digits after the point below a second (stage timings want one).
    public static func text(_ seconds: Double, msDecimals: Int = 0) -> String {
        let ms = seconds * 1000
        guard ms < 1000 else { return String(format: "%.2f s", seconds) }
        return msDecimals == 0 ? "\(Int(ms.rounded())) ms" : String(format: "%.\(msDecimals)f ms", ms)
    }

    public static func text(_ duration: Duration) -> String {
        text(Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }
}

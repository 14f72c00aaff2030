import CPango
import Foundation
import ReportLayout

/// Gives fontconfig a configuration of our own, read from the bundled `fonts/fonts.conf`
/// only, so that the only fonts Pango can see are those in `fonts/` (a machine's installed
/// fonts never change a line break) and the system's configuration files are never parsed.
///
/// It must run before anything touches Pango; `FontSystem` calls it.
public enum FontEnvironment {
    /// The folder holding `fonts.conf` and the font files (`$FINSAM_FONTS` overrides).
    public static func locateFontsDirectory() throws -> String {
        try BundledResources.locate(folder: "fonts", containing: "fonts.conf", environmentVariable: "FINSAM_FONTS")
    }

    /// Makes a configuration from `fonts.conf` in `fontsDirectory` fontconfig's current one
    /// (once per process; later calls keep the first).
    public static func activate(fontsDirectory: String) {
        lock.lock()
        defer { lock.unlock() }
        guard !active else { return }
        do {
            // Also for a child process and for code that initialises fontconfig its own way.
            setenv("FONTCONFIG_FILE", fontsDirectory + "/fonts.conf", 1)
            let config = FcConfigCreate()
            if FcConfigParseAndLoad(config, fontsDirectory + "/fonts.conf", 1) != 0, FcConfigBuildFonts(config) != 0 {
                FcConfigSetCurrent(config)
            }
            FcConfigDestroy(config)
            active = true
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var active = false
}

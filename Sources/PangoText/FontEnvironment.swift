import Foundation

/// Points fontconfig at the bundled `fonts/fonts.conf`, so that the only fonts Pango can
/// see are those in `fonts/`: a machine's installed fonts never change a line break.
///
/// Fontconfig reads `FONTCONFIG_FILE` once, when it first initialises, so this must run
/// before anything touches Pango; `FontSystem` calls it.
public enum FontEnvironment {
    public struct MissingFonts: Error, CustomStringConvertible {
        public var searched: [String]
        public var description: String {
            "Hittar inte typsnittsmappen fonts/ med fonts.conf (sökte i: \(searched.joined(separator: ", ")))."
        }
    }

    /// The folder holding `fonts.conf` and the font files: `$FINSAM_FONTS` if set,
    /// otherwise `fonts/` in the current folder or next to the executable's package.
    public static func locateFontsDirectory() throws -> String {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["FINSAM_FONTS"] { candidates.append(explicit) }
        candidates.append(FileManager.default.currentDirectoryPath + "/fonts")
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent("fonts").path)
            directory.deleteLastPathComponent()
        }
        // Source checkout: Sources/PangoText/FontEnvironment.swift → ../../fonts
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fonts").path)
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate + "/fonts.conf") {
            return URL(fileURLWithPath: candidate).standardizedFileURL.path
        }
        throw MissingFonts(searched: candidates)
    }

    /// Sets FONTCONFIG_FILE for this process. Idempotent.
    public static func activate(fontsDirectory: String) {
        setenv("FONTCONFIG_FILE", fontsDirectory + "/fonts.conf", 1)
    }
}

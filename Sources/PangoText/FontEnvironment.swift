import Foundation
import ReportLayout

/// Points fontconfig at the bundled `fonts/fonts.conf`, so that the only fonts Pango can
/// see are those in `fonts/`: a machine's installed fonts never change a line break.
///
/// Fontconfig reads `FONTCONFIG_FILE` once, when it first initialises, so this must run
/// before anything touches Pango; `FontSystem` calls it.
public enum FontEnvironment {
    /// The folder holding `fonts.conf` and the font files (`$FINSAM_FONTS` overrides).
    public static func locateFontsDirectory() throws -> String {
        try BundledResources.locate(folder: "fonts", containing: "fonts.conf", environmentVariable: "FINSAM_FONTS")
    }

    /// Sets FONTCONFIG_FILE for this process.
    public static func activate(fontsDirectory: String) {
        setenv("FONTCONFIG_FILE", fontsDirectory + "/fonts.conf", 1)
    }
}

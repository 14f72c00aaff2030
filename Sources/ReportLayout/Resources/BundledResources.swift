import Foundation

/// Finds the project's bundled folders (`fonts/`, `layouts/`) wherever the program runs:
/// from the checkout (`make demo`), from `.build/release`, or with an explicit path in
/// the environment (`FINSAM_FONTS`, `FINSAM_LAYOUTS`).
public enum BundledResources {
    public struct NotFound: Error, CustomStringConvertible {
        public var folder: String
        public var searched: [String]
        public var description: String {
            "Hittar inte mappen \(folder)/ (sökte i: \(searched.joined(separator: ", ")))."
        }
    }

    /// The absolute path of `folder` (a folder that holds `marker`).
    public static func locate(folder: String, containing marker: String, environmentVariable: String) throws -> String {
        let candidates = candidatePaths(folder: folder, environmentVariable: environmentVariable)
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate + "/" + marker) {
            return URL(fileURLWithPath: candidate).standardizedFileURL.path
        }
        throw NotFound(folder: folder, searched: candidates)
    }

    public static func layoutsDirectory() throws -> String {
        try locate(folder: "layouts", containing: "dokument.yaml", environmentVariable: "FINSAM_LAYOUTS")
    }

    private static func candidatePaths(folder: String, environmentVariable: String) -> [String] {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment[environmentVariable] { candidates.append(explicit) }
        candidates.append(FileManager.default.currentDirectoryPath + "/" + folder)
        // The executable lives in .build/<config>/ (or .build/<triple>/<config>/).
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(directory.appendingPathComponent(folder).path)
            directory.deleteLastPathComponent()
        }
        // The source checkout this module was compiled from (tests, `swift run`).
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent(folder).path)
        return candidates
    }
}

import Foundation

/// The program's own data in `layouts/` that the core reads: the statement descriptions
/// (`rakningar/`) and the account plans' mappings (`kontoplaner/`). The folder is found as
/// the painting stage finds its styles: `FINSAM_LAYOUTS`, the working directory, beside the
/// executable (`.build/release`), or the checkout this module was compiled from (tests,
/// `swift run`).
enum BuiltInLayouts {
    /// The absolute path of `layouts/<subfolder>`, the first candidate that holds `marker`
    /// there; `what` names the files in the message when none does.
    static func directory(_ subfolder: String, marker: String, what: String) throws -> String {
        let candidates = candidates()
        for candidate in candidates where FileManager.default.fileExists(atPath: "\(candidate)/\(subfolder)/\(marker)") {
            return "\(candidate)/\(subfolder)"
        }
        throw InputError("Hittar inte programmets \(what) (layouts/\(subfolder)/, sökte i: \(candidates.joined(separator: ", "))).",
                         file: "rapport.yaml")
    }

    /// The names of the `.yaml` files in a built-in subfolder, without the suffix, sorted.
    static func names(in directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".yaml") }
            .map { String($0.dropLast(5)) }.sorted()
    }

    private static func candidates() -> [String] {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["FINSAM_LAYOUTS"] { candidates.append(explicit) }
        candidates.append(FileManager.default.currentDirectoryPath + "/layouts")
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(directory.appendingPathComponent("layouts").path)
            directory.deleteLastPathComponent()
        }
        var checkout = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { checkout.deleteLastPathComponent() }
        candidates.append(checkout.appendingPathComponent("layouts").path)
        return candidates
    }
}

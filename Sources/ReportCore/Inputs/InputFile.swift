import Foundation

/// Reading a text file of the report folder: UTF-8, or an `InputError` naming the file as
/// the user wrote it. The one place every yaml, csv and Markdown input is read.
enum InputFile {
    static func text(path: String, displayName: String) throws -> String {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw InputError("Filen saknas eller kan inte läsas som UTF-8.", file: displayName)
        }
        return text
    }
}

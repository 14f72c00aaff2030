import Yams

/// Turning a yaml text into a tree the readers can trust: syntax errors in Swedish with
/// line and column (never the parser's English), and no key twice in one mapping
/// (yaml parsers keep one of the two silently, so a typed correction could be ignored).
enum YamlSyntax {
    static func compose(_ text: String, file: String) throws -> Node {
        let node: Node?
        do {
            // No implicit tags (.basic): the readers take every scalar as text and check it
            // themselves, and resolving tags runs regular expressions on every key and value.
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw swedish(error, file: file)
        } catch {
            throw InputError("Filen kan inte läsas som yaml.", file: file)
        }
        guard let node else { return Node.mapping(Node.Mapping([])) }
        var path: [PathStep] = []
        try refuseDuplicateKeys(node, file: file, path: &path)
        return node
    }

    /// Where a node lies ("medlemmar[3].namn"), kept as steps and spelt out only for a
    /// message: building the text at every key cost more than the check itself.
    private enum PathStep {
        case key(String)
        case item(Int)
    }

    private static func field(_ path: [PathStep]) -> String {
        var text = ""
        for step in path {
            switch step {
            case let .key(name): text += text.isEmpty ? name : "." + name
            case let .item(number): text += "[\(number)]"
            }
        }
        return text
    }

    private static func refuseDuplicateKeys(_ node: Node, file: String, path: inout [PathStep]) throws {
        switch node {
        case .mapping(let mapping):
            var firstLines: [String: Int] = [:]
            for (key, value) in mapping {
                guard let name = key.scalar?.string else {
                    let place = field(path)
                    throw InputError("En nyckel ska vara en text, inte en lista eller samling.", file: file,
                                     line: key.mark?.line, field: place.isEmpty ? nil : place)
                }
                path.append(.key(name))
                defer { path.removeLast() }
                if let first = firstLines[name] {
                    throw InputError("nyckeln `\(name)` står två gånger (första gången på rad \(first)); ta bort den ena.",
                                     file: file, line: key.mark?.line, field: field(path))
                }
                firstLines[name] = key.mark?.line ?? 0
                try refuseDuplicateKeys(value, file: file, path: &path)
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() {
                path.append(.item(index + 1))
                defer { path.removeLast() }
                try refuseDuplicateKeys(item, file: file, path: &path)
            }
        default:
            break
        }
    }

    private static func swedish(_ error: YamlError, file: String) -> InputError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return located(translate(problem), file: file, line: mark.line, column: mark.column)
        case let .reader(problem, offset, _, yaml):
            let place = offset.map { lineAndColumn(of: $0, in: yaml) }
            return located(translate(problem), file: file, line: place?.line, column: place?.column)
        default:
            return InputError("Filen kan inte läsas som yaml.", file: file)
        }
    }

    private static func located(_ message: String, file: String, line: Int?, column: Int?) -> InputError {
        let place = line.map { line in column.map { "rad \(line), kolumn \($0)" } ?? "rad \(line)" }
        return InputError("Fel i yaml-syntaxen\(place.map { " på \($0)" } ?? ""): \(message)", file: file, line: line)
    }

    private static func lineAndColumn(of offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// libyaml's problems, in the words an office understands; anything unforeseen gets
    /// a general Swedish sentence rather than the English.
    static func translate(_ problem: String) -> String {
        let known: [(String, String)] = [
            ("mapping values are not allowed", "ett kolon står där inget \"nyckel: värde\" får börja; sätt texten inom citattecken om den innehåller \": \", eller rätta indraget."),
            ("did not find expected key", "en nyckel väntades här; kontrollera indraget och att varje rad i en lista börjar med \"- \"."),
            ("could not find expected ':'", "kolon saknas efter nyckeln, eller ett citattecken stängs inte."),
            ("found unexpected end of stream", "filen tar slut mitt i ett värde: ett citattecken eller en klammer stängs inte."),
            ("tab", "tabbtecken i indraget; använd mellanslag."),
            ("found character that cannot start any token", "ett tecken som inte kan inleda ett värde (till exempel @, ` eller %); sätt värdet inom citattecken."),
            ("did not find expected ',' or ']'", "en lista inom [ ] stängs inte, eller ett kommatecken saknas."),
            ("did not find expected ',' or '}'", "en samling inom { } stängs inte, eller ett kommatecken saknas."),
            ("did not find expected node content", "ett värde väntades här."),
            ("did not find expected '-' indicator", "en listrad (\"- \") väntades här; kontrollera indraget."),
            ("block sequence entries are not allowed", "en listrad (\"- \") står där ingen lista får börja; kontrollera indraget."),
            ("found undefined alias", "en hänvisning (*namn) till något som inte finns."),
            ("found unknown escape character", "okänd kombination med \\ inom citattecken; skriv \\\\ för ett omvänt snedstreck."),
            ("found unexpected ':'", "ett kolon på fel ställe."),
            ("control characters are not allowed", "filen innehåller ett styrtecken som inte får stå i en text."),
            ("invalid leading UTF-8 octet", "filen är inte sparad som UTF-8."),
            ("incomplete UTF-8 octet sequence", "filen är inte sparad som UTF-8."),
            ("invalid trailing UTF-8 octet", "filen är inte sparad som UTF-8."),
            ("found incompatible YAML document", "filen anger en yaml-version som inte stöds."),
            ("found duplicate", "samma sak anges två gånger."),
            ("did not find expected", "något saknas här; kontrollera indrag, kolon och citattecken."),
            ("while scanning", "ett värde kan inte läsas; kontrollera citattecken och specialtecken."),
        ]
        for (english, swedish) in known where problem.contains(english) { return swedish }
        return "filen kan inte läsas här; kontrollera indrag, kolon och citattecken."
    }
}

/// libyaml's English problem text in Swedish, for readers outside ReportCore (the layout
/// files' errors reach the command line with the parser's own words).
public enum YamlProblem {
    public static func swedish(_ problem: String) -> String { YamlSyntax.translate(problem) }
}

/// A layout file that cannot be used: names the file, the line and the field, in Swedish.
public struct LayoutStyleError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int?
    public var field: String
    public var message: String

    public init(file: String, line: Int?, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return field.isEmpty ? "\(place): fel: \(message)" : "\(place): fel: fältet \"\(field)\": \(message)"
    }
}

/// Hard failures of layout, with a Swedish message built in one place.
public enum LayoutError: Error, CustomStringConvertible, Equatable {
    case columnsTooWide(table: String, needed: Points, available: Points)
    case tableRowCellCount(table: String, row: Int, cells: Int, columns: Int)
    case contentsDoNotSettle(passes: Int)
    case unreadableFile(path: String, reason: String)
    case unknownAnchor(String)

    public var description: String {
        switch self {
        case let .columnsTooWide(table, needed, available):
            return "Tabellen \"\(table)\" har kolumner med fast bredd på \(Self.mm(needed)) men satsytan är bara \(Self.mm(available)) bred."
        case let .tableRowCellCount(table, row, cells, columns):
            return "Tabellen \"\(table)\": rad \(row) täcker \(cells) kolumner men tabellen har \(columns)."
        case let .contentsDoNotSettle(passes):
            return "Innehållsförteckningen blev inte stabil efter \(passes) omgångar: sidnumren ändras fortfarande."
        case let .unreadableFile(path, reason):
            return "Kan inte läsa \(path): \(reason)"
        case let .unknownAnchor(name):
            return "Hänvisningen pekar på \"\(name)\", som inte finns i dokumentet."
        }
    }

    private static func mm(_ length: Points) -> String {
        let tenths = Int((length.millimetres * 10).rounded())
        return "\(tenths / 10),\(tenths % 10) mm"
    }
}

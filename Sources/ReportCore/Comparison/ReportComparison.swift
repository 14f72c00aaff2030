/// What differs between two versions of an annual report: the printed figures, the
/// paragraphs of the texts and the members who sign.
public struct ReportComparison: Equatable, Sendable {
    public var figures: [FigureChange]
    public var texts: [TextChange]
    /// Figures the texts print through `{{ name }}` that read differently.
    public var textFigures: [TextFigureChange]
    public var board: [BoardChange]

    public var isEmpty: Bool { figures.isEmpty && texts.isEmpty && textFigures.isEmpty && board.isEmpty }

    public init(old: ComparedReport, new: ComparedReport) {
        figures = FigureComparison.changes(old: old.figureTables, new: new.figureTables)
        (texts, textFigures) = TextComparison.changes(old: old.texts, new: new.texts)
        board = BoardChange.changes(old: old.board.signatories, new: new.board.signatories)
    }
}

/// A member who signs one version and not the other.
public struct BoardChange: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable { case added, removed }

    public var kind: Kind
    /// The name as printed under the signature line, and the member's organisation.
    public var name: String
    public var organisation: String

    static func changes(old: [BoardModel.Member], new: [BoardModel.Member]) -> [BoardChange] {
        let key = { (member: BoardModel.Member) in "\(member.signatureName)\u{1F}\(member.organisation)" }
        let oldKeys = Set(old.map(key)), newKeys = Set(new.map(key))
        let removed = old.filter { !newKeys.contains(key($0)) }.map { change(.removed, $0) }
        let added = new.filter { !oldKeys.contains(key($0)) }.map { change(.added, $0) }
        return removed + added
    }

    private static func change(_ kind: Kind, _ member: BoardModel.Member) -> BoardChange {
        BoardChange(kind: kind, name: member.signatureName, organisation: member.organisation)
    }
}

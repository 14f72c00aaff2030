/// mappning.yaml's `utanför_rapporten`: accounts the report leaves out on purpose, each
/// with the reason (an internal clearing account, a closing entry the program cannot
/// recognise). They are not an error for having no line; `check` lists them with the reason.
public struct ExcludedAccounts: Sendable, Equatable {
    public var ranges: [AccountRange]
    public var reason: String
    public var location: SourceLocation

    public func contains(_ account: String) -> Bool { ranges.contains { $0.contains(account) } }
}

enum ExcludedAccountsReader {
    static let key = "utanför_rapporten"

    static func read(_ root: YamlNode) throws -> [ExcludedAccounts] {
        guard let list = try root.optional(key) else { return [] }
        return try list.items().map { item in
            try item.allowKeys(["konton", "skäl"])
            let accounts = try item.required("konton")
            let reason = try item.string("skäl")
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw try item.required("skäl").error("Skälet att lämna kontona utanför rapporten får inte vara tomt.")
            }
            return ExcludedAccounts(ranges: try accounts.strings().map { text in
                guard let range = AccountRange(text) else {
                    throw accounts.error("Ska vara ett konto eller ett intervall som 3800-3899, men är \"\(text)\".")
                }
                return range
            }, reason: reason, location: item.location)
        }
    }
}

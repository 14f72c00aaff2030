/// medlemmar.yaml beside the books: when the members lack a state or a region, the
/// contributions note cannot follow the usual half, quarter, quarter, so the office is
/// told which split the note uses.
enum MemberChecks {
    static func contributionRule(_ members: [MemberRecord], file: String) -> [Finding] {
        let kinds = Set(members.map(\.kind))
        let missing = [(MemberKind.state, "ingen statlig medlem"), (.region, "ingen region")].filter { !kinds.contains($0.0) }
        guard !missing.isEmpty, !members.isEmpty else { return [] }
        let (labels, weights) = MemberFinancingBuilder.shares(members)
        let total = weights.reduce(0, +)
        let parts = zip(labels, weights).map { label, weight -> String in
            let divisor = gcd(weight, total)
            return "\(label) \(weight / divisor)/\(total / divisor)"
        }
        return [Finding(.warning, code: "medlemsbidrag-regel",
                        message: "Medlemmarna har \(missing.map(\.1).joined(separator: " och ")), så noten om medlemsbidrag "
                            + "kan inte fördela hälften till staten och en fjärdedel var till regionen och kommunerna. "
                            + "Noten fördelar i stället: \(parts.joined(separator: ", ")).",
                        location: SourceLocation(file: file))]
    }

    private static func gcd(_ a: Int64, _ b: Int64) -> Int64 { b == 0 ? max(a, 1) : gcd(b, a % b) }
}

/// One letter per member: its address block (checked), its contribution for the year,
/// a municipality's participants in the period, and the greeting with them filled in.
enum MemberLetterBuilder {
    static func build(_ inputs: TertialInputs, contributions: ContributionSummary, figures: [MemberFigures],
                      reportValues: [String: String]) -> (letters: [MemberLetter], findings: [Finding]) {
        var findings = AddressBlockCheck.check(inputs.letter.senderAddress, owner: "avsändaren")
        var letters: [MemberLetter] = []
        for ((member, contribution), memberFigures) in zip(zip(inputs.members, contributions.perMember), figures) {
            findings += AddressBlockCheck.check(member.address, owner: member.name)
            let flow = memberFigures.scope == .member ? memberFigures.participants : nil
            var values = reportValues.merging(senderValues(inputs.letter)) { first, _ in first }
            values["medlem.namn"] = member.name
            values["medlem.kort"] = member.shortName
            values["medlem.bidrag_år"] = TertialFigures.kronor(contribution.amount)
            if let flow {
                values["medlem.deltagare_perioden"] = String(flow.total)
                values["medlem.deltagare_unika"] = String(flow.unique)
                values["medlem.inflöde"] = String(flow.inflow)
                values["medlem.utflöde"] = String(flow.outflow)
            }
            if let booked = memberFigures.contribution.bookedInPeriod { values["medlem.bidrag_bokfört"] = TertialFigures.kronor(booked) }
            let greeting = MarkdownTemplate.resolve(inputs.letter.template, values: values, kind: member.kind, tables: [.memberFigures],
                                                   folder: inputs.folder)
            findings += greeting.findings
            letters.append(MemberLetter(
                memberName: member.name, shortName: member.shortName, kind: member.kind, addressLines: member.address.lines,
                contributionForYear: contribution.amount, participantsInPeriod: flow?.total, figures: memberFigures,
                greeting: greeting.parts, date: inputs.letter.date, senderName: inputs.letter.senderName,
                senderTitle: inputs.letter.senderTitle, senderAddressLines: inputs.letter.senderAddress.lines,
                senderPhone: inputs.letter.senderPhone, senderEmail: inputs.letter.senderEmail))
        }
        return (letters, unique(findings))
    }

    private static func senderValues(_ letter: LetterSettings) -> [String: String] {
        ["avsändare.namn": letter.senderName, "avsändare.titel": letter.senderTitle, "brevdatum": letter.date.description]
    }

    /// A mistake in the shared template shows once per letter; report it once.
    private static func unique(_ findings: [Finding]) -> [Finding] {
        var seen: Set<String> = []
        return findings.filter { finding in
            seen.insert(finding.description).inserted
        }
    }
}

/// How figures are written into prose.
enum TertialFigures {
    /// "4 417 000 kr", or "−1 301 239,31 kr" when there are öre.
    static func kronor(_ amount: Money) -> String {
        amount.ore % 100 == 0 ? "\(SwedishNumberFormat.integer(amount.ore / 100)) kr" : "\(amount.kronorText)"
    }

    /// "17 668 tkr".
    static func tkr(_ amount: Money) -> String { "\(SwedishNumberFormat.integer(TkrRule.round(amount).units)) tkr" }
}

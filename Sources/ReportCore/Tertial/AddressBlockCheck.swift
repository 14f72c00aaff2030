/// The rules of an address block for a window envelope: at most six lines, none blank,
/// the last one the postcode and town, "503 38 BORÅS" (five digits with a space after the
/// third, the town in capitals).
enum AddressBlockCheck {
    static let maximumLines = 6

    static func check(_ address: AddressInput, owner: String) -> [Finding] {
        var findings: [Finding] = []
        func add(_ message: String, _ location: SourceLocation) {
            findings.append(Finding(.error, code: "adress-ogiltig", message: "Adressen till \(owner): \(message)", location: location))
        }
        guard let last = address.lines.last else {
            add("adressen saknas.", address.location)
            return findings
        }
        if address.lines.count > maximumLines {
            add("\(address.lines.count) rader, högst \(maximumLines) får plats i kuvertfönstret.", address.location)
        }
        for (index, line) in address.lines.enumerated() where line.allSatisfy(\.isWhitespace) {
            add("rad \(index + 1) är tom.", location(address, index))
        }
        if address.lines.count < 2 {
            add("behöver minst mottagare och postnummer med ort.", address.location)
        }
        if !isPostalLine(last) {
            add("sista raden ska vara postnummer och ort som \"503 38 BORÅS\", men är \"\(last)\".",
                location(address, address.lines.count - 1))
        }
        return findings
    }

    static func isPostalLine(_ line: String) -> Bool {
        let characters = Array(line)
        guard characters.count >= 8 else { return false }
        let digits = characters[0..<3] + characters[4..<6]
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), characters[3] == " ", characters[6] == " " else { return false }
        let town = characters[7...]
        return town.first?.isLetter == true && town.allSatisfy { $0.isUppercase || $0 == " " || $0 == "-" }
    }

    private static func location(_ address: AddressInput, _ index: Int) -> SourceLocation {
        index < address.locations.count ? address.locations[index] : address.location
    }
}

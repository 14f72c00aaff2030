import Foundation

/// The document's date in the two forms an archive copy carries, in step: the Info
/// dictionary's "D:20250203120000+01'00'" (PDF 1.7, 7.9.4) and XMP's
/// "2025-02-03T12:00:00+01:00", both with the offset Swedish time had on that day.
struct ArchiveDate {
    let pdf: String
    let xmp: String

    static let zone = TimeZone(identifier: "Europe/Stockholm") ?? TimeZone(secondsFromGMT: 3600)!

    /// `local` is "YYYY-MM-DDTHH:MM:SS" in Swedish time; nil takes the clock.
    init(_ local: String?) throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.zone
        let parts: [Int]
        if let local {
            parts = local.split(whereSeparator: { "-T:".contains($0) }).compactMap { Int($0) }
            guard parts.count == 6 else { throw FinishError("Datumet \"\(local)\" är inte på formen ÅÅÅÅ-MM-DDTtt:mm:ss.") }
        } else {
            let now = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date())
            parts = [now.year!, now.month!, now.day!, now.hour!, now.minute!, now.second!]
        }
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4], second: parts[5])
        guard let instant = calendar.date(from: components) else { throw FinishError("Datumet \(parts) finns inte.") }
        let offset = Self.zone.secondsFromGMT(for: instant) / 60
        let sign = offset < 0 ? "-" : "+"
        let hours = String(format: "%02d", abs(offset) / 60), minutes = String(format: "%02d", abs(offset) % 60)
        let digits = String(format: "%04d%02d%02d%02d%02d%02d", parts[0], parts[1], parts[2], parts[3], parts[4], parts[5])
        pdf = "D:\(digits)\(sign)\(hours)'\(minutes)'"
        xmp = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]) + "\(sign)\(hours):\(minutes)"
    }
}

/// A finishing step that could not be done, in Swedish.
public struct FinishError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

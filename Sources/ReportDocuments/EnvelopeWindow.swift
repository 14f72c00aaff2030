import ReportLayout

/// Where a member's address stands on the first page of a letter so that it shows in the
/// window of a Swedish window envelope with the window on the right ("högerfönster", H2).
///
/// Placement chosen (millimetres from the A4 sheet's top left corner):
/// - window 90 × 40 mm, left edge 100 mm, right edge 190 mm (20 mm from the sheet's right
///   edge), top 45 mm, bottom 85 mm;
/// - the address text keeps 5 mm clear of every window edge (the sheet moves a few mm in
///   the envelope): text from x = 105 mm, y = 50 mm, at most 80 mm wide and 30 mm tall,
///   which holds the six lines `AddressBlockCheck` allows at 10 pt with 1.3 leading
///   (6 × 4.6 mm = 27.5 mm).
///
/// Why these figures: Swedish envelope makers sell two standard window positions, left
/// (V2) and right (H2), the same on every format (harrykuvert.se, "Kuvertguide"); the H2
/// address field is about 20 mm from the sheet's right edge. The window's top, 45 mm,
/// lies in the band the common window envelopes share (window tops 39–44 mm, heights
/// 30–40 mm for E65, C6/5 and C5 in Nordic letter templates, officeconsult.no), and the
/// whole window stays on the top panel of an A4 folded in three (0–99 mm) for E65 and
/// C6/5 as well as on the top half folded once (0–148 mm) for C5. The address block
/// follows the postal rules: no blank lines, a straight left edge, 10–12 pt, postcode
/// and town in capitals on the last line (21grams.se, "Adressera rätt"). The standard's
/// own text (SS 63 60 10) was not available to check against.
public enum EnvelopeWindow {
    /// The window as it falls on the unfolded A4 sheet.
    public static let window = Rect(x: .mm(100), y: .mm(45), width: .mm(90), height: .mm(40))

    /// Clearance kept between the address text and the window's edges.
    public static let clearance = Points.mm(5)

    /// The area the address text must stay inside.
    public static var addressArea: Rect {
        Rect(x: window.minX + clearance, y: window.minY + clearance,
             width: window.size.width - clearance * 2, height: window.size.height - clearance * 2)
    }
}

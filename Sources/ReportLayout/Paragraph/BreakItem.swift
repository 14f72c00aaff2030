/// Knuth–Plass items as data: boxes (text), glue (stretchable space) and penalties
/// (possible breaks with a cost; flagged ones are hyphens).
struct BreakItem {
    enum Kind { case box, glue, penalty }

    var kind: Kind
    var width: Double
    var stretch = 0.0
    var shrink = 0.0
    var penalty = 0.0
    var flagged = false
    /// A break only for when a tight setting fails (inside a capitalised word).
    var lastResort = false
    /// For boxes: index into the paragraph's pieces.
    var piece = -1

    static let infinity = 10_000.0

    static func box(_ width: Double, piece: Int) -> BreakItem { BreakItem(kind: .box, width: width, piece: piece) }
    static func glue(_ width: Double, stretch: Double, shrink: Double) -> BreakItem {
        BreakItem(kind: .glue, width: width, stretch: stretch, shrink: shrink)
    }
    static func penalty(_ width: Double, _ cost: Double, flagged: Bool = false, lastResort: Bool = false) -> BreakItem {
        BreakItem(kind: .penalty, width: width, penalty: cost, flagged: flagged, lastResort: lastResort)
    }
}

/// The text of a box with the attributes its line needs when it is positioned.
struct Piece {
    var text: String
    var font: FontSpec
    var color: Color
    var link: LinkTarget?
}

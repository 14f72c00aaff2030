/// A length in PostScript points (1/72 inch), the unit of every position in layout.
/// A type of its own so that a length can never be mixed up with money or a count.
public struct Points: Hashable, Comparable, Sendable, AdditiveArithmetic, CustomStringConvertible {
    public var value: Double

    public init(_ value: Double) { self.value = value }

    public static let zero = Points(0)

    /// Millimetres, as page geometry and envelope windows are specified: 25 mm → 70.87 pt.
    public static func mm(_ millimetres: Double) -> Points { Points(millimetres * 72.0 / 25.4) }

    public var millimetres: Double { value * 25.4 / 72.0 }

    public static func + (lhs: Points, rhs: Points) -> Points { Points(lhs.value + rhs.value) }
    public static func - (lhs: Points, rhs: Points) -> Points { Points(lhs.value - rhs.value) }
    public static prefix func - (value: Points) -> Points { Points(-value.value) }
    public static func * (lhs: Points, rhs: Double) -> Points { Points(lhs.value * rhs) }
    public static func * (lhs: Double, rhs: Points) -> Points { Points(lhs * rhs.value) }
    public static func / (lhs: Points, rhs: Double) -> Points { Points(lhs.value / rhs) }
    public static func / (lhs: Points, rhs: Points) -> Double { lhs.value / rhs.value }
    public static func += (lhs: inout Points, rhs: Points) { lhs.value += rhs.value }
    public static func -= (lhs: inout Points, rhs: Points) { lhs.value -= rhs.value }
    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.value < rhs.value }

    public var description: String { "\(value)pt" }
}

public struct Point: Hashable, Sendable {
    public var x: Points
    public var y: Points

    public init(x: Points, y: Points) {
        self.x = x
        self.y = y
    }
}

public struct Size: Hashable, Sendable {
    public var width: Points
    public var height: Points

    public init(width: Points, height: Points) {
        self.width = width
        self.height = height
    }

    /// ISO A4 portrait, 210 × 297 mm.
    public static let a4 = Size(width: .mm(210), height: .mm(297))
}

/// A rectangle with its origin at the top left; y grows downwards, as on a page.
public struct Rect: Hashable, Sendable {
    public var origin: Point
    public var size: Size

    public init(x: Points, y: Points, width: Points, height: Points) {
        origin = Point(x: x, y: y)
        size = Size(width: width, height: height)
    }

    public var minX: Points { origin.x }
    public var minY: Points { origin.y }
    public var maxX: Points { origin.x + size.width }
    public var maxY: Points { origin.y + size.height }

    /// True when `other` lies inside this rectangle, allowing `tolerance` for rounding.
    public func contains(_ other: Rect, tolerance: Points = Points(0.01)) -> Bool {
        other.minX >= minX - tolerance && other.minY >= minY - tolerance
            && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }
}

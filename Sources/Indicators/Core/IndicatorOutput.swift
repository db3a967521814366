/// One bar's output of an indicator: one or more named values, in TA-Lib's output order.
public protocol IndicatorOutput: Sendable {
    /// How many values one bar gives (BBANDS: 3).
    static var componentCount: Int { get }
    /// Value `index`, as a `Double` (pattern signals and indices are exact integers).
    func component(_ index: Int) -> Double
}

extension Double: IndicatorOutput {
    public static var componentCount: Int { 1 }
    @inlinable public func component(_ index: Int) -> Double { self }
}

/// Pattern signals (−100, 0, +100, and ±200 for confirmed ones) as TA-Lib's `integer` output.
extension Int32: IndicatorOutput {
    public static var componentCount: Int { 1 }
    @inlinable public func component(_ index: Int) -> Double { Double(self) }
}

/// Bar indices (MAXINDEX, MININDEX) counted from the first bar of the series.
extension Int: IndicatorOutput {
    public static var componentCount: Int { 1 }
    @inlinable public func component(_ index: Int) -> Double { Double(self) }
}

/// The quotient of two series, bar by bar: `real0 / real1` (±∞ or NaN where `real1` is 0, as in TA-Lib).
///
/// TA-Lib's `DIV` (no lookback).
public struct DIV: CatalogIndicator {
    public static let functionName = "DIV"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ pair: ValuePair) -> Double? {
        pair.first / pair.second
    }

    public func update(_ real0: Double, _ real1: Double) -> Double? {
        real0 / real1
    }

    /// The batch form: one value per pair of inputs.
    public static func compute(_ real0: [Double], _ real1: [Double]) -> [Double] {
        series(DIV(), count: real1.count) { ValuePair(real0[$0], real1[$0]) }
    }
}

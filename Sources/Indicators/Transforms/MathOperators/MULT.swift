/// The product of two series, bar by bar.
///
/// TA-Lib's `MULT` (no lookback).
public struct MULT: CatalogIndicator {
    public static let functionName = "MULT"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ pair: ValuePair) -> Double? {
        pair.first * pair.second
    }

    public func update(_ real0: Double, _ real1: Double) -> Double? {
        real0 * real1
    }

    /// The batch form: one value per pair of inputs.
    public static func compute(_ real0: [Double], _ real1: [Double]) -> [Double] {
        series(MULT(), count: real1.count) { ValuePair(real0[$0], real1[$0]) }
    }
}

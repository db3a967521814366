import Foundation

/// e raised to each value; the inverse of `LN`.
///
/// TA-Lib's `EXP` (no lookback), from the C math library as in TA-Lib.
public struct EXP: CatalogIndicator {
    public static let functionName = "EXP"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ value: Double) -> Double? {
        exp(value)
    }

    /// The batch form: one value per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(EXP(), count: real.count) { real[$0] }
    }
}

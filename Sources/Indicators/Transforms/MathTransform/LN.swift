import Foundation

/// Natural logarithm of each value (−∞ at 0, NaN below); differences of `LN` are log returns.
///
/// TA-Lib's `LN` (no lookback), from the C math library as in TA-Lib.
public struct LN: CatalogIndicator {
    public static let functionName = "LN"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ value: Double) -> Double? {
        log(value)
    }

    /// The batch form: one value per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(LN(), count: real.count) { real[$0] }
    }
}

import Foundation

/// Base-10 logarithm of each value (−∞ at 0, NaN below).
///
/// TA-Lib's `LOG10` (no lookback), from the C math library as in TA-Lib.
public struct LOG10: CatalogIndicator {
    public static let functionName = "LOG10"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ value: Double) -> Double? {
        log10(value)
    }

    /// The batch form: one value per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(LOG10(), count: real.count) { real[$0] }
    }
}

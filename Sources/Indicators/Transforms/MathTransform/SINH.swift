import Foundation

/// Hyperbolic sine of each value.
///
/// TA-Lib's `SINH` (no lookback), from the C math library as in TA-Lib.
public struct SINH: CatalogIndicator {
    public static let functionName = "SINH"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ value: Double) -> Double? {
        sinh(value)
    }

    /// The batch form: one value per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(SINH(), count: real.count) { real[$0] }
    }
}

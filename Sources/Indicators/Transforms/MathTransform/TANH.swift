import Foundation

/// Hyperbolic tangent of each value, squashing it into −1…1.
///
/// TA-Lib's `TANH` (no lookback), from the C math library as in TA-Lib.
public struct TANH: CatalogIndicator {
    public static let functionName = "TANH"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ value: Double) -> Double? {
        tanh(value)
    }

    /// The batch form: one value per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(TANH(), count: real.count) { real[$0] }
    }
}

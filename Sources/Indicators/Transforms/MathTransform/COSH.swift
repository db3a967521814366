import Foundation

/// Hyperbolic cosine of each value.
///
/// TA-Lib's `COSH` (no lookback), from the C math library as in TA-Lib.
public struct COSH: CatalogIndicator {
    public static let functionName = "COSH"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ value: Double) -> Double? {
        cosh(value)
    }

    /// The batch form: one value per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(COSH(), count: real.count) { real[$0] }
    }
}

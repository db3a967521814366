/// Square root of each value (NaN below 0).
///
/// TA-Lib's `SQRT` (no lookback).
public struct SQRT: CatalogIndicator {
    public static let functionName = "SQRT"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ value: Double) -> Double? {
        value.squareRoot()
    }

    /// The batch form: one value per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(SQRT(), count: real.count) { real[$0] }
    }
}

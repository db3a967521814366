/// Each value rounded up to a whole number.
///
/// TA-Lib's `CEIL` (no lookback).
public struct CEIL: CatalogIndicator {
    public static let functionName = "CEIL"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ value: Double) -> Double? {
        value.rounded(.up)
    }

    /// The batch form: one value per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(CEIL(), count: real.count) { real[$0] }
    }
}

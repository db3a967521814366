/// Each value rounded down to a whole number.
///
/// TA-Lib's `FLOOR` (no lookback).
public struct FLOOR: CatalogIndicator {
    public static let functionName = "FLOOR"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ value: Double) -> Double? {
        value.rounded(.down)
    }

    /// The batch form: one value per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(FLOOR(), count: real.count) { real[$0] }
    }
}

import Foundation

/// Sine of each value, taken as radians.
///
/// TA-Lib's `SIN` (no lookback), from the C math library as in TA-Lib.
public struct SIN: CatalogIndicator {
    public static let functionName = "SIN"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ value: Double) -> Double? {
        sin(value)
    }

    /// The batch form: one value per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(SIN(), count: real.count) { real[$0] }
    }
}

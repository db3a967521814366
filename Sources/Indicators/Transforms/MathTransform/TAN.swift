import Foundation

/// Tangent of each value, taken as radians.
///
/// TA-Lib's `TAN` (no lookback), from the C math library as in TA-Lib.
public struct TAN: CatalogIndicator {
    public static let functionName = "TAN"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ value: Double) -> Double? {
        tan(value)
    }

    /// The batch form: one value per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(TAN(), count: real.count) { real[$0] }
    }
}

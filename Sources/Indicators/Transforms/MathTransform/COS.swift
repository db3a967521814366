import Foundation

/// Cosine of each value, taken as radians.
///
/// TA-Lib's `COS` (no lookback), from the C math library as in TA-Lib.
public struct COS: CatalogIndicator {
    public static let functionName = "COS"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ value: Double) -> Double? {
        cos(value)
    }

    /// The batch form: one value per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(COS(), count: real.count) { real[$0] }
    }
}

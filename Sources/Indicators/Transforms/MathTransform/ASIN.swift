import Foundation

/// Arc sine of each value, in radians (−π/2…π/2); NaN outside −1…1.
///
/// TA-Lib's `ASIN` (no lookback), from the C math library as in TA-Lib.
public struct ASIN: CatalogIndicator {
    public static let functionName = "ASIN"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ value: Double) -> Double? {
        asin(value)
    }

    /// The batch form: one value per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(ASIN(), count: real.count) { real[$0] }
    }
}

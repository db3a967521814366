import Foundation

/// Arc cosine of each value, in radians (0…π); NaN outside −1…1.
///
/// TA-Lib's `ACOS` (no lookback), from the C math library as in TA-Lib.
public struct ACOS: CatalogIndicator {
    public static let functionName = "ACOS"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ value: Double) -> Double? {
        acos(value)
    }

    /// The batch form: one value per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(ACOS(), count: real.count) { real[$0] }
    }
}

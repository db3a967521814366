import Foundation

/// Arc tangent of each value, in radians (−π/2…π/2).
///
/// TA-Lib's `ATAN` (no lookback), from the C math library as in TA-Lib.
public struct ATAN: CatalogIndicator {
    public static let functionName = "ATAN"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ value: Double) -> Double? {
        atan(value)
    }

    /// The batch form: one value per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(ATAN(), count: real.count) { real[$0] }
    }
}

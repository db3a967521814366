#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Linear regression angle: the slope of the least-squares line through the last `timeperiod`
/// values as an angle in degrees (price units per bar, so it depends on the price scale).
///
/// TA-Lib's `LINEARREG_ANGLE` (lookback `timeperiod − 1`), with TA-Lib 0.8's sliding sums.
public struct LINEARREG_ANGLE: CatalogIndicator {
    public static let functionName = "LINEARREG_ANGLE"

    public let timeperiod: Int
    private var regression: LinearRegressionWindow

    /// - Parameter timeperiod: values fitted, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "LINEARREG_ANGLE timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        self.regression = LinearRegressionWindow(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        guard let line = regression.update(value) else { return nil }
        return atan(line.slope) * (180.0 / Double.pi)
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 14) -> [Double] {
        series(LINEARREG_ANGLE(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}

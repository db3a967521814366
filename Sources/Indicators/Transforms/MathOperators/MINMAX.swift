/// Lowest and highest values over the last `timeperiod` values: the recent range in one pass.
///
/// TA-Lib's `MINMAX` (lookback `timeperiod − 1`), equal to `MIN` and `MAX` together.
public struct MINMAX: CatalogIndicator {
    public static let functionName = "MINMAX"

    /// The window's extremes.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var min: Double
        public var max: Double

        public static var componentCount: Int { 2 }

        public func component(_ index: Int) -> Double { index == 0 ? min : max }
    }

    /// The batch output, NaN where undefined.
    public struct Series: Sendable, Hashable {
        public var min: [Double]
        public var max: [Double]
    }

    public let timeperiod: Int
    private var lowest: RollingExtreme<Lowest>
    private var highest: RollingExtreme<Highest>

    /// - Parameter timeperiod: values looked at, 2…100000 (default 30).
    public init(timeperiod: Int = 30) {
        precondition((2...100_000).contains(timeperiod), "MINMAX timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        lowest = RollingExtreme(period: timeperiod)
        highest = RollingExtreme(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Value? {
        let low = lowest.update(value), high = highest.update(value)
        guard let low, let high else { return nil }
        return Value(min: low, max: high)
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> Series {
        let result = columns(MINMAX(timeperiod: timeperiod), count: real.count) { real[$0] }
        return Series(min: result[0], max: result[1])
    }
}

/// Bar indices of the lowest and highest values over the last `timeperiod` values.
///
/// TA-Lib's `MINMAXINDEX` (lookback `timeperiod − 1`), equal to `MININDEX` and `MAXINDEX`
/// together: indices count from the first bar given, ties resolved as TA-Lib resolves them.
public struct MINMAXINDEX: CatalogIndicator, BarIndexing {
    public static let functionName = "MINMAXINDEX"

    /// Where the window's extremes are.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var minidx: Int
        public var maxidx: Int

        public static var componentCount: Int { 2 }

        public func component(_ index: Int) -> Double { Double(index == 0 ? minidx : maxidx) }
    }

    /// The batch output, 0 where undefined.
    public struct Series: Sendable, Hashable {
        public var minidx: [Int]
        public var maxidx: [Int]
    }

    public let timeperiod: Int
    private var lowest: RollingExtremeIndex<Lowest>
    private var highest: RollingExtremeIndex<Highest>

    /// - Parameter timeperiod: values looked at, 2…100000 (default 30).
    public init(timeperiod: Int = 30) {
        precondition((2...100_000).contains(timeperiod), "MINMAXINDEX timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        lowest = RollingExtremeIndex(period: timeperiod)
        highest = RollingExtremeIndex(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Value? {
        let low = lowest.update(value), high = highest.update(value)
        guard let low, let high else { return nil }
        return Value(minidx: low, maxidx: high)
    }

    public mutating func skip() {
        lowest.skip()
        highest.skip()
    }

    /// The batch form: indices into `real`, 0 for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> Series {
        let result = indexColumns(MINMAXINDEX(timeperiod: timeperiod), count: real.count) { real[$0] }
        return Series(minidx: result[0], maxidx: result[1])
    }
}

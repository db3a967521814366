/// Bar index of the lowest value over the last `timeperiod` values: how recent the bottom of the
/// range is.
///
/// TA-Lib's `MININDEX` (lookback `timeperiod − 1`). Indices count from the first bar given; among
/// equal lows TA-Lib's choice is kept (the newest, except just after the previous low left the
/// window, when it is the oldest).
public struct MININDEX: CatalogIndicator, BarIndexing {
    public static let functionName = "MININDEX"

    public let timeperiod: Int
    private var lowest: RollingExtremeIndex<Lowest>

    /// - Parameter timeperiod: values looked at, 2…100000 (default 30).
    public init(timeperiod: Int = 30) {
        precondition((2...100_000).contains(timeperiod), "MININDEX timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        lowest = RollingExtremeIndex(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Int? {
        lowest.update(value)
    }

    public mutating func skip() {
        lowest.skip()
    }

    /// The batch form: indices into `real`, 0 for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Int] {
        indexColumns(MININDEX(timeperiod: timeperiod), count: real.count) { real[$0] }[0]
    }
}

/// Bar index of the highest value over the last `timeperiod` values: how recent the top of the
/// range is.
///
/// TA-Lib's `MAXINDEX` (lookback `timeperiod − 1`). Indices count from the first bar given; among
/// equal highs TA-Lib's choice is kept (the newest, except just after the previous high left the
/// window, when it is the oldest).
public struct MAXINDEX: CatalogIndicator, BarIndexing {
    public static let functionName = "MAXINDEX"

    public let timeperiod: Int
    private var highest: RollingExtremeIndex<Highest>

    /// - Parameter timeperiod: values looked at, 2…100000 (default 30).
    public init(timeperiod: Int = 30) {
        precondition((2...100_000).contains(timeperiod), "MAXINDEX timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        highest = RollingExtremeIndex(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Int? {
        highest.update(value)
    }

    public mutating func skip() {
        highest.skip()
    }

    /// The batch form: indices into `real`, 0 for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Int] {
        indexColumns(MAXINDEX(timeperiod: timeperiod), count: real.count) { real[$0] }[0]
    }
}

/// Percent rank: the share, in percent, of the previous `timeperiod` values strictly below the
/// current one (0: a new low for the window; close to 100: a new high).
///
/// TA-Lib's `PERCENTRANK` (lookback `timeperiod`: the current value is compared with the
/// `timeperiod` before it). Each bar counts the window, O(`timeperiod`), as TA-Lib does.
public struct PERCENTRANK: CatalogIndicator {
    public static let functionName = "PERCENTRANK"

    public let timeperiod: Int
    private var previous: RingBuffer<Double>

    /// - Parameter timeperiod: earlier values compared with, 2…100000 (default 100).
    public init(timeperiod: Int = 100) {
        precondition((2...100_000).contains(timeperiod), "PERCENTRANK timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        self.previous = RingBuffer(capacity: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ value: Double) -> Double? {
        defer { previous.append(value) }
        guard previous.isFull else { return nil }
        var below = 0
        for age in 0..<timeperiod where previous[age: age] < value { below += 1 }
        return Double(below) / Double(timeperiod) * 100.0
    }

    /// The batch form: NaN for the first `timeperiod` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 100) -> [Double] {
        series(PERCENTRANK(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}

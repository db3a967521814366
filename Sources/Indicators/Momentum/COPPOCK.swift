/// Coppock curve: a weighted moving average of the sum of two rates of change (in percent) of
/// the price; a turn up from below zero is its classic long-term buy signal.
///
/// TA-Lib's `COPPOCK` (lookback `max(roc1period, roc2period) + wmaperiod − 1`); a zero base
/// price makes its rate of change 0.
public struct COPPOCK: CatalogIndicator {
    public static let functionName = "COPPOCK"

    public let wmaperiod: Int
    public let roc1period: Int
    public let roc2period: Int
    private var history: RingBuffer<Double>
    private var average: MovingAverage

    /// - Parameters:
    ///   - wmaperiod: periods of the weighted average, 1…100000 (default 10).
    ///   - roc1period: bars of the first rate of change, 1…100000 (default 11).
    ///   - roc2period: bars of the second rate of change, 1…100000 (default 14).
    public init(wmaperiod: Int = 10, roc1period: Int = 11, roc2period: Int = 14) {
        precondition((1...100_000).contains(wmaperiod), "COPPOCK wmaperiod must be 1…100000")
        precondition((1...100_000).contains(roc1period), "COPPOCK roc1period must be 1…100000")
        precondition((1...100_000).contains(roc2period), "COPPOCK roc2period must be 1…100000")
        self.wmaperiod = wmaperiod
        self.roc1period = roc1period
        self.roc2period = roc2period
        history = RingBuffer(capacity: max(roc1period, roc2period) + 1)
        average = MovingAverage(timeperiod: wmaperiod, matype: .wma)
    }

    public init(parameters: ParameterValues) {
        self.init(
            wmaperiod: parameters.int("wmaperiod"), roc1period: parameters.int("roc1period"),
            roc2period: parameters.int("roc2period"))
    }

    public var lookback: Int { max(roc1period, roc2period) + wmaperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        history.append(value)
        guard history.isFull else { return nil }
        return average.update(rateOfChange(roc1period) + rateOfChange(roc2period))
    }

    private func rateOfChange(_ period: Int) -> Double {
        let base = history[age: period]
        return base != 0 ? (history[age: 0] / base - 1.0) * 100.0 : 0
    }

    /// The batch form: NaN for the first `lookback` values.
    public static func compute(
        _ real: [Double], wmaperiod: Int = 10, roc1period: Int = 11, roc2period: Int = 14
    ) -> [Double] {
        series(COPPOCK(wmaperiod: wmaperiod, roc1period: roc1period, roc2period: roc2period), count: real.count) {
            real[$0]
        }
    }
}

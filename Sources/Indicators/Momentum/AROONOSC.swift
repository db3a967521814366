/// Aroon oscillator: Aroon up minus Aroon down, −100…100; positive when the latest high is more
/// recent than the latest low (up-trend), negative otherwise.
///
/// TA-Lib's `AROONOSC` (lookback `timeperiod`), computed as `100/timeperiod × (bar of the
/// highest − bar of the lowest)` over `timeperiod + 1` bars, the most recent extreme on ties.
public struct AROONOSC: CatalogIndicator {
    public static let functionName = "AROONOSC"

    public let timeperiod: Int
    private let factor: Double
    private var highest: TrailingExtreme
    private var lowest: TrailingExtreme

    /// - Parameter timeperiod: bars looked back, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "AROONOSC timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        factor = 100 / Double(timeperiod)
        highest = TrailingExtreme(.highest, window: timeperiod + 1)
        lowest = TrailingExtreme(.lowest, window: timeperiod + 1)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ bar: PriceBar) -> Double? {
        lowest.push(bar.low)
        highest.push(bar.high)
        guard highest.isFull else { return nil }
        return factor * Double(highest.index - lowest.index)
    }

    public mutating func update(high: Double, low: Double) -> Double? {
        update(PriceBar(high: high, low: low))
    }

    /// The batch form: NaN for the first `timeperiod` bars.
    public static func compute(high: [Double], low: [Double], timeperiod: Int = 14) -> [Double] {
        precondition(high.count == low.count, "AROONOSC inputs differ in length")
        return series(AROONOSC(timeperiod: timeperiod), count: low.count) { PriceBar(high: high[$0], low: low[$0]) }
    }
}

/// Average directional movement index rating: the mean of today's ADX and the ADX
/// `timeperiod − 1` bars ago, a steadier reading of trend strength.
///
/// TA-Lib's `ADXR` (lookback `3 × timeperiod − 2`).
public struct ADXR: CatalogIndicator {
    public static let functionName = "ADXR"

    public let timeperiod: Int
    private var adx: ADX
    private var history: RingBuffer<Double>

    /// - Parameter timeperiod: bars smoothed, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "ADXR timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        adx = ADX(timeperiod: timeperiod)
        history = RingBuffer(capacity: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { 3 * timeperiod - 2 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        guard let current = adx.update(bar) else { return nil }
        history.append(current)
        guard history.isFull else { return nil }
        return (current + history.oldest) / 2
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `3 × timeperiod − 2` bars.
    public static func compute(high: [Double], low: [Double], close: [Double], timeperiod: Int = 14) -> [Double] {
        precondition(high.count == close.count && low.count == close.count, "ADXR inputs differ in length")
        return series(ADXR(timeperiod: timeperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
    }
}

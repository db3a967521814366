/// SuperTrend: a trailing line `multiplier` ATRs below the median price in an uptrend (above it in
/// a downtrend) that only ratchets towards the price and flips when a close crosses it; `trend`
/// is +1 or −1.
///
/// TA-Lib's `SUPERTREND` (lookback `timeperiod`, the ATR's): the first value starts an uptrend on
/// the unclamped lower band, as TA-Lib does.
public struct SUPERTREND: CatalogIndicator {
    public static let functionName = "SUPERTREND"

    /// The line and the trend direction of one bar.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var supertrend: Double
        public var trend: Int32

        public static var componentCount: Int { 2 }
        public func component(_ index: Int) -> Double { index == 0 ? supertrend : Double(trend) }
    }

    /// The line and the trend, NaN and 0 before the lookback.
    public struct Series: Sendable, Hashable {
        public var supertrend: [Double]
        public var trend: [Int32]
    }

    public let timeperiod: Int
    public let multiplier: Double
    private var range: ATR
    private var upper = 0.0
    private var lower = 0.0
    private var previousClose = 0.0
    private var isUptrend = true
    private var started = false

    /// - Parameters:
    ///   - timeperiod: the ATR's period, 2…100000 (default 10).
    ///   - multiplier: ATRs between the median price and the bands, ≥ 0 (default 3).
    public init(timeperiod: Int = 10, multiplier: Double = 3) {
        precondition((2...100_000).contains(timeperiod), "SUPERTREND timeperiod must be 2…100000")
        precondition((0...3e37).contains(multiplier), "SUPERTREND multiplier must be 0…3e37")
        self.timeperiod = timeperiod
        self.multiplier = multiplier
        range = ATR(timeperiod: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"), multiplier: parameters.real("multiplier"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ bar: PriceBar) -> Value? {
        guard let trueRange = range.update(bar) else { return nil }
        let median = (bar.high + bar.low) / 2.0
        let band = multiplier * trueRange
        let (basicUpper, basicLower) = (median + band, median - band)
        guard started else {
            started = true
            (upper, lower, previousClose) = (basicUpper, basicLower, bar.close)
            return Value(supertrend: lower, trend: 1)
        }
        if basicUpper < upper || previousClose > upper { upper = basicUpper }
        if basicLower > lower || previousClose < lower { lower = basicLower }
        if isUptrend {
            if bar.close < lower { isUptrend = false }
        } else if bar.close > upper {
            isUptrend = true
        }
        previousClose = bar.close
        return isUptrend ? Value(supertrend: lower, trend: 1) : Value(supertrend: upper, trend: -1)
    }

    /// Feeds the next bar's high, low and close.
    public mutating func update(high: Double, low: Double, close: Double) -> Value? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN (and trend 0) before the lookback.
    public static func compute(
        high: [Double], low: [Double], close: [Double], timeperiod: Int = 10, multiplier: Double = 3
    ) -> Series {
        let lines = columns(SUPERTREND(timeperiod: timeperiod, multiplier: multiplier), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
        return Series(supertrend: lines[0], trend: lines[1].map { $0.isNaN ? 0 : Int32($0) })
    }
}

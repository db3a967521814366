/// Williams' %R: where the close sits in the window's high–low range, 0 (at the high) to −100
/// (at the low); above −20 is commonly read as overbought, below −80 as oversold.
///
/// TA-Lib's `WILLR` (lookback `timeperiod − 1`), kept within −100…0 and 0 for a range within
/// 1e-14 of the prices' magnitude. Extremes come from TA-Lib's block scan (van Herk /
/// Gil-Werman), O(1) amortised per bar.
public struct WILLR: CatalogIndicator {
    public static let functionName = "WILLR"

    public let timeperiod: Int
    private var block: RingBuffer<PriceBar>
    private var suffixHigh: [Double]
    private var suffixLow: [Double]
    private var prefixHigh = 0.0
    private var prefixLow = 0.0
    private var position = 0 // of the next bar within its block
    private var hasCompleteBlock = false

    /// - Parameter timeperiod: bars in the window, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "WILLR timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        block = RingBuffer(capacity: timeperiod)
        suffixHigh = [Double](repeating: 0, count: timeperiod)
        suffixLow = [Double](repeating: 0, count: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        block.append(bar)
        let current = position
        position = current + 1 == timeperiod ? 0 : current + 1
        if current == timeperiod - 1 {
            scanCompleteBlock()
            return Self.percentR(highest: suffixHigh[0], lowest: suffixLow[0], close: bar.close)
        }
        guard hasCompleteBlock else { return nil }
        if current == 0 {
            prefixHigh = bar.high
            prefixLow = bar.low
        } else {
            if bar.high > prefixHigh { prefixHigh = bar.high }
            if bar.low < prefixLow { prefixLow = bar.low }
        }
        var highest = suffixHigh[current + 1]
        if prefixHigh > highest { highest = prefixHigh }
        var lowest = suffixLow[current + 1]
        if prefixLow < lowest { lowest = prefixLow }
        return Self.percentR(highest: highest, lowest: lowest, close: bar.close)
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `timeperiod − 1` bars.
    public static func compute(high: [Double], low: [Double], close: [Double], timeperiod: Int = 14) -> [Double] {
        precondition(high.count == close.count && low.count == close.count, "WILLR inputs differ in length")
        return series(WILLR(timeperiod: timeperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
    }

    /// Extremes of each tail of the block just completed, scanned from its newest bar back.
    private mutating func scanCompleteBlock() {
        var highest = block[age: 0].high
        var lowest = block[age: 0].low
        suffixHigh[timeperiod - 1] = highest
        suffixLow[timeperiod - 1] = lowest
        for index in stride(from: timeperiod - 2, through: 0, by: -1) {
            let bar = block[age: timeperiod - 1 - index]
            if bar.high > highest { highest = bar.high }
            if bar.low < lowest { lowest = bar.low }
            suffixHigh[index] = highest
            suffixLow[index] = lowest
        }
        hasCompleteBlock = true
    }

    private static func percentR(highest: Double, lowest: Double, close: Double) -> Double {
        let range = highest - lowest
        if TALibMath.isZero(range, relativeTo: abs(highest) + abs(lowest)) { return 0 }
        let value = ((highest - close) / range) * -100
        return value > 0 ? 0 : (-100 > value ? -100 : value)
    }
}

/// One candle setting's running total over the `avgPeriod` candles before a judged candle, kept
/// in TA-Lib's floating-point order so pattern decisions match it exactly.
///
/// The judged candle is `offset` bars before the current one (0: the current candle; 2: the
/// first of a three-candle pattern). Call ``average(of:)`` while judging bar `i`, then
/// ``push(_:)`` with bar `i` itself, once per bar from the first bar on. During the first
/// `lookback` bars the total is a plain sum (TA-Lib's set-up loop); after, it slides by adding
/// the difference of the entering and leaving ranges, as TA-Lib does.
struct CandleAverage: Sendable {
    let setting: CandleSetting
    private let offset: Int
    private let lookback: Int
    private let period: Double
    private var ranges: RingBuffer<Double>
    private var total = 0.0
    private var bars = 0

    /// - Parameters:
    ///   - lookback: the pattern's lookback (its first judged bar).
    ///   - offset: how many bars before the current bar the judged candle is.
    init(_ setting: CandleSetting, offset: Int = 0, lookback: Int) {
        precondition(lookback >= setting.avgPeriod + offset, "lookback too short for this average")
        self.setting = setting
        self.offset = offset
        self.lookback = lookback
        self.period = Double(setting.avgPeriod)
        self.ranges = RingBuffer(capacity: setting.avgPeriod + offset + 1)
    }

    /// TA_CANDLEAVERAGE: `factor` × the average range (or `candle`'s own range when
    /// `avgPeriod` is 0), halved for shadows. `candle` is the judged candle.
    @inline(__always)
    func average(of candle: PriceBar) -> Double {
        let base = setting.avgPeriod != 0 ? total / period : setting.range(candle)
        // TA-Lib divides by 2 for shadows and by 1 otherwise; dividing by 1 changes nothing.
        return setting.rangeType == .shadows ? setting.factor * base / 2.0 : setting.factor * base
    }

    /// Takes in the current bar, after it has been judged.
    @inline(__always)
    mutating func push(_ bar: PriceBar) {
        defer { bars += 1 }
        guard setting.avgPeriod != 0 else { return } // compares with the candle itself: no window
        ranges.append(setting.range(bar))
        if bars < lookback {
            // Set-up: the total starts at bar lookback − offset − avgPeriod.
            if bars >= lookback - setting.avgPeriod { total += ranges[age: offset] }
        } else {
            total += ranges[age: offset] - ranges[age: offset + setting.avgPeriod]
        }
    }
}

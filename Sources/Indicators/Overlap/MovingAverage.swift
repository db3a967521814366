/// Any of TA-Lib's moving averages (MA types 0–13), chosen at run time by ``MAType``: what TA-Lib's `MA`
/// computes, and what its functions taking a `matype` (BBANDS, MACDEXT, STOCH, APO, …) use inside.
///
/// A period of 1 copies the input, whatever the type (lookback 0); MAMA runs with fastlimit 0.5
/// and slowlimit 0.05 and gives its MAMA line; T3 runs with vfactor 0.7.
public struct MovingAverage: StreamingIndicator {
    public let timeperiod: Int
    public let matype: MAType
    public let lookback: Int
    /// The kind in use: `.disabled` for a pass-through (also any type at period 1).
    private let kind: MAType
    // One optional per kind, only the one in use set: an optional updates in place, so the
    // average's buffers stay uniquely referenced (an enum payload or an existential copies or
    // boxes them on every update).
    private var sma: SMA?
    private var ema: EMA?
    private var wma: WMA?
    private var dema: DEMA?
    private var tema: TEMA?
    private var trima: TRIMA?
    private var kama: KAMA?
    private var mama: MAMA?
    private var t3: T3?
    private var hma: HMA?
    private var zlema: ZLEMA?
    private var rma: RMA?

    /// - Parameters:
    ///   - timeperiod: the period of the average, 1…100000 (TA-Lib's range).
    ///   - matype: which average; `.functionDefault` is MA's own default, SMA.
    public init(timeperiod: Int, matype: MAType) {
        precondition((1...100_000).contains(timeperiod), "MA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        self.matype = matype
        kind = timeperiod == 1 ? .disabled : (matype == .functionDefault ? .sma : matype)
        /// Stores `average` in its slot and gives its lookback.
        func hold<Average: StreamingIndicator>(_ average: Average, in slot: inout Average?) -> Int {
            slot = average
            return average.lookback
        }
        switch kind {
        case .sma, .functionDefault: lookback = hold(SMA(timeperiod: timeperiod), in: &sma)
        case .ema: lookback = hold(EMA(timeperiod: timeperiod), in: &ema)
        case .wma: lookback = hold(WMA(timeperiod: timeperiod), in: &wma)
        case .dema: lookback = hold(DEMA(timeperiod: timeperiod), in: &dema)
        case .tema: lookback = hold(TEMA(timeperiod: timeperiod), in: &tema)
        case .trima: lookback = hold(TRIMA(timeperiod: timeperiod), in: &trima)
        case .kama: lookback = hold(KAMA(timeperiod: timeperiod), in: &kama)
        case .mama: lookback = hold(MAMA(fastlimit: 0.5, slowlimit: 0.05), in: &mama)
        case .t3: lookback = hold(T3(timeperiod: timeperiod, vfactor: 0.7), in: &t3)
        case .hma: lookback = hold(HMA(timeperiod: timeperiod), in: &hma)
        case .disabled: lookback = 0
        case .zlema: lookback = hold(ZLEMA(timeperiod: timeperiod), in: &zlema)
        case .rma: lookback = hold(RMA(timeperiod: timeperiod), in: &rma)
        }
    }

    @inline(__always)
    public mutating func update(_ value: Double) -> Double? {
        switch kind {
        case .sma, .functionDefault: sma?.update(value)
        case .ema: ema?.update(value)
        case .wma: wma?.update(value)
        case .dema: dema?.update(value)
        case .tema: tema?.update(value)
        case .trima: trima?.update(value)
        case .kama: kama?.update(value)
        case .mama: mama?.update(value)?.mama
        case .t3: t3?.update(value)
        case .hma: hma?.update(value)
        case .disabled: value
        case .zlema: zlema?.update(value)
        case .rma: rma?.update(value)
        }
    }
}

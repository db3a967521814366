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
        switch kind {
        case .sma, .functionDefault: sma = SMA(timeperiod: timeperiod)
        case .ema: ema = EMA(timeperiod: timeperiod)
        case .wma: wma = WMA(timeperiod: timeperiod)
        case .dema: dema = DEMA(timeperiod: timeperiod)
        case .tema: tema = TEMA(timeperiod: timeperiod)
        case .trima: trima = TRIMA(timeperiod: timeperiod)
        case .kama: kama = KAMA(timeperiod: timeperiod)
        case .mama: mama = MAMA(fastlimit: 0.5, slowlimit: 0.05)
        case .t3: t3 = T3(timeperiod: timeperiod, vfactor: 0.7)
        case .hma: hma = HMA(timeperiod: timeperiod)
        case .disabled: break
        case .zlema: zlema = ZLEMA(timeperiod: timeperiod)
        case .rma: rma = RMA(timeperiod: timeperiod)
        }
        let lookbacks: [Int?] = [
            sma?.lookback, ema?.lookback, wma?.lookback, dema?.lookback, tema?.lookback, trima?.lookback,
            kama?.lookback, mama?.lookback, t3?.lookback, hma?.lookback, zlema?.lookback, rma?.lookback,
        ]
        lookback = lookbacks.compactMap { $0 }.first ?? 0
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

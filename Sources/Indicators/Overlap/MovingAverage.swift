/// Any of TA-Lib's moving averages (MA types 0–13), chosen at run time by ``MAType``: what TA-Lib's `MA`
/// computes, and what its functions taking a `matype` (BBANDS, MACDEXT, STOCH, APO, …) use inside.
///
/// A period of 1 copies the input, whatever the type (lookback 0); MAMA runs with fastlimit 0.5
/// and slowlimit 0.05 and gives its MAMA line; T3 runs with vfactor 0.7.
public struct MovingAverage: StreamingIndicator {
    public let timeperiod: Int
    public let matype: MAType
    public let lookback: Int
    private var kernel: Kernel

    /// - Parameters:
    ///   - timeperiod: the period of the average, 1…100000 (TA-Lib's range).
    ///   - matype: which average; `.functionDefault` is MA's own default, SMA.
    public init(timeperiod: Int, matype: MAType) {
        precondition((1...100_000).contains(timeperiod), "MA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        self.matype = matype
        kernel = if timeperiod == 1 {
            .identity
        } else {
            switch matype {
            case .sma, .functionDefault: .sma(SMA(timeperiod: timeperiod))
            case .ema: .ema(EMA(timeperiod: timeperiod))
            case .wma: .wma(WMA(timeperiod: timeperiod))
            case .dema: .dema(DEMA(timeperiod: timeperiod))
            case .tema: .tema(TEMA(timeperiod: timeperiod))
            case .trima: .trima(TRIMA(timeperiod: timeperiod))
            case .kama: .kama(KAMA(timeperiod: timeperiod))
            case .mama: .mama(MAMA(fastlimit: 0.5, slowlimit: 0.05))
            case .t3: .t3(T3(timeperiod: timeperiod, vfactor: 0.7))
            case .hma: .hma(HMA(timeperiod: timeperiod))
            case .disabled: .identity
            case .zlema: .zlema(ZLEMA(timeperiod: timeperiod))
            case .rma: .rma(RMA(timeperiod: timeperiod))
            }
        }
        lookback = kernel.lookback
    }

    public mutating func update(_ value: Double) -> Double? {
        kernel.update(value)
    }
}

/// The averages ``MovingAverage`` dispatches to, held by value so each update is a direct call.
private enum Kernel: Sendable {
    case identity
    case sma(SMA), ema(EMA), wma(WMA), dema(DEMA), tema(TEMA), trima(TRIMA), kama(KAMA)
    case mama(MAMA), t3(T3), hma(HMA), zlema(ZLEMA), rma(RMA)

    var lookback: Int {
        switch self {
        case .identity: 0
        case .sma(let average): average.lookback
        case .ema(let average): average.lookback
        case .wma(let average): average.lookback
        case .dema(let average): average.lookback
        case .tema(let average): average.lookback
        case .trima(let average): average.lookback
        case .kama(let average): average.lookback
        case .mama(let average): average.lookback
        case .t3(let average): average.lookback
        case .hma(let average): average.lookback
        case .zlema(let average): average.lookback
        case .rma(let average): average.lookback
        }
    }

    /// Updates the held average in place (`self` is emptied first so its buffers stay unique).
    @inline(__always)
    mutating func update(_ value: Double) -> Double? {
        switch self {
        case .identity:
            return value
        case .sma(var average):
            self = .identity
            defer { self = .sma(average) }
            return average.update(value)
        case .ema(var average):
            self = .identity
            defer { self = .ema(average) }
            return average.update(value)
        case .wma(var average):
            self = .identity
            defer { self = .wma(average) }
            return average.update(value)
        case .dema(var average):
            self = .identity
            defer { self = .dema(average) }
            return average.update(value)
        case .tema(var average):
            self = .identity
            defer { self = .tema(average) }
            return average.update(value)
        case .trima(var average):
            self = .identity
            defer { self = .trima(average) }
            return average.update(value)
        case .kama(var average):
            self = .identity
            defer { self = .kama(average) }
            return average.update(value)
        case .mama(var average):
            self = .identity
            defer { self = .mama(average) }
            return average.update(value)?.mama
        case .t3(var average):
            self = .identity
            defer { self = .t3(average) }
            return average.update(value)
        case .hma(var average):
            self = .identity
            defer { self = .hma(average) }
            return average.update(value)
        case .zlema(var average):
            self = .identity
            defer { self = .zlema(average) }
            return average.update(value)
        case .rma(var average):
            self = .identity
            defer { self = .rma(average) }
            return average.update(value)
        }
    }
}

/// Any of TA-Lib's nine moving averages, chosen at run time by ``MAType``: what TA-Lib's `MA`
/// computes, and what its functions taking a `matype` (BBANDS, MACDEXT, STOCH, APO, …) use inside.
///
/// A period of 1 copies the input, whatever the type (lookback 0); MAMA runs with fastlimit 0.5
/// and slowlimit 0.05 and gives its MAMA line; T3 runs with vfactor 0.7.
public struct MovingAverage: StreamingIndicator {
    public let timeperiod: Int
    public let matype: MAType
    public let lookback: Int
    private var average: any MovingAverageKernel

    /// - Parameters:
    ///   - timeperiod: the period of the average, 1…100000 (TA-Lib's range).
    ///   - matype: which average.
    public init(timeperiod: Int, matype: MAType) {
        precondition((1...100_000).contains(timeperiod), "MA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        self.matype = matype
        average = if timeperiod == 1 {
            MovingAverageIdentity()
        } else {
            switch matype {
            case .sma: SMA(timeperiod: timeperiod)
            case .ema: EMA(timeperiod: timeperiod)
            case .wma: WMA(timeperiod: timeperiod)
            case .dema: DEMA(timeperiod: timeperiod)
            case .tema: TEMA(timeperiod: timeperiod)
            case .trima: TRIMA(timeperiod: timeperiod)
            case .kama: KAMA(timeperiod: timeperiod)
            case .mama: MovingAverageMAMALine()
            case .t3: T3(timeperiod: timeperiod, vfactor: 0.7)
            }
        }
        lookback = average.lookback
    }

    public mutating func update(_ value: Double) -> Double? {
        average.update(value)
    }
}

/// The averages ``MovingAverage`` dispatches to.
protocol MovingAverageKernel: StreamingIndicator where Input == Double, Output == Double {}

extension SMA: MovingAverageKernel {}
extension EMA: MovingAverageKernel {}
extension WMA: MovingAverageKernel {}
extension DEMA: MovingAverageKernel {}
extension TEMA: MovingAverageKernel {}
extension TRIMA: MovingAverageKernel {}
extension KAMA: MovingAverageKernel {}
extension T3: MovingAverageKernel {}

/// TA-Lib's period-1 moving average: the input itself.
private struct MovingAverageIdentity: MovingAverageKernel {
    var lookback: Int { 0 }
    func update(_ value: Double) -> Double? { value }
}

/// MAMA as a moving-average type: its MAMA line at TA-Lib's fixed limits.
private struct MovingAverageMAMALine: MovingAverageKernel {
    private var mama = MAMA(fastlimit: 0.5, slowlimit: 0.05)
    var lookback: Int { mama.lookback }
    mutating func update(_ value: Double) -> Double? { mama.update(value)?.mama }
}

/// Up/Down-gap Side-by-side White Lines: two white candles of similar size opening at about the
/// same price, both bodies gapping away from the candle before. +100 after an upside gap, −100
/// after a downside gap.
public struct CDLGAPSIDESIDEWHITE: CatalogIndicator {
    public static let functionName = "CDLGAPSIDESIDEWHITE"

    public let lookback: Int
    private var near: CandleAverage
    private var equal: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.near.avgPeriod, CandleSetting.equal.avgPeriod) + 2
        near = CandleAverage(.near, offset: 1, lookback: lookback)
        equal = CandleAverage(.equal, offset: 1, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 1], recent[age: 0])
            let gapUp = realBodyGapUp(second, first)
            let (sizeTolerance, openTolerance) = (near.average(of: second), equal.average(of: second))
            let sideBySide = ((gapUp && realBodyGapUp(bar, first))
                    || (realBodyGapDown(second, first) && realBodyGapDown(bar, first)))
                && second.color == 1 && bar.color == 1
                && bar.realBody >= second.realBody - sizeTolerance
                && bar.realBody <= second.realBody + sizeTolerance
                && bar.open >= second.open - openTolerance
                && bar.open <= second.open + openTolerance
            signal = sideBySide ? (gapUp ? 100 : -100) : 0
        }
        near.push(bar)
        equal.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLGAPSIDESIDEWHITE(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}

// One strategy, two timeframes: 4-hour candles built from hourly ones, each delivered only
// once its four hours have closed (no lookahead), filtering hourly signals.
//
//   swift run example-multi-timeframe [Examples/Data/ETHUSDT-1h.csv]
//
// Rule: trade hourly crosses of the close over its 24-hour average, long only, and only while
// the 4-hour close is above its 30-candle (five-day) average: the higher timeframe says
// which way the market is going; the lower one says when to act.
import Indicators
import TradingCore

final class TrendFilteredCross: Strategy {
    let instrument: InstrumentID
    var hourly = SMA(timeperiod: 24)
    var fourHourly = SMA(timeperiod: 30)
    var uptrend = false
    var wasAbove: Bool?

    init(instrument: InstrumentID) { self.instrument = instrument }

    func onStart(_ context: StrategyContext) {
        context.subscribe(.h4, of: instrument) // the engine aggregates; we only ask
    }

    func onCandle(_ candle: Candle, _ context: StrategyContext) {
        let close = candle.close.doubleValue
        if candle.timeframe == .h4 {
            // Known only now that its four hours are over: candle.closeTime <= context.now.
            if let mean = fourHourly.update(close) { uptrend = close > mean }
            return
        }
        guard let mean = hourly.update(close) else { return }
        let above = close > mean
        defer { wasAbove = above }
        guard let wasAbove, above != wasAbove else { return }
        if above && uptrend && context.position(instrument) == nil {
            context.submit(OrderRequest(instrument: instrument, side: .buy, type: .market, quantity: .equityFraction(1)))
        } else if !above, context.position(instrument) != nil {
            context.close(instrument, tag: "cross_below")
        }
    }
}

MiyamotoLogHandler.bootstrap(level: .warning) // the house log format; TRADE lines at .info
let path = CommandLine.arguments.dropFirst().first ?? "Examples/Data/ETHUSDT-1h.csv"
let instrument = Instrument.spot("ETHUSDT", venue: "BINANCE")
let result = try Backtest(configuration: BacktestConfiguration(instrument: instrument),
                          strategy: TrendFilteredCross(instrument: instrument.id))
    .run(CandleCSVReader(path: path, instrument: instrument.id))
print("hourly crosses, filtered by the 4-hour trend, on \(result.heading)\n")
print(result.report.text)

// A strategy of your own in twenty lines, backtested on real BTC/USDT candles.
//
//   swift run example-custom-strategy [Examples/Data/BTCUSDT-1h.csv]
//
// The idea: buy when the close falls 3% below its 50-candle average, sell when it is back at
// the average. A strategy only sees candles and its context; the engine, the paper venue and
// the accounting are TradingCore's, the same ones that run it on paper and live.
import Indicators
import TradingCore

final class BuyTheDip: Strategy {
    let instrument: InstrumentID
    var average = SMA(timeperiod: 50)

    init(instrument: InstrumentID) { self.instrument = instrument }

    func onCandle(_ candle: Candle, _ context: StrategyContext) {
        guard let mean = average.update(candle.close.doubleValue) else { return }
        let close = candle.close.doubleValue
        if context.position(instrument) == nil && context.openOrders().isEmpty && close < mean * 0.97 {
            // Spend 95% of equity (fee included) at the next open.
            context.submit(OrderRequest(instrument: instrument, side: .buy, type: .market, quantity: .equityFraction(0.95)))
        } else if context.position(instrument) != nil && close >= mean {
            context.close(instrument, tag: "back_to_mean")
        }
    }
}

MiyamotoLogHandler.bootstrap(level: .warning) // the house log format; TRADE lines at .info
let path = CommandLine.arguments.dropFirst().first ?? "Examples/Data/BTCUSDT-1h.csv"
let instrument = Instrument.spot("BTCUSDT", venue: "BINANCE")
let backtest = try Backtest(configuration: BacktestConfiguration(instrument: instrument, capital: 10_000),
                            strategy: BuyTheDip(instrument: instrument.id))
let result = try backtest.run(CandleCSVReader(path: path, instrument: instrument.id))
print("buy-the-dip on \(result.heading)\n")
print(result.report.text)

// The indicator benchmark behind docs/PERFORMANCE.md ("Indicators against TA-Lib"). Release
// build only; scripts/indicators/benchmark.py writes the bars, times TA-Lib and runs this:
//
//   swift build -c release --product indicators-bench --scratch-path .build-bench
//   .build-bench/release/indicators-bench batch  BARS.f64 [--runs K] [--functions RSI,MACD]
//   .build-bench/release/indicators-bench stream BARS.f64 [--runs K]
//   .build-bench/release/indicators-bench catalog-stream BARS.f64 [--runs K] [--functions RSI,MACD]
//   .build-bench/release/indicators-bench digest BARS.f64 [--functions RSI,MACD]
//
// BARS.f64 holds N bars as six little-endian float64 columns, one after the other: open, high,
// low, close, volume, periods (the layout of Tests/IndicatorsTests/Fixtures/talib/inputs-*.f64).
//
// `batch`: every catalog function's batch form at default parameters through IndicatorCatalog,
// each input fed its default column (MAVP's `periods` the periods column); the best of K runs
// (monotonic clock) of `IndicatorFunction.compute`, output arrays included, printed as JSON
// {"FUNCTION": seconds, …}.
//
// `catalog-stream`: the by-name streaming path (`IndicatorFunction.stream`), ns per update.
//
// `digest`: a hash of every output bit (catalog batch, with leading NaN bars, catalog stream, and
// typed batch forms), to check that an optimisation changes no output: compare two builds.
//
// `stream`: 50 indicators a trader runs on one timeframe, through their typed streaming structs,
// all updated bar after bar over the N bars; the best of K runs, printed as JSON with the
// nanoseconds per bar (all 50 updated).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Indicators

// MARK: Arguments and input

let usage = "usage: indicators-bench batch|stream|catalog-stream|digest BARS.f64 [--runs K] [--functions NAME,NAME]"

func fail(_ message: String) -> Never {
    let line = message + "\n"
    _ = line.withCString { write(2, $0, strlen($0)) }
    exit(64)
}

/// Removes `--name VALUE` from `arguments`, returning VALUE.
func option(_ name: String, from arguments: inout [String]) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(index...(index + 1)) }
    return arguments[index + 1]
}

/// The six columns of the file, by name.
func readBars(_ path: String) -> [String: [Double]] {
    guard let file = fopen(path, "rb") else { fail("cannot open \(path)") }
    defer { fclose(file) }
    fseek(file, 0, SEEK_END)
    let bytes = ftell(file)
    fseek(file, 0, SEEK_SET)
    guard bytes > 0, bytes % 48 == 0 else { fail("\(path): \(bytes) bytes is not six float64 columns") }
    let count = bytes / 48
    var values = [Double](repeating: 0, count: 6 * count)
    let read = values.withUnsafeMutableBytes { fread($0.baseAddress, 8, 6 * count, file) }
    guard read == 6 * count else { fail("\(path): short read") }
    // Little-endian on disk; a no-op on every platform Swift runs on today.
    let names = ["open", "high", "low", "close", "volume", "periods"]
    return Dictionary(uniqueKeysWithValues: names.enumerated().map { index, name in
        (name, values[(index * count)..<((index + 1) * count)].map { Double(bitPattern: $0.bitPattern.littleEndian) })
    })
}

/// Monotonic nanoseconds.
@inline(never) func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// The best of `runs` timings of `body`, in seconds.
func best(runs: Int, _ body: () -> Void) -> Double {
    var fastest = UInt64.max
    for _ in 0..<runs {
        let start = now()
        body()
        fastest = min(fastest, now() - start)
    }
    return Double(fastest) / 1e9
}

// MARK: batch

/// Keeps results alive so that no computation is optimised away.
nonisolated(unsafe) var sink = 0.0

func batch(_ columns: [String: [Double]], runs: Int, only: Set<String>?) {
    let count = columns["close"]!.count
    var results: [(String, Double)] = []
    for function in IndicatorCatalog.functions where only?.contains(function.info.name) ?? true {
        let inputs = function.info.inputs.map { columns[$0.defaultColumn ?? $0.name]! }
        let seconds = best(runs: runs) {
            do {
                let outputs = try function.compute(inputs)
                sink += outputs[0][count - 1]
            } catch {
                fail("\(function.info.name): \(error)")
            }
        }
        results.append((function.info.name, seconds))
    }
    print("{")
    print(results.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n"))
    print("}")
}

// MARK: stream

/// Fifty indicators on one timeframe, as a trader's screen or strategy runs them. (BBANDS is
/// not in the library yet: its middle band and width are here as SMA(20) and STDDEV(20, 2).)
struct TraderSet {
    // Trend: moving averages of several periods.
    var sma10 = SMA(timeperiod: 10), sma20 = SMA(timeperiod: 20), sma50 = SMA(timeperiod: 50)
    var sma100 = SMA(timeperiod: 100), sma200 = SMA(timeperiod: 200)
    var ema9 = EMA(timeperiod: 9), ema12 = EMA(timeperiod: 12), ema21 = EMA(timeperiod: 21)
    var ema26 = EMA(timeperiod: 26), ema50 = EMA(timeperiod: 50), ema100 = EMA(timeperiod: 100)
    var ema200 = EMA(timeperiod: 200)
    var wma20 = WMA(timeperiod: 20), dema20 = DEMA(timeperiod: 20), tema20 = TEMA(timeperiod: 20)
    var kama10 = KAMA(timeperiod: 10)
    var ichimoku = ICHIMOKU()
    // Momentum.
    var rsi14 = RSI(timeperiod: 14), rsi2 = RSI(timeperiod: 2), macd = MACD()
    var stoch = STOCH(), stochrsi = STOCHRSI(), cci20 = CCI(timeperiod: 20)
    var willr14 = WILLR(timeperiod: 14), roc10 = ROC(timeperiod: 10), mom10 = MOM(timeperiod: 10)
    var cmo14 = CMO(timeperiod: 14), ppo = PPO(), ultosc = ULTOSC(), aroon = AROON(timeperiod: 25)
    var adx14 = ADX(timeperiod: 14), plusDI = PLUS_DI(timeperiod: 14), minusDI = MINUS_DI(timeperiod: 14)
    // Volatility.
    var atr14 = ATR(timeperiod: 14), natr14 = NATR(timeperiod: 14), stddev20 = STDDEV(timeperiod: 20, nbdev: 2)
    var chandelier = CHANDELIER()
    // Volume.
    var obv = OBV(), ad = AD(), adosc = ADOSC(), mfi14 = MFI(timeperiod: 14), vwap = VWAP()
    // Candlestick patterns.
    var doji = CDLDOJI(), hammer = CDLHAMMER(), shootingStar = CDLSHOOTINGSTAR()
    var engulfing = CDLENGULFING(), harami = CDLHARAMI(), morningStar = CDLMORNINGSTAR()
    var eveningStar = CDLEVENINGSTAR(), whiteSoldiers = CDL3WHITESOLDIERS(), blackCrows = CDL3BLACKCROWS()

    static let count = 50

    /// Updates all fifty with one bar; returns a sum of their outputs (so none is optimised away).
    @inline(__always)
    mutating func update(_ bar: PriceBar) -> Double {
        let close = bar.close
        var total = 0.0
        @inline(__always) func add(_ value: Double?) { if let value { total += value } }
        @inline(__always) func add(_ value: Int32?) { if let value { total += Double(value) } }

        add(sma10.update(close)); add(sma20.update(close)); add(sma50.update(close))
        add(sma100.update(close)); add(sma200.update(close))
        add(ema9.update(close)); add(ema12.update(close)); add(ema21.update(close))
        add(ema26.update(close)); add(ema50.update(close))
        add(ema200.update(close))
        add(wma20.update(close)); add(dema20.update(close)); add(tema20.update(close))
        add(kama10.update(close))
        add(ichimoku.update(bar)?.kijun)

        add(rsi14.update(close)); add(rsi2.update(close)); add(macd.update(close)?.macdhist)
        add(stoch.update(bar)?.slowd); add(stochrsi.update(close)?.fastk); add(cci20.update(bar))
        add(willr14.update(bar)); add(roc10.update(close)); add(mom10.update(close))
        add(cmo14.update(close)); add(ppo.update(close)); add(ultosc.update(bar)); add(aroon.update(bar)?.aroonup)
        add(adx14.update(bar)); add(plusDI.update(bar)); add(minusDI.update(bar))

        add(atr14.update(bar)); add(natr14.update(bar)); add(stddev20.update(close))
        add(chandelier.update(bar)?.longexit)

        add(obv.update(real: close, volume: bar.volume)); add(ad.update(bar)); add(adosc.update(bar))
        add(mfi14.update(bar)); add(vwap.update(bar))

        add(doji.update(bar)); add(hammer.update(bar)); add(shootingStar.update(bar))
        add(engulfing.update(bar)); add(harami.update(bar)); add(morningStar.update(bar))
        add(eveningStar.update(bar)); add(whiteSoldiers.update(bar)); add(blackCrows.update(bar))
        return total
    }
}

func stream(_ columns: [String: [Double]], runs: Int) {
    let count = columns["close"]!.count
    let open = columns["open"]!, high = columns["high"]!, low = columns["low"]!
    let close = columns["close"]!, volume = columns["volume"]!
    let seconds = best(runs: runs) {
        var set = TraderSet()
        var total = 0.0
        for index in 0..<count {
            total += set.update(PriceBar(
                open: open[index], high: high[index], low: low[index], close: close[index], volume: volume[index]))
        }
        sink += total
    }
    print("{\"indicators\": \(TraderSet.count), \"bars\": \(count), \"ns_per_bar\": \(seconds * 1e9 / Double(count))}")
}

// MARK: catalog-stream

/// The by-name streaming path (`IndicatorFunction.stream`, one `[Double]` row per bar), per
/// function: nanoseconds per update, best of `runs`.
func catalogStream(_ columns: [String: [Double]], runs: Int, only: Set<String>?) {
    let count = columns["close"]!.count
    var results: [(String, Double)] = []
    for function in IndicatorCatalog.functions where only?.contains(function.info.name) ?? true {
        let inputs = function.info.inputs.map { columns[$0.defaultColumn ?? $0.name]! }
        var row = [Double](repeating: 0, count: inputs.count)
        let seconds = best(runs: runs) {
            var stream = try! function.stream()
            var total = 0.0
            for index in 0..<count {
                for input in 0..<inputs.count { row[input] = inputs[input][index] }
                if let outputs = stream.update(row) { total += outputs[0] }
            }
            sink += total
        }
        results.append((function.info.name, seconds * 1e9 / Double(count)))
    }
    print("{")
    print(results.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n"))
    print("}")
}

// MARK: digest

/// FNV-1a over the bit patterns of a series: equal digests, equal outputs bit for bit.
struct Digest {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    mutating func add(_ bits: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            value = (value ^ ((bits >> UInt64(shift)) & 0xff)) &* 0x100_0000_01b3
        }
    }
    mutating func add(_ values: [Double]) { for value in values { add(value.bitPattern) } }
    mutating func add<Integer: FixedWidthInteger>(_ values: [Integer]) { for value in values { add(UInt64(truncatingIfNeeded: value)) } }
}

/// Digests of every output this library gives for the bars: each catalog function's batch (the
/// whole series, and a prefix whose first bars are NaN), its catalog stream over a prefix, and
/// the typed batch forms of the shared driver's shapes. Compares builds bit for bit.
func digest(_ columns: [String: [Double]], only: Set<String>?) {
    var results: [(String, String)] = []
    func record(_ name: String, _ fill: (inout Digest) -> Void) {
        var digest = Digest()
        fill(&digest)
        results.append((name, String(digest.value, radix: 16)))
    }
    let prefix = min(columns["close"]!.count, 20_000)
    let gapped = columns.mapValues { [Double](repeating: .nan, count: 3) + $0[3..<prefix] }
    for function in IndicatorCatalog.functions where only?.contains(function.info.name) ?? true {
        let name = function.info.name
        let inputs = function.info.inputs.map { columns[$0.defaultColumn ?? $0.name]! }
        record(name) { digest in for output in try! function.compute(inputs) { digest.add(output) } }
        let leading = function.info.inputs.map { gapped[$0.defaultColumn ?? $0.name]! }
        record(name + "/leading-nan") { digest in for output in try! function.compute(leading) { digest.add(output) } }
        record(name + "/stream") { digest in
            var stream = try! function.stream()
            for index in 0..<prefix {
                if let outputs = stream.update(inputs.map { $0[index] }) { digest.add(outputs) } else { digest.add(0x7ff) }
            }
        }
    }
    if only == nil {
        let (open, high, low, close) = (columns["open"]!, columns["high"]!, columns["low"]!, columns["close"]!)
        record("typed RSI") { $0.add(RSI.compute(close)) }
        record("typed CDLHAMMER") { $0.add(CDLHAMMER.compute(open: open, high: high, low: low, close: close)) }
        record("typed MACD") { let s = MACD.compute(close); $0.add(s.macd); $0.add(s.macdsignal); $0.add(s.macdhist) }
        record("typed STOCH") { let s = STOCH.compute(high: high, low: low, close: close); $0.add(s.slowk); $0.add(s.slowd) }
        record("typed MINMAX") { let s = MINMAX.compute(close); $0.add(s.min); $0.add(s.max) }
        record("typed MAMA") { let s = MAMA.compute(close); $0.add(s.mama); $0.add(s.fama) }
        record("typed MAXINDEX") { $0.add(MAXINDEX.compute(close)) }
        record("typed FRACTAL") { let s = FRACTAL.compute(high: high, low: low); $0.add(s.swinghigh); $0.add(s.swinglow) }
    }
    print("{")
    print(results.map { "  \"\($0.0)\": \"\($0.1)\"" }.joined(separator: ",\n"))
    print("}")
}

// MARK: Main

var arguments = Array(CommandLine.arguments.dropFirst())
let runs = option("--runs", from: &arguments).map { Int($0) ?? 0 } ?? 5
let only = option("--functions", from: &arguments).map { Set($0.split(separator: ",").map { $0.uppercased() }) }
guard runs >= 1, arguments.count == 2, ["batch", "stream", "catalog-stream", "digest"].contains(arguments[0]) else { fail(usage) }
let columns = readBars(arguments[1])
switch arguments[0] {
case "batch": batch(columns, runs: runs, only: only)
case "stream": stream(columns, runs: runs)
case "catalog-stream": catalogStream(columns, runs: runs, only: only)
default: digest(columns, only: only)
}
if sink == 42 { print("") } // reads the sink

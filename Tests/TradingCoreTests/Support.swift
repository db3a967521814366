import Foundation
import TradingCore

/// A fresh temporary directory for one test, removed by the caller when wanted.
func temporaryDirectory() -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("miyamoto-tests-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Writes `text` to a new temporary file and returns its path.
func temporaryFile(_ text: String, name: String = "candles.csv") -> String {
    let path = temporaryDirectory() + "/" + name
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
}

/// The package's root directory (for the bundled data under Examples/Data).
let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
    }
    return FileManager.default.currentDirectoryPath
}()

let btc = InstrumentID("BTCUSDT", venue: "TEST")

/// Test shorthand: a decimal from its text, trapping on a typo.
func dec(_ text: String) -> FixedDecimal {
    guard let value = FixedDecimal(text) else { fatalError("not a decimal: \(text)") }
    return value
}

/// A strategy that runs the given actions on chosen candles (by their index in the run) and
/// records what it hears.
final class ScriptStrategy: Strategy {
    var actions: [Int: (StrategyContext) -> Void]
    private(set) var candleIndex = -1
    private(set) var fills: [Fill] = []
    private(set) var updates: [Order] = []
    private(set) var placed: [Order] = []

    init(_ actions: [Int: (StrategyContext) -> Void] = [:]) { self.actions = actions }

    func onCandle(_ candle: Candle, _ context: StrategyContext) {
        candleIndex += 1
        actions[candleIndex]?(context)
    }

    func onFill(_ fill: Fill, _ context: StrategyContext) { fills.append(fill) }
    func onOrderUpdate(_ order: Order, _ context: StrategyContext) { updates.append(order) }

    /// Submits `request` on candle `index`, keeping the returned order.
    func at(_ index: Int, submit request: OrderRequest) -> ScriptStrategy {
        let previous = actions[index]
        actions[index] = { [unowned self] context in
            previous?(context)
            self.placed.append(context.submit(request))
        }
        return self
    }
}

extension Instrument {
    /// The test perpetual: BTCUSDT on venue TEST, fine ticks.
    static let testPerpetual = Instrument.perpetual("BTCUSDT", venue: "TEST", maintenanceMarginRate: dec("0.005"))
}

/// The paper venue's configuration in tests: maker 2 bps, taker 5 bps, no slippage.
func testVenue(latency: Duration = .zero, slippage: any SlippageModel = NoSlippage(), funding: FundingSchedule? = nil,
               leverage: Int = 1) -> PaperVenueConfiguration {
    PaperVenueConfiguration(name: "TEST", makerFee: dec("0.0002"), takerFee: dec("0.0005"),
                            slippage: slippage, latency: FixedLatency(latency), defaultLeverage: leverage, funding: funding)
}

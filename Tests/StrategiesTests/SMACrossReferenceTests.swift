import Foundation
import SMACross
import Testing
import TradingCoreTesting

/// sma-cross against an independent implementation of its documented semantics (Python decimal,
/// TA-Lib's running-sum SMA): Fixtures/sma_cross_reference.json, made by
/// `python3 scripts/reference/sma_cross_reference.py`.
@Suite("sma-cross against the reference implementation")
struct SMACrossReferenceTests {
    struct Fixture: Decodable {
        struct Trade: Decodable {
            var side: String
            var opened_at_ms: Int64
            var closed_at_ms: Int64
            var entry_price: String
            var exit_price: String
            var quantity: String
            var pnl: String
        }
        struct Case: Decodable {
            var file: String
            var fast: Int
            var slow: Int
            var long_only: Bool
            var fee_bps: Int
            var capital: String
            var description: String
            var trades: Int
            var final_equity: String
            var winning_trades: Int
            var total_fees: String
            var first_trades: [Trade]
            var last_trade: Trade?
            var last_trade_closed_at_end: Bool
        }
        var cases: [Case]
    }

    static let fixture: Fixture = {
        let url = Bundle.module.url(forResource: "sma_cross_reference", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    /// Money agrees to the reference's 8 printed places (it rounds half-even there).
    func expectMoney(_ actual: FixedDecimal, _ expected: String, _ what: String) {
        let reference = FixedDecimal(expected)!
        #expect((actual - reference).magnitude <= FixedDecimal("0.000000005")!, "\(what): \(actual) vs reference \(expected)")
    }

    func expectTrade(_ trade: TradeRecord, _ expected: Fixture.Trade, timeframe: Timeframe, closedAtEnd: Bool, _ label: String) {
        #expect(trade.side.rawValue == expected.side, "\(label) side")
        #expect(trade.openedAt == Timestamp(milliseconds: expected.opened_at_ms), "\(label) opened")
        // The reference stamps a close at the end of data with the last candle's open time; the
        // engine stamps it when that close price happened, the candle's close time.
        let closed = Timestamp(milliseconds: expected.closed_at_ms) + (closedAtEnd ? .nanoseconds(timeframe.nanoseconds) : .zero)
        #expect(trade.timestamp == closed, "\(label) closed")
        #expect(trade.entryPrice == FixedDecimal(expected.entry_price)!, "\(label) entry")
        #expect(trade.exitPrice == FixedDecimal(expected.exit_price)!, "\(label) exit")
        #expect(trade.quantity == FixedDecimal(expected.quantity)!, "\(label) quantity")
        expectMoney(trade.pnl, expected.pnl, "\(label) pnl")
    }

    @Test("trades, equity and fees equal the reference", arguments: fixture.cases.map(\.description))
    func matchesReference(description: String) throws {
        let testCase = try #require(Self.fixture.cases.first { $0.description == description })
        let reader = try CandleCSVReader(path: Self.packageRoot + "/" + testCase.file, instrument: InstrumentID("X", venue: "BACKTEST"))
        let instrument = Instrument.perpetual("X", venue: "BACKTEST", maintenanceMarginRate: 0)
        let strategy = SMACross(instrument: instrument.id,
                                parameters: try SMACross.Parameters(fast: testCase.fast, slow: testCase.slow, longOnly: testCase.long_only))
        let venue = PaperVenueConfiguration(makerFee: 0, takerFee: PaperVenueConfiguration.bps(FixedDecimal(testCase.fee_bps)))
        let backtest = try Backtest(configuration: BacktestConfiguration(instrument: instrument, capital: FixedDecimal(testCase.capital)!,
                                                                         venue: venue),
                                    strategy: strategy)
        let result = try backtest.run(reader)

        #expect(result.trades.count == testCase.trades)
        #expect(result.report.winningTrades == testCase.winning_trades)
        expectMoney(backtest.engine.portfolio.equity, testCase.final_equity, "final equity")
        expectMoney(result.trades.reduce(Money.zero) { $0 + $1.fees }, testCase.total_fees, "total fees")
        for (index, expected) in testCase.first_trades.enumerated() where index < result.trades.count {
            expectTrade(result.trades[index], expected, timeframe: result.timeframe, closedAtEnd: false, "trade \(index)")
        }
        if let expected = testCase.last_trade, let last = result.trades.last {
            expectTrade(last, expected, timeframe: result.timeframe, closedAtEnd: testCase.last_trade_closed_at_end, "last trade")
        }
    }

    @Test("parameters are validated with the fix in the message")
    func parameters() {
        #expect { try SMACross.Parameters(["fast": "50", "slow": "20"]) } throws: { "\($0)" == "fast (50) must be shorter than slow (20)" }
        #expect { try SMACross.Parameters(["fast": "ten"]) } throws: { "\($0)".contains("whole number") }
        #expect { try SMACross.Parameters(["fsat": "5"]) } throws: { "\($0)".contains("valid: fast, slow, long_only") }
    }
}

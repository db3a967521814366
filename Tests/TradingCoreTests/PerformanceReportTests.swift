import Foundation
import Testing
import TradingCore

/// The report's figures against values computed independently: by hand in the comments, and by
/// empyrical/pandas in Fixtures/analytics_reference.json, made by
/// `python3 scripts/reference/analytics_reference.py` (see its header for the pinned versions).
@Suite("Performance report")
struct PerformanceReportTests {
    struct Fixture: Decodable {
        struct Case: Decodable {
            var name: String
            var initial_capital: Double
            var equity: [[Double]]
            var exposed: [Bool]
            var trades: [[String: String]]
            var expected: [String: Double?]
        }
        var cases: [Case]
    }

    static let fixture: Fixture = {
        let url = Bundle.module.url(forResource: "analytics_reference", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    func trade(pnl: String, fees: String = "0", funding: String = "0", at second: Int64 = 0) -> TradeRecord {
        TradeRecord(timestamp: Timestamp(seconds: second), openedAt: Timestamp(seconds: second), botName: "b", customerID: "c",
                    exchange: "TEST", symbol: "BTCUSDT", side: .long, entryPrice: 1, exitPrice: 1, quantity: 1, leverage: 1,
                    pnl: dec(pnl), fees: dec(fees), funding: dec(funding), status: "closed", closeReason: "signal")
    }

    func report(for testCase: Fixture.Case) -> PerformanceReport {
        var curve = EquityCurve()
        for (point, exposed) in zip(testCase.equity, testCase.exposed) {
            curve.record(Timestamp(milliseconds: Int64(point[0])), equity: point[1], exposed: exposed)
        }
        let trades = testCase.trades.map { trade(pnl: $0["pnl"]!, fees: $0["fees"]!, funding: $0["funding"]!) }
        return PerformanceReport(trades: trades, equity: curve, initialCapital: testCase.initial_capital)
    }

    func close(_ actual: Double?, _ expected: Double??, _ name: String, _ testCase: String) {
        switch (actual, expected ?? nil) {
        case (nil, nil):
            break
        case let (actual?, expected?):
            let tolerance = 1e-9 * max(1, abs(expected))
            #expect(abs(actual - expected) <= tolerance, "\(testCase): \(name) = \(actual), reference \(expected)")
        default:
            Issue.record("\(testCase): \(name) = \(String(describing: actual)), reference \(String(describing: expected ?? nil))")
        }
    }

    @Test("every figure equals the empyrical/pandas reference", arguments: fixture.cases.map(\.name))
    func matchesReference(name: String) throws {
        let testCase = try #require(Self.fixture.cases.first { $0.name == name })
        let report = report(for: testCase)
        let expected = testCase.expected
        close(report.finalEquity, expected["final_equity"], "final_equity", name)
        close(report.totalPnL, expected["total_pnl"], "total_pnl", name)
        close(report.totalReturn, expected["total_return"], "total_return", name)
        close(Double(report.trades), expected["trades"], "trades", name)
        close(Double(report.winningTrades), expected["winning_trades"], "winning_trades", name)
        close(Double(report.losingTrades), expected["losing_trades"], "losing_trades", name)
        close(report.winRate, expected["win_rate"], "win_rate", name)
        close(report.averageTrade, expected["average_trade"], "average_trade", name)
        close(report.averageWin, expected["average_win"], "average_win", name)
        close(report.averageLoss, expected["average_loss"], "average_loss", name)
        close(report.bestTrade, expected["best_trade"], "best_trade", name)
        close(report.worstTrade, expected["worst_trade"], "worst_trade", name)
        close(report.profitFactor, expected["profit_factor"], "profit_factor", name)
        close(report.expectancy, expected["expectancy"], "expectancy", name)
        close(report.totalFees, expected["total_fees"], "total_fees", name)
        close(report.totalFunding, expected["total_funding"], "total_funding", name)
        close(report.maxDrawdown, expected["max_drawdown"], "max_drawdown", name)
        close(report.maxDrawdownDuration, expected["max_drawdown_duration_seconds"], "max_drawdown_duration_seconds", name)
        close(report.sharpe, expected["sharpe"], "sharpe", name)
        close(report.sortino, expected["sortino"], "sortino", name)
        close(report.exposure, expected["exposure"], "exposure", name)
        close(report.annualizedReturn, expected["annualized_return"], "annualized_return", name)
    }

    @Test("trade statistics on a four-trade list, worked by hand")
    func handWorkedTrades() {
        // P&L +300, −100, +50, −150: 2 wins of 4 → 50%; average (300 − 100 + 50 − 150) ÷ 4 = 25;
        // average win 175, average loss −125; profit factor 350 ÷ 250 = 1.4;
        // expectancy 0.5 × 175 − 0.5 × 125 = 25.
        var curve = EquityCurve()
        curve.record(Timestamp(seconds: 0), equity: 1000, exposed: false)
        curve.record(Timestamp(seconds: 86_400), equity: 1100, exposed: true)
        let report = PerformanceReport(trades: ["300", "-100", "50", "-150"].map { trade(pnl: $0) }, equity: curve, initialCapital: 1000)
        #expect(report.winRate == 0.5)
        #expect(report.averageTrade == 25)
        #expect(report.averageWin == 175)
        #expect(report.averageLoss == -125)
        #expect(report.profitFactor == 1.4)
        #expect(report.expectancy == 25)
        #expect(report.bestTrade == 300 && report.worstTrade == -150)
        #expect(report.exposure == 0.5)
    }

    @Test("drawdown and its duration on a five-point curve, worked by hand")
    func handWorkedDrawdown() {
        // 100 → 120 (peak, t=1d) → 90 (−25%) → 110 → 121 (recovered at t=4d): max drawdown 0.25 lasting 3 days.
        var curve = EquityCurve()
        for (day, value) in [100.0, 120, 90, 110, 121].enumerated() {
            curve.record(Timestamp(seconds: Int64(day) * 86_400), equity: value, exposed: true)
        }
        let report = PerformanceReport(trades: [], equity: curve, initialCapital: 100)
        #expect(report.maxDrawdown == 0.25)
        #expect(report.maxDrawdownDuration == 3 * 86_400)
        #expect(report.winRate == nil && report.profitFactor == nil)
    }

    @Test("report.json carries the figures as fractions, with null where undefined")
    func json() throws {
        var curve = EquityCurve()
        curve.record(Timestamp(seconds: 0), equity: 1000, exposed: false)
        curve.record(Timestamp(seconds: 3600), equity: 1100, exposed: false)
        let report = PerformanceReport(trades: [trade(pnl: "100")], equity: curve, initialCapital: 1000)
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as! [String: Any]
        #expect(abs((object["total_return"] as? Double ?? 0) - 0.1) < 1e-12)
        #expect(object["trades"] as? Int == 1)
        #expect(object["win_rate"] as? Double == 1)
        #expect(object["final_equity"] as? Double == 1100)
        #expect(object["max_drawdown"] as? Double == 0)
        #expect(object["sharpe"] is NSNull)
        #expect(object["profit_factor"] is NSNull)
    }
}

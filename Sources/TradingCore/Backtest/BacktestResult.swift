public import Foundation

/// The outcome of a backtest: the report, the trades, the equity curve, and writers for the
/// files `miyamoto-backtest` leaves in `--out`.
public struct BacktestResult: Sendable {
    public var report: PerformanceReport
    public var trades: [TradeRecord]
    public var equity: EquityCurve
    /// Buy-and-hold equity at each equity point.
    public var benchmark: [Double]?
    public var candles: Int
    public var timeframe: Timeframe
    public var firstCandle: Timestamp
    public var lastCandle: Timestamp
    public var instrument: InstrumentID

    /// Writes `report.json`, `trades.csv` and `equity.svg` into `directory` (created if needed).
    /// `metadata` adds top-level keys to report.json (strategy, parameters, fees…).
    public func write(to directory: String, title: String, metadata: [String: String] = [:]) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try reportJSON(metadata: metadata).write(to: URL(fileURLWithPath: directory + "/report.json"))
        try Data(tradesCSV.utf8).write(to: URL(fileURLWithPath: directory + "/trades.csv"))
        let chart = EquityChart(title: title, curve: equity, trades: trades, benchmark: benchmark, report: report)
        try Data(chart.svg.utf8).write(to: URL(fileURLWithPath: directory + "/equity.svg"))
    }

    /// report.json: the report's figures at the top level, plus the run's description.
    public func reportJSON(metadata: [String: String] = [:]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(ReportDocument(result: self, metadata: metadata))
    }

    /// trades.csv: one row per round trip, the journal's `trades` columns.
    public var tradesCSV: String {
        var text = "timestamp,opened_at,bot_name,customer_id,exchange,symbol,side,entry_price,exit_price,quantity,leverage,pnl,fees,funding,status,close_reason\n"
        for trade in trades {
            let fields: [String] = [
                trade.timestamp.iso8601, trade.openedAt.iso8601, trade.botName, trade.customerID, trade.exchange,
                trade.symbol, trade.side.rawValue, trade.entryPrice.description, trade.exitPrice.description,
                trade.quantity.description, String(trade.leverage), trade.pnl.description, trade.fees.description,
                trade.funding.description, trade.status, trade.closeReason,
            ]
            text += fields.map(Self.csvField).joined(separator: ",") + "\n"
        }
        return text
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One-paragraph description of the run for the top of the text summary.
    public var heading: String {
        "\(instrument) \(timeframe)  \(firstCandle.logText) → \(lastCandle.logText)  (\(candles) candles)"
    }
}

private struct ReportDocument: Encodable {
    var result: BacktestResult
    var metadata: [String: String]

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        try result.report.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(result.instrument.description, forKey: Key("instrument"))
        try container.encode(result.timeframe.description, forKey: Key("timeframe"))
        try container.encode(result.candles, forKey: Key("candles"))
        for (key, value) in metadata { try container.encode(value, forKey: Key(key)) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An SVG chart of a run: the equity curve (with buy-and-hold beside it when given), each
/// closed trade marked where it closed (green won, red lost), and the drawdown beneath.
public struct EquityChart: Sendable {
    public var title: String
    public var curve: EquityCurve
    public var trades: [TradeRecord]
    /// Buy-and-hold equity at each curve point, for comparison.
    public var benchmark: [Double]?
    public var report: PerformanceReport

    public init(title: String, curve: EquityCurve, trades: [TradeRecord], benchmark: [Double]? = nil, report: PerformanceReport) {
        self.title = title
        self.curve = curve
        self.trades = trades
        self.benchmark = benchmark
        self.report = report
    }

    // Layout, in SVG user units.
    private let width = 1100.0
    private let left = 84.0, right = 28.0
    private let equityTop = 78.0, equityHeight = 360.0
    private let drawdownTop = 468.0, drawdownHeight = 130.0
    private var height: Double { drawdownTop + drawdownHeight + 44 }
    private var plotWidth: Double { width - left - right }

    /// The chart as a standalone SVG document.
    public var svg: String {
        guard curve.count >= 2 else {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"80\"><text x=\"20\" y=\"45\" font-family=\"sans-serif\">Not enough data to chart.</text></svg>\n"
        }
        let times = curve.times, values = curve.values
        let t0 = Double(times.first!), t1 = Double(times.last!)
        func x(_ time: Int64) -> Double { left + (Double(time) - t0) / max(t1 - t0, 1) * plotWidth }

        var low = values.min()!, high = values.max()!
        if let benchmark {
            low = min(low, benchmark.min() ?? low)
            high = max(high, benchmark.max() ?? high)
        }
        let yTicks = Self.niceTicks(low: low, high: high, count: 6)
        let yLow = yTicks.first!, yHigh = yTicks.last!
        func y(_ value: Double) -> Double { equityTop + equityHeight - (value - yLow) / max(yHigh - yLow, 1e-9) * equityHeight }

        let drawdowns = Self.drawdowns(values)
        let worst = max(drawdowns.max() ?? 0, 1e-9)
        let ddTicks = Self.niceTicks(low: 0, high: worst, count: 3)
        let ddMax = ddTicks.last!
        func yDrawdown(_ fraction: Double) -> Double { drawdownTop + fraction / ddMax * drawdownHeight }

        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" font-family="-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif">
        <rect width="100%" height="100%" fill="#ffffff"/>
        <text x="\(left)" y="32" font-size="19" font-weight="600" fill="#111827">\(Self.escape(title))</text>
        <text x="\(left)" y="56" font-size="13" fill="#4b5563">\(Self.escape(subtitle))</text>

        """
        // Grid and y labels (equity).
        for tick in yTicks {
            let py = Self.f(y(tick))
            svg += "<line x1=\"\(left)\" x2=\"\(Self.f(width - right))\" y1=\"\(py)\" y2=\"\(py)\" stroke=\"#e5e7eb\"/>\n"
            svg += "<text x=\"\(Self.f(left - 8))\" y=\"\(py)\" dy=\"4\" font-size=\"11\" fill=\"#6b7280\" text-anchor=\"end\">\(NumberText.grouped(tick, decimals: tick.rounded() == tick ? 0 : 2))</text>\n"
        }
        // Time ticks on both panels.
        for (time, label) in Self.timeTicks(from: times.first!, to: times.last!) {
            let px = Self.f(x(time))
            svg += "<line x1=\"\(px)\" x2=\"\(px)\" y1=\"\(equityTop)\" y2=\"\(Self.f(drawdownTop + drawdownHeight))\" stroke=\"#f3f4f6\"/>\n"
            svg += "<text x=\"\(px)\" y=\"\(Self.f(drawdownTop + drawdownHeight + 20))\" font-size=\"11\" fill=\"#6b7280\" text-anchor=\"middle\">\(label)</text>\n"
        }
        // Starting capital.
        if report.initialCapital >= yLow && report.initialCapital <= yHigh {
            let py = Self.f(y(report.initialCapital))
            svg += "<line x1=\"\(left)\" x2=\"\(Self.f(width - right))\" y1=\"\(py)\" y2=\"\(py)\" stroke=\"#9ca3af\" stroke-dasharray=\"2 3\"/>\n"
        }
        // Buy and hold.
        if let benchmark, benchmark.count == values.count {
            svg += "<path d=\"\(path(times: times, values: benchmark, x: x, y: y))\" fill=\"none\" stroke=\"#9ca3af\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"/>\n"
        }
        // Equity: a light area and the line.
        let line = path(times: times, values: values, x: x, y: y)
        let base = Self.f(equityTop + equityHeight)
        svg += "<path d=\"\(line) L\(Self.f(x(times.last!))),\(base) L\(Self.f(x(times.first!))),\(base) Z\" fill=\"#2563eb\" fill-opacity=\"0.07\"/>\n"
        svg += "<path d=\"\(line)\" fill=\"none\" stroke=\"#2563eb\" stroke-width=\"1.6\" stroke-linejoin=\"round\"/>\n"
        // Trades, where they closed.
        let (radius, opacity) = trades.count > 400 ? (1.3, "0.55") : (2.8, "0.8")
        var index = 0
        for trade in trades {
            let time = trade.timestamp.nanoseconds
            while index + 1 < times.count && times[index + 1] <= time { index += 1 }
            let color = trade.pnl.isPositive ? "#16a34a" : "#dc2626"
            svg += "<circle cx=\"\(Self.f(x(min(max(time, times.first!), times.last!))))\" cy=\"\(Self.f(y(values[index])))\" r=\"\(radius)\" fill=\"\(color)\" fill-opacity=\"\(opacity)\"/>\n"
        }
        // Drawdown panel.
        for tick in ddTicks {
            let py = Self.f(yDrawdown(tick))
            svg += "<line x1=\"\(left)\" x2=\"\(Self.f(width - right))\" y1=\"\(py)\" y2=\"\(py)\" stroke=\"#e5e7eb\"/>\n"
            svg += "<text x=\"\(Self.f(left - 8))\" y=\"\(py)\" dy=\"4\" font-size=\"11\" fill=\"#6b7280\" text-anchor=\"end\">\(tick == 0 ? "0%" : "−" + NumberText.fixed(tick * 100, decimals: tick * 100 < 10 ? 1 : 0) + "%")</text>\n"
        }
        let ddLine = path(times: times, values: drawdowns, x: x, y: yDrawdown)
        let top = Self.f(drawdownTop)
        svg += "<path d=\"\(ddLine) L\(Self.f(x(times.last!))),\(top) L\(Self.f(x(times.first!))),\(top) Z\" fill=\"#dc2626\" fill-opacity=\"0.18\"/>\n"
        svg += "<path d=\"\(ddLine)\" fill=\"none\" stroke=\"#dc2626\" stroke-width=\"1\"/>\n"
        svg += "<text x=\"\(left)\" y=\"\(Self.f(drawdownTop - 8))\" font-size=\"12\" fill=\"#374151\">Drawdown (max \(NumberText.percent(report.maxDrawdown, decimals: 1)))</text>\n"
        // Legend.
        var legend: [(String, String, String)] = [("#2563eb", "", "strategy equity")]
        if benchmark != nil { legend.append(("#9ca3af", "5 3", "buy & hold")) }
        let legendWidth = benchmark == nil ? 245.0 : 335.0
        var lx = width - right - legendWidth
        let ly = equityTop + 16
        svg += "<rect x=\"\(Self.f(lx - 10))\" y=\"\(Self.f(ly - 13))\" width=\"\(Self.f(legendWidth + 4))\" height=\"22\" rx=\"4\" fill=\"#ffffff\" fill-opacity=\"0.9\" stroke=\"#e5e7eb\"/>\n"
        for (color, dash, label) in legend {
            svg += "<line x1=\"\(Self.f(lx))\" x2=\"\(Self.f(lx + 22))\" y1=\"\(Self.f(ly - 4))\" y2=\"\(Self.f(ly - 4))\" stroke=\"\(color)\" stroke-width=\"2\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>\n"
            svg += "<text x=\"\(Self.f(lx + 28))\" y=\"\(Self.f(ly))\" font-size=\"12\" fill=\"#374151\">\(Self.escape(label))</text>\n"
            lx += 40 + Double(label.count) * 6.6
        }
        svg += "<circle cx=\"\(Self.f(lx + 4))\" cy=\"\(Self.f(ly - 4))\" r=\"3\" fill=\"#16a34a\"/><circle cx=\"\(Self.f(lx + 14))\" cy=\"\(Self.f(ly - 4))\" r=\"3\" fill=\"#dc2626\"/>\n"
        svg += "<text x=\"\(Self.f(lx + 22))\" y=\"\(Self.f(ly))\" font-size=\"12\" fill=\"#374151\">trade won / lost</text>\n"
        svg += "</svg>\n"
        return svg
    }

    private var subtitle: String {
        var parts = ["Return \(NumberText.percent(report.totalReturn, decimals: 1, signed: true))",
                     "max drawdown \(NumberText.percent(report.maxDrawdown, decimals: 1))"]
        if let sharpe = report.sharpe { parts.append("Sharpe \(NumberText.fixed(sharpe, decimals: 2))") }
        parts.append("\(report.trades) trades")
        if let winRate = report.winRate { parts.append("win rate \(NumberText.percent(winRate, decimals: 0))") }
        parts.append("\(report.start.dateText) → \(report.end.dateText)")
        return parts.joined(separator: "  ·  ")
    }

    /// A path through at most two points (the low and the high) per horizontal pixel.
    private func path(times: [Int64], values: [Double], x: (Int64) -> Double, y: (Double) -> Double) -> String {
        var commands: [String] = []
        commands.reserveCapacity(Int(plotWidth) * 2 + 2)
        var column = -1
        var low = 0.0, high = 0.0, lowIndex = 0, highIndex = 0, last = 0.0
        func flush() {
            guard column >= 0 else { return }
            let px = Self.f(left + Double(column))
            let (a, b) = lowIndex <= highIndex ? (low, high) : (high, low)
            commands.append("\(commands.isEmpty ? "M" : "L")\(px),\(Self.f(y(a)))")
            if a != b { commands.append("L\(px),\(Self.f(y(b)))") }
            if b != last { commands.append("L\(px),\(Self.f(y(last)))") }
        }
        for index in times.indices {
            let pixel = Int((x(times[index]) - left).rounded(.down))
            let value = values[index]
            if pixel != column {
                flush()
                column = pixel
                (low, high, lowIndex, highIndex) = (value, value, index, index)
            } else if value < low {
                (low, lowIndex) = (value, index)
            } else if value > high {
                (high, highIndex) = (value, index)
            }
            last = value
        }
        flush()
        return commands.joined(separator: " ")
    }

    static func drawdowns(_ values: [Double]) -> [Double] {
        var peak = -Double.infinity
        return values.map { value in
            peak = max(peak, value)
            return peak > 0 ? 1 - value / peak : 0
        }
    }

    /// 1-2-5 steps covering [low, high] with about `count` ticks.
    static func niceTicks(low: Double, high: Double, count: Int) -> [Double] {
        var low = low, high = high
        if high - low < 1e-9 { low -= 1; high += 1 }
        let rough = (high - low) / Double(max(count - 1, 1))
        let magnitude = pow(10, floor(log10(rough)))
        let step = [1.0, 2.0, 2.5, 5.0, 10.0].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        let first = floor(low / step) * step
        var ticks: [Double] = []
        var tick = first
        while tick < high + step * 0.999 {
            ticks.append(tick)
            tick += step
            if ticks.count > 50 { break }
        }
        return ticks
    }

    /// Date ticks at a calendar-friendly interval, about six across.
    static func timeTicks(from start: Int64, to end: Int64) -> [(Int64, String)] {
        let hour: Int64 = 3_600_000_000_000, day = 24 * hour
        let span = end - start
        let steps: [(Int64, Bool)] = [(hour, false), (6 * hour, false), (day, true), (7 * day, true),
                                      (30 * day, true), (91 * day, true), (182 * day, true), (365 * day, true)]
        let (step, daily) = steps.first { span / $0.0 <= 8 } ?? (730 * day, true)
        var ticks: [(Int64, String)] = []
        if step >= 30 * day {
            // Month starts.
            let months = max(1, Int(step / (30 * day)))
            var (year, month, _) = Timestamp.civil(fromDays: start.dividedFloor(by: day))
            while true {
                month += 1
                if month > 12 { month = 1; year += 1 }
                let time = Timestamp(year: year, month: month, day: 1).nanoseconds
                if time > end { break }
                if (month - 1) % months == 0 {
                    ticks.append((time, "\(year)-\(month < 10 ? "0" : "")\(month)"))
                }
            }
            return ticks
        }
        var time = (start.dividedFloor(by: step) + 1) * step
        while time <= end {
            let stamp = Timestamp(nanoseconds: time)
            let text = daily ? stamp.dateText : String(stamp.logText.dropFirst(5).dropLast(3))
            ticks.append((time, text))
            time += step
        }
        return ticks
    }

    static func f(_ value: Double) -> String { NumberText.fixed(value, decimals: 1) }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}

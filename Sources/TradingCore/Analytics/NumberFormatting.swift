/// Fixed-decimal text for report figures, with thousands separators (no locale involved).
enum NumberText {
    /// `12,345.67`; `-0.5` → `-0.50`.
    static func grouped(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "inf" : "-inf") }
        let text = fixed(value.magnitude, decimals: decimals)
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer = String(integer.dropLast(3))
        }
        groups.insert(integer, at: 0)
        let sign = value < 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "-" : ""
        return sign + groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// `+12.34 %` from a fraction.
    static func percent(_ fraction: Double, decimals: Int = 2, signed: Bool = false) -> String {
        let text = grouped(fraction * 100, decimals: decimals)
        return (signed && fraction > 0 ? "+" : "") + text + " %"
    }

    /// Rounds half away from zero to `decimals` and prints exactly that many digits.
    static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e18 else { return String(value) }
        let integer = UInt64(scaled)
        var digits = String(integer)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (value < 0 && integer != 0 ? "-" : "") + digits
    }

    /// A duration in days, hours or minutes, whichever reads best.
    static func duration(seconds: Double) -> String {
        if seconds >= 2 * 86_400 { return fixed(seconds / 86_400, decimals: 1) + " days" }
        if seconds >= 2 * 3600 { return fixed(seconds / 3600, decimals: 1) + " hours" }
        return fixed(seconds / 60, decimals: 0) + " minutes"
    }
}

extension PerformanceReport {
    /// The summary as aligned text, two columns of figures.
    public var text: String {
        func money(_ value: Double?) -> String { value.map { NumberText.grouped($0) } ?? "n/a" }
        func signedMoney(_ value: Double?) -> String {
            guard let value else { return "n/a" }
            return (value > 0 ? "+" : "") + NumberText.grouped(value)
        }
        func ratio(_ value: Double?) -> String { value.map { NumberText.fixed($0, decimals: 2) } ?? "n/a" }
        func percent(_ value: Double?, signed: Bool = false) -> String {
            value.map { NumberText.percent($0, signed: signed) } ?? "n/a"
        }
        let rows: [(String, String, String, String)] = [
            ("Final equity", money(finalEquity), "Total return", percent(totalReturn, signed: true)),
            ("Net P&L", signedMoney(totalPnL), "Annualised return", percent(annualizedReturn, signed: true)),
            ("Trades", String(trades), "Win rate", percent(winRate)),
            ("Average trade", signedMoney(averageTrade), "Profit factor", ratio(profitFactor)),
            ("Best trade", signedMoney(bestTrade), "Expectancy", signedMoney(expectancy)),
            ("Worst trade", signedMoney(worstTrade), "Exposure", percent(exposure)),
            ("Max drawdown", percent(maxDrawdown), "Drawdown duration", NumberText.duration(seconds: maxDrawdownDuration)),
            ("Sharpe (daily, √365)", ratio(sharpe), "Sortino (daily, √365)", ratio(sortino)),
            ("Fees paid", money(totalFees), "Funding", signedMoney(totalFunding)),
        ]
        return rows.map { row in
            "  " + row.0.padding(20) + row.1.leftPadding(14) + "    " + row.2.padding(22) + row.3.leftPadding(12)
        }.joined(separator: "\n")
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}

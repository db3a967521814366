#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The performance of a run: returns, trade statistics, drawdown and risk-adjusted ratios.
///
/// Conventions (stated so anyone can check the numbers):
/// - Returns and drawdowns are fractions (0.12 = 12%); money is in the account currency.
/// - A trade is one round trip; it wins when its net P&L (after fees and funding) is positive.
/// - Profit factor = gross profit ÷ gross loss of trades (nil with no losing trade).
///   Expectancy = average net P&L per trade = win rate × average win − loss rate × average loss.
/// - Max drawdown is the largest fall from a running peak of the equity curve (marked at every
///   candle close); its duration runs from the last point at that peak until equity regains it
///   (or the end).
/// - Sharpe and Sortino use daily returns: equity at each UTC day's last point (days without a
///   point carry the previous equity), the first day measured from the starting equity; risk-free
///   rate 0; annualised by √365 (crypto trades every day). Sharpe = mean ÷ sample standard
///   deviation (n − 1). Sortino = mean ÷ downside deviation √(mean(min(r, 0)²)) over all days.
///   Both nil with fewer than two days or no variation.
/// - Exposure is the share of curve points (candle closes) with a position open.
public struct PerformanceReport: Sendable, Hashable, Encodable {
    public var start: Timestamp
    public var end: Timestamp
    public var initialCapital: Double
    public var finalEquity: Double
    public var totalPnL: Double
    public var totalReturn: Double
    /// Compound annual growth rate over the run (nil for runs under a day).
    public var annualizedReturn: Double?
    public var trades: Int
    public var winningTrades: Int
    public var losingTrades: Int
    public var winRate: Double?
    public var averageTrade: Double?
    public var averageWin: Double?
    public var averageLoss: Double?
    public var bestTrade: Double?
    public var worstTrade: Double?
    public var profitFactor: Double?
    public var expectancy: Double?
    public var maxDrawdown: Double
    /// Seconds from the peak before the deepest drawdown to its recovery (or the end).
    public var maxDrawdownDuration: Double
    public var sharpe: Double?
    public var sortino: Double?
    public var exposure: Double
    public var totalFees: Double
    public var totalFunding: Double

    /// Computes the report from the closed trades and the equity curve of a run.
    public init(trades records: [TradeRecord], equity curve: EquityCurve, initialCapital: Double) {
        let times = curve.times
        let values = curve.values
        start = Timestamp(nanoseconds: times.first ?? 0)
        end = Timestamp(nanoseconds: times.last ?? 0)
        self.initialCapital = initialCapital
        finalEquity = values.last ?? initialCapital
        totalPnL = finalEquity - initialCapital
        totalReturn = initialCapital > 0 ? finalEquity / initialCapital - 1 : 0
        let years = Double(end.nanoseconds - start.nanoseconds) / 1e9 / (365 * 86_400)
        annualizedReturn = years >= 1.0 / 365 && initialCapital > 0 && finalEquity > 0
            ? pow(finalEquity / initialCapital, 1 / years) - 1 : nil

        let pnls = records.map(\.pnl.doubleValue)
        trades = pnls.count
        let wins = pnls.filter { $0 > 0 }
        let losses = pnls.filter { $0 <= 0 }
        winningTrades = wins.count
        losingTrades = losses.count
        winRate = pnls.isEmpty ? nil : Double(wins.count) / Double(pnls.count)
        averageTrade = Self.mean(pnls)
        averageWin = Self.mean(wins)
        averageLoss = Self.mean(losses)
        bestTrade = pnls.max()
        worstTrade = pnls.min()
        let grossProfit = wins.reduce(0, +)
        let grossLoss = -losses.reduce(0, +)
        profitFactor = grossLoss > 0 ? grossProfit / grossLoss : nil
        expectancy = averageTrade
        totalFees = records.reduce(0) { $0 + $1.fees.doubleValue }
        totalFunding = records.reduce(0) { $0 + $1.funding.doubleValue }

        (maxDrawdown, maxDrawdownDuration) = Self.drawdown(times: times, values: values)
        let daily = Self.dailyReturns(times: times, values: values, initial: initialCapital)
        (sharpe, sortino) = Self.ratios(daily)
        exposure = curve.exposed.isEmpty ? 0 : Double(curve.exposed.lazy.filter { $0 }.count) / Double(curve.exposed.count)
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// Deepest fall from a running peak, and the seconds from that peak to recovery (or the end).
    static func drawdown(times: [Int64], values: [Double]) -> (Double, Double) {
        guard !values.isEmpty else { return (0, 0) }
        var peak = values[0], peakTime = times[0]
        var deepest = 0.0, deepestPeakTime = times[0], deepestPeak = values[0]
        for index in values.indices {
            let value = values[index]
            if value >= peak {
                peak = value
                peakTime = times[index] // the drawdown starts from the last point at the peak
            } else if peak > 0 {
                let drawdown = 1 - value / peak
                if drawdown > deepest {
                    deepest = drawdown
                    deepestPeakTime = peakTime
                    deepestPeak = peak
                }
            }
        }
        guard deepest > 0 else { return (0, 0) }
        var recovery = times[times.count - 1]
        if let start = times.firstIndex(of: deepestPeakTime) {
            for index in start..<values.count where times[index] > deepestPeakTime && values[index] >= deepestPeak {
                recovery = times[index]
                break
            }
        }
        return (deepest, Double(recovery - deepestPeakTime) / 1e9)
    }

    /// Daily returns from the last equity of each UTC day, carrying equity over empty days.
    static func dailyReturns(times: [Int64], values: [Double], initial: Double) -> [Double] {
        guard let first = times.first, let last = times.last else { return [] }
        let day = Int64(86_400_000_000_000)
        let firstDay = first.dividedFloor(by: day), lastDay = last.dividedFloor(by: day)
        var closes = [Double](repeating: .nan, count: Int(lastDay - firstDay + 1))
        for index in times.indices {
            closes[Int(times[index].dividedFloor(by: day) - firstDay)] = values[index]
        }
        var returns: [Double] = []
        returns.reserveCapacity(closes.count)
        var previous = initial
        for close in closes {
            let value = close.isNaN ? previous : close
            returns.append(previous != 0 ? value / previous - 1 : 0)
            previous = value
        }
        return returns
    }

    /// Annualised Sharpe and Sortino of daily returns (√365, risk-free 0).
    static func ratios(_ returns: [Double]) -> (Double?, Double?) {
        guard returns.count >= 2 else { return (nil, nil) }
        let count = Double(returns.count)
        let mean = returns.reduce(0, +) / count
        let variance = returns.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (count - 1)
        let downside = (returns.reduce(0) { $0 + min($1, 0) * min($1, 0) } / count).squareRoot()
        let annualisation = 365.0.squareRoot()
        let sharpe = variance > 0 ? mean / variance.squareRoot() * annualisation : nil
        let sortino = downside > 0 ? mean / downside * annualisation : nil
        return (sharpe, sortino)
    }
}

extension PerformanceReport {
    enum CodingKeys: String, CodingKey {
        case start, end
        case initialCapital = "initial_capital"
        case finalEquity = "final_equity"
        case totalPnL = "total_pnl"
        case totalReturn = "total_return"
        case annualizedReturn = "annualized_return"
        case trades
        case winningTrades = "winning_trades"
        case losingTrades = "losing_trades"
        case winRate = "win_rate"
        case averageTrade = "average_trade"
        case averageWin = "average_win"
        case averageLoss = "average_loss"
        case bestTrade = "best_trade"
        case worstTrade = "worst_trade"
        case profitFactor = "profit_factor"
        case expectancy
        case maxDrawdown = "max_drawdown"
        case maxDrawdownDuration = "max_drawdown_duration_seconds"
        case sharpe, sortino, exposure
        case totalFees = "total_fees"
        case totalFunding = "total_funding"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start.iso8601, forKey: .start)
        try container.encode(end.iso8601, forKey: .end)
        try container.encode(initialCapital, forKey: .initialCapital)
        try container.encode(finalEquity, forKey: .finalEquity)
        try container.encode(totalPnL, forKey: .totalPnL)
        try container.encode(totalReturn, forKey: .totalReturn)
        try container.encode(annualizedReturn, forKey: .annualizedReturn)
        try container.encode(trades, forKey: .trades)
        try container.encode(winningTrades, forKey: .winningTrades)
        try container.encode(losingTrades, forKey: .losingTrades)
        try container.encode(winRate, forKey: .winRate)
        try container.encode(averageTrade, forKey: .averageTrade)
        try container.encode(averageWin, forKey: .averageWin)
        try container.encode(averageLoss, forKey: .averageLoss)
        try container.encode(bestTrade, forKey: .bestTrade)
        try container.encode(worstTrade, forKey: .worstTrade)
        try container.encode(profitFactor, forKey: .profitFactor)
        try container.encode(expectancy, forKey: .expectancy)
        try container.encode(maxDrawdown, forKey: .maxDrawdown)
        try container.encode(maxDrawdownDuration, forKey: .maxDrawdownDuration)
        try container.encode(sharpe, forKey: .sharpe)
        try container.encode(sortino, forKey: .sortino)
        try container.encode(exposure, forKey: .exposure)
        try container.encode(totalFees, forKey: .totalFees)
        try container.encode(totalFunding, forKey: .totalFunding)
    }
}

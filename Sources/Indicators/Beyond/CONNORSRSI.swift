/// ConnorsRSI, Larry Connors and Cesar Alvarez ("An Introduction to ConnorsRSI", Connors
/// Research, 2012): a short-term overbought/oversold gauge, 0–100, averaging three measures of
/// how stretched the last move is. Connors buys pullbacks below ~10–15, sells above ~85–90.
///
/// (RSI(close, `rsiperiod`) + RSI(streak, `streakperiod`) + percent rank of the 1-bar rate of
/// change among the previous `rankperiod` ones) / 3. The streak counts consecutive up closes
/// (1, 2, …), down closes (−1, −2, …), 0 when unchanged (and on the first bar). The RSIs are
/// Wilder's as TA-Lib computes them (seeded with the mean gain and loss; 0 when both are zero);
/// the rate of change is TA-Lib's ROC; the rank is the share, in percent, of the previous values
/// strictly below the current one, counted each bar (O(`rankperiod`), as TA-Lib's PERCENTRANK).
/// Lookback: max(`rsiperiod`, `streakperiod`, `rankperiod` + 1).
public struct CONNORSRSI: CatalogIndicator {
    public static let functionName = "CONNORSRSI"

    public static let info = FunctionInfo(
        name: functionName, group: "Momentum Indicators", displayName: "ConnorsRSI",
        inputs: [InputInfo("real", defaultColumn: "close")],
        parameters: [
            ParameterInfo("rsiperiod", kind: .integer, default: 3, minimum: 2, maximum: 100_000,
                          displayName: "RSI period", help: "Bars of the RSI of the close"),
            ParameterInfo("streakperiod", kind: .integer, default: 2, minimum: 2, maximum: 100_000,
                          displayName: "Streak RSI period", help: "Bars of the RSI of the up/down streak"),
            ParameterInfo("rankperiod", kind: .integer, default: 100, minimum: 1, maximum: 100_000,
                          displayName: "Rank period", help: "Earlier 1-bar changes the current one is ranked among"),
        ],
        outputs: [OutputInfo("real", flags: ["Line"])],
        source: "Larry Connors and Cesar Alvarez, An Introduction to ConnorsRSI, Connors Research, 2012"
    )

    public let rsiperiod: Int
    public let streakperiod: Int
    public let rankperiod: Int
    private var closeRSI: WilderGainLoss
    private var streakRSI: WilderGainLoss
    private var changes: RingBuffer<Double>
    private var previousClose: Double?
    private var streak = 0.0

    /// - Parameters:
    ///   - rsiperiod: 2…100000 (default 3).
    ///   - streakperiod: 2…100000 (default 2).
    ///   - rankperiod: 1…100000 (default 100).
    public init(rsiperiod: Int = 3, streakperiod: Int = 2, rankperiod: Int = 100) {
        precondition((2...100_000).contains(rsiperiod), "CONNORSRSI rsiperiod must be 2…100000")
        precondition((2...100_000).contains(streakperiod), "CONNORSRSI streakperiod must be 2…100000")
        precondition((1...100_000).contains(rankperiod), "CONNORSRSI rankperiod must be 1…100000")
        self.rsiperiod = rsiperiod
        self.streakperiod = streakperiod
        self.rankperiod = rankperiod
        closeRSI = WilderGainLoss(period: rsiperiod)
        streakRSI = WilderGainLoss(period: streakperiod)
        changes = RingBuffer(capacity: rankperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(rsiperiod: parameters.int("rsiperiod"), streakperiod: parameters.int("streakperiod"),
                  rankperiod: parameters.int("rankperiod"))
    }

    public var lookback: Int { max(rsiperiod, streakperiod, rankperiod + 1) }

    public mutating func update(_ close: Double) -> Double? {
        var rank: Double?
        if let previous = previousClose {
            if close > previous {
                streak = streak > 0 ? streak + 1 : 1
            } else if close < previous {
                streak = streak < 0 ? streak - 1 : -1
            } else {
                streak = 0
            }
            let change = previous != 0 ? ((close / previous) - 1.0) * 100.0 : 0
            if changes.isFull {
                var below = 0
                for age in 0..<rankperiod where changes[age: age] < change { below += 1 }
                rank = Double(below) / Double(rankperiod) * 100.0
            }
            changes.append(change)
        }
        previousClose = close
        let priceReady = closeRSI.update(close)
        let runReady = streakRSI.update(streak)
        guard priceReady, runReady, let rank else { return nil }
        return (Self.strength(closeRSI) + Self.strength(streakRSI) + rank) / 3
    }

    /// Wilder's RSI from the averaged gain and loss: 0 when their sum is within 1e-14 of zero.
    private static func strength(_ averages: WilderGainLoss) -> Double {
        let total = averages.gain + averages.loss
        return TALibMath.isZero(total) ? 0 : 100.0 * (averages.gain / total)
    }

    /// The batch form: NaN for the first `lookback` positions.
    public static func compute(_ real: [Double], rsiperiod: Int = 3, streakperiod: Int = 2, rankperiod: Int = 100) -> [Double] {
        series(CONNORSRSI(rsiperiod: rsiperiod, streakperiod: streakperiod, rankperiod: rankperiod), count: real.count) {
            real[$0]
        }
    }
}

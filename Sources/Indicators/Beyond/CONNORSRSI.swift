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
    private var closeRSI: BeyondRSI
    private var streakRSI: BeyondRSI
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
        closeRSI = BeyondRSI(period: rsiperiod)
        streakRSI = BeyondRSI(period: streakperiod)
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
        let priceRSI = closeRSI.update(close)
        let runRSI = streakRSI.update(streak)
        guard let priceRSI, let runRSI, let rank else { return nil }
        return (priceRSI + runRSI + rank) / 3
    }

    /// The batch form: NaN for the first `lookback` positions.
    public static func compute(_ real: [Double], rsiperiod: Int = 3, streakperiod: Int = 2, rankperiod: Int = 100) -> [Double] {
        series(CONNORSRSI(rsiperiod: rsiperiod, streakperiod: streakperiod, rankperiod: rankperiod), count: real.count) {
            real[$0]
        }
    }
}

/// Wilder's RSI in TA-Lib's arithmetic: the first output after `period` changes, seeded with
/// their mean gain and loss, then smoothed by (previous × (period − 1) + change) / period; 0 when
/// gain + loss is within 1e-14 of zero.
struct BeyondRSI: Sendable {
    let period: Int
    private var previous: Double?
    private var changes = 0
    private var gain = 0.0
    private var loss = 0.0

    init(period: Int) {
        precondition(period >= 2)
        self.period = period
    }

    mutating func update(_ value: Double) -> Double? {
        defer { previous = value }
        guard let previous else { return nil }
        let change = value - previous
        let seeded = changes >= period
        if seeded {
            loss *= Double(period - 1)
            gain *= Double(period - 1)
        }
        if change < 0 { loss -= change } else { gain += change }
        if !seeded {
            changes += 1
            guard changes == period else { return nil }
        }
        loss /= Double(period)
        gain /= Double(period)
        let total = gain + loss
        return -1e-14 < total && total < 1e-14 ? 0 : 100.0 * (gain / total)
    }
}

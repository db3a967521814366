#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Choppiness Index, E. W. (Bill) Dreiss (after his chaos-theory work, early 1990s): whether the
/// market trends or moves sideways, 0–100. High values (above ~61.8) mean choppy, range-bound
/// trading; low values (below ~38.2) a strong trend in either direction.
///
/// 100 × log10(Σ true range over n / (highest high − lowest low over n)) / log10(n), computed as
/// pandas-ta does (the difference of the two logarithms). The true range needs the previous
/// close, so the first value is at bar n (lookback `timeperiod`). A zero range gives ±∞ or NaN.
public struct CHOP: CatalogIndicator {
    public static let functionName = "CHOP"

    public static let info = FunctionInfo(
        name: functionName, group: "Momentum Indicators", displayName: "Choppiness Index",
        inputs: [InputInfo("high", defaultColumn: "high"), InputInfo("low", defaultColumn: "low"),
                 InputInfo("close", defaultColumn: "close")],
        parameters: [
            ParameterInfo("timeperiod", kind: .integer, default: 14, minimum: 2, maximum: 100_000,
                          displayName: "Time Period", help: "Number of period"),
        ],
        outputs: [OutputInfo("real", flags: ["Line"])],
        source: "E. W. Dreiss, Choppiness Index (early 1990s), as in pandas-ta"
    )

    public let timeperiod: Int
    private var trueRange = TRANGE()
    private var rangeSum: BeyondRollingSum
    private var channel: BeyondChannel
    private let logPeriod: Double

    /// - Parameter timeperiod: bars, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "CHOP timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        rangeSum = BeyondRollingSum(capacity: timeperiod)
        channel = BeyondChannel(period: timeperiod)
        logPeriod = log10(Double(timeperiod))
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ bar: PriceBar) -> Double? {
        channel.append(high: bar.high, low: bar.low)
        guard let range = trueRange.update(high: bar.high, low: bar.low, close: bar.close) else { return nil }
        rangeSum.append(range)
        guard rangeSum.isFull else { return nil }
        return 100 * (log10(rangeSum.sumValue) - log10(channel.high - channel.low)) / logPeriod
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `timeperiod` positions.
    public static func compute(high: [Double], low: [Double], close: [Double], timeperiod: Int = 14) -> [Double] {
        let count = min(high.count, low.count, close.count)
        return series(CHOP(timeperiod: timeperiod), count: count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
    }
}

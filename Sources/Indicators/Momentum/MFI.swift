/// Money flow index: volume-weighted RSI on the typical price, the share of the window's money
/// flow (typical price × volume) that came on rising bars, 0…100; above 80 is commonly read as
/// overbought, below 20 as oversold.
///
/// TA-Lib's `MFI` (lookback `timeperiod`): plain sums over the last `timeperiod` changes. A move
/// within 1e-14 of the two prices' magnitude counts as none; once a whole window carries no
/// flow the sums are reset to exactly 0, and the index is 0 while their total is not positive.
public struct MFI: CatalogIndicator {
    public static let functionName = "MFI"

    private struct Flow: Sendable {
        var positive: Double
        var negative: Double
    }

    public let timeperiod: Int
    private var flows: RingBuffer<Flow>
    private var previousTypical: Double?
    private var positive = 0.0
    private var negative = 0.0
    private var emptyRun = 0 // consecutive bars without flow, capped at the period

    /// - Parameter timeperiod: changes summed, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "MFI timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        flows = RingBuffer(capacity: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ bar: PriceBar) -> Double? {
        let typical = (bar.high + bar.low + bar.close) / 3.0
        defer { previousTypical = typical }
        guard let previousTypical else { return nil }
        if flows.isFull {
            positive -= flows.oldest.positive
            negative -= flows.oldest.negative
        }
        let change = typical - previousTypical
        let still = TALibMath.isZero(change, relativeTo: abs(typical) + abs(previousTypical))
        let flow = still ? 0 : typical * bar.volume
        let today = change < 0 ? Flow(positive: 0, negative: flow) : Flow(positive: flow, negative: 0)
        flows.append(today)
        positive += today.positive
        negative += today.negative
        emptyRun = flow == 0 ? emptyRun + 1 : 0
        if emptyRun >= timeperiod {
            emptyRun = timeperiod
            positive = 0
            negative = 0
        }
        guard flows.isFull else { return nil }
        let total = positive + negative
        let clamped = positive < 0 ? 0 : (positive > total ? total : positive)
        return total <= 0 ? 0 : 100 * (clamped / total)
    }

    public mutating func update(high: Double, low: Double, close: Double, volume: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close, volume: volume))
    }

    /// The batch form: NaN for the first `timeperiod` bars.
    public static func compute(
        high: [Double], low: [Double], close: [Double], volume: [Double], timeperiod: Int = 14
    ) -> [Double] {
        precondition(
            high.count == close.count && low.count == close.count && volume.count == close.count,
            "MFI inputs differ in length")
        return series(MFI(timeperiod: timeperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0], volume: volume[$0])
        }
    }
}

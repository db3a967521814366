/// Money flow index: volume-weighted RSI on the typical price, the share of the window's money
/// flow (typical price × volume) that came on rising bars, 0…100; above 80 is commonly read as
/// overbought, below 20 as oversold.
///
/// TA-Lib's `MFI` (lookback `timeperiod`): plain sums over the last `timeperiod` changes; 0 when
/// the total flow is below 1.
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
        let flow = typical * bar.volume
        var today = Flow(positive: 0, negative: 0)
        if change < 0 {
            today.negative = flow
            negative += flow
        } else if change > 0 {
            today.positive = flow
            positive += flow
        }
        flows.append(today)
        guard flows.isFull else { return nil }
        let total = positive + negative
        return total < 1 ? 0 : 100 * (positive / total)
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

/// Chaikin money flow: the money flow volume of the last `timeperiod` bars over their total
/// volume, in −1…1; positive when closes sit in the upper part of their ranges on volume.
///
/// TA-Lib's `CMF` (lookback `timeperiod − 1`); a window with no positive total volume gives 0.
public struct CMF: CatalogIndicator {
    public static let functionName = "CMF"

    public let timeperiod: Int
    private var window: RingBuffer<(flow: Double, volume: Double)>
    private var flowSum = 0.0
    private var volumeSum = 0.0

    /// - Parameter timeperiod: bars summed, 2…100000 (default 20).
    public init(timeperiod: Int = 20) {
        precondition((2...100_000).contains(timeperiod), "CMF timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        window = RingBuffer(capacity: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        if window.isFull {
            let leaving = window.oldest
            flowSum -= leaving.flow
            volumeSum -= leaving.volume
        }
        let flow = bar.moneyFlowVolume
        window.append((flow, bar.volume))
        flowSum += flow
        volumeSum += bar.volume
        guard window.isFull else { return nil }
        return volumeSum > 0 ? flowSum / volumeSum : 0
    }

    public mutating func update(high: Double, low: Double, close: Double, volume: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close, volume: volume))
    }

    /// The batch form: NaN for the first `timeperiod − 1` bars.
    public static func compute(
        high: [Double], low: [Double], close: [Double], volume: [Double], timeperiod: Int = 20
    ) -> [Double] {
        series(CMF(timeperiod: timeperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0], volume: volume[$0])
        }
    }
}

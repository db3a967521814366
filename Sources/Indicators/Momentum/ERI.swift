/// Elder ray index: how far the bar's high (bull power) and low (bear power) reach beyond an EMA
/// of the close, the consensus value; bull power above zero shows buyers pushing past it.
///
/// TA-Lib's `ERI` (lookback `timeperiod − 1`): the EMA is seeded with the mean of the first
/// `timeperiod` closes; a period of 1 uses the close itself.
public struct ERI: CatalogIndicator {
    public static let functionName = "ERI"

    /// One bar's bull and bear power.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var bullpower: Double
        public var bearpower: Double

        public init(bullpower: Double, bearpower: Double) {
            self.bullpower = bullpower
            self.bearpower = bearpower
        }

        public static var componentCount: Int { 2 }

        public func component(_ index: Int) -> Double { index == 0 ? bullpower : bearpower }
    }

    /// The batch outputs, NaN before the lookback.
    public struct Series: Sendable, Hashable {
        public var bullpower: [Double]
        public var bearpower: [Double]
    }

    public let timeperiod: Int
    private var average: MovingAverage

    /// - Parameter timeperiod: periods of the EMA of the close, 1…100000 (default 13).
    public init(timeperiod: Int = 13) {
        precondition((1...100_000).contains(timeperiod), "ERI timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        average = MovingAverage(timeperiod: timeperiod, matype: .ema)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ bar: PriceBar) -> Value? {
        guard let consensus = average.update(bar.close) else { return nil }
        return Value(bullpower: bar.high - consensus, bearpower: bar.low - consensus)
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Value? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `timeperiod − 1` bars.
    public static func compute(high: [Double], low: [Double], close: [Double], timeperiod: Int = 13) -> Series {
        let output = columns(ERI(timeperiod: timeperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
        return Series(bullpower: output[0], bearpower: output[1])
    }
}

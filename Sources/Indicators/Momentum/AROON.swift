/// Aroon: how recently the window's highest high (up) and lowest low (down) occurred, 0…100;
/// up near 100 with down low marks an up-trend, and the reverse a down-trend.
///
/// TA-Lib's `AROON` (lookback `timeperiod`): the window spans `timeperiod + 1` bars, and on ties
/// the most recent extreme counts.
public struct AROON: CatalogIndicator {
    public static let functionName = "AROON"

    /// One bar's Aroon lines, in TA-Lib's output order.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var aroondown: Double
        public var aroonup: Double

        public static var componentCount: Int { 2 }
        public func component(_ index: Int) -> Double { index == 0 ? aroondown : aroonup }
    }

    /// The batch outputs, NaN for the first `timeperiod` bars.
    public struct Series: Sendable, Hashable {
        public var aroondown: [Double]
        public var aroonup: [Double]
    }

    public let timeperiod: Int
    private let factor: Double
    private var highest: TrailingExtreme
    private var lowest: TrailingExtreme

    /// - Parameter timeperiod: bars looked back, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "AROON timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        factor = 100 / Double(timeperiod)
        highest = TrailingExtreme(.highest, window: timeperiod + 1)
        lowest = TrailingExtreme(.lowest, window: timeperiod + 1)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ bar: PriceBar) -> Value? {
        lowest.push(bar.low)
        highest.push(bar.high)
        guard highest.isFull else { return nil }
        let today = highest.today
        return Value(
            aroondown: factor * Double(timeperiod - (today - lowest.index)),
            aroonup: factor * Double(timeperiod - (today - highest.index)))
    }

    public mutating func update(high: Double, low: Double) -> Value? {
        update(PriceBar(high: high, low: low))
    }

    /// The batch form.
    public static func compute(high: [Double], low: [Double], timeperiod: Int = 14) -> Series {
        precondition(high.count == low.count, "AROON inputs differ in length")
        let lines = columns(AROON(timeperiod: timeperiod), count: low.count) { PriceBar(high: high[$0], low: low[$0]) }
        return Series(aroondown: lines[0], aroonup: lines[1])
    }
}

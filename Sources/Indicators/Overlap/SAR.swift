/// Parabolic SAR (Wilder): a trailing stop that accelerates towards the price as a trend makes
/// new extremes, and flips side when the price crosses it; below the price in uptrends, above in
/// downtrends.
///
/// TA-Lib's `SAR` (lookback 1): the first direction comes from the second bar's directional
/// movement; the acceleration is capped at `maximum`.
public struct SAR: CatalogIndicator {
    public static let functionName = "SAR"

    public let acceleration: Double
    public let maximum: Double
    private var engine: ParabolicStopAndReverse

    /// - Parameters:
    ///   - acceleration: the initial factor and its step on each new extreme, ≥ 0 (default 0.02).
    ///   - maximum: the largest factor, ≥ 0 (default 0.2).
    public init(acceleration: Double = 0.02, maximum: Double = 0.2) {
        precondition((0...3e37).contains(acceleration), "SAR acceleration must be 0…3e37")
        precondition((0...3e37).contains(maximum), "SAR maximum must be 0…3e37")
        self.acceleration = acceleration
        self.maximum = maximum
        let factor = ParabolicStopAndReverse.Acceleration(initial: acceleration, step: acceleration, maximum: maximum)
        engine = ParabolicStopAndReverse(startValue: 0, offsetOnReverse: 0, long: factor, short: factor)
    }

    public init(parameters: ParameterValues) {
        self.init(acceleration: parameters.real("acceleration"), maximum: parameters.real("maximum"))
    }

    public var lookback: Int { 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        engine.update(high: bar.high, low: bar.low)?.sar
    }

    /// Feeds the next bar's high and low.
    public mutating func update(high: Double, low: Double) -> Double? {
        engine.update(high: high, low: low)?.sar
    }

    /// The batch form: NaN at the first position.
    public static func compute(high: [Double], low: [Double], acceleration: Double = 0.02, maximum: Double = 0.2) -> [Double] {
        series(SAR(acceleration: acceleration, maximum: maximum), count: high.count) {
            PriceBar(high: high[$0], low: low[$0])
        }
    }
}

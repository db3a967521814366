/// Parabolic SAR, extended: separate acceleration settings for long and short positions, an
/// optional start value and direction, and an optional offset of the stop on each reversal.
/// Short positions' stops are given negated, so the sign tells the side.
///
/// TA-Lib's `SAREXT` (lookback 1); `startvalue` 0 picks the direction as ``SAR`` does, > 0 starts
/// long at that stop, < 0 starts short at its magnitude.
public struct SAREXT: CatalogIndicator {
    public static let functionName = "SAREXT"

    public let startvalue: Double
    public let offsetonreverse: Double
    public let accelerationinitlong: Double
    public let accelerationlong: Double
    public let accelerationmaxlong: Double
    public let accelerationinitshort: Double
    public let accelerationshort: Double
    public let accelerationmaxshort: Double
    private var engine: ParabolicStopAndReverse

    /// - Parameters:
    ///   - startvalue: 0 for automatic, > 0 to start long at this stop, < 0 to start short at −value.
    ///   - offsetonreverse: the fraction the stop is moved away from the price on a reversal, ≥ 0.
    ///   - accelerationinitlong, accelerationlong, accelerationmaxlong: initial factor, step and
    ///     maximum when long, ≥ 0 (defaults 0.02, 0.02, 0.2).
    ///   - accelerationinitshort, accelerationshort, accelerationmaxshort: the same when short.
    public init(
        startvalue: Double = 0, offsetonreverse: Double = 0,
        accelerationinitlong: Double = 0.02, accelerationlong: Double = 0.02, accelerationmaxlong: Double = 0.2,
        accelerationinitshort: Double = 0.02, accelerationshort: Double = 0.02, accelerationmaxshort: Double = 0.2
    ) {
        precondition((-3e37...3e37).contains(startvalue), "SAREXT startvalue must be −3e37…3e37")
        for (name, value) in [
            ("offsetonreverse", offsetonreverse), ("accelerationinitlong", accelerationinitlong),
            ("accelerationlong", accelerationlong), ("accelerationmaxlong", accelerationmaxlong),
            ("accelerationinitshort", accelerationinitshort), ("accelerationshort", accelerationshort),
            ("accelerationmaxshort", accelerationmaxshort),
        ] {
            precondition((0...3e37).contains(value), "SAREXT \(name) must be 0…3e37")
        }
        self.startvalue = startvalue
        self.offsetonreverse = offsetonreverse
        self.accelerationinitlong = accelerationinitlong
        self.accelerationlong = accelerationlong
        self.accelerationmaxlong = accelerationmaxlong
        self.accelerationinitshort = accelerationinitshort
        self.accelerationshort = accelerationshort
        self.accelerationmaxshort = accelerationmaxshort
        engine = ParabolicStopAndReverse(
            startValue: startvalue, offsetOnReverse: offsetonreverse,
            long: .init(initial: accelerationinitlong, step: accelerationlong, maximum: accelerationmaxlong),
            short: .init(initial: accelerationinitshort, step: accelerationshort, maximum: accelerationmaxshort))
    }

    public init(parameters: ParameterValues) {
        self.init(
            startvalue: parameters.real("startvalue"), offsetonreverse: parameters.real("offsetonreverse"),
            accelerationinitlong: parameters.real("accelerationinitlong"),
            accelerationlong: parameters.real("accelerationlong"),
            accelerationmaxlong: parameters.real("accelerationmaxlong"),
            accelerationinitshort: parameters.real("accelerationinitshort"),
            accelerationshort: parameters.real("accelerationshort"),
            accelerationmaxshort: parameters.real("accelerationmaxshort"))
    }

    public var lookback: Int { 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        update(high: bar.high, low: bar.low)
    }

    /// Feeds the next bar's high and low.
    public mutating func update(high: Double, low: Double) -> Double? {
        guard let stop = engine.update(high: high, low: low) else { return nil }
        return stop.isShort ? -stop.sar : stop.sar
    }

    /// The batch form: NaN at the first position.
    public static func compute(
        high: [Double], low: [Double], startvalue: Double = 0, offsetonreverse: Double = 0,
        accelerationinitlong: Double = 0.02, accelerationlong: Double = 0.02, accelerationmaxlong: Double = 0.2,
        accelerationinitshort: Double = 0.02, accelerationshort: Double = 0.02, accelerationmaxshort: Double = 0.2
    ) -> [Double] {
        let indicator = SAREXT(
            startvalue: startvalue, offsetonreverse: offsetonreverse,
            accelerationinitlong: accelerationinitlong, accelerationlong: accelerationlong,
            accelerationmaxlong: accelerationmaxlong, accelerationinitshort: accelerationinitshort,
            accelerationshort: accelerationshort, accelerationmaxshort: accelerationmaxshort)
        return series(indicator, count: high.count) { PriceBar(high: high[$0], low: low[$0]) }
    }
}

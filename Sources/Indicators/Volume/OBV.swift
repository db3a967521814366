/// On-balance volume: a running total adding the volume of up-closes and subtracting that of
/// down-closes; its trend is read as volume confirming (or not) the price trend.
///
/// TA-Lib's `OBV` (lookback 0): it starts at the first bar's volume, not at 0.
public struct OBV: CatalogIndicator {
    public static let functionName = "OBV"

    private var total = 0.0
    private var previous: Double?

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 0 }

    /// `pair.first` is the price, `pair.second` the volume.
    public mutating func update(_ pair: ValuePair) -> Double? {
        update(real: pair.first, volume: pair.second)
    }

    public mutating func update(real: Double, volume: Double) -> Double? {
        if let previous {
            if real > previous {
                total += volume
            } else if real < previous {
                total -= volume
            }
        } else {
            total = volume
        }
        previous = real
        return total
    }

    /// The batch form: one value per bar.
    public static func compute(_ real: [Double], volume: [Double]) -> [Double] {
        series(OBV(), count: real.count) { ValuePair(real[$0], volume[$0]) }
    }
}

/// Midpoint over period: halfway between the highest and the lowest of the last `timeperiod`
/// values, the centre of the recent range.
///
/// TA-Lib's `MIDPOINT` (lookback `timeperiod − 1`). As in TA-Lib, NaN values inside the window are
/// passed over, but a NaN as the window's oldest value gives NaN.
public struct MIDPOINT: CatalogIndicator {
    public static let functionName = "MIDPOINT"

    public let timeperiod: Int
    private var window: RingBuffer<Double>
    private var highest: OverlapRollingExtreme
    private var lowest: OverlapRollingExtreme

    /// - Parameter timeperiod: the window, 2…100000 (TA-Lib's range; default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "MIDPOINT timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        window = RingBuffer(capacity: timeperiod)
        highest = OverlapRollingExtreme(period: timeperiod, largest: true)
        lowest = OverlapRollingExtreme(period: timeperiod, largest: false)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        window.append(value)
        let high = highest.push(value), low = lowest.push(value)
        guard window.isFull else { return nil }
        guard !window.oldest.isNaN, let high, let low else { return .nan }
        return (high + low) / 2.0
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 14) -> [Double] {
        series(MIDPOINT(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}

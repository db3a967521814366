/// Triangular moving average: weights rising linearly to the middle of the window and falling
/// after it (a simple mean of a simple mean), smooth but slow.
///
/// TA-Lib's `TRIMA` (lookback `timeperiod − 1`), with its running numerator updated in TA-Lib's
/// order, which differs between odd and even periods.
public struct TRIMA: CatalogIndicator {
    public static let functionName = "TRIMA"

    public let timeperiod: Int
    // Not RunningTotal: TA-Lib moves a weighted numerator by two half sums, not a window total.
    private var window: RingBuffer<Double>
    private let half: Int
    private let factor: Double
    private var numerator = 0.0
    private var rising = 0.0 // the values whose weight grows by one each bar (TA-Lib's numeratorAdd)
    private var falling = 0.0 // the values whose weight shrinks by one each bar (numeratorSub)

    /// - Parameter timeperiod: the window, 1…100000 (TA-Lib's range; default 30).
    public init(timeperiod: Int = 30) {
        precondition((1...100_000).contains(timeperiod), "TRIMA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        window = RingBuffer(capacity: timeperiod + 1)
        half = timeperiod >> 1
        let weights = timeperiod % 2 == 1 ? (half + 1) * (half + 1) : half * (half + 1)
        factor = 1.0 / Double(weights)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        window.append(value)
        if window.count < timeperiod { return nil }
        if window.count == timeperiod, !window.isFull {
            seed()
            return numerator * factor
        }
        numerator -= falling
        falling -= window[age: timeperiod]
        let middle = window[age: half]
        falling += middle
        if timeperiod % 2 == 1 {
            numerator += rising
            rising -= middle
        } else {
            rising -= middle
            numerator += rising
        }
        rising += value
        numerator += value
        return numerator * factor
    }

    /// The first numerator over the first `timeperiod` values, summed in TA-Lib's order.
    private mutating func seed() {
        let middle = timeperiod % 2 == 1 ? half : half - 1 // index of the last value of the rising half
        for index in stride(from: middle, through: 0, by: -1) {
            falling += window[age: timeperiod - 1 - index]
            numerator += falling
        }
        for index in (middle + 1)..<timeperiod {
            rising += window[age: timeperiod - 1 - index]
            numerator += rising
        }
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Double] {
        series(TRIMA(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}

/// Variance: the mean of the squared deviations of the last `timeperiod` values from their mean
/// (population variance, dividing by the period).
///
/// TA-Lib's `VAR` (lookback `timeperiod − 1`); `nbdev` is accepted and, as in TA-Lib, unused.
/// As in TA-Lib 0.8, the running sums hold deviations from a shift near the window (first the
/// first value, later the window's mean), so no two large squares cancel; the sums are rebuilt
/// from the window when cancellation threatens, when a large outlier leaves, and every
/// `32 × timeperiod` bars. Same order of operations as TA-Lib, so results match it bit for bit.
public struct VAR: CatalogIndicator {
    public static let functionName = "VAR"

    public let timeperiod: Int
    public let nbdev: Double
    private let inversePeriod: Double
    private var window: RingBuffer<Double>
    private var shift = 0.0
    private var sum = 0.0
    private var sumOfSquares = 0.0
    private var barsUntilRebuild: Int

    /// - Parameters:
    ///   - timeperiod: values in the window, 1…100000 (default 5).
    ///   - nbdev: kept for TA-Lib's signature; it does not change the result.
    public init(timeperiod: Int = 5, nbdev: Double = 1) {
        precondition((1...100_000).contains(timeperiod), "VAR timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        self.nbdev = nbdev
        inversePeriod = 1.0 / Double(timeperiod)
        window = RingBuffer(capacity: timeperiod)
        barsUntilRebuild = 32 * timeperiod
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"), nbdev: parameters.real("nbdev"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        if window.count == 0 { shift = value }
        add(value)
        window.append(value)
        guard window.isFull else { return nil }
        var variance = currentVariance
        let departingSquare = remove(window.oldest)
        barsUntilRebuild -= 1
        if variance < 0.000001 * (sumOfSquares * inversePeriod) || departingSquare > 1000000.0 * sumOfSquares
            || barsUntilRebuild <= 0 {
            variance = rebuild()
        }
        return variance
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 5, nbdev: Double = 1) -> [Double] {
        series(VAR(timeperiod: timeperiod, nbdev: nbdev), count: real.count) { real[$0] }
    }

    private var currentVariance: Double {
        let mean = sum * inversePeriod
        return sumOfSquares * inversePeriod - mean * mean
    }

    private mutating func add(_ value: Double) {
        let deviation = value - shift
        sum += deviation
        sumOfSquares += deviation * deviation
    }

    /// Takes a value out of the sums; returns its squared deviation.
    private mutating func remove(_ value: Double) -> Double {
        let deviation = value - shift
        sum -= deviation
        let square = deviation * deviation
        sumOfSquares -= square
        return square
    }

    /// Re-centres the shift on the window's mean and sums the window afresh; the variance of the
    /// window, 0 when what is left is rounding noise. Leaves the oldest value taken out, as the
    /// sliding path does.
    private mutating func rebuild() -> Double {
        barsUntilRebuild = 32 * timeperiod
        var total = 0.0
        for age in stride(from: timeperiod - 1, through: 0, by: -1) { total += window[age: age] }
        shift = total * inversePeriod
        sum = 0
        sumOfSquares = 0
        for age in stride(from: timeperiod - 1, through: 0, by: -1) { add(window[age: age]) }
        var variance = currentVariance
        if variance < 0.000000000001 * (sumOfSquares * inversePeriod) { variance = 0 }
        _ = remove(window.oldest)
        return variance
    }
}

/// Pearson's correlation coefficient of `real0` and `real1` over the last `timeperiod` bars:
/// +1 when they move in lockstep, −1 when opposite, near 0 when unrelated.
///
/// TA-Lib's `CORREL` (lookback `timeperiod − 1`). As in TA-Lib 0.8, the running sums hold
/// deviations from a shift near the window (the first bar's values, later the window's means),
/// rebuilt from the window when either sum of squares nears cancellation, when a large outlier
/// leaves, and every `32 × timeperiod` bars. A window where either series is flat gives 0; the
/// result is clamped to −1…1. Same order of operations as TA-Lib, so results match it bit for bit.
public struct CORREL: CatalogIndicator {
    public static let functionName = "CORREL"

    public let timeperiod: Int
    private let inversePeriod: Double
    private var window: RingBuffer<ValuePair>
    private var shiftX = 0.0
    private var shiftY = 0.0
    private var sumX = 0.0
    private var sumX2 = 0.0
    private var sumXY = 0.0
    private var sumY = 0.0
    private var sumY2 = 0.0
    private var departedX2 = 0.0
    private var departedY2 = 0.0
    private var barsUntilRebuild: Int

    /// - Parameter timeperiod: bars in the window, 1…100000 (default 30).
    public init(timeperiod: Int = 30) {
        precondition((1...100_000).contains(timeperiod), "CORREL timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        inversePeriod = 1.0 / Double(timeperiod)
        window = RingBuffer(capacity: timeperiod)
        barsUntilRebuild = 32 * timeperiod
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ pair: ValuePair) -> Double? {
        if window.count == 0 { (shiftX, shiftY) = (pair.first, pair.second) }
        add(pair)
        window.append(pair)
        guard window.isFull else { return nil }
        var squaresX = sumX2 - ((sumX * sumX) * inversePeriod)
        var squaresY = sumY2 - ((sumY * sumY) * inversePeriod)
        var products = sumXY - ((sumX * sumY) * inversePeriod)
        barsUntilRebuild -= 1
        if squaresX < 0.000001 * sumX2 || squaresY < 0.000001 * sumY2
            || departedX2 > 1000000.0 * sumX2 || departedY2 > 1000000.0 * sumY2 || barsUntilRebuild <= 0 {
            rebuild()
            squaresX = sumX2 - ((sumX * sumX) * inversePeriod)
            squaresY = sumY2 - ((sumY * sumY) * inversePeriod)
            products = sumXY - ((sumX * sumY) * inversePeriod)
            if squaresX < 0 { squaresX = 0 }
            if squaresY < 0 { squaresY = 0 }
        }
        var correlation = 0.0
        if squaresX > 0.00000000000001 * sumX2 && squaresY > 0.00000000000001 * sumY2 {
            correlation = min(max(products / (squaresX * squaresY).squareRoot(), -1), 1)
        }
        removeOldest()
        return correlation
    }

    public mutating func update(real0: Double, real1: Double) -> Double? {
        update(ValuePair(real0, real1))
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(real0: [Double], real1: [Double], timeperiod: Int = 30) -> [Double] {
        series(CORREL(timeperiod: timeperiod), count: min(real0.count, real1.count)) {
            ValuePair(real0[$0], real1[$0])
        }
    }

    private mutating func add(_ pair: ValuePair) {
        let x = pair.first - shiftX
        sumX += x
        sumX2 += x * x
        let y = pair.second - shiftY
        sumXY += x * y
        sumY += y
        sumY2 += y * y
    }

    private mutating func removeOldest() {
        let x = window.oldest.first - shiftX
        let y = window.oldest.second - shiftY
        departedX2 = x * x
        departedY2 = y * y
        sumX -= x
        sumX2 -= departedX2
        sumXY -= x * y
        sumY -= y
        sumY2 -= departedY2
    }

    /// Re-centres the shifts on the window's means and sums the window afresh.
    private mutating func rebuild() {
        barsUntilRebuild = 32 * timeperiod
        var totalX = 0.0
        var totalY = 0.0
        for age in stride(from: timeperiod - 1, through: 0, by: -1) {
            totalX += window[age: age].first
            totalY += window[age: age].second
        }
        shiftX = totalX * inversePeriod
        shiftY = totalY * inversePeriod
        (sumX, sumX2, sumXY, sumY, sumY2) = (0, 0, 0, 0, 0)
        for age in stride(from: timeperiod - 1, through: 0, by: -1) { add(window[age: age]) }
    }
}

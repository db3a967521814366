/// Beta: the slope of the least-squares line of `real1`'s one-bar returns against `real0`'s
/// over the last `timeperiod` returns. Above 1, `real1` moves more than `real0`; below, less.
///
/// TA-Lib's `BETA` (lookback `timeperiod`: one bar more than the returns it needs). A return
/// from a zero price counts as 0. As in TA-Lib 0.8, the sums hold the returns' deviations from a
/// shift (the first return, later the window's mean return), rebuilt from the window when the
/// denominator nears cancellation, when a large outlier of either series leaves, and every
/// `32 × timeperiod` bars; a window where `real0`'s returns do not vary gives 0. Same order of
/// operations as TA-Lib, so results match it bit for bit.
public struct BETA: CatalogIndicator {
    public static let functionName = "BETA"

    /// One bar's returns; nil where the previous price was zero.
    private struct Returns {
        let x: Double?
        let y: Double?
    }

    public let timeperiod: Int
    private let n: Double
    private var previous: ValuePair?
    private var returns: RingBuffer<Returns>
    private var shiftX = 0.0
    private var shiftY = 0.0
    private var sumXX = 0.0
    private var sumXY = 0.0
    private var sumX = 0.0
    private var sumY = 0.0
    private var sumYY = 0.0
    private var departedXX = 0.0
    private var departedYY = 0.0
    private var barsUntilRebuild: Int

    /// - Parameter timeperiod: returns in the regression, 1…100000 (default 5).
    public init(timeperiod: Int = 5) {
        precondition((1...100_000).contains(timeperiod), "BETA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        n = Double(timeperiod)
        returns = RingBuffer(capacity: timeperiod)
        barsUntilRebuild = 32 * timeperiod
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    /// `pair.first` is `real0` (x, the index), `pair.second` is `real1` (y, the security).
    public mutating func update(_ pair: ValuePair) -> Double? {
        defer { previous = pair }
        guard let previous else { return nil }
        let change = Returns(
            x: Self.change(from: previous.first, to: pair.first),
            y: Self.change(from: previous.second, to: pair.second))
        if returns.count == 0 { (shiftX, shiftY) = (change.x ?? 0, change.y ?? 0) }
        add(change)
        returns.append(change)
        guard returns.isFull else { return nil }
        var scale = n * sumXX
        var denominator = scale - (sumX * sumX)
        barsUntilRebuild -= 1
        if denominator < 0.000001 * scale || departedXX > 1000.0 * sumXX || departedYY > 1000.0 * sumYY
            || barsUntilRebuild <= 0 {
            rebuild()
            scale = n * sumXX
            denominator = scale - (sumX * sumX)
            if denominator < 0 { denominator = 0 }
        }
        let beta = denominator > 0.00000000000001 * scale ? ((n * sumXY) - (sumX * sumY)) / denominator : 0
        removeOldest()
        return beta
    }

    public mutating func update(real0: Double, real1: Double) -> Double? {
        update(ValuePair(real0, real1))
    }

    /// The batch form: NaN for the first `timeperiod` positions.
    public static func compute(real0: [Double], real1: [Double], timeperiod: Int = 5) -> [Double] {
        series(BETA(timeperiod: timeperiod), count: min(real0.count, real1.count)) {
            ValuePair(real0[$0], real1[$0])
        }
    }

    private static func change(from last: Double, to price: Double) -> Double? {
        last == 0 ? nil : (price - last) / last
    }

    private func deviations(_ change: Returns) -> (x: Double, y: Double) {
        ((change.x ?? 0) - shiftX, (change.y ?? 0) - shiftY)
    }

    private mutating func add(_ change: Returns) {
        let (x, y) = deviations(change)
        sumXX += x * x
        sumXY += x * y
        sumX += x
        sumY += y
        sumYY += y * y
    }

    private mutating func removeOldest() {
        let (x, y) = deviations(returns.oldest)
        departedXX = x * x
        departedYY = y * y
        sumXX -= departedXX
        sumXY -= x * y
        sumX -= x
        sumY -= y
        sumYY -= departedYY
    }

    /// Re-centres the shifts on the window's mean returns and sums the window afresh.
    private mutating func rebuild() {
        barsUntilRebuild = 32 * timeperiod
        var totalX = 0.0
        var totalY = 0.0
        for age in stride(from: timeperiod - 1, through: 0, by: -1) {
            if let x = returns[age: age].x { totalX += x }
            if let y = returns[age: age].y { totalY += y }
        }
        shiftX = totalX / n
        shiftY = totalY / n
        (sumXX, sumXY, sumX, sumY, sumYY) = (0, 0, 0, 0, 0)
        for age in stride(from: timeperiod - 1, through: 0, by: -1) { add(returns[age: age]) }
    }
}

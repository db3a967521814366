/// Forecast oscillator: how far the price is, in percent, from the value the linear regression
/// of the previous `timeperiod` bars forecast for it; positive when price beats the trend.
///
/// TA-Lib's `FOSC` (lookback `timeperiod`): TSF's running regression sums one bar earlier,
/// rebuilt from the window every 32 × `timeperiod` bars or when cancellation threatens, and the
/// forecast `b + m·timeperiod` as one fused multiply-add, as TA-Lib computes them. A zero price
/// gives 0.
public struct FOSC: CatalogIndicator {
    public static let functionName = "FOSC"

    public let timeperiod: Int
    private let period: Double
    private let sumX: Double
    private let divisor: Double
    private var window: RingBuffer<Double>
    private var sumY = 0.0
    private var sumXY = 0.0
    private var sumAbs = 0.0
    private var barsToRebuild = 0

    /// - Parameter timeperiod: bars in the regression, 2…100000 (default 5).
    public init(timeperiod: Int = 5) {
        precondition((2...100_000).contains(timeperiod), "FOSC timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        period = Double(timeperiod)
        sumX = Double(timeperiod) * Double(timeperiod - 1) * 0.5
        let sumXSquared = Double(timeperiod) * Double(timeperiod - 1) * Double(2 * timeperiod - 1) / 6.0
        divisor = sumX * sumX - Double(timeperiod) * sumXSquared
        window = RingBuffer(capacity: timeperiod + 1)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ value: Double) -> Double? {
        defer { window.append(value) }
        if window.count < timeperiod { return nil }
        if !window.isFull {
            rebuild()
        } else {
            let leaving = window.oldest, entering = window[age: 0]
            let weightedLeaving = period * leaving
            sumXY = sumXY + sumY - weightedLeaving
            sumY = sumY - leaving + entering
            sumAbs = sumAbs - abs(leaving) + abs(entering)
            barsToRebuild -= 1
            if barsToRebuild <= 0 || abs(weightedLeaving) > 100.0 * sumAbs { rebuild() }
        }
        let m = (period * sumXY - sumX * sumY) / divisor
        let b = (sumY - m * sumX) / period
        guard value != 0 else { return 0 }
        return 100.0 * (value - b.addingProduct(m, period)) / value
    }

    /// Sums over the `timeperiod` values before the current bar, oldest first, weighted by age.
    private mutating func rebuild() {
        barsToRebuild = 32 * timeperiod
        sumY = 0
        sumXY = 0
        sumAbs = 0
        for age in stride(from: timeperiod - 1, through: 0, by: -1) {
            let y = window[age: age]
            sumY += y
            sumXY += Double(age) * y
            sumAbs += abs(y)
        }
    }

    /// The batch form: NaN for the first `timeperiod` values.
    public static func compute(_ real: [Double], timeperiod: Int = 5) -> [Double] {
        series(FOSC(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}

/// Relative volume: the bar's volume over the mean volume of the `timeperiod` bars before it;
/// 2 means twice the usual activity.
///
/// TA-Lib's `RVOL` (lookback `timeperiod`): the baseline excludes the current bar, and a window
/// of only zero volumes resets the running total to exactly 0, as TA-Lib does.
public struct RVOL: CatalogIndicator {
    public static let functionName = "RVOL"

    public let timeperiod: Int
    private var window: RingBuffer<Double>
    private var total = 0.0
    private var zeroRun = 0

    /// - Parameter timeperiod: bars in the baseline, 1…100000 (default 20).
    public init(timeperiod: Int = 20) {
        precondition((1...100_000).contains(timeperiod), "RVOL timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        window = RingBuffer(capacity: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ volume: Double) -> Double? {
        var output: Double?
        if window.isFull {
            let baseline = total / Double(timeperiod)
            total -= window.oldest
            output = volume / baseline
        }
        total += volume
        window.append(volume)
        zeroRun = volume == 0 ? zeroRun + 1 : 0
        if output != nil, zeroRun >= timeperiod {
            zeroRun = timeperiod
            total = 0
        }
        return output
    }

    /// The batch form: NaN for the first `timeperiod` bars.
    public static func compute(_ volume: [Double], timeperiod: Int = 20) -> [Double] {
        series(RVOL(timeperiod: timeperiod), count: volume.count) { volume[$0] }
    }
}

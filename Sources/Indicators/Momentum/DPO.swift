/// Detrended price oscillator: the price `timeperiod / 2 + 1` bars ago minus the current
/// `timeperiod` SMA, removing the trend to expose cycles shorter than the period.
///
/// TA-Lib's `DPO` (lookback `max(timeperiod − 1, timeperiod / 2 + 1)`).
public struct DPO: CatalogIndicator {
    public static let functionName = "DPO"

    public let timeperiod: Int
    private var average: LateStart<SMA>
    private var recent: LaggedWindow

    /// - Parameter timeperiod: bars in the SMA, 2…100000 (default 20).
    public init(timeperiod: Int = 20) {
        precondition((2...100_000).contains(timeperiod), "DPO timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        let displacement = timeperiod / 2 + 1
        average = LateStart(SMA(timeperiod: timeperiod), within: max(timeperiod - 1, displacement))
        recent = LaggedWindow(lag: displacement)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { max(timeperiod - 1, timeperiod / 2 + 1) }

    public mutating func update(_ value: Double) -> Double? {
        let displaced = recent.push(value)
        guard let mean = average.update(value), let displaced else { return nil }
        return displaced - mean
    }

    /// The batch form: NaN for the first `lookback` bars.
    public static func compute(_ real: [Double], timeperiod: Int = 20) -> [Double] {
        series(DPO(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}

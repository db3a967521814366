/// Elder's force index: each bar's close-to-close change times its volume, smoothed by an EMA;
/// its sign is who is in control, its size how forcefully.
///
/// TA-Lib's `EFI` (lookback `timeperiod`): the EMA is seeded with the mean of the first
/// `timeperiod` forces and stepped with one fused multiply-add, as TA-Lib does; period 1 gives
/// the raw force.
public struct EFI: CatalogIndicator {
    public static let functionName = "EFI"

    public let timeperiod: Int
    private let k: Double
    private var previousClose: Double?
    private var seedSum = 0.0
    private var average = 0.0
    private var forces = 0

    /// - Parameter timeperiod: EMA periods, 1…100000 (default 13).
    public init(timeperiod: Int = 13) {
        precondition((1...100_000).contains(timeperiod), "EFI timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        k = 2.0 / Double(timeperiod + 1)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ bar: PriceBar) -> Double? {
        defer { previousClose = bar.close }
        guard let previousClose else { return nil }
        let force = (bar.close - previousClose) * bar.volume
        forces += 1
        if timeperiod == 1 { return force }
        if forces < timeperiod {
            seedSum += force
            return nil
        }
        if forces == timeperiod {
            seedSum += force
            average = seedSum / Double(timeperiod)
        } else {
            average = average.addingProduct(force - average, k)
        }
        return average
    }

    public mutating func update(close: Double, volume: Double) -> Double? {
        update(PriceBar(close: close, volume: volume))
    }

    /// The batch form: NaN for the first `timeperiod` bars.
    public static func compute(close: [Double], volume: [Double], timeperiod: Int = 13) -> [Double] {
        series(EFI(timeperiod: timeperiod), count: close.count) { PriceBar(close: close[$0], volume: volume[$0]) }
    }
}

/// Bill Williams' accelerator/decelerator oscillator: the awesome oscillator minus its own
/// `signalperiod` SMA, i.e. whether AO's momentum is itself speeding up or slowing down.
///
/// TA-Lib's `AC` (lookback AO's plus `signalperiod − 1`).
public struct AC: CatalogIndicator {
    public static let functionName = "AC"

    public let signalperiod: Int
    private var oscillator: AO
    private var signal: SMA

    /// - Parameters:
    ///   - fastperiod: bars in AO's fast SMA, 2…100000 (default 5).
    ///   - slowperiod: bars in AO's slow SMA, 2…100000 (default 34).
    ///   - signalperiod: bars in the SMA of AO, 2…100000 (default 5).
    public init(fastperiod: Int = 5, slowperiod: Int = 34, signalperiod: Int = 5) {
        precondition((2...100_000).contains(signalperiod), "AC signalperiod must be 2…100000")
        self.signalperiod = signalperiod
        oscillator = AO(fastperiod: fastperiod, slowperiod: slowperiod)
        signal = SMA(timeperiod: signalperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(
            fastperiod: parameters.int("fastperiod"), slowperiod: parameters.int("slowperiod"),
            signalperiod: parameters.int("signalperiod"))
    }

    public var lookback: Int { oscillator.lookback + signalperiod - 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        guard let value = oscillator.update(bar), let average = signal.update(value) else { return nil }
        return value - average
    }

    public mutating func update(high: Double, low: Double) -> Double? {
        update(PriceBar(high: high, low: low))
    }

    /// The batch form: NaN for the first `lookback` bars.
    public static func compute(
        high: [Double], low: [Double], fastperiod: Int = 5, slowperiod: Int = 34, signalperiod: Int = 5
    ) -> [Double] {
        series(AC(fastperiod: fastperiod, slowperiod: slowperiod, signalperiod: signalperiod), count: high.count) {
            PriceBar(high: high[$0], low: low[$0])
        }
    }
}

/// Hull moving average: a WMA over `√n` bars of `2·WMA(n/2) − WMA(n)`, smooth and with little
/// lag (periods truncated as Hull wrote them).
///
/// TA-Lib's `HMA` (lookback `(n − 1) + (⌊√n⌋ − 1)`): the half-period WMA starts where it first
/// lines up with the full one, as in TA-Lib's single pass; a period of 1 copies the input.
public struct HMA: CatalogIndicator {
    public static let functionName = "HMA"

    public let timeperiod: Int
    private let halfStart: Int // the bar the half-period WMA starts from
    private var full: WMA
    private var half: WMA
    private var outer: WMA
    private var bars = 0

    /// - Parameter timeperiod: the period, 1…100000 (TA-Lib's range; default 20).
    public init(timeperiod: Int = 20) {
        precondition((1...100_000).contains(timeperiod), "HMA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        let halfPeriod = max(timeperiod / 2, 1)
        halfStart = timeperiod - halfPeriod
        full = WMA(timeperiod: timeperiod)
        half = WMA(timeperiod: halfPeriod)
        outer = WMA(timeperiod: Int(Double(timeperiod).squareRoot()))
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { (timeperiod - 1) + (outer.timeperiod - 1) }

    public mutating func update(_ value: Double) -> Double? {
        guard timeperiod > 1 else { return value }
        let today = bars
        bars += 1
        let long = full.update(value)
        let short = today >= halfStart ? half.update(value) : nil
        guard let long, let short else { return nil }
        return outer.update(2.0 * short - long)
    }

    /// The batch form: NaN before the lookback.
    public static func compute(_ real: [Double], timeperiod: Int = 20) -> [Double] {
        series(HMA(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}

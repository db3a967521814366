/// Ulcer Index, Peter G. Martin (Martin and McCann, "The Investor's Guide to Fidelity Funds",
/// 1989; index devised in 1987): downside risk as the depth and duration of drawdowns, the root
/// mean square of the percent drawdowns from the running high. 0: no drawdown; larger: deeper
/// or longer declines.
///
/// Each bar's drawdown is 100 × (close − highest close of the last n) / that highest close; the
/// index is √(Σ drawdown² over the last n / n), as pandas-ta and StockCharts compute it, so the
/// first value needs 2n − 1 bars (lookback 2 × (`timeperiod` − 1)).
public struct ULCER: CatalogIndicator {
    public static let functionName = "ULCER"

    public static let info = FunctionInfo(
        name: functionName, group: "Volatility Indicators", displayName: "Ulcer Index",
        inputs: [InputInfo("real", defaultColumn: "close")],
        parameters: [
            ParameterInfo("timeperiod", kind: .integer, default: 14, minimum: 1, maximum: 100_000,
                          displayName: "Time Period", help: "Number of period"),
        ],
        outputs: [OutputInfo("real", flags: ["Line"])],
        source: "Peter G. Martin and Byron B. McCann, The Investor's Guide to Fidelity Funds, 1989 (Ulcer Index, 1987)"
    )

    public let timeperiod: Int
    private var highest: BeyondRollingExtreme
    private var squares: BeyondRollingSum

    /// - Parameter timeperiod: bars, 1…100000 (default 14, Martin's).
    public init(timeperiod: Int = 14) {
        precondition((1...100_000).contains(timeperiod), "ULCER timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        highest = BeyondRollingExtreme(period: timeperiod, kind: .highest)
        squares = BeyondRollingSum(capacity: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { 2 * (timeperiod - 1) }

    public mutating func update(_ close: Double) -> Double? {
        highest.append(close)
        guard highest.isFull else { return nil }
        var drawdown = 100 * (close - highest.value)
        drawdown /= highest.value
        squares.append(drawdown * drawdown)
        guard squares.isFull else { return nil }
        var sum = squares.sumValue
        if sum < 0 { sum = 0 } // rounding of the running sum, never a real negative
        return (sum / Double(timeperiod)).squareRoot()
    }

    /// The batch form: NaN for the first 2 × (`timeperiod` − 1) positions.
    public static func compute(_ real: [Double], timeperiod: Int = 14) -> [Double] {
        series(ULCER(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}

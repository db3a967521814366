/// Anchored VWAP: the volume-weighted average of the typical price (high + low + close) / 3 from
/// an anchor bar on, the average price paid by everyone who traded since that event (Brian
/// Shannon, "Maximum Trading Gains with Anchored VWAP", 2023; VWAP itself from Berkowitz, Logue
/// and Noser, 1988). Price above it: those buyers are in profit on average.
///
/// `anchor` counts bars from the first complete bar of the series (0: the cumulative VWAP of the
/// whole series). Zero total volume gives NaN. Lookback: `anchor`.
public struct AVWAP: CatalogIndicator {
    public static let functionName = "AVWAP"

    public static let info = FunctionInfo(
        name: functionName, group: "Volume Indicators", displayName: "Anchored Volume Weighted Average Price",
        inputs: [InputInfo("high", defaultColumn: "high"), InputInfo("low", defaultColumn: "low"),
                 InputInfo("close", defaultColumn: "close"), InputInfo("volume", defaultColumn: "volume")],
        parameters: [
            ParameterInfo("anchor", kind: .integer, default: 0, minimum: 0, maximum: 1_000_000_000,
                          displayName: "Anchor bar", help: "Index of the bar the average starts at (0: the first bar)"),
        ],
        outputs: [OutputInfo("real", flags: ["Line"])],
        source: "Brian Shannon, Maximum Trading Gains with Anchored VWAP, 2023; VWAP: Berkowitz, Logue and Noser, 1988"
    )

    public let anchor: Int
    private var seen = 0
    private var priceVolume = 0.0
    private var volume = 0.0

    /// - Parameter anchor: the first bar averaged, 0… (default 0).
    public init(anchor: Int = 0) {
        precondition(anchor >= 0, "AVWAP anchor must be 0 or more")
        self.anchor = anchor
    }

    public init(parameters: ParameterValues) {
        self.init(anchor: parameters.int("anchor"))
    }

    public var lookback: Int { anchor }

    public mutating func update(_ bar: PriceBar) -> Double? {
        guard seen >= anchor else {
            seen += 1
            return nil
        }
        let typical = (bar.high + bar.low + bar.close) / 3
        priceVolume += bar.volume * typical
        volume += bar.volume
        return priceVolume / volume
    }

    public mutating func update(high: Double, low: Double, close: Double, volume: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close, volume: volume))
    }

    /// The batch form: NaN before the anchor.
    public static func compute(high: [Double], low: [Double], close: [Double], volume: [Double], anchor: Int = 0) -> [Double] {
        let count = min(high.count, low.count, close.count, volume.count)
        return series(AVWAP(anchor: anchor), count: count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0], volume: volume[$0])
        }
    }
}

/// Ichimoku Kinkō Hyō ("equilibrium chart at a glance"), Goichi Hosoda (pen name Ichimoku
/// Sanjin), published in his 1969 books: trend, momentum and support/resistance in five lines.
///
/// tenkan and kijun are the midpoints of the highest high and lowest low over `tenkanperiod` (9)
/// and `kijunperiod` (26) bars; senkou A is their mean; senkou B the midpoint over `senkouperiod`
/// (52) bars; chikou is the close. Price above a rising cloud (between the senkou lines) reads as
/// an uptrend, tenkan crossing kijun as a momentum signal.
///
/// Every line is given at the bar it is computed on, undisplaced, so no value depends on a later
/// bar: charts draw senkou A and B `kijunperiod` bars ahead (the cloud under bar t is this output
/// at bar t − kijunperiod) and chikou `kijunperiod` bars back. Lookback: the longest period − 1.
public struct ICHIMOKU: CatalogIndicator {
    public static let functionName = "ICHIMOKU"

    public static let info = FunctionInfo(
        name: functionName, group: "Overlap Studies", displayName: "Ichimoku Kinko Hyo",
        inputs: [InputInfo("high", defaultColumn: "high"), InputInfo("low", defaultColumn: "low"),
                 InputInfo("close", defaultColumn: "close")],
        parameters: [
            ParameterInfo("tenkanperiod", kind: .integer, default: 9, minimum: 1, maximum: 100_000,
                          displayName: "Tenkan period", help: "Bars of the conversion line (tenkan-sen)"),
            ParameterInfo("kijunperiod", kind: .integer, default: 26, minimum: 1, maximum: 100_000,
                          displayName: "Kijun period", help: "Bars of the base line (kijun-sen); also the displacement"),
            ParameterInfo("senkouperiod", kind: .integer, default: 52, minimum: 1, maximum: 100_000,
                          displayName: "Senkou B period", help: "Bars of the leading span B (senkou span B)"),
        ],
        outputs: [OutputInfo("tenkan", flags: ["Line"]), OutputInfo("kijun", flags: ["Line"]),
                  OutputInfo("senkoua", flags: ["Line"]), OutputInfo("senkoub", flags: ["Line"]),
                  OutputInfo("chikou", flags: ["Line"])],
        source: "Goichi Hosoda (Ichimoku Sanjin), Ichimoku Kinko Hyo, 1969"
    )

    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var tenkan: Double
        public var kijun: Double
        /// Leading span A as computed on this bar (drawn `kijunperiod` bars ahead).
        public var senkoua: Double
        /// Leading span B as computed on this bar (drawn `kijunperiod` bars ahead).
        public var senkoub: Double
        /// The close (drawn `kijunperiod` bars back).
        public var chikou: Double

        public static var componentCount: Int { 5 }
        public func component(_ index: Int) -> Double {
            switch index {
            case 0: tenkan
            case 1: kijun
            case 2: senkoua
            case 3: senkoub
            default: chikou
            }
        }
    }

    public struct Series: Sendable, Hashable {
        public var tenkan: [Double]
        public var kijun: [Double]
        public var senkoua: [Double]
        public var senkoub: [Double]
        public var chikou: [Double]
    }

    public let tenkanperiod: Int
    public let kijunperiod: Int
    public let senkouperiod: Int
    private var tenkanChannel: BeyondChannel
    private var kijunChannel: BeyondChannel
    private var senkouChannel: BeyondChannel
    private var seen = 0

    /// - Parameters: periods 1…100000 (Hosoda's 9, 26, 52 by default).
    public init(tenkanperiod: Int = 9, kijunperiod: Int = 26, senkouperiod: Int = 52) {
        for period in [tenkanperiod, kijunperiod, senkouperiod] {
            precondition((1...100_000).contains(period), "ICHIMOKU periods must be 1…100000")
        }
        self.tenkanperiod = tenkanperiod
        self.kijunperiod = kijunperiod
        self.senkouperiod = senkouperiod
        tenkanChannel = BeyondChannel(period: tenkanperiod)
        kijunChannel = BeyondChannel(period: kijunperiod)
        senkouChannel = BeyondChannel(period: senkouperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(tenkanperiod: parameters.int("tenkanperiod"), kijunperiod: parameters.int("kijunperiod"),
                  senkouperiod: parameters.int("senkouperiod"))
    }

    public var lookback: Int { max(tenkanperiod, kijunperiod, senkouperiod) - 1 }

    public mutating func update(_ bar: PriceBar) -> Value? {
        tenkanChannel.append(high: bar.high, low: bar.low)
        kijunChannel.append(high: bar.high, low: bar.low)
        senkouChannel.append(high: bar.high, low: bar.low)
        seen += 1
        guard seen > lookback else { return nil }
        let tenkan = tenkanChannel.midpoint
        let kijun = kijunChannel.midpoint
        return Value(tenkan: tenkan, kijun: kijun, senkoua: 0.5 * (tenkan + kijun),
                     senkoub: senkouChannel.midpoint, chikou: bar.close)
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Value? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `lookback` positions; every line undisplaced.
    public static func compute(
        high: [Double], low: [Double], close: [Double],
        tenkanperiod: Int = 9, kijunperiod: Int = 26, senkouperiod: Int = 52
    ) -> Series {
        let count = min(high.count, low.count, close.count)
        let out = columns(ICHIMOKU(tenkanperiod: tenkanperiod, kijunperiod: kijunperiod, senkouperiod: senkouperiod),
                          count: count) { PriceBar(high: high[$0], low: low[$0], close: close[$0]) }
        return Series(tenkan: out[0], kijun: out[1], senkoua: out[2], senkoub: out[3], chikou: out[4])
    }
}

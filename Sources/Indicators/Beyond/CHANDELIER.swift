/// Chandelier Exit, Charles (Chuck) LeBeau (popularised in Alexander Elder, "Come Into My Trading
/// Room", 2002): volatility trailing stops hung from the extreme of the trend. A long position
/// is exited below `longexit`, a short one above `shortexit`.
///
/// longexit = highest high of n bars − multiplier × ATR(n); shortexit = lowest low of n bars +
/// multiplier × ATR(n), with Wilder's ATR seeded as TA-Lib's (the mean of the first n true
/// ranges, from the second bar on), so the first value is at bar n (lookback `timeperiod`).
public struct CHANDELIER: CatalogIndicator {
    public static let functionName = "CHANDELIER"

    public static let info = FunctionInfo(
        name: functionName, group: "Volatility Indicators", displayName: "Chandelier Exit",
        inputs: [InputInfo("high", defaultColumn: "high"), InputInfo("low", defaultColumn: "low"),
                 InputInfo("close", defaultColumn: "close")],
        parameters: [
            ParameterInfo("timeperiod", kind: .integer, default: 22, minimum: 1, maximum: 100_000,
                          displayName: "Time Period", help: "Bars of the extreme and of the ATR"),
            ParameterInfo("multiplier", kind: .real, default: 3, minimum: 0, maximum: 1_000,
                          displayName: "Multiplier", help: "ATRs between the extreme and the exit"),
        ],
        outputs: [OutputInfo("longexit", flags: ["Values represent a lower limit"]),
                  OutputInfo("shortexit", flags: ["Values represent an upper limit"])],
        source: "Charles LeBeau, Chandelier Exit; in Alexander Elder, Come Into My Trading Room, 2002"
    )

    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var longexit: Double
        public var shortexit: Double

        public static var componentCount: Int { 2 }
        public func component(_ index: Int) -> Double { index == 0 ? longexit : shortexit }
    }

    public struct Series: Sendable, Hashable {
        public var longexit: [Double]
        public var shortexit: [Double]
    }

    public let timeperiod: Int
    public let multiplier: Double
    private var channel: BeyondChannel
    private var trueRange = TRANGE()
    private var averageRange: BeyondWilderAverage

    /// - Parameters:
    ///   - timeperiod: bars, 1…100000 (default 22, LeBeau's).
    ///   - multiplier: ATRs, 0…1000 (default 3).
    public init(timeperiod: Int = 22, multiplier: Double = 3) {
        precondition((1...100_000).contains(timeperiod), "CHANDELIER timeperiod must be 1…100000")
        precondition((0...1_000).contains(multiplier), "CHANDELIER multiplier must be 0…1000")
        self.timeperiod = timeperiod
        self.multiplier = multiplier
        channel = BeyondChannel(period: timeperiod)
        averageRange = BeyondWilderAverage(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"), multiplier: parameters.real("multiplier"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ bar: PriceBar) -> Value? {
        channel.append(high: bar.high, low: bar.low)
        guard let range = trueRange.update(high: bar.high, low: bar.low, close: bar.close),
              let atr = averageRange.update(range)
        else { return nil }
        return Value(longexit: channel.high - (atr * multiplier), shortexit: channel.low + (atr * multiplier))
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Value? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `timeperiod` positions.
    public static func compute(
        high: [Double], low: [Double], close: [Double], timeperiod: Int = 22, multiplier: Double = 3
    ) -> Series {
        let count = min(high.count, low.count, close.count)
        let out = columns(CHANDELIER(timeperiod: timeperiod, multiplier: multiplier), count: count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
        return Series(longexit: out[0], shortexit: out[1])
    }
}

/// Know Sure Thing, Martin J. Pring ("Summed Rate of Change (KST)", Technical Analysis of Stocks
/// & Commodities, 1992): momentum over four horizons in one line, weighted toward the longer
/// ones. Crossing its signal line or zero marks turns of the primary momentum.
///
/// kst = 100 × (SMA(roc₁) + 2 SMA(roc₂) + 3 SMA(roc₃) + 4 SMA(roc₄)), each roc the fractional
/// change over `rocperiod`ᵢ bars averaged over `smaperiod`ᵢ bars (Pring's daily 10/15/20/30 and
/// 10/10/10/15); signal = SMA(kst, `signalperiod`), Pring's 9. As the `ta` library computes it.
/// Lookback: maxᵢ(rocperiodᵢ + smaperiodᵢ − 1) + `signalperiod` − 1 (both lines start together).
public struct KST: CatalogIndicator {
    public static let functionName = "KST"

    public static let info = FunctionInfo(
        name: functionName, group: "Momentum Indicators", displayName: "Know Sure Thing",
        inputs: [InputInfo("real", defaultColumn: "close")],
        parameters: [10, 15, 20, 30].enumerated().map { index, value in
            ParameterInfo("rocperiod\(index + 1)", kind: .integer, default: Double(value), minimum: 1, maximum: 100_000,
                          displayName: "ROC period \(index + 1)", help: "Bars of rate of change \(index + 1)")
        } + [10, 10, 10, 15].enumerated().map { index, value in
            ParameterInfo("smaperiod\(index + 1)", kind: .integer, default: Double(value), minimum: 1, maximum: 100_000,
                          displayName: "SMA period \(index + 1)", help: "Bars averaging rate of change \(index + 1)")
        } + [
            ParameterInfo("signalperiod", kind: .integer, default: 9, minimum: 1, maximum: 100_000,
                          displayName: "Signal Period", help: "Bars of the signal line's SMA"),
        ],
        outputs: [OutputInfo("kst", flags: ["Line"]), OutputInfo("signal", flags: ["Dashed Line"])],
        source: "Martin J. Pring, Summed Rate of Change (KST), Technical Analysis of Stocks & Commodities, 1992"
    )

    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var kst: Double
        public var signal: Double

        public static var componentCount: Int { 2 }
        public func component(_ index: Int) -> Double { index == 0 ? kst : signal }
    }

    public struct Series: Sendable, Hashable {
        public var kst: [Double]
        public var signal: [Double]
    }

    public let rocperiods: [Int]
    public let smaperiods: [Int]
    public let signalperiod: Int
    private var closes: RingBuffer<Double>
    private var averages: [BeyondRollingSum]
    private var signalAverage: BeyondRollingSum
    private var seen = 0

    /// - Parameters: periods 1…100000 (Pring's daily KST by default).
    public init(
        rocperiod1: Int = 10, rocperiod2: Int = 15, rocperiod3: Int = 20, rocperiod4: Int = 30,
        smaperiod1: Int = 10, smaperiod2: Int = 10, smaperiod3: Int = 10, smaperiod4: Int = 15,
        signalperiod: Int = 9
    ) {
        rocperiods = [rocperiod1, rocperiod2, rocperiod3, rocperiod4]
        smaperiods = [smaperiod1, smaperiod2, smaperiod3, smaperiod4]
        for period in rocperiods + smaperiods + [signalperiod] {
            precondition((1...100_000).contains(period), "KST periods must be 1…100000")
        }
        self.signalperiod = signalperiod
        closes = RingBuffer(capacity: max(rocperiod1, rocperiod2, rocperiod3, rocperiod4) + 1)
        averages = smaperiods.map { BeyondRollingSum(capacity: $0) }
        signalAverage = BeyondRollingSum(capacity: signalperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(
            rocperiod1: parameters.int("rocperiod1"), rocperiod2: parameters.int("rocperiod2"),
            rocperiod3: parameters.int("rocperiod3"), rocperiod4: parameters.int("rocperiod4"),
            smaperiod1: parameters.int("smaperiod1"), smaperiod2: parameters.int("smaperiod2"),
            smaperiod3: parameters.int("smaperiod3"), smaperiod4: parameters.int("smaperiod4"),
            signalperiod: parameters.int("signalperiod"))
    }

    /// Bars before the rate-of-change averages are all defined.
    private var kstLookback: Int { zip(rocperiods, smaperiods).map { $0 + $1 - 1 }.max() ?? 0 }

    public var lookback: Int { kstLookback + signalperiod - 1 }

    public mutating func update(_ close: Double) -> Value? {
        closes.append(close)
        seen += 1
        for index in 0..<4 where closes.count > rocperiods[index] {
            let earlier = closes[age: rocperiods[index]]
            averages[index].append((close - earlier) / earlier)
        }
        guard seen > kstLookback else { return nil } // every average is full from here
        let kst = 100 * (averages[0].mean + 2 * averages[1].mean + 3 * averages[2].mean + 4 * averages[3].mean)
        signalAverage.append(kst)
        guard signalAverage.isFull else { return nil }
        return Value(kst: kst, signal: signalAverage.mean)
    }

    /// The batch form: NaN for the first `lookback` positions.
    public static func compute(
        _ real: [Double], rocperiod1: Int = 10, rocperiod2: Int = 15, rocperiod3: Int = 20, rocperiod4: Int = 30,
        smaperiod1: Int = 10, smaperiod2: Int = 10, smaperiod3: Int = 10, smaperiod4: Int = 15, signalperiod: Int = 9
    ) -> Series {
        let indicator = KST(
            rocperiod1: rocperiod1, rocperiod2: rocperiod2, rocperiod3: rocperiod3, rocperiod4: rocperiod4,
            smaperiod1: smaperiod1, smaperiod2: smaperiod2, smaperiod3: smaperiod3, smaperiod4: smaperiod4,
            signalperiod: signalperiod)
        let out = columns(indicator, count: real.count) { real[$0] }
        return Series(kst: out[0], signal: out[1])
    }
}

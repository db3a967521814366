/// Tillson's T3: six EMAs in cascade combined with weights set by the volume factor, a smooth
/// average with little lag (`vfactor` 0 gives a triple EMA, 1 a generalized DEMA of DEMAs).
///
/// TA-Lib's `T3` (lookback `6·(timeperiod − 1)`): each EMA is seeded with the mean of the first
/// `timeperiod` values of the one before, and the EMA steps and the final weighting use fused
/// multiply-adds where TA-Lib 0.8 does; a period of 1 copies the input.
public struct T3: CatalogIndicator {
    public static let functionName = "T3"

    public let timeperiod: Int
    public let vfactor: Double
    private let k: Double
    private let oneMinusK: Double
    private let c1, c2, c3, c4: Double
    private var stages = [Stage](repeating: Stage(), count: 6)

    /// One EMA of the cascade: sums its first `timeperiod` inputs, then smooths.
    private struct Stage: Sendable {
        var seen = 0
        var value = 0.0
    }

    /// - Parameters:
    ///   - timeperiod: the period of each EMA, 1…100000 (TA-Lib's range; default 5).
    ///   - vfactor: the volume factor, 0…1 (default 0.7).
    public init(timeperiod: Int = 5, vfactor: Double = 0.7) {
        precondition((1...100_000).contains(timeperiod), "T3 timeperiod must be 1…100000")
        precondition((0...1).contains(vfactor), "T3 vfactor must be 0…1")
        self.timeperiod = timeperiod
        self.vfactor = vfactor
        k = 2.0 / (Double(timeperiod) + 1.0)
        oneMinusK = 1.0 - k
        let square = vfactor * vfactor
        c1 = -(square * vfactor)
        c2 = 3.0 * (square - c1)
        c3 = -6.0 * square - 3.0 * (vfactor - c1)
        c4 = (1.0.addingProduct(3.0, vfactor) - c1).addingProduct(3.0, square)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"), vfactor: parameters.real("vfactor"))
    }

    public var lookback: Int { 6 * (timeperiod - 1) }

    public mutating func update(_ value: Double) -> Double? {
        guard timeperiod > 1 else { return value }
        var input = value
        for index in stages.indices {
            if stages[index].seen < timeperiod {
                stages[index].seen += 1
                stages[index].value += input
                guard stages[index].seen == timeperiod else { return nil }
                stages[index].value /= Double(timeperiod)
            } else {
                stages[index].value = (k * input).addingProduct(oneMinusK, stages[index].value)
            }
            input = stages[index].value
        }
        return (c2 * stages[4].value).addingProduct(c1, stages[5].value)
            .addingProduct(c3, stages[3].value).addingProduct(c4, stages[2].value)
    }

    /// The batch form: NaN for the first `6·(timeperiod − 1)` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 5, vfactor: Double = 0.7) -> [Double] {
        series(T3(timeperiod: timeperiod, vfactor: vfactor), count: real.count) { real[$0] }
    }
}

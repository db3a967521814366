/// Vertical horizontal filter: the window's high–low range over the sum of its absolute
/// one-bar changes; high values mean trending, low values ranging.
///
/// TA-Lib's `VHF` (lookback `timeperiod`): the extremes span the `timeperiod` newest values,
/// the changes reach one value further back; 0 for a flat window. As in TA-Lib, the window is
/// scanned afresh each bar (O(`timeperiod`)).
public struct VHF: CatalogIndicator {
    public static let functionName = "VHF"

    public let timeperiod: Int
    private var window: LaggedWindow

    /// - Parameter timeperiod: changes in the window, 2…100000 (default 28).
    public init(timeperiod: Int = 28) {
        precondition((2...100_000).contains(timeperiod), "VHF timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        window = LaggedWindow(lag: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ value: Double) -> Double? {
        guard let oldest = window.push(value) else { return nil }
        var highest = value
        var lowest = value
        var previous = oldest
        var path = 0.0
        for age in stride(from: timeperiod - 1, through: 0, by: -1) {
            let current = window.values[age: age]
            path += abs(current - previous)
            if current > highest { highest = current }
            if current < lowest { lowest = current }
            previous = current
        }
        return path > 0 ? (highest - lowest) / path : 0
    }

    /// The batch form: NaN for the first `timeperiod` values.
    public static func compute(_ real: [Double], timeperiod: Int = 28) -> [Double] {
        series(VHF(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}

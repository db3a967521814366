/// Percentile (nearest rank): the smallest value of the last `timeperiod` values with at least
/// `percentile` percent of the window at or below it (50: the median, rounded to a member).
///
/// TA-Lib's `PERCENTILE` (lookback `timeperiod − 1`): rank ⌈`percentile` × `timeperiod` / 100⌉,
/// clamped to 1…`timeperiod`, of the window in ascending order. The window is kept sorted, so a
/// bar costs a binary search and one shift of the sorted values.
public struct PERCENTILE: CatalogIndicator {
    public static let functionName = "PERCENTILE"

    public let timeperiod: Int
    public let percentile: Double
    private let rank: Int
    private var window: RingBuffer<Double>
    private var sorted: [Double] = []

    /// - Parameters:
    ///   - timeperiod: values in the window, 2…100000 (default 30).
    ///   - percentile: 0…100 (default 50).
    public init(timeperiod: Int = 30, percentile: Double = 50) {
        precondition((2...100_000).contains(timeperiod), "PERCENTILE timeperiod must be 2…100000")
        precondition((0...100).contains(percentile), "PERCENTILE percentile must be 0…100")
        self.timeperiod = timeperiod
        self.percentile = percentile
        let nearest = Int((percentile * Double(timeperiod) / 100).rounded(.up))
        self.rank = min(max(nearest, 1), timeperiod)
        self.window = RingBuffer(capacity: timeperiod)
        sorted.reserveCapacity(timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"), percentile: parameters.real("percentile"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        sorted.insert(value, at: Self.firstIndex(in: sorted) { value < $0 })
        window.append(value)
        guard window.isFull else { return nil }
        let result = sorted[rank - 1]
        let departing = window.oldest
        let position = Self.firstIndex(in: sorted) { !($0 < departing) }
        sorted.remove(at: position < sorted.count ? position : sorted.count - 1)
        return result
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30, percentile: Double = 50) -> [Double] {
        series(PERCENTILE(timeperiod: timeperiod, percentile: percentile), count: real.count) { real[$0] }
    }

    /// The first index of the sorted values where `isAfter` holds (all later ones hold it too).
    private static func firstIndex(in values: [Double], where isAfter: (Double) -> Bool) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(values[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

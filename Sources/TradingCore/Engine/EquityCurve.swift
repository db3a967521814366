/// Equity after every event, kept compactly (for reports; 16 bytes a point).
public struct EquityCurve: Sendable {
    /// Nanoseconds since the epoch.
    public private(set) var times: [Int64] = []
    public private(set) var values: [Double] = []
    /// Whether a position was open at each point (for exposure).
    public private(set) var exposed: [Bool] = []

    public init() {}

    public var count: Int { times.count }
    public var isEmpty: Bool { times.isEmpty }

    /// Appends a point; a point at the same time as the last replaces it.
    public mutating func record(_ time: Timestamp, equity: Double, exposed isExposed: Bool) {
        if let last = times.last, last == time.nanoseconds {
            values[values.count - 1] = equity
            exposed[exposed.count - 1] = isExposed
            return
        }
        times.append(time.nanoseconds)
        values.append(equity)
        exposed.append(isExposed)
    }

    public mutating func reserveCapacity(_ n: Int) {
        times.reserveCapacity(n)
        values.reserveCapacity(n)
        exposed.reserveCapacity(n)
    }
}

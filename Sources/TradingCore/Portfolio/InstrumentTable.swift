/// A map from instrument to value, tuned for the handful of instruments a bot trades: lookups
/// scan a short array comparing precomputed hashes instead of hashing on every event.
/// Entries keep insertion order, so iteration is deterministic.
public struct InstrumentTable<Value> {
    public private(set) var keys: [InstrumentID] = []
    public private(set) var values: [Value] = []

    public init() {}

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    func index(of id: InstrumentID) -> Int? {
        keys.firstIndex(of: id)
    }

    public subscript(id: InstrumentID) -> Value? {
        get { index(of: id).map { values[$0] } }
        set {
            if let index = index(of: id) {
                if let newValue {
                    values[index] = newValue
                } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(id)
                values.append(newValue)
            }
        }
    }

    /// Changes the value at `index` in place.
    mutating func modify(at index: Int, _ body: (inout Value) -> Void) {
        body(&values[index])
    }

    /// Changes the value for `id` in place, if there is one.
    mutating func modify(_ id: InstrumentID, _ body: (inout Value) -> Void) {
        if let index = index(of: id) { body(&values[index]) }
    }

    /// The entries as a dictionary.
    public var dictionary: [InstrumentID: Value] {
        Dictionary(uniqueKeysWithValues: zip(keys, values))
    }
}

extension InstrumentTable: Sendable where Value: Sendable {}

/// One bar's input to an indicator.
public protocol IndicatorInput: Sendable {
    /// Whether the bar carries a NaN: leading such bars are skipped by the batch form, as TA-Lib's
    /// Python wrapper skips them.
    var isMissing: Bool { get }

    /// Reads bar `index` from input columns named as in ``FunctionInfo/inputs``; nil when a
    /// column this input needs is absent.
    static func reader(names: [String], columns: [[Double]]) -> (@Sendable (Int) -> Self)?
}

/// One open-high-low-close-volume bar; indicators read only the fields they use.
public struct PriceBar: Sendable, Hashable {
    public var open: Double
    public var high: Double
    public var low: Double
    public var close: Double
    public var volume: Double

    public init(open: Double = 0, high: Double = 0, low: Double = 0, close: Double = 0, volume: Double = 0) {
        self.open = open
        self.high = high
        self.low = low
        self.close = close
        self.volume = volume
    }
}

/// Two values of the same bar from two series: `real0`/`real1` (BETA, CORREL, ADD),
/// `real`/`volume` (OBV), `real`/`periods` (MAVP).
public struct ValuePair: Sendable, Hashable {
    public var first: Double
    public var second: Double

    public init(_ first: Double, _ second: Double) {
        self.first = first
        self.second = second
    }
}

extension Double: IndicatorInput {
    @inlinable public var isMissing: Bool { isNaN }

    public static func reader(names: [String], columns: [[Double]]) -> (@Sendable (Int) -> Double)? {
        guard let series = columns.first else { return nil }
        return { series[$0] }
    }
}

extension PriceBar: IndicatorInput {
    @inlinable public var isMissing: Bool {
        open.isNaN || high.isNaN || low.isNaN || close.isNaN || volume.isNaN
    }

    /// Columns are matched by name: `open`, `high`, `low`, `close`, `volume`; absent fields stay 0.
    public static func reader(names: [String], columns: [[Double]]) -> (@Sendable (Int) -> PriceBar)? {
        func column(_ name: String) -> [Double]? { names.firstIndex(of: name).map { columns[$0] } }
        let open = column("open"), high = column("high"), low = column("low")
        let close = column("close"), volume = column("volume")
        return { index in
            PriceBar(
                open: open?[index] ?? 0, high: high?[index] ?? 0, low: low?[index] ?? 0,
                close: close?[index] ?? 0, volume: volume?[index] ?? 0
            )
        }
    }
}

extension ValuePair: IndicatorInput {
    @inlinable public var isMissing: Bool { first.isNaN || second.isNaN }

    public static func reader(names: [String], columns: [[Double]]) -> (@Sendable (Int) -> ValuePair)? {
        guard columns.count >= 2 else { return nil }
        let first = columns[0], second = columns[1]
        return { ValuePair(first[$0], second[$0]) }
    }
}

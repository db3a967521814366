/// One bar's input to an indicator.
public protocol IndicatorInput: Sendable {
    /// Whether the bar carries a NaN: leading such bars are skipped by the batch form, as TA-Lib's
    /// Python wrapper skips them.
    var isMissing: Bool { get }

    /// Reads bar `index` of a batch run's input columns.
    static func read(_ columns: InputColumns, at index: Int) -> Self
}

/// Bar-indexed access to the input series of one batch run through the catalog, valid only
/// during that run. Series are matched by name: a one-series input reads the first, a pair the
/// first two, a ``PriceBar`` the series named `open`, `high`, `low`, `close`, `volume` (absent
/// ones read as 0). A series absent from a one-series or pair input reads as NaN.
public struct InputColumns {
    @usableFromInline let first, second: UnsafePointer<Double>?
    @usableFromInline let open, high, low, close, volume: UnsafePointer<Double>?

    /// `series` in ``FunctionInfo/inputs`` order, all of one length.
    init(names: [String], series: [UnsafeBufferPointer<Double>]) {
        self.init(layout: Layout(names: names)) { series[$0].baseAddress }
    }

    /// Reads series `position` of a ``Layout`` through `series(position)`.
    @inline(__always)
    init(layout: Layout, series: (Int) -> UnsafePointer<Double>?) {
        @inline(__always) func at(_ position: Int) -> UnsafePointer<Double>? {
            position < 0 ? nil : series(position)
        }
        first = at(layout.first)
        second = at(layout.second)
        open = at(layout.open)
        high = at(layout.high)
        low = at(layout.low)
        close = at(layout.close)
        volume = at(layout.volume)
    }

    /// Which input position each field reads (−1: none), worked out once from the input names.
    struct Layout: Sendable {
        let first, second, open, high, low, close, volume: Int

        init(names: [String]) {
            func named(_ name: String) -> Int { names.firstIndex(of: name) ?? -1 }
            first = names.count > 0 ? 0 : -1
            second = names.count > 1 ? 1 : -1
            open = named("open")
            high = named("high")
            low = named("low")
            close = named("close")
            volume = named("volume")
        }
    }
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

    @inlinable public static func read(_ columns: InputColumns, at index: Int) -> Double { columns.first?[index] ?? .nan }
}

extension PriceBar: IndicatorInput {
    @inlinable public var isMissing: Bool {
        open.isNaN || high.isNaN || low.isNaN || close.isNaN || volume.isNaN
    }

    @inlinable public static func read(_ columns: InputColumns, at index: Int) -> PriceBar {
        @inline(__always) func value(_ series: UnsafePointer<Double>?) -> Double {
            guard let series else { return 0 }
            return series[index]
        }
        return PriceBar(
            open: value(columns.open), high: value(columns.high), low: value(columns.low),
            close: value(columns.close), volume: value(columns.volume))
    }
}

extension ValuePair: IndicatorInput {
    @inlinable public var isMissing: Bool { first.isNaN || second.isNaN }

    @inlinable public static func read(_ columns: InputColumns, at index: Int) -> ValuePair {
        let first: Double = columns.first?[index] ?? .nan
        let second: Double = columns.second?[index] ?? .nan
        return ValuePair(first, second)
    }
}

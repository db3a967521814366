/// An indicator updated one bar at a time: the streaming form every indicator here has.
///
/// `update` returns `nil` until `lookback` bars have been seen, then one output per bar. The
/// batch form (`compute`) of the same type runs this very code over an array, so the two agree
/// on every prefix by construction.
public protocol StreamingIndicator: Sendable {
    /// What one bar brings: a `Double`, a ``PriceBar`` or a ``ValuePair``.
    associatedtype Input: IndicatorInput
    /// What one bar gives: a `Double`, an `Int32` pattern signal, or a small struct of named values.
    associatedtype Output: IndicatorOutput

    /// Bars consumed before the first output (TA-Lib's lookback for the same parameters).
    var lookback: Int { get }

    /// Feeds the next bar; returns the output once `lookback` bars have gone before it.
    mutating func update(_ input: Input) -> Output?

    /// Notes a leading bar the batch form skipped because it held a NaN. Only indicators that
    /// count bars (MAXINDEX: indices from the first bar of the array) need to do anything.
    mutating func skip()
}

extension StreamingIndicator {
    public mutating func skip() {}
}

/// A streaming indicator listed in the function catalog, so it can be found by name, described,
/// and computed from named parameters (the CLI, the tests, and user code that picks indicators
/// at run time). Conform a type of your own and register it with ``IndicatorFunction/init(_:info:)``.
public protocol CatalogIndicator: StreamingIndicator {
    /// The catalog name, TA-Lib's where TA-Lib has the function (`"RSI"`, `"CDLDOJI"`).
    static var functionName: String { get }

    /// Creates the indicator from parameters already checked against the function's ranges.
    init(parameters: ParameterValues)
}

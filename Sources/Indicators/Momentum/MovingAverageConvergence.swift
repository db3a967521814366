/// The engine of MACD, MACDEXT and MACDFIX: the fast average minus the slow one, its signal
/// average, and their difference.
///
/// As in TA-Lib, both line averages are started so that their first values fall on the same
/// bar (the shorter one skips the bars it does not need), and the signal average runs over the
/// line from there.
struct MovingAverageConvergence<Average: StreamingIndicator>: Sendable
where Average.Input == Double, Average.Output == Double {
    let lookback: Int
    private var fast: LateStart<Average>
    private var slow: LateStart<Average>
    private var signal: Average

    init(fast: Average, slow: Average, signal: Average) {
        let line = max(fast.lookback, slow.lookback)
        lookback = line + signal.lookback
        self.fast = LateStart(fast, within: line)
        self.slow = LateStart(slow, within: line)
        self.signal = signal
    }

    @inline(__always)
    mutating func update(_ value: Double) -> MACD.Value? {
        let slowAverage = slow.update(value)
        guard let fastAverage = fast.update(value), let slowAverage else { return nil }
        let line = fastAverage - slowAverage
        guard let signalAverage = signal.update(line) else { return nil }
        return MACD.Value(macd: line, macdsignal: signalAverage, macdhist: line - signalAverage)
    }
}

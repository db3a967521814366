/// The running index behind NVI and PVI: starts at 1000 and compounds the close's percentage
/// change on the bars whose volume moved the chosen way, in TA-Lib's order
/// (`index += change / previousClose × index`). A zero previous close, or a step that would
/// overflow, leaves the index unchanged, as in TA-Lib.
struct VolumeIndex: Sendable {
    private let onRisingVolume: Bool
    private var index = 1000.0
    private var previous: PriceBar?

    init(onRisingVolume: Bool) {
        self.onRisingVolume = onRisingVolume
    }

    @inline(__always)
    mutating func update(_ bar: PriceBar) -> Double {
        if let previous, previous.close != 0,
            onRisingVolume ? bar.volume > previous.volume : bar.volume < previous.volume
        {
            var next = index
            next += (bar.close - previous.close) / previous.close * next
            if next.isFinite { index = next }
        }
        previous = bar
        return index
    }
}

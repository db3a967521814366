/// The highest high and the lowest low of the last `period` bars, found as TA-Lib 0.8 finds them
/// for MIDPOINT and MIDPRICE (van Herk–Gil-Werman): bars are cut into blocks of `period` from the
/// first bar; at a block's last bar the extremes are run backwards over the window, and each later
/// window of the next block combines them with extremes run forwards from that block's start. A
/// NaN is passed over except where a run starts on it, exactly as in TA-Lib. O(1) amortised.
struct OverlapBlockRange: Sendable {
    private let period: Int
    private var highs: RingBuffer<Double>
    private var lows: RingBuffer<Double>
    private var suffixHigh: [Double]
    private var suffixLow: [Double]
    private var prefixHigh = 0.0
    private var prefixLow = 0.0
    private var sinceBoundary: Int? // bars since the last block boundary; nil before the first

    init(period: Int) {
        self.period = period
        highs = RingBuffer(capacity: period)
        lows = RingBuffer(capacity: period)
        suffixHigh = Array(repeating: 0, count: period)
        suffixLow = Array(repeating: 0, count: period)
    }

    /// Adds the newest bar; returns the window's extremes once `period` bars are in.
    mutating func push(high: Double, low: Double) -> (highest: Double, lowest: Double)? {
        highs.append(high)
        lows.append(low)
        guard highs.isFull else { return nil }
        guard let offset = sinceBoundary, offset < period - 1 else {
            var highest = high, lowest = low
            suffixHigh[period - 1] = highest
            suffixLow[period - 1] = lowest
            for index in stride(from: period - 2, through: 0, by: -1) {
                let age = period - 1 - index
                let (h, l) = (highs[age: age], lows[age: age])
                if h > highest { highest = h }
                if l < lowest { lowest = l }
                suffixHigh[index] = highest
                suffixLow[index] = lowest
            }
            sinceBoundary = 0
            return (highest, lowest)
        }
        if offset == 0 {
            (prefixHigh, prefixLow) = (high, low)
        } else {
            if high > prefixHigh { prefixHigh = high }
            if low < prefixLow { prefixLow = low }
        }
        sinceBoundary = offset + 1
        let (tailHigh, tailLow) = (suffixHigh[offset + 1], suffixLow[offset + 1])
        return (prefixHigh > tailHigh ? prefixHigh : tailHigh, prefixLow < tailLow ? prefixLow : tailLow)
    }
}

/// Ehlers' instantaneous trendline as TA-Lib's HT_TRENDLINE and HT_TRENDMODE compute it: the
/// simple average of the raw prices over the dominant cycle's period (which cancels the cycle),
/// then a 4-bar weighted average of those averages, with TA-Lib's fused multiply-adds.
struct InstantaneousTrendline: Sendable {
    private var prices = RingBuffer<Double>(capacity: 50)
    private var average1 = 0.0
    private var average2 = 0.0
    private var average3 = 0.0

    /// Takes in every price, from the first bar.
    mutating func append(_ price: Double) {
        prices.append(price)
    }

    /// The trendline at the latest price, given the smoothed dominant cycle period.
    mutating func update(smoothPeriod: Double) -> Double {
        let bars = min(HilbertCycle.wholeBars(smoothPeriod), prices.count)
        var average = 0.0
        for age in 0..<bars { average += prices[age: age] }
        if bars > 0 { average = average / Double(bars) }
        let trendline = ((3.0 * average1).addingProduct(average, 4.0).addingProduct(average2, 2.0) + average3) / 10.0
        (average3, average2, average1) = (average2, average1, average)
        return trendline
    }
}

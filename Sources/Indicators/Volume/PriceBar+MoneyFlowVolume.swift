extension PriceBar {
    /// Chaikin's money flow volume: the volume weighted by where the close sits in the bar's
    /// range (+volume at the high, −volume at the low), 0 for a bar with no range. Written as
    /// TA-Lib's AD, ADOSC and CMF write it, so the three agree bit for bit.
    @inline(__always)
    var moneyFlowVolume: Double {
        let range = high - low
        guard range > 0 else { return 0 }
        return ((close - low) - (high - close)) / range * volume
    }
}

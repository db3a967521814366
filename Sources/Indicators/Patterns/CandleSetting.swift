/// What "long", "short", "near" and the like mean for candlestick patterns: a candle's range of
/// some kind compared with `factor` times its average over the `avgPeriod` candles before.
///
/// The values are TA-Lib's defaults (`TA_SetCandleSettings`), which every TA-Lib pattern uses.
public struct CandleSetting: Sendable, Hashable {
    /// Which range of a candle is measured.
    public enum RangeType: Sendable, Hashable {
        /// |close − open|
        case realBody
        /// high − low
        case highLow
        /// upper shadow + lower shadow (averaged per shadow)
        case shadows
    }

    public let rangeType: RangeType
    /// Candles averaged; 0 compares with the candle itself.
    public let avgPeriod: Int
    public let factor: Double

    public static let bodyLong = CandleSetting(rangeType: .realBody, avgPeriod: 10, factor: 1.0)
    public static let bodyVeryLong = CandleSetting(rangeType: .realBody, avgPeriod: 10, factor: 3.0)
    public static let bodyShort = CandleSetting(rangeType: .realBody, avgPeriod: 10, factor: 1.0)
    public static let bodyDoji = CandleSetting(rangeType: .highLow, avgPeriod: 10, factor: 0.1)
    public static let shadowLong = CandleSetting(rangeType: .realBody, avgPeriod: 0, factor: 1.0)
    public static let shadowVeryLong = CandleSetting(rangeType: .realBody, avgPeriod: 0, factor: 2.0)
    public static let shadowShort = CandleSetting(rangeType: .shadows, avgPeriod: 10, factor: 1.0)
    public static let shadowVeryShort = CandleSetting(rangeType: .highLow, avgPeriod: 10, factor: 0.1)
    public static let near = CandleSetting(rangeType: .highLow, avgPeriod: 5, factor: 0.2)
    public static let far = CandleSetting(rangeType: .highLow, avgPeriod: 5, factor: 0.6)
    public static let equal = CandleSetting(rangeType: .highLow, avgPeriod: 5, factor: 0.05)

    /// The measured range of one candle (TA_CANDLERANGE).
    @inline(__always)
    func range(_ bar: PriceBar) -> Double {
        switch rangeType {
        case .realBody: bar.realBody
        case .highLow: bar.highLowRange
        case .shadows: bar.upperShadow + bar.lowerShadow
        }
    }
}

extension PriceBar {
    @inline(__always) var realBody: Double { abs(close - open) }
    @inline(__always) var upperShadow: Double { high - (close >= open ? close : open) }
    @inline(__always) var lowerShadow: Double { (close >= open ? open : close) - low }
    @inline(__always) var highLowRange: Double { high - low }
    /// +1 white (close ≥ open), −1 black.
    @inline(__always) var color: Int { close >= open ? 1 : -1 }
    @inline(__always) var bodyTop: Double { max(open, close) }
    @inline(__always) var bodyBottom: Double { min(open, close) }
}

/// Body and candle gaps between an earlier candle and a later one (TA_REALBODYGAPUP and kin).
@inline(__always) func realBodyGapUp(_ later: PriceBar, _ earlier: PriceBar) -> Bool { later.bodyBottom > earlier.bodyTop }
@inline(__always) func realBodyGapDown(_ later: PriceBar, _ earlier: PriceBar) -> Bool { later.bodyTop < earlier.bodyBottom }
@inline(__always) func candleGapUp(_ later: PriceBar, _ earlier: PriceBar) -> Bool { later.low > earlier.high }
@inline(__always) func candleGapDown(_ later: PriceBar, _ earlier: PriceBar) -> Bool { later.high < earlier.low }

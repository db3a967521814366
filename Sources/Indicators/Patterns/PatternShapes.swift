// What families of candlestick patterns share: the candle averages they judge by, the candles
// they look back at, and the tests every member makes. Each pattern keeps its own rule (the
// colours, gaps and closes that tell the members apart) in its own file. Call order, once per bar:
// read the candles and averages while judging the current bar, then `push` that bar.

/// A body average and a shadow average of the current candle, for the one-candle patterns that
/// compare a candle's body with one and its shadows with the other (CDLMARUBOZU, CDLBELTHOLD,
/// CDLCLOSINGMARUBOZU, CDLLONGLINE, CDLSHORTLINE, CDLDRAGONFLYDOJI, CDLGRAVESTONEDOJI,
/// CDLLONGLEGGEDDOJI, CDLHIGHWAVE).
struct BodyAndShadowAverages: Sendable {
    let lookback: Int
    private var body: CandleAverage
    private var shadow: CandleAverage
    private var bars = 0

    init(body: CandleSetting, shadow: CandleSetting) {
        lookback = max(body.avgPeriod, shadow.avgPeriod)
        self.body = CandleAverage(body, lookback: lookback)
        self.shadow = CandleAverage(shadow, lookback: lookback)
    }

    /// The averages `bar` is judged against, once it is past the lookback.
    @inline(__always)
    func limits(for bar: PriceBar) -> (body: Double, shadow: Double)? {
        guard bars >= lookback else { return nil }
        return (body.average(of: bar), shadow.average(of: bar))
    }

    @inline(__always)
    mutating func push(_ bar: PriceBar) {
        body.push(bar)
        shadow.push(bar)
        bars += 1
    }
}

/// The hammer's shape — a short body, one long shadow, almost no other — and the candle before.
/// CDLHAMMER and CDLHANGINGMAN have the long shadow below and place the body "near" the previous
/// candle's low or high; CDLINVERTEDHAMMER and CDLSHOOTINGSTAR have it above and gap the body
/// down or up from the previous body.
struct HammerShape: Sendable {
    let lookback: Int
    private var body: CandleAverage
    private var shadowLong: CandleAverage
    private var shadowVeryShort: CandleAverage
    private var nearAverage: CandleAverage?
    private var last: PriceBar?
    private var bars = 0

    /// - Parameter judgedByNear: whether the previous candle is judged with the "near" setting
    ///   (the hammer and the hanging man).
    init(judgedByNear: Bool) {
        var lookback = max(
            CandleSetting.bodyShort.avgPeriod, CandleSetting.shadowLong.avgPeriod,
            CandleSetting.shadowVeryShort.avgPeriod)
        if judgedByNear { lookback = max(lookback, CandleSetting.near.avgPeriod) }
        lookback += 1
        self.lookback = lookback
        body = CandleAverage(.bodyShort, lookback: lookback)
        shadowLong = CandleAverage(.shadowLong, lookback: lookback)
        shadowVeryShort = CandleAverage(.shadowVeryShort, lookback: lookback)
        nearAverage = judgedByNear ? CandleAverage(.near, offset: 1, lookback: lookback) : nil
    }

    /// The candle before the one judged, once that one is past the lookback.
    @inline(__always)
    var previous: PriceBar? { bars >= lookback ? last : nil }

    /// A short body with a long lower shadow and a very short upper one.
    @inline(__always)
    func isHammer(_ bar: PriceBar) -> Bool {
        bar.realBody < body.average(of: bar) && bar.lowerShadow > shadowLong.average(of: bar)
            && bar.upperShadow < shadowVeryShort.average(of: bar)
    }

    /// A short body with a long upper shadow and a very short lower one.
    @inline(__always)
    func isInvertedHammer(_ bar: PriceBar) -> Bool {
        bar.realBody < body.average(of: bar) && bar.upperShadow > shadowLong.average(of: bar)
            && bar.lowerShadow < shadowVeryShort.average(of: bar)
    }

    /// "Near", measured on the previous candle (only when judged by it).
    @inline(__always)
    func near(_ previous: PriceBar) -> Double { nearAverage!.average(of: previous) }

    @inline(__always)
    mutating func push(_ bar: PriceBar) {
        body.push(bar)
        shadowLong.push(bar)
        shadowVeryShort.push(bar)
        nearAverage?.push(bar)
        last = bar
        bars += 1
    }
}

/// A long candle followed by a small body (a doji or a short body): CDLDOJISTAR and
/// CDLHARAMICROSS (a doji), CDLHARAMI and CDLHOMINGPIGEON (a short body).
struct LongThenSmallBody: Sendable {
    let lookback: Int
    private var bodyLong: CandleAverage
    private var small: CandleAverage
    private var last: PriceBar?
    private var bars = 0

    /// - Parameter small: the setting the second body must not exceed (`.bodyDoji`, `.bodyShort`).
    init(small: CandleSetting) {
        lookback = max(small.avgPeriod, CandleSetting.bodyLong.avgPeriod) + 1
        bodyLong = CandleAverage(.bodyLong, offset: 1, lookback: lookback)
        self.small = CandleAverage(small, lookback: lookback)
    }

    /// The first candle, once the second (the one judged) is past the lookback.
    @inline(__always)
    var first: PriceBar? { bars >= lookback ? last : nil }

    /// Whether `first` has a long body and `second` a small one.
    @inline(__always)
    func hasBodies(_ first: PriceBar, _ second: PriceBar) -> Bool {
        first.realBody > bodyLong.average(of: first) && second.realBody <= small.average(of: second)
    }

    @inline(__always)
    mutating func push(_ bar: PriceBar) {
        bodyLong.push(bar)
        small.push(bar)
        last = bar
        bars += 1
    }
}

/// A long black candle, then a white one opening below its low: CDLONNECK, CDLINNECK and
/// CDLTHRUSTING, which differ only in where the white candle closes.
struct NeckShape: Sendable {
    let lookback: Int
    private var bodyLong: CandleAverage
    private var equalAverage: CandleAverage
    private var last: PriceBar?
    private var bars = 0

    init() {
        lookback = max(CandleSetting.equal.avgPeriod, CandleSetting.bodyLong.avgPeriod) + 1
        bodyLong = CandleAverage(.bodyLong, offset: 1, lookback: lookback)
        equalAverage = CandleAverage(.equal, offset: 1, lookback: lookback)
    }

    /// The black candle, once the white one (the one judged) is past the lookback.
    @inline(__always)
    var first: PriceBar? { bars >= lookback ? last : nil }

    /// Whether `first` is long and black, and `bar` white and opening below `first`'s low.
    @inline(__always)
    func opensBelow(_ first: PriceBar, _ bar: PriceBar) -> Bool {
        first.color == -1 && first.realBody > bodyLong.average(of: first) && bar.color == 1
            && bar.open < first.low
    }

    /// "Equal", measured on the first candle.
    @inline(__always)
    func equal(_ first: PriceBar) -> Double { equalAverage.average(of: first) }

    @inline(__always)
    mutating func push(_ bar: PriceBar) {
        bodyLong.push(bar)
        equalAverage.push(bar)
        last = bar
        bars += 1
    }
}

/// A long candle, a small star body, then a candle longer than short: CDLMORNINGSTAR and
/// CDLEVENINGSTAR (a short star), CDLMORNINGDOJISTAR, CDLEVENINGDOJISTAR and CDLABANDONEDBABY
/// (a doji star). The morning and evening rules are the same for either star; the abandoned baby
/// has its own gaps.
struct StarShape: Sendable {
    let lookback: Int
    private var bodyLong: CandleAverage
    private var starBody: CandleAverage
    private var bodyShort: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    /// - Parameter star: the setting the star's body must not exceed (`.bodyShort`, `.bodyDoji`).
    init(star: CandleSetting) {
        lookback = max(star.avgPeriod, CandleSetting.bodyLong.avgPeriod, CandleSetting.bodyShort.avgPeriod) + 2
        bodyLong = CandleAverage(.bodyLong, offset: 2, lookback: lookback)
        starBody = CandleAverage(star, offset: 1, lookback: lookback)
        bodyShort = CandleAverage(.bodyShort, lookback: lookback)
    }

    /// The first candle and the star, once the third (the one judged) is past the lookback.
    @inline(__always)
    var firstAndStar: (first: PriceBar, star: PriceBar)? {
        bars >= lookback ? (recent[age: 1], recent[age: 0]) : nil
    }

    /// Whether `first` has a long body, `star` a small one and `third` one longer than short.
    @inline(__always)
    func hasBodies(_ first: PriceBar, _ star: PriceBar, _ third: PriceBar) -> Bool {
        first.realBody > bodyLong.average(of: first) && star.realBody <= starBody.average(of: star)
            && third.realBody > bodyShort.average(of: third)
    }

    /// A morning star: a long black candle, a star whose body gaps down, then a white candle
    /// closing above the first close by `penetration` of the first body.
    @inline(__always)
    func isMorningStar(_ first: PriceBar, _ star: PriceBar, _ third: PriceBar, penetration: Double) -> Bool {
        hasBodies(first, star, third) && first.color == -1 && realBodyGapDown(star, first)
            && third.color == 1 && third.close > first.close + first.realBody * penetration
    }

    /// An evening star: a long white candle, a star whose body gaps up, then a black candle
    /// closing below the first close by `penetration` of the first body.
    @inline(__always)
    func isEveningStar(_ first: PriceBar, _ star: PriceBar, _ third: PriceBar, penetration: Double) -> Bool {
        hasBodies(first, star, third) && first.color == 1 && realBodyGapUp(star, first)
            && third.color == -1 && third.close < first.close - first.realBody * penetration
    }

    @inline(__always)
    mutating func push(_ bar: PriceBar) {
        bodyLong.push(bar)
        starBody.push(bar)
        bodyShort.push(bar)
        recent.append(bar)
        bars += 1
    }
}

extension IndicatorCatalog {
    static let statisticAndCycle: [IndicatorFunction] = [
        .talib(VAR.self),
        .talib(STDDEV.self),
        .talib(AVGDEV.self),
        .talib(BETA.self),
        .talib(CORREL.self),
        .talib(LINEARREG.self),
        .talib(LINEARREG_ANGLE.self),
        .talib(LINEARREG_INTERCEPT.self),
        .talib(LINEARREG_SLOPE.self),
        .talib(TSF.self),
        .talib(PERCENTILE.self),
        .talib(PERCENTRANK.self),
        .talib(HT_DCPERIOD.self),
        .talib(HT_DCPHASE.self),
        .talib(HT_PHASOR.self),
        .talib(HT_SINE.self),
        .talib(HT_TRENDMODE.self),
        .talib(HT_TRENDLINE.self),
    ]
}

extension IndicatorCatalog {
    static let overlapStudies: [IndicatorFunction] = [
        .talib(SMA.self),
        .talib(EMA.self),
        .talib(WMA.self),
        .talib(DEMA.self),
        .talib(TEMA.self),
        .talib(TRIMA.self),
        .talib(KAMA.self),
        .talib(MAMA.self),
        .talib(T3.self),
        .talib(MA.self),
        .talib(BBANDS.self),
        .talib(MAVP.self),
        .talib(MIDPOINT.self),
        .talib(MIDPRICE.self),
        .talib(SAR.self),
        .talib(SAREXT.self),
        .talib(ACCBANDS.self),
    ]
}

extension IndicatorCatalog {
    static let patternsSecondHalf: [IndicatorFunction] = [
        .talib(CDLHAMMER.self),
    ]
}

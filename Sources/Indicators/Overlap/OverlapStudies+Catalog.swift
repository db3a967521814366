extension IndicatorCatalog {
    static let overlapStudies: [IndicatorFunction] = [
        .talib(SMA.self),
    ]
}

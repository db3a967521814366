extension IndicatorCatalog {
    static let statisticAndCycle: [IndicatorFunction] = []
}

extension IndicatorCatalog {
    static let patternsFirstHalf: [IndicatorFunction] = []
}

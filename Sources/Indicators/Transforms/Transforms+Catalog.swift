extension IndicatorCatalog {
    static let transforms: [IndicatorFunction] = []
}

extension IndicatorCatalog {
    static let momentumWilder: [IndicatorFunction] = []
}

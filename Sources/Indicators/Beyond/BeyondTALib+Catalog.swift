extension IndicatorCatalog {
    static let beyondTALib: [IndicatorFunction] = []
}

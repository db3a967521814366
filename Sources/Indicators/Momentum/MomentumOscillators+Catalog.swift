extension IndicatorCatalog {
    static let momentumOscillators: [IndicatorFunction] = []
}

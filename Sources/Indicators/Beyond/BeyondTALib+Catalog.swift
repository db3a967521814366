extension IndicatorCatalog {
    /// Indicators TA-Lib 0.8 lacks, each with its defining source in its `info`.
    static let beyondTALib: [IndicatorFunction] = [
        IndicatorFunction(ICHIMOKU.self, info: ICHIMOKU.info),
    ]
}

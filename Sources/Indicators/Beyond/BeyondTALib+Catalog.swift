extension IndicatorCatalog {
    /// Indicators TA-Lib 0.8 lacks, each with its defining source in its `info`.
    static let beyondTALib: [IndicatorFunction] = [
        IndicatorFunction(ICHIMOKU.self, info: ICHIMOKU.info),
        IndicatorFunction(PIVOTS.self, info: PIVOTS.info),
        IndicatorFunction(AVWAP.self, info: AVWAP.info),
        IndicatorFunction(CHOP.self, info: CHOP.info),
        IndicatorFunction(ULCER.self, info: ULCER.info),
        IndicatorFunction(FISHER.self, info: FISHER.info),
        IndicatorFunction(CHANDELIER.self, info: CHANDELIER.info),
        IndicatorFunction(CONNORSRSI.self, info: CONNORSRSI.info),
        IndicatorFunction(SQUEEZE.self, info: SQUEEZE.info),
        IndicatorFunction(ALLIGATOR.self, info: ALLIGATOR.info),
        IndicatorFunction(STC.self, info: STC.info),
        IndicatorFunction(KST.self, info: KST.info),
        IndicatorFunction(VIDYA.self, info: VIDYA.info),
    ]
}

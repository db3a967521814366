extension IndicatorCatalog {
    static let momentumOscillators: [IndicatorFunction] = [
        .talib(AD.self),
        .talib(ADOSC.self),
        .talib(OBV.self),
        .talib(NVI.self),
        .talib(PVI.self),
        .talib(PVT.self),
        .talib(CMF.self),
        .talib(EFI.self),
        .talib(MARKETFI.self),
        .talib(RVOL.self),
        .talib(VWAP.self),
        .talib(AO.self),
        .talib(AC.self),
        .talib(DPO.self),
        .talib(FOSC.self),
    ]
}

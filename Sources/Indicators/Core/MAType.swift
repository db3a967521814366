/// TA-Lib's moving-average types, by the numbers its `matype` parameters take (TA-Lib 0.8: 0–13).
public enum MAType: Int, Sendable, Hashable, CaseIterable, Codable {
    case sma = 0, ema, wma, dema, tema, trima, kama, mama, t3
    /// Hull moving average.
    case hma
    /// No averaging: the input passes through.
    case disabled
    /// The average the function itself defaults to (SMA for MA and STOCH, EMA for APO, RMA for KDJ).
    case functionDefault
    /// Zero-lag EMA.
    case zlema
    /// Wilder's smoothing (running moving average).
    case rma

    /// TA-Lib's name for this type.
    public var name: String {
        switch self {
        case .sma: "SMA"
        case .ema: "EMA"
        case .wma: "WMA"
        case .dema: "DEMA"
        case .tema: "TEMA"
        case .trima: "TRIMA"
        case .kama: "KAMA"
        case .mama: "MAMA"
        case .t3: "T3"
        case .hma: "HMA"
        case .disabled: "DISABLED"
        case .functionDefault: "DEFAULT"
        case .zlema: "ZLEMA"
        case .rma: "RMA"
        }
    }
}

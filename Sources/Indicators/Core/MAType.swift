/// TA-Lib's moving-average types, by the numbers its `matype` parameters take.
public enum MAType: Int, Sendable, Hashable, CaseIterable, Codable {
    case sma = 0, ema, wma, dema, tema, trima, kama, mama, t3

    /// TA-Lib's function name for this average.
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
        }
    }
}

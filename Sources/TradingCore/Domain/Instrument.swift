/// Identifies an instrument: its symbol on a venue (`BTCUSDT.BINANCE`, `BTC.HYPERLIQUID`).
///
/// Stored as one string so that most ids fit Swift's 15-byte small-string form: copying one
/// allocates nothing and comparing two is a 16-byte compare (the engine does both per event).
public struct InstrumentID: Sendable, Hashable, Codable, CustomStringConvertible {
    /// `symbol` + U+001F + `venue`.
    @usableFromInline let key: String
    private static let separator: Character = "\u{1F}"

    public init(_ symbol: String, venue: String) {
        key = symbol + String(Self.separator) + venue
    }

    public var symbol: String { String(key[..<key.firstIndex(of: Self.separator)!]) }
    public var venue: String { String(key[key.index(after: key.firstIndex(of: Self.separator)!)...]) }

    /// `SYMBOL.VENUE`.
    public var description: String { "\(symbol).\(venue)" }

    private enum CodingKeys: String, CodingKey { case symbol, venue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(String.self, forKey: .symbol), venue: try container.decode(String.self, forKey: .venue))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(symbol, forKey: .symbol)
        try container.encode(venue, forKey: .venue)
    }
}

/// What is traded: spot pairs, perpetual futures, or shares of a binary outcome.
public enum InstrumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case spot
    case perpetual
    /// A share paying 1 if the outcome happens, priced between 0 and 1 (Polymarket).
    case binaryOutcome = "binary_outcome"
}

/// A tradable instrument with the venue's rules for prices, sizes and margin.
public struct Instrument: Sendable, Hashable, Codable {
    public var id: InstrumentID
    public var kind: InstrumentKind
    public var baseAsset: String
    public var quoteAsset: String
    /// Smallest price increment.
    public var tickSize: Price
    /// Smallest size increment.
    public var lotSize: Quantity
    /// Smallest accepted order size.
    public var minQuantity: Quantity
    /// Highest leverage the venue allows (1 for spot and binary outcomes).
    public var maxLeverage: Int
    /// Maintenance margin as a fraction of notional; below it a position is liquidated.
    public var maintenanceMarginRate: FixedDecimal

    public init(
        id: InstrumentID,
        kind: InstrumentKind,
        baseAsset: String,
        quoteAsset: String,
        tickSize: Price,
        lotSize: Quantity,
        minQuantity: Quantity? = nil,
        maxLeverage: Int = 1,
        maintenanceMarginRate: FixedDecimal = 0
    ) {
        precondition(tickSize > 0 && lotSize > 0, "tick and lot sizes must be positive")
        self.id = id
        self.kind = kind
        self.baseAsset = baseAsset
        self.quoteAsset = quoteAsset
        self.tickSize = tickSize
        self.lotSize = lotSize
        self.minQuantity = minQuantity ?? lotSize
        self.maxLeverage = kind == .perpetual ? max(1, maxLeverage) : 1
        self.maintenanceMarginRate = maintenanceMarginRate
    }

    /// Whether a position may be short (perpetuals only; spot and outcome shares are bought and sold).
    public var allowsShort: Bool { kind == .perpetual }

    /// A perpetual with the finest prices and sizes this type holds: for backtests on data whose
    /// venue rules are not known, so sizes follow the strategy's arithmetic exactly.
    public static func perpetual(_ symbol: String, venue: String = "BACKTEST", maxLeverage: Int = 100,
                                 maintenanceMarginRate: FixedDecimal = 0.005) -> Instrument {
        let (base, quote) = splitPair(symbol)
        return Instrument(
            id: InstrumentID(symbol, venue: venue), kind: .perpetual, baseAsset: base, quoteAsset: quote,
            tickSize: FixedDecimal(raw: 1), lotSize: FixedDecimal(raw: 1),
            maxLeverage: maxLeverage, maintenanceMarginRate: maintenanceMarginRate)
    }

    /// A spot pair with the finest prices and sizes this type holds.
    public static func spot(_ symbol: String, venue: String = "BACKTEST") -> Instrument {
        let (base, quote) = splitPair(symbol)
        return Instrument(
            id: InstrumentID(symbol, venue: venue), kind: .spot, baseAsset: base, quoteAsset: quote,
            tickSize: FixedDecimal(raw: 1), lotSize: FixedDecimal(raw: 1))
    }

    /// `BTCUSDT` → (BTC, USDT); `BTC-USD` → (BTC, USD); otherwise the symbol and USD.
    static func splitPair(_ symbol: String) -> (String, String) {
        for separator in ["-", "/", "_"] {
            let parts = symbol.split(separator: Character(separator), maxSplits: 1)
            if parts.count == 2 { return (String(parts[0]), String(parts[1])) }
        }
        for quote in ["USDT", "USDC", "FDUSD", "BUSD", "USD", "BTC", "ETH"] where symbol.hasSuffix(quote) && symbol.count > quote.count {
            return (String(symbol.dropLast(quote.count)), quote)
        }
        return (symbol, "USD")
    }
}

/// Funding charged on perpetual positions at a constant rate, every `interval` (UTC-aligned),
/// when the data carries no funding rates of its own.
public struct FundingSchedule: Sendable, Hashable {
    public var rate: FixedDecimal
    public var interval: Timeframe

    public init(rate: FixedDecimal, every interval: Timeframe) {
        self.rate = rate
        self.interval = interval
    }
}

/// The paper venue's rules: fees, slippage, latency, leverage and funding.
public struct PaperVenueConfiguration: Sendable {
    /// The venue name orders and fills carry.
    public var name: String
    /// Fee rate for fills that rested on the book (0.0002 = 2 bps; negative is a rebate).
    public var makerFee: FixedDecimal
    /// Fee rate for fills that took liquidity.
    public var takerFee: FixedDecimal
    public var slippage: any SlippageModel
    public var latency: any LatencyModel
    /// Leverage of new perpetual positions until `setLeverage`.
    public var defaultLeverage: Int
    public var funding: FundingSchedule?

    public init(name: String = "PAPER", makerFee: FixedDecimal = 0.0002, takerFee: FixedDecimal = 0.0005,
                slippage: any SlippageModel = NoSlippage(), latency: any LatencyModel = FixedLatency(),
                defaultLeverage: Int = 1, funding: FundingSchedule? = nil) {
        self.name = name
        self.makerFee = makerFee
        self.takerFee = takerFee
        self.slippage = slippage
        self.latency = latency
        self.defaultLeverage = defaultLeverage
        self.funding = funding
    }

    /// A fee rate given in basis points (5 → 0.0005).
    public static func bps(_ basisPoints: FixedDecimal) -> FixedDecimal { basisPoints / 10_000 }
}

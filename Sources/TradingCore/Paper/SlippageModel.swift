/// How much worse than the observed price a taker fill (market, triggered stop) executes.
public protocol SlippageModel: Sendable {
    /// The price a taker `side` order of `quantity` gets when the market trades at `price`.
    func fillPrice(side: OrderSide, price: Price, quantity: Quantity, instrument: Instrument) -> Price
}

/// Fills exactly at the observed price.
public struct NoSlippage: SlippageModel {
    public init() {}
    public func fillPrice(side: OrderSide, price: Price, quantity: Quantity, instrument: Instrument) -> Price { price }
}

/// A fixed fraction worse (basis points), rounded outward to the tick: buys pay more, sells get less.
public struct BasisPointSlippage: SlippageModel {
    public var basisPoints: FixedDecimal

    public init(basisPoints: FixedDecimal) { self.basisPoints = basisPoints }

    public func fillPrice(side: OrderSide, price: Price, quantity: Quantity, instrument: Instrument) -> Price {
        let offset = price * basisPoints / 10_000
        return side == .buy
            ? (price + offset).rounded(toMultipleOf: instrument.tickSize, .up)
            : (price - offset).rounded(toMultipleOf: instrument.tickSize, .down)
    }
}

/// A fixed number of ticks worse.
public struct TickSlippage: SlippageModel {
    public var ticks: Int

    public init(ticks: Int) { self.ticks = ticks }

    public func fillPrice(side: OrderSide, price: Price, quantity: Quantity, instrument: Instrument) -> Price {
        let offset = instrument.tickSize * ticks
        return side == .buy ? price + offset : max(price - offset, instrument.tickSize)
    }
}

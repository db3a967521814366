/// A round trip just closed by a fill: everything its `TradeRecord` needs but the bot's names.
public struct RoundTrip: Sendable, Hashable {
    public var instrument: InstrumentID
    public var side: PositionSide
    public var openedAt: Timestamp
    public var closedAt: Timestamp
    public var entryPrice: Price
    public var exitPrice: Price
    public var quantity: Quantity
    public var leverage: Int
    /// Price P&L before fees and funding.
    public var grossPnL: Money
    public var fees: Money
    public var funding: Money

    /// Net P&L: gross − fees + funding.
    public var netPnL: Money { grossPnL - fees + funding }
}

/// What a fill did to the portfolio.
public struct FillEffect: Sendable, Hashable {
    /// The round trip the fill closed, if it brought a position to flat (or through it).
    public var closed: RoundTrip?
    /// Whether the fill opened a position or added to one.
    public var increasedExposure: Bool
}

/// A single-currency margin account: cash balance, positions and the last mark of each
/// instrument. Equity is balance plus unrealised P&L; spot holdings are 1× long positions.
public struct Portfolio: Sendable {
    public let initialCapital: Money
    /// Cash: capital + realised P&L − fees + funding.
    public private(set) var balance: Money
    /// Open positions, in the order they were opened.
    public private(set) var openPositions = InstrumentTable<Position>()
    /// Last known price per instrument.
    public private(set) var lastPrices = InstrumentTable<Price>()
    /// All-time totals.
    public private(set) var realizedPnL: Money = 0
    public private(set) var fees: Money = 0
    public private(set) var funding: Money = 0

    public init(initialCapital: Money) {
        self.initialCapital = initialCapital
        self.balance = initialCapital
    }

    /// Open positions by instrument.
    public var positions: [InstrumentID: Position] { openPositions.dictionary }
    /// Last known prices by instrument.
    public var marks: [InstrumentID: Price] { lastPrices.dictionary }
    /// Whether any position is open.
    public var hasPositions: Bool { !openPositions.isEmpty }

    /// The open position in `instrument`, if any.
    public func position(_ instrument: InstrumentID) -> Position? { openPositions[instrument] }

    /// The last known price of `instrument`.
    public func mark(of instrument: InstrumentID) -> Price? { lastPrices[instrument] }

    /// Balance plus the unrealised P&L of every open position at its last mark.
    @inlinable public var equity: Money { balance + unrealizedPnL }

    /// P&L of the open positions at their last marks. Kept as a running total (exact: sums of
    /// fixed decimals do not round), so equity costs nothing per event.
    public private(set) var unrealizedPnL: Money = 0

    /// Isolated margin held by open positions.
    public var marginUsed: Money {
        var total: Money = 0
        for position in openPositions.values { total += position.margin }
        return total
    }

    /// Equity not committed as margin.
    public var freeMargin: Money { equity - marginUsed }

    /// Records the latest price of an instrument.
    public mutating func mark(_ instrument: InstrumentID, at price: Price) {
        lastPrices[instrument] = price
        guard let index = openPositions.index(of: instrument) else { return }
        let before = openPositions.values[index].unrealized
        openPositions.modify(at: index) { $0.mark(at: price) }
        unrealizedPnL += openPositions.values[index].unrealized - before
    }

    /// Books a funding payment (positive: received) on the position in `instrument`.
    public mutating func applyFunding(_ amount: Money, to instrument: InstrumentID) {
        balance += amount
        funding += amount
        openPositions.modify(instrument) { $0.funding += amount }
    }

    /// Applies a fill at `leverage` (used when it opens a position): moves the position and
    /// the balance, and returns the round trip it closed, if any. A fill larger than an
    /// opposite position closes it and opens the other way with the rest.
    @discardableResult
    public mutating func apply(_ fill: Fill, leverage: Int) -> FillEffect {
        let id = fill.instrument
        let direction = FixedDecimal(fill.side.sign)
        var position = openPositions[id] ?? Position(instrument: id, leverage: leverage, openedAt: fill.timestamp)
        unrealizedPnL -= position.unrealized
        var closed: RoundTrip?
        var increased = false
        balance -= fill.fee
        fees += fill.fee
        if lastPrices[id] == nil { lastPrices[id] = fill.price }

        if position.quantity.isZero || position.quantity.signum == fill.side.sign {
            position.add(fill.quantity, at: fill.price, fee: fill.fee, direction: direction)
            increased = true
        } else {
            let closing = min(fill.quantity, position.size)
            let closingFee = closing == fill.quantity ? fill.fee : (fill.fee * closing / fill.quantity)
            let gross = closing * (fill.price - position.entryPrice) * FixedDecimal(position.quantity.signum)
            position.realizedPnL += gross
            position.fees += closingFee
            position.exitPrice = position.exitedQuantity.isZero
                ? fill.price : (position.exitPrice * position.exitedQuantity + fill.price * closing) / (position.exitedQuantity + closing)
            position.exitedQuantity += closing
            position.quantity += direction * closing
            balance += gross
            realizedPnL += gross
            if position.quantity.isZero {
                closed = position.roundTrip(closedAt: fill.timestamp)
                let rest = fill.quantity - closing
                position = Position(instrument: id, leverage: leverage, openedAt: fill.timestamp)
                if rest > 0 {
                    position.add(rest, at: fill.price, fee: fill.fee - closingFee, direction: direction)
                    increased = true
                }
            }
        }
        if position.quantity.isZero {
            openPositions[id] = nil
        } else {
            position.mark(at: lastPrices[id] ?? fill.price)
            unrealizedPnL += position.unrealized
            openPositions[id] = position
        }
        return FillEffect(closed: closed, increasedExposure: increased)
    }

    /// Rebuilds a portfolio from journaled fills and funding, in their original order.
    public static func replaying(initialCapital: Money, events: [JournalLedgerEntry]) -> Portfolio {
        var portfolio = Portfolio(initialCapital: initialCapital)
        for event in events {
            switch event {
            case .fill(let fill, let leverage):
                portfolio.apply(fill, leverage: leverage)
                portfolio.mark(fill.instrument, at: fill.price) // until market data brings a newer price
            case .funding(let instrument, let amount, _): portfolio.applyFunding(amount, to: instrument)
            }
        }
        return portfolio
    }
}

/// A fill or a funding payment as the journal replays them into a portfolio.
public enum JournalLedgerEntry: Sendable, Hashable {
    case fill(Fill, leverage: Int)
    case funding(InstrumentID, amount: Money, at: Timestamp)
}

extension Position {
    mutating func add(_ size: Quantity, at price: Price, fee: Money, direction: FixedDecimal) {
        if quantity.isZero { tripSide = direction.isPositive ? .long : .short }
        let newSize = self.size + size
        entryPrice = quantity.isZero ? price : (entryPrice * self.size + price * size) / newSize
        quantity += direction * size
        fees += fee
        enteredQuantity += size
    }

    func roundTrip(closedAt: Timestamp) -> RoundTrip {
        RoundTrip(
            instrument: instrument,
            side: tripSide,
            openedAt: openedAt, closedAt: closedAt,
            entryPrice: entryPrice,
            exitPrice: exitPrice,
            quantity: enteredQuantity, leverage: leverage,
            grossPnL: realizedPnL, fees: fees, funding: funding)
    }
}

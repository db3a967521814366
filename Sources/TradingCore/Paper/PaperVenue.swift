/// A simulated venue that fills orders against market data, deterministically.
///
/// Matching rules (docs/ARCHITECTURE.md has the worked examples):
/// - An order reaches the venue `latency` after submission and can fill only at prices seen
///   after that: an order placed when a candle closes fills in the next candle at the earliest.
/// - A candle is walked as a price path: open, then the extreme nearer the open, then the
///   other extreme, then the close; the moves between them are continuous. A tick or quote is
///   one price, reached by a jump.
/// - On arrival, market orders and marketable limit orders fill at the current price as takers
///   (market orders with slippage); post-only orders that would take are rejected; IOC
///   orders fill what they can on arrival and the rest is canceled.
/// - Resting limit orders fill at their limit price, as makers, when the price reaches it.
/// - Trigger orders trigger when the price reaches the trigger (stop-loss: sell at or below,
///   buy at or above; take-profit the reverse), then fill as market orders at the trigger price
///   (the price that jumped past it, after a jump), or rest as limit orders.
/// - Trade ticks cap fills at their size (partial fills); quotes fill buys at the ask and sells
///   at the bid, capped at their sizes. Candles do not cap.
/// - Perpetuals use isolated margin per position: an opening fill needs margin (notional ÷
///   leverage) plus fee within free margin; a position whose liquidation price is reached is
///   closed there (taker fee). Funding is paid or received per `FundingRate` event or schedule.
/// - Orders placed in reaction to a fill (a protective stop) reach the venue from the next price
///   event: within one candle the path has already been walked.
public final class PaperVenue: SimulatedVenue {
    public let configuration: PaperVenueConfiguration
    public var name: String { configuration.name }
    /// The venue's own view of the account (a real exchange's, simulated).
    // Hot state is @exclusivity(unchecked): the venue is driven by one engine on one thread.
    @exclusivity(unchecked) public private(set) var account: Portfolio

    private var books: [InstrumentID: Book] = [:]
    /// The book of the last instrument looked up (most runs trade one).
    @exclusivity(unchecked) private var recentBook: Book?
    private var fillSequence = 0

    /// What the venue keeps per instrument.
    private final class Book {
        let instrument: Instrument
        @exclusivity(unchecked) var working: [WorkingOrder] = []
        @exclusivity(unchecked) var lastPrice: Price?
        var leverage: Int
        @exclusivity(unchecked) var nextFundingTime: Timestamp?
        /// Where the open position would be liquidated (nil: flat, or cannot be).
        @exclusivity(unchecked) var liquidationPrice: Price?
        @exclusivity(unchecked) var liquidatesLong = false

        init(_ instrument: Instrument, leverage: Int) {
            self.instrument = instrument
            self.leverage = instrument.kind == .perpetual ? leverage : 1
        }

        var id: InstrumentID { instrument.id }
    }

    private struct WorkingOrder {
        var order: Order
        var activeAt: Timestamp
        /// Has reached the venue and been through its arrival matching.
        var arrived = false
        /// A trigger order whose trigger was reached.
        var triggered = false
    }

    /// The bid and ask of one step of the walk (equal for candles and trades), with the size
    /// available to fill at it (nil: unlimited, for candles).
    private struct PricePoint {
        var bid: Price
        var ask: Price
        var time: Timestamp
        /// Reached by a continuous move from the previous price (inside a candle).
        var continuous: Bool
        var buyCapacity: Quantity?
        var sellCapacity: Quantity?
        /// Trades share one size between buyers and sellers.
        var sharedCapacity: Bool

        /// A step of a candle's path: one price, no size limit.
        static func candle(_ price: Price, at nanoseconds: Int64, continuous: Bool) -> PricePoint {
            PricePoint(bid: price, ask: price, time: Timestamp(nanoseconds: nanoseconds), continuous: continuous,
                       buyCapacity: nil, sellCapacity: nil, sharedCapacity: false)
        }

        var mid: Price { bid == ask ? bid : (bid + ask) / 2 }
    }

    public init(configuration: PaperVenueConfiguration = PaperVenueConfiguration(), instruments: [Instrument],
                initialBalance: Money) {
        self.configuration = configuration
        self.account = Portfolio(initialCapital: initialBalance)
        for instrument in instruments { list(instrument) }
    }

    /// Adds an instrument the venue lists.
    public func list(_ instrument: Instrument) {
        books[instrument.id] = Book(instrument, leverage: configuration.defaultLeverage)
        recentBook = nil
    }

    private func book(_ id: InstrumentID) -> Book? {
        if let recentBook, recentBook.id == id { return recentBook }
        let found = books[id]
        recentBook = found
        return found
    }

    // MARK: ExecutionVenue

    public func leverage(for instrument: InstrumentID) -> Int {
        book(instrument)?.leverage ?? 1
    }

    public func setLeverage(_ leverage: Int, for instrument: InstrumentID) throws {
        guard let book = book(instrument) else {
            throw PaperVenueError("unknown instrument \(instrument)")
        }
        let spec = book.instrument
        guard spec.kind == .perpetual || leverage == 1 else {
            throw PaperVenueError("\(instrument) is \(spec.kind.rawValue): leverage is always 1")
        }
        guard (1...spec.maxLeverage).contains(leverage) else {
            throw PaperVenueError("leverage \(leverage) for \(instrument) is outside 1...\(spec.maxLeverage)")
        }
        book.leverage = leverage
    }

    public func submit(_ order: Order, at time: Timestamp, reports: inout [ExecutionReport]) {
        guard let book = book(order.instrument) else {
            reports.append(.rejected(order.id, reason: "\(name) does not list \(order.instrument)", at: time))
            return
        }
        book.working.append(WorkingOrder(order: order, activeAt: time + configuration.latency.delay(for: order)))
        reports.append(.accepted(order.id, venueOrderID: "\(name):\(order.id)", at: time))
    }

    public func cancel(_ order: Order, at time: Timestamp, reports: inout [ExecutionReport]) {
        guard let book = book(order.instrument), let index = book.working.firstIndex(where: { $0.order.id == order.id }) else {
            reports.append(.cancelRejected(order.id, reason: "not open on \(name)", at: time))
            return
        }
        book.working.remove(at: index)
        reports.append(.canceled(order.id, reason: "canceled", at: time))
    }

    public func process(candle: Candle, reports: inout [ExecutionReport]) {
        guard let book = book(candle.instrument) else { return }
        match(candle, book, reports: &reports)
    }

    public func process(_ event: Event, reports: inout [ExecutionReport]) {
        switch event {
        case .candle(let candle):
            process(candle: candle, reports: &reports)
        case .trade(let trade):
            guard let book = book(trade.instrument) else { return }
            applyScheduledFunding(book, upTo: trade.timestamp, reports: &reports)
            visit(book, PricePoint(bid: trade.price, ask: trade.price, time: trade.timestamp, continuous: false,
                                   buyCapacity: trade.size, sellCapacity: trade.size, sharedCapacity: true), reports: &reports)
        case .quote(let quote):
            guard let book = book(quote.instrument) else { return }
            applyScheduledFunding(book, upTo: quote.timestamp, reports: &reports)
            visit(book, PricePoint(bid: quote.bid, ask: quote.ask, time: quote.timestamp, continuous: false,
                                   buyCapacity: quote.askSize, sellCapacity: quote.bidSize, sharedCapacity: false), reports: &reports)
        case .funding(let rate):
            guard let book = book(rate.instrument), let mark = rate.markPrice ?? book.lastPrice else { return }
            payFunding(book, rate: rate.rate, mark: mark, at: rate.timestamp, reports: &reports)
        case .oracle, .execution, .clock:
            break
        }
    }

    // MARK: SimulatedVenue

    public func restore(account: Portfolio, openOrders: [Order], fillCount: Int) {
        self.account = account
        fillSequence = max(fillSequence, fillCount)
        for book in books.values {
            book.working = []
            book.lastPrice = account.mark(of: book.id)
            if let position = account.position(book.id) { book.leverage = position.leverage }
            refreshLiquidation(book)
        }
        for order in openOrders {
            book(order.instrument)?.working.append(WorkingOrder(order: order, activeAt: order.createdAt, arrived: true,
                                                                triggered: order.status == .triggered))
        }
    }

    public func fillMarketOrdersAtLastPrice(at time: Timestamp, reports: inout [ExecutionReport]) {
        for book in books.values.sorted(by: { $0.id.description < $1.id.description }) {
            guard let price = book.lastPrice else { continue }
            for orderID in book.working.filter({ $0.order.type == .market }).map(\.order.id) {
                guard let index = book.working.firstIndex(where: { $0.order.id == orderID }) else { continue }
                fill(book, at: index, price: price, liquidity: .taker, capacity: nil, time: time, reports: &reports)
            }
        }
    }

    // MARK: Candles

    private func match(_ candle: Candle, _ book: Book, reports: inout [ExecutionReport]) {
        applyScheduledFunding(book, upTo: candle.openTime, reports: &reports)
        if !book.working.isEmpty || reachesLiquidation(book, low: candle.low, high: candle.high) {
            let third = candle.timeframe.nanoseconds / 3
            let start = candle.openTime.nanoseconds
            // Nearer extreme first: open → high → low → close when the high is closer to the open.
            let highFirst = candle.high - candle.open <= candle.open - candle.low
            let (first, second) = highFirst ? (candle.high, candle.low) : (candle.low, candle.high)
            visit(book, .candle(candle.open, at: start, continuous: false), reports: &reports)
            visit(book, .candle(first, at: start + third, continuous: true), reports: &reports)
            visit(book, .candle(second, at: start + 2 * third, continuous: true), reports: &reports)
            visit(book, .candle(candle.close, at: candle.closeTime.nanoseconds - 1, continuous: true), reports: &reports)
        }
        book.lastPrice = candle.close
        account.mark(book.id, at: candle.close)
        applyScheduledFunding(book, upTo: Timestamp(nanoseconds: candle.closeTime.nanoseconds - 1), reports: &reports)
    }

    /// Whether a move over [low, high] can reach the position's liquidation price.
    private func reachesLiquidation(_ book: Book, low: Price, high: Price) -> Bool {
        guard let liquidation = book.liquidationPrice else { return false }
        return book.liquidatesLong ? low <= liquidation : high >= liquidation
    }

    private func refreshLiquidation(_ book: Book) {
        guard book.instrument.kind == .perpetual, let position = account.position(book.id) else {
            book.liquidationPrice = nil
            return
        }
        book.liquidationPrice = position.liquidationPrice(maintenanceMarginRate: book.instrument.maintenanceMarginRate)
        book.liquidatesLong = position.side == .long
    }

    // MARK: The walk

    /// Moves the market to `point`: resting orders, triggers and liquidations crossed on the way
    /// execute in the order the price reaches them; then newly arrived orders are matched.
    private func visit(_ book: Book, _ point: PricePoint, reports: inout [ExecutionReport]) {
        var point = point
        var from = book.lastPrice ?? point.mid
        var steps = 0
        while let next = nextCrossing(book, from: from, to: point), steps < 10_000 {
            steps += 1
            switch next.kind {
            case .order(let index):
                execute(book, index: index, crossing: next.price, point: &point, reports: &reports)
            case .liquidation:
                liquidate(book, at: next.price, time: point.time, reports: &reports)
            }
            if point.continuous { from = next.level }
        }
        arrive(book, point: &point, reports: &reports)
        book.lastPrice = point.mid
        account.mark(book.id, at: point.mid)
    }

    private enum CrossingKind { case order(Int), liquidation }
    private struct Crossing {
        var kind: CrossingKind
        /// The level crossed.
        var level: Price
        /// The price the execution happens at.
        var price: Price
        var distance: Price
    }

    /// The first resting order, trigger or liquidation level the move from `from` reaches.
    private func nextCrossing(_ book: Book, from: Price, to point: PricePoint) -> Crossing? {
        var best: Crossing?
        for (index, entry) in book.working.enumerated() where entry.arrived {
            let order = entry.order
            let capacity = point.sharedCapacity || order.side == .buy ? point.buyCapacity : point.sellCapacity
            if let capacity, capacity <= 0 { continue } // this point's size is used up
            let reached = order.side == .buy ? point.ask : point.bid
            var candidate: Crossing?
            if entry.triggered || order.type.triggerPrice == nil {
                guard let limit = order.type.limitPrice else { continue } // a triggered market order fills on arrival
                if order.side == .buy ? reached <= limit : reached >= limit {
                    candidate = Crossing(kind: .order(index), level: limit, price: limit, distance: (from - limit).magnitude)
                }
            } else if case .trigger(let kind, let trigger, _) = order.type {
                let upward = (kind == .stopLoss) == (order.side == .buy) // buy stops and sell take-profits trigger rising
                let price = upward ? point.ask : point.bid
                if upward ? price >= trigger : price <= trigger {
                    candidate = Crossing(kind: .order(index), level: trigger, price: point.continuous ? trigger : price,
                                         distance: (from - trigger).magnitude)
                }
            }
            if let candidate, best == nil || candidate.distance < best!.distance { best = candidate }
        }
        if let liquidation = book.liquidationPrice {
            let price = book.liquidatesLong ? point.bid : point.ask
            if book.liquidatesLong ? price <= liquidation : price >= liquidation {
                let candidate = Crossing(kind: .liquidation, level: liquidation, price: point.continuous ? liquidation : price,
                                         distance: (from - liquidation).magnitude)
                // Orders at the same distance execute first (they were reached no later).
                if best == nil || candidate.distance < best!.distance { best = candidate }
            }
        }
        return best
    }

    /// Executes the resting order or trigger at `index` reached at `price`.
    private func execute(_ book: Book, index: Int, crossing price: Price, point: inout PricePoint, reports: inout [ExecutionReport]) {
        let entry = book.working[index]
        guard !entry.triggered, case .trigger(_, _, let limit) = entry.order.type else {
            fill(book, at: index, price: price, liquidity: .maker, capacity: &point, reports: &reports)
            return
        }
        trigger(book, at: index, price: price, limit: limit, point: &point, reports: &reports)
    }

    /// Triggers the order at `index` at `price`: a market order fills there (with slippage); a
    /// limit order takes if marketable there, else rests.
    private func trigger(_ book: Book, at index: Int, price: Price, limit: Price?, point: inout PricePoint,
                         reports: inout [ExecutionReport]) {
        book.working[index].triggered = true
        book.working[index].order.status = .triggered
        let order = book.working[index].order
        reports.append(.triggered(order.id, at: point.time))
        if let limit {
            if order.side == .buy ? price <= limit : price >= limit {
                fill(book, at: index, price: price, liquidity: .taker, capacity: &point, reports: &reports)
            }
        } else {
            fill(book, at: index, price: slip(order, price, book), liquidity: .taker, capacity: &point, reports: &reports)
        }
    }

    /// Matches orders that reached the venue by `point.time` and have not been matched yet,
    /// in submission order, and triggered market orders still to fill.
    private func arrive(_ book: Book, point: inout PricePoint, reports: inout [ExecutionReport]) {
        var index = 0
        while index < book.working.count {
            let entry = book.working[index]
            let before = book.working.count
            let isNew = !entry.arrived && entry.activeAt <= point.time
            let pendingMarket = entry.arrived && entry.order.type.limitPrice == nil
                && (entry.triggered || entry.order.type.triggerPrice == nil)
            if isNew || pendingMarket {
                book.working[index].arrived = true
                matchOnArrival(book, index: index, point: &point, reports: &reports)
            }
            // Advance unless the entry was removed (filled, canceled, rejected).
            if book.working.count == before { index += 1 }
        }
    }

    private func matchOnArrival(_ book: Book, index: Int, point: inout PricePoint, reports: inout [ExecutionReport]) {
        let entry = book.working[index]
        let order = entry.order
        let reached = order.side == .buy ? point.ask : point.bid
        switch order.type {
        case .market:
            fill(book, at: index, price: slip(order, reached, book), liquidity: .taker, capacity: &point, reports: &reports)
        case .limit(let limit):
            let marketable = order.side == .buy ? reached <= limit : reached >= limit
            if marketable && order.timeInForce == .postOnly {
                remove(book, index: index, report: .rejected(order.id, reason: "post-only order would take liquidity at \(reached)", at: point.time), into: &reports)
                return
            }
            if marketable {
                fill(book, at: index, price: reached, liquidity: .taker, capacity: &point, reports: &reports)
            }
        case .trigger(let kind, let triggerPrice, let limit):
            if entry.triggered {
                fill(book, at: index, price: slip(order, reached, book), liquidity: .taker, capacity: &point, reports: &reports)
                return
            }
            let upward = (kind == .stopLoss) == (order.side == .buy)
            if upward ? point.ask >= triggerPrice : point.bid <= triggerPrice {
                trigger(book, at: index, price: reached, limit: limit, point: &point, reports: &reports)
                return
            }
        }
        // Immediate-or-cancel: what did not fill on arrival is canceled.
        if order.timeInForce == .ioc, index < book.working.count, book.working[index].order.id == order.id {
            remove(book, index: index, report: .canceled(order.id, reason: "IOC: unfilled remainder canceled", at: point.time), into: &reports)
        }
    }

    private func slip(_ order: Order, _ price: Price, _ book: Book) -> Price {
        configuration.slippage.fillPrice(side: order.side, price: price, quantity: order.remainingQuantity ?? 0,
                                         instrument: book.instrument)
    }

    // MARK: Fills

    /// Fills the order at `index` within the point's remaining size for its side, and uses it up.
    private func fill(_ book: Book, at index: Int, price: Price, liquidity: Liquidity, capacity point: inout PricePoint,
                      reports: inout [ExecutionReport]) {
        let buy = book.working[index].order.side == .buy
        let cap = point.sharedCapacity || buy ? point.buyCapacity : point.sellCapacity
        let filled = fill(book, at: index, price: price, liquidity: liquidity, capacity: cap, time: point.time, reports: &reports)
        guard let cap else { return }
        // A size too small to fill a lot counts as used up, so the walk always moves on.
        let left = filled > 0 ? cap - filled : 0
        if point.sharedCapacity {
            point.buyCapacity = left
            point.sellCapacity = left
        } else if buy {
            point.buyCapacity = left
        } else {
            point.sellCapacity = left
        }
    }

    /// Fills as much of the order at `index` as the capacity, reduce-only and margin rules allow;
    /// returns the quantity filled.
    @discardableResult
    private func fill(_ book: Book, at index: Int, price: Price, liquidity: Liquidity, capacity: Quantity?,
                      time: Timestamp, reports: inout [ExecutionReport]) -> Quantity {
        let spec = book.instrument
        let id = book.id
        var entry = book.working[index]
        let order = entry.order
        let feeRate = liquidity == .maker ? configuration.makerFee : configuration.takerFee
        account.mark(id, at: price)

        var quantity: Quantity
        switch order.quantity {
        case .base(let total):
            quantity = total - order.filledQuantity
        case .equityFraction(let fraction):
            // Notional plus fee equals the fraction of equity (times leverage), at this price.
            let budget = fraction * account.equity * FixedDecimal(book.leverage)
            quantity = budget.divided(by: price * (1 + feeRate), rounding: .down).rounded(toMultipleOf: spec.lotSize, .down)
        }
        if let capacity { quantity = min(quantity, capacity.rounded(toMultipleOf: spec.lotSize, .down)) }

        let held = account.position(id)?.quantity ?? 0
        if order.reduceOnly {
            let reducible = held.signum == -order.side.sign ? held.magnitude : 0
            if reducible.isZero {
                remove(book, index: index, report: .canceled(order.id, reason: "reduce-only order canceled: no position left to reduce", at: time), into: &reports)
                return 0
            }
            quantity = min(quantity, reducible)
        } else if !spec.allowsShort && order.side == .sell {
            let available = max(held, 0)
            if quantity > available {
                remove(book, index: index, report: .rejected(order.id, reason: "cannot sell \(quantity): holding \(available) and \(spec.kind.rawValue) cannot be sold short", at: time), into: &reports)
                return 0
            }
        }
        guard quantity > 0 else {
            if case .equityFraction = order.quantity {
                remove(book, index: index, report: .rejected(order.id, reason: "no equity left to size the order", at: time), into: &reports)
            }
            return 0
        }

        fillSequence += 1
        let fee = price * quantity * feeRate
        let fill = Fill(orderID: order.id, tradeID: "\(name)-T\(fillSequence)", instrument: id, side: order.side,
                        price: price, quantity: quantity, fee: fee, liquidity: liquidity, timestamp: time)

        // Margin: after the fill (valued at the fill price) free margin must not be negative.
        var after = account
        after.apply(fill, leverage: book.leverage)
        after.mark(id, at: price)
        if after.freeMargin < -Self.marginTolerance && after.freeMargin < account.freeMargin {
            let needed = (quantity * price / FixedDecimal(book.leverage) + fee).formatted(decimals: 2)
            remove(book, index: index, report: .rejected(order.id, reason: "insufficient margin: needs \(needed), free \(account.freeMargin.formatted(decimals: 2))", at: time), into: &reports)
            return 0
        }
        account = after
        refreshLiquidation(book)
        entry.order.apply(fill)
        reports.append(.filled(fill))
        if entry.order.status == .filled {
            book.working.remove(at: index)
        } else {
            book.working[index] = entry
        }
        return quantity
    }

    /// Rounding dust allowed in margin checks (sizes round at the twelfth digit).
    private static let marginTolerance = FixedDecimal(raw: 1_000_000) // 1e-6

    private func remove(_ book: Book, index: Int, report: ExecutionReport, into reports: inout [ExecutionReport]) {
        book.working.remove(at: index)
        reports.append(report)
    }

    private func liquidate(_ book: Book, at price: Price, time: Timestamp, reports: inout [ExecutionReport]) {
        guard let position = account.position(book.id) else { return }
        fillSequence += 1
        let fee = price * position.size * configuration.takerFee
        let fill = Fill(orderID: ClientOrderID("\(name)-liquidation-\(fillSequence)"), tradeID: "\(name)-T\(fillSequence)",
                        instrument: book.id, side: position.side == .long ? .sell : .buy, price: price, quantity: position.size,
                        fee: fee, liquidity: .taker, timestamp: time, isLiquidation: true)
        account.apply(fill, leverage: position.leverage)
        refreshLiquidation(book)
        reports.append(.filled(fill))
    }

    // MARK: Funding

    private func applyScheduledFunding(_ book: Book, upTo time: Timestamp, reports: inout [ExecutionReport]) {
        guard let schedule = configuration.funding, book.instrument.kind == .perpetual else { return }
        let step = Duration.nanoseconds(schedule.interval.nanoseconds)
        var next = book.nextFundingTime ?? {
            let start = schedule.interval.bucketStart(containing: time)
            return start == time ? start : start + step
        }()
        while next <= time {
            if let mark = book.lastPrice {
                payFunding(book, rate: schedule.rate, mark: mark, at: next, reports: &reports)
            }
            next = next + step
        }
        book.nextFundingTime = next
    }

    /// Longs pay `size × mark × rate` to shorts when the rate is positive; the reverse when negative.
    private func payFunding(_ book: Book, rate: FixedDecimal, mark: Price, at time: Timestamp, reports: inout [ExecutionReport]) {
        guard book.instrument.kind == .perpetual, let position = account.position(book.id) else { return }
        let amount = -(position.quantity * mark * rate)
        guard !amount.isZero else { return }
        account.applyFunding(amount, to: book.id)
        reports.append(.funding(book.id, amount: amount, rate: rate, at: time))
    }
}

/// A paper-venue configuration error (unknown instrument, leverage out of range).
public struct PaperVenueError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

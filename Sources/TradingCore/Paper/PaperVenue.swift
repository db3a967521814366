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
public final class PaperVenue: SimulatedVenue {
    public let configuration: PaperVenueConfiguration
    public var name: String { configuration.name }
    /// The venue's own view of the account (a real exchange's, simulated).
    public private(set) var account: Portfolio

    private var instruments: [InstrumentID: Instrument] = [:]
    private var leverages: [InstrumentID: Int] = [:]
    private var working: [InstrumentID: [WorkingOrder]] = [:]
    private var lastPrices: [InstrumentID: Price] = [:]
    private var nextFundingTime: [InstrumentID: Timestamp] = [:]
    private var fillSequence = 0

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
    }

    public init(configuration: PaperVenueConfiguration = PaperVenueConfiguration(), instruments: [Instrument],
                initialBalance: Money) {
        self.configuration = configuration
        self.account = Portfolio(initialCapital: initialBalance)
        for instrument in instruments { self.instruments[instrument.id] = instrument }
    }

    /// Adds an instrument the venue lists.
    public func list(_ instrument: Instrument) {
        instruments[instrument.id] = instrument
    }

    // MARK: ExecutionVenue

    public func leverage(for instrument: InstrumentID) -> Int {
        leverages[instrument] ?? (instruments[instrument]?.kind == .perpetual ? configuration.defaultLeverage : 1)
    }

    public func setLeverage(_ leverage: Int, for instrument: InstrumentID) throws {
        guard let spec = instruments[instrument] else {
            throw PaperVenueError("unknown instrument \(instrument)")
        }
        guard spec.kind == .perpetual || leverage == 1 else {
            throw PaperVenueError("\(instrument) is \(spec.kind.rawValue): leverage is always 1")
        }
        guard (1...spec.maxLeverage).contains(leverage) else {
            throw PaperVenueError("leverage \(leverage) for \(instrument) is outside 1...\(spec.maxLeverage)")
        }
        leverages[instrument] = leverage
    }

    public func submit(_ order: Order, at time: Timestamp, reports: inout [ExecutionReport]) {
        guard instruments[order.instrument] != nil else {
            reports.append(.rejected(order.id, reason: "\(name) does not list \(order.instrument)", at: time))
            return
        }
        let delay = configuration.latency.delay(for: order)
        working[order.instrument, default: []].append(WorkingOrder(order: order, activeAt: time + delay))
        reports.append(.accepted(order.id, venueOrderID: "\(name):\(order.id)", at: time))
    }

    public func cancel(_ order: Order, at time: Timestamp, reports: inout [ExecutionReport]) {
        guard let index = working[order.instrument]?.firstIndex(where: { $0.order.id == order.id }) else {
            reports.append(.cancelRejected(order.id, reason: "not open on \(name)", at: time))
            return
        }
        working[order.instrument]!.remove(at: index)
        reports.append(.canceled(order.id, reason: "canceled", at: time))
    }

    public func process(_ event: Event, reports: inout [ExecutionReport]) {
        switch event {
        case .candle(let candle):
            match(candle, reports: &reports)
        case .trade(let trade):
            let id = trade.instrument
            applyScheduledFunding(id, upTo: trade.timestamp, reports: &reports)
            visit(id, PricePoint(bid: trade.price, ask: trade.price, time: trade.timestamp, continuous: false,
                                 buyCapacity: trade.size, sellCapacity: trade.size, sharedCapacity: true), reports: &reports)
        case .quote(let quote):
            let id = quote.instrument
            applyScheduledFunding(id, upTo: quote.timestamp, reports: &reports)
            visit(id, PricePoint(bid: quote.bid, ask: quote.ask, time: quote.timestamp, continuous: false,
                                 buyCapacity: quote.askSize, sellCapacity: quote.bidSize, sharedCapacity: false), reports: &reports)
        case .funding(let rate):
            if let mark = rate.markPrice ?? lastPrices[rate.instrument] {
                payFunding(rate.instrument, rate: rate.rate, mark: mark, at: rate.timestamp, reports: &reports)
            }
        case .oracle, .execution, .clock:
            break
        }
    }

    // MARK: SimulatedVenue

    public func restore(account: Portfolio, openOrders: [Order], fillCount: Int) {
        self.account = account
        fillSequence = max(fillSequence, fillCount)
        lastPrices = account.marks
        working = [:]
        for order in openOrders {
            working[order.instrument, default: []].append(WorkingOrder(order: order, activeAt: order.createdAt, arrived: true,
                                                                       triggered: order.status == .triggered))
        }
    }

    public func fillMarketOrdersAtLastPrice(at time: Timestamp, reports: inout [ExecutionReport]) {
        for id in working.keys.sorted(by: { $0.description < $1.description }) {
            guard let price = lastPrices[id] else { continue }
            let marketOrders = working[id]!.filter { $0.order.type == .market }.map(\.order.id)
            for orderID in marketOrders {
                guard let index = working[id]!.firstIndex(where: { $0.order.id == orderID }) else { continue }
                fill(id, at: index, price: price, liquidity: .taker, capacity: nil, time: time, reports: &reports)
            }
        }
    }

    // MARK: Candles

    private func match(_ candle: Candle, reports: inout [ExecutionReport]) {
        let id = candle.instrument
        applyScheduledFunding(id, upTo: candle.openTime, reports: &reports)
        if !(working[id]?.isEmpty ?? true) || canBeLiquidated(id) {
            let third = candle.timeframe.nanoseconds / 3
            let start = candle.openTime.nanoseconds
            // Nearer extreme first: open → high → low → close when the high is closer to the open.
            let highFirst = candle.high - candle.open <= candle.open - candle.low
            let (first, second) = highFirst ? (candle.high, candle.low) : (candle.low, candle.high)
            visit(id, .candle(candle.open, at: start, continuous: false), reports: &reports)
            visit(id, .candle(first, at: start + third, continuous: true), reports: &reports)
            visit(id, .candle(second, at: start + 2 * third, continuous: true), reports: &reports)
            visit(id, .candle(candle.close, at: candle.closeTime.nanoseconds - 1, continuous: true), reports: &reports)
        } else {
            lastPrices[id] = candle.close
        }
        account.mark(id, at: candle.close)
        applyScheduledFunding(id, upTo: Timestamp(nanoseconds: candle.closeTime.nanoseconds - 1), reports: &reports)
    }

    private func canBeLiquidated(_ id: InstrumentID) -> Bool {
        guard let position = account.position(id), let spec = instruments[id], spec.kind == .perpetual else { return false }
        return position.liquidationPrice(maintenanceMarginRate: spec.maintenanceMarginRate) != nil
    }

    // MARK: The walk

    /// Moves the market to `point`: resting orders, triggers and liquidations crossed on the way
    /// execute in the order the price reaches them; then newly arrived orders are matched.
    private func visit(_ id: InstrumentID, _ point: PricePoint, reports: inout [ExecutionReport]) {
        var point = point
        var from = lastPrices[id] ?? (point.bid + point.ask) / 2
        var guardCount = 0
        while let next = nextCrossing(id, from: from, to: point), guardCount < 10_000 {
            guardCount += 1
            switch next.kind {
            case .order(let index):
                execute(id, index: index, crossing: next.price, point: &point, reports: &reports)
            case .liquidation:
                liquidate(id, at: next.price, time: point.time, reports: &reports)
            }
            if point.continuous { from = next.level }
        }
        arrive(id, point: &point, reports: &reports)
        lastPrices[id] = point.bid == point.ask ? point.bid : (point.bid + point.ask) / 2
        account.mark(id, at: lastPrices[id]!)
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
    private func nextCrossing(_ id: InstrumentID, from: Price, to point: PricePoint) -> Crossing? {
        var best: Crossing?
        func consider(_ candidate: Crossing) {
            if best == nil || candidate.distance < best!.distance { best = candidate }
        }
        for (index, entry) in (working[id] ?? []).enumerated() where entry.arrived {
            let order = entry.order
            let capacity = point.sharedCapacity || order.side == .buy ? point.buyCapacity : point.sellCapacity
            if let capacity, capacity <= 0 { continue } // this point's size is used up
            let reached = order.side == .buy ? point.ask : point.bid
            if entry.triggered || order.type.triggerPrice == nil {
                guard let limit = order.type.limitPrice else { continue } // a triggered market order fills on arrival logic
                let crosses = order.side == .buy ? reached <= limit : reached >= limit
                if crosses {
                    consider(Crossing(kind: .order(index), level: limit, price: limit, distance: (from - limit).magnitude))
                }
            } else if case .trigger(let kind, let trigger, _) = order.type {
                let upward = (kind == .stopLoss) == (order.side == .buy) // buy stops and sell take-profits trigger rising
                let price = upward ? point.ask : point.bid
                let crosses = upward ? price >= trigger : price <= trigger
                if crosses {
                    let at = point.continuous ? trigger : price
                    consider(Crossing(kind: .order(index), level: trigger, price: at, distance: (from - trigger).magnitude))
                }
            }
        }
        if let position = account.position(id), let spec = instruments[id], spec.kind == .perpetual,
           let liquidation = position.liquidationPrice(maintenanceMarginRate: spec.maintenanceMarginRate) {
            let long = position.side == .long
            let price = long ? point.bid : point.ask
            if long ? price <= liquidation : price >= liquidation {
                let at = point.continuous ? liquidation : price
                let candidate = Crossing(kind: .liquidation, level: liquidation, price: at, distance: (from - liquidation).magnitude)
                // Orders at the same distance execute first (they were reached no later).
                if best == nil || candidate.distance < best!.distance { best = candidate }
            }
        }
        return best
    }

    /// Executes the resting order or trigger at `index` reached at `price`.
    private func execute(_ id: InstrumentID, index: Int, crossing price: Price, point: inout PricePoint,
                         reports: inout [ExecutionReport]) {
        var entry = working[id]![index]
        if !entry.triggered, case .trigger(_, _, let limit) = entry.order.type {
            entry.triggered = true
            entry.order.status = .triggered
            working[id]![index] = entry
            reports.append(.triggered(entry.order.id, at: point.time))
            if let limit {
                // Becomes a limit order arriving at the trigger price: takes if marketable, else rests.
                let marketable = entry.order.side == .buy ? price <= limit : price >= limit
                if marketable {
                    fill(id, at: index, price: price, liquidity: .taker, capacity: &point, reports: &reports)
                }
                return
            }
            let slipped = slip(entry.order, price)
            fill(id, at: index, price: slipped, liquidity: .taker, capacity: &point, reports: &reports)
            return
        }
        fill(id, at: index, price: price, liquidity: .maker, capacity: &point, reports: &reports)
    }

    /// Matches orders that reached the venue by `point.time` and have not been matched yet,
    /// in submission order, and triggered market orders still to fill.
    private func arrive(_ id: InstrumentID, point: inout PricePoint, reports: inout [ExecutionReport]) {
        var index = 0
        while index < (working[id]?.count ?? 0) {
            let entry = working[id]![index]
            let before = working[id]!.count
            let isNew = !entry.arrived && entry.activeAt <= point.time
            let pendingMarket = entry.arrived && entry.order.type.limitPrice == nil
                && (entry.triggered || entry.order.type.triggerPrice == nil)
            if isNew || pendingMarket {
                working[id]![index].arrived = true
                matchOnArrival(id, index: index, point: &point, reports: &reports)
            }
            // Advance unless the entry was removed (filled, canceled, rejected).
            if working[id]!.count == before { index += 1 }
        }
    }

    private func matchOnArrival(_ id: InstrumentID, index: Int, point: inout PricePoint, reports: inout [ExecutionReport]) {
        let order = working[id]![index].order
        let reached = order.side == .buy ? point.ask : point.bid
        switch order.type {
        case .market:
            fill(id, at: index, price: slip(order, reached), liquidity: .taker, capacity: &point, reports: &reports)
        case .limit(let limit):
            let marketable = order.side == .buy ? reached <= limit : reached >= limit
            if marketable && order.timeInForce == .postOnly {
                remove(id, index: index, report: .rejected(order.id, reason: "post-only order would take liquidity at \(reached)", at: point.time), into: &reports)
                return
            }
            if marketable {
                fill(id, at: index, price: reached, liquidity: .taker, capacity: &point, reports: &reports)
            }
        case .trigger(let kind, let trigger, let limit):
            if working[id]![index].triggered {
                fill(id, at: index, price: slip(order, reached), liquidity: .taker, capacity: &point, reports: &reports)
                return
            }
            let upward = (kind == .stopLoss) == (order.side == .buy)
            let reachedNow = upward ? point.ask >= trigger : point.bid <= trigger
            if reachedNow {
                working[id]![index].triggered = true
                working[id]![index].order.status = .triggered
                reports.append(.triggered(order.id, at: point.time))
                if let limit {
                    let marketable = order.side == .buy ? reached <= limit : reached >= limit
                    if marketable { fill(id, at: index, price: reached, liquidity: .taker, capacity: &point, reports: &reports) }
                } else {
                    fill(id, at: index, price: slip(order, reached), liquidity: .taker, capacity: &point, reports: &reports)
                }
                return
            }
        }
        // Immediate-or-cancel: what did not fill on arrival is canceled.
        if order.timeInForce == .ioc, index < working[id]!.count, working[id]![index].order.id == order.id {
            remove(id, index: index, report: .canceled(order.id, reason: "IOC: unfilled remainder canceled", at: point.time), into: &reports)
        }
    }

    private func slip(_ order: Order, _ price: Price) -> Price {
        guard let spec = instruments[order.instrument] else { return price }
        let quantity = order.remainingQuantity ?? 0
        return configuration.slippage.fillPrice(side: order.side, price: price, quantity: quantity, instrument: spec)
    }

    // MARK: Fills

    /// Fills the order at `index` within the point's remaining size for its side, and uses it up.
    private func fill(_ id: InstrumentID, at index: Int, price: Price, liquidity: Liquidity, capacity point: inout PricePoint,
                      reports: inout [ExecutionReport]) {
        let buy = working[id]![index].order.side == .buy
        let cap = point.sharedCapacity || buy ? point.buyCapacity : point.sellCapacity
        let filled = fill(id, at: index, price: price, liquidity: liquidity, capacity: cap, time: point.time, reports: &reports)
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
    private func fill(_ id: InstrumentID, at index: Int, price: Price, liquidity: Liquidity, capacity: Quantity?,
                      time: Timestamp, reports: inout [ExecutionReport]) -> Quantity {
        guard let spec = instruments[id] else { return 0 }
        var entry = working[id]![index]
        let order = entry.order
        let feeRate = liquidity == .maker ? configuration.makerFee : configuration.takerFee
        let leverage = leverage(for: id)
        account.mark(id, at: price)

        var quantity: Quantity
        switch order.quantity {
        case .base(let total):
            quantity = total - order.filledQuantity
        case .equityFraction(let fraction):
            // Notional plus fee equals the fraction of equity (times leverage), at this price.
            let budget = fraction * account.equity * FixedDecimal(leverage)
            quantity = budget.divided(by: price * (1 + feeRate), rounding: .down).rounded(toMultipleOf: spec.lotSize, .down)
        }
        if let capacity { quantity = min(quantity, capacity.rounded(toMultipleOf: spec.lotSize, .down)) }

        let held = account.position(id)?.quantity ?? 0
        if order.reduceOnly {
            let reducible = held.signum == -order.side.sign ? held.magnitude : 0
            if reducible.isZero {
                remove(id, index: index, report: .canceled(order.id, reason: "reduce-only order canceled: no position left to reduce", at: time), into: &reports)
                return 0
            }
            quantity = min(quantity, reducible)
        } else if !spec.allowsShort && order.side == .sell {
            let available = max(held, 0)
            if quantity > available {
                remove(id, index: index, report: .rejected(order.id, reason: "cannot sell \(quantity): holding \(available) and \(spec.kind.rawValue) cannot be sold short", at: time), into: &reports)
                return 0
            }
        }
        guard quantity > 0 else {
            if case .equityFraction = order.quantity {
                remove(id, index: index, report: .rejected(order.id, reason: "no equity left to size the order", at: time), into: &reports)
            }
            return 0
        }

        fillSequence += 1
        let fee = (price * quantity * feeRate)
        let fill = Fill(orderID: order.id, tradeID: "\(name)-T\(fillSequence)", instrument: id, side: order.side,
                        price: price, quantity: quantity, fee: fee, liquidity: liquidity, timestamp: time)

        // Margin: after the fill (valued at the fill price) free margin must not be negative.
        var after = account
        after.apply(fill, leverage: leverage)
        after.mark(id, at: price)
        if after.freeMargin < -Self.marginTolerance && after.freeMargin < account.freeMargin {
            remove(id, index: index, report: .rejected(order.id, reason: "insufficient margin: needs \((quantity * price / FixedDecimal(leverage) + fee).formatted(decimals: 2)), free \(account.freeMargin.formatted(decimals: 2))", at: time), into: &reports)
            return 0
        }
        account = after
        entry.order.apply(fill)
        reports.append(.filled(fill))
        if entry.order.status == .filled {
            working[id]!.remove(at: index)
        } else {
            working[id]![index] = entry
        }
        return quantity
    }

    /// Rounding dust allowed in margin checks (sizes round at the twelfth digit).
    private static let marginTolerance = FixedDecimal(raw: 1_000_000) // 1e-6

    private func remove(_ id: InstrumentID, index: Int, report: ExecutionReport, into reports: inout [ExecutionReport]) {
        working[id]!.remove(at: index)
        reports.append(report)
    }

    private func liquidate(_ id: InstrumentID, at price: Price, time: Timestamp, reports: inout [ExecutionReport]) {
        guard let position = account.position(id) else { return }
        fillSequence += 1
        let fee = price * position.size * configuration.takerFee
        let fill = Fill(orderID: ClientOrderID("\(name)-liquidation-\(fillSequence)"), tradeID: "\(name)-T\(fillSequence)",
                        instrument: id, side: position.side == .long ? .sell : .buy, price: price, quantity: position.size,
                        fee: fee, liquidity: .taker, timestamp: time, isLiquidation: true)
        account.apply(fill, leverage: position.leverage)
        reports.append(.filled(fill))
    }

    // MARK: Funding

    private func applyScheduledFunding(_ id: InstrumentID, upTo time: Timestamp, reports: inout [ExecutionReport]) {
        guard let schedule = configuration.funding, instruments[id]?.kind == .perpetual else { return }
        var next = nextFundingTime[id] ?? {
            let start = schedule.interval.bucketStart(containing: time)
            return start == time ? start : start + .nanoseconds(schedule.interval.nanoseconds)
        }()
        while next <= time {
            if let mark = lastPrices[id] {
                payFunding(id, rate: schedule.rate, mark: mark, at: next, reports: &reports)
            }
            next = next + .nanoseconds(schedule.interval.nanoseconds)
        }
        nextFundingTime[id] = next
    }

    /// Longs pay `size × mark × rate` to shorts when the rate is positive; the reverse when negative.
    private func payFunding(_ id: InstrumentID, rate: FixedDecimal, mark: Price, at time: Timestamp, reports: inout [ExecutionReport]) {
        guard let position = account.position(id), instruments[id]?.kind == .perpetual else { return }
        let amount = -(position.quantity * mark * rate)
        guard !amount.isZero else { return }
        account.applyFunding(amount, to: id)
        reports.append(.funding(id, amount: amount, rate: rate, at: time))
    }
}

/// A paper-venue configuration error (unknown instrument, leverage out of range).
public struct PaperVenueError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

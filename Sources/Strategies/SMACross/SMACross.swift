public import TradingCore
import Indicators

/// The moving-average crossover, with semantics fixed so anyone can check its numbers:
///
/// - Simple moving averages of closes, `fast` and `slow` candles, evaluated on each closed candle.
/// - A cross above is fast > slow now with fast ≤ slow on the previous candle; a cross below
///   mirrors it.
/// - On a cross above it goes long, closing any short first; on a cross below it goes short,
///   closing any long first (with `longOnly`, a cross below only closes the long).
/// - Every order is a market order, so it fills at the next candle's open. A new position's
///   quantity is the equity after closing divided by the fill price and (1 + taker fee): the
///   whole account, fee included (`OrderQuantity.equityFraction(1)`).
public final class SMACross: Strategy {
    /// The strategy's parameters, as `--param name=value` gives them.
    public struct Parameters: Sendable, Hashable {
        public var fast: Int
        public var slow: Int
        public var longOnly: Bool

        public static let names = ["fast", "slow", "long_only"]

        public init(fast: Int = 20, slow: Int = 50, longOnly: Bool = false) throws {
            guard fast >= 1, slow >= 1 else {
                throw ParameterError("fast and slow must be at least 1 (got fast=\(fast), slow=\(slow))")
            }
            guard fast < slow else {
                throw ParameterError("fast (\(fast)) must be shorter than slow (\(slow))")
            }
            self.fast = fast
            self.slow = slow
            self.longOnly = longOnly
        }

        /// Reads `fast`, `slow` and `long_only` from text values; unknown names are errors.
        public init(_ values: [String: String]) throws {
            for name in values.keys where !Self.names.contains(name) {
                throw ParameterError("unknown parameter '\(name)' for sma-cross; valid: \(Self.names.joined(separator: ", "))")
            }
            func integer(_ name: String, _ fallback: Int) throws -> Int {
                guard let text = values[name] else { return fallback }
                guard let value = Int(text) else { throw ParameterError("\(name) must be a whole number of candles (got '\(text)')") }
                return value
            }
            var longOnly = false
            if let text = values["long_only"] {
                guard let flag = Bool(text) else { throw ParameterError("long_only must be true or false (got '\(text)')") }
                longOnly = flag
            }
            try self.init(fast: try integer("fast", 20), slow: try integer("slow", 50), longOnly: longOnly)
        }
    }

    /// A parameter problem, with the fix.
    public struct ParameterError: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    public let instrument: InstrumentID
    public let parameters: Parameters
    private var fast: SMA
    private var slow: SMA
    private var previous: (fast: Double, slow: Double)?

    public init(instrument: InstrumentID, parameters: Parameters) {
        self.instrument = instrument
        self.parameters = parameters
        self.fast = SMA(timeperiod: parameters.fast)
        self.slow = SMA(timeperiod: parameters.slow)
    }

    public func onCandle(_ candle: Candle, _ context: StrategyContext) {
        guard candle.instrument == instrument else { return }
        let close = candle.close.doubleValue
        let fastValue = fast.update(close)
        guard let slowValue = slow.update(close), let fastValue else { return }
        defer { previous = (fastValue, slowValue) }
        guard let previous else { return }

        let crossAbove = fastValue > slowValue && previous.fast <= previous.slow
        let crossBelow = fastValue < slowValue && previous.fast >= previous.slow
        guard crossAbove || crossBelow else { return }
        let side = context.position(instrument)?.side ?? .flat
        if crossAbove {
            if side == .short { context.close(instrument, tag: "cross_above") }
            if side != .long {
                context.submit(OrderRequest(instrument: instrument, side: .buy, type: .market,
                                            quantity: .equityFraction(1), tag: "long_entry"))
            }
        } else {
            if side == .long { context.close(instrument, tag: "cross_below") }
            if !parameters.longOnly && side != .short {
                context.submit(OrderRequest(instrument: instrument, side: .sell, type: .market,
                                            quantity: .equityFraction(1), tag: "short_entry"))
            }
        }
    }
}

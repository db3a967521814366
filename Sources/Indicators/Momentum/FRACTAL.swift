/// Williams fractal: marks a swing high (a high above every other high of the window) or a
/// swing low (a low below every other low), 100 where found, else 0.
///
/// TA-Lib's `FRACTAL` (lookback `leftbars + rightbars`): the signal for a pivot `rightbars` bars
/// back is given on the bar that confirms it, so it never repaints; ties are not pivots.
public struct FRACTAL: CatalogIndicator {
    public static let functionName = "FRACTAL"

    /// One bar's signals, in TA-Lib's output order.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var swinghigh: Int32
        public var swinglow: Int32

        public static var componentCount: Int { 2 }
        public func component(_ index: Int) -> Double { Double(index == 0 ? swinghigh : swinglow) }
    }

    /// The batch outputs, 0 for the first `leftbars + rightbars` bars.
    public struct Series: Sendable, Hashable {
        public var swinghigh: [Int32]
        public var swinglow: [Int32]
    }

    public let leftbars: Int
    public let rightbars: Int
    private var window: RingBuffer<PriceBar>

    /// - Parameters:
    ///   - leftbars: bars before the pivot that must be lower/higher, 1…100000 (default 2).
    ///   - rightbars: bars after the pivot that must be lower/higher, 1…100000 (default 2).
    public init(leftbars: Int = 2, rightbars: Int = 2) {
        precondition((1...100_000).contains(leftbars), "FRACTAL leftbars must be 1…100000")
        precondition((1...100_000).contains(rightbars), "FRACTAL rightbars must be 1…100000")
        self.leftbars = leftbars
        self.rightbars = rightbars
        window = RingBuffer(capacity: leftbars + rightbars + 1)
    }

    public init(parameters: ParameterValues) {
        self.init(leftbars: parameters.int("leftbars"), rightbars: parameters.int("rightbars"))
    }

    public var lookback: Int { leftbars + rightbars }

    public mutating func update(_ bar: PriceBar) -> Value? {
        window.append(bar)
        guard window.isFull else { return nil }
        let pivot = window[age: rightbars]
        var otherHigh = window.oldest.high
        var otherLow = window.oldest.low
        for age in 0..<lookback where age != rightbars {
            let other = window[age: age]
            if other.high > otherHigh { otherHigh = other.high }
            if other.low < otherLow { otherLow = other.low }
        }
        return Value(swinghigh: pivot.high > otherHigh ? 100 : 0, swinglow: pivot.low < otherLow ? 100 : 0)
    }

    public mutating func update(high: Double, low: Double) -> Value? {
        update(PriceBar(high: high, low: low))
    }

    /// The batch form.
    public static func compute(high: [Double], low: [Double], leftbars: Int = 2, rightbars: Int = 2) -> Series {
        precondition(high.count == low.count, "FRACTAL inputs differ in length")
        var result = Series(
            swinghigh: [Int32](repeating: 0, count: low.count), swinglow: [Int32](repeating: 0, count: low.count))
        drive(FRACTAL(leftbars: leftbars, rightbars: rightbars), count: low.count) {
            PriceBar(high: high[$0], low: low[$0])
        } emit: { index, value in
            result.swinghigh[index] = value.swinghigh
            result.swinglow[index] = value.swinglow
        }
        return result
    }
}

import Indicators

/// A reproducible random walk of OHLCV bars (high ≥ max(open, close), low ≤ min(open, close)),
/// for property tests; `periods` holds whole numbers 1…40 for MAVP.
struct RandomSeries {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func unit() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) / Double(1 << 53)
    }

    /// Columns by name: open, high, low, close, volume, periods.
    mutating func columns(count: Int) -> [String: [Double]] {
        var open: [Double] = [], high: [Double] = [], low: [Double] = [], close: [Double] = []
        var volume: [Double] = [], periods: [Double] = []
        var price = 100.0
        for _ in 0..<count {
            let first = price
            price *= 1 + (unit() - 0.5) * 0.04
            let top = max(first, price) * (1 + unit() * 0.01)
            let bottom = min(first, price) * (1 - unit() * 0.01)
            open.append(first)
            high.append(top)
            low.append(bottom)
            close.append(price)
            volume.append(1_000 * (0.1 + unit()))
            periods.append((1 + unit() * 40).rounded(.down))
        }
        return ["open": open, "high": high, "low": low, "close": close, "volume": volume, "periods": periods]
    }
}

extension IndicatorFunction {
    /// The function's inputs taken from named columns, as its defaults map them.
    func inputs(from columns: [String: [Double]]) -> [[Double]] {
        info.inputs.map { columns[$0.defaultColumn ?? $0.name]! }
    }

    /// The parameter sets the reference fixtures use for this function (defaults first).
    var fixtureParameters: [[String: Double]] {
        let sets = TALibFixtures.manifest.cases.filter { $0.function == info.name }.map(\.parameters)
        return sets.isEmpty ? [[:]] : sets
    }
}

/// Bitwise equality that treats NaN as equal to NaN.
func same(_ a: Double, _ b: Double) -> Bool { a == b || (a.isNaN && b.isNaN) }

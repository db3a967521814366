/// The newest `lag + 1` values of a series: each new value and the one `lag` bars before it,
/// which the momentum and rate-of-change indicators compare (MOM, ROC, ROCP, ROCR, ROCR100, VHF,
/// CVI, DPO).
struct LaggedWindow: Sendable {
    /// The values held, the newest at age 0 (VHF scans them all).
    private(set) var values: RingBuffer<Double>

    init(lag: Int) {
        values = RingBuffer(capacity: lag + 1)
    }

    /// Adds `value`; returns the value `lag` bars before it, once there is one.
    @inline(__always)
    mutating func push(_ value: Double) -> Double? {
        values.append(value)
        return values.isFull ? values.oldest : nil
    }
}

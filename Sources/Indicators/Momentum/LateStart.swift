/// A stage of a composite indicator that TA-Lib starts after bar 0.
///
/// TA-Lib runs every stage of a composite from the composite's first output back by that
/// stage's own lookback, so a stage with a shorter lookback than its siblings (MACD's fast
/// EMA, AO's fast SMA) first sees a later bar. Running sums and seeds then match TA-Lib's only
/// if the stage ignores the bars before that one; this wrapper drops them.
struct LateStart<Stage: StreamingIndicator>: Sendable {
    private var stage: Stage
    private var skipped: Int
    private let skip: Int

    /// - Parameters:
    ///   - stage: a fresh stage.
    ///   - lookback: the composite's lookback (the bar its first output needs this stage at).
    init(_ stage: Stage, within lookback: Int) {
        self.stage = stage
        self.skip = max(0, lookback - stage.lookback)
        self.skipped = 0
    }

    @inline(__always)
    mutating func update(_ input: Stage.Input) -> Stage.Output? {
        guard skipped == skip else {
            skipped += 1
            return nil
        }
        return stage.update(input)
    }
}

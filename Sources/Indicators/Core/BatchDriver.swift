/// The batch form shared by every indicator: a fresh streaming value run over the series.
///
/// Leading bars with a NaN are skipped (outputs undefined there, lookback counted from the
/// first complete bar), as TA-Lib's Python wrapper does; NaN later in a series flows through
/// the arithmetic as it does in TA-Lib.
///
/// Speed: everything here is `@inline(__always)`, so each batch form compiles into one loop
/// specialised for its indicator (the `input` and `emit` closures inlined). The indicator is
/// moved into the loop, never copied: its windows (``RingBuffer``'s arrays) are then uniquely
/// referenced, and the optimiser takes their copy-on-write checks out of the per-bar path (a
/// copy kept alive beside the loop costs a runtime uniqueness call per append: SMA twice as
/// slow). Outputs are written once, into uninitialised arrays: every position gets its value
/// or NaN (0 for signals), never filled first and written again.
extension StreamingIndicator {
    /// Calls `emit` for every bar that gives an output (`index`, output).
    @inline(__always)
    static func drive(
        _ indicator: consuming Self, count: Int, input: (Int) -> Input, emit: (Int, Output) -> Void
    ) {
        driveAll(indicator, count: count, input: input) { index, output in
            if let output { emit(index, output) }
        }
    }

    /// Calls `emit` for every bar, in order: its output, or nil before the lookback and for the
    /// skipped leading bars.
    @inline(__always)
    static func driveAll(
        _ indicator: consuming Self, count: Int, input: (Int) -> Input, emit: (Int, Output?) -> Void
    ) {
        var indicator = indicator
        var index = 0
        while index < count, input(index).isMissing {
            indicator.skip()
            emit(index, nil)
            index += 1
        }
        while index < count {
            emit(index, indicator.update(input(index)))
            index += 1
        }
    }

    /// One output per input, NaN where undefined.
    @inline(__always)
    static func series(_ indicator: consuming Self, count: Int, input: (Int) -> Input) -> [Double]
    where Output == Double {
        var pending: Self? = indicator // moved into the loop below, never copied
        return makeOutput(count: count) { out in
            driveAll(pending.take().unsafelyUnwrapped, count: count, input: input) { index, output in
                (out + index).initialize(to: output ?? .nan)
            }
        }
    }

    /// One signal per input, 0 where undefined (TA-Lib's integer outputs).
    @inline(__always)
    static func signals(_ indicator: consuming Self, count: Int, input: (Int) -> Input) -> [Int32]
    where Output == Int32 {
        var pending: Self? = indicator
        return makeOutput(count: count) { out in
            driveAll(pending.take().unsafelyUnwrapped, count: count, input: input) { index, output in
                (out + index).initialize(to: output ?? 0)
            }
        }
    }

    /// One column per output component, NaN where undefined.
    @inline(__always)
    static func columns(_ indicator: consuming Self, count: Int, input: (Int) -> Input) -> [[Double]] {
        var pending: Self? = indicator
        return withOutputColumns(Output.componentCount, count: count) { out in
            driveAll(pending.take().unsafelyUnwrapped, count: count, input: input) { index, output in
                writeComponents(output, to: out, at: index)
            }
        }
    }

    /// Writes every component of `output` (NaN for nil) at `index` of the columns `out`.
    @inline(__always)
    static func writeComponents(_ output: Output?, to out: UnsafePointer<UnsafeMutablePointer<Double>>, at index: Int) {
        let width = Output.componentCount
        if let output {
            for component in 0..<width { (out[component] + index).initialize(to: output.component(component)) }
        } else {
            for component in 0..<width { (out[component] + index).initialize(to: .nan) }
        }
    }
}

/// Makes `width` arrays of `count` doubles, uninitialised, and lets `body` initialise every
/// element of each through `out[column] + index`. `body` must write all `width × count`.
@inline(__always)
func withOutputColumns(
    _ width: Int, count: Int, _ body: (UnsafePointer<UnsafeMutablePointer<Double>>) -> Void
) -> [[Double]] {
    guard count > 0 else { return [[Double]](repeating: [], count: width) }
    let pointers = UnsafeMutablePointer<UnsafeMutablePointer<Double>>.allocate(capacity: max(width, 1))
    defer { pointers.deallocate() }
    return makeColumns(from: 0, width: width, count: count, pointers: pointers, body)
}

/// Columns `column..<width`, each made inside the previous one's initialiser so that `body`
/// runs while every buffer is valid.
private func makeColumns(
    from column: Int, width: Int, count: Int, pointers: UnsafeMutablePointer<UnsafeMutablePointer<Double>>,
    _ body: (UnsafePointer<UnsafeMutablePointer<Double>>) -> Void
) -> [[Double]] {
    guard column < width else {
        body(pointers)
        return []
    }
    var rest: [[Double]] = []
    let array: [Double] = makeOutput(count: count) { base in
        pointers[column] = base
        rest = makeColumns(from: column + 1, width: width, count: count, pointers: pointers, body)
    }
    rest.insert(array, at: 0)
    return rest
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TradingCore

/// A one-line progress bar on standard error, redrawn in place (only when it is a terminal).
final class ProgressBar {
    private let clock = LiveClock()
    private let started: Timestamp
    private var lastDrawn: Timestamp
    private var drawn = false

    static var isTerminal: Bool { isatty(2) == 1 }

    init() {
        started = clock.now
        lastDrawn = started
    }

    func update(_ fraction: Double) {
        let now = clock.now
        guard fraction >= 1 || (now - lastDrawn) >= .milliseconds(100) else { return }
        lastDrawn = now
        let width = 30
        let filled = Int((min(max(fraction, 0), 1) * Double(width)).rounded(.down))
        let elapsed = Double((now - started).nanosecondsValue) / 1e9
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let text = "\r  \(bar) \(Int(fraction * 100))%  \(Int(elapsed))s "
        writeStandardError(text)
        drawn = true
    }

    func finish() {
        if drawn { writeStandardError("\r" + String(repeating: " ", count: 60) + "\r") }
    }
}

/// Writes text to standard error as is (no newline added).
func writeStandardError(_ text: String) {
    var text = text
    text.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}

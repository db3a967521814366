extension FixedDecimal {
    /// Parses decimal text: optional sign, digits with an optional point, optional exponent
    /// (`e-8`). With `rounding` nil, digits beyond the twelfth fractional place must be zeros;
    /// otherwise they are rounded by the rule. Nil when malformed or out of range.
    public init?(parsing text: some StringProtocol, rounding: FloatingPointRoundingRule?) {
        var string = String(text)
        let value = string.withUTF8 { Self.parse($0, rounding.map(Rounding.init)) }
        guard let value else { return nil }
        self = value
    }

    /// Parses ASCII decimal bytes without allocating; the CSV reader's fast path.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, rounding: FloatingPointRoundingRule? = nil) -> FixedDecimal? {
        parse(bytes, rounding.map(Rounding.init))
    }

    /// Parses with this module's rounding enum (no resilient-type overhead per call).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ rounding: Rounding?) -> FixedDecimal? {
        let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
        var index = 0
        let count = bytes.count
        var negative = false
        if index < count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        // The mantissa takes digits while they fit 128 bits (in 64 bits while they fit there,
        // the CSV reader's common case); fraction digits beyond that leave a "sticky" tail.
        var small: UInt64 = 0
        var mantissa: UInt128 = 0
        var wide = false
        var full = false
        var significantDigits = 0
        var fractionDigits = 0
        var digits = 0
        var stickyTail = false
        var afterPoint = false
        while index < count {
            let byte = bytes[index]
            if byte >= zero && byte <= nine {
                digits += 1
                let digit = byte &- zero
                if !full {
                    if significantDigits > 0 || digit != 0 { significantDigits += 1 }
                    if !wide && significantDigits <= 19 {
                        small = small &* 10 &+ UInt64(digit)
                        if afterPoint { fractionDigits += 1 }
                    } else {
                        if !wide { mantissa = UInt128(small); wide = true }
                        let (scaled, overflow) = mantissa.multipliedReportingOverflow(by: 10)
                        let (sum, carry) = scaled.addingReportingOverflow(UInt128(digit))
                        if overflow || carry {
                            full = true
                        } else {
                            mantissa = sum
                            if afterPoint { fractionDigits += 1 }
                        }
                    }
                }
                if full {
                    guard afterPoint else { return nil } // more integer digits than 128 bits hold
                    stickyTail = stickyTail || digit != 0
                }
            } else if byte == UInt8(ascii: "."), !afterPoint {
                afterPoint = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                break
            } else {
                return nil
            }
            index += 1
        }
        if !wide { mantissa = UInt128(small) }
        guard digits > 0 else { return nil }

        var exponent = 0
        if index < count { // the exponent after 'e'
            index += 1
            var exponentNegative = false
            if index < count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var exponentDigits = 0
            while index < count {
                let byte = bytes[index]
                guard byte >= zero && byte <= nine, exponent < 100_000 else { return nil }
                exponent = exponent * 10 + Int(byte &- zero)
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { return nil }
            if exponentNegative { exponent = -exponent }
        }

        // value = mantissa × 10^(exponent − fractionDigits); raw = value × 10^12.
        let shift = exponent - fractionDigits + FixedDecimal.fractionDigits
        var magnitude: UInt128
        if shift >= 0 {
            if mantissa == 0 {
                magnitude = 0
            } else {
                guard shift <= 38 else { return nil }
                let (product, overflow) = mantissa.multipliedReportingOverflow(by: FixedDecimal.powersOfTen[shift])
                guard !overflow else { return nil }
                magnitude = product
            }
            if stickyTail {
                guard let rounding else { return nil }
                magnitude = roundUp(magnitude, rule: rounding, negative: negative, half: .below) ? magnitude + 1 : magnitude
            }
        } else {
            let cut = -shift
            let quotient: UInt128, remainder: UInt128, divisor: UInt128
            if cut > 38 {
                (quotient, remainder, divisor) = (0, mantissa, 0)
            } else {
                divisor = FixedDecimal.powersOfTen[cut]
                (quotient, remainder) = mantissa.quotientAndRemainder(dividingBy: divisor)
            }
            magnitude = quotient
            if remainder != 0 || stickyTail {
                guard let rounding else { return nil }
                let half: TailSize
                if divisor == 0 {
                    half = .below // at least 39 places below the last kept digit
                } else if remainder == divisor / 2 {
                    half = stickyTail ? .above : .exactlyHalf
                } else {
                    half = remainder > divisor / 2 ? .above : .below
                }
                if roundUp(quotient, rule: rounding, negative: negative, half: half) { magnitude += 1 }
            }
        }
        guard magnitude <= UInt128(Int128.max) else { return nil }
        return FixedDecimal(raw: negative ? -Int128(magnitude) : Int128(magnitude))
    }

    /// How a discarded non-zero tail compares with half a unit of the last kept digit.
    private enum TailSize { case below, exactlyHalf, above }

    /// Whether a truncated magnitude moves one unit away from zero under `rule`.
    private static func roundUp(_ truncated: UInt128, rule: Rounding, negative: Bool, half: TailSize) -> Bool {
        switch rule {
        case .towardZero: return false
        case .awayFromZero: return true
        case .down: return negative
        case .up: return !negative
        case .toNearestOrAwayFromZero: return half != .below
        case .toNearestOrEven:
            switch half {
            case .below: return false
            case .above: return true
            case .exactlyHalf: return truncated % 2 == 1
            }
        }
    }
}

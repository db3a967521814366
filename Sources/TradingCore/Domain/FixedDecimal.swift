/// An exact decimal number with twelve fractional digits, stored as a scaled 128-bit integer.
///
/// Prices, sizes and balances that reach a venue or the journal are `FixedDecimal`s, so a
/// venue's own string (`"16.90"`, `"0.0025"`) round-trips without binary-float error.
/// Twelve digits hold every venue's precision (Binance and Hyperliquid use at most eight,
/// Polymarket six); the range is ±1.7 × 10²⁶. Addition and subtraction are exact;
/// multiplication and division round half to even at the twelfth digit. Overflow traps,
/// as it does for `Int`. Use `Double` only for indicator math (`doubleValue`).
public struct FixedDecimal: Sendable, Hashable, Comparable {
    /// Number of fractional digits held exactly.
    public static let fractionDigits = 12
    /// 10^12: the raw value of one.
    @usableFromInline static let unit: Int128 = 1_000_000_000_000

    /// The value times 10^12.
    public var raw: Int128

    /// Creates a value from its raw representation (value × 10^12).
    @inlinable public init(raw: Int128) { self.raw = raw }

    /// Creates an integral value.
    @inlinable public init(_ value: Int) { self.raw = Int128(value) * Self.unit }

    /// `mantissa` × 10^-`decimals`, exactly; `decimals` must be within 0...12.
    @inlinable public init(mantissa: Int64, decimals: Int) {
        precondition((0...Self.fractionDigits).contains(decimals), "decimals must be 0...12")
        self.raw = Int128(mantissa) * Self.pow10(Self.fractionDigits - decimals)
    }

    public static let zero = FixedDecimal(raw: 0)
    public static let one = FixedDecimal(raw: unit)

    @inlinable public var isZero: Bool { raw == 0 }
    @inlinable public var isNegative: Bool { raw < 0 }
    @inlinable public var isPositive: Bool { raw > 0 }
    /// -1, 0 or 1.
    @inlinable public var signum: Int { raw == 0 ? 0 : (raw < 0 ? -1 : 1) }
    @inlinable public var magnitude: FixedDecimal { FixedDecimal(raw: raw < 0 ? -raw : raw) }

    /// The nearest `Double`; for indicator math and charts, never for amounts sent anywhere.
    @inlinable public var doubleValue: Double {
        if let small = Int64(exactly: raw) { return Double(small) / 1e12 }
        return Double(raw) / 1e12
    }

    @inlinable public static func < (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool { lhs.raw < rhs.raw }

    /// 10^exponent for exponent in 0...38.
    @usableFromInline static func pow10(_ exponent: Int) -> Int128 {
        Int128(powersOfTen[exponent])
    }

    @usableFromInline static let powersOfTen: [UInt128] = {
        var powers: [UInt128] = [1]
        for _ in 1...38 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()
}

// MARK: - Rounding

extension FixedDecimal {
    /// The rounding rules, as a plain enum of this module: the standard library's
    /// `FloatingPointRoundingRule` is resilient, which costs a metadata lookup per use on the
    /// hot path.
    @usableFromInline enum Rounding: UInt8 {
        case toNearestOrEven, toNearestOrAwayFromZero, towardZero, awayFromZero, up, down

        @inlinable init(_ rule: FloatingPointRoundingRule) {
            switch rule {
            case .toNearestOrEven: self = .toNearestOrEven
            case .toNearestOrAwayFromZero: self = .toNearestOrAwayFromZero
            case .towardZero: self = .towardZero
            case .awayFromZero: self = .awayFromZero
            case .up: self = .up
            case .down: self = .down
            @unknown default: self = .toNearestOrEven
            }
        }
    }
}

// MARK: - Arithmetic

extension FixedDecimal: AdditiveArithmetic {
    @inlinable public static func + (lhs: FixedDecimal, rhs: FixedDecimal) -> FixedDecimal {
        FixedDecimal(raw: lhs.raw + rhs.raw)
    }
    @inlinable public static func - (lhs: FixedDecimal, rhs: FixedDecimal) -> FixedDecimal {
        FixedDecimal(raw: lhs.raw - rhs.raw)
    }
    @inlinable public static func += (lhs: inout FixedDecimal, rhs: FixedDecimal) { lhs.raw += rhs.raw }
    @inlinable public static func -= (lhs: inout FixedDecimal, rhs: FixedDecimal) { lhs.raw -= rhs.raw }
    @inlinable public static prefix func - (operand: FixedDecimal) -> FixedDecimal { FixedDecimal(raw: -operand.raw) }
}

extension FixedDecimal {
    /// The product, rounded half to even at the twelfth fractional digit.
    @inlinable public static func * (lhs: FixedDecimal, rhs: FixedDecimal) -> FixedDecimal {
        lhs.multiplied(by: rhs, .toNearestOrEven)
    }

    /// The quotient, rounded half to even at the twelfth fractional digit. Traps on zero.
    @inlinable public static func / (lhs: FixedDecimal, rhs: FixedDecimal) -> FixedDecimal {
        lhs.divided(by: rhs, .toNearestOrEven)
    }

    @inlinable public static func *= (lhs: inout FixedDecimal, rhs: FixedDecimal) { lhs = lhs * rhs }
    @inlinable public static func /= (lhs: inout FixedDecimal, rhs: FixedDecimal) { lhs = lhs / rhs }

    /// Multiplies by an integer exactly.
    @inlinable public static func * (lhs: FixedDecimal, rhs: Int) -> FixedDecimal {
        FixedDecimal(raw: lhs.raw * Int128(rhs))
    }

    /// The product with an explicit rounding rule at the twelfth digit.
    @inlinable public func multiplied(by other: FixedDecimal, rounding rule: FloatingPointRoundingRule) -> FixedDecimal {
        multiplied(by: other, Rounding(rule))
    }

    /// The quotient with an explicit rounding rule at the twelfth digit. Traps on zero.
    @inlinable public func divided(by other: FixedDecimal, rounding rule: FloatingPointRoundingRule) -> FixedDecimal {
        divided(by: other, Rounding(rule))
    }

    @inlinable func multiplied(by other: FixedDecimal, _ rule: Rounding) -> FixedDecimal {
        let (product, overflow) = raw.multipliedReportingOverflow(by: other.raw)
        if !overflow {
            return FixedDecimal(raw: Self.divide(product, by: Self.unit, rule))
        }
        return FixedDecimal(raw: Self.divideWide(raw.multipliedFullWidth(by: other.raw), by: Self.unit, rule))
    }

    @inlinable func divided(by other: FixedDecimal, _ rule: Rounding) -> FixedDecimal {
        precondition(other.raw != 0, "FixedDecimal division by zero")
        let (scaled, overflow) = raw.multipliedReportingOverflow(by: Self.unit)
        if !overflow {
            return FixedDecimal(raw: Self.divide(scaled, by: other.raw, rule))
        }
        return FixedDecimal(raw: Self.divideWide(raw.multipliedFullWidth(by: Self.unit), by: other.raw, rule))
    }

    /// Rounds to a multiple of `step` (a tick or lot size). `step` must be positive.
    @inlinable public func rounded(toMultipleOf step: FixedDecimal, _ rule: FloatingPointRoundingRule = .toNearestOrEven) -> FixedDecimal {
        precondition(step.raw > 0, "rounding step must be positive")
        return FixedDecimal(raw: Self.divide(raw, by: step.raw, Rounding(rule)) * step.raw)
    }

    /// Rounds to `decimals` fractional digits (0...12).
    @inlinable public func rounded(decimals: Int, _ rule: FloatingPointRoundingRule = .toNearestOrEven) -> FixedDecimal {
        precondition((0...Self.fractionDigits).contains(decimals), "decimals must be 0...12")
        return rounded(toMultipleOf: FixedDecimal(raw: Self.pow10(Self.fractionDigits - decimals)), rule)
    }

    /// Whether the value is a whole multiple of `step`.
    @inlinable public func isMultiple(of step: FixedDecimal) -> Bool {
        step.raw != 0 && raw % step.raw == 0
    }

    /// Number of fractional digits actually used (0 for integers, 2 for 16.90).
    public var significantFractionDigits: Int {
        var fraction = raw % Self.unit
        if fraction == 0 { return 0 }
        var digits = Self.fractionDigits
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        return digits
    }

    /// `numerator / denominator` rounded by `rule`.
    @inlinable static func divide(_ numerator: Int128, by denominator: Int128, _ rule: Rounding) -> Int128 {
        let negative = (numerator < 0) != (denominator < 0)
        if denominator == unit {
            // The common case (every product): no 128-bit division at all.
            let (quotient, remainder) = divideByUnit(numerator.magnitude)
            let signed = negative ? -Int128(quotient) : Int128(quotient)
            let signedRemainder = numerator < 0 ? -Int128(remainder) : Int128(remainder)
            return adjust(signed, remainder: signedRemainder, denominator: denominator, negative: negative, rule)
        }
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        return adjust(quotient, remainder: remainder, denominator: denominator, negative: negative, rule)
    }

    /// `n / 10^12` and `n % 10^12` without a 128-bit division: 10^12 = 2^12 × 5^12, so shift out
    /// the 2^12, then divide by the constant 5^12 in 32-bit limbs (each a multiply and a shift).
    @inlinable static func divideByUnit(_ n: UInt128) -> (UInt128, UInt64) {
        let five12: UInt64 = 244_140_625
        let low12 = UInt64(truncatingIfNeeded: n) & 0xFFF
        let shifted = n >> 12
        var quotient: UInt128 = 0
        var remainder: UInt64 = 0
        for shift in stride(from: 96, through: 0, by: -32) {
            let current = remainder << 32 | UInt64(truncatingIfNeeded: shifted >> UInt128(shift)) & 0xFFFF_FFFF
            let digit = current / five12
            remainder = current - digit * five12
            quotient = quotient << 32 | UInt128(digit)
        }
        return (quotient, remainder << 12 | low12)
    }

    /// A 256-bit numerator divided by `denominator` (the slow path of `*` and `/`).
    @inlinable static func divideWide(_ wide: (high: Int128, low: UInt128), by denominator: Int128, _ rule: Rounding) -> Int128 {
        let negativeNumerator = wide.high < 0
        var high = wide.high, low = wide.low
        if negativeNumerator { // two's-complement negate the 256-bit value
            low = ~low &+ 1
            high = ~high &+ (low == 0 ? 1 : 0)
        }
        let divisor = denominator.magnitude
        precondition(UInt128(high) < divisor, "FixedDecimal arithmetic overflow")
        let (quotient, remainder) = divisor.dividingFullWidth((high: UInt128(high), low: low))
        precondition(quotient <= UInt128(Int128.max), "FixedDecimal arithmetic overflow")
        let negative = negativeNumerator != (denominator < 0)
        let signedQuotient = negative ? -Int128(quotient) : Int128(quotient)
        let signedRemainder = Int128(remainder)
        return adjust(signedQuotient, remainder: negative ? -signedRemainder : signedRemainder, denominator: Int128(divisor), negative: negative, rule)
    }

    /// Applies `rule` to a truncated quotient given the remainder's size against the divisor.
    @inlinable static func adjust(_ quotient: Int128, remainder: Int128, denominator: Int128, negative: Bool, _ rule: Rounding) -> Int128 {
        if remainder == 0 { return quotient }
        let away: Int128 = negative ? -1 : 1
        switch rule {
        case .towardZero:
            return quotient
        case .awayFromZero:
            return quotient + away
        case .down:
            return negative ? quotient - 1 : quotient
        case .up:
            return negative ? quotient : quotient + 1
        case .toNearestOrAwayFromZero, .toNearestOrEven:
            let twiceRemainder = remainder.magnitude * 2
            let divisor = denominator.magnitude
            if twiceRemainder > divisor { return quotient + away }
            if twiceRemainder < divisor { return quotient }
            if rule == .toNearestOrAwayFromZero { return quotient + away }
            return quotient.isMultiple(of: 2) ? quotient : quotient + away
        }
    }
}

// MARK: - Conversions

extension FixedDecimal {
    /// The value of `double` as its shortest round-trip decimal (`0.1` becomes exactly 0.1),
    /// rounded half to even at the twelfth digit. `double` must be finite.
    public init(_ double: Double) {
        precondition(double.isFinite, "FixedDecimal from a non-finite Double")
        guard let value = FixedDecimal(parsing: double.description, rounding: .toNearestOrEven) else {
            preconditionFailure("FixedDecimal out of range: \(double)")
        }
        self = value
    }

    /// The integer part, truncated toward zero.
    public var integerPart: Int128 { raw / Self.unit }
}

extension FixedDecimal: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension FixedDecimal: ExpressibleByFloatLiteral {
    /// A literal such as `0.05` means exactly 0.05 (through its shortest decimal form).
    public init(floatLiteral value: Double) { self.init(value) }
}

extension FixedDecimal: CustomStringConvertible, LosslessStringConvertible {
    /// Parses a plain decimal (`"-12.3400"`, `".5"`, `"1e-8"`); nil if malformed, out of range,
    /// or carrying a non-zero digit beyond the twelfth fractional place.
    public init?(_ description: String) {
        self.init(parsing: description, rounding: nil)
    }

    /// The shortest form: no exponent, no trailing fractional zeros (`16.9`, `-0.0025`, `3`).
    public var description: String {
        let negative = raw < 0
        let magnitude = raw.magnitude
        let unit = UInt128(Self.unit)
        let integer = magnitude / unit
        var fraction = magnitude % unit
        var text = negative ? "-" : ""
        text += String(integer)
        if fraction != 0 {
            var digits = Self.fractionDigits
            while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            let fractionText = String(fraction)
            text += "."
            text += String(repeating: "0", count: digits - fractionText.count)
            text += fractionText
        }
        return text
    }

    /// Fixed-point text with exactly `decimals` fractional digits (rounded half to even).
    public func formatted(decimals: Int) -> String {
        let value = rounded(decimals: decimals)
        let negative = value.raw < 0
        let magnitude = value.raw.magnitude
        let unit = UInt128(Self.unit)
        var text = (negative ? "-" : "") + String(magnitude / unit)
        if decimals > 0 {
            let fraction = (magnitude % unit) / UInt128(Self.pow10(Self.fractionDigits - decimals))
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: decimals - fractionText.count) + fractionText
        }
        return text
    }
}

extension FixedDecimal: Codable {
    /// Decodes a JSON string (`"0.05"`, exact) or number (through its shortest decimal form).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let value = FixedDecimal(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "'\(text)' is not a decimal with at most 12 fractional digits")
            }
            self = value
            return
        }
        let number = try container.decode(Double.self)
        guard number.isFinite, abs(number) < 1e26 else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(number) is out of range")
        }
        self.init(number)
    }

    /// Encodes as a JSON string, so no reader turns it into a binary float.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A price in the quote currency.
public typealias Price = FixedDecimal
/// A size in the base asset (or in shares, for binary outcomes).
public typealias Quantity = FixedDecimal
/// An amount of the account's settlement currency (USD, USDT, USDC).
public typealias Money = FixedDecimal

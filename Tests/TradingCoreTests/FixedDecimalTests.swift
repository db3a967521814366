import Foundation
import Testing
import TradingCore

@Suite("FixedDecimal: exact money")
struct FixedDecimalTests {
    @Test("venue strings round-trip exactly", arguments: ["16.9", "0.0025", "0.005", "126199.63", "-0.000000000001", "3", "0", "170141183460469.231731687303"])
    func roundTrip(text: String) throws {
        let value = try #require(FixedDecimal(text))
        #expect(value.description == text)
    }

    @Test("trailing zeros and a leading point are accepted, and print in shortest form")
    func shortestForm() {
        #expect(FixedDecimal("16.90")?.description == "16.9")
        #expect(FixedDecimal(".5")?.description == "0.5")
        #expect(FixedDecimal("+2.50")?.description == "2.5")
        #expect(FixedDecimal("1e-8")?.description == "0.00000001")
        #expect(FixedDecimal("2.5E3")?.description == "2500")
    }

    @Test("malformed or over-precise text is refused", arguments: ["", "-", ".", "1.2.3", "12a", "1e", "0.0000000000001", "1e-13", "--1", "1,5"])
    func refused(text: String) {
        #expect(FixedDecimal(text) == nil)
    }

    @Test("addition is exact where binary floats are not")
    func exactAddition() {
        #expect(FixedDecimal("0.1")! + FixedDecimal("0.2")! == FixedDecimal("0.3")!)
        #expect(0.1 + 0.2 != 0.3) // the reason this type exists
    }

    @Test("multiplication rounds half to even at the twelfth digit")
    func multiplicationRounding() {
        // 0.000001 × 0.0000015 = 1.5e-12 → 2e-12 (half to even); × 0.0000025 = 2.5e-12 → 2e-12.
        #expect((FixedDecimal("0.000001")! * FixedDecimal("0.0000015")!).raw == 2)
        #expect((FixedDecimal("0.000001")! * FixedDecimal("0.0000025")!).raw == 2)
        #expect((FixedDecimal("0.000001")! * FixedDecimal("0.0000035")!).raw == 4)
        #expect((FixedDecimal("-0.000001")! * FixedDecimal("0.0000025")!).raw == -2)
    }

    @Test("large products take the 256-bit path and stay exact")
    func wideMultiplication() {
        let price = FixedDecimal("126199.63")!, size = FixedDecimal("250000000.5")!
        #expect((price * size).description == "31549907563099.815")
        #expect((-price * size).description == "-31549907563099.815")
    }

    @Test("division rounds half to even; the direction can be chosen")
    func division() {
        #expect((FixedDecimal(1) / FixedDecimal(3)).description == "0.333333333333")
        #expect((FixedDecimal(2) / FixedDecimal(3)).description == "0.666666666667")
        #expect(FixedDecimal(2).divided(by: 3, rounding: .down).description == "0.666666666666")
        #expect((FixedDecimal("126199.63")! / FixedDecimal("0.0001")!).description == "1261996300")
    }

    @Test("rounding to a tick or lot size")
    func roundingToStep() {
        let price = FixedDecimal("0.12345")!
        #expect(price.rounded(toMultipleOf: FixedDecimal("0.001")!).description == "0.123")
        #expect(price.rounded(toMultipleOf: FixedDecimal("0.001")!, .up).description == "0.124")
        #expect(FixedDecimal("0.0075")!.rounded(toMultipleOf: FixedDecimal("0.005")!, .down).description == "0.005")
        #expect(FixedDecimal("16.90")!.isMultiple(of: FixedDecimal("0.01")!))
        #expect(!FixedDecimal("16.905")!.isMultiple(of: FixedDecimal("0.01")!))
    }

    @Test("a Double becomes its shortest decimal, so 0.1 is exactly 0.1")
    func fromDouble() {
        #expect(FixedDecimal(0.1) == FixedDecimal("0.1")!)
        #expect(FixedDecimal(46656.13) == FixedDecimal("46656.13")!)
        #expect(FixedDecimal(1e-5).description == "0.00001")
        let literal: FixedDecimal = 0.29
        #expect(literal.description == "0.29")
    }

    @Test("rounding on parse, when asked, is half to even")
    func parseWithRounding() {
        #expect(FixedDecimal(parsing: "0.0000000000005", rounding: .toNearestOrEven)?.raw == 0)
        #expect(FixedDecimal(parsing: "0.0000000000015", rounding: .toNearestOrEven)?.raw == 2)
        #expect(FixedDecimal(parsing: "0.00000000000051", rounding: .toNearestOrEven)?.raw == 1)
        #expect(FixedDecimal(parsing: "-0.0000000000015", rounding: .toNearestOrEven)?.raw == -2)
    }

    @Test("fixed-point formatting pads and rounds")
    func formatting() {
        #expect(FixedDecimal("3.14159")!.formatted(decimals: 2) == "3.14")
        #expect(FixedDecimal("2.005")!.formatted(decimals: 2) == "2.00") // half to even
        #expect(FixedDecimal("2.015")!.formatted(decimals: 2) == "2.02")
        #expect(FixedDecimal("-0.5")!.formatted(decimals: 3) == "-0.500")
        #expect(FixedDecimal(7).formatted(decimals: 0) == "7")
    }

    @Test("JSON encodes as a string and decodes strings or numbers")
    func codable() throws {
        let encoded = try JSONEncoder().encode([FixedDecimal("16.90")!])
        #expect(String(decoding: encoded, as: UTF8.self) == "[\"16.9\"]")
        let decoded = try JSONDecoder().decode([FixedDecimal].self, from: Data("[\"0.0025\", 0.29]".utf8))
        #expect(decoded == [FixedDecimal("0.0025")!, FixedDecimal("0.29")!])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([FixedDecimal].self, from: Data("[\"1.2.3\"]".utf8)) }
    }
}

/// Products, quotients and rounded parses against Python's decimal module (ROUND_HALF_EVEN):
/// Fixtures/fixed_decimal_reference.json, made by `python3 scripts/reference/fixed_decimal_reference.py`.
@Suite("FixedDecimal against Python's decimal")
struct FixedDecimalReferenceTests {
    struct Fixture: Decodable {
        var products: [[String]]
        var quotients: [[String]]
        var parses: [[String]]
    }

    static let fixture: Fixture = {
        let url = Bundle.module.url(forResource: "fixed_decimal_reference", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    /// Python prints `1E+1` style exponents; parse either form.
    func value(_ text: String) -> FixedDecimal {
        guard let value = FixedDecimal(text) else {
            Issue.record("cannot parse \(text)")
            return .zero
        }
        return value
    }

    @Test("1,500 products equal decimal's, small and 256-bit alike")
    func products() {
        for row in Self.fixture.products {
            #expect(value(row[0]) * value(row[1]) == value(row[2]), "\(row[0]) × \(row[1])")
        }
    }

    @Test("1,500 quotients equal decimal's")
    func quotients() {
        for row in Self.fixture.quotients {
            #expect(value(row[0]) / value(row[1]) == value(row[2]), "\(row[0]) ÷ \(row[1])")
        }
    }

    @Test("long strings parse rounded half to even, as decimal quantizes them")
    func roundedParse() {
        for row in Self.fixture.parses {
            #expect(FixedDecimal(parsing: row[0], rounding: .toNearestOrEven) == value(row[1]), "\(row[0])")
        }
    }
}

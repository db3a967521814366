// Hex helpers: no reference fixtures needed (the expected strings are written out by hand).

import Exchanges
import Testing

@Suite("Hex")
struct HexTests {
    @Test func encodesLowerCaseWithAndWithoutPrefix() {
        #expect(Hex.encode([0x00, 0xAB, 0xFF, 0x10]) == "00abff10")
        #expect(Hex.encode([0x00, 0xAB, 0xFF, 0x10], prefix: true) == "0x00abff10")
        #expect(Hex.encode([], prefix: true) == "0x")
    }

    @Test func decodesEitherCaseWithOrWithoutPrefix() throws {
        #expect(try Hex.decode("00abFF10") == [0x00, 0xAB, 0xFF, 0x10])
        #expect(try Hex.decode("0x00abFF10") == [0x00, 0xAB, 0xFF, 0x10])
        #expect(try Hex.decode("0X00ABff10") == [0x00, 0xAB, 0xFF, 0x10])
        #expect(try Hex.decode("0x") == [])
        #expect(try Hex.decode("") == [])
    }

    @Test func rejectsOddLengthSayingSo() {
        #expect(throws: HexError.oddLength(digits: 3)) { try Hex.decode("0xabc") }
        let error = #expect(throws: HexError.self) { try Hex.decode("abc") }
        #expect(error?.description.contains("odd number of digits") == true)
    }

    @Test func rejectsBadCharacterNamingItAndItsIndex() {
        #expect(throws: HexError.invalidCharacter("g", index: 4)) { try Hex.decode("0x12g4") }
        #expect(throws: HexError.invalidCharacter(" ", index: 2)) { try Hex.decode("ab cd") }
        #expect(throws: HexError.invalidCharacter("é", index: 1)) { try Hex.decode("aé") }
        let error = #expect(throws: HexError.self) { try Hex.decode("0x12g4") }
        #expect(error?.description == "invalid hex character \"g\" at index 4")
    }

    @Test func roundTripsEveryByte() throws {
        let all = (0...255).map(UInt8.init)
        #expect(try Hex.decode(Hex.encode(all, prefix: true)) == all)
    }
}

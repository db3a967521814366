import Testing
import TradingCore

@Suite("Candle CSV reader")
struct CandleCSVReaderTests {
    let header = "timestamp,open,high,low,close,volume\n"

    @Test("reads the bundled BTC 1h file, hole and all, inferring the interval")
    func bundledFile() throws {
        let reader = try CandleCSVReader(path: packageRoot + "/Examples/Data/BTCUSDT-1h.csv", instrument: btc)
        var count = 0
        var previous: Candle?
        var holes = 0
        while let candle = try reader.next() {
            if let previous, candle.openTime.nanoseconds - previous.openTime.nanoseconds != Timeframe.h1.nanoseconds { holes += 1 }
            previous = candle
            count += 1
        }
        #expect(reader.timeframe == .h1)
        #expect(count == 34_348)
        #expect(holes == 1) // 2023-03-24 13:00 is missing (the Binance outage)
        // The last row, exactly as written: 1764648000000,86977.0,87288.48,86900.79,86970.28,689.46639
        #expect(previous?.openTime == Timestamp(milliseconds: 1_764_648_000_000))
        #expect(previous?.high == FixedDecimal("87288.48"))
        #expect(previous?.close == FixedDecimal("86970.28"))
        #expect(previous?.volume == FixedDecimal("689.46639"))
    }

    @Test("columns are found by name, in any order, with extra columns ignored")
    func columnsByName() throws {
        let path = temporaryFile("volume,close,extra,low,high,open,timestamp\n1.5,101,x,99,102,100,1700000000000\n2,102,y,100,103,101,1700000060000\n")
        let candles = try CandleCSVReader.readAll(path: path, instrument: btc)
        #expect(candles.count == 2)
        #expect(candles[0].open == 100 && candles[0].high == 102 && candles[0].low == 99 && candles[0].close == 101)
        #expect(candles[0].volume == FixedDecimal("1.5"))
        #expect(candles[1].timeframe == .m1)
    }

    @Test("CRLF line ends, blank lines and a missing final newline are fine")
    func lineEnds() throws {
        let path = temporaryFile("timestamp,open,high,low,close,volume\r\n1700000000000,1,1,1,1,0\r\n\r\n1700000060000,1,2,1,2,0")
        #expect(try CandleCSVReader.readAll(path: path, instrument: btc).count == 2)
    }

    func error(_ body: String, header: String? = nil) -> CandleCSVError? {
        let path = temporaryFile((header ?? self.header) + body)
        do {
            _ = try CandleCSVReader.readAll(path: path, instrument: btc)
            return nil
        } catch let error as CandleCSVError {
            return error
        } catch {
            return nil
        }
    }

    @Test("a value that is not a number names its line and column")
    func badNumber() {
        let problem = error("1700000000000,1,1,1,1,0\n1700000060000,1,abc,1,1,0\n")
        #expect(problem?.line == 3)
        #expect(problem?.column == "high")
        #expect(problem?.description.contains("'abc' is not a number") == true)
    }

    @Test("a row with a missing field names its line")
    func missingField() {
        let problem = error("1700000000000,1,1,1,1,0\n1700000060000,1,1,1\n")
        #expect(problem?.line == 3)
        #expect(problem?.message.contains("expected 6 fields, found 4") == true)
    }

    @Test("a header without the required columns lists what is missing")
    func badHeader() {
        let problem = error("1,2,3\n", header: "time,price,size\n")
        #expect(problem?.line == 1)
        #expect(problem?.message.contains("header lacks open, high, low, close, volume") == true)
    }

    @Test("duplicate or backwards timestamps are refused with their line")
    func timeOrder() {
        #expect(error("1700000000000,1,1,1,1,0\n1700000000000,1,1,1,1,0\n")?.line == 3)
        let late = error("1700000000000,1,1,1,1,0\n1700000060000,1,1,1,1,0\n1700000120000,1,1,1,1,0\n1700000060000,1,1,1,1,0\n")
        #expect(late?.line == 5)
        #expect(late?.message.contains("not after the previous row") == true)
    }

    @Test("a row off the given interval's grid is refused")
    func offGrid() throws {
        let path = temporaryFile(header + "1700000000000,1,1,1,1,0\n1700000060000,1,1,1,1,0\n1700000090000,1,1,1,1,0\n")
        #expect {
            _ = try CandleCSVReader.readAll(path: path, instrument: btc, timeframe: .m1)
        } throws: { error in
            let problem = error as? CandleCSVError
            return problem?.line == 4 && problem?.message.contains("off the 1m grid") == true
        }
    }

    @Test("a row off the inferred interval's grid, past the rows it was inferred from, is refused")
    func offInferredGrid() {
        var body = ""
        for minute in 0..<1_000 { body += "\(1_700_000_000_000 + Int64(minute) * 60_000),1,1,1,1,0\n" }
        body += "\(1_700_000_000_000 + 999 * 60_000 + 90_000),1,1,1,1,0\n"
        let problem = error(body)
        #expect(problem?.line == 1_002)
        #expect(problem?.message.contains("off the 1m grid") == true)
    }

    @Test("timestamps in seconds are recognised and refused with the fix")
    func seconds() {
        let problem = error("1700000000,1,1,1,1,0\n")
        #expect(problem?.column == "timestamp")
        #expect(problem?.message.contains("looks like seconds") == true)
    }

    @Test("a high below the open or close is refused")
    func inconsistentCandle() {
        let problem = error("1700000000000,10,9,8,9.5,1\n")
        #expect(problem?.line == 2)
        #expect(problem?.message.contains("inconsistent candle") == true)
    }

    @Test("an empty file says what header it expected")
    func emptyFile() {
        #expect(error("", header: "")?.message.contains("the file is empty") == true)
    }

    @Test("a missing file is a clear error")
    func missingFile() {
        #expect(throws: CandleCSVError.self) { try CandleCSVReader(path: "/nonexistent/candles.csv", instrument: btc) }
    }
}

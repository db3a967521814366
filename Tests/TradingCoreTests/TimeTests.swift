import Testing
import TradingCore

@Suite("Timestamps and timeframes")
struct TimeTests {
    @Test("calendar fields convert both ways, UTC")
    func calendar() {
        let time = Timestamp(milliseconds: 1_679_662_800_000) // the missing Binance hour of 2023-03-24
        #expect(time.logText == "2023-03-24 13:00:00")
        #expect(time.iso8601 == "2023-03-24T13:00:00Z")
        #expect(Timestamp(year: 2023, month: 3, day: 24, hour: 13) == time)
        #expect(Timestamp(year: 2024, month: 2, day: 29).dateText == "2024-02-29")
        #expect(Timestamp(milliseconds: 1_500).iso8601 == "1970-01-01T00:00:01.500Z")
    }

    @Test("days before 1970 bucket downward")
    func negativeTimes() {
        #expect(Timestamp(seconds: -1).utcDay == -1)
        #expect(Timestamp(seconds: -1).logText == "1969-12-31 23:59:59")
    }

    @Test("timeframes parse and print Binance's names", arguments: ["1m", "5m", "15m", "1h", "4h", "1d", "1w", "30s"])
    func timeframeNames(name: String) {
        #expect(Timeframe(name)?.description == name)
    }

    @Test("timeframes refuse what is not a fixed interval", arguments: ["1M", "h", "0h", "-1m", "1.5h", ""])
    func timeframeRefused(name: String) {
        #expect(Timeframe(name) == nil)
    }

    @Test("buckets align to the epoch, weeks to Monday 00:00 UTC")
    func buckets() {
        let time = Timestamp(year: 2023, month: 3, day: 24, hour: 13, minute: 37)
        #expect(Timeframe.h4.bucketStart(containing: time) == Timestamp(year: 2023, month: 3, day: 24, hour: 12))
        #expect(Timeframe.d1.bucketStart(containing: time) == Timestamp(year: 2023, month: 3, day: 24))
        #expect(Timeframe.w1.bucketStart(containing: time) == Timestamp(year: 2023, month: 3, day: 20)) // a Monday
    }
}

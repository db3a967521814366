import Foundation
import Testing

@Suite("miyamoto-ta")
struct IndicatorsCLITests {
    static func candles() throws -> String {
        let path = CLI.temporaryDirectory() + "/candles.csv"
        var text = "timestamp,open,high,low,close,volume\n"
        for bar in 0..<40 {
            let close = 100 + Double(bar)
            text += "\(1_700_000_000_000 + bar * 60_000),\(close - 0.5),\(close + 1),\(close - 1),\(close),\(10 + bar)\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    @Test("list prints every function with its group, inputs, parameters with ranges, and outputs")
    func list() throws {
        let result = try CLI.run("miyamoto-ta", ["list"])
        #expect(result.status == 0, "\(result.stderr)")
        let functions = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        let sma = try #require(functions.first { $0["name"] as? String == "SMA" })
        #expect(sma["group"] as? String == "Overlap Studies")
        let parameter = try #require((sma["parameters"] as? [[String: Any]])?.first)
        #expect(parameter["name"] as? String == "timeperiod")
        #expect(parameter["defaultValue"] as? Double == 30)
        #expect(parameter["minimum"] as? Double == 2 || parameter["minimum"] as? Double == 1)
        #expect((sma["outputs"] as? [[String: Any]])?.first?["name"] as? String == "real")
    }

    @Test("compute prints {FUNCTION: {params, outputs}} with null before the lookback")
    func computeJSON() throws {
        let result = try CLI.run("miyamoto-ta", ["compute", "--input", try Self.candles(), "--function", "SMA", "--param", "timeperiod=3"])
        #expect(result.status == 0, "\(result.stderr)")
        let sma = try #require(try Self.json(result.stdout)["SMA"] as? [String: Any])
        #expect(sma["params"] as? [String: Int] == ["timeperiod": 3])
        let real = try #require((sma["outputs"] as? [String: Any])?["real"] as? [Any])
        #expect(real.count == 40)
        #expect(real[0] is NSNull && real[1] is NSNull)
        // Closes 100, 101, 102 → 101.
        #expect(real[2] as? Double == 101)
    }

    @Test("--input-map feeds another column: SMA of opens is the SMA of closes less 0.5")
    func inputMap() throws {
        let path = try Self.candles()
        let closes = try Self.json(try CLI.run("miyamoto-ta", ["compute", "--input", path, "--function", "SMA", "--param", "timeperiod=3"]).stdout)
        let opens = try Self.json(try CLI.run("miyamoto-ta", ["compute", "--input", path, "--function", "SMA", "--param", "timeperiod=3", "--input-map", "real=open"]).stdout)
        let close = ((closes["SMA"] as! [String: Any])["outputs"] as! [String: Any])["real"] as! [Any]
        let open = ((opens["SMA"] as! [String: Any])["outputs"] as! [String: Any])["real"] as! [Any]
        #expect((open[5] as! Double) == (close[5] as! Double) - 0.5)
    }

    @Test("csv output has the timestamp and TA-Lib's output names as columns")
    func computeCSV() throws {
        let result = try CLI.run("miyamoto-ta", ["compute", "--input", try Self.candles(), "--function", "SMA", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "timestamp,real")
        #expect(lines[1] == "1700000000000,")
    }

    @Test("an unknown function is refused with the valid names")
    func unknownFunction() throws {
        let result = try CLI.run("miyamoto-ta", ["compute", "--input", try Self.candles(), "--function", "RSX"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("unknown function 'RSX'") && result.stderr.contains("SMA"))
    }

    @Test("an unknown parameter is refused with the function's parameters")
    func unknownParameter() throws {
        let result = try CLI.run("miyamoto-ta", ["compute", "--input", try Self.candles(), "--function", "SMA", "--param", "period=3"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("SMA has no parameter 'period'; its parameters: timeperiod"))
    }

    @Test("a parameter out of range names the allowed values")
    func outOfRange() throws {
        let result = try CLI.run("miyamoto-ta", ["compute", "--input", try Self.candles(), "--function", "SMA", "--param", "timeperiod=0"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("an integer from 1 to 100000"))
    }

    @Test("a malformed CSV cell is reported with its line and column")
    func malformedCSV() throws {
        let path = CLI.temporaryDirectory() + "/bad.csv"
        try "timestamp,open,high,low,close,volume\n1,1,1,1,1,1\n2,1,1,1,oops,1\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLI.run("miyamoto-ta", ["compute", "--input", path, "--function", "SMA"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("line 3, column 'close': 'oops' is not a number"))
    }
}

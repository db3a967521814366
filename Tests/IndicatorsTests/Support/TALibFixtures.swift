import Foundation
import Indicators
import Testing

/// The reference outputs written by scripts/indicators/generate_fixtures.py (PyPI ta-lib 0.8.2).
struct TALibFixtures: Sendable {
    struct Manifest: Decodable, Sendable {
        let talib: String
        let candles: Int
        let cases: [Case]
    }

    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        let function: String
        let `case`: String
        let dataset: String
        let parameters: [String: Double]
        let lookback: Int
        let outputs: [String]
        let types: [String]
        let file: String

        var testDescription: String { "\(function) \(`case`)" }
    }

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/talib")

    static let manifest: Manifest = {
        do {
            let data = try Data(contentsOf: directory.appendingPathComponent("manifest.json"))
            return try JSONDecoder().decode(Manifest.self, from: data)
        } catch {
            fatalError("cannot read the TA-Lib fixtures (run scripts/indicators/generate_fixtures.py): \(error)")
        }
    }()

    /// The six input columns of a dataset: open, high, low, close, volume, periods.
    static func columns(_ dataset: String) -> [String: [Double]] {
        let values: [Double] = read("inputs-\(dataset).f64")
        let count = manifest.candles
        let names = ["open", "high", "low", "close", "volume", "periods"]
        return Dictionary(uniqueKeysWithValues: names.enumerated().map { index, name in
            (name, Array(values[(index * count)..<((index + 1) * count)]))
        })
    }

    /// The reference outputs of a case, each as doubles (integer outputs converted exactly).
    static func outputs(_ testCase: Case) -> [[Double]] {
        let data = try! Data(contentsOf: directory.appendingPathComponent(testCase.file))
        var offset = 0
        let count = manifest.candles
        return testCase.types.map { type in
            let width = type == "i4" ? 4 : 8
            defer { offset += width * count }
            return data.withUnsafeBytes { raw in
                (0..<count).map { index in
                    let at = offset + index * width
                    return type == "i4"
                        ? Double(Int32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: Int32.self)))
                        : Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)))
                }
            }
        }
    }

    private static func read(_ name: String) -> [Double] {
        let data = try! Data(contentsOf: directory.appendingPathComponent(name))
        return data.withUnsafeBytes { raw in
            (0..<(data.count / 8)).map {
                Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)))
            }
        }
    }
}

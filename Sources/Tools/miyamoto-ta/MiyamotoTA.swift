import ArgumentParser
import Foundation
import Indicators

@main
struct MiyamotoTA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "miyamoto-ta",
        abstract: "Technical indicators by name, with TA-Lib's names, parameters and numbers.",
        discussion: """
            Every TA-Lib function (201) and the indicators TA-Lib lacks, computed in pure Swift.

              miyamoto-ta list --group "Momentum Indicators"
              miyamoto-ta compute --input Examples/Data/BTCUSDT-1h.csv --function RSI --param timeperiod=14
              miyamoto-ta compute --input candles.csv --function BBANDS --param matype=EMA --format csv
              miyamoto-ta compute --input candles.csv --function SMA --input-map real=open
            """,
        subcommands: [List.self, Compute.self]
    )
}

extension MiyamotoTA {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every function as JSON: group, inputs, parameters (defaults, ranges), outputs.")

        @Option(help: "Only functions of this group, e.g. \"Overlap Studies\".")
        var group: String?

        @Flag(help: "Print the names only, one per line.")
        var namesOnly = false

        func run() throws {
            var functions = IndicatorCatalog.functions.map(\.info)
            if let group {
                let groups = Set(functions.map(\.group))
                guard groups.contains(group) else {
                    throw ValidationError("unknown group '\(group)'; groups: \(groups.sorted().joined(separator: ", "))")
                }
                functions = functions.filter { $0.group == group }
            }
            if namesOnly {
                print(functions.map(\.name).joined(separator: "\n"))
                return
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(functions), as: UTF8.self))
        }
    }

    struct Compute: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compute one function over a CSV of candles.",
            discussion: """
                The CSV has a header; its columns are matched by name. Inputs come from the columns
                TA-Lib's abstract API maps by default (real → close, real0/real1 → high/low,
                high/low/close → themselves); --input-map changes one. Values before the lookback
                are null (JSON) or empty (CSV).
                """)

        @Option(help: "CSV file with a header (timestamp,open,high,low,close,volume or any numeric columns).")
        var input: String

        @Option(help: "Function name, e.g. RSI, BBANDS, CDLDOJI (see `miyamoto-ta list --names-only`).")
        var function: String

        @Option(name: .customLong("param"), help: "NAME=VALUE, repeatable; moving-average types also by name (matype=EMA).")
        var parameters: [String] = []

        @Option(name: .customLong("input-map"), help: "INPUT=COLUMN, repeatable, e.g. real=open or periods=my_periods.")
        var inputMap: [String] = []

        @Option(help: "json or csv.")
        var format: OutputFormat = .json

        func run() throws {
            let function: IndicatorFunction
            do { function = try IndicatorCatalog.function(named: self.function) } catch {
                throw ValidationError(error.description)
            }
            let parameters = try Self.parse(parameters: self.parameters, for: function.info)
            let table = try NumericCSV(path: input)
            let inputs = try Self.inputs(for: function.info, from: table, map: try Self.pairs(inputMap, option: "--input-map"))
            let outputs: [[Double]]
            do { outputs = try function.compute(inputs, parameters: parameters) } catch {
                throw ValidationError(error.description)
            }
            let result = ComputeResult(info: function.info, parameters: parameters, outputs: outputs)
            switch format {
            case .json: print(result.json())
            case .csv: print(result.csv(timestamps: table.column("timestamp")), terminator: "")
            }
        }

        static func pairs(_ items: [String], option: String) throws -> [(String, String)] {
            try items.map { item in
                let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    throw ValidationError("\(option) '\(item)': expected NAME=VALUE")
                }
                return (parts[0], parts[1])
            }
        }

        static func parse(parameters items: [String], for info: FunctionInfo) throws -> [String: Double] {
            var values: [String: Double] = [:]
            for (name, text) in try pairs(items, option: "--param") {
                guard let parameter = info.parameters.first(where: { $0.name == name }) else {
                    let valid = info.parameters.map(\.name)
                    throw ValidationError("\(info.name) has no parameter '\(name)'; its parameters: \(valid.isEmpty ? "none" : valid.joined(separator: ", "))")
                }
                if parameter.kind == .maType, let type = MAType.allCases.first(where: { $0.name == text.uppercased() }) {
                    values[name] = Double(type.rawValue)
                } else if let value = Double(text) {
                    values[name] = value
                } else {
                    throw ValidationError("--param \(name)=\(text): not a number; use \(parameter.allowed)")
                }
            }
            return values
        }

        static func inputs(for info: FunctionInfo, from table: NumericCSV, map: [(String, String)]) throws -> [[Double]] {
            let names = info.inputs.map(\.name)
            if let unknown = map.first(where: { !names.contains($0.0) }) {
                throw ValidationError("\(info.name) has no input '\(unknown.0)'; its inputs: \(names.joined(separator: ", "))")
            }
            let chosen = Dictionary(map, uniquingKeysWith: { $1 })
            return try info.inputs.map { input in
                guard let column = chosen[input.name] ?? input.defaultColumn ?? (table.column(input.name) != nil ? input.name : nil) else {
                    throw ValidationError("\(info.name) needs input '\(input.name)', which no candle column provides: add --input-map \(input.name)=COLUMN")
                }
                guard let values = table.column(column) else {
                    throw ValidationError("input '\(input.name)' reads column '\(column)', which \(table.path) lacks; its columns: \(table.names.joined(separator: ", "))")
                }
                return values
            }
        }
    }

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, csv
    }
}

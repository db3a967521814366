import Foundation
import Indicators

/// One function's outputs, written as the JSON or CSV `miyamoto-ta compute` prints.
struct ComputeResult {
    let info: FunctionInfo
    let parameters: [String: Double]
    let outputs: [[Double]]

    /// `{"RSI": {"params": {...}, "outputs": {"real": [null, ..., 48.1]}}}`: every parameter with
    /// its value in force, null before the lookback.
    func json() -> String {
        let params = info.parameters.map { parameter in
            let value = parameters[parameter.name] ?? parameter.defaultValue
            return "\(quoted(parameter.name)): \(number(value, integer: parameter.kind != .real))"
        }
        let series = zip(info.outputs, outputs).map { output, values in
            "\(quoted(output.name)): [" + values.map { number($0, integer: output.isInteger) }.joined(separator: ", ") + "]"
        }
        return "{\(quoted(info.name)): {\"params\": {\(params.joined(separator: ", "))}, \"outputs\": {\(series.joined(separator: ", "))}}}"
    }

    /// A header and one row per bar; the timestamp column first when the input had one.
    func csv(timestamps: [Double]?) -> String {
        var text = ((timestamps == nil ? [] : ["timestamp"]) + info.outputs.map(\.name)).joined(separator: ",") + "\n"
        for bar in 0..<(outputs.first?.count ?? 0) {
            var fields = timestamps.map { [number($0[bar], integer: true)] } ?? []
            fields += zip(info.outputs, outputs).map { output, values in
                values[bar].isNaN ? "" : number(values[bar], integer: output.isInteger)
            }
            text += fields.joined(separator: ",") + "\n"
        }
        return text
    }

    private func number(_ value: Double, integer: Bool) -> String {
        guard value.isFinite else { return value.isNaN ? "null" : (value > 0 ? "1e999" : "-1e999") }
        return integer && abs(value) < 1e18 ? String(Int64(value)) : "\(value)"
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

import ArgumentParser
import Foundation

/// A CSV file of numbers with a header row, read into named columns. Errors name the line and
/// the column, so a bad file is fixed in one go.
struct NumericCSV {
    let path: String
    let names: [String]
    private let columns: [[Double]]

    init(path: String) throws {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read '\(path)': no such file or not readable")
        }
        var lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
        guard !lines.isEmpty else { throw ValidationError("\(path) is empty: expected a header row") }
        let header = lines.removeFirst().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var columns = [[Double]](repeating: [], count: header.count)
        for (offset, line) in lines.enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == header.count else {
                throw ValidationError("\(path) line \(offset + 2): \(fields.count) fields, the header has \(header.count)")
            }
            for (index, field) in fields.enumerated() {
                let text = field.trimmingCharacters(in: .whitespaces)
                guard let value = Double(text) else {
                    throw ValidationError("\(path) line \(offset + 2), column '\(header[index])': '\(text)' is not a number")
                }
                columns[index].append(value)
            }
        }
        self.names = header
        self.columns = columns
    }

    func column(_ name: String) -> [Double]? {
        names.firstIndex(of: name.lowercased()).map { columns[$0] }
    }
}

import Foundation
import AlmanacGraph

/// A result as text for `almanac query`: an aligned table, JSON or CSV.
public enum QueryOutput {
    public enum Format: String, Sendable, CaseIterable {
        case table, json, csv
    }

    public static func render(_ result: QueryResult, site: LinkedSite, as format: Format) -> String {
        let labels = result.columns.map(\.label)
        let rows = result.rows.map { row in row.cells.map { $0.values.map(\.text) } }
        if result.display == .count {
            switch format {
            case .table: return "\(result.total)\n"
            case .json: return "{\"count\": \(result.total)}\n"
            case .csv: return "count\r\n\(result.total)\r\n"
            }
        }
        switch format {
        case .table: return table(labels, rows.map { $0.map { $0.joined(separator: ", ") } }, numeric: result.columns.map(\.numeric))
        case .csv:
            let lines = [labels] + rows.map { $0.map { $0.joined(separator: "; ") } }
            return lines.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        case .json:
            let objects = zip(result.rows, rows).map { row, cells in
                var fields = ["\"id\": " + JSON.string(site.entries[row.entry].id)]
                for (label, values) in zip(labels, cells) {
                    fields.append(JSON.string(label) + ": " + (values.count == 1 ? JSON.string(values[0]) : "[" + values.map(JSON.string).joined(separator: ", ") + "]"))
                }
                return "  {" + fields.joined(separator: ", ") + "}"
            }
            return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
        }
    }

    /// Columns padded to their widest cell, numbers to the right; "(no entries match)" when empty.
    static func table(_ labels: [String], _ rows: [[String]], numeric: [Bool]) -> String {
        guard !rows.isEmpty else { return "(no entries match)\n" }
        let all = [labels] + rows
        let widths = labels.indices.map { k in all.map { $0[k].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { k, cell in
                let pad = String(repeating: " ", count: widths[k] - cell.count)
                return numeric[k] ? pad + cell : (k == cells.count - 1 ? cell : cell + pad)
            }.joined(separator: "  ")
        }
        var out = line(labels) + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows {
            var text = line(row)
            while text.last == " " { text.removeLast() }
            out += text + "\n"
        }
        return out
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

enum JSON {
    /// A JSON string literal, by Foundation's encoder (slashes left as they are).
    static func string(_ s: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(s)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}

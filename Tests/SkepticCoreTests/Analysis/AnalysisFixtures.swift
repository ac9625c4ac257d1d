import Foundation
@testable import SkepticCore

/// Reads the analysis fixtures (Fixtures/analysis, written for this project; see its README).
enum AnalysisFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/analysis")

    /// Non-comment, non-empty lines of a fixture file.
    static func lines(_ name: String) -> [String] {
        let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// Items separated by blank lines (quotes.txt).
    static func items(_ name: String) -> [[String]] {
        let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        return text.components(separatedBy: "\n\n").map { item in
            item.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        }.filter { !$0.isEmpty }
    }

    /// Text with ⟦cue⟧ markers → the plain text and the cues' scalar offsets.
    static func unmark(_ marked: String) -> (text: String, cues: [Range<Int>]) {
        var text = String.UnicodeScalarView()
        var cues: [Range<Int>] = []
        var start = 0
        for scalar in marked.unicodeScalars {
            if scalar == "⟦" { start = text.count; continue }
            if scalar == "⟧" { cues.append(start..<text.count); continue }
            text.append(scalar)
        }
        return (String(text), cues)
    }

    /// A one-sentence (or one-block) document run through the standard pipeline.
    static func analyse(_ text: String) -> AnnotatedDocument {
        let document = try! ArticleLoader.load(bytes: Array(("Title Line\n\n" + text + "\n").utf8), name: "t.txt")
        return Pipeline.standard.run(document)
    }
}

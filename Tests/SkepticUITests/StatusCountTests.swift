import Foundation
import Testing
import SkepticCore
@testable import SkepticUI

/// The reader's status line ("hedge 3/36", "claim 1/26", "quote 1/1") counts what the reports count, on every
/// fixture: the JSON summary's hedged, vague, claims and sourceQuotes, and the text report's summary line.
@Suite struct StatusCountTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SkepticCoreTests/Fixtures")

    /// Every article fixture: plain text, Markdown, HTML, the analysis fixtures of whole articles, and the
    /// reference article.
    static var paths: [String] {
        var out: [String] = []
        for (folder, ext) in [("plain", "txt"), ("markdown", "md"), ("html", "html"), ("analysis", "txt")] {
            let dir = fixtures.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            out += names.filter { $0.hasSuffix("." + ext) }.sorted().map { dir.appendingPathComponent($0).path }
        }
        return out + [UITestFiles.referenceArticle.path]
    }

    @Test func thereAreFixtures() {
        #expect(Self.paths.count >= 30)
    }

    @Test(arguments: paths)
    func statusLineCountsAreTheReportsCounts(path: String) throws {
        let document = try ArticleLoader.load(path: path)
        let annotated = Pipeline.standard.run(document)
        var state = AppState(annotated: annotated, columns: 100, rows: 30)
        let json = try JSONSerialization.jsonObject(with: Data(JSONReport.render(annotated).utf8)) as! [String: Any]
        let summary = json["summary"] as! [String: Any]
        let expected: [(Label, String, String)] = [(.hedged, "hedged", "hedge"), (.vague, "vague", "vague"),
                                                   (.claim, "claims", "claim"), (.quote, "sourceQuotes", "quote")]
        for (label, key, shown) in expected {
            state.flagList.kind = label
            let count = state.flagPosition.count
            #expect(count == summary[key] as? Int, "\(path): status \(label) \(count) vs report \(key) \(summary[key]!)")
            // The status line as drawn says "kind i/N" with the same N.
            let status = Screen.render(state).lines.last ?? ""
            if count > 0 { #expect(status.contains("\(shown) \(state.flagPosition.index)/\(count)"), "\(path): \(status)") }
        }
        // The text report's summary line carries the same numbers.
        let line = TextReport.render(annotated).split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        #expect(line.contains("\(summary["claims"]!) claims"), "\(line)")
        #expect(line.contains("\(summary["sourceQuotes"]!) source quotes"), "\(line)")
        #expect(line.contains("\(summary["hedged"]!) hedged"), "\(line)")
    }
}

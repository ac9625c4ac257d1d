import Foundation
import Testing
@testable import SkepticCore

/// The reference article's analysis against a reviewed golden file. The golden file holds no article
/// text (the article stays in ../shared): per sentence its block, scalar offsets, labels and cues, and
/// per quote its source. Re-record only with SKEPTIC_RECORD=1 after reviewing the difference.
@Suite struct ReferenceReportTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reference-analysis.golden")

    /// The analysis as lines without article text.
    static func summary() throws -> String {
        let document = try ArticleLoader.load(path: TestFiles.referenceArticle.path)
        let annotated = Pipeline.standard.run(document)
        // Read the JSON report back, so that the golden file checks what users get.
        let json = try JSONSerialization.jsonObject(with: Data(JSONReport.render(annotated).utf8)) as! [String: Any]
        var out: [String] = []
        let summary = json["summary"] as! [String: Any]
        out.append("summary sentences=\(summary["sentences"]!) hedged=\(summary["hedged"]!) vague=\(summary["vague"]!) claims=\(summary["claims"]!) sourceQuotes=\(summary["sourceQuotes"]!) noiseBlocks=\(summary["noiseBlocks"]!)")
        out.append("claims sourced=\(summary["sourcedClaims"]!) unsourced=\(summary["unsourcedClaims"]!)")
        out.append("said twice repeated=\(summary["repeatedSentences"]!) restated=\(summary["restatedSentences"]!) quotes=\(summary["repeatedQuotes"]!) claims=\(summary["repeatedClaims"]!) distinct=\(summary["distinctClaims"]!) claimsPercent=\(summary["repeatedClaimsPercent"]!) textPercent=\(summary["repeatedTextPercent"]!)")
        for source in json["sources"] as! [[String: Any]] {
            out.append("source \(source["index"]!) \(source["kind"]!) who=\(source["who"]!) handle=\(source["handle"]!) statements=\(source["statements"]!) quotations=\(source["quotations"]!) repeats=\(source["repeats"]!) block=\(source["block"]!) line=\(source["line"]!)")
        }
        for section in json["sections"] as! [[String: Any]] {
            let t = section["totals"] as! [String: Any]
            out.append("section \(section["id"]!) level=\(section["level"]!) line=\(section["line"]!) hedged=\(t["hedged"]!) vague=\(t["vague"]!) claim=\(t["claim"]!) quote=\(t["quote"]!) noise=\(t["noise"]!)")
        }
        for block in json["blocks"] as! [[String: Any]] {
            let sentences = block["sentences"] as! [[String: Any]]
            if sentences.isEmpty && !(block["noise"] as! Bool) { continue }
            out.append("block \(block["index"]!) \(block["kind"]!) section=\(block["section"]!) line=\(block["line"]!)\((block["noise"] as! Bool) ? " noise" : "")")
            for s in sentences {
                let labels = (s["labels"] as! [String]).joined(separator: ",")
                let cues = (s["cues"] as! [[String: Any]]).map { "\($0["category"]!)@\($0["start"]!)-\($0["end"]!)" }.joined(separator: " ")
                var line = "  [\(s["start"]!),\(s["end"]!)) \(labels.isEmpty ? "-" : labels)\(cues.isEmpty ? "" : " " + cues)"
                if let source = s["source"] as? [String: Any] {
                    line += " source=\(source["speaker"] ?? "-")|\(source["handle"] ?? "-")|\(source["date"] ?? "-")"
                }
                if let index = s["sourceIndex"] { line += index is NSNull ? " unsourced" : " rests=\(index)" }
                if let r = s["repeatOf"] as? [String: Any] { line += " \(r["how"]!)Of=\(r["block"]!).\(r["sentence"]!)" }
                out.append(line)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    @Test func referenceAnalysisMatchesTheReviewedGoldenFile() throws {
        let got = try Self.summary()
        if ProcessInfo.processInfo.environment["SKEPTIC_RECORD"] == "1" {
            try got.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(got == expected)
    }
}

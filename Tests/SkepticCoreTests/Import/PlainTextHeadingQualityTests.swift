import Foundation
import Testing
@testable import SkepticCore

/// Heading precision and recall of the plain-text importer over articles written in the style of web pages
/// saved as text (`Fixtures/plain-web/`): each `NAME.txt` has the heading tree a careful reader sees in
/// `NAME.outline` and the metadata lines in `NAME.meta`.
@Suite struct PlainTextHeadingQualityTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/plain-web").standardizedFileURL

    static func names() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// One heading of an outline: its source line and text (depth is not scored: plain text seldom says it).
    struct Heading: Hashable, CustomStringConvertible {
        var line: Int?
        var text: String
        var description: String { "\(line.map(String.init) ?? "-") \(text)" }
    }

    /// The root and the headings of an outline as `Outline.render` writes it.
    static func parse(_ outline: String) -> (root: Heading, headings: [Heading]) {
        let rows = outline.split(separator: "\n").map { row -> Heading in
            let number = row.prefix(5).trimmingCharacters(in: .whitespaces)
            return Heading(line: Int(number), text: row.dropFirst(5).trimmingCharacters(in: .whitespaces))
        }
        return (rows[0], Array(rows.dropFirst()))
    }

    struct Score {
        var found = 0, expected = 0, right = 0, titles = 0, files = 0
        var falsePositives: [String] = []
        var misses: [String] = []
        var precision: Double { found == 0 ? 1 : Double(right) / Double(found) }
        var recall: Double { expected == 0 ? 1 : Double(right) / Double(expected) }
    }

    static func score() throws -> Score {
        var score = Score()
        for name in names() {
            let url = folder.appendingPathComponent(name + ".txt")
            let expected = parse(try String(contentsOf: folder.appendingPathComponent(name + ".outline"), encoding: .utf8))
            let document = try ArticleLoader.load(path: url.path)
            let got = parse(Outline.render(document).replacingOccurrences(of: url.path, with: name + ".txt"))
            score.files += 1
            if got.root == expected.root { score.titles += 1 }
            let want = Set(expected.headings)
            score.found += got.headings.count
            score.expected += expected.headings.count
            for heading in got.headings {
                if want.contains(heading) { score.right += 1 } else { score.falsePositives.append("\(name): \(heading)") }
            }
            let have = Set(got.headings)
            score.misses += expected.headings.filter { !have.contains($0) }.map { "\(name): \($0)" }
        }
        return score
    }

    @Test func thereAreAtLeastSixArticles() {
        #expect(Self.names().count >= 6)
    }

    @Test func headingPrecisionAndRecall() throws {
        let s = try Self.score()
        print(String(format: "plain-web headings: precision %.3f, recall %.3f (%d found, %d expected, %d right); titles %d/%d",
                     s.precision, s.recall, s.found, s.expected, s.right, s.titles, s.files))
        #expect(s.precision >= 0.85, "not headings: \(s.falsePositives)")
        #expect(s.recall >= 0.9, "missed: \(s.misses)")
    }

    @Test func everyTitleIsTheArticlesOwn() throws {
        let s = try Self.score()
        #expect(s.titles == s.files)
    }

    /// `NAME.meta`: one `key: value` line per metadata entry the article has.
    @Test(arguments: names())
    func metadataUnderTheTitle(name: String) throws {
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(name + ".meta"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let document = try ArticleLoader.load(path: Self.folder.appendingPathComponent(name + ".txt").path)
        let got = document.metadata.map { "\($0.key.rawValue): \($0.value)" }
        #expect(got == expected)
    }
}

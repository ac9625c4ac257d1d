import Foundation
import Testing
@testable import SkepticCore

/// Every Markdown article and saved page in the fixtures imports to its expected tree, metadata and text:
/// the article's own headings and first paragraph, none of the page's chrome, scripts or styles.
@Suite struct MarkupFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Fixture names (with their extension) in `markdown/` and `html/`, found by their `.outline` files.
    static func fixtures(_ kind: String, _ ext: String) -> [String] {
        let dir = folder.appendingPathComponent(kind)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".outline") }.map { kind + "/" + $0.dropLast(8) + "." + ext }.sorted()
    }

    static let all = fixtures("markdown", "md") + fixtures("html", "html")

    @Test func thereAreEnoughFixtures() {
        #expect(Self.fixtures("markdown", "md").count >= 5)
        #expect(Self.fixtures("html", "html").count >= 5)
    }

    @Test(arguments: all)
    func fixture(_ path: String) throws {
        let url = Self.folder.appendingPathComponent(path)
        let base = url.deletingPathExtension()
        let name = url.lastPathComponent
        let document = try ArticleLoader.load(path: url.path)
        let annotated = Pipeline.standard.run(document)

        let expectedOutline = try String(contentsOf: base.appendingPathExtension("outline"), encoding: .utf8)
        let outline = Outline.render(document).replacingOccurrences(of: url.path, with: name)
        #expect(outline == expectedOutline, "outline of \(name)")

        let text = document.blocks.filter { if case .reference = $0.kind { return false } else { return true } }
            .map { document.string(of: $0) }.joined(separator: "\n")
            .replacingOccurrences(of: "\u{1E}", with: " ").replacingOccurrences(of: "\u{1F}", with: " ")
        let body = document.blocks.filter { block in
            switch block.kind {
            case .paragraph, .listItem, .quote: return true
            default: return false
            }
        }.map { document.string(of: $0) }
        let expect = try String(contentsOf: base.appendingPathExtension("expect"), encoding: .utf8)
        var quotes: [String] = []
        var blockquotes: [String] = []
        for line in expect.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            func meta(_ k: Metadata.Key) -> String? { document.metadata.first { $0.key == k }?.value }
            switch key {
            case "title": #expect(document.title == value, "title of \(name)")
            case "author": #expect(meta(.byline) == value, "author of \(name)")
            case "date": #expect(meta(.date) == value, "date of \(name)")
            case "site": #expect(meta(.site) == value, "site of \(name)")
            case "first": #expect(body.first?.hasPrefix(value) == true, "first paragraph of \(name): \(body.first ?? "none")")
            case "absent": #expect(!text.lowercased().contains(value.lowercased()), "\(name) shows chrome: \(value)")
            case "present": #expect(text.contains(value), "\(name) lost: \(value)")
            case "quote": quotes.append(value)
            case "blockquote": blockquotes.append(value)
            default: Issue.record("unknown key \(key) in \(name).expect")
            }
        }
        let found = annotated.annotations.quotes.filter { $0.repeatOf == nil }
        for q in quotes {
            let parts = q.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(found.contains { ($0.speaker ?? "") == parts[0] && ($0.handle ?? "") == parts[1] && ($0.date ?? "") == parts[2] },
                    "\(name): no source quote \(q); found \(found.map { [$0.speaker ?? "", $0.handle ?? "", $0.date ?? ""] })")
        }
        for speaker in blockquotes {
            #expect(found.contains { $0.speaker == speaker }, "\(name): no blockquote by \(speaker); found \(found.map { $0.speaker ?? "-" })")
        }
    }
}

import Foundation
import Testing
@testable import SkepticCore

/// Every plain-text fixture imports to exactly the tree in its `.outline` file.
@Suite struct PlainTextFixtureTests {
    @Test func thereAreAtLeastEightFixtures() {
        #expect(TestFiles.fixtureNames().count >= 8)
    }

    @Test(arguments: TestFiles.fixtureNames())
    func fixtureTree(name: String) throws {
        let txt = TestFiles.plainFixtures.appendingPathComponent(name + ".txt")
        let expected = try String(contentsOf: TestFiles.plainFixtures.appendingPathComponent(name + ".outline"), encoding: .utf8)
        let document = try ArticleLoader.load(path: txt.path)
        let outline = Outline.render(document).replacingOccurrences(of: txt.path, with: name + ".txt")
        #expect(outline == expected)
    }
}

import Testing
import SkepticCore
@testable import SkepticUI

/// Speculative and vague statements in the reader: their own keys, counts, highlights and list groups.
@Suite struct VagueFlagTests {
    /// A short news-style article written for this test: two speculative sentences, two vague ones.
    static let article = """
        # Port levy

        The port authority raised its levy on Monday. Officials may delay the second rise. \
        About 40 ships a day use the harbour. Critics say the levy hurts small firms. \
        The board expects traffic to fall. The rise took effect at midnight.

        """

    func state() throws -> AppState {
        let doc = try ArticleLoader.load(bytes: Array(Self.article.utf8), name: "levy.md", format: .markdown)
        return AppState(document: doc, columns: 80, rows: 12)
    }

    @Test func vKeysMoveBetweenVagueStatementsAndTheStatusCountsThem() throws {
        var s = try state()
        #expect(s.flaggedSentences(.vague).count == 2)
        #expect(s.flaggedSentences(.hedged).count == 2)
        #expect(KeyMap.action(for: .char("v")) == .nextVague)
        #expect(KeyMap.action(for: .char("V")) == .previousVague)
        _ = s.handle(.char("v"))
        #expect(s.flagPosition.label == .vague)
        #expect(s.flagPosition.count == 2)
        // The tree counts speculation only.
        #expect(s.frame().treeRows[0].counts.hedged == 2)
        #expect(s.frame().treeRows[0].counts.vague == 2)
    }

    @Test func vagueCuesHaveTheirOwnRoleAndTheirOwnToggle() throws {
        var s = try state()
        let roles = { (s: inout AppState) in Set(s.frame().lines.flatMap(\.spans).map(\.role)) }
        #expect(roles(&s).contains(.vagueCue))
        #expect(roles(&s).contains(.hedgeCue))
        _ = s.handle(.char("5"))
        #expect(s.frame().message == "Vague highlights off")
        #expect(!roles(&s).contains(.vagueCue))
        #expect(roles(&s).contains(.hedgeCue))
        _ = s.handle(.char("1"))
        #expect(!roles(&s).contains(.hedgeCue))
    }

    @Test func theFlagListGroupsByLabelAndEnterJumpsToTheChosenKind() throws {
        var s = try state()
        _ = s.handle(.char("L"))
        let rows = s.frame().flagRows
        #expect(rows.filter(\.isHeader).map(\.label) == [.hedged, .vague])
        #expect(rows.filter { !$0.isHeader && $0.label == .vague }.map(\.text)
                == ["About 40 ships a day use the harbour.", "Critics say the levy hurts small firms."])
        #expect(s.frame().flagTotals.map(\.1) == [2, 2])
        // Down past the speculative group into the vague one; Enter counts vague flags from there.
        _ = s.handle(.char("j"))
        _ = s.handle(.char("j"))
        #expect(s.frame().flagRows.first { $0.isCursor }?.text == "About 40 ships a day use the harbour.")
        _ = s.handle(.enter)
        #expect(!s.showingFlags)
        #expect(s.flagPosition.label == .vague)
    }
}

import Testing
import SkepticCore
@testable import SkepticUI

/// Every key is in the key table (issue 15): a prompt's keys and the letter after `x` too, and every hint in a
/// view or message names the key in use, remapped or not.
@Suite struct KeyHintTests {
    func state(_ remapping: [(action: Action, keys: [Key])]) throws -> AppState {
        var s = AppState(document: try UITestFiles.reference(), columns: 100, rows: 24)
        s.configure(ReaderSettings(keys: KeyMap(remapping: remapping)), highlights: .all, watch: [])
        return s
    }

    @Test func hintsNameTheRemappedKeys() throws {
        var s = try state([(.help, [.char("H")]), (.searchForward, [.char("S")]), (.nextHedge, [.char("z")]),
                           (.sourcesClose, [.char("Q")])])
        #expect(Screen.render(s).lines.last?.contains(" H help") == true, "\(Screen.render(s).lines.last ?? "")")
        _ = s.handle(.char("h"))
        #expect(s.message == "Key h does nothing here; press H for help")
        _ = s.handle(.char("n"))
        #expect(s.message == "No search yet: press S to search")
        _ = s.handle(.char("+"))
        #expect(s.message?.hasPrefix("Select a statement first: click it, or jump to a flag (z, v, c, ;)") == true, "\(s.message ?? "")")
        _ = s.handle(.char("p"))
        #expect(Screen.render(s).lines[0].contains("(j/k move, Enter jumps, Q closes)"), "\(Screen.render(s).lines[0])")
    }

    @Test func aPromptsKeysAndTheLetterAfterXRemap() throws {
        var s = try state([(.promptAccept, [.ctrl("j")]), (.promptCancel, [.ctrl("x")]), (.ownMarked, [.char("k")])])
        // Ctrl-J commits the go-to; Enter now types nothing and does not commit.
        _ = s.handle(.char(":"))
        for c in "30" { _ = s.handle(.char(c)) }
        _ = s.handle(.enter)
        #expect(s.prompt?.text == "30")
        _ = s.handle(.ctrl("j"))
        #expect(s.prompt == nil)
        let at30 = s.top
        // Ctrl-X cancels a search and returns to where it started.
        _ = s.handle(.char("/"))
        for c in "Conclusion" { _ = s.handle(.char(c)) }
        _ = s.handle(.ctrl("x"))
        #expect(s.prompt == nil)
        #expect(s.top == at30)
        // x then k marks the statement; m no longer does.
        _ = s.handle(.char("s"))
        _ = s.handle(.char("x"))
        #expect(s.message == "flag as: s speculative, v vague, c claim, k marked, x none")
        _ = s.handle(.char("m"))
        #expect(s.message == "not flagged (s, v, c, k, x)")
        _ = s.handle(.char("x"))
        _ = s.handle(.char("k"))
        #expect(s.message?.contains("your flag: marked") == true, "\(s.message ?? "")")
        // The help lists them.
        #expect(s.keys.helpLines().contains { $0.keys == "Ctrl-X" && $0.help.hasPrefix("cancel") })
        #expect(s.keys.helpLines().contains { $0.keys == "k" && $0.help == "your flag: marked" })
    }
}

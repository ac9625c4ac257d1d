import Testing
import SkepticCore
@testable import SkepticUI

/// The config file: settings, key remapping by action name, highlight rules, and exact error messages.
@Suite(.serialized) struct ConfigTests {
    @Test func settingsAreRead() {
        let (config, errors) = Config.parse("""
            theme = "light"
            tree-width = 30
            max-width = 72
            mouse = false

            [highlights]
            claims = false

            [keys]
            next-hedge = ["x", "Ctrl-N"]
            quit = "Q"

            [[highlight]]
            pattern = "sanctions"
            role = "watch"
            """, file: "c.toml")
        #expect(errors.isEmpty)
        #expect(config.theme == "light")
        #expect(config.treeWidth == 30)
        #expect(config.maxWidth == 72)
        #expect(config.mouse == false)
        #expect(config.highlights == [.hedges, .quotes, .noise, .vague, .repeats])
        #expect(config.keys.map(\.action) == [.nextHedge, .quit])
        #expect(config.keys[0].keys == [.char("x"), .ctrl("n")])
        #expect(config.watch == [WatchRule(pattern: "sanctions", role: .watch)])
    }

    @Test func badEntriesNameFileLineAndKeyAndTheRestStillApplies() {
        let (config, errors) = Config.parse("""
            theme = "light"
            max-width = "wide"

            [keys]
            jump-around = "x"
            next-hedge = "Ctrl-Shift-Q"
            """, file: "/home/u/.config/skeptic/config.toml")
        #expect(config.theme == "light")
        #expect(config.maxWidth == 88)
        #expect(Set(errors.map(\.message)) == [
            "/home/u/.config/skeptic/config.toml:2: max-width: expected a number of columns from 20 to 400",
            "/home/u/.config/skeptic/config.toml:5: keys.jump-around: unknown action (see the help screen or --print-config for the names)",
            "/home/u/.config/skeptic/config.toml:6: keys.next-hedge: \"Ctrl-Shift-Q\" is not a key",
        ])
    }

    @Test func syntaxErrorsGiveTheLineAndDefaults() {
        let (config, errors) = Config.parse("theme = \"light\"\nmax-width = = 3\n", file: "c.toml")
        #expect(config.theme == "default")
        #expect(errors.count == 1)
        #expect(errors[0].message.hasPrefix("c.toml:2: "))
        #expect(errors[0].message.hasSuffix("; using the defaults"))
    }

    @Test func windowsLineEndsKeepTheLineNumbers() {
        // "\r\n" is one Character: the key index reads the text by scalars.
        let (_, errors) = Config.parse("theme = \"light\"\r\n\r\n[keys]\r\nquit = \"Ctrl-Shift-Q\"\r\nmax = 1\r\n", file: "c.toml")
        #expect(errors.map(\.message).sorted() == [
            "c.toml:4: keys.quit: \"Ctrl-Shift-Q\" is not a key",
            "c.toml:5: keys.max: unknown action (see the help screen or --print-config for the names)",
        ])
    }

    @Test func remappingMovesKeysAndPrintsBack() {
        let table = KeyMap.remapped(KeyMap.table, [(action: .nextHedge, keys: [.char("n")])])
        #expect(table.first { $0.action == .nextHedge }?.keys == [.char("n")])
        // "n" was next search hit's: it is taken away there.
        #expect(table.first { $0.action == .nextHit }?.keys == [])
        var config = Config()
        config.maxWidth = 70
        let printed = config.render()
        #expect(printed.contains("max-width = 70\n"))
        #expect(printed.contains("next-hedge = [\"s\"]"))
        let (again, errors) = Config.parse(printed, file: "printed.toml")
        #expect(errors.isEmpty)
        #expect(again.maxWidth == 70)
    }

    @Test func actionAndKeyNamesRoundTrip() {
        for action in Action.allCases { #expect(Action.named(action.configName) == action) }
        for key: Key in [.char("j"), .char(" "), .ctrl("l"), .enter, .tab, .backTab, .escape, .up, .pageDown, .home] {
            #expect(Key(name: key.configName) == key)
        }
    }
}

/// `[cues] mute`: a cue word the reader never wants flagged.
@Suite struct MutedCueTests {
    @Test func mutedCuesAreReadAndBadOnesNamed() {
        let (config, errors) = Config.parse("[cues]\nmute = [\"Some\", \"critics  say\"]\n", file: "c.toml")
        #expect(errors.isEmpty)
        #expect(config.readerSettings.mute.words == ["some", "critics say"])
        let (_, bad) = Config.parse("[cues]\nmute = \"some\"\nloud = 1\n", file: "c.toml")
        #expect(bad.count == 2)
    }

    @Test func aMutedCueNoLongerFlagsItsSentence() throws {
        let doc = try document("# Rates\n\nThe bank may raise rates. Some traders could sell.\n", name: "/tmp/m.md")
        var state = AppState(annotated: Pipeline.standard.run(doc), columns: 80, rows: 24)
        #expect(state.flaggedSentences(.hedged).count == 2)
        var settings = ReaderSettings()
        settings.mute = CueMute(["may"])
        state.configure(settings, highlights: .all, watch: [])
        #expect(state.flaggedSentences(.hedged) == [1], "only the sentence with 'could' is still speculative")
        #expect(!state.annotations.cues.contains { doc.string($0.range).lowercased() == "may" })
    }
}

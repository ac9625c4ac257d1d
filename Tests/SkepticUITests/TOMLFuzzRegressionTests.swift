import Foundation
import Testing
import SkepticCore
@testable import SkepticUI

/// What `SKEPTIC_FUZZ=config` and `SKEPTIC_FUZZ=theme` found (README, "Fuzzing"), kept as they were found
/// in `Fixtures/fuzz/`: each is now a message naming its line, not an abort inside TOMLKit's toml++ or a
/// force-unwrap trap.
@Suite struct TOMLFuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")

    /// The crasher's bytes as the harness handed them over.
    func text(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent(name)), as: UTF8.self)
    }

    func themeError(_ text: String) -> ThemeError? {
        do {
            _ = try ThemeLoader.parse(text, file: "theme.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test func aHeaderOpeningWithAnInvalidByteIsASyntaxError() throws {
        // `[\xD9keys]` (line 14): U+FFFD where a key must begin; toml++ asserted in parse_key.
        let (config, errors) = Config.parse(try text("config-header-invalid-utf8.toml"), file: "config.toml")
        #expect(errors.map(\.message) == [
            "config.toml:14: a table header must begin with a key (a name or a string in quotes); saw U+FFFD; using the defaults",
        ])
        #expect(config.theme == Config().theme)
    }

    @Test func aHeaderOpeningWithACommentSignIsASyntaxError() throws {
        // `[# light.toml …` (line 43): toml++ asserted in parse_key.
        let error = themeError(try text("theme-header-hash.toml"))
        #expect(error == .syntax(file: "theme.toml", line: 43, column: 2,
                                 message: "a table header must begin with a key (a name or a string in quotes); saw '#'"))
        #expect(Config.parse(try text("theme-header-hash.toml"), file: "c.toml").errors.first?.message.hasPrefix("c.toml:43: ") == true)
    }

    @Test func aClosingBraceInAnArrayIsASyntaxError() throws {
        // `attrs = ["bold", }underline"]` (line 36): toml++ asserted in parse_value.
        let error = themeError(try text("config-array-brace.toml"))
        #expect(error == .syntax(file: "theme.toml", line: 36, column: 18,
                                 message: "expected a value, ',' or ']' in the array; saw '}'"))
        let (_, errors) = Config.parse(try text("config-array-brace.toml"), file: "config.toml")
        #expect(errors.map(\.message) == ["config.toml:36: expected a value, ',' or ']' in the array; saw '}'; using the defaults"])
    }

    @Test func aKeyWithANulEscapeIsReportedNotForceUnwrapped() {
        // TOMLKit lists `"a\u0000b"` as "a", which it then cannot look up (Config.parse trapped on `table[key]!`).
        let (config, errors) = Config.parse("\"theme\\u0000x\" = \"light\"\nmax-width = 70\n[keys]\n\"quit\\u0000\" = \"x\"\n"
                                            + "[highlights]\n\"hedges\\u0000\" = false\n[cues]\n\"mute\\u0000\" = []\n",
                                            file: "c.toml")
        // Keys come in toml++'s order (sorted); the line is the key's table's (the top level's is line 1).
        #expect(errors.map(\.message) == [
            "c.toml:7: cues.mute: \(TOMLDocument.unreadableKey)",
            "c.toml:5: highlights.hedges: \(TOMLDocument.unreadableKey)",
            "c.toml:3: keys.quit: \(TOMLDocument.unreadableKey)",
            "c.toml:1: theme: \(TOMLDocument.unreadableKey)",
        ])
        #expect(config.maxWidth == 70)
        #expect(config.theme == "default")
        #expect(themeError("\"name\\u0000\" = \"x\"\n") == .unreadableKey(file: "theme.toml", line: nil, key: "name"))
        #expect(themeError("[roles.claim]\n\"fg\\u0000\" = 1\n")
                == .unreadableKey(file: "theme.toml", line: 1, key: "roles.claim.fg"))
        #expect(themeError("[roles.claim]\n\"fg\\u0000\" = 1\n")?.message
                == "theme.toml:1: roles.claim.fg: \(TOMLDocument.unreadableKey)")
    }
}

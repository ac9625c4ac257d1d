import Foundation
import Testing

/// Search, themes, configuration and resume in the real binary, in tmux.
@Suite struct ReadingExperienceTests {
    let article = SkepticBinary.referenceArticle.path

    @Test func searchAsYouTypeThenNAndEsc() throws {
        let s = try TmuxSession(width: 100, height: 24, skeptic: [article])
        try s.waitFor("h help")
        s.send("/")
        s.sendLiteral("conclusion")
        try s.waitUntil("prompt shows the search") { $0.split(separator: "\n").last?.hasPrefix("/conclusion") == true }
        s.send("Enter")
        try s.waitUntil("first hit counted") { $0.split(separator: "\n").last?.contains("hit 1/") == true }
        let first = s.lines().first ?? ""
        s.send("n")
        try s.waitUntil("second hit") { $0.split(separator: "\n").last?.contains("hit 2/") == true }
        #expect(s.lines().first != first)
        // Esc while typing goes back to where the search started.
        let before = s.lines().first ?? ""
        s.send("/")
        s.sendLiteral("Putin says")
        try s.waitUntil("moved to a hit") { $0.split(separator: "\n").first.map(String.init) != before }
        s.send("Escape")
        try s.waitUntil("back where it was") { $0.split(separator: "\n").first.map(String.init) == before }
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    /// An xterm (X10) mouse report, as a terminal sends it: button, then column and row from 1, each + 32.
    static func mouse(button: Int, column: Int, row: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + column)))
            + String(UnicodeScalar(UInt8(33 + row)))
    }

    @Test func mouseWheelScrollsAndClicksJump() throws {
        let s = try TmuxSession(width: 100, height: 24, skeptic: [article])
        try s.waitUntil("top of the article") { $0.split(separator: "\n").first?.contains("│ Putin’s Shocking Proposal") == true }
        // The wheel over the text scrolls it (button 64 + 1: wheel down).
        s.sendLiteral(Self.mouse(button: 65, column: 60, row: 5))
        try s.waitUntil("scrolled") { $0.split(separator: "\n").first?.contains("│ Putin’s Shocking Proposal") == false }
        // A click (press, release) on the tree's fifth row jumps to that section.
        s.sendLiteral(Self.mouse(button: 0, column: 3, row: 4) + Self.mouse(button: 3, column: 3, row: 4))
        try s.waitUntil("jumped from the tree") { $0.split(separator: "\n").first?.hasSuffix("│ Iran’s Decline: Reasons and Implications") == true }
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func themeSwitchesLive() throws {
        let s = try TmuxSession(width: 100, height: 24, skeptic: [article])
        try s.waitFor("h help")
        let before = s.screenWithColours()
        s.send("T")
        try s.waitUntil("a theme message") { $0.contains("theme: ") }
        try s.waitUntil("colours changed") { _ in s.screenWithColours() != before }
        s.send("q")
        #expect(try s.waitForExit() == 0)

        let mono = try TmuxSession(width: 100, height: 24, skeptic: ["--theme", "mono", article])
        try mono.waitFor("h help")
        #expect(!mono.screenWithColours().contains("38;5;"))
        mono.send("q")
        #expect(try mono.waitForExit() == 0)
    }

    @Test func aRemappedThemeKeyListsTheInstalledThemes() throws {
        let home = temporaryDirectory("config-theme")
        let dir = home.appendingPathComponent("skeptic")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("[keys]\ncycle-theme = [\"z\"]\n".utf8).write(to: dir.appendingPathComponent("config.toml"))
        let s = try TmuxSession(width: 100, height: 24, skeptic: [article], environment: ["XDG_CONFIG_HOME": home.path])
        try s.waitFor("h help")
        let before = s.screenWithColours()
        s.send("z")
        try s.waitUntil("the next theme") { $0.contains("theme: ") && !$0.contains("only one theme") }
        try s.waitUntil("colours changed") { _ in s.screenWithColours() != before }
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func reopeningReturnsToTheLastPlaceUnlessAskedNot() throws {
        let state = temporaryDirectory("state").path
        let env = ["XDG_STATE_HOME": state]
        let s = try TmuxSession(width: 100, height: 24, skeptic: [article], environment: env)
        try s.waitFor("h help")
        s.send(":")
        s.sendLiteral("#4")
        s.send("Enter")
        try s.waitUntil("at the fifth heading") { $0.split(separator: "\n").first?.contains("Iran’s Decline") == true }
        s.send("q")
        #expect(try s.waitForExit() == 0)

        let again = try TmuxSession(width: 100, height: 24, skeptic: [article], environment: env)
        try again.waitUntil("resumed") { $0.split(separator: "\n").first?.contains("Iran’s Decline") == true }
        again.send("q")
        #expect(try again.waitForExit() == 0)

        let fresh = try TmuxSession(width: 100, height: 24, skeptic: ["--no-resume", article], environment: env)
        try fresh.waitUntil("at the top") { $0.split(separator: "\n").first?.contains("Putin’s Shocking Proposal") == true }
        fresh.send("q")
        #expect(try fresh.waitForExit() == 0)
    }

    @Test func plusLineAndSectionOpenThere() throws {
        let s = try TmuxSession(width: 100, height: 24, skeptic: ["+32", article])
        try s.waitUntil("line 32 on top") { $0.split(separator: "\n").first?.contains("JUST IN") == true }
        s.send("q")
        #expect(try s.waitForExit() == 0)
        let t = try TmuxSession(width: 100, height: 24, skeptic: ["--section", "global security", article])
        try t.waitUntil("section on top") { $0.split(separator: "\n").first?.contains("The Impact on Global Security") == true }
        t.send("q")
        #expect(try t.waitForExit() == 0)
    }

    @Test func aBadConfigIsReportedAndTheReaderStillStarts() throws {
        let home = temporaryDirectory("config")
        let dir = home.appendingPathComponent("skeptic")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("max-width = 60\n[keys]\nnext-hedge = \"x\"\nfly = \"y\"\n".utf8).write(to: dir.appendingPathComponent("config.toml"))
        let printed = try runSkeptic(["--print-config"], environment: testEnvironment(adding: ["XDG_CONFIG_HOME": home.path]))
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("max-width = 60\n"))
        #expect(printed.stdout.contains("next-hedge = [\"x\"]"))
        #expect(printed.stderr == "skeptic: \(dir.path)/config.toml:4: keys.fly: unknown action (see the help screen or --print-config for the names)\n")

        let s = try TmuxSession(width: 100, height: 24, skeptic: [article], environment: ["XDG_CONFIG_HOME": home.path])
        try s.waitFor("keys.fly: unknown action")
        s.send("x")
        try s.waitFor("hedge 1/36")
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }
}

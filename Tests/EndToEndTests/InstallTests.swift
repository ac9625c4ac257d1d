import Foundation
import Testing

/// The release side: `--version`, the man page made from the program, completions, and the install recipe
/// (`.ci/install PREFIX`) run into a temporary prefix, the installed reader then finding its themes.
@Suite struct InstallTests {
    @Test func versionAndManualComeFromTheProgram() throws {
        let version = try runSkeptic(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("skeptic "))
        let manual = try runSkeptic(["--manual"])
        #expect(manual.status == 0)
        let page = manual.stdout
        for section in [".TH SKEPTIC 1", ".SH SYNOPSIS", ".SH OPTIONS", ".SH KEYS", ".SH FILES", ".SH ENVIRONMENT", ".SH EXIT STATUS"] {
            #expect(page.contains(section), "the manual has \(section)")
        }
        // Every option of --help is in it (roff writes each dash as \-), and the keys from the key table.
        let help = try runSkeptic(["--help"]).stdout
        let options = Set(help.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," })
            .filter { $0.hasPrefix("--") && $0.count > 2 }.map { String($0) })
        #expect(options.count >= 15)
        for option in options {
            #expect(page.contains(option.replacingOccurrences(of: "-", with: "\\-")), "the manual lists \(option)")
        }
        for action in ["next\\-hedge", "confirm\\-flag", "cycle\\-theme", "flag\\-list"] {
            #expect(page.contains("(" + action + ")"), "the manual lists the action \(action)")
        }
        // Nothing in it starts a line with a dot by accident (a sentence beginning ".toml" would vanish in man).
        for line in page.split(separator: "\n") where line.hasPrefix(".") {
            #expect(["TH", "SH", "SS", "TP", "PP", "B", "I", "BR", "br"].contains(line.dropFirst().split(separator: " ").first.map(String.init) ?? ""),
                    "a roff request: \(line)")
        }
    }

    @Test func theInstallRecipePutsEverythingUnderThePrefix() throws {
        let prefix = temporaryDirectory("prefix").path
        let recipe = SkepticBinary.packageRoot.appendingPathComponent(".ci/install")
        let build = SkepticBinary.url.deletingLastPathComponent().path
        let installed = try runProcess(recipe, [prefix], environment: testEnvironment(adding: ["BUILD": build]), timeout: 60)
        #expect(installed.status == 0, "install: \(installed.stderr)")
        let files = ["bin/skeptic", "bin/skeptic-fetch", "share/skeptic/themes/default.toml", "share/man/man1/skeptic.1",
                     "share/bash-completion/completions/skeptic", "share/zsh/site-functions/_skeptic",
                     "share/fish/vendor_completions.d/skeptic.fish"]
        for file in files { #expect(FileManager.default.fileExists(atPath: prefix + "/" + file), "installed \(file)") }
        let themes = try FileManager.default.contentsOfDirectory(atPath: SkepticBinary.packageRoot.appendingPathComponent("Themes").path)
            .filter { $0.hasSuffix(".toml") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: prefix + "/share/skeptic/themes").count == themes.count)
        #expect(try String(contentsOfFile: prefix + "/share/bash-completion/completions/skeptic", encoding: .utf8).contains("--report"))
        // The installed reader finds the installed themes (and no others: an empty config folder).
        let home = temporaryDirectory("home").path
        let env = testEnvironment(adding: ["XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state",
                                           "XDG_DATA_HOME": home + "/data", "HOME": home])
        let config = try runProcess(URL(fileURLWithPath: prefix + "/bin/skeptic"), ["--print-config"], environment: env)
        let listed = themes.map { String($0.dropLast(5)) }.sorted().joined(separator: ", ")
        #expect(config.stdout.contains("# installed: " + listed), "themes found: \(config.stdout.prefix(200))")
        // And opens an article in one of them, in a terminal.
        let s = try TmuxSession(width: 80, height: 24,
                                command: TmuxSession.shellQuote(prefix + "/bin/skeptic") + " --no-resume --theme gruvbox "
                                    + TmuxSession.shellQuote(SkepticBinary.referenceArticle.path),
                                environment: ["XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state",
                                              "XDG_DATA_HOME": home + "/data", "HOME": home])
        defer { s.kill() }
        try s.waitFor("Strategic Analysis")
        #expect(!s.screen().contains("theme"), "no theme error on the status line")
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }
}

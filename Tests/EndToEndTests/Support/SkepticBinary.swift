import Foundation

/// Where the built `skeptic` executable and the shared test inputs are.
enum SkepticBinary {
    /// The `skeptic` executable under test.
    ///
    /// Order: `$SKEPTIC_BIN`; next to the running test executable (`swift test` puts both in
    /// `.build/<triple>/<configuration>/`); then `.build/debug`, `.build/release` and `.build/*/debug` under
    /// the package root. When none exists this is the first candidate, and `runSkeptic` reports the search.
    static var url: URL { located.url }

    /// Every path `url` considered, in order (for error messages).
    static var searched: [String] { located.searched.map(\.path) }

    /// The package root: the nearest directory above this file that holds `Package.swift`.
    static let packageRoot: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                return dir
            }
            dir.deleteLastPathComponent()
        }
        // Tests/EndToEndTests/Support/<file> → four levels up.
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }()

    /// `../shared` beside the package: samples, data and tools every developer and CI run has.
    static var sharedDir: URL {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared").standardizedFileURL
    }

    /// The reference article the product was designed around.
    static var referenceArticle: URL {
        sharedDir.appendingPathComponent("samples/putin-iran-missile-defense.txt")
    }

    // MARK: - Search

    private static let located: (url: URL, searched: [URL]) = {
        let candidates = candidateURLs()
        let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return (found ?? candidates[0], candidates)
    }()

    private static func candidateURLs() -> [URL] {
        let name = "skeptic"
        var dirs: [URL] = []
        var result: [URL] = []
        if let override = ProcessInfo.processInfo.environment["SKEPTIC_BIN"], !override.isEmpty {
            result.append(URL(fileURLWithPath: override))
        }
        // The running test executable (`….xctest` on Linux) and its bundle.
        if let argv0 = CommandLine.arguments.first, argv0.contains("/") {
            dirs.append(URL(fileURLWithPath: argv0).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        let bundle = Bundle.main.bundleURL.resolvingSymlinksInPath()
        dirs.append(bundle)
        dirs.append(bundle.deletingLastPathComponent())
        // A package build tree.
        let build = packageRoot.appendingPathComponent(".build")
        dirs.append(build.appendingPathComponent("debug"))
        dirs.append(build.appendingPathComponent("release"))
        let triples = (try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? []
        for triple in triples.sorted() where triple.contains("-") {
            dirs.append(build.appendingPathComponent(triple).appendingPathComponent("debug"))
        }
        for dir in dirs {
            let candidate = dir.appendingPathComponent(name).standardizedFileURL
            if !result.contains(candidate) { result.append(candidate) }
        }
        return result
    }
}

// libFuzzer harnesses for Skeptic, one binary, the harness chosen by SKEPTIC_FUZZ (see the README's
// "Fuzzing" section). Built only when SKEPTIC_FUZZ is set at `swift build` time (Package.swift), with
// `-sanitize=fuzzer,address`; never part of the normal build or of `swift test`.
import Foundation
import SkepticCore
import SkepticReview
import SkepticUI

let harness = ProcessInfo.processInfo.environment["SKEPTIC_FUZZ"] ?? "html"
let scratch = NSTemporaryDirectory() + "skeptic-fuzz-\(getpid())"

/// The input's first byte picks a size (so one corpus explores widths too); the rest is the input.
func split(_ bytes: [UInt8]) -> (Int, [UInt8]) {
    guard let first = bytes.first else { return (0, []) }
    return (Int(first), Array(bytes.dropFirst()))
}

func importAndAnalyse(_ bytes: [UInt8], _ format: Document.Format) {
    guard let document = try? ArticleLoader.load(bytes: bytes, name: "fuzz", force: true, format: format) else { return }
    let annotated = Pipeline.standard.run(document)
    var sink = 0
    TextReport.write(annotated) { sink &+= $0.count }
    JSONReport.write(annotated) { sink &+= $0.count }
    _ = Outline.render(document)
}

/// LeakSanitizer's built-in suppressions (the runtime asks for them at start; `LSAN_OPTIONS=suppressions=FILE`
/// adds more): TOMLKit 0.6.0 frees nothing it allocates — `TOMLTable` has no deinit, so the parsed
/// `toml::table` is never deleted, and its C bridge (CTOML) hands every key list, string (`strdup`),
/// integer, double and bool (`malloc`) and parse error to Swift as pointers nothing frees. Its public API
/// has no call path without the leak and no way to free them, so every config, theme and TOML front
/// matter (`+++`) leaks: a few hundred bytes for a config, about 30 KB for a theme.
///
/// The two patterns match only those: allocations made inside CTOML (the bridge and the toml++ it
/// compiles) and the `CTOMLParseError` that `TOMLTable.init(string:)` allocates (by its mangled name). A
/// `TOMLTable`, or anything of Skeptic's, that Skeptic's own code leaked is still reported.
@_cdecl("__lsan_default_suppressions")
public func lsanDefaultSuppressions() -> UnsafePointer<CChar> {
    let text: StaticString = "leak:/checkouts/TOMLKit/Sources/CTOML/\nleak:s7TOMLKit9TOMLTableC6stringACSS_tKcfc\n"
    return UnsafeRawPointer(text.utf8Start).assumingMemoryBound(to: CChar.self)
}

/// libFuzzer's driver: SwiftPM names an executable target's entry point `skeptic_fuzz_main` (and makes
/// it `main`), so the harness hands control to libFuzzer from there instead of libFuzzer's own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

@_cdecl("skeptic_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var vector = argv
    return LLVMFuzzerRunDriver(&count, &vector) { data, size in fuzzOne(data, size) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    switch harness {
    case "plain": importAndAnalyse(input, .plainText)
    case "markdown": importAndAnalyse(input, .markdown)
    case "html": importAndAnalyse(input, .html)
    case "sniff": importAndAnalyse(input, FormatSniffer.sniff(input))
    case "layout":
        // Layout and drawing at a width and height from the first byte: combining marks, wide and
        // zero-width characters, tabs, controls.
        let (n, rest) = split(input)
        guard let document = try? ArticleLoader.load(bytes: rest, name: "fuzz", force: true, format: .plainText) else { return 0 }
        let columns = 1 + n % 200, rows = 1 + (n / 3) % 60
        var state = AppState(annotated: Pipeline.standard.run(document), columns: columns, rows: rows)
        _ = Screen.render(state)
        for key in [Key.char("G"), .char("s"), .char("t"), .char("L"), .char("j"), .char("]")] {
            _ = state.handle(key)
            _ = Screen.render(state)
        }
        state.resize(columns: 1 + (n * 7) % 300, rows: 1 + n % 5)
        _ = Screen.render(state)
    case "config":
        _ = Config.parse(String(decoding: input, as: UTF8.self), file: "config.toml")
    case "theme":
        _ = try? ThemeLoader.parse(String(decoding: input, as: UTF8.self), file: "theme.toml")
    case "review":
        // Whatever bytes are in the database file: opened and read, or refused, never a crash.
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let path = scratch + "/skeptic.db"
        FileManager.default.createFile(atPath: path, contents: Data(input))
        if let store = try? ReviewStore(path: path) { _ = try? store.entries(identity: "/a") }
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    case "state":
        // A positions or history file of any bytes.
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: scratch + "/positions", contents: Data(input))
        FileManager.default.createFile(atPath: scratch + "/history", contents: Data(input))
        let state = ReadingState(directory: scratch)
        _ = state.position(path: "/a", key: "k")
        _ = state.searchHistory()
    default:
        fatalError("SKEPTIC_FUZZ must be one of plain, markdown, html, sniff, layout, config, theme, review, state")
    }
    return 0
}

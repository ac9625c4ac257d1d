// skeptic-bench: measures what the first screen costs, in a release build.
//
//   swift run -c release skeptic-bench FILE...
//
// For each file: read + decode + structural scan (the import), the analysis pipeline (sentences, noise,
// hedges, quotes, claims), and the first screen (state, layout of the visible blocks, grid) at 100x30;
// median of 5 runs, and the process's peak memory (VmHWM).
import SkepticCore
import SkepticUI
#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func fileSize(_ path: String) -> Int {
    var st = stat()
    return stat(path, &st) == 0 ? Int(st.st_size) : 0
}

func peakKiB() -> Int {
    guard let f = fopen("/proc/self/status", "r") else { return 0 }
    defer { fclose(f) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, f) != nil {
        let s = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if s.hasPrefix("VmHWM:") { return Int(s.split(separator: " ")[1]) ?? 0 }
    }
    return 0
}

/// A number with `digits` decimals.
func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if digits == 0, text.hasSuffix(".0") { text.removeLast(2) }
    return text
}

/// The document at `path`, or the one-line error and exit 1.
func load(_ path: String) -> Document {
    do { return try ArticleLoader.load(path: path) } catch {
        print("skeptic-bench: \(error.message)")
        exit(1)
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.count == 3, ["--make-html", "--make-md", "--make-sentence"].contains(arguments[0]), let mib = Double(arguments[2]) {
    let bytes = Int(mib * 1_048_576)
    let text = arguments[0] == "--make-html" ? PageMaker.html(bytes: bytes)
        : arguments[0] == "--make-md" ? PageMaker.markdown(bytes: bytes) : PageMaker.sentence(bytes: bytes)
    guard let f = fopen(arguments[1], "w") else {
        print("skeptic-bench: cannot write \(arguments[1])")
        exit(1)
    }
    fputs(text, f)
    fclose(f)
    exit(0)
}
if arguments.count >= 2, arguments[0] == "--search" {
    // A search with no hit over the whole document: the worst case of `/` (every byte looked at).
    for path in arguments.dropFirst() {
        let document = load(path)
        for (pattern, regex) in [("zebra crossing", false), ("the zebra", false), ("The Zebra", false), ("zebra (crossing|stripes)", true), ("[0-9]+ zebras?", true), ("[0-9]+ years", true), (" years", false)] {
            var times: [Double] = []
            var found = 0
            for _ in 0..<5 {
                let t0 = now()
                found = Searcher.search(SearchQuery(pattern, isRegex: regex), in: document).count
                times.append(now() - t0)
            }
            times.sort()
            let mib = Double(document.text.count) / 1_048_576
            print("\(path): \(regex ? "regex" : "text") \"\(pattern)\": \(found) hits in \(fixed(times[2] * 1000, 1)) ms "
                  + "(\(fixed(mib / times[2], 0)) MiB/s)")
        }
    }
    exit(0)
}
if arguments.count >= 2, arguments[0] == "--stages" {
    // Each annotator's own time (median of 5), to see where the pipeline's time goes.
    for path in arguments.dropFirst() {
        let document = load(path)
        var times = [[Double]](repeating: [], count: Pipeline.standard.annotators.count)
        for _ in 0..<5 {
            var annotations = Annotations()
            for (k, annotator) in Pipeline.standard.annotators.enumerated() {
                let t0 = now()
                annotator.annotate(document, &annotations)
                times[k].append(now() - t0)
            }
        }
        let parts = Pipeline.standard.annotators.enumerated().map { k, a in "\(a.name) \(fixed(times[k].sorted()[2] * 1000, 1)) ms" }
        print("\(path): " + parts.joined(separator: "; "))
    }
    exit(0)
}
let files = arguments
if files.isEmpty {
    print("usage: skeptic-bench FILE...  |  skeptic-bench --stages FILE...  |  skeptic-bench --make-html|--make-md|--make-sentence OUT MIB")
    exit(2)
}
for path in files {
    var importTimes: [Double] = []
    var analysisTimes: [Double] = []
    var screenTimes: [Double] = []
    var size = 0
    var sections = 0
    var counts = ""
    for _ in 0..<5 {
        let t0 = now()
        let document = load(path)
        let t1 = now()
        let annotated = Pipeline.standard.run(document)
        let t2 = now()
        let state = AppState(annotated: annotated, columns: 100, rows: 30)
        let grid = Screen.render(state)
        let t3 = now()
        precondition(grid.height == 30)
        importTimes.append(t1 - t0)
        analysisTimes.append(t2 - t1)
        screenTimes.append(t3 - t2)
        size = fileSize(path)
        sections = document.sections.count
        let a = annotated.annotations
        counts = "\(document.blocks.count) blocks ×\(MemoryLayout<Block>.stride) B, \(a.sentences.count) sentences ×\(MemoryLayout<Sentence>.stride) B, "
            + "\(a.cues.count) cues, \(a.quotes.count) quotes ×\(MemoryLayout<SourceQuote>.stride) B"
    }
    importTimes.sort()
    analysisTimes.sort()
    screenTimes.sort()
    let mib = Double(size) / 1_048_576
    let importMs = importTimes[2] * 1000
    let rate = mib / importTimes[2]
    let screenMs = screenTimes[2] * 1000
    let peak = Double(peakKiB()) / 1024
    let analysisMs = analysisTimes[2] * 1000
    let pipelineRate = mib / (importTimes[2] + analysisTimes[2])
    print("\(path): \(fixed(mib, 1)) MiB read, \(sections) sections; import \(fixed(importMs, 1)) ms (\(fixed(rate, 0)) MiB/s); "
          + "analysis \(fixed(analysisMs, 1)) ms; whole pipeline \(fixed(pipelineRate, 0)) MiB/s; "
          + "first screen \(fixed(screenMs, 2)) ms; peak \(fixed(peak, 0)) MiB\n  " + counts)
}

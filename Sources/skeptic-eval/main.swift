// skeptic-eval: scores the hedge tagger on CoNLL-2010-style JSON lines.
//
//   swift run -c release skeptic-eval ../shared/data/hedge-dev/conll2010_bio_train.jsonl [--by-cue]
//
// Each line: {"text": ..., "hedged": bool, "cues": [[start, end], ...]} (cues optional; offsets in
// Unicode scalars). Prints sentence-level precision, recall and F1 — of the speculative label where the file
// has gold cues (news, biomedical), of "speculative or vague" where it has sentence labels only (Wikipedia) —
// and cue-level scores (exact span match) where gold cues exist. --by-cue lists, per lexicon cue, the hedged and plain sentences it fired in.
import Foundation
import SkepticCore

struct Item: Decodable {
    let text: String
    let hedged: Bool
    let cues: [[Int]]?
}

func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
func fmt(_ x: Double) -> String { String(format: "%.3f", x) }

var args = Array(CommandLine.arguments.dropFirst())
// --train FILE[=FACTOR]...: learn the lexicon's weights; prints HedgeWeights.swift, scores on stderr.
if args.first == "--train" {
    Trainer.run(Array(args.dropFirst()), normalise: HedgeTagger.undoTokenisation)
    exit(0)
}
let byCue = args.contains("--by-cue")
args.removeAll { $0 == "--by-cue" }
// --predictions: one line per sentence on stdout ("1"/"0" and the cues), for error analysis.
let printPredictions = args.contains("--predictions")
args.removeAll { $0 == "--predictions" }
// --categories modal,belief,…: count only cues of these categories (default: all).
var categories = Set(CueCategory.allCases)
if let i = args.firstIndex(of: "--categories"), i + 1 < args.count {
    categories = Set(args[i + 1].split(separator: ",").compactMap { CueCategory(rawValue: String($0)) })
    args.removeSubrange(i...(i + 1))
}
guard !args.isEmpty else {
    FileHandle.standardError.write("usage: skeptic-eval FILE.jsonl... [--by-cue]\n".data(using: .utf8)!)
    exit(2)
}
for path in args {
    guard let data = FileManager.default.contents(atPath: path), let content = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write("skeptic-eval: \(path): cannot read\n".data(using: .utf8)!)
        exit(1)
    }
    var tp = 0, fp = 0, fn = 0, tn = 0
    var cueTP = 0, cuePredicted = 0, cueGold = 0
    var hasGoldCues = false
    var perCue: [String: (hedged: Int, plain: Int)] = [:]
    let decoder = JSONDecoder()
    for line in content.split(separator: "\n") {
        guard let item = try? decoder.decode(Item.self, from: Data(line.utf8)) else { continue }
        let text = item.cues == nil ? HedgeTagger.undoTokenisation(item.text) : item.text
        // Files with gold cues mark speculation only; the Wikipedia file marks speculative or vague sentences.
        let found = HedgeTagger.cues(in: text).filter { categories.contains($0.category) && (item.cues == nil || $0.category.label == .hedged) }
        let predicted = !found.isEmpty
        if printPredictions {
            print((predicted ? "1" : "0") + "\t" + (item.hedged ? "1" : "0") + "\t" + found.map { "\($0.cue)/\($0.category.rawValue)" }.joined(separator: ","))
            continue
        }
        switch (predicted, item.hedged) {
        case (true, true): tp += 1
        case (true, false): fp += 1
        case (false, true): fn += 1
        case (false, false): tn += 1
        }
        if byCue {
            for cue in found {
                let key = cue.cue
                var entry = perCue[key] ?? (0, 0)
                if item.hedged { entry.hedged += 1 } else { entry.plain += 1 }
                perCue[key] = entry
            }
        }
        if let gold = item.cues {
            hasGoldCues = true
            let goldSet = Set(gold.filter { $0.count == 2 }.map { [$0[0], $0[1]] })
            let predictedSet = Set(found.map { [$0.start, $0.end] })
            cueGold += goldSet.count
            cuePredicted += predictedSet.count
            cueTP += goldSet.intersection(predictedSet).count
        }
    }
    let p = ratio(tp, tp + fp), r = ratio(tp, tp + fn)
    print("\(path)")
    print("  sentences \(tp + fp + fn + tn), hedged \(tp + fn); predicted \(tp + fp)")
    print("  sentence level: precision \(fmt(p))  recall \(fmt(r))  F1 \(fmt(f1(p, r)))")
    if hasGoldCues {
        let cp = ratio(cueTP, cuePredicted), cr = ratio(cueTP, cueGold)
        print("  cue level (exact span): precision \(fmt(cp))  recall \(fmt(cr))  F1 \(fmt(f1(cp, cr)))")
    }
    if byCue {
        for (cue, n) in perCue.sorted(by: { $0.value.hedged + $0.value.plain > $1.value.hedged + $1.value.plain }) {
            print("  \(cue)\t\(n.hedged)\t\(n.plain)\t\(fmt(ratio(n.hedged, n.hedged + n.plain)))")
        }
    }
}

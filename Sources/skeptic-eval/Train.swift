// skeptic-eval --train: learns the cue model's weights (HedgeWeights.swift).
//
// Two decisions, learned apart because the data marks them apart:
// - Speculative, per cue occurrence: logistic regression over each matched speculative cue's features
//   (`CueModel`: its group, the words around it, the facts of its sentence), on the files with gold cue
//   spans (news, biomedical): an occurrence is positive when it overlaps a gold cue. A sentence is
//   speculative when its best cue scores above the threshold with the best mean sentence F1 over those files.
// - Vague, per sentence: logistic regression over the summed features of its vague cues, on the files with
//   sentence labels only (Wikipedia, whose label is speculative or vague), fitted on the sentences the
//   speculative model leaves unflagged; the threshold is the one with the best F1 of "speculative or vague".
// Both penalise weights towards a prior (L2): 0, or, for the base weight of a cue the analysis issue names,
// a weight that flags alone — the data moves it where it has seen the cue often enough. Each file counts as
// much as the first (times its factor, `FILE=2`). Five-fold cross-validation (by document where the file
// names documents, else by position: news sentences are in document order) reports what to expect on unseen
// text of the same kind.
import Foundation
import SkepticCore

enum Trainer {
    /// Speculative cues the analysis issue names: their base weight starts where it flags alone.
    static let namedSpeculative: Set<String> = [
        "may", "might", "could", "likely", "probably", "perhaps", "possibly", "expect", "be expect to", "believe",
        "think", "feel", "fear", "hope", "be set to", "if", "unless", "in case", "whether", "remains to be seen",
        "it remains to be seen", "raises questions", "alleged", "be accused of", "reportedly", "allegedly", "seem",
        "appear", "suggest", "indicate that", "cannot rule out", "maybe", "unsure", "uncertain", "unclear",
        "rumour", "rumor", "speculate", "forecast", "predict", "would", "it is believed", "it is thought",
        "could potentially", "may have played a role", "is expected to", "is likely to", "there is a chance",
        "only time will tell", "estimate", "may well", "might well", "could well", "is set to", "be accused of",
        "raises questions", "it is unclear whether", "it appears", "apparently", "presumably", "potentially",
        "could have", "may have", "might have", "may also have", "might also have", "could also have",
        "provided that", "providing that", "as long as", "in the event that", "on condition that",
    ].reduce(into: Set<String>()) { $0.insert(HedgeTagger.group(of: $1)) }
    /// Vague cues the analysis issue names.
    static let namedVague: Set<String> = [
        "about", "roughly", "nearly", "up to", "some", "many", "several", "often", "critics say", "experts",
        "it is said", "one of the most", "legendary", "approximately", "around",
    ].reduce(into: Set<String>()) { $0.insert(HedgeTagger.group(of: $1)) }
    static let namedPrior = 3.0
    /// How much a speculative cue in a sentence the uncued files call plain counts, as a negative example.
    static let uncuedNegatives = Double(ProcessInfo.processInfo.environment["SKEPTIC_TRAIN_UNCUED"] ?? "") ?? 0.3
    static let penalty = Double(ProcessInfo.processInfo.environment["SKEPTIC_TRAIN_PENALTY"] ?? "") ?? 1.0
    static let steps = 1200
    static let rate = 0.05
    /// Word features seen fewer times than this in training are left out (they would only fit the files).
    static let minimumCount = Int(ProcessInfo.processInfo.environment["SKEPTIC_TRAIN_MIN"] ?? "") ?? 3

    struct Occurrence {
        var features: [Int]
        var positive: Bool
    }

    struct Sentence {
        var file: Int
        /// The line's number in its file (from 0).
        var line = 0
        var fold: Int
        var weight: Double
        var hedged: Bool
        var speculative: [Occurrence]
        var vague: [Int]  // summed features of the vague cues (repeats kept)
        var definitelyVague = false  // an approximator before a number: vague whatever the weights
        /// The line marks cues (its label is speculative), or not (speculative or vague, as the Wikipedia
        /// file's and a reader's vague verdicts are).
        var cued = true
    }

    /// Features by name ("owner<TAB>feature"), with their priors.
    final class Features {
        var index: [String: Int] = [:]
        var names: [String] = []
        var priors: [Double] = []

        func id(_ name: String, prior: Double) -> Int {
            if let k = index[name] { return k }
            index[name] = names.count
            names.append(name)
            priors.append(prior)
            return names.count - 1
        }
    }

    /// Logistic regression by full-batch Adam: rows of (features, target, weight); weights pulled towards
    /// their priors; the last weight is the bias (no penalty).
    static func fit(_ rows: [(features: [Int], target: Bool, weight: Double)], priors: [Double], active: Set<Int>) -> (w: [Double], bias: Double) {
        let n = priors.count
        var w = priors.enumerated().map { active.contains($0.offset) ? $0.element : 0 } + [0.0]
        var m = [Double](repeating: 0, count: n + 1), v = m, grad = m
        for step in 1...steps {
            for k in 0..<n { grad[k] = active.contains(k) ? penalty * (w[k] - priors[k]) : 0 }
            grad[n] = 0
            for row in rows {
                let z = row.features.reduce(w[n]) { $0 + w[$1] }
                let g = row.weight * (1 / (1 + exp(-z)) - (row.target ? 1 : 0))
                for f in row.features { grad[f] += g }
                grad[n] += g
            }
            let c1 = 1 - pow(0.9, Double(step)), c2 = 1 - pow(0.999, Double(step))
            for k in w.indices {
                m[k] = 0.9 * m[k] + 0.1 * grad[k]
                v[k] = 0.999 * v[k] + 0.001 * grad[k] * grad[k]
                w[k] -= rate * (m[k] / c1) / ((v[k] / c2).squareRoot() + 1e-8)
            }
        }
        return (Array(w[0..<n]), w[n])
    }

    struct Model {
        var w: [Double]
        var speculativeBias: Double
        var vagueBias: Double

        func speculative(_ s: Sentence) -> Double {
            s.speculative.map { o in o.features.reduce(speculativeBias) { $0 + w[$1] } }.max() ?? -.infinity
        }

        func vague(_ s: Sentence) -> Double {
            s.definitelyVague ? .infinity : s.vague.isEmpty ? -.infinity : s.vague.reduce(vagueBias) { $0 + w[$1] }
        }
    }

    static func f1(_ tp: Double, _ fp: Double, _ fn: Double) -> (p: Double, r: Double, f: Double) {
        let p = tp / max(1, tp + fp), r = tp / max(1, tp + fn)
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
    }

    /// Sentence-level scores of one file: speculative for lines with cues, speculative or vague without.
    static func score(_ sentences: [Sentence], _ model: Model, file: Int) -> (p: Double, r: Double, f: Double) {
        var tp = 0.0, fp = 0.0, fn = 0.0
        for s in sentences where s.file == file {
            let predicted = model.speculative(s) > 0 || (!s.cued && model.vague(s) > 0)
            if predicted && s.hedged { tp += 1 } else if predicted { fp += 1 } else if s.hedged { fn += 1 }
        }
        return f1(tp, fp, fn)
    }

    /// Fits both decisions on the given sentences.
    static func train(_ sentences: [Sentence], features: Features, cued: [Bool]) -> Model {
        // Features seen often enough in these sentences (word features), or facts and bases.
        var counts = [Int](repeating: 0, count: features.names.count)
        for s in sentences {
            for o in s.speculative { for f in o.features { counts[f] += 1 } }
            for f in s.vague { counts[f] += 1 }
        }
        let active = Set(counts.indices.filter { counts[$0] >= (features.names[$0].contains("=") ? minimumCount : 1) })
        func kept(_ f: [Int]) -> [Int] { f.filter { active.contains($0) } }
        // Speculative: per occurrence.
        var rows: [(features: [Int], target: Bool, weight: Double)] = []
        for s in sentences where s.cued {
            for o in s.speculative { rows.append((kept(o.features), o.positive, s.weight)) }
        }
        // A sentence the uncued files call neither speculative nor vague has no speculative cue either.
        for s in sentences where !s.cued && !s.hedged {
            for o in s.speculative { rows.append((kept(o.features), false, s.weight * uncuedNegatives)) }
        }
        let speculative = fit(rows, priors: features.priors, active: active)
        var model = Model(w: speculative.w, speculativeBias: speculative.bias, vagueBias: -1000)
        // The threshold with the best mean F1 over the files with cues.
        var best = (t: 0.0, f: -1.0)
        for k in -40...40 {
            let t = Double(k) * 0.1
            var trial = model
            trial.speculativeBias -= t
            let files = cued.indices.filter { cued[$0] }
            let mean = files.map { score(sentences, trial, file: $0).f }.reduce(0, +) / Double(max(1, files.count))
            if mean > best.f { best = (t, mean) }
        }
        model.speculativeBias -= best.t
        // Vague: per sentence, on the uncued files' sentences the speculative model leaves unflagged.
        var vagueRows: [(features: [Int], target: Bool, weight: Double)] = []
        for s in sentences where !s.cued && !s.vague.isEmpty && !s.definitelyVague && model.speculative(s) <= 0 {
            vagueRows.append((kept(s.vague), s.hedged, s.weight))
        }
        var seenVague = Set<Int>()
        for s in sentences where !s.cued { seenVague.formUnion(s.vague) }
        let vagueActive = active.intersection(seenVague)
        if !vagueRows.isEmpty {
            let vague = fit(vagueRows, priors: features.priors, active: vagueActive)
            for k in vagueActive { model.w[k] = vague.w[k] }
            model.vagueBias = vague.bias
            best = (0, -1)
            for k in -40...40 {
                let t = Double(k) * 0.1
                var trial = model
                trial.vagueBias -= t
                let files = cued.indices.filter { !cued[$0] }
                let mean = files.map { score(sentences, trial, file: $0).f }.reduce(0, +) / Double(max(1, files.count))
                if mean > best.f { best = (t, mean) }
            }
            model.vagueBias -= best.t
        }
        return model
    }

    static func run(_ specs: [String], normalise: (String) -> String) {
        let features = Features()
        var sentences: [Sentence] = []
        var paths: [String] = []
        var cued: [Bool] = []
        var firstCount = 0
        for (file, spec) in specs.enumerated() {
            let parts = spec.split(separator: "=", maxSplits: 1)
            let path = String(parts[0])
            var (rows, hasCues) = read(path, file: file, weight: parts.count > 1 ? Double(parts[1]) ?? 1 : 1,
                                       features: features, normalise: normalise)
            // Each file weighs as much as the first, whatever its size (times its factor).
            if file == 0 { firstCount = rows.count }
            let scale = Double(firstCount) / Double(max(1, rows.count))
            for k in rows.indices { rows[k].weight *= scale }
            sentences += rows
            paths.append(path)
            cued.append(hasCues)
        }
        crossValidate(sentences, features: features, paths: paths, cued: cued)
        let model = train(sentences, features: features, cued: cued)
        for (file, path) in paths.enumerated() {
            let s = score(sentences, model, file: file)
            line("fitted on all \(path): precision \(fmt(s.p))  recall \(fmt(s.r))  F1 \(fmt(s.f))")
        }
        print(weightsSource(model, features: features, specs: specs), terminator: "")
    }

    static func line(_ text: String) { FileHandle.standardError.write((text + "\n").data(using: .utf8)!) }

    /// One file's sentences (JSON lines: text, hedged, cues, doc) with their occurrences' features, and
    /// whether the file marks cues (speculation only) or not (speculation or vagueness).
    static func read(_ path: String, file: Int, weight: Double, features: Features,
                     normalise: (String) -> String) -> (rows: [Sentence], hasCues: Bool) {
        guard let data = FileManager.default.contents(atPath: path), let content = String(data: data, encoding: .utf8) else {
            FileHandle.standardError.write("skeptic-eval: \(path): cannot read\n".data(using: .utf8)!)
            exit(1)
        }
        struct Row: Decodable { let text: String; let hedged: Bool; let cues: [[Int]]?; let doc: String? }
        let lines = content.split(separator: "\n")
        var rows: [Sentence] = []
        var hasCues = false
        for (n, line) in lines.enumerated() {
            guard let row = try? JSONDecoder().decode(Row.self, from: Data(line.utf8)) else { continue }
            hasCues = hasCues || row.cues != nil
            let text = row.cues == nil ? normalise(row.text) : row.text
            // Folds by document where there is one (FNV-1a of its id), else by position in the file.
            let fold = row.doc.map { Int(truncatingIfNeeded: $0.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 } % 5) }
                ?? (row.cues != nil ? n * 5 / max(1, lines.count) : n % 5)
            let gold = (row.cues ?? []).filter { $0.count == 2 }.map { $0[0]..<$0[1] }
            var sentence = Sentence(file: file, fold: fold, weight: weight, hedged: row.hedged, speculative: [], vague: [])
            sentence.cued = row.cues != nil
            sentence.line = n
            for o in HedgeTagger.occurrences(in: text) {
                if o.definite {
                    sentence.definitelyVague = true
                    continue
                }
                let named = o.category.label == .hedged ? namedSpeculative : namedVague
                let ids = o.features.map { name -> Int in
                    let fields = name.split(separator: "\t")
                    let prior = fields.count == 2 && fields[1] == "base" && named.contains(String(fields[0])) ? namedPrior : 0
                    return features.id(name, prior: prior)
                }
                if o.category.label == .hedged {
                    sentence.speculative.append(Occurrence(features: ids, positive: gold.contains { $0.overlaps(o.start..<o.end) }))
                } else {
                    sentence.vague += ids
                }
            }
            rows.append(sentence)
        }
        return (rows, hasCues)
    }

    /// Cross-validation: each fold scored by a model learned without it; a line per file.
    static func crossValidate(_ sentences: [Sentence], features: Features, paths: [String], cued: [Bool]) {
        var tp = [Double](repeating: 0, count: paths.count), fp = tp, fn = tp
        // SKEPTIC_TRAIN_CV_OUT=PATH: each sentence's cross-validated decision, for error analysis (lines "file
        // <TAB>line<TAB>gold<TAB>predicted<TAB>speculative score<TAB>vague score").
        var out: [(Int, Int, String)] = []
        let dump = ProcessInfo.processInfo.environment["SKEPTIC_TRAIN_CV_OUT"]
        for fold in 0..<5 {
            let model = train(sentences.filter { $0.fold != fold }, features: features, cued: cued)
            for (k, s) in sentences.enumerated() where s.fold == fold {
                let predicted = model.speculative(s) > 0 || (!s.cued && model.vague(s) > 0)
                if predicted && s.hedged { tp[s.file] += 1 } else if predicted { fp[s.file] += 1 } else if s.hedged { fn[s.file] += 1 }
                if dump != nil {
                    out.append((s.file, k, "\(s.file)\t\(s.line)\t\(s.hedged ? 1 : 0)\t\(predicted ? 1 : 0)\t\(fmt(model.speculative(s)))\t\(fmt(model.vague(s)))\t\(cues(s, features))"))
                }
            }
        }
        if let dump {
            let text = out.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2).joined(separator: "\n") + "\n"
            FileManager.default.createFile(atPath: dump, contents: Data(text.utf8))
        }
        for (file, path) in paths.enumerated() {
            let s = f1(tp[file], fp[file], fn[file])
            line("cross-validated (5 folds) \(path) [\(cued[file] ? "speculative" : "speculative or vague")]: precision \(fmt(s.p))  recall \(fmt(s.r))  F1 \(fmt(s.f))")
        }
    }

    /// The groups of a sentence's cues ("may,some"), for the cross-validation dump.
    static func cues(_ s: Sentence, _ features: Features) -> String {
        (s.speculative.flatMap(\.features) + s.vague).map { features.names[$0] }.filter { $0.hasSuffix("\tbase") && !$0.hasPrefix("@") }
            .map { String($0.dropLast(5)) }.joined(separator: ",")
    }

    /// The Swift source of `HedgeWeights` for a model.
    static func weightsSource(_ model: Model, features: Features, specs: [String]) -> String {
        var out = """
        /// Weights of the cue model (`CueModel`), learned from the hedge development data: news sentences of the
        /// Szeged Uncertainty Corpus 2.0 (FactBank part; CC BY-SA) and the CoNLL-2010 Shared Task training data
        /// (BioScope, University of Szeged; Wikipedia text CC BY-SA) — read from ../shared, not copied.
        /// Generated by `swift run -c release skeptic-eval --train \(specs.map { $0.replacingOccurrences(of: "/work/shared", with: "../shared") }.joined(separator: " "))`.
        /// Lines: "owner<TAB>feature<TAB>weight" (owner: a cue group or "@category"; see `CueModel`), and the two biases.
        enum HedgeWeights {
            static let data = \"\"\"

        """
        out += "    bias\\tspeculative\\t\(String(format: "%.4f", model.speculativeBias))\n"
        out += "    bias\\tvague\\t\(String(format: "%.4f", model.vagueBias))\n"
        for k in features.names.indices.sorted(by: { features.names[$0] < features.names[$1] }) where abs(model.w[k]) >= 0.02 {
            out += "    \(features.names[k].replacingOccurrences(of: "\t", with: "\\t"))\\t\(String(format: "%.4f", model.w[k]))\n"
        }
        // Named cues the data never matched flag alone (their prior), with what their kind weighs.
        for group in namedSpeculative.union(namedVague).sorted() where features.index[group + "\tbase"] == nil {
            out += "    \(group)\\tbase\\t\(String(format: "%.4f", namedPrior))\n"
        }
        out += "    \"\"\"\n}\n"
        return out
    }
}

// skeptic-eval --train: learns the hedge lexicon's weights (HedgeWeights.swift) from sentence labels.
//
// Logistic regression over the lexicon entries each sentence matches (counts), with an L2 penalty (0.1, the
// best of 0.05–1 by cross-validation), fitted on the sentences the weights decide: those with no cue that
// flags alone. The cues the analysis issue names (`Trainer.named`, and the approximators before a number) are
// held at a weight that flags their sentence alone (1 - bias), certainty entries at 0; every other entry —
// the vague and puffery ones above all, and a named word's weighed uses (rules dynamic, past-future, bound:
// "may also", "would later", "nearly 200"; one weight per word) — is learned, kept ≥ 0 so that every shown
// cue pushes towards "speculative", and the forms of one cue share their weight. Each file counts as much as
// the first (times its factor, `FILE=1.5`). The threshold is the one with the best mean F1 over the files,
// folded into the bias. Five-fold cross-validation (by document where the file names documents) reports what
// to expect on unseen text of the same kind.
// SKEPTIC_TRAIN_CURVE=1 also prints each file's F1 at thresholds around the chosen one; SKEPTIC_TRAIN_ALL=1
// learns the named cues' weights too (what the Wikipedia labels would have; not shipped).
import Foundation
import SkepticCore

struct Example {
    var features: [Int]
    var hedged: Bool
    var weight: Double
    var file: Int
    var fold: Int
}

struct Model {
    var weights: [Double]
    var bias: Double

    func score(_ e: Example) -> Double { e.features.reduce(bias) { $0 + weights[$1] } }
}

enum Trainer {
    /// The cues the analysis issue names (with their inflections): they always flag their sentence.
    static let named: Set<String> = [
        "may", "might", "could", "would", "can", "should",
        "suggest", "suggests", "suggested", "suggesting", "appear", "appears", "appeared", "seem", "seems", "seemed",
        "believe", "believes", "believed", "indicate", "indicates", "indicated", "indicating", "speculate", "speculated",
        "likely", "possibly", "perhaps", "potentially", "probably", "presumably", "apparently", "unclear", "uncertain",
        "about", "roughly", "some", "several", "reportedly", "allegedly", "whether",
        // estimates are approximations (Hyland 1998), as named above
        "estimate", "estimates", "estimated", "an estimated",
        "some say", "it is believed", "critics argue", "sources say", "raises questions", "it remains to be seen",
        "only time will tell", "could potentially", "may have played a role",
        // Synonyms of the named cues, which the training files hold too rarely to judge (a handful of sentences
        // each would silence them): "maybe" is "perhaps", "unsure" "uncertain", "in the region of" "about",
        // "sources close to" and "unconfirmed reports" are "sources say".
        "maybe", "conceivably", "seemingly", "unsure", "not sure", "not certain", "conceivable", "cannot rule out",
        "not ruled out", "there is a chance", "rumoured", "rumored", "rumour", "rumours", "rumor", "rumors",
        "sources close to", "people close to", "people familiar with", "a person familiar with",
        "familiar with the matter", "people briefed on", "people with knowledge of", "on condition of anonymity",
        "who asked not to be named", "who declined to be named", "not authorized to speak", "unnamed",
        "anonymous sources", "according to sources", "unconfirmed reports", "unconfirmed", "unverified",
        "unsubstantiated", "in the region of", "upwards of", "or so", "give or take", "circa", "somewhere between",
        "somewhere around", "on the order of",
    ]
    static let penalty = 0.1
    static let steps = 1500
    static let rate = 0.05

    /// Full-batch Adam on the weighted log loss, over the sentences the weights decide: a sentence with a cue
    /// that flags alone is flagged whatever the weights say, so it is left out (the vague words of "Some
    /// critics may object" say nothing about how often "some" alone means a hedge).
    static func fit(_ all: [Example], entries: Int, signs: [Double]) -> Model {
        let examples = all.filter { !$0.features.contains { signs[$0] == 0 } }
        var w = [Double](repeating: 0, count: entries + 1)  // last: bias
        var m = w, v = w
        var grad = w
        for step in 1...steps {
            for k in grad.indices { grad[k] = k < entries ? penalty * w[k] : 0 }
            for e in examples {
                let z = e.features.reduce(w[entries]) { $0 + w[$1] }
                let g = e.weight * (1 / (1 + exp(-z)) - (e.hedged ? 1 : 0))
                for f in e.features { grad[f] += g }
                grad[entries] += g
            }
            let c1 = 1 - pow(0.9, Double(step)), c2 = 1 - pow(0.999, Double(step))
            for k in w.indices {
                m[k] = 0.9 * m[k] + 0.1 * grad[k]
                v[k] = 0.999 * v[k] + 0.001 * grad[k] * grad[k]
                w[k] -= rate * (m[k] / c1) / ((v[k] / c2).squareRoot() + 1e-8)
            }
            for k in 0..<entries { w[k] = signs[k] > 0 ? max(0, w[k]) : signs[k] == 0 ? 1 - w[entries] : 0 }
        }
        return Model(weights: Array(w[0..<entries]), bias: w[entries])
    }

    /// A cue's words without inflection and with one spelling: "criticised" and "criticized" → "criticiz",
    /// "argues" → "argu", "best-known" → "best known", "are expected to" → "be expect to".
    static func stem(_ cue: String) -> String {
        cue.lowercased().replacingOccurrences(of: "-", with: " ").split(separator: " ").map { word -> String in
            // "is expected to", "are expected to", "was expected to": one cue
            if ["is", "are", "was", "were", "be", "been", "being"].contains(word) { return "be" }
            var w = String(word)
            for (a, b) in [("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize")] where w.hasSuffix(a) {
                w = String(w.dropLast(a.count)) + b
                break
            }
            for suffix in ["ing", "ed", "es", "s", "e"] where w.count > suffix.count + 3 && w.hasSuffix(suffix) {
                w = String(w.dropLast(suffix.count))
                break
            }
            return w
        }.joined(separator: " ")
    }

    static func f1(_ examples: [Example], _ model: Model, file: Int, threshold: Double = 0) -> (p: Double, r: Double, f: Double) {
        var tp = 0.0, fp = 0.0, fn = 0.0
        for e in examples where e.file == file {
            let predicted = model.score(e) > threshold
            if predicted && e.hedged { tp += 1 } else if predicted { fp += 1 } else if e.hedged { fn += 1 }
        }
        let p = tp / max(1, tp + fp), r = tp / max(1, tp + fn)
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
    }

    /// The threshold with the best mean F1 over the files.
    static func threshold(_ examples: [Example], _ model: Model, files: Int) -> Double {
        var best = (t: 0.0, f: -1.0)
        for k in -60...40 {
            let t = Double(k) * 0.05
            let mean = (0..<files).map { f1(examples, model, file: $0, threshold: t).f }.reduce(0, +) / Double(files)
            if mean > best.f { best = (t, mean) }
        }
        return best.t
    }

    static func run(_ specs: [String], normalise: (String) -> String) {
        let names = HedgeTagger.entryNames
        let rules = HedgeTagger.entryRules
        let beforeNumber = Set(rules.enumerated().filter { $0.element == "before-number" }.map { names[$0.offset] })
        // A modal's weighed uses ("may also", "would later") and bounds before a number ("nearly 200"): learned,
        // one weight per modal (or bound word).
        let weighed: Set<String> = ["dynamic", "past-future", "bound"]
        // 1: learned (weak categories), 0: flags alone, -1: certainty.
        let signs = names.enumerated().map { k, name -> Double in
            let cue = String(name.split(separator: "\t")[0])
            if name.hasSuffix("\tcertainty") { return -1 }
            if weighed.contains(rules[k]) { return 1 }
            if name.hasSuffix("\tvague") || name.hasSuffix("\tpuffery") { return 1 }
            if ProcessInfo.processInfo.environment["SKEPTIC_TRAIN_ALL"] != nil { return 1 }  // the trade-off, for the README
            if beforeNumber.contains(name) { return 0 }  // approximators before a number: "around five years"
            // A named cue, or a phrase that starts or ends with one ("may well", "most likely").
            return Trainer.named.contains(where: { cue == $0 || cue.hasPrefix($0 + " ") || cue.hasSuffix(" " + $0) }) ? 0 : 1
        }
        // Inflections and spellings of one cue share a weight ("argue", "argues", "argued"; "criticised",
        // "criticized"; "well known", "well-known"): fewer quirks of the data, the same judgement for all forms.
        var groupOf: [Int] = []
        var groupKeys: [String] = []
        var groupSigns: [Double] = []
        for (k, name) in names.enumerated() {
            let parts = name.split(separator: "\t")
            let cue = String(parts[0])
            let form = weighed.contains(rules[k]) ? rules[k] + " " + String(cue.prefix { $0 != " " }) : stem(cue)
            let key = "\(signs[k])|\(parts.count > 1 ? String(parts[1]) : "")|\(form)"
            if let g = groupKeys.firstIndex(of: key) {
                groupOf.append(g)
            } else {
                groupOf.append(groupKeys.count)
                groupKeys.append(key)
                groupSigns.append(signs[k])
            }
        }
        var examples: [Example] = []
        var paths: [String] = []
        var firstCount = 0
        for (file, spec) in specs.enumerated() {
            let parts = spec.split(separator: "=", maxSplits: 1)
            let path = String(parts[0])
            let factor = parts.count > 1 ? Double(parts[1]) ?? 1 : 1
            guard let data = FileManager.default.contents(atPath: path), let content = String(data: data, encoding: .utf8) else {
                FileHandle.standardError.write("skeptic-eval: \(path): cannot read\n".data(using: .utf8)!)
                exit(1)
            }
            struct Row: Decodable { let text: String; let hedged: Bool; let cues: [[Int]]?; let doc: String? }
            var rows: [Example] = []
            for (n, line) in content.split(separator: "\n").enumerated() {
                guard let row = try? JSONDecoder().decode(Row.self, from: Data(line.utf8)) else { continue }
                let text = row.cues == nil ? normalise(row.text) : row.text
                // Folds by document where there is one (FNV-1a of its id), else by line.
                let fold = row.doc.map { Int(truncatingIfNeeded: $0.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 } % 5) } ?? n % 5
                rows.append(Example(features: HedgeTagger.features(in: text).map { groupOf[$0] }, hedged: row.hedged, weight: factor,
                                    file: file, fold: fold))
            }
            if file == 0 { firstCount = rows.count }
            let scale = Double(firstCount) / Double(max(1, rows.count))
            for k in rows.indices { rows[k].weight *= scale }
            examples += rows
            paths.append(path)
        }
        func line(_ text: String) { FileHandle.standardError.write((text + "\n").data(using: .utf8)!) }
        // Cross-validation: each fold scored by a model (and threshold) learned without it.
        var held: [Example] = []
        var heldScores: [Double] = []
        for fold in 0..<5 {
            let training = examples.filter { $0.fold != fold }
            let model = fit(training, entries: groupKeys.count, signs: groupSigns)
            let t = threshold(training, model, files: paths.count)
            for e in examples where e.fold == fold {
                held.append(e)
                heldScores.append(model.score(e) - t)
            }
        }
        for (file, path) in paths.enumerated() {
            var tp = 0.0, fp = 0.0, fn = 0.0
            for (e, s) in zip(held, heldScores) where e.file == file {
                if s > 0 && e.hedged { tp += 1 } else if s > 0 { fp += 1 } else if e.hedged { fn += 1 }
            }
            let p = tp / max(1, tp + fp), r = tp / max(1, tp + fn)
            line("cross-validated (5 folds) \(path): precision \(fmt(p))  recall \(fmt(r))  F1 \(fmt(2 * p * r / max(1e-9, p + r)))")
        }
        let model = fit(examples, entries: groupKeys.count, signs: groupSigns)
        let t = threshold(examples, model, files: paths.count)
        if ProcessInfo.processInfo.environment["SKEPTIC_TRAIN_CURVE"] != nil {
            for k in -20...20 {
                let u = t + Double(k) * 0.1
                line("threshold \(fmt(u)): " + (0..<paths.count).map { fmt(f1(examples, model, file: $0, threshold: u).f) }.joined(separator: " "))
            }
        }
        for (file, path) in paths.enumerated() {
            let s = f1(examples, model, file: file, threshold: t)
            line("fitted on all \(path): precision \(fmt(s.p))  recall \(fmt(s.r))  F1 \(fmt(s.f))")
        }
        // The Swift source of HedgeWeights.
        var out = """
        /// Weights of the hedge lexicon's entries (`HedgeLexicon`), learned from the CoNLL-2010 Shared Task
        /// training data (BioScope, University of Szeged; Wikipedia text CC BY-SA; read from ../shared, not
        /// copied). A sentence is flagged when bias + the weights of the entries it matches > 0.
        /// Generated by `swift run -c release skeptic-eval --train \(specs.map { $0.replacingOccurrences(of: "/work/shared", with: "../shared") }.joined(separator: " "))`;
        /// Listed: the weak categories (vague, puffery) and the cues the analysis issue does not name; forms of
        /// one cue share a weight. An entry not listed (a named cue, or one the data never matched) flags its
        /// sentence alone.
        enum HedgeWeights {
            static let data = \"\"\"

        """
        out += "    bias\\t\(String(format: "%.4f", model.bias - t))\n"
        var counts = [Int](repeating: 0, count: groupKeys.count)
        for e in examples { for f in Set(e.features) { counts[f] += 1 } }
        for (k, name) in names.enumerated() where counts[groupOf[k]] > 0 && signs[k] > 0 {
            out += "    \(name.replacingOccurrences(of: "\t", with: "\\t"))\\t\(String(format: "%.4f", model.weights[groupOf[k]]))\n"
        }
        out += "    \"\"\"\n}\n"
        print(out, terminator: "")
    }
}

/// A named layer of annotations.
public enum Layer: String, Sendable, CaseIterable {
    case noise
    case sentences
    case hedges
    /// What each sentence's words say about it beyond hedges (claim evidence).
    case words
    case quotes
    case claims
    /// The sources an article rests on, and which each sentence rests on.
    case sources
    /// Sentences that repeat or restate an earlier one.
    case repeats
}

/// One step of the analysis: it reads the layers it requires and fills in the ones it produces.
public protocol Annotator: Sendable {
    var name: String { get }
    var requires: Set<Layer> { get }
    var produces: Set<Layer> { get }
    func annotate(_ document: Document, _ annotations: inout Annotations)
}

/// Runs annotators in order, after checking that each one's requirements come before it.
public struct Pipeline: Sendable {
    public let annotators: [any Annotator]

    /// Why a pipeline is not in a runnable order.
    public struct OrderError: Error, Equatable, CustomStringConvertible {
        public let annotator: String
        public let missing: [Layer]
        public var description: String {
            "annotator \(annotator) requires \(missing.map(\.rawValue).joined(separator: ", ")), which no earlier annotator produces"
        }
    }

    public init(_ annotators: [any Annotator]) throws(OrderError) {
        var available = Set<Layer>()
        for annotator in annotators {
            let missing = annotator.requires.subtracting(available)
            if !missing.isEmpty {
                throw OrderError(annotator: annotator.name, missing: missing.sorted { $0.rawValue < $1.rawValue })
            }
            available.formUnion(annotator.produces)
        }
        self.annotators = annotators
    }

    /// The standard analysis: noise, sentences, hedges, quotes, repeats, claims, sources — one after the other,
    /// each spread over the cores itself.
    public static let standard: Pipeline = try! Pipeline([
        NoiseAnnotator(), SentenceSegmenter(), HedgeAnnotator(), QuoteAnnotator(), RepeatAnnotator(), ClaimAnnotator(),
        SourceAnnotator(),
    ])

    public func run(_ document: Document) -> AnnotatedDocument {
        var annotations = Annotations()
        for annotator in annotators { annotator.annotate(document, &annotations) }
        return AnnotatedDocument(document: document, annotations: annotations)
    }
}

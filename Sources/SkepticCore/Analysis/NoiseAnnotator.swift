/// Marks page furniture — ad slots, share and newsletter prompts, recommendation widgets — as noise,
/// so that it is dimmed and not analysed as prose. The lexicon is `Boilerplate.prefixes`.
public struct NoiseAnnotator: Annotator {
    public let name = "noise"
    public let requires: Set<Layer> = []
    public let produces: Set<Layer> = [.noise]

    public init() {}

    public func annotate(_ document: Document, _ annotations: inout Annotations) {
        annotations.noiseBlocks = document.text.withUnsafeBufferPointer { t in
            document.blocks.map { block in
                switch block.kind {
                case .paragraph, .listItem, .metadata(.keywords):
                    // Only short blocks can be furniture; the look-up reads the first bytes.
                    guard block.range.count <= 600 else { return false }
                    return Boilerplate.matches(UnsafeBufferPointer(rebasing: t[block.range]))
                default:
                    return false
                }
            }
        }
    }
}

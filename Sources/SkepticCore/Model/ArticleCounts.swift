/// An analysed article in numbers: its title, size, and how many of its statements speculate, are vague or
/// claim without a source — what the library lists and the database keeps of it.
public struct ArticleCounts: Sendable, Equatable {
    public var title: String
    public var words: Int
    public var sentences: Int
    public var speculative: Int
    public var vague: Int
    public var unsourced: Int

    public init(title: String, words: Int, sentences: Int, speculative: Int, vague: Int, unsourced: Int) {
        self.title = title
        self.words = words
        self.sentences = sentences
        self.speculative = speculative
        self.vague = vague
        self.unsourced = unsourced
    }
}

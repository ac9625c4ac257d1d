/// One article of the reader's history: where it came from, its title, when it was last opened — as the
/// database keeps it and the history view lists it.
public struct Visit: Sendable, Equatable {
    public var source: String
    public var title: String
    /// ISO 8601, UTC ("2026-12-07T11:38:21Z").
    public var visited: String

    public init(source: String, title: String, visited: String) {
        self.source = source
        self.title = title
        self.visited = visited
    }
}

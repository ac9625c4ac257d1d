import Foundation
import Testing
@testable import SkepticReview

/// The positions and search-history files: several readers at once, folders in the way, symbolic links.
@Suite struct ReadingStateTests {
    static func scratch() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("skeptic-state-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func leftovers(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".tmp") }
    }

    @Test func readersSavingTogetherLoseNoPosition() throws {
        let root = Self.scratch()
        let state = root + "/state/skeptic"
        let articles = (0..<160).map { i -> String in
            let path = root + "/article-\(i).txt"
            FileManager.default.createFile(atPath: path, contents: Data("Article \(i).\n".utf8))
            return path
        }
        // Each writer is another open of the lock (as another process would be), all released at once.
        let done = DispatchSemaphore(value: 0)
        let failures = Locked<[ReadingState.SaveError]>([])
        let writers = 8
        for w in 0..<writers {
            Thread.detachNewThread {
                defer { done.signal() }
                for (i, path) in articles.enumerated() where i % writers == w {
                    if let problem = ReadingState(directory: state).save(position: 100 + i, path: path, key: "k\(i)") {
                        failures.mutate { $0.append(problem) }
                    }
                }
            }
        }
        for _ in 0..<writers { #expect(done.wait(timeout: .now() + 60) == .success) }
        #expect(failures.value.isEmpty)
        let reader = ReadingState(directory: state)
        for (i, path) in articles.enumerated() {
            #expect(reader.position(path: path, key: "k\(i)") == 100 + i, "position of article \(i)")
        }
        #expect(Self.leftovers(state).isEmpty)
    }

    @Test func searchHistoriesOfTwoReadersAreMerged() {
        let state = Self.scratch() + "/skeptic"
        ReadingState(directory: state).save(searchHistory: ["levy", "port"])
        ReadingState(directory: state).save(searchHistory: ["port", "ships"])
        #expect(ReadingState(directory: state).searchHistory() == ["levy", "port", "ships"])
    }

    @Test func aFileInTheWayIsAnErrorAndLeavesNothingBehind() throws {
        let root = Self.scratch()
        FileManager.default.createFile(atPath: root + "/skeptic", contents: Data("not a folder".utf8))
        let problem = ReadingState(directory: root + "/skeptic").save(searchHistory: ["x"])
        #expect(problem?.path == root + "/skeptic")
        #expect(problem?.message.contains("cannot make the folder") == true)
        // A folder where the history file should be: the rename fails, the temporary file goes.
        let state = root + "/other"
        try FileManager.default.createDirectory(atPath: state + "/history/inside", withIntermediateDirectories: true)
        let second = ReadingState(directory: state).save(searchHistory: ["x"])
        #expect(second?.path == state + "/history")
        #expect(Self.leftovers(state).isEmpty)
    }

    @Test func aSymlinkedStateFileStaysALink() throws {
        let root = Self.scratch()
        let state = root + "/skeptic"
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        let kept = root + "/dotfiles-history"
        FileManager.default.createFile(atPath: kept, contents: Data("old\n".utf8))
        try FileManager.default.createSymbolicLink(atPath: state + "/history", withDestinationPath: kept)
        #expect(ReadingState(directory: state).save(searchHistory: ["new"]) == nil)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: state + "/history") == kept)
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == "old\nnew\n")
        #expect(Self.leftovers(root).isEmpty)
    }
}

/// A value shared between test threads.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func mutate(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}

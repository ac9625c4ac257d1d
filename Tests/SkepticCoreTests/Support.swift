import Foundation
@testable import SkepticCore

/// Paths the core tests read: fixtures beside the tests, the shared reference article.
enum TestFiles {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let plainFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/plain")
    static let referenceArticle = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/samples/putin-iran-missile-defense.txt")

    static func fixtureNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: plainFixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }
}

/// Imports a string as plain text.
func importText(_ text: String, name: String = "test.txt") throws -> Document {
    try ArticleLoader.load(bytes: Array(text.utf8), name: name)
}

import Foundation
import SkepticCore
@testable import SkepticUI

enum UITestFiles {
    static let referenceArticle = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/samples/putin-iran-missile-defense.txt")

    static func reference() throws -> Document { try ArticleLoader.load(path: referenceArticle.path) }
}

func document(_ text: String, name: String = "t.txt") throws -> Document {
    try ArticleLoader.load(bytes: Array(text.utf8), name: name)
}

/// All lines of a document laid out at a text width, as plain strings.
func laidOut(_ doc: Document, width: Int) -> [String] {
    let layout = DocumentLayout(document: doc, width: width)
    return (0..<layout.blockCount).flatMap { layout.lines(of: $0).map(\.text) }
}

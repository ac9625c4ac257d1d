import Foundation
import SkepticCore

/// Where a link in an article leads: a page (http or https), resolved against the page's own address, or a
/// local file, resolved against the article's folder — or why it is not followed.
enum LinkTarget {
    /// The target to open for `link` in the article named `articleName` (its path or final address).
    static func resolve(_ link: String, from articleName: String) -> Result<String, Problem> {
        let link = link.trimmingCharacters(in: .whitespaces)
        if Fetcher.isURL(articleName) {
            // Resolved as the HTML importer resolves a fetched page's links.
            if let url = LinkResolver.resolve(link, against: articleName) { return .success(withoutFragment(url)) }
            let scheme = LinkResolver.scheme(of: link)
            return .failure(Problem(scheme.map { "a \($0): link is not followed" } ?? "not a link Skeptic can read"))
        }
        // A scheme of two letters or more ("C:" would be a drive).
        if let scheme = LinkResolver.scheme(of: link), scheme.count > 1 {
            if scheme == "http" || scheme == "https" { return .success(withoutFragment(link)) }
            if scheme == "file", let url = URL(string: link), url.isFileURL { return local(url.path) }
            return .failure(Problem("a \(scheme): link is not followed"))
        }
        // A relative path: beside the article (its query and fragment dropped, %-escapes decoded).
        var path = link
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        path = path.removingPercentEscapes
        guard !path.isEmpty else { return .failure(Problem("the link names no file")) }
        if !path.hasPrefix("/") {
            let folder = (articleName as NSString).deletingLastPathComponent
            path = folder.isEmpty ? path : folder + "/" + path
        }
        return local(path)
    }

    struct Problem: Error, Equatable {
        let message: String
        init(_ message: String) { self.message = message }
    }

    private static func local(_ path: String) -> Result<String, Problem> {
        var st = stat()
        guard stat(path, &st) == 0 else { return .failure(Problem("no such file: \(path)")) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return .failure(Problem("not a file: \(path)")) }
        return .success(path)
    }

    private static func withoutFragment(_ url: String) -> String {
        url.firstIndex(of: "#").map { String(url[..<$0]) } ?? url
    }
}

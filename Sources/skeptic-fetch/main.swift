// skeptic-fetch: fetches one web page for the reader, in a process of its own — libcurl and its TLS
// libraries link dynamically (the reader is a static executable), and a hostile server's bytes stay out of
// the reader's memory until they are a finished page.
//
//   skeptic-fetch URL MAX-BYTES [--cache DIR] [--cache-size BYTES] [--offline]
//
// On success, exit 0 and on stdout: one line "FINAL-URL<TAB>CONTENT-TYPE<TAB>FROM<TAB>FETCHED", then the
// body. FROM is `network` (fetched now), `revalidated` (the server said the cached copy is current: 304),
// `cache` (--offline: the cached copy, not checked) or `stale` (the network failed: the cached copy, with
// the reason after a TAB); FETCHED is when the copy shown was fetched (seconds since 1970). On failure, exit
// 1 and one line on stderr saying why (DNS, refused, TLS, HTTP status, too big, timeout, not cached).
// Progress lines "fetching N bytes" go to stderr as the body arrives. Redirects (at most 10), gzip/deflate/br,
// proxies from the usual environment variables (libcurl reads them), connect and total timeouts.
//
// With --cache, each page is kept in DIR/pages/ (one file per address: a small header with its validators,
// then the body), revalidated with If-None-Match / If-Modified-Since, written through a temporary file and
// a rename, and the folder kept under --cache-size bytes (default 256 MiB) by dropping the least recently
// used pages.
import CCurl
import Glibc

struct Body {
    var bytes: [UInt8] = []
    var limit: Int
    var tooBig = false
    var lastReport = 0
}

func fail(_ message: String) -> Never {
    var line = message + "\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    exit(1)
}

func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    var offset = 0
    while offset < bytes.count {
        let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return false }
        offset += n
    }
    return true
}

func readFile(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = read(fd, &chunk, chunk.count)
        if n < 0 && errno == EINTR { continue }
        if n < 0 { return nil }
        if n == 0 { return bytes }
        bytes += chunk[0..<n]
    }
}

/// One cached page: the address asked for, where it ended up, its type and validators, when it was fetched.
struct CachedPage {
    var url: String
    var finalURL: String
    var contentType: String
    var etag: String
    var lastModified: String
    var fetched: Int
    var body: [UInt8]

    static let magic = "skeptic-cache 1"

    /// The file of an address: FNV-1a 64 of it in hex (the address inside the file is checked on reading).
    static func file(for url: String, in directory: String) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for b in url.utf8 {
            hash ^= UInt64(b)
            hash = hash &* 0x100000001b3
        }
        let hex = String(hash, radix: 16)
        return directory + "/pages/" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func read(_ url: String, from directory: String) -> CachedPage? {
        guard let bytes = readFile(file(for: url, in: directory)) else { return nil }
        // Six header lines after the magic one, then the body.
        var lines: [String] = []
        var start = 0
        var i = 0
        while lines.count < 7, i < bytes.count {
            if bytes[i] == 0x0A {
                lines.append(String(decoding: bytes[start..<i], as: UTF8.self))
                start = i + 1
            }
            i += 1
        }
        guard lines.count == 7, lines[0] == magic, lines[1] == url, let fetched = Int(lines[6]) else { return nil }
        return CachedPage(url: lines[1], finalURL: lines[2], contentType: lines[3], etag: lines[4], lastModified: lines[5],
                          fetched: fetched, body: Array(bytes[start...]))
    }

    /// Writes the page through a temporary file and a rename; a failure leaves the cache as it was.
    func write(to directory: String) {
        var folder = ""
        for part in (directory + "/pages").split(separator: "/") {
            folder += "/" + part
            mkdir(folder, 0o700)
        }
        let path = Self.file(for: url, in: directory)
        let temporary = path + ".\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let fields = [Self.magic, url, finalURL, contentType, etag, lastModified, String(fetched)].map { $0.filter { $0 != "\n" && $0 != "\r" } }
        var header = fields.joined(separator: "\n") + "\n"
        let ok = header.withUTF8 { writeAll(fd, UnsafeRawBufferPointer($0)) } && body.withUnsafeBytes { writeAll(fd, $0) }
        close(fd)
        if !ok || rename(temporary, path) != 0 { unlink(temporary) }
    }

    /// Marks the page as just used (the least recently used pages go first when the cache is full).
    static func touch(_ url: String, in directory: String) { utime(file(for: url, in: directory), nil) }
}

/// Drops the least recently used pages until the folder holds at most `limit` bytes.
func trimCache(_ directory: String, limit: Int) {
    guard let dir = opendir(directory + "/pages") else { return }
    var entries: [(path: String, size: Int, time: Int)] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        guard !name.hasPrefix(".") else { continue }
        var st = stat()
        let path = directory + "/pages/" + name
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
            entries.append((path, Int(st.st_size), Int(st.st_mtim.tv_sec)))
        }
    }
    closedir(dir)
    var total = entries.reduce(0) { $0 + $1.size }
    for entry in entries.sorted(by: { $0.time < $1.time }) where total > limit {
        if unlink(entry.path) == 0 { total -= entry.size }
    }
}

func now() -> Int { Int(time(nil)) }

// MARK: - Arguments

var positional: [String] = []
var cacheDirectory: String?
var cacheLimit = 256 << 20
var offline = false
var rest = Array(CommandLine.arguments.dropFirst())[...]
while let argument = rest.popFirst() {
    switch argument {
    case "--cache": cacheDirectory = rest.popFirst()
    case "--cache-size": cacheLimit = rest.popFirst().flatMap { Int($0) } ?? cacheLimit
    case "--offline": offline = true
    default: positional.append(argument)
    }
}
guard positional.count == 2, let limit = Int(positional[1]), limit > 0 else {
    fail("usage: skeptic-fetch URL MAX-BYTES [--cache DIR] [--cache-size BYTES] [--offline]")
}
let url = positional[0]
guard url.hasPrefix("http://") || url.hasPrefix("https://") else { fail("\(url): only http and https addresses are fetched") }

/// Writes the answer: the header line, then the body.
func answer(final: String, type: String, from: String, fetched: Int, body: [UInt8], note: String = "") -> Never {
    let fields = [final, type, from, String(fetched)] + (note.isEmpty ? [] : [note])
    var header = fields.map { $0.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" } }.joined(separator: "\t") + "\n"
    _ = header.withUTF8 { writeAll(1, UnsafeRawBufferPointer($0)) }
    _ = body.withUnsafeBytes { writeAll(1, $0) }
    exit(0)
}

let cached = cacheDirectory.flatMap { CachedPage.read(url, from: $0) }
if offline {
    guard let cached, let cacheDirectory else { fail("\(url): not in the cache (--offline reads only from it)") }
    CachedPage.touch(url, in: cacheDirectory)
    answer(final: cached.finalURL, type: cached.contentType, from: "cache", fetched: cached.fetched, body: cached.body)
}

/// The network failed: the cached copy if there is one, else the error.
@MainActor func failOrStale(_ reason: String, detail: String = "") -> Never {
    if let cached, let cacheDirectory {
        CachedPage.touch(url, in: cacheDirectory)
        answer(final: cached.finalURL, type: cached.contentType, from: "stale", fetched: cached.fetched, body: cached.body,
               note: reason)
    }
    fail("\(url): \(reason)" + (detail.isEmpty ? "" : " (\(detail))"))
}

// MARK: - Fetching

curl_global_init(Int(CURL_GLOBAL_DEFAULT))
guard let handle = curl_easy_init() else { fail("\(url): cannot start the HTTP client") }
var body = Body(limit: limit)
var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
// Revalidation: the cached copy's validators (none: a plain fetch).
var requestHeaders: UnsafeMutablePointer<curl_slist>?
if let cached {
    if !cached.etag.isEmpty { requestHeaders = curl_slist_append(requestHeaders, "If-None-Match: " + cached.etag) }
    if !cached.lastModified.isEmpty { requestHeaders = curl_slist_append(requestHeaders, "If-Modified-Since: " + cached.lastModified) }
}
let status: CURLcode = withUnsafeMutablePointer(to: &body) { bodyPointer in
    errorBuffer.withUnsafeMutableBufferPointer { errors in
        _ = sk_curl_set_string(handle, CURLOPT_URL, url)
        _ = sk_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 1)
        _ = sk_curl_set_long(handle, CURLOPT_MAXREDIRS, 10)
        _ = sk_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, 10_000)
        _ = sk_curl_set_long(handle, CURLOPT_TIMEOUT_MS, 60_000)
        _ = sk_curl_set_string(handle, CURLOPT_ACCEPT_ENCODING, "")  // every encoding libcurl knows
        _ = sk_curl_set_string(handle, CURLOPT_USERAGENT, "Skeptic/0.6 (terminal reader for critical reading)")
        _ = sk_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = sk_curl_set_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        _ = sk_curl_set_long(handle, CURLOPT_FAILONERROR, 0)
        if let requestHeaders { _ = sk_curl_set_pointer(handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(requestHeaders)) }
        _ = sk_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, errors.baseAddress)
        _ = sk_curl_set_pointer(handle, CURLOPT_WRITEDATA, bodyPointer)
        _ = sk_curl_set_write(handle) { data, size, count, context in
            let body = context!.assumingMemoryBound(to: Body.self)
            let n = size * count
            if body.pointee.bytes.count + n > body.pointee.limit {
                body.pointee.tooBig = true
                return 0  // stops the transfer
            }
            data!.withMemoryRebound(to: UInt8.self, capacity: n) { body.pointee.bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: n)) }
            if body.pointee.bytes.count - body.pointee.lastReport >= 16 * 1024 {
                body.pointee.lastReport = body.pointee.bytes.count
                var line = "fetching \(body.pointee.bytes.count) bytes\n"
                line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
            }
            return n
        }
        return curl_easy_perform(handle)
    }
}
curl_slist_free_all(requestHeaders)
if body.tooBig { fail("\(url): too large (over \(limit) bytes; --max-size raises the limit)") }
guard status == CURLE_OK else {
    let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let reason: String
    switch status {
    case CURLE_COULDNT_RESOLVE_HOST: reason = "cannot find the host (DNS)"
    case CURLE_COULDNT_CONNECT: reason = "connection refused"
    case CURLE_OPERATION_TIMEDOUT: reason = "timed out"
    case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION: reason = "TLS failed"
    case CURLE_TOO_MANY_REDIRECTS: reason = "more than 10 redirects"
    default: reason = String(cString: curl_easy_strerror(status))
    }
    failOrStale(reason, detail: detail)
}
let code = sk_curl_response_code(handle)
if code == 304, let cached, let cacheDirectory {
    var current = cached
    current.fetched = now()
    current.write(to: cacheDirectory)
    answer(final: cached.finalURL, type: cached.contentType, from: "revalidated", fetched: current.fetched, body: cached.body)
}
guard (200..<300).contains(code) else {
    // A server error may pass; a page that is gone (4xx) is gone.
    if code >= 500 { failOrStale("HTTP \(code)") }
    fail("\(url): HTTP \(code)")
}
let final = sk_curl_effective_url(handle).map { String(cString: $0) } ?? url
let type = sk_curl_content_type(handle).map { String(cString: $0) } ?? ""
let fetched = now()
if let cacheDirectory {
    let etag = sk_curl_header(handle, "ETag").map { String(cString: $0) } ?? ""
    let lastModified = sk_curl_header(handle, "Last-Modified").map { String(cString: $0) } ?? ""
    let noStore = (sk_curl_header(handle, "Cache-Control").map { String(cString: $0).lowercased() } ?? "").contains("no-store")
    if !noStore {
        CachedPage(url: url, finalURL: final, contentType: type, etag: etag, lastModified: lastModified, fetched: fetched,
                   body: body.bytes).write(to: cacheDirectory)
        trimCache(cacheDirectory, limit: cacheLimit)
    }
}
curl_easy_cleanup(handle)
answer(final: final, type: type, from: "network", fetched: fetched, body: body.bytes)

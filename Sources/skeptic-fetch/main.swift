// skeptic-fetch: fetches one web page for the reader, in a process of its own — libcurl and its TLS
// libraries link dynamically (the reader is a static executable), and a hostile server's bytes stay out of
// the reader's memory until they are a finished page.
//
//   skeptic-fetch URL MAX-BYTES
//
// On success, exit 0 and on stdout: one line "FINAL-URL<TAB>CONTENT-TYPE", then the body. On failure,
// exit 1 and one line on stderr saying why (DNS, refused, TLS, HTTP status, too big, timeout). Progress
// lines "fetching N bytes" go to stderr as the body arrives. Redirects (at most 10), gzip/deflate/br,
// proxies from the usual environment variables (libcurl reads them), connect and total timeouts.
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

let arguments = CommandLine.arguments
guard arguments.count == 3, let limit = Int(arguments[2]), limit > 0 else { fail("usage: skeptic-fetch URL MAX-BYTES") }
let url = arguments[1]
guard url.hasPrefix("http://") || url.hasPrefix("https://") else { fail("\(url): only http and https addresses are fetched") }

curl_global_init(Int(CURL_GLOBAL_DEFAULT))
guard let handle = curl_easy_init() else { fail("\(url): cannot start the HTTP client") }
var body = Body(limit: limit)
var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
let status: CURLcode = withUnsafeMutablePointer(to: &body) { bodyPointer in
    errorBuffer.withUnsafeMutableBufferPointer { errors in
        _ = sk_curl_set_string(handle, CURLOPT_URL, url)
        _ = sk_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 1)
        _ = sk_curl_set_long(handle, CURLOPT_MAXREDIRS, 10)
        _ = sk_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, 10_000)
        _ = sk_curl_set_long(handle, CURLOPT_TIMEOUT_MS, 60_000)
        _ = sk_curl_set_string(handle, CURLOPT_ACCEPT_ENCODING, "")  // every encoding libcurl knows
        _ = sk_curl_set_string(handle, CURLOPT_USERAGENT, "Skeptic/0.1 (terminal reader; +https://example.invalid/skeptic)")
        _ = sk_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = sk_curl_set_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        _ = sk_curl_set_long(handle, CURLOPT_FAILONERROR, 0)
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
            if body.pointee.bytes.count - body.pointee.lastReport >= 64 * 1024 {
                body.pointee.lastReport = body.pointee.bytes.count
                var line = "fetching \(body.pointee.bytes.count) bytes\n"
                line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
            }
            return n
        }
        return curl_easy_perform(handle)
    }
}
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
    fail("\(url): \(reason)" + (detail.isEmpty ? "" : " (\(detail))"))
}
let code = sk_curl_response_code(handle)
guard (200..<300).contains(code) else { fail("\(url): HTTP \(code)") }
let final = sk_curl_effective_url(handle).map { String(cString: $0) } ?? url
let type = sk_curl_content_type(handle).map { String(cString: $0) } ?? ""
var header = final + "\t" + type + "\n"
header.withUTF8 { _ = write(1, $0.baseAddress, $0.count) }
body.bytes.withUnsafeBufferPointer { b in
    var offset = 0
    while offset < b.count {
        let n = write(1, b.baseAddress! + offset, b.count - offset)
        if n <= 0 { break }
        offset += n
    }
}
curl_easy_cleanup(handle)
exit(0)

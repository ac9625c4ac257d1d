/// Bytes on their way to a sink, handed over in chunks of about 64 KiB: what the text report writes with,
/// straight from the document's bytes, so a report never decodes the article into strings to print it.
struct ReportOutput: ~Copyable {
    private var buffer = ByteBuffer(capacity: ReportOutput.chunk + 4096)
    private let sink: (UnsafeBufferPointer<UInt8>) -> Void
    static let chunk = 1 << 16

    init(sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.sink = sink
    }

    /// Hands the buffer to the sink once it holds a chunk (or always, with `force`).
    mutating func flush(force: Bool = false) {
        guard !buffer.isEmpty, force || buffer.count >= Self.chunk else { return }
        buffer.withUnsafeBufferPointer { sink($0) }
        buffer.removeAll()
    }

    /// Output written elsewhere (a part made on another thread), handed on in order.
    mutating func splice(_ bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count < Self.chunk {
            buffer.append(contentsOf: bytes)
            flush()
        } else {
            flush(force: true)
            sink(bytes)
        }
    }

    @inline(__always)
    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    @inline(__always)
    mutating func byte(_ b: UInt8) { buffer.append(b) }

    @inline(__always)
    mutating func bytes(_ b: UnsafeBufferPointer<UInt8>) { buffer.append(contentsOf: b) }

    /// Program text (counts, labels): written as it is.
    mutating func raw(_ s: String) {
        var s = s
        s.withUTF8 { buffer.append(contentsOf: $0) }
    }

    mutating func number(_ n: Int) { buffer.appendDecimal(n) }
}

/// Writes article bytes on one line, piece by piece, as `Sanitiser.singleLine` would write the pieces joined:
/// runs of spaces, tabs and line breaks become one space, none at either end; control, escape and hidden
/// (bidirectional, zero-width) characters in visible notation. The document's text is valid UTF-8 (the
/// importers decode it), so every other byte is copied as it is.
struct SingleLine {
    private var pendingSpace = false
    private var wrote = false

    /// Bytes that need a look: whitespace and C0 controls, DEL, and the lead bytes of C1 controls (C2) and
    /// of hidden characters (D8, E2, EF).
    private static let special: [Bool] = (0..<256).map { b in
        b <= 0x20 || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2 || b == 0xEF
    }

    /// Program text between pieces (a cue's ⟨ ⟩): written as it is, after any pending space.
    mutating func mark(_ s: StaticString, into out: inout ReportOutput) {
        begin(&out)
        out.raw(s)
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout ReportOutput) {
        let n = bytes.count
        var i = 0
        var run = 0  // start of the bytes not yet copied
        func copyRun(_ end: Int, _ out: inout ReportOutput) {
            guard run < end else { return }
            begin(&out)
            out.bytes(UnsafeBufferPointer(rebasing: bytes[run..<end]))
        }
        while i < n {
            let b = bytes[i]
            guard Self.special[Int(b)] else {
                i += 1
                continue
            }
            if b == 0x20 || b == 0x09 || b == 0x0A {
                copyRun(i, &out)
                pendingSpace = wrote
            } else if b < 0x20 || b == 0x7F {
                copyRun(i, &out)
                begin(&out)
                out.byte(0x5E)  // ^
                out.byte(b == 0x7F ? 0x3F : b + 0x40)
            } else if let (v, length) = Self.shownAsCode(bytes, i) {
                copyRun(i, &out)
                begin(&out)
                out.raw("<U+")
                for shift in [12, 8, 4, 0] { out.byte(Self.hex[Int(v >> UInt32(shift)) & 15]) }
                out.byte(0x3E)  // >
                i += length
                run = i
                continue
            } else {
                i += 1
                continue
            }
            i += 1
            run = i
        }
        copyRun(n, &out)
    }

    /// A C1 control (C2 80…9F) or a hidden character at `i`, shown as <U+XXXX>: its value and length.
    private static func shownAsCode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int)? {
        guard bytes[i] == 0xC2 else { return Sanitiser.hiddenScalar(bytes, i) }
        return i + 1 < bytes.count && bytes[i + 1] < 0xA0 ? (UInt32(bytes[i + 1]), 2) : nil
    }

    /// Before anything is written: the space a run of whitespace left pending.
    private mutating func begin(_ out: inout ReportOutput) {
        if pendingSpace { out.byte(0x20) }
        pendingSpace = false
        wrote = true
    }

    private static let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
}

/// A growable byte buffer without Array's per-append checks (uniqueness, copy-on-write) or a class's reference counting: the reports append
/// millions of small pieces, and this is where their time went.
struct ByteBuffer: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private mutating func grow(_ needed: Int) {
        let larger = max(needed, capacity * 2)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        new.update(from: storage, count: count)
        storage.deallocate()
        storage = new
        capacity = larger
    }

    @inline(__always)
    mutating func append(_ b: UInt8) {
        reserve(1)
        storage[count] = b
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        reserve(bytes.count)
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeRawBufferPointer) {
        append(contentsOf: bytes.bindMemory(to: UInt8.self))
    }

    mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: storage, count: count))
    }

    mutating func removeAll() { count = 0 }

    /// `n` in decimal digits (a minus sign first when negative).
    mutating func appendDecimal(_ n: Int) {
        if n >= 0 && n < 10 {
            append(0x30 + UInt8(n))
            return
        }
        if n < 0 { append(0x2D) }
        var v = n.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for any Int's digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[23 - count] = 0x30 + UInt8(v % 10)
                v /= 10
                count += 1
            } while v > 0
            append(contentsOf: UnsafeRawBufferPointer(rebasing: d[(24 - count)...]))
        }
    }
}

import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Splits work over the processor's cores: each chunk of a range runs on its own thread and returns its
/// own result; results come back in order, so callers merge them as if the work had run in one go.
enum Parallel {
    static let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// `body` over consecutive chunks of `0..<count` (at least `minimumChunk` items each), in parallel.
    /// `partsPerCore` above 1 cuts the work finer than one chunk a core, for work whose cost per item varies:
    /// a thread that is done takes the next chunk, so the cores finish together.
    static func map<T>(_ count: Int, minimumChunk: Int, partsPerCore: Int = 1, _ body: (Range<Int>) -> T) -> [T] {
        let n = max(1, min(cores == 1 ? 1 : cores * partsPerCore, count / max(1, minimumChunk)))
        if n == 1 { return [body(0..<count)] }
        var results = [T?](repeating: nil, count: n)
        results.withUnsafeMutableBufferPointer { out in
            // Each thread writes only its own slot.
            nonisolated(unsafe) let slots = out
            withoutActuallyEscaping(body) { body in
                nonisolated(unsafe) let work = body
                DispatchQueue.concurrentPerform(iterations: n) { k in
                    slots[k] = work((count * k / n)..<(count * (k + 1) / n))
                }
            }
        }
        return results.map { $0! }
    }

    /// Output made in parallel and handed on in order: `0..<count` in windows of about `windowBytes` (each
    /// item weighing `weight(i)`), each window split over the cores, each part written by `write` into bytes
    /// of its own, then given to `emit` in order — the same bytes as one pass, with one window's output
    /// (not all of it) in memory.
    static func writeInOrder(_ count: Int, windowBytes: Int = 1 << 20, minimumChunk: Int, weight: (Int) -> Int,
                             write: (Range<Int>) -> [UInt8], emit: ([UInt8]) -> Void) {
        var start = 0
        while start < count {
            var end = start
            var bytes = 0
            while end < count && bytes < windowBytes {
                bytes += weight(end)
                end += 1
            }
            let first = start
            for part in map(end - first, minimumChunk: minimumChunk, { write((first + $0.lowerBound)..<(first + $0.upperBound)) }) {
                emit(part)
            }
            start = end
        }
    }
}

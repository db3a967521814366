#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Makes a batch output array of `count` elements, uninitialised, and lets `body` initialise
/// every element (it must).
///
/// Large outputs are first advised as transparent huge pages on Linux, as NumPy does for every
/// array of 4 MiB or more (and so for every TA-Lib output made through its Python wrapper): a
/// fresh 8 MB output (1,000,000 doubles) otherwise takes 2,048 page faults as it is written,
/// about 1 ms, as long as a simple indicator's whole computation. Nothing changes where the
/// kernel does not use huge pages (THP "never") or elsewhere than Linux.
@inline(__always)
func makeOutput<Element>(
    count: Int, _ body: (UnsafeMutablePointer<Element>) -> Void
) -> [Element] {
    [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
        if let base = buffer.baseAddress {
            adviseHugePages(base, bytes: count * MemoryLayout<Element>.stride)
            body(base)
        }
        initialized = count
    }
}

/// NumPy's `madvise_hugepage` rule: from the first page boundary to the end of a buffer of at
/// least 4 MiB whose pages have not been touched yet.
@inline(__always)
func adviseHugePages(_ pointer: UnsafeMutableRawPointer, bytes: Int) {
    #if os(Linux)
    guard bytes >= 1 << 22 else { return }
    let address = UInt(bitPattern: pointer)
    let page: UInt = 4096
    let start = (address + page - 1) & ~(page - 1)
    let end = address + UInt(bytes)
    guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
    _ = madvise(aligned, Int(end - start), MADV_HUGEPAGE)
    #endif
}

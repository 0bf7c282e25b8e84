#if os(Linux)
import CMalloc
#endif

/// How freed memory goes back to the system.
enum FreedMemory {
    /// glibc raises its mmap threshold each time a large block is freed, so that later blocks of
    /// that size come from the heap instead, and stay in the process once freed. Reading a
    /// national folder frees a megabyte block of projects.csv a dozen times: with the threshold
    /// fixed at its default, every block of 128 kB or more is mapped and handed back when freed
    /// (3 MB less at the dashboard's peak and after it, BENCHMARKS.md). Mapping afresh costs page
    /// faults (10 ms on a national `check`), so only the long-lived dashboard asks for it.
    static func returnLargeBlocksToTheSystem() {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
        #endif
    }
}

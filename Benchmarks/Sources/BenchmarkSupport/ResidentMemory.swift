#if canImport(Glibc)
import Glibc
#endif

/// The process's resident memory, from `/proc/self/statm`: its growth across
/// building a structure is what the structure costs the machine, allocator
/// overhead included. (mallinfo2 would see nothing: the benchmark's malloc
/// interposer keeps its blocks out of glibc's books.)
public enum ResidentMemory {
    /// Bytes resident now; 0 where `/proc` is absent.
    public static func bytes() -> Int {
        #if canImport(Glibc)
        guard let file = fopen("/proc/self/statm", "r") else { return 0 }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 128)
        guard fgets(&line, Int32(line.count), file) != nil else { return 0 }
        // "size resident shared text lib data dt", in pages.
        let fields = String(cString: line).split(separator: " ")
        guard fields.count >= 2, let pages = Int(fields[1]) else { return 0 }
        return pages * sysconf(Int32(_SC_PAGESIZE))
        #else
        return 0
        #endif
    }
}

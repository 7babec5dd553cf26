/// Runs of elements of varying length, stored end to end in one array: run
/// `i` is what was appended `i`-th. A table of many small runs (words,
/// sketches, names) makes a few large allocations instead of one per run.
struct PackedRuns<Element> {
    private(set) var elements: [Element] = []
    /// Where each run ends in `elements`; it starts where the previous one ends.
    private var ends: [Int32] = []

    var count: Int { ends.count }

    mutating func append(contentsOf run: some Sequence<Element>) {
        elements.append(contentsOf: run)
        ends.append(Int32(elements.count))
    }

    /// Where run `index` lies in ``elements``.
    func range(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
    }

    subscript(index: Int) -> ArraySlice<Element> {
        elements[range(of: index)]
    }
}

extension PackedRuns where Element == UInt8 {
    /// Whether run `index` holds exactly `other`, without copying the run.
    /// Compared byte by byte in a plain loop: the word table asks for every
    /// word the tokenizer reads, and the generic comparison cost 160
    /// instructions a word.
    func run(_ index: Int, equals other: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = range(of: index)
        guard range.count == other.count else { return false }
        return elements.withUnsafeBufferPointer { elements in
            var offset = 0
            while offset < other.count && elements[range.lowerBound + offset] == other[offset] {
                offset += 1
            }
            return offset == other.count
        }
    }
}

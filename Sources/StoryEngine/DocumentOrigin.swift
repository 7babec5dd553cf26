/// When and by whom a document was published, as candidate generation
/// filters on it: kept side by side per slot, so a posting costs one memory
/// read to filter instead of one per attribute.
struct DocumentOrigin {
    /// Seconds since 1970, or `StoryEngine.undated`.
    var time: Int64
    /// The source's small number, or -1 for an unnamed source.
    var source: Int32
}

/// One entry of the inverted index: a document using the term, and the term's weight in it.
struct Posting {
    var slot: Int32
    var weight: PackedWeight
}

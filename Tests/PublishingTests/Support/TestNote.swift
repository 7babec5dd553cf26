/// How a test that needs a missing tool or data set says it did not run, without failing.
enum TestNote {
    static func skipped(_ test: String, because reason: String) {
        print("note: \(test) skipped: \(reason)")
    }
}

import Store

/// Something that stops a whole cycle (the store or the output folder failed),
/// as opposed to one feed failing, which is reported and never stops the others.
public struct CycleError: Error, CustomStringConvertible {
    public var message: String
    public var cause: (any Error)?

    public init(message: String, cause: (any Error)? = nil) {
        self.message = message
        self.cause = cause
    }

    /// An error of a lower layer (the store, the fetcher), whose own sentence
    /// already names the file or call that failed.
    init(wrapping cause: any Error) {
        self.init(message: "\(cause)", cause: cause)
    }

    /// Runs one store call; its failure stops the cycle.
    static func storeCall<T>(_ body: () throws(StoreError) -> T) throws(CycleError) -> T {
        do {
            return try body()
        } catch {
            throw CycleError(wrapping: error)
        }
    }

    public var description: String { message }
}

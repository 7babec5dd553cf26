/// Something that stops a whole cycle (the store or the output folder failed),
/// as opposed to one feed failing, which is reported and never stops the others.
public struct CycleError: Error, CustomStringConvertible {
    public var message: String
    public var cause: (any Error)?

    public init(message: String, cause: (any Error)? = nil) {
        self.message = message
        self.cause = cause
    }

    public var description: String { message }
}

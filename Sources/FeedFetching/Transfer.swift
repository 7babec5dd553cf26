internal import CCurl

/// One HTTP fetch on its way through the engine.
///
/// The awaiting task creates it and hands it to the engine thread through the engine's lock;
/// from then on only that thread touches it (which is why it may be `@unchecked Sendable`),
/// and that thread resumes the continuation exactly once.
final class Transfer: @unchecked Sendable {
    typealias Continuation = CheckedContinuation<Result<FetchResponse, FetchError>, Never>

    let id: Int
    let request: FetchRequest
    let hostKey: String
    var recorder: ResponseRecorder
    /// The easy handle while the transfer is admitted to the multi handle.
    var easy: UnsafeMutableRawPointer?
    var requestHeaders: UnsafeMutablePointer<curl_slist>?
    /// libcurl writes its detailed message here; it must live as long as the easy handle.
    let errorBuffer: UnsafeMutablePointer<CChar>
    private let continuation: Continuation

    init(id: Int, request: FetchRequest, hostKey: String, maxBodyBytes: Int, continuation: Continuation) {
        self.id = id
        self.request = request
        self.hostKey = hostKey
        self.recorder = ResponseRecorder(maxBodyBytes: maxBodyBytes)
        self.continuation = continuation
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    }

    deinit {
        errorBuffer.deallocate()
    }

    func finish(_ result: Result<FetchResponse, FetchError>) {
        continuation.resume(returning: result)
    }

    func cancellation(because reason: String) -> Result<FetchResponse, FetchError> {
        .failure(FetchError(code: .cancelled, url: request.url, message: "Fetching \(request.url) was cancelled: \(reason)."))
    }
}

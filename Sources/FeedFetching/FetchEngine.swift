internal import CCurl
import Glibc
import Logging
import Synchronization

/// One libcurl multi handle driven by one dedicated thread.
///
/// Callers hand transfers and cancellations over through `mailbox` and wake the thread with
/// `curl_multi_wakeup`, the one libcurl call documented as safe from any thread; every other
/// call on the multi handle and its easy handles happens on the engine thread. That is what
/// makes the `@unchecked Sendable` sound.
final class FetchEngine: @unchecked Sendable {
    private struct Mailbox {
        var incoming: [Transfer] = []
        var cancelledIDs: [Int] = []
        var isStopping = false
        var thread: pthread_t?

        var isEmpty: Bool { incoming.isEmpty && cancelledIDs.isEmpty }
    }

    private let multi: UnsafeMutableRawPointer
    private let configuration: FetcherConfiguration
    private let logger: Logger
    private let mailbox = Mutex(Mailbox())
    private let nextID = Atomic<Int>(0)

    init(configuration: FetcherConfiguration, logger: Logger) throws(FetchError) {
        guard curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK else {
            throw FetchError(code: .other, url: "", message: "libcurl could not be initialised.")
        }
        guard let multi = curl_multi_init() else {
            curl_global_cleanup()
            throw FetchError(code: .other, url: "", message: "libcurl could not create its multi handle.")
        }
        self.multi = multi
        self.configuration = configuration
        self.logger = logger
        // The admission queue keeps these limits already; libcurl enforces them too for
        // redirect hops, which can lead to hosts the queue did not count. The queue never runs
        // more than maxConnectionsPerHost transfers on one host, so an HTTP/2 connection never
        // carries more streams than that and CURLMOPT_MAX_CONCURRENT_STREAMS can keep its default.
        _ = aggregator_curl_multi_setopt_long(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, configuration.maxConcurrentTransfers)
        _ = aggregator_curl_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, configuration.maxConnectionsPerHost)
        try startThread()
    }

    func fetch(_ request: FetchRequest, hostKey: String) async -> Result<FetchResponse, FetchError> {
        let id = nextID.wrappingAdd(1, ordering: .relaxed).oldValue
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                submit(Transfer(
                    id: id, request: request, hostKey: hostKey, maxBodyBytes: configuration.maxBodyBytes,
                    continuation: continuation))
            }
        } onCancel: {
            post { mailbox in
                mailbox.cancelledIDs.append(id)
                return nil
            }
        }
    }

    /// Ends every transfer with a cancellation error, joins the thread and frees the multi
    /// handle. Only the first call does anything.
    func stop() {
        let thread = mailbox.withLock { mailbox -> pthread_t? in
            guard !mailbox.isStopping else { return nil }
            mailbox.isStopping = true
            curl_multi_wakeup(multi)
            return mailbox.thread
        }
        guard let thread else { return }
        pthread_join(thread, nil)
        curl_multi_cleanup(multi)
        curl_global_cleanup()
    }

    private func submit(_ transfer: Transfer) {
        // Checked under the lock: a cancellation that sets the flag after this check posts
        // its id after the transfer, so the thread always sees the transfer first.
        let refusal: String? = post { mailbox in
            if Task.isCancelled { return "its task was cancelled" }
            mailbox.incoming.append(transfer)
            return nil
        }
        if let refusal { transfer.finish(transfer.cancellation(because: refusal)) }
    }

    /// Changes the mailbox and wakes the thread, unless the engine is stopping (then the
    /// multi handle may already be gone and `change` is not applied).
    @discardableResult
    private func post(_ change: (inout Mailbox) -> String?) -> String? {
        mailbox.withLock { mailbox in
            guard !mailbox.isStopping else { return "the fetcher has shut down" }
            let wasEmpty = mailbox.isEmpty
            let refusal = change(&mailbox)
            // The thread empties the whole mailbox on each wake-up, so one wake-up per batch is enough.
            if wasEmpty, !mailbox.isEmpty { curl_multi_wakeup(multi) }
            return refusal
        }
    }

    private func startThread() throws(FetchError) {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let created = pthread_create(&thread, nil, { context in
            Unmanaged<FetchEngine>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        guard created == 0 else {
            Unmanaged<FetchEngine>.fromOpaque(context).release()
            curl_multi_cleanup(multi)
            curl_global_cleanup()
            throw FetchError(code: .other, url: "", message: "The fetcher thread could not be started (error \(created)).")
        }
        mailbox.withLock { $0.thread = thread }
    }

    private func run() {
        var loop = TransferLoop(multi: multi, configuration: configuration, logger: logger)
        while true {
            let (incoming, cancelledIDs, isStopping) = mailbox.withLock { mailbox in
                defer {
                    mailbox.incoming = []
                    mailbox.cancelledIDs = []
                }
                return (mailbox.incoming, mailbox.cancelledIDs, mailbox.isStopping)
            }
            loop.accept(incoming)
            if isStopping {
                loop.abandonAll(reason: "the fetcher has shut down")
                return
            }
            loop.cancel(ids: cancelledIDs)
            loop.step()
            // A wake-up or libcurl's own timers end the wait early; the bound only limits
            // the cost of a missed wake-up.
            var ready: Int32 = 0
            curl_multi_poll(multi, nil, 0, 1_000, &ready)
        }
    }
}

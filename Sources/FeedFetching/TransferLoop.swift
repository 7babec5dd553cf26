internal import CCurl
import Logging

/// The engine thread's own state: the transfers waiting for a slot and those libcurl runs.
/// Only the engine thread creates and uses it, so it needs no lock.
struct TransferLoop {
    private let multi: UnsafeMutableRawPointer
    private let configuration: FetcherConfiguration
    private let logger: Logger
    private var admission: AdmissionQueue<Transfer>
    private var running: [Int: Transfer] = [:]

    init(multi: UnsafeMutableRawPointer, configuration: FetcherConfiguration, logger: Logger) {
        self.multi = multi
        self.configuration = configuration
        self.logger = logger
        admission = AdmissionQueue(
            maxActive: configuration.maxConcurrentTransfers, maxActivePerHost: configuration.maxConnectionsPerHost)
    }

    mutating func accept(_ transfers: [Transfer]) {
        for transfer in transfers {
            admission.enqueue(transfer, host: transfer.hostKey)
        }
    }

    /// Ids whose transfer already finished are ignored: cancellation raced with completion.
    mutating func cancel(ids: [Int]) {
        for id in ids {
            if let transfer = running.removeValue(forKey: id) {
                admission.release(host: transfer.hostKey)
                transfer.detach(from: multi)
                transfer.finish(transfer.cancellation(because: "its task was cancelled"))
            } else if let transfer = admission.removeWaiting(where: { $0.id == id }) {
                transfer.finish(transfer.cancellation(because: "its task was cancelled"))
            }
        }
    }

    /// Lets libcurl move every running transfer on, completes the finished ones and starts
    /// waiting transfers in their place.
    mutating func step() {
        var stillRunning: Int32 = 0
        curl_multi_perform(multi, &stillRunning)
        var queued: Int32 = 0
        while let message = curl_multi_info_read(multi, &queued) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
            let code = message.pointee.data.result
            var context: UnsafeMutableRawPointer?
            _ = aggregator_curl_easy_getinfo_pointer(easy, CURLINFO_PRIVATE, &context)
            let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
            complete(transfer, with: transfer.outcome(of: code, configuration: configuration))
        }
        while let transfer = admission.admitNext() {
            do {
                try transfer.start(on: multi, configuration: configuration)
                running[transfer.id] = transfer
            } catch {
                complete(transfer, with: .failure(error))
            }
        }
    }

    /// Ends every transfer, running or waiting, with a cancellation error.
    mutating func abandonAll(reason: String) {
        for transfer in running.values {
            transfer.detach(from: multi)
            transfer.finish(transfer.cancellation(because: reason))
        }
        running = [:]
        for transfer in admission.removeAllWaiting() {
            transfer.finish(transfer.cancellation(because: reason))
        }
    }

    private mutating func complete(_ transfer: Transfer, with result: Result<FetchResponse, FetchError>) {
        running[transfer.id] = nil
        admission.release(host: transfer.hostKey)
        transfer.detach(from: multi)
        switch result {
        case .success(let response):
            logger.trace("Fetched", metadata: ["feed.url": "\(transfer.request.url)", "http.status": "\(response.status)"])
        case .failure(let error):
            logger.debug("Fetch failed", metadata: ["feed.url": "\(transfer.request.url)", "fetch.error": "\(error.code)"])
        }
        transfer.finish(result)
    }
}

import FeedFetching
import Store

/// When a permanent redirect may replace a feed's stored URL.
///
/// A 301 or 308 is believed only after it has been seen on `confirmations`
/// fetches in a row pointing at the same place: a misconfigured server or a
/// captive portal that redirects once must not steal a subscription. A chain
/// with any temporary hop (302, 307) never moves the feed.
struct RedirectPolicy {
    var confirmations: Int

    func apply(_ response: FetchResponse, to feed: inout FeedRecord) {
        let permanent = !response.redirects.isEmpty && response.redirects.allSatisfy { $0.status == 301 || $0.status == 308 }
        guard permanent, response.finalURL != feed.url, (200...399).contains(response.status) else {
            feed.pendingRedirect = nil
            feed.pendingRedirectCount = 0
            return
        }
        if feed.pendingRedirect == response.finalURL {
            feed.pendingRedirectCount += 1
        } else {
            feed.pendingRedirect = response.finalURL
            feed.pendingRedirectCount = 1
        }
        if feed.pendingRedirectCount >= confirmations {
            feed.url = response.finalURL
            feed.pendingRedirect = nil
            feed.pendingRedirectCount = 0
        }
    }
}

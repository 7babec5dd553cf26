/// Receives a cycle's progress, for a progress bar or a daemon's status line.
public protocol CycleProgress: AnyObject {
    func started(total: Int)
    func advanced(feed: String)
    func finished()
}

import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import SystemInterface

/// The HTTP server of `aggregator run`: the output folder for readers, plus
/// `/healthz`, `/readyz` and `/metrics` for whoever runs the daemon.
struct OutputServer: Service {
    private let application: Application<OutputResponder>
    private let listen: String

    init(workspace: Workspace, metrics: CycleMetrics, logger: Logger) throws(ServeError) {
        let configuration = workspace.configuration
        listen = configuration.serve.listen
        let address = try ListenAddress(listen)
        let responder = OutputResponder(
            folder: OutputFolder(path: configuration.paths.output),
            readiness: Readiness(stateDirectory: configuration.paths.state, intervalSeconds: configuration.fetch.intervalSeconds, metrics: metrics),
            metrics: metrics
        )
        application = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(address.host, port: address.port), serverName: "aggregator"),
            logger: logger
        )
    }

    /// Fails with the address when the server cannot listen: the group then
    /// stops the daemon, whose user reads why (the server's own error names
    /// only the system call).
    func run() async throws {
        do {
            try await application.run()
        } catch let error as IOError {
            throw ServeError(
                code: .cannotListen, message: "cannot listen for HTTP: \(SystemError(call: "listen", code: error.errnoCode).reason)",
                context: "[serve] listen = \"\(listen)\""
            )
        }
    }
}

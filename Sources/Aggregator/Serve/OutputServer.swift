import Hummingbird
import Logging

/// The HTTP server of `aggregator run`: the output folder for readers, plus
/// `/healthz`, `/readyz` and `/metrics` for whoever runs the daemon.
struct OutputServer {
    let application: Application<OutputResponder>

    init(workspace: Workspace, metrics: CycleMetrics, logger: Logger) throws(ServeError) {
        let configuration = workspace.configuration
        let address = try ListenAddress(configuration.serve.listen)
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
}

/// The version this build reports in its User-Agent and in the Atom generator.
public enum AggregatorVersion {
    public static let current = "0.1.0"
}

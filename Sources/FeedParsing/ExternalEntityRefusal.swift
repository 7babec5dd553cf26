internal import CLibXML2

/// Makes libxml2 refuse every external entity and DTD, process-wide.
///
/// `XML_PARSE_NONET` only stops network access; a `file://` system identifier
/// would still be read. With this loader nothing outside the document is ever
/// opened, whatever the options of any parser in the process.
enum ExternalEntityRefusal {
    private static let installed: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    static func install() {
        installed
    }
}

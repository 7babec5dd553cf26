internal import CCurl

/// libcurl's callbacks are C function pointers and so capture nothing: the ``Transfer`` comes
/// back through the context pointer set with CURLOPT_WRITEDATA / CURLOPT_HEADERDATA.
enum CurlCallbacks {
    static let header: aggregator_curl_data_callback = { data, size, count, context in
        let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
        let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
        transfer.recorder.receiveHeaderLine(String(decoding: bytes, as: UTF8.self))
        return size * count
    }

    /// Returning less than the chunk's size makes libcurl abort with CURLE_WRITE_ERROR.
    static let write: aggregator_curl_data_callback = { data, size, count, context in
        let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
        let accepted = transfer.recorder.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count))
        return accepted ? size * count : 0
    }
}

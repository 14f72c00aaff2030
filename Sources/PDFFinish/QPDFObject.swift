import CQPDF
import Foundation

/// One object of a `QPDFFile`: a small, typed view of qpdf's object handles. Every call
/// into qpdf's C API costs about a thousand instructions (error trapping, a handle table
/// lookup), so the type is read once when the view is made, and a stream's dictionary
/// with it: type tests and lookups then need one call, not six.
public struct QPDFObject {
    let file: QPDFFile
    let handle: qpdf_oh
    private let type: qpdf_object_type_e
    /// The handle whose keys `subscript` reads: the object itself, or a stream's dictionary.
    private let dictionaryHandle: qpdf_oh?

    init(file: QPDFFile, handle: qpdf_oh) {
        self.file = file
        self.handle = handle
        type = qpdf_oh_get_type_code(file.data, handle)
        switch type {
        case ot_dictionary: dictionaryHandle = handle
        case ot_stream: dictionaryHandle = qpdf_oh_get_dict(file.data, handle)
        default: dictionaryHandle = nil
        }
    }

    private var data: qpdf_data { file.data }

    public var isNull: Bool { type == ot_null || type == ot_uninitialized }
    public var isDictionary: Bool { type == ot_dictionary }
    public var isArray: Bool { type == ot_array }
    public var isStream: Bool { type == ot_stream }
    public var isIndirect: Bool { qpdf_oh_is_indirect(data, handle) != 0 }
    public var objectNumber: Int { Int(qpdf_oh_get_object_id(data, handle)) }

    /// "/Name" for a name.
    public var name: String? { type == ot_name ? String(cString: qpdf_oh_get_name(data, handle)) : nil }
    public var integer: Int? { type == ot_integer ? Int(qpdf_oh_get_int_value(data, handle)) : nil }
    public var number: Double? { type == ot_integer || type == ot_real ? qpdf_oh_get_numeric_value(data, handle) : nil }
    public var bool: Bool? { type == ot_boolean ? qpdf_oh_get_bool_value(data, handle) != 0 : nil }
    /// A text string decoded (PDFDocEncoding or UTF-16) to Swift.
    public var text: String? {
        guard type == ot_string, let value = qpdf_oh_get_utf8_value(data, handle) else { return nil }
        return String(cString: value)
    }
    /// A string's raw bytes.
    public var stringBytes: [UInt8]? {
        guard type == ot_string else { return nil }
        var length = 0
        guard let value = qpdf_oh_get_binary_string_value(data, handle, &length) else { return [] }
        return value.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
    }

    public var array: [QPDFObject] {
        guard isArray else { return [] }
        return (0..<qpdf_oh_get_array_n_items(data, handle)).map { QPDFObject(file: file, handle: qpdf_oh_get_array_item(data, handle, $0)) }
    }

    /// The object itself when it is an array, else an array of it alone (absent: empty).
    public var asArray: [QPDFObject] { isArray ? array : isNull ? [] : [self] }

    public var keys: [String] {
        guard let dictionaryHandle else { return [] }
        var result: [String] = []
        qpdf_oh_begin_dict_key_iter(data, dictionaryHandle)
        while qpdf_oh_dict_more_keys(data) != 0 { result.append(String(cString: qpdf_oh_dict_next_key(data))) }
        return result
    }

    /// A dictionary's (or a stream dictionary's) entry; nil when absent (qpdf gives a null
    /// for a missing key, and its handle is released at once).
    public subscript(key: String) -> QPDFObject? {
        get {
            guard let dictionaryHandle else { return nil }
            let value = QPDFObject(file: file, handle: qpdf_oh_get_key(data, dictionaryHandle, key))
            guard !value.isNull else {
                qpdf_oh_release(data, value.handle)
                return nil
            }
            return value
        }
        nonmutating set {
            // On anything but a dictionary qpdf records the error, which `check()` reports.
            let target = dictionaryHandle ?? handle
            if let newValue { qpdf_oh_replace_key(data, target, key, newValue.handle) } else { qpdf_oh_remove_key(data, target, key) }
        }
    }

    public var streamDictionary: QPDFObject { QPDFObject(file: file, handle: qpdf_oh_get_dict(data, handle)) }

    public func append(_ item: QPDFObject) { qpdf_oh_append_item(data, handle, item.handle) }

    /// A stream's data with its filters decoded.
    public func streamData() throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        var filtered: QPDF_BOOL = 0
        qpdf_oh_get_stream_data(data, handle, qpdf_dl_generalized, &filtered, &buffer, &length)
        try file.check()
        defer { free(buffer) }
        guard let buffer else { return [] }
        return Array(UnsafeBufferPointer(start: buffer, count: length))
    }

    /// A page's content, every content stream joined.
    public func pageContent() throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        qpdf_oh_get_page_content_data(data, handle, &buffer, &length)
        try file.check()
        defer { free(buffer) }
        guard let buffer else { return [] }
        return Array(UnsafeBufferPointer(start: buffer, count: length))
    }

    /// Replaces a stream's data with `content`, unfiltered (written compressed).
    public func replaceData(_ content: [UInt8]) {
        let null = qpdf_oh_new_null(data)
        content.withUnsafeBufferPointer { qpdf_oh_replace_stream_data(data, handle, $0.baseAddress, $0.count, null, null) }
    }

    /// PDF syntax of the object (indirect objects as references).
    public var unparsed: String { String(cString: qpdf_oh_unparse(data, handle)) }
}

import CQPDF
import Foundation

/// One object of a `QPDFFile`: a small, typed view of qpdf's object handles.
public struct QPDFObject {
    let file: QPDFFile
    let handle: qpdf_oh

    private var data: qpdf_data { file.data }

    public var isNull: Bool { qpdf_oh_is_null(data, handle) != 0 || qpdf_oh_is_initialized(data, handle) == 0 }
    public var isDictionary: Bool { qpdf_oh_is_dictionary(data, handle) != 0 }
    public var isArray: Bool { qpdf_oh_is_array(data, handle) != 0 }
    public var isStream: Bool { qpdf_oh_is_stream(data, handle) != 0 }
    public var isIndirect: Bool { qpdf_oh_is_indirect(data, handle) != 0 }
    public var objectNumber: Int { Int(qpdf_oh_get_object_id(data, handle)) }

    /// "/Name" for a name.
    public var name: String? { qpdf_oh_is_name(data, handle) != 0 ? String(cString: qpdf_oh_get_name(data, handle)) : nil }
    public var integer: Int? { qpdf_oh_is_integer(data, handle) != 0 ? Int(qpdf_oh_get_int_value(data, handle)) : nil }
    public var number: Double? { qpdf_oh_is_number(data, handle) != 0 ? qpdf_oh_get_numeric_value(data, handle) : nil }
    public var bool: Bool? { qpdf_oh_is_bool(data, handle) != 0 ? qpdf_oh_get_bool_value(data, handle) != 0 : nil }
    /// A text string decoded (PDFDocEncoding or UTF-16) to Swift.
    public var text: String? {
        guard qpdf_oh_is_string(data, handle) != 0, let value = qpdf_oh_get_utf8_value(data, handle) else { return nil }
        return String(cString: value)
    }
    /// A string's raw bytes.
    public var stringBytes: [UInt8]? {
        guard qpdf_oh_is_string(data, handle) != 0 else { return nil }
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
        let dictionary = isStream ? streamDictionary : self
        guard dictionary.isDictionary else { return [] }
        var result: [String] = []
        qpdf_oh_begin_dict_key_iter(data, dictionary.handle)
        while qpdf_oh_dict_more_keys(data) != 0 { result.append(String(cString: qpdf_oh_dict_next_key(data))) }
        return result
    }

    /// A dictionary's (or a stream dictionary's) entry; nil when absent.
    public subscript(key: String) -> QPDFObject? {
        get {
            let dictionary = isStream ? streamDictionary : self
            guard dictionary.isDictionary, qpdf_oh_has_key(data, dictionary.handle, key) != 0 else { return nil }
            let value = QPDFObject(file: file, handle: qpdf_oh_get_key(data, dictionary.handle, key))
            return value.isNull ? nil : value
        }
        nonmutating set {
            let dictionary = isStream ? streamDictionary : self
            if let newValue { qpdf_oh_replace_key(data, dictionary.handle, key, newValue.handle) } else { qpdf_oh_remove_key(data, dictionary.handle, key) }
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

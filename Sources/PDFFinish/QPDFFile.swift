import CQPDF
import Foundation

/// A PDF opened with libqpdf's C API, from bytes in memory: its objects can be read and
/// changed, and the whole file written again. The only place that calls qpdf; the
/// finishing step and `verify` work through it.
public final class QPDFFile {
    public struct Failure: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { "PDF-filen kunde inte läsas eller skrivas (qpdf): \(reason)" }
    }

    let data: qpdf_data
    /// qpdf reads from this buffer for as long as the file is open.
    private let bytes: UnsafeMutableBufferPointer<UInt8>

    public init(bytes input: [UInt8], description: String = "dokument.pdf") throws {
        var handle: qpdf_data? = qpdf_init()
        guard let opened = handle else { throw Failure(reason: "qpdf_init") }
        qpdf_silence_errors(opened)
        qpdf_set_suppress_warnings(opened, QPDF_TRUE)
        bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(input.count, 1))
        _ = bytes.initialize(from: input)
        data = opened
        let code = bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: input.count) { pointer in
            qpdf_read_memory(opened, description, pointer, UInt64(input.count), nil)
        }
        if code & QPDF_ERRORS != 0 {
            let reason = lastError() ?? "okänt fel"
            qpdf_cleanup(&handle)
            bytes.deallocate()
            throw Failure(reason: reason)
        }
    }

    deinit {
        var handle: qpdf_data? = data
        qpdf_cleanup(&handle)
        bytes.deallocate()
    }

    /// Throws the error of the last call, if it had one.
    func check() throws {
        if let reason = lastError() { throw Failure(reason: reason) }
    }

    private func lastError() -> String? {
        guard qpdf_has_error(data) != 0, let error = qpdf_get_error(data) else { return nil }
        return String(cString: qpdf_get_error_full_text(data, error))
    }

    public var root: QPDFObject { QPDFObject(file: self, handle: qpdf_get_root(data)) }
    public var trailer: QPDFObject { QPDFObject(file: self, handle: qpdf_get_trailer(data)) }
    public var pages: [QPDFObject] {
        (0..<Int(max(qpdf_get_num_pages(data), 0))).map { QPDFObject(file: self, handle: qpdf_get_page_n(data, $0)) }
    }

    /// Every indirect object of the file, by number (the xref's size bounds them).
    public var objects: [QPDFObject] {
        let size = trailer["/Size"]?.integer ?? 0
        return (1..<max(size, 1)).map { QPDFObject(file: self, handle: qpdf_get_object_by_id(data, Int32($0), 0)) }
            .filter { !$0.isNull }
    }

    /// The indirect object `number` (generation 0); nil when the file has none.
    public func object(_ number: Int) -> QPDFObject? {
        let object = QPDFObject(file: self, handle: qpdf_get_object_by_id(data, Int32(number), 0))
        return object.isNull ? nil : object
    }

    /// An object parsed from PDF syntax ("<< /Type /Metadata >>").
    public func parse(_ text: String) -> QPDFObject { QPDFObject(file: self, handle: qpdf_oh_parse(data, text)) }

    public func string(_ text: String) -> QPDFObject { QPDFObject(file: self, handle: qpdf_oh_new_unicode_string(data, text)) }

    /// A new indirect stream holding `content` unfiltered, its dictionary parsed from `dictionary`.
    public func stream(_ content: [UInt8], dictionary: String) -> QPDFObject {
        let stream = QPDFObject(file: self, handle: qpdf_oh_new_stream(data))
        stream.replaceData(content)
        let entries = parse(dictionary)
        let streamDictionary = QPDFObject(file: self, handle: qpdf_oh_get_dict(data, stream.handle))
        for key in entries.keys { streamDictionary[key] = entries[key] }
        return QPDFObject(file: self, handle: qpdf_make_indirect_object(data, stream.handle))
    }

    /// `object` made an indirect object of the file (its reference from now on).
    public func indirect(_ object: QPDFObject) -> QPDFObject {
        QPDFObject(file: self, handle: qpdf_make_indirect_object(data, object.handle))
    }

    /// The whole file written again: streams compressed where they were not, and the
    /// trailer's /ID computed from the content, so equal input gives equal bytes.
    public func write() throws -> [UInt8] {
        qpdf_init_write_memory(data)
        try check()
        qpdf_set_deterministic_ID(data, QPDF_TRUE)
        qpdf_set_object_stream_mode(data, qpdf_o_preserve)
        qpdf_set_compress_streams(data, QPDF_TRUE)
        qpdf_write(data)
        try check()
        let length = qpdf_get_buffer_length(data)
        guard let buffer = qpdf_get_buffer(data) else { throw Failure(reason: "ingen utdata") }
        return Array(UnsafeBufferPointer(start: buffer, count: length))
    }
}

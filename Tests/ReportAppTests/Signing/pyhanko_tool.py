"""What the signing tests ask of pyHanko, an independent PAdES implementation.

  fields PDF                       the signature fields pyHanko sees, as JSON
  validate PDF ROOT.pem            every signature's status, as JSON
  service PDF OUT KEY CERT CA.pem  an e-signing service: a page appended in one
                                   incremental update, then its own seal in another
  tsa PORTFILE KEY CERT            a local RFC 3161 responder on 127.0.0.1 (port
                                   written to PORTFILE), until killed
"""
import json
import sys


def fields(path):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields
    with open(path, 'rb') as f:
        reader = PdfFileReader(f, strict=False)
        print(json.dumps([name for name, _, _ in enumerate_sig_fields(reader, filled_status=None)], ensure_ascii=False))


def validate(path, root_path):
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext
    context = ValidationContext(trust_roots=[load_cert_from_pemder(root_path)], allow_fetching=False)
    result = []
    with open(path, 'rb') as f:
        reader = PdfFileReader(f, strict=False)
        for signature in reader.embedded_signatures:
            status = validate_pdf_signature(signature, context)
            stamp = status.timestamp_validity
            result.append({
                'field': signature.field_name, 'intact': status.intact, 'valid': status.valid,
                'trusted': status.trusted, 'coverage': status.coverage.name,
                'modification_level': status.modification_level.name if status.modification_level else None,
                'docmdp_ok': status.docmdp_ok, 'subfilter': str(signature.sig_object['/SubFilter']),
                'timestamp_valid': bool(stamp and stamp.intact and stamp.valid),
                'bottom_line': status.bottom_line,
            })
    print(json.dumps(result, ensure_ascii=False))


def service(path, out, key, cert, ca):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields as sigfields, signers
    from pyhanko.sign.fields import SigSeedSubFilter
    with open(path, 'rb') as f:
        writer = IncrementalPdfFileWriter(f, strict=False)
        content = writer.add_object(generic.StreamObject(stream_data=b'BT /F1 14 Tf 72 760 Td (Verifikat) Tj ET'))
        font = generic.DictionaryObject({
            generic.NameObject('/Type'): generic.NameObject('/Font'),
            generic.NameObject('/Subtype'): generic.NameObject('/Type1'),
            generic.NameObject('/BaseFont'): generic.NameObject('/Helvetica')})
        page = generic.DictionaryObject({
            generic.NameObject('/Type'): generic.NameObject('/Page'),
            generic.NameObject('/MediaBox'): generic.ArrayObject([generic.NumberObject(n) for n in (0, 0, 595, 842)]),
            generic.NameObject('/Contents'): content,
            generic.NameObject('/Resources'): generic.DictionaryObject({
                generic.NameObject('/Font'): generic.DictionaryObject({generic.NameObject('/F1'): writer.add_object(font)})})})
        writer.insert_page(page)
        with open(out + '.page', 'wb') as paged:
            writer.write(paged)
    signer = signers.SimpleSigner.load(key, cert, ca_chain_files=(ca,))
    with open(out + '.page', 'rb') as f:
        writer = IncrementalPdfFileWriter(f, strict=False)
        meta = signers.PdfSignatureMetadata(field_name='E-underskriftstjanst', subfilter=SigSeedSubFilter.PADES)
        with open(out, 'wb') as sealed:
            signers.sign_pdf(writer, meta, signer=signer, output=sealed,
                             new_field_spec=sigfields.SigFieldSpec('E-underskriftstjanst'))


def tsa(port_file, key, cert):
    from http.server import BaseHTTPRequestHandler, HTTPServer
    from asn1crypto import tsp
    from pyhanko.keys import load_cert_from_pemder, load_private_key_from_pemder
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
    stamper = DummyTimeStamper(tsa_cert=load_cert_from_pemder(cert), tsa_key=load_private_key_from_pemder(key, None))

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers['Content-Length'])))
            body = stamper.request_tsa_response(request).dump()
            self.send_response(200)
            self.send_header('Content-Type', 'application/timestamp-reply')
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(('127.0.0.1', 0), Handler)
    with open(port_file, 'w') as f:
        f.write(str(server.server_address[1]))
    server.serve_forever()


if __name__ == '__main__':
    {'fields': fields, 'validate': validate, 'service': service, 'tsa': tsa}[sys.argv[1]](*sys.argv[2:])

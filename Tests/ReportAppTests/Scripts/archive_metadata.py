"""Cross-check of an archive PDF with pikepdf (independent of finsam-report's own reader):
the XMP parses and claims PDF/A-2 and PDF/UA-1, the output intent carries an RGB ICC
profile, the trailer /ID is two 16-byte strings, and the Info dates are valid D: dates
with a time zone equal to the XMP dates. Prints "ok" or the problems; exit 1 on any."""
import re
import sys

import pikepdf

problems = []
pdf = pikepdf.open(sys.argv[1])
with pdf.open_metadata() as xmp:
    if xmp.get("pdfaid:part") != "2" or xmp.get("pdfaid:conformance") not in ("A", "B", "U"):
        problems.append("pdfaid: %r %r" % (xmp.get("pdfaid:part"), xmp.get("pdfaid:conformance")))
    if xmp.get("{http://www.aiim.org/pdfua/ns/id/}part") != "1":
        problems.append("pdfuaid:part is %r" % xmp.get("{http://www.aiim.org/pdfua/ns/id/}part"))
    if not xmp.get("dc:title"):
        problems.append("no dc:title")
    if xmp.get("dc:title") != str(pdf.docinfo.get("/Title")):
        problems.append("dc:title %r, Info /Title %r" % (xmp.get("dc:title"), pdf.docinfo.get("/Title")))
    xmp_dates = (xmp.get("xmp:CreateDate"), xmp.get("xmp:ModifyDate"))
intents = pdf.Root.get("/OutputIntents")
if not intents or intents[0].get("/S") != "/GTS_PDFA1":
    problems.append("no GTS_PDFA1 output intent")
else:
    profile = intents[0].DestOutputProfile.read_bytes()
    if profile[16:20] != b"RGB " or profile[36:40] != b"acsp":
        problems.append("output intent profile is not an RGB ICC profile")
ids = pdf.trailer.get("/ID")
if ids is None or len(ids) != 2 or any(len(bytes(i)) != 16 for i in ids):
    problems.append("trailer /ID is %r" % ids)
pattern = re.compile(r"^D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)([+-])(\d\d)'(\d\d)'?$")
for key, xmp_date in zip(("/CreationDate", "/ModDate"), xmp_dates):
    value = str(pdf.docinfo.get(key, ""))
    match = pattern.match(value)
    if not match:
        problems.append("%s %r is not a D: date with a time zone" % (key, value))
        continue
    y, mo, d, h, mi, s, sign, zh, zm = match.groups()
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31 and int(h) < 24 and int(mi) < 60 and int(s) < 60):
        problems.append("%s %r is out of range" % (key, value))
    if xmp_date != "%s-%s-%sT%s:%s:%s%s%s:%s" % (y, mo, d, h, mi, s, sign, zh, zm):
        problems.append("%s %r but XMP %r" % (key, value, xmp_date))
print("ok" if not problems else "\n".join(problems))
sys.exit(1 if problems else 0)

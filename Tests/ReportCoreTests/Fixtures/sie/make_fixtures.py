#!/usr/bin/env python3
"""Writes the SIE fixtures of ReportCoreTests. The figures are chosen by hand (see the
comments in BASE); the #KSUMMA value is computed here, independently of the Swift code,
with CRC-32 over label and field contents (no blanks, quotes, braces or line breaks)."""
import zlib

BASE = r'''#FLAGGA 0
#KSUMMA
#PROGRAM "Visma Förening" 2024.1
#FORMAT PC8
#GEN 20250115 "Åsa Öberg"
#SIETYP 4
#FNR "FINSAM7"
#ORGNR 222000-1234
#FNAMN "Samordningsförbundet Sjuhärad"
#ADRESS "Åsa Öberg" "Box 123" "501 10 Borås" "033-12 34 56"
#RAR 0 20240101 20241231
#RAR -1 20230101 20231231
#TAXAR 2025
#KPTYP "KOMMUN-BAS"
#VALUTA SEK
#KONTO 1511 "Kundfordringar"
#KTYP 1511 T
#KONTO 1930 "Bank"
#KTYP 1930 T
#KONTO 2411 "Leverantörsskulder"
#KTYP 2411 S
#KONTO 3919 "Övriga intäkter"
#KTYP 3919 I
#KONTO 5540 "Verksamhetsanknutna tjänster, Älvsborg"
#KTYP 5540 K
#SRU 5540 7513
#DIM 1 "Kostnadsställe"
#OBJEKT 1 "3001" "Verksamheter i Borås"
#OBJEKT 1 "3002" "Styrelse \"Sjuhärad\""
#IB -1 1930 500000.00
#UB -1 1930 600000.00
#UB -1 1511 1000.00
#UB -1 2411 -2000.00
#IB 0 1511 1000.00
#UB 0 1511 0.00
#IB 0 1930 600000.00
#UB 0 1930 600000.50
#IB 0 2411 -2000.00
#UB 0 2411 -2000.00
#RES 0 3919 -500.50
#RES 0 5540 1500.00
#PSALDO 0 202403 3919 {} -500.50
#PSALDO 0 202403 5540 {} 2000.00
#PSALDO 0 202406 5540 {} -500.00
#PSALDO 0 202403 5540 {1 "3001"} 2000.00
#PSALDO 0 202412 1930 {} 600000.50
#PBUDGET 0 202401 5540 {1 "3001"} 1000.00
#VER A 1 20240305 "Faktura Åkeri" 20240306
{
   #TRANS 5540 {1 "3001"} 2000.00
   #TRANS 1930 {} -2000.00
}
#VER A 2 20240310 "Ränta och öresutjämning"
{
   #TRANS 1930 {} 500.50 20240310 "Ränta"
   #TRANS 3919 {} -500.50
}
#VER B 1 20240615 "Kreditering"
{
   #TRANS 5540 {1 "3002"} -500.00
   #RTRANS 1511 {} -1000.00
   #TRANS 1511 {} -1000.00
   #BTRANS 1930 {} 1500.00
   #TRANS 1930 {} 1500.00
}
#KSUMMA
'''

def tokens(line):
    """Field contents of one record: label, then words/strings/list items."""
    out, i, n = [], 0, len(line)
    while i < n:
        c = line[i]
        if c in ' \t{}':
            i += 1
            continue
        if c == '"':
            i += 1
            buf = []
            while i < n and line[i] != '"':
                if line[i] == '\\' and i + 1 < n and line[i + 1] in '"\\':
                    i += 1
                buf.append(line[i])
                i += 1
            i += 1
            out.append(''.join(buf))
            continue
        j = i
        while j < n and line[j] not in ' \t{}':
            j += 1
        out.append(line[i:j])
        i = j
    return out

def with_checksum(text, codec):
    lines = text.split('\n')
    first = lines.index('#KSUMMA')
    last = len(lines) - 1 - lines[::-1].index('#KSUMMA')
    crc = 0
    for line in lines[first + 1:last]:
        stripped = line.strip()
        if not stripped.startswith('#'):
            continue
        for token in tokens(stripped):
            crc = zlib.crc32(token.encode(codec), crc)
    lines[last] = '#KSUMMA %d' % crc
    return '\n'.join(lines)

def without_checksum(text):
    return '\n'.join(l for l in text.split('\n') if not l.startswith('#KSUMMA'))

def write(name, text, codec='cp437', crlf=False, bom=False):
    data = text.replace('\n', '\r\n') if crlf else text
    raw = data.encode(codec)
    if bom:
        raw = b'\xef\xbb\xbf' + raw
    open(name, 'wb').write(raw)

plain = without_checksum(BASE)
write('valid-pc8.se', with_checksum(BASE, 'cp437'), 'cp437', crlf=True)
write('valid-utf8.se', plain.replace('#FORMAT PC8\n', ''), 'utf-8')
write('valid-utf8-bom.se', plain.replace('#FORMAT PC8\n', ''), 'utf-8', crlf=True, bom=True)
write('valid-1252-declared-pc8.se', plain, 'cp1252', crlf=True)
write('valid-1252.se', plain.replace('#FORMAT PC8\n', ''), 'cp1252')
write('valid-tabs.se', '\n'.join(l.replace(' ', '\t', 1).replace(' {', '  \t{') + ' \t' for l in plain.split('\n') if l), 'cp437')

broken = {
    'broken-voucher.se': ('   #TRANS 1930 {} -2000.00', '   #TRANS 1930 {} -1999.99'),
    'broken-ib-ub.se': ('#UB 0 1930 600000.50', '#UB 0 1930 600000.75'),
    'broken-res.se': ('#RES 0 3919 -500.50', '#RES 0 3919 -500.00'),
    'broken-ub-ib.se': ('#UB -1 1930 600000.00', '#UB -1 1930 599999.00'),
    'broken-psaldo.se': ('#PSALDO 0 202406 5540 {} -500.00', '#PSALDO 0 202406 5540 {} -400.00'),
    'bad-amount.se': ('   #TRANS 1930 {} -2000.00', '   #TRANS 1930 {} -2000.001'),
    'bad-date.se': ('#VER A 2 20240310', '#VER A 2 20230229'),
    'bad-account.se': ('#IB 0 2411 -2000.00', '#IB 0 24X1 -2000.00'),
    'bad-too-large.se': ('#RES 0 5540 1500.00', '#RES 0 5540 92233720368547758.07'),
    'bad-quote.se': ('#FNAMN "Samordningsförbundet Sjuhärad"', '#FNAMN "Samordningsförbundet Sjuhärad'),
}
for name, (old, new) in broken.items():
    assert old in plain, name
    write(name, plain.replace(old, new, 1), 'cp437')

tampered = with_checksum(BASE, 'cp437').replace('"Kreditering"', '"Kreditering!"')
write('broken-ksumma.se', tampered, 'cp437', crlf=True)

cut = plain.index('   #RTRANS 1511')
write('truncated.se', plain[:cut], 'cp437')
write('unknown-records.se', plain.replace('#SIETYP 4\n', '#SIETYP 4\n#PROSA "Årsbokslut"\n#BKOD 84130\n#FOOBAR 1 {2 3} "x"\n'), 'cp437')
open('empty.se', 'wb').write(b'')
open('not-sie.pdf', 'wb').write(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')
open('not-sie.xlsx', 'wb').write(b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml')
open('not-sie.html', 'wb').write(b'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head><title>404 Not Found</title></head></html>\n')

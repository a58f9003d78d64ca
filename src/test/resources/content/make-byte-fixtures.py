#!/usr/bin/env python3
"""Writes the fixtures whose exact bytes matter (encodings, line endings, invisible characters).

Run from this folder: python3 make-byte-fixtures.py
"""
import unicodedata

HEAD = "---\ntitle: {title}\nstatus: approved\napproved_by: Nguyễn Văn An\nunits: [bnv]\n---\n\n{body}\n"
TITLE = "Cải cách hành chính năm 2025"
BODY = "Bộ Nội vụ triển khai kế hoạch cải cách hành chính."


def write(name, data):
    with open(name, "wb") as f:
        f.write(data)


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text):
    """Windows-1258 as Vietnamese Windows editors write it: base letter (â, ơ, …) plus a tone-mark byte."""
    out = b""
    for c in unicodedata.normalize("NFC", text):
        try:
            out += c.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", c)
            tones = "".join(m for m in d if m in TONE_MARKS)
            base = unicodedata.normalize("NFC", "".join(m for m in d if m not in TONE_MARKS))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return out


def doc(title=TITLE, body=BODY):
    return HEAD.format(title=title, body=body)


write("bom.md", b"\xef\xbb\xbf" + doc().encode("utf-8"))
write("crlf.md", doc().replace("\n", "\r\n").encode("utf-8"))
write("nfd-title.md", unicodedata.normalize("NFD", doc()).encode("utf-8"))
write("nfc-title.md", unicodedata.normalize("NFC", doc()).encode("utf-8"))
write("cp1258.md", cp1258(doc()))
write("utf16.md", b"\xff\xfe" + doc().encode("utf-16-le"))
write("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
write("blank-title.md", doc(title='"  \u200b\ufeff\u00a0 "').encode("utf-8"))
write("xml-ctrl.md", doc(title="Tin\u0001 mới\u0008",
                         body="Nội\u0002 dung\u000c có\ufffe ký\uffff tự lạ.").encode("utf-8"))
write("bidi.md", doc(title="Tin \u202eevil.exe\u202c mới").encode("utf-8"))
write("title-vertical-tab.md", doc(title='"Tin mới\u000bBcc: x@evil.test"').encode("utf-8"))
write("author-line-separator.md", doc().replace("units: [bnv]\n", "units: [bnv]\nauthor: 'Phòng A\u2028Bcc: x@evil.test'\n")
      .encode("utf-8"))
write("title-next-line.md", doc(title='"Tin mới\u0085Bcc: x@evil.test"').encode("utf-8"))
write("yaml-deep.md", doc().replace("units: [bnv]\n", "units: [bnv]\ntags: " + "[" * 10000 + "\n").encode("utf-8"))
write("deep-quote.md", doc(body=">" * 1000 + " trích dẫn").encode("utf-8"))
write("deep-list.md", doc(body="- " * 1000 + "mục").encode("utf-8"))
write("deep-emphasis.md", doc(body="*a " * 10000 + "a* " * 10000).encode("utf-8"))
write("deep-html.html", doc(body="<div>" * 1000 + "khối").encode("utf-8"))

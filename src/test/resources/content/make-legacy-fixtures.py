#!/usr/bin/env python3
"""Writes the legacy-encoded fixtures from legacy-unicode.md (UTF-8, NFC), each with an encoder independent of Loa's
decoders, so that a test comparing Loa's reading with the original checks Loa's tables against another source:

- legacy-cp1258.md: glibc iconv -t CP1258.
- legacy-vn1.md: glibc iconv -t TCVN (TCVN 5712 VN1), with ASCII quotes and dashes, as VN1 has no room for
  Windows-1252's.
- legacy-tcvn3.md: glibc iconv -t TCVN letter by letter (VN1 and TCVN3 agree on every small letter and on
  Ă Â Ê Ô Ơ Ư Đ); a capital with a tone mark gets its small letter's byte, as TCVN3 has no byte of its own for it
  (the capital font draws it); quotes, dashes and the ellipsis are Windows-1252's bytes.
- legacy-vni.md: the VNI-Windows composition rules of ../../../../../shared/reference/legacy-encodings.md 1.2
  (base letter, then one mark byte for tone, circumflex+tone or breve+tone; ơ ư đ í ì ỉ ĩ ị ỵ single bytes; a
  capital's mark byte is the small one's less 0x20), built letter by letter from Unicode decomposition rather than
  from a table.

Also the hard cases: short files, mostly-ASCII files, a mixed file and garbage (see HARD below).
Needs python3 and glibc iconv. Run from this folder: python3 make-legacy-fixtures.py
"""
import subprocess
import unicodedata

TONES = {"\u0301": "sac", "\u0300": "huyen", "\u0309": "hoi", "\u0303": "nga", "\u0323": "nang"}
CP1252_PUNCTUATION = "“”‘’–—…"


def iconv(text, to):
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", to], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout


def cp1258(text):
    return iconv(text, "CP1258")


def vn1(text):
    return iconv(text, "TCVN")


def tcvn3(text):
    out = b""
    for c in text:
        if ord(c) < 0x80:
            out += c.encode("ascii")
        elif c in CP1252_PUNCTUATION:
            out += c.encode("cp1252")
        elif c.isupper() and any(m in TONES for m in unicodedata.normalize("NFD", c)):
            out += iconv(c.lower(), "TCVN")
        else:
            out += iconv(c, "TCVN")
    return out


# VNI-Windows mark bytes after a small vowel (legacy-encodings.md 1.2)
VNI_TONE = {"sac": 0xF9, "huyen": 0xF8, "hoi": 0xFB, "nga": 0xF5, "nang": 0xEF}
VNI_CIRCUMFLEX = {None: 0xE2, "sac": 0xE1, "huyen": 0xE0, "hoi": 0xE5, "nga": 0xE3, "nang": 0xE4}
VNI_BREVE = {None: 0xEA, "sac": 0xE9, "huyen": 0xE8, "hoi": 0xFA, "nga": 0xFC, "nang": 0xEB}
VNI_I = {"sac": 0xED, "huyen": 0xEC, "hoi": 0xE6, "nga": 0xF3, "nang": 0xF2}
VNI_SINGLE = {"ơ": 0xF4, "ư": 0xF6, "đ": 0xF1, "ỵ": 0xEE}


def vni_letter(c):
    small = c.lower()
    capital = c != small
    shift = 0x20 if capital else 0
    if small in VNI_SINGLE:
        return bytes([VNI_SINGLE[small] - shift])
    d = unicodedata.normalize("NFD", small)
    tone = next((TONES[m] for m in d if m in TONES), None)
    base = d[0]
    marks = d[1:]
    if "\u031b" in marks:  # horn: ơ, ư are single bytes that take a tone byte
        lead = VNI_SINGLE["ơ" if base == "o" else "ư"] - shift
        return bytes([lead]) + (bytes([VNI_TONE[tone] - shift]) if tone else b"")
    if base == "i" and tone:
        return bytes([VNI_I[tone] - shift])
    lead = (base.upper() if capital else base).encode("ascii")
    if "\u0302" in marks:
        return lead + bytes([VNI_CIRCUMFLEX[tone] - shift])
    if "\u0306" in marks:
        return lead + bytes([VNI_BREVE[tone] - shift])
    return lead + (bytes([VNI_TONE[tone] - shift]) if tone else b"")


def vni(text):
    out = b""
    for c in unicodedata.normalize("NFC", text):
        if ord(c) < 0x80:
            out += c.encode("ascii")
        elif c in CP1252_PUNCTUATION:
            out += c.encode("cp1252")
        else:
            out += vni_letter(c)
    return out


def ascii_punctuation(text):
    return (text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
            .replace("–", "-").replace("—", "-").replace("…", "..."))


def write(name, data):
    with open(name, "wb") as f:
        f.write(data)


def doc(title, body, approved_by="Nguyen Van An"):
    return f"---\ntitle: {title}\nstatus: approved\napproved_by: {approved_by}\nunits: [bnv]\n---\n\n{body}\n"


ARTICLE = open("legacy-unicode.md", encoding="utf-8").read()
assert unicodedata.is_normalized("NFC", ARTICLE)

write("legacy-cp1258.md", cp1258(ARTICLE))
write("legacy-tcvn3.md", tcvn3(ARTICLE))
write("legacy-vni.md", vni(ARTICLE))
write("legacy-vn1.md", vn1(ascii_punctuation(ARTICLE)))

# Hard cases. Short: a title and a sentence, a front matter in ASCII (the shortest a real note gets).
SHORT = doc("Tin mới của Bộ", "Họp giao ban tháng 11.")
write("legacy-short-tcvn3.md", tcvn3(SHORT))
write("legacy-short-vni.md", vni(SHORT))
write("legacy-short-cp1258.md", cp1258(SHORT))
# Too short: one word with diacritics.
write("legacy-too-short-tcvn3.md", tcvn3(doc("Tin mới", "Hop giao ban thang 11.")))
# Ambiguous: every word is a syllable in TCVN3 and in Windows-1258 alike ("bỏ nhỏ" reads "bá nhá"), none a common one.
write("legacy-ambiguous.md", tcvn3(doc("Hỏi nhỏ", "Chớ bỏ lúc nhỏ.")))
# Mostly ASCII: an English notice with a Vietnamese name and address.
ENGLISH = doc("Notice to foreign investors",
              "The Department of Home Affairs of Quảng Ninh province (Sở Nội vụ tỉnh Quảng Ninh) will receive\n"
              "applications online from 1 December. Contact: Phòng Cải cách hành chính, 12 Lê Thánh Tông, Hạ Long.")
write("legacy-ascii-tcvn3.md", tcvn3(ENGLISH))
write("legacy-ascii-vni.md", vni(ENGLISH))
write("legacy-ascii-cp1258.md", cp1258(ENGLISH))
# Mixed: a UTF-8 front matter and title, a body pasted from a TCVN3 file.
write("legacy-mixed.md", doc("Đổi mới thủ tục hành chính", "").encode("utf-8")
      + tcvn3("Ủy ban nhân dân tỉnh vừa ban hành kế hoạch cải cách hành chính năm 2026.\n"))
# Garbage: Windows-1252 French, which no Vietnamese reading makes sense of.
write("legacy-french.md", doc("Communiqué", "Le ministère a publié les résultats de l'évaluation à la fin de l'été : "
                                            "vingt-deux préfectures ont amélioré leurs délais.").encode("cp1252"))

#!/usr/bin/env python3
"""Writes the test PDFs of this folder by hand (no PDF library needed): a two-page
declaration with running header, footer and page numbers, hyphenated line ends and
paragraph gaps; a page with a drawing and no text; the declaration encrypted (RC4, 40 bits)
with a user password. Run from this folder: python3 make_pdfs.py"""

import hashlib

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def page_stream(lines):
    """lines: (x, y, size, text); Helvetica, WinAnsi."""
    ops = []
    for x, y, size, text in lines:
        ops.append("BT /F1 %d Tf %d %d Td (%s) Tj ET" % (size, x, y, escape(text)))
    return "\n".join(ops).encode("cp1252")


def write_pdf(path, streams, info, password=None):
    """streams: content streams, one a page. Objects: 1 catalog, 2 pages, 3 font, 4 info,
    then page and content pairs."""
    file_id = hashlib.md5(path.encode()).digest()
    objects = {}
    kids = []
    for i, stream in enumerate(streams):
        page_no, content_no = 5 + 2 * i, 6 + 2 * i
        kids.append("%d 0 R" % page_no)
        objects[page_no] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                            "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
                            % content_no).encode()
        objects[content_no] = stream
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), len(kids))).encode()
    objects[3] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                  b"/Encoding /WinAnsiEncoding >>")
    encrypt = ""
    key = None
    if password is not None:
        # Standard security handler, revision 2: O from the owner password, U from the key.
        owner_key = hashlib.md5((b"owner" + PAD)[:32]).digest()[:5]
        user_padded = (password.encode() + PAD)[:32]
        o_value = rc4(owner_key, user_padded)
        permissions = (-4) & 0xFFFFFFFF
        key = hashlib.md5(user_padded + o_value + permissions.to_bytes(4, "little")
                          + file_id).digest()[:5]
        u_value = rc4(key, PAD)
        objects[99] = ("<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>"
                       % (o_value.hex(), u_value.hex())).encode()
        encrypt = " /Encrypt 99 0 R"

    def encrypted(number, data):
        if key is None or number == 99:
            return data
        object_key = hashlib.md5(key + number.to_bytes(3, "little") + b"\0\0").digest()[:10]
        return rc4(object_key, data)

    def info_string(number, text):
        data = encrypted(number, text.encode("latin-1"))
        return "<%s>" % data.hex()

    objects[4] = ("<< /Title %s /Producer %s /CreationDate %s >>" % (
        info_string(4, info["title"]), info_string(4, "make_pdfs.py"),
        info_string(4, info["created"]))).encode()

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        body = objects[number]
        if number >= 6 and number % 2 == 0 and number != 99:  # a content stream
            data = encrypted(number, body)
            out += b"%d 0 obj\n<< /Length %d >>\nstream\n" % (number, len(data))
            out += data + b"\nendstream\nendobj\n"
        else:
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        if number in offsets:
            out += b"%010d 00000 n \n" % offsets[number]
        else:
            out += b"0000000000 65535 f \n"
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R%s /ID [<%s> <%s>] >>\n"
            % (size, encrypt, file_id.hex(), file_id.hex())).encode()
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    with open(path, "wb") as f:
        f.write(bytes(out))


HEADER = "Valdoria-Ostrel Joint Declaration"
PAGES = [
    [
        "Joint Declaration on Energy Security",
        None,
        "The Governments of Valdoria and Ostrel, meeting in Valdor on 16 March",
        "2021, adopt the following declara-",
        "tion on the security of the energy corridor between their two countries.",
        None,
        "Both Governments recall their commitments on the Nagorno-",
        "Karabakh talks and their shared wish for a peaceful settlement of the",
        "conflicts of the region.",
        None,
        "1. The parties will open the northern gas interconnector to commercial",
        "flows before the end of the year and will inform the Energy Commu-",
        "nity Secretariat of the schedule.",
    ],
    [
        "2. The parties will set up a joint crisis group that meets each quarter",
        "and whenever supplies through the corridor fall by a tenth or more.",
        None,
        "Signed in Valdor in two originals, each in the Valdorian and Ostrelian",
        "languages, both texts being equally authentic.",
    ],
]


def declaration_streams():
    streams = []
    for number, lines in enumerate(PAGES, 1):
        placed = [(72, 800, 9, HEADER)]
        y = 740
        for line in lines:
            if line is None:
                y -= 14  # a paragraph gap: one empty line more
                continue
            size = 11
            placed.append((72, y, size, line))
            y -= 14
        placed.append((72, 60, 9, "Embargoed until 16 March 2021, 12:00 CET"))
        placed.append((290, 40, 9, str(number)))
        streams.append(page_stream(placed))
    return streams


if __name__ == "__main__":
    info = {"title": "Joint Declaration on Energy Security", "created": "D:20210316093000Z"}
    write_pdf("declaration.pdf", declaration_streams(), info)
    write_pdf("image-only.pdf", [b"0.2 0.4 0.6 rg 72 500 300 200 re f"],
              {"title": "Microsoft Word - scan0001.doc", "created": "D:20210316093000Z"})
    write_pdf("encrypted.pdf", declaration_streams(), info, password="secret")

"""Small files built in tests: a minimal PDF from object bodies, a zip from members."""
from __future__ import annotations

import io
import zipfile


def pdf_from_objects(objs: list[str], trailer_extra: str = "") -> bytes:
    """A PDF whose numbered objects (1-based) are ``objs``; object 1 is the catalog. Offsets are computed."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R{trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def zip_of(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def flate_bomb(inflated_mb: int, head: bytes = b"", unit: bytes = b" ") -> bytes:
    """A zlib stream that inflates to ``head`` + ``inflated_mb`` MiB of ``unit`` repeated while storing a few KB
    per MiB: one fully flushed deflate block repeated (each flush resets the dictionary, so the block's bytes
    are the same every time), then an empty final block and the Adler-32 of the whole."""
    import zlib
    chunk = (unit * ((1 << 20) // len(unit) + 1))[:1 << 20]
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = co.compress(head) + co.flush(zlib.Z_FULL_FLUSH) if head else b""
    block = co.compress(chunk) + co.flush(zlib.Z_FULL_FLUSH)
    adler = zlib.adler32(head)
    for _ in range(inflated_mb):
        adler = zlib.adler32(chunk, adler)
    return b"\x78\xda" + first + block * inflated_mb + co.flush(zlib.Z_FINISH) + adler.to_bytes(4, "big")


def pdf_with_stream_bomb(inflated_mb: int, streams: int = 1, unit: bytes = b" ") -> bytes:
    """A one-page PDF whose content stream(s) inflate to ``inflated_mb`` MiB each (a FlateDecode stream bomb):
    of spaces, or of ``unit`` (e.g. a text-showing operator, so every MiB is a hundred thousand objects)."""
    bomb = flate_bomb(inflated_mb, head=b"BT /F1 12 Tf 72 720 Td (jixiao) Tj\n", unit=unit)
    contents = " ".join(f"{4 + i} 0 R" for i in range(streams))
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [{contents}]"
            f" /Resources << /Font << /F1 {4 + streams} 0 R >> >> >>"]
    objs += [f"<< /Length {len(bomb)} /Filter /FlateDecode >>\nstream\n{bomb.decode('latin-1')}\nendstream"] * streams
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return pdf_from_objects(objs)

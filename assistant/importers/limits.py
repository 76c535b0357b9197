"""Limits for untrusted files: size, decompressed size, pages, objects, cells."""
from __future__ import annotations

import io
import re
import zlib
from pathlib import Path

from ..errors import ReadError

MAX_FILE_BYTES = 20 * 1024 * 1024          # one uploaded file
INLINE_JSON_BYTES = 2 * 1024 * 1024        # a JSON file up to this size is read in the calling process (isolate.py)
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024     # .docx/.xlsx decompressed
MAX_ZIP_MEMBERS = 2000
MAX_RATIO = 200                            # decompressed / compressed, per member
MAX_PDF_PAGES = 30
MAX_PDF_INFLATED = 128 * 1024 * 1024       # a PDF's compressed streams (not images), decompressed, together
MAX_PDF_OBJECTS = 200_000
MAX_CELLS = 200_000
MAX_SHEET_ROWS = 5_000                     # a declaration fills tens of rows; a longer sheet is read this far
MAX_TEXT_CHARS = 300_000                  # a declaration is ~10k characters; a long one with annexes ~100k
MAX_LINE_CHARS = 10_000                   # one line of text (a 项目概况 written as one paragraph is ~3k)


def human_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} 字节"


def check_zip(data: bytes, name: str) -> "zipfile.ZipFile":
    """Open a zip safely: bounded members and decompressed size (zip bombs are refused)."""
    import zipfile             # here: a JSON check never opens a zip (zipfile loads shutil, bz2, lzma)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ReadError(name, "文件已损坏（不是完整的压缩包），可能下载或传输不完整。")
    infos = zf.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise ReadError(name, f"压缩包内文件过多（{len(infos)} 个），拒绝读取。")
    total = 0
    for info in infos:
        total += info.file_size
        if info.compress_size and info.file_size / max(1, info.compress_size) > MAX_RATIO and info.file_size > 1024 * 1024:
            raise ReadError(name, "文件解压后异常膨胀（疑似压缩炸弹），拒绝读取。")
        if info.flag_bits & 0x1:
            raise ReadError(name, "文件已加密，请另存为未加密的文件后重试。")
    if total > MAX_UNZIPPED_BYTES:
        raise ReadError(name, f"文件解压后过大（{human_size(total)}），拒绝读取。")
    return zf


def zip_kind(data: bytes, name: str) -> str:
    zf = check_zip(data, name)
    names = set(zf.namelist())
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    ext = Path(name).suffix.lower()
    if ext == ".zip":
        raise ReadError(name, "这是一个压缩包，请用 jixiao review 批量审核压缩包。")
    raise ReadError(name, "压缩格式的文件，但不是 Word（.docx）或 Excel（.xlsx）文档。")


_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_OBJ = re.compile(rb"\d+\s+\d+\s+obj\b")
_OBJSTM_N = re.compile(rb"/Type\s*/ObjStm\b[^>]*?/N\s+(\d+)|/N\s+(\d+)[^>]*?/Type\s*/ObjStm\b")
_STEP = 1024 * 1024


def check_pdf(data: bytes, name: str) -> None:
    """Refuse a PDF whose objects, or whose compressed (FlateDecode) streams once decompressed, exceed the
    limits — before PDFium parses it. Images are not counted: reading text never decodes them. Streams are
    inflated in 1 MB steps and only counted, so this costs time in proportion to the limit, never memory."""
    objects = len(_OBJ.findall(data)) + sum(int(a or b) for a, b in _OBJSTM_N.findall(data))
    if objects > MAX_PDF_OBJECTS:
        raise ReadError(name, f"PDF 中的对象过多（{objects:,} 个，上限 {MAX_PDF_OBJECTS:,}），拒绝读取。")
    total, pos = 0, 0
    while (m := _STREAM.search(data, pos)) is not None:
        pos = m.end()
        head = data[max(0, m.start() - 2048):m.start()]
        head = head[head.rfind(b"obj"):]
        if b"FlateDecode" not in head or b"/Image" in head:
            continue
        size, used = _inflated(data, pos, MAX_PDF_INFLATED - total)
        total += size
        pos += used
        if total > MAX_PDF_INFLATED:
            raise ReadError(name, f"PDF 中的压缩数据解压后超过 {human_size(MAX_PDF_INFLATED)}（疑似压缩炸弹），拒绝读取。")


def _inflated(data: bytes, start: int, budget: int) -> tuple[int, int]:
    """(bytes the zlib stream at ``start`` inflates to — counting stops past ``budget`` —, compressed bytes used)."""
    view, inflater = memoryview(data), zlib.decompressobj()
    size, fed = 0, start
    try:
        while not inflater.eof and fed < len(data) and size <= budget:
            pending = view[fed:fed + _STEP]
            fed += len(pending)
            while pending and size <= budget and not inflater.eof:
                size += len(inflater.decompress(pending, _STEP))
                pending = inflater.unconsumed_tail
            fed -= len(pending)
    except zlib.error:     # a damaged stream: PDFium decides what to make of it
        pass
    return size, max(0, fed - start - len(inflater.unused_data))   # never more than was used: skip no stream

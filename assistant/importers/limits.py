"""Limits for untrusted files: size, decompressed size, pages, cells."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ..errors import ReadError

MAX_FILE_BYTES = 20 * 1024 * 1024          # one uploaded file
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024     # .docx/.xlsx decompressed
MAX_ZIP_MEMBERS = 2000
MAX_RATIO = 200                            # decompressed / compressed, per member
MAX_PDF_PAGES = 30
MAX_CELLS = 200_000
MAX_SHEET_ROWS = 5_000                     # a declaration fills tens of rows; a longer sheet is read this far
MAX_TEXT_CHARS = 2_000_000


def human_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} 字节"


def check_zip(data: bytes, name: str) -> zipfile.ZipFile:
    """Open a zip safely: bounded members and decompressed size (zip bombs are refused)."""
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

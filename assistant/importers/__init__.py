"""Importers: one registry picks the reader by content (magic bytes), not only by extension.

Every reader returns an ``ImportResult``: the form, where each value came from
(provenance), what could not be placed, and warnings. Unreadable input raises
``ReadError(file, reason)`` with a Chinese reason.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..caps import cap_form, cap_lines
from ..errors import ReadError
from ..lazyre import lazy
from .limits import MAX_FILE_BYTES, human_size

TYPE_CHECKING = False     # (not typing's: a JSON check does not import typing, 13 M instructions)
if TYPE_CHECKING:
    from ..model import Declaration


class ImportResult:
    """What a reader made of a file (a plain class: importing ``dataclasses`` costs a JSON check more than its
    rules, see ``rules.Context``)."""

    def __init__(self, form: Declaration, format: str, provenance: dict[str, str] | None = None,
                 unplaced: list[str] | None = None, warnings: list[str] | None = None, gold: dict | None = None,
                 text: str = "", unread: list[str] | None = None, how: dict[str, str] | None = None,
                 loose: bool = False, unchecked: list[str] | None = None, hints_only: bool = False):
        self.form = form
        self.format = format                 # json | docx | xlsx | xls | doc | html | mhtml | pdf | image | txt
        self.provenance = {} if provenance is None else provenance   # field path -> "表1 第3行 第2列" / "第2页" …
        self.unplaced = [] if unplaced is None else unplaced         # labels/text that could not be placed
        self.warnings = [] if warnings is None else warnings
        self.gold = gold                     # a gold case's other keys, when the input was one
        self.text = text                     # the plain text behind a txt/pdf import (LLM extraction reads it)
        self.unread = [] if unread is None else unread               # sections the file has but the reader could not read
        self.how = {} if how is None else how    # field path -> how it was read: table / text-rows / text-cells /
                                                 # text-dump / text-queue / ocr
        self.loose = loose                   # read by a path that can misplace values (text, OCR)
        self.unchecked = [] if unchecked is None else unchecked      # sums the form's wording says not to check
                                                 # ('funding': a whole-project or medium-term total, funding_span.py)
        self.hints_only = hints_only         # the indicator table was read and holds only a template's hints
                                             # (units, no targets): the form has no indicators

    def __repr__(self) -> str:
        return f"ImportResult({self.format!r}, {self.form!r})"


Reader = Callable[[bytes, str], ImportResult]
_READERS: dict[str, Reader] = {}


def register(fmt: str):
    def wrap(fn: Reader) -> Reader:
        _READERS[fmt] = fn
        return fn
    return wrap


def sniff(data: bytes, name: str = "") -> str:
    """The format of the bytes: by content first, the extension only to break ties."""
    head = data[:8]
    ext = Path(name).suffix.lower().lstrip(".")
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        from .limits import zip_kind
        return zip_kind(data, name)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        from .legacy_office import ole_kind
        return ole_kind(data, name)
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"[") and (ext == "json" or _parses_as_json(stripped)):
        return "json"               # a page's text may start with "[ 索引号 ]": only real JSON is JSON
    from .mhtml import looks_mhtml
    if looks_mhtml(stripped):
        return "mhtml"
    if _looks_html(stripped, ext):
        return "html"
    if ext in ("txt", "text", "md", "") or _looks_text(data):
        return "txt"
    if ext in _KIND_OF_EXT:              # named .docx / .pdf / .png … but its bytes are not that: damaged or renamed
        raise ReadError(name, f"文件扩展名是 .{ext}，但内容不是{_KIND_OF_EXT[ext]}文件（可能已损坏、没有下载完整，或是改了扩展名的别的文件）。"
                              f"请用原软件打开确认后另存一份再上传。")
    raise ReadError(name, f"无法识别的文件格式；支持 {SUPPORTED}。")


_KIND_OF_EXT = {"docx": "Word", "doc": "Word", "wps": "WPS 文字", "xlsx": "Excel", "xls": "Excel", "et": "WPS 表格",
                "pdf": "PDF", "png": "PNG 图片", "jpg": "JPEG 图片", "jpeg": "JPEG 图片", "tif": "TIFF 图片", "tiff": "TIFF 图片"}


def _parses_as_json(data: bytes) -> bool:
    import json
    try:
        json.loads(data)
    except (ValueError, RecursionError):
        return False
    return True


SUPPORTED = ".json、.docx、.xlsx、.xls、.doc、.wps、.et、.pdf、.html、.mhtml、.png、.jpg、.tif、.txt"
EXTENSIONS = (".json", ".docx", ".xlsx", ".xls", ".doc", ".wps", ".et", ".pdf", ".html", ".htm", ".mhtml", ".mht",
              ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".txt")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
_HTML_START = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<meta", b"<table", b"<!--")


def _looks_html(stripped: bytes, ext: str) -> bool:
    """A web page, whatever its name says (systems export HTML tables as .xls); for a text that merely
    mentions tags, only when it is named .html/.htm."""
    low = stripped[:1024].lower()
    if low.startswith(_HTML_START):
        table = b"<table" in stripped[:65536].lower() and b"office:spreadsheet" not in low   # not SpreadsheetML
        return b"<html" in low or b"<body" in low or table or ext in ("html", "htm", "xhtml")
    return ext in ("html", "htm", "xhtml") and b"<" in low


def _looks_text(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return False
    for enc in ("utf-8", "gb18030"):
        try:
            sample.decode(enc)
            return True
        except UnicodeDecodeError:
            continue
    return False


def read_bytes(data: bytes, name: str) -> ImportResult:
    """The declaration in ``data`` (named ``name`` in messages), read under hard bounds (isolate.py)."""
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(name, f"文件过大（{human_size(len(data))}），上限为 {human_size(MAX_FILE_BYTES)}。")
    if not data.strip():
        raise ReadError(name, "文件是空的。")
    from .isolate import read_isolated
    return read_isolated(data, name, _read)


def _read(data: bytes, name: str, on_format: Callable[[str], None]) -> ImportResult:
    """Sniff, say the format (the bounds are set by it), read."""
    fmt = sniff(data, name)
    on_format(fmt)
    reader = _reader(fmt)
    if reader is None:
        raise ReadError(name, f"暂不支持读取 {fmt} 格式。")
    try:
        result = reader(data, name)
        if fmt == "txt" and not result.text:
            result.text = data.decode("utf-8-sig") if _utf8(data) else data.decode("gb18030", errors="replace")
        if result.text and _SCRAMBLED & set(result.how.values()):   # prose a dump could not place (seen.py)
            from .seen import labelled_but_empty
            result.unread = sorted(set(result.unread) | set(labelled_but_empty(result.text, result.form.to_json())))
        if result.text and fmt != "json":
            _funding_span(result)
        if fmt != "json" and not result.form.indicators and not result.hints_only and _INDICATOR_TABLE.search(
                result.text + "\n" + "\n".join(result.unplaced)):
            result.unread.append("indicators")
        empty = fmt != "json" and _nothing_read(result.form.to_json())
        if empty and not _ABOUT_A_FORM.search(result.text or ""):
            said = {"pdf": "PDF", "docx": "Word", "xlsx": "Excel", "xls": "Excel", "doc": "Word", "html": "网页",
                    "mhtml": "网页", "image": "图片", "txt": "文本"}.get(fmt, fmt)
            ext = Path(name).suffix.lower().lstrip(".")
            other = f"（文件名是 .{ext}，内容却是{said}）" if ext and _EXT_FORMAT.get(ext, fmt) != fmt else ""
            raise ReadError(name, f"没有读到申报表的任何内容{other}：找不到项目名称、资金、绩效指标等栏目。"
                                  "请确认文件是申报表本身，而不是说明或空白页。")
        if empty:
            result.warnings.append("文件里有申报表的字样，但没有读到任何栏目的内容：下面的缺项提示只说明没有读到，"
                                      "不说明申报表真的缺项，请对照原文人工审核。")
        result.warnings = cap_lines(cap_form(result.form) + result.warnings)
        result.unplaced = cap_lines(result.unplaced)
        return result
    except ReadError:
        raise
    except RecursionError:
        raise ReadError(name, "文件结构嵌套过深，无法读取。")
    except (ValueError, KeyError, IndexError, TypeError, OSError, EOFError) as e:  # a parser's own failure
        raise ReadError(name, f"文件已损坏或格式不正确（{type(e).__name__}）。") from e


def _funding_span(result: ImportResult) -> None:
    """The total the text names for the whole project or the medium term is not checked against the year's
    sources; a text that names only the year's budget has that as its total (funding_span.py)."""
    from .funding_span import only_year_budget, span_total
    f = result.form.funding
    if only_year_budget(result.form, result.text):
        f.total = f.current_year
        where = result.provenance.get("funding.current_year", "")
        result.provenance["funding.total"] = where
        result.how["funding.total"] = result.how.get("funding.current_year", "table")
        result.warnings.append(f"文本中没有读到资金总额，资金总额按当年预算 {f.current_year:g} 万元填入（{where}，请核对）。")
    elif span_total(result.form, result.text):
        result.unchecked.append("funding")
        result.warnings.append(f"资金总额 {f.total:g} 万元是项目（或中期）总预算，不是本年度各资金来源之和，未作加总核对。")


_SCRAMBLED = {"text-dump", "text-queue"}   # reads of a PDF dump, where labels and values print apart: an empty
                                          # field there is one not placed (rows and cells show a blank as blank)
# the header of an indicator table, wrapped or not; or rows of one with no header ('数量指标足额保障率=100%')
_INDICATOR_TABLE = lazy(r"[一三]级\s*指\s*标|(?:数量|质量|时效|成本)\s*指\s*标[^。\n]{1,40}?(?:[=≥≤＞＜><]\s*\d|\d\s*[%％])")


_EXT_FORMAT = {"pdf": "pdf", "docx": "docx", "xlsx": "xlsx", "xls": "xls", "doc": "doc", "wps": "doc", "et": "xls",
               "html": "html", "htm": "html", "mhtml": "mhtml", "mht": "mhtml", "png": "image", "jpg": "image",
               "jpeg": "image", "tif": "image", "tiff": "image", "txt": "txt", "md": "txt", "json": "json"}


# words that only a 申报表 (or a report about one) holds: a text with none of them is no form at all
_ABOUT_A_FORM = lazy(r"[绩績]效|指[标標]|[预預][算筭]|[项項]目|[资資][金]|申[报報]|自[评評]|目[标標]")


def _nothing_read(form: dict) -> bool:
    """No field of the form holds anything: a text, a page or a scan that is no 申报表 (or not one we can read)."""
    def empty(v) -> bool:
        if isinstance(v, dict):
            return all(empty(x) for x in v.values())
        return v in (None, "", [], 0)
    return all(empty(v) for k, v in form.items())


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8-sig")
        return True
    except UnicodeDecodeError:
        return False


def read_path(path: str | Path) -> ImportResult:
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise ReadError(name, "文件不存在。")
    except OSError as e:
        raise ReadError(name, f"无法打开文件（{e.strerror or e}）。")
    if p.is_dir():
        raise ReadError(name, "这是一个文件夹，不是文件。")
    if size > MAX_FILE_BYTES:
        raise ReadError(name, f"文件过大（{human_size(size)}），上限为 {human_size(MAX_FILE_BYTES)}。")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ReadError(name, f"无法打开文件（{e.strerror or e}）。")
    return read_bytes(data, name)


def formats() -> list[str]:
    _load()
    return sorted(_READERS)


def _load() -> None:
    """Every reader registered (a test that replaces one in _READERS loads them first)."""
    for fmt in _MODULES:
        _reader(fmt)


# the module that registers each format's reader, imported on first use (heavy parsers load only when needed:
# a JSON check never loads openpyxl or PDFium)
_MODULES = {"json": "json_reader", "docx": "docx_reader", "xlsx": "xlsx_reader", "xls": "xls_reader",
            "html": "html_reader", "mhtml": "mhtml", "doc": "legacy_office", "pdf": "pdf_reader",
            "image": "scan_reader", "txt": "text_reader"}


def _reader(fmt: str) -> Reader | None:
    if fmt not in _READERS and fmt in _MODULES:
        mod = f"{__name__}.{_MODULES[fmt]}"
        try:
            __import__(mod)
        except ModuleNotFoundError as e:
            if e.name != mod:
                raise
    return _READERS.get(fmt)

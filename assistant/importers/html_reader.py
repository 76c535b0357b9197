"""Saved web pages (.html/.htm, and .mhtml through mhtml.py): tables as grids, the other text as lines.

Disclosures are published as web pages, and many systems export "Excel" files that are HTML.
lxml's HTML parser reads the page (no network, no DTD or entity expansion — an ``<!ENTITY>`` stays
text —, nothing executed: script, style and hidden elements are skipped). A table's rowspan/colspan
are laid out into grid columns as the Word reader gives them: a cell spanning columns is one cell
at its first column, and a cell spanning rows repeats its text below with ``merged_up``. A table
that holds other tables is page layout: its cells are walked as page content.
"""
from __future__ import annotations

import codecs
import re

import lxml.html
from lxml import etree

from ..errors import ReadError
from . import ImportResult, register
from .grid import Cell, Line, Table, extract
from .limits import MAX_CELLS
from .safety import parser_guard

MAX_SPAN = 64                 # a colspan/rowspan beyond this is a broken page, not a form
_PARSER = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=False)
_SKIP = {"script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed", "select", "button"}
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "section", "article", "header",
          "footer", "blockquote", "pre", "center", "form", "ul", "ol", "dl", "address", "caption", "hr", "body"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_GB = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312", "csgb2312"}


@register("html")
def read_html(data: bytes, name: str, charset: str | None = None, fmt: str = "html") -> ImportResult:
    text = decode(data, charset)
    with parser_guard(name, "网页文件"):
        try:
            root = lxml.html.document_fromstring(_XML_DECL.sub("", text, count=1), parser=_PARSER)
        except etree.ParserError as e:      # an empty document
            raise ReadError(name, "网页没有正文内容。") from e
        blocks = Walker(name).blocks(root)
    if not any(isinstance(b, Table) and b.rows or isinstance(b, Line) and b.text.strip() for b in blocks):
        raise ReadError(name, "网页没有正文内容。")
    form, st = extract(blocks)
    lines = [b.text for b in blocks if isinstance(b, Line)]
    return ImportResult(form=form, format=fmt, provenance=st.provenance, unplaced=st.unplaced,
                        warnings=st.warnings, text="\n".join(lines))


def decode(data: bytes, charset: str | None = None) -> str:
    """The page's text: the BOM, then the declared charset (HTTP header or <meta>), then UTF-8, then GB18030.
    Pages labelled gb2312/gbk are decoded as GB18030, their superset (such pages often hold GBK-only characters)."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace").lstrip("\ufeff")
    declared = charset or ((m := _CHARSET.search(data[:4096])) and m.group(1).decode("ascii", "replace"))
    candidates = [_codec(declared)] if declared else []
    for enc in candidates + ["utf-8", "gb18030"]:
        if enc is None:
            continue
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("gb18030", errors="replace")


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    if label in _GB:
        return "gb18030"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


class Walker:
    """Document order: text between block boundaries becomes a Line, a leaf table becomes a Table."""

    def __init__(self, name: str):
        self.name, self.out, self.buf, self.tables, self.cells = name, [], [], 0, 0

    def blocks(self, root) -> list:
        body = root.find("body")
        self._walk(body if body is not None else root)
        self._flush()
        return self.out

    def _flush(self) -> None:
        text = _squash("".join(self.buf))
        self.buf = []
        if text:
            self.out.append(Line(text, "网页正文"))

    def _walk(self, el) -> None:
        for child in el:
            if _skipped(child):
                self._tail(child)
                continue
            tag = child.tag
            if tag == "table":
                self._flush()
                if child.find(".//table") is not None:
                    self._layout_table(child)
                else:
                    self._table(child)
            elif tag == "br":
                self._flush()
            elif tag in _BLOCK or tag in ("tr", "td", "th"):
                self._flush()
                self.buf.append(child.text or "")
                self._walk(child)
                self._flush()
            else:
                self.buf.append(child.text or "")
                self._walk(child)
            self._tail(child)

    def _tail(self, child) -> None:
        if child.tail:
            self.buf.append(child.tail)

    def _layout_table(self, table) -> None:
        """A table used for page layout (it holds tables): its cells are page content, in order."""
        for row in _rows(table):
            for cell in _cells(row):
                self.buf.append(cell.text or "")
                self._walk(cell)
                self._flush()

    def _table(self, table) -> None:
        self.tables += 1
        n = self.tables
        rows: list[list[Cell]] = []
        spans: list[tuple[int, int, int, str]] = []     # (first column, columns, last row, text) of each rowspan
        trs = _rows(table)
        for r, tr in enumerate(trs):
            above = [s for s in spans if s[2] >= r]
            taken = {c for first, width, _last, _t in above for c in range(first, first + width)}
            row = [Cell(text, first, f"表{n} 第{r + 1}行 第{first + 1}列", merged_up=True)
                   for first, _w, _last, text in above]
            col = 0
            for td in _cells(tr):
                while col in taken:
                    col += 1
                width, down = _span(td, "colspan"), min(_span(td, "rowspan"), len(trs) - r)
                text = cell_text(td)
                row.append(Cell(text, col, f"表{n} 第{r + 1}行 第{col + 1}列"))
                if down > 1:
                    spans.append((col, width, r + down - 1, text))
                col += width
            row.sort(key=lambda cell: cell.col)
            self.cells += len(row)
            if self.cells > MAX_CELLS:
                raise ReadError(self.name, f"网页表格单元格过多（超过 {MAX_CELLS} 个），拒绝读取。")
            rows.append(row)
        self.out.append(Table(rows))


def _span(td, attr: str) -> int:
    m = re.match(r"\s*(\d+)", td.get(attr) or "")
    return min(max(int(m.group(1)), 1), MAX_SPAN) if m else 1


def _rows(table) -> list:
    """The table's own rows (in thead/tbody/tfoot or directly under it), not a nested table's."""
    out = []
    for child in table:
        if child.tag == "tr":
            out.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            out.extend(tr for tr in child if tr.tag == "tr")
    return out


def _cells(tr) -> list:
    return [td for td in tr if td.tag in ("td", "th") and not _skipped(td)]


def _skipped(el) -> bool:
    if not isinstance(el.tag, str):        # comments, processing instructions, entities left as nodes
        return True
    return el.tag in _SKIP or el.get("hidden") is not None or bool(_HIDDEN.search(el.get("style") or ""))


def cell_text(td) -> str:
    """A cell's text: <br> and block elements start a new line; spaces as a browser shows them."""
    parts: list[str] = []

    def walk(el):
        for child in el:
            if _skipped(child):
                parts.append(child.tail or "")
                continue
            if child.tag == "br" or child.tag in _BLOCK:
                parts.append("\n")
            parts.append(child.text or "")
            walk(child)
            if child.tag in _BLOCK:
                parts.append("\n")
            parts.append(child.tail or "")

    parts.append(td.text or "")
    walk(td)
    lines = (_squash(x) for x in "".join(parts).split("\n"))
    return "\n".join(x for x in lines if x)


def _squash(text: str) -> str:
    return re.sub(r"[ \t\r\n\f\u00a0\u3000]+", " ", text).strip()

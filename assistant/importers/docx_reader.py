"""Word (.docx) declarations: paragraphs and tables in body order, merged cells resolved once."""
from __future__ import annotations

from lxml import etree

from ..errors import ReadError
from . import ImportResult, register
from .grid import Cell, Line, Table, extract, unread_fields
from .limits import MAX_CELLS, check_zip
from .safety import parser_guard

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_P, W_TBL, W_TR, W_TC, W_T = W + "p", W + "tbl", W + "tr", W + "tc", W + "t"
W_TCPR, W_SPAN, W_VMERGE, W_VAL = W + "tcPr", W + "gridSpan", W + "vMerge", W + "val"
_BREAKS = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n"}
# no entities, no network, no huge trees: the XML comes from an untrusted file
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
MAX_TABLE_DEPTH = 3


@register("docx")
def read_docx(data: bytes, name: str) -> ImportResult:
    zf = check_zip(data, name)
    with parser_guard(name, "Word 文件"):
        root = etree.fromstring(zf.read("word/document.xml"), _PARSER)
        body = root.find(W + "body")
        if body is None:
            raise ReadError(name, "Word 文件没有正文（word/document.xml 中缺少 body）。")
        blocks = list(_blocks(body, name))
    form, st = extract(blocks)
    return ImportResult(form=form, format="docx", provenance=st.provenance, unplaced=st.unplaced,
                        how=st.how, unread=unread_fields(st), warnings=st.warnings)


def _blocks(body, name: str):
    tcount = 0
    cells = 0
    for child in _children(body):
        if child.tag == W_P:
            yield Line(_para_text(child), "正文段落")
        elif child.tag == W_TBL:
            tcount += 1
            table = _table(child, tcount)
            cells += sum(len(r) for r in table.rows)
            if cells > MAX_CELLS:
                raise ReadError(name, f"表格单元格过多（超过 {MAX_CELLS} 个），拒绝读取。")
            yield table


def _table(tbl, n: int, depth: int = 0) -> Table:
    rows: list[list[Cell]] = []
    above: dict[int, Cell] = {}
    for r, tr in enumerate(c for c in _children(tbl) if c.tag == W_TR):
        row: list[Cell] = []
        col = 0
        for tc in (c for c in _children(tr) if c.tag == W_TC):
            span, vmerge = _merge_props(tc)
            where = f"表{n} 第{r + 1}行 第{col + 1}列"
            if vmerge == "continue":
                top = above.get(col)
                cell = Cell(top.text if top else "", col, where, merged_up=True)
            else:
                cell = Cell(_cell_text(tc, depth), col, where)
                above[col] = cell
            row.append(cell)
            col += max(1, span)
        rows.append(row)
    return Table(rows)


def _children(el):
    """Child elements, looking through content controls (w:sdt) and tracked insertions."""
    for child in el.iterchildren():
        if child.tag in (W + "sdt", W + "sdtContent", W + "ins", W + "customXml", W + "smartTag"):
            yield from _children(child)
        else:
            yield child


def _merge_props(tc) -> tuple[int, str | None]:
    pr = tc.find(W_TCPR)
    if pr is None:
        return 1, None
    span_el, vm = pr.find(W_SPAN), pr.find(W_VMERGE)
    try:
        span = int(span_el.get(W_VAL, "1")) if span_el is not None else 1
    except ValueError:
        span = 1
    vmerge = None if vm is None else (vm.get(W_VAL) or "continue")
    return min(max(span, 1), 64), vmerge


def _para_text(p) -> str:
    parts = []
    for el in p.iter(W_T, *_BREAKS):
        parts.append((el.text or "") if el.tag == W_T else _BREAKS[el.tag])
    return "".join(parts)


def _cell_text(tc, depth: int) -> str:
    parts = []
    for child in _children(tc):
        if child.tag == W_P:
            parts.append(_para_text(child))
        elif child.tag == W_TBL and depth < MAX_TABLE_DEPTH:  # a nested table: its text, row by row
            inner = _table(child, 0, depth + 1)
            parts.extend(" ".join(c.text for c in row if c.text and not c.merged_up) for row in inner.rows)
    return "\n".join(parts)

"""Scans of forms in real layouts (eval/scan_layouts.py): what OCR gives back on them, read by the table grid.

The grids here are the rows OCR's table finder gave on the rendered scans of eval/scan_layouts.py (cell texts as
recognised, merged cells' continuations marked), so the tests run without OCR; the recognised-line step is tested on
lines as the recogniser returned them.
"""
from __future__ import annotations

import numpy as np

from assistant.importers.grid import Cell, Line, Table, extract, unread_fields
from assistant.importers.ocr import TextLine, to_page
from assistant.importers.scan import POINTS_PER_PIXEL as POINTS


def _table(*rows) -> list:
    """Rows of (column, text) — a text ending in '^' is a merged cell's continuation — as OCR's blocks."""
    out = []
    for r, row in enumerate(rows, start=1):
        out.append([Cell(t.rstrip("^"), col, f"第1页 表1 第{r}行 第{col + 1}列", merged_up=t.endswith("^"))
                    for col, t in row])
    return [Line("项目支出绩效目标申报表", "第1页"), Table(out)]


def _read(blocks):
    form, st = extract(blocks, method="ocr")
    return form.to_json(), st


def test_a_ticked_box_ocr_cannot_tell_from_an_empty_one_is_not_read_as_the_other_option():
    # '☑新增 □延续' comes back '新增口延续' (the tick lost, the empty box read 口): the 口 after 新增 is no proof that
    # 新增 is not ticked — the attribute is left unread (待核实), never read as 延续
    for text in ("新增口延续", "口新增口延续", "延续项目口新增项目口"):
        form, st = _read(_table([(0, "项目名称"), (1, "某某项目")], [(0, "项目属性"), (1, text)]))
        assert form["attribute"] == "", text
        assert "attribute" in unread_fields(st)
        assert any("打了勾" in w for w in st.warnings)
    form, st = _read(_table([(0, "项目名称"), (1, "某某项目")], [(0, "项目属性"), (1, "☑新增口延续")]))
    assert form["attribute"] == "新增"           # a tick read as a tick is read


def test_a_money_note_whose_closing_bracket_ocr_lost_is_still_the_section_label():
    # '项目资金（万元）' wrapped its '）' onto a line of its own, which the detector did not find
    form, _ = _read(_table([(0, "项目资金（万元"), (1, "资金总额"), (2, "上年结转"), (3, "当年财政拨款"), (4, "其他资金")],
                           [(0, "项目资金（万元^"), (1, "34万元"), (2, "6.8"), (3, "27.2万"), (4, "0")]))
    assert form["funding"] == {"total": 34.0, "carryover": 6.8, "current_year": 27.2, "other": 0.0}


def test_a_funding_header_whose_second_row_splits_the_appropriation_is_read_in_a_table_grid():
    # 本年度预计投入 | 财政资金 (中央 | 省级 | 市级 | 本级) | 其他, the values in the third row: the total and 其他 are fields,
    # the sources of 财政资金 are not
    form, _ = _read(_table(
        [(0, "专项资金情况"), (1, "本年度预计投入（万元）"), (2, "财政资金（万元）"), (6, "其他")],
        [(0, "专项资金情况^"), (1, "本年度预计投入（万元）^"), (2, "中央"), (3, "省级"), (4, "市级"), (5, "本级"), (6, "其他^")],
        [(0, "专项资金情况^"), (1, "290"), (2, "0"), (3, "0"), (4, "0"), (5, "290"), (6, "0")]))
    assert form["funding"] == {"total": 290.0, "carryover": None, "current_year": None, "other": 0.0}


def test_in_a_table_grid_an_amount_ocr_did_not_find_leaves_only_its_own_column_unread():
    # the 中央 cell's lone 0 was not found: the other amounts are still under their labels' columns
    form, _ = _read(_table(
        [(0, "专项资金情况"), (1, "本年度预计投入（万元"), (2, "财政资金（万元）"), (6, "其他")],
        [(0, "专项资金情况^"), (1, "本年度预计投入（万元^"), (2, "中央"), (3, "省级"), (4, "市级"), (5, "本级"), (6, "其他^")],
        [(0, "专项资金情况^"), (1, "23"), (2, ""), (3, "0"), (4, "0"), (5, "20.7万"), (6, "0")]))
    assert form["funding"] == {"total": 23.0, "carryover": None, "current_year": None, "other": 0.0}
    form, _ = _read(_table(                   # 其他's amount not found: 其他 unread, never the 本级 amount beside it
        [(0, "专项资金情况"), (1, "本年度预计投入（万元）"), (2, "财政资金（万元）"), (6, "其他")],
        [(0, "专项资金情况^"), (1, "本年度预计投入（万元）^"), (2, "中央"), (3, "省级"), (4, "市级"), (5, "本级"), (6, "其他^")],
        [(0, "专项资金情况^"), (1, "23"), (2, "0"), (3, "0"), (4, "0"), (5, "20.7"), (6, "")]))
    assert form["funding"] == {"total": 23.0, "carryover": None, "current_year": None, "other": None}


def test_a_lone_round_glyph_is_the_digit_zero():
    # a blank amount printed 0 alone in its cell: the recogniser reads the letter o
    lines = [TextLine("o", (100.0, 100.0, 122.0, 128.0), [("o", 100.0, 122.0)], 0.9),
             TextLine("O", (300.0, 100.0, 322.0, 128.0), [("O", 300.0, 322.0)], 0.9),
             TextLine("Oo型", (500.0, 100.0, 560.0, 128.0), [("O", 500.0, 520.0), ("o", 520.0, 540.0), ("型", 540.0, 560.0)], 0.9)]
    page = to_page(np.full((400, 800), 255, np.uint8), lines)
    assert page.text.split("\n") == ["0", "0", "Oo型"]           # a glyph among others is read as it is
    assert [c["text"] for c in page.chars] == ["0", "0", "O", "o", "型"]


def test_a_sign_ocr_could_not_read_is_said_and_no_letter_goes_into_the_value():
    form, st = _read(_table(
        [(0, "项目名称"), (1, "某某项目")],
        [(0, "一级指标"), (1, "二级指标"), (2, "三级指标"), (3, "指标性质"), (4, "指标方向"), (5, "目标值"), (6, "计量单位"),
         (7, "分值")],
        [(0, "产出指标"), (1, "数量指标"), (2, "日常养护里程"), (3, "正向"), (4, "="), (5, "242"), (6, "公里"), (7, "10")],
        [(0, "产出指标"), (1, "数量指标"), (2, "路面修补面积"), (3, "正向"), (4, "N"), (5, "32620"), (6, "平方米"), (7, "10")]))
    assert [i["value"] for i in form["indicators"]] == ["=242公里", "32620平方米"]
    assert [w for w in st.warnings if "比较符号" in w] == \
        ["第1页 表1 第4行 第1列 的指标“路面修补面积”的比较符号一格识别为“N”，不是≥、≤、=，指标值“32620平方米”未带比较符号，请核对原表。"]


def _signs_page():
    """A grey page with signs drawn stroke by stroke as a 150-dpi scan prints them (about 13 pixels wide), each alone
    in a place no text line covers, and two text lines (one of them a sign read as the letter N)."""
    from PIL import Image, ImageDraw
    img = Image.new("L", (900, 300), 255)
    d = ImageDraw.Draw(img)

    def chevron(x, y, right):
        tip, back = (x + 12, x) if right else (x, x + 12)
        d.line([(back, y), (tip, y + 5), (back, y + 10)], fill=0, width=2)
        d.line([(x, y + 14), (x + 12, y + 14)], fill=0, width=2)
    chevron(100, 100, True)                                   # ≥
    chevron(200, 100, False)                                  # ≤
    d.line([(300, 104), (312, 104)], fill=0, width=2)         # =
    d.line([(300, 110), (312, 110)], fill=0, width=2)
    d.line([(402, 104), (410, 104)], fill=0, width=2)         # 二 (the upper stroke shorter): no sign
    d.line([(400, 112), (414, 112)], fill=0, width=2)
    d.line([(500, 108), (512, 108)], fill=0, width=2)         # a dash alone: no sign
    chevron(600, 100, True)                                   # ≥ read as 'N'
    return np.asarray(img)


def test_a_comparison_sign_alone_in_its_cell_is_read_from_its_strokes():
    lines = [TextLine("达标", (700.0, 95.0, 760.0, 125.0), [("达", 700.0, 730.0), ("标", 730.0, 760.0)], 0.99),
             TextLine("N", (597.0, 97.0, 615.0, 118.0), [("N", 597.0, 615.0)], 0.9)]
    page = to_page(_signs_page(), lines)
    got = sorted((c["x0"] / POINTS, c["text"]) for c in page.chars)
    assert [t for _x, t in got] == ["≥", "≤", "=", "≥", "达", "标"]
    assert [round(x) for x, t in got if t in "≥≤="] == [100, 200, 300, 600]


def test_the_eval_draws_a_merged_cell_as_one_box():
    import random

    import pytest
    from eval.scan_layouts import font_path, render, sample
    font = font_path()
    if font is None:
        pytest.skip("no font with Chinese characters (fc-list :lang=zh)")
    grid = [["项目支出绩效目标申报表", None, None], ["项目名称", "某某项目", None], ["项目资金", "资金总额", "10"],
            ["^", "其他资金", "0"]]
    pages = render(grid, 1, random.Random(1), font)
    assert len(pages) == 1 and pages[0].size == (1240, 1754)
    px = np.asarray(pages[0]) < 128
    ys = [y for y in range(px.shape[0]) if px[y].sum() > 1000]             # the rulings across the whole table
    ys = [y for k, y in enumerate(ys) if not k or y - ys[k - 1] > 3]

    def crossings(y):                                                      # vertical lines a row's top edge meets
        return int((np.diff(px[y].astype(int)) == 1).sum())
    assert len(ys) == 3                             # top, under 项目名称, bottom: 项目资金's box runs through two rows
    assert (crossings(ys[0] + 6), crossings(ys[1] + 6)) == (3, 4)         # 某某项目 spans the line 资金总额 | 10 have
    names = [name for name, *_ in sample(3)]
    assert len(names) == 3 and names[0].endswith("-plain") and names[1].endswith("-standard")

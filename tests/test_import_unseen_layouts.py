"""The 36 gold forms rendered into regional layouts the dev corpus never uses, then imported back.

Each layout is a plausible template from domain/brief.md §1.2 (湘潭 2023, 乌海 2021, 南宁 system export,
武汉青山 长期/年度 column pairs, 财预〔2021〕101号 trees, 佳县 separate indicator tables), built with
python-docx / openpyxl. A layout returns the file and the form it expresses: the gold form, changed only
where the layout itself says something else (101号 moves 成本指标 to level 1; a layout that writes one goal
per row writes more goals). The import must give back that form on every field score.py checks,
plus scope and level1 of each indicator.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook

from assistant.importers import read_bytes
from assistant.values import parse_value

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
GOLD = sorted(p for p in CORPUS.glob("*.json"))
MERGE_LEFT, MERGE_UP = None, "^"


def gold_form(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["form"]


# --- building files from a grid: None = merged with the cell on the left, "^" = merged with the cell above ----------
def _runs(grid: list[list]):
    """(r0, c0, r1, c1) for every merged block of the grid."""
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v is MERGE_LEFT or v == MERGE_UP:
                continue
            c1 = c
            while c1 + 1 < len(row) and row[c1 + 1] is MERGE_LEFT:
                c1 += 1
            r1 = r
            while r1 + 1 < len(grid) and c < len(grid[r1 + 1]) and grid[r1 + 1][c] == MERGE_UP:
                r1 += 1
            if (r1, c1) != (r, c):
                yield r, c, r1, c1


def _pad(grid: list[list]) -> list[list]:
    width = max(len(r) for r in grid)
    return [list(r) + [""] * (width - len(r)) for r in grid]


def add_docx_table(doc, grid: list[list]) -> None:
    grid = _pad(grid)
    t = doc.add_table(rows=len(grid), cols=len(grid[0]))
    for r, row in enumerate(grid):
        cells = t.rows[r].cells
        for c, v in enumerate(row):
            if v is not MERGE_LEFT and v != MERGE_UP and v != "":
                cells[c].text = str(v)
    for r0, c0, r1, c1 in _runs(grid):
        t.cell(r0, c0).merge(t.cell(r1, c1))


def docx_bytes(parts: list) -> bytes:
    """parts: strings (paragraphs) and grids (tables), in order."""
    doc = Document()
    for p in parts:
        if isinstance(p, str):
            doc.add_paragraph(p)
        else:
            add_docx_table(doc, p)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def fill_sheet(ws, grid: list[list]) -> None:
    grid = _pad(grid)
    for r, row in enumerate(grid, start=1):
        for c, v in enumerate(row, start=1):
            if v is not MERGE_LEFT and v != MERGE_UP and v != "":
                ws.cell(r, c, v)
    for r0, c0, r1, c1 in _runs(grid):
        ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)


def xlsx_bytes(sheets: list[tuple[str, list[list]]]) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for title, grid in sheets:
        fill_sheet(wb.create_sheet(title), grid)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- writing values the way other templates do ----------------------------------------------------------------------
def wan(x) -> str:
    return "" if x is None else f"{x:g}"


def yuan(x, commas: bool = False) -> str:
    if x is None:
        return ""
    n = round(x * 10000, 2)
    return f"{n:,.2f}" if commas else f"{n:.2f}".rstrip("0").rstrip(".")


def month_cn(m: str) -> str:
    y, mo = m.split("-")
    return f"{y}年{int(mo)}月"


def period_cn(f: dict) -> str:
    return f"{month_cn(f['start'])}至{month_cn(f['end'])}"


def date_cn(d: str) -> str:
    y, m, day = d.split("-")
    return f"{y}年{int(m)}月{int(day)}日"


def goals_numbered(goals: list[str]) -> str:
    return "\n".join(f"{i}.{g}" for i, g in enumerate(goals, start=1))


def split_value(value: str) -> tuple[str, str, str]:
    """('≥', '95', '%') when the value is 'op number unit' exactly; ('', text, '') otherwise (定性 / prose)."""
    m = re.fullmatch(r"(≥|≤|=|>|<)?(\d+(?:\.\d+)?)([^\d≥≤=<>]*)", value)
    if m and parse_value(value).number is not None and not parse_value(value).is_date:
        return m.group(1) or "", m.group(2), m.group(3)
    return "", value, ""


def shown(inds: list[dict]) -> list[dict]:
    return [i for i in inds if i["name"] or i["value"]]


def level_grid(inds: list[dict], cols) -> list[list]:
    """Indicator rows with 一级/二级 merged down over equal neighbours; cols(ind) gives the cells after 二级."""
    rows = []
    for k, ind in enumerate(inds):
        same1 = k and inds[k - 1]["level1"] == ind["level1"]
        same2 = same1 and inds[k - 1]["level2"] == ind["level2"]
        rows.append([MERGE_UP if same1 else ind["level1"], MERGE_UP if same2 else ind["level2"]] + cols(ind))
    return rows


def multi_goals(f: dict) -> dict:
    """The same form with each goal written as several goals, split at its clauses (one row per goal)."""
    f = copy.deepcopy(f)
    for scope, goals in f["goals"].items():
        f["goals"][scope] = [p for g in goals for p in (s.strip() for s in re.split(r"，", g)) if p]
    return f


# --- layouts ----------------------------------------------------------------------------------------------------------
def xiangtan_docx(f: dict) -> tuple[bytes, str, dict]:
    """湘潭 2023: title row （YYYY年度）, two pairs per row, 项目类别/实施期, funding header row with 元 values below,
    实施期/本年度绩效目标 as '1.… 2.…', 指标值及单位 + 绩效标准 columns."""
    fd = f["funding"]
    top = [
        ["项目支出绩效目标申报表", MERGE_LEFT, MERGE_LEFT, MERGE_LEFT, MERGE_LEFT, MERGE_LEFT],
        [f"（{f['year']}年度）", MERGE_LEFT, MERGE_LEFT, MERGE_LEFT, MERGE_LEFT, MERGE_LEFT],
        ["项目名称", f["project_name"], MERGE_LEFT, MERGE_LEFT, MERGE_LEFT, MERGE_LEFT],
        ["主管部门及代码", f"{f['department']} {f['department_code']}", MERGE_LEFT, "实施单位", f["unit"], MERGE_LEFT],
        ["项目负责人", f["unit_head"], MERGE_LEFT, "联系电话", f["unit_phone"], MERGE_LEFT],
        ["功能分类科目", f["function_code"], MERGE_LEFT, "项目类别", f["attribute"], MERGE_LEFT],
        ["实施期", period_cn(f), MERGE_LEFT, MERGE_LEFT, MERGE_LEFT, MERGE_LEFT],
        ["项目资金（元）", "资金总额", "上年结转", "当年财政拨款", "其他资金", MERGE_LEFT],
        [MERGE_UP, yuan(fd["total"]), yuan(fd["carryover"]), yuan(fd["current_year"]), yuan(fd["other"]), MERGE_LEFT],
        ["实施期绩效目标", goals_numbered(f["goals"]["long_term"]), MERGE_LEFT, MERGE_LEFT, MERGE_LEFT, MERGE_LEFT],
        ["本年度绩效目标", goals_numbered(f["goals"]["annual"]), MERGE_LEFT, MERGE_LEFT, MERGE_LEFT, MERGE_LEFT],
        ["项目预算明细", "明细项目", MERGE_LEFT, "金额（元）", "实施周期", MERGE_LEFT],
    ]
    for b in f["budget_items"]:
        top.append([MERGE_UP, b["name"], MERGE_LEFT, yuan(b["amount"]), f"{b['start']}至{b['end']}", MERGE_LEFT])
    top.append([MERGE_UP, "合计", MERGE_LEFT, yuan(sum(b["amount"] for b in f["budget_items"])), "", MERGE_LEFT])
    ind = [["一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准"]]
    ind += level_grid(shown(f["indicators"]), lambda i: [i["name"], i["value"], "计划标准"])
    sign = f"单位负责人：          填表人：{f['filler']}          填表日期：{date_cn(f['fill_date'])}"
    return docx_bytes(["说明：本表金额单位为元。", top, "项目绩效指标", ind, sign]), "xiangtan.docx", f


def wuhai2021_xlsx(f: dict) -> tuple[bytes, str, dict]:
    """乌海 2021: instructions on the first sheet, form on the second; labels merged over two columns, 项目类别 and
    项目属性, funding as a label block in 万元, one goal per row under a merged label, indicators with
    指标性质 (正向/反向) | 指标方向 | 目标值 | 计量单位 | 分值."""
    f = multi_goals(f)
    fd = f["funding"]
    notes = [["填报说明"], ["1. 项目名称：应与部门预算中的项目名称一致。"], ["2. 金额单位：万元，保留两位小数。"],
             ["3. 项目属性：填写新增或延续。"], ["4. 指标性质：正向指标填“正向”，反向指标填“反向”。"]]
    W = 8
    g = [["项目支出绩效目标申报表"] + [MERGE_LEFT] * (W - 1),
         [f"（{f['year']}年度）"] + [MERGE_LEFT] * (W - 1),
         ["项目名称", MERGE_LEFT, f["project_name"]] + [MERGE_LEFT] * 5,
         ["项目类别", MERGE_LEFT, "(31)部门预算项目", MERGE_LEFT, "归口科室", MERGE_LEFT, "行政政法科", MERGE_LEFT],
         ["主管部门", MERGE_LEFT, f"({f['department_code']}){f['department']}", MERGE_LEFT, MERGE_LEFT,
          "项目属性", f["attribute"], MERGE_LEFT],
         ["实施单位", MERGE_LEFT, f["unit"], MERGE_LEFT, MERGE_LEFT, "支出功能分类", f["function_code"], MERGE_LEFT],
         ["项目负责人及联系电话", MERGE_LEFT, f"{f['unit_head']} {f['unit_phone']}", MERGE_LEFT, MERGE_LEFT,
          "实施周期", f"{f['start']}—{f['end']}", MERGE_LEFT],
         ["项目资金（万元）", MERGE_LEFT, "资金总额", MERGE_LEFT, wan(fd["total"]), MERGE_LEFT, MERGE_LEFT, MERGE_LEFT],
         [MERGE_UP, MERGE_LEFT, "其中：当年财政拨款", MERGE_LEFT, wan(fd["current_year"]), MERGE_LEFT, MERGE_LEFT, MERGE_LEFT],
         [MERGE_UP, MERGE_LEFT, "上年结转资金", MERGE_LEFT, wan(fd["carryover"]), MERGE_LEFT, MERGE_LEFT, MERGE_LEFT],
         [MERGE_UP, MERGE_LEFT, "其他资金", MERGE_LEFT, wan(fd["other"]), MERGE_LEFT, MERGE_LEFT, MERGE_LEFT]]
    for label, goals in (("总体绩效目标", f["goals"]["long_term"]), ("年度绩效目标", f["goals"]["annual"])):
        for k, goal in enumerate(goals or [""]):
            g.append([MERGE_UP if k else label, MERGE_LEFT, f"目标{k + 1}：{goal}" if goal else ""] + [MERGE_LEFT] * 5)
    g.append(["明细项目名称", MERGE_LEFT, MERGE_LEFT, "金额（万元）", "开始时间", "结束时间", "测算依据", MERGE_LEFT])
    for b in f["budget_items"]:
        g.append([b["name"], MERGE_LEFT, MERGE_LEFT, b["amount"], b["start"], b["end"], "按实际需求测算", MERGE_LEFT])
    g.append(["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位", "分值"])

    def cols(i):
        op, num, unit = split_value(i["value"])
        return [i["name"], "反向" if op == "≤" else "正向", op or ("定性" if not unit and not re.fullmatch(r"\d.*", num) else ""),
                num, unit, 10]
    g += level_grid(shown(f["indicators"]), cols)
    y, m, d = map(int, f["fill_date"].split("-"))
    g.append(["填报人", MERGE_LEFT, f["filler"], MERGE_LEFT, "填报日期", MERGE_LEFT, dt.datetime(y, m, d), MERGE_LEFT])
    return xlsx_bytes([("填报说明", notes), ("申报表", g)]), "wuhai2021.xlsx", f


LAYOUTS = [xiangtan_docx, wuhai2021_xlsx]


def facts(f: dict) -> dict:
    """What must survive the import, normalised like score.py (spaces, brackets, %, colons ignored)."""
    def n(s):
        return re.sub(r"[\s（）()%％:：]", "", str(s or "")).lower()
    out = {k: n(f.get(k)) for k in ("project_name", "department", "unit", "unit_head", "function_code", "attribute",
                                    "start", "end", "filler", "fill_date")}
    for k in ("total", "carryover", "current_year", "other"):
        v = (f.get("funding") or {}).get(k)
        out["funding." + k] = None if v is None else round(v, 4)
    out["budget_items"] = [(n(b["name"]), None if b["amount"] is None else round(b["amount"], 2)) for b in f.get("budget_items", [])]
    for scope in ("annual", "long_term"):
        out["goals." + scope] = [n(g) for g in (f.get("goals") or {}).get(scope, [])]
    out["indicators"] = [(i["scope"], n(i["level1"]), n(i["level2"]), n(i["name"]), n(i["value"]))
                         for i in shown(f.get("indicators", []))]
    return out


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda x: x.__name__)
def test_gold_forms_survive_an_unseen_layout(layout):
    failures = {}
    for path in GOLD:
        data, name, expected = layout(gold_form(path))
        got = read_bytes(data, name).form.to_json()
        want, have = facts(expected), facts(got)
        bad = {k: (want[k], have[k]) for k in want if want[k] != have[k]}
        if bad:
            failures[path.stem] = bad
    assert not failures, "\n".join(f"{k}: {v}" for k, v in list(failures.items())[:4]) + f"\n({len(failures)} forms)"

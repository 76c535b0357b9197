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
    notes = [["填报说明"], ["项目名称：应与部门预算中的项目名称一致。"], ["金额单位：万元，保留两位小数。"],
             ["项目属性：填写新增或延续。"], ["指标性质：正向指标填“正向”，反向指标填“反向”。"], ["填报人：填写经办人员姓名。"]]
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


def nanning_xlsx(f: dict) -> tuple[bytes, str, dict]:
    """南宁 budget-system export: '单位：元' above the form, amounts in 元 with thousands separators, 预算单位,
    项目期限 as dates, funding labels in one row and values in the row below, level-1 written on every
    indicator row, and a 指标解释 column."""
    fd = f["funding"]
    g = [[f"{f['year']}年项目支出绩效目标申报表", MERGE_LEFT, MERGE_LEFT, MERGE_LEFT, MERGE_LEFT],
         ["", "", "", "", "单位：元"],
         ["项目名称", f["project_name"], MERGE_LEFT, MERGE_LEFT, MERGE_LEFT],
         ["主管部门", f"[{f['department_code']}]{f['department']}", MERGE_LEFT, "预算单位", f["unit"]],
         ["项目负责人", f["unit_head"], MERGE_LEFT, "联系电话", f["unit_phone"]],
         ["项目类型", "02 履职类", MERGE_LEFT, "项目属性", f["attribute"]],
         ["功能科目", f"{f['function_code']}", MERGE_LEFT, "项目期限",
          f"{f['start']}-01至{f['end']}-{28 if f['end'].endswith('02') else 30}"],
         ["资金总额", "本年财政拨款", "上年结转", "其他资金", ""],
         [yuan(fd["total"], True), yuan(fd["current_year"], True), yuan(fd["carryover"], True),
          yuan(fd["other"], True), ""],
         ["支出内容", MERGE_LEFT, "金额", "测算依据", MERGE_LEFT]]
    for b in f["budget_items"]:
        g.append([b["name"], MERGE_LEFT, yuan(b["amount"], True), "据实测算", MERGE_LEFT])
    g.append(["合计", MERGE_LEFT, yuan(sum(b["amount"] for b in f["budget_items"]), True), "", MERGE_LEFT])
    for label, goals in (("中长期绩效目标", f["goals"]["long_term"]), ("年度绩效目标", f["goals"]["annual"])):
        g.append([label, " ".join(f"目标{k}：{x}" for k, x in enumerate(goals, start=1)), MERGE_LEFT, MERGE_LEFT, MERGE_LEFT])
    g.append(["一级指标", "二级指标", "三级指标", "指标值", "指标解释"])
    for i in shown(f["indicators"]):
        g.append([i["level1"], i["level2"], i["name"], i["value"], "实际完成数/计划数×100%"])
    g.append(["填报人", f["filler"], "", "填报日期", f["fill_date"].replace("-", "/")])
    return xlsx_bytes([("Sheet1", g)]), "nanning.xlsx", f


def qingshan_docx(f: dict) -> tuple[bytes, str, dict]:
    """武汉青山 2020: labels down the left, values merged across, 项目单位负责人及联系电话 in one cell, funding
    block in 万元 with 当年资金, and one indicator table carrying 中长期 and 年度 column groups side by side."""
    fd = f["funding"]
    W = 7
    g = [["项目名称", f["project_name"]] + [MERGE_LEFT] * (W - 2),
         ["主管部门及编码", f"[{f['department_code']}]{f['department']}"] + [MERGE_LEFT] * (W - 2),
         ["项目单位", f["unit"]] + [MERGE_LEFT] * (W - 2),
         ["项目单位负责人及联系电话", f"{f['unit_head']}，{f['unit_phone']}"] + [MERGE_LEFT] * (W - 2),
         ["预算功能科目", f["function_code"], MERGE_LEFT, MERGE_LEFT, "项目属性", f"{'☑' if f['attribute'] == '新增' else '□'}新增"
          f" {'☑' if f['attribute'] == '延续' else '□'}延续", MERGE_LEFT],
         ["项目实施起止时间", f"{f['start'].replace('-', '.')}-{f['end'].replace('-', '.')}"] + [MERGE_LEFT] * (W - 2),
         ["资金来源（万元）", "资金总额", wan(fd["total"]), "其中：财政拨款", wan(fd["current_year"]), MERGE_LEFT, MERGE_LEFT],
         [MERGE_UP, "上年结转", wan(fd["carryover"]), "其他资金", wan(fd["other"]), MERGE_LEFT, MERGE_LEFT],
         ["中长期目标（" + f["start"][:4] + "-" + str(int(f["start"][:4]) + 2) + "年）", goals_numbered(f["goals"]["long_term"])]
         + [MERGE_LEFT] * (W - 2),
         ["年度目标", goals_numbered(f["goals"]["annual"])] + [MERGE_LEFT] * (W - 2)]
    bud = [["项目预算明细（万元）", MERGE_LEFT, MERGE_LEFT], ["明细项目名称", "金额", "起止时间"]]
    bud += [[b["name"], wan(b["amount"]), f"{b['start']}~{b['end']}"] for b in f["budget_items"]]
    bud.append(["合计", wan(sum(b["amount"] for b in f["budget_items"])), ""])
    ind = [["一级指标", "中长期指标", MERGE_LEFT, MERGE_LEFT, "年度指标", MERGE_LEFT, MERGE_LEFT],
           [MERGE_UP, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"]]
    inds = shown(f["indicators"])
    ind += [row[:1] + [row[1], i["name"], i["value"], row[1], i["name"], i["value"]]
            for row, i in zip(level_grid(inds, lambda i: []), inds)]
    expected = copy.deepcopy(f)
    expected["indicators"] = [dict(i, scope=s) for i in inds for s in ("long_term", "annual")]
    sign = f"填报人：{f['filler']}    联系电话：{f['unit_phone']}    填报日期：{f['fill_date']}"
    return docx_bytes([f"{f['year']}年度项目支出绩效目标申报表", g, bud, ind, sign]), "qingshan.docx", expected


def mof101_docx(f: dict) -> tuple[bytes, str, dict]:
    """财预〔2021〕101号 style: 成本指标 as a level-1 group (经济成本指标), 项目开始/结束时间, budget with
    用途/数量/单价（元）/金额（万元）/测算依据, indicators split into 指标方向 | 目标值 | 计量单位 with a separate
    指标性质 (正向/反向) and a 权重 column."""
    expected = copy.deepcopy(f)
    for i in expected["indicators"]:
        if i["level2"] == "成本指标":
            i["level1"], i["level2"] = "成本指标", "经济成本指标"
    order = {"成本指标": 0, "产出指标": 1, "效益指标": 2, "满意度指标": 3}
    expected["indicators"] = sorted(expected["indicators"], key=lambda i: order.get(i["level1"], 9))
    fd = f["funding"]
    g = [["项目名称", f["project_name"], MERGE_LEFT, MERGE_LEFT, MERGE_LEFT],
         ["主管部门", f["department"], MERGE_LEFT, "主管部门编码", f["department_code"]],
         ["项目单位", f["unit"], MERGE_LEFT, "项目负责人", f["unit_head"]],
         ["支出功能分类科目", f["function_code"], MERGE_LEFT, "项目属性", f["attribute"]],
         ["项目开始时间", month_cn(f["start"]), MERGE_LEFT, "项目结束时间", month_cn(f["end"])],
         ["项目资金（万元）", "资金总额", "财政拨款", "上年结转资金", "其他资金"],
         [MERGE_UP, wan(fd["total"]), wan(fd["current_year"]), wan(fd["carryover"]), wan(fd["other"])],
         ["总体绩效目标", goals_numbered(f["goals"]["long_term"]), MERGE_LEFT, MERGE_LEFT, MERGE_LEFT],
         ["年度绩效目标", goals_numbered(f["goals"]["annual"]), MERGE_LEFT, MERGE_LEFT, MERGE_LEFT]]
    bud = [["用途", "数量", "单位", "单价（元）", "金额（万元）", "测算依据"]]
    bud += [[b["name"], "1", "项", yuan(b["amount"]), wan(b["amount"]), "按标准测算"] for b in f["budget_items"]]
    ind = [["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位", "权重（%）"]]

    def cols(i):
        op, num, unit = split_value(i["value"])
        return [i["name"], "反向" if op == "≤" else "正向", op if op or unit else "定性", num, unit, "10"]
    ind += level_grid(shown(expected["indicators"]), cols)
    sign = f"填报人（签字）：{f['filler']}        填报日期：{f['fill_date']}"
    return docx_bytes(["项目支出绩效目标申报表", g, "预算明细", bud, "绩效指标", ind, sign]), "mof101.docx", expected


def jiaxian_docx(f: dict) -> tuple[bytes, str, dict]:
    """佳县 2016: a 项目实施进度计划 table, goals one per row, and separate 长期 / 年度 indicator tables under their
    own headings with 指标内容 | 指标值 | 备注 columns."""
    f = multi_goals(f)
    fd = f["funding"]
    g = [["项目名称", f["project_name"], MERGE_LEFT, MERGE_LEFT],
         ["主管部门", f["department"], "项目实施单位", f["unit"]],
         ["项目负责人", f["unit_head"], "联系电话", f["unit_phone"]],
         ["功能科目编码", f["function_code"], "项目性质", f["attribute"]],
         ["项目执行期", f"{f['start']}至{f['end']}", MERGE_LEFT, MERGE_LEFT],
         ["资金总额（万元）", wan(fd["total"]), "本年度申请", wan(fd["current_year"])],
         ["上年结转", wan(fd["carryover"]), "自筹资金", wan(fd["other"])]]
    for label, goals in (("长期目标", f["goals"]["long_term"]), ("年度目标", f["goals"]["annual"])):
        for k, goal in enumerate(goals or [""]):
            g.append([MERGE_UP if k else label, f"{k + 1}. {goal}" if goal else "", MERGE_LEFT, MERGE_LEFT])
    plan = [["项目实施进度计划", MERGE_LEFT, MERGE_LEFT], ["实施内容", "开始时间", "完成时间"],
            ["前期准备", f["start"], f["start"]], ["组织实施", f["start"], f["end"]]]
    bud = [["项目支出明细", MERGE_LEFT, MERGE_LEFT], ["支出项目", "金额（万元）", "备注"]]
    bud += [[b["name"], wan(b["amount"]), ""] for b in f["budget_items"]]
    inds = shown(f["indicators"])
    table = [["一级指标", "二级指标", "指标内容", "指标值", "备注"]]
    table += level_grid(inds, lambda i: [i["name"], i["value"], ""])
    expected = copy.deepcopy(f)
    expected["indicators"] = [dict(i, scope="long_term") for i in inds] + [dict(i, scope="annual") for i in inds]
    sign = f"填表人：{f['filler']}  填表日期：{date_cn(f['fill_date'])}"
    return (docx_bytes(["项目支出绩效目标申报表", g, plan, bud, "长期绩效指标", table, "年度绩效指标", table, sign]),
            "jiaxian.docx", expected)


def city_generic_docx(f: dict) -> tuple[bytes, str, dict]:
    """Generic 市财政 template: other wordings (项目主管部门, 项目执行单位, 预算科目, 项目周期, 市本级财政资金,
    上年结余结转, 单位自筹, 费用名称/预算资金, 经办人, 编制日期), amounts in 元 named in each label, goals as
    '（1）…（2）…', and a two-row indicator header: 预期目标值 over 指标方向 | 数值 | 计量单位."""
    f = multi_goals(f)
    fd = f["funding"]
    g = [["项目名称", f["project_name"], MERGE_LEFT, MERGE_LEFT],
         ["项目主管部门", f["department"], "项目执行单位", f["unit"]],
         ["项目联系人", f["unit_head"], "联系电话", f["unit_phone"]],
         ["预算科目", f["function_code"], "项目性质", f"{f['attribute']}项目"],
         ["项目周期", f"{f['start'].replace('-', '年')}月-{f['end'].replace('-', '年')}月", MERGE_LEFT, MERGE_LEFT],
         ["资金总额（元）", yuan(fd["total"]), "其中：市本级财政资金（元）", yuan(fd["current_year"])],
         ["上年结余结转（元）", yuan(fd["carryover"]), "单位自筹（元）", yuan(fd["other"])],
         ["实施期目标", "".join(f"（{k}）{x}" for k, x in enumerate(f["goals"]["long_term"], start=1)), MERGE_LEFT, MERGE_LEFT],
         ["年度目标", "".join(f"（{k}）{x}" for k, x in enumerate(f["goals"]["annual"], start=1)), MERGE_LEFT, MERGE_LEFT]]
    bud = [["费用名称", "预算资金（元）", "测算依据"]] + [[b["name"], yuan(b["amount"]), "按市场价测算"] for b in f["budget_items"]]
    ind = [["一级指标", "二级指标", "三级指标", "预期目标值", MERGE_LEFT, MERGE_LEFT],
           [MERGE_UP, MERGE_UP, MERGE_UP, "指标方向", "数值", "计量单位"]]

    def cols(i):
        op, num, unit = split_value(i["value"])
        return [i["name"], op, num, unit]
    ind += level_grid(shown(f["indicators"]), cols)
    sign = f"经办人：{f['filler']}      编制日期：{date_cn(f['fill_date'])}"
    return docx_bytes(["项目支出绩效目标申报表", g, bud, ind, sign]), "city.docx", f


LAYOUTS = [xiangtan_docx, wuhai2021_xlsx, nanning_xlsx, qingshan_docx, mof101_docx, jiaxian_docx, city_generic_docx]


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

"""Forms as people paste them: the gold forms (tests/fixtures/corpus, tests/fixtures/real) drawn in the
wordings of published regional templates and printed as text copied from a page or a PDF.

    python -m eval.paste_layouts            # writes eval/.cache/paste/, reviews every text, prints the scores

A form is first drawn as a grid (rows of cells; None = merged with the cell to the left, '^' = merged with the
cell above) by ``draw``: each part takes one of several wordings seen in real forms — 项目支出名称 / 专项名称,
预算部门 / 业务主管部门, 年度本级预算金额 / 项目金额 / 本年度预计投入 (with 中央/省级/市级/本级 under 财政资金),
实施期 / 中期 / 本年度 goals, 支出内容 / 费用名称 / 项目预算成本构成 budget headers with 测算依据 and 2020年实际执行数,
indicator tables with 指标值及单位 + 绩效标准, 指标性质/指标方向/目标值/计量单位/分值, 分值 + 指标解释 (反映…),
2021年实际实现值 | 预期2022年实现值, 长期/年度 column groups, a department record table in 元 — and noise: title
lines, 单位 notes, repeated header rows, sign-off rows, footnotes, texts cut off inside the indicator table.
``draw`` returns the form that grid expresses (the gold, changed only where the wording says so).
The grid is then printed by one of LAYOUTS (the paste layouts of the real set's README).
"""
from __future__ import annotations

import copy
import json
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "eval" / ".cache" / "paste"
UP, LEFT = "^", None
W = 8


def _split_value(value: str) -> tuple[str, str, str]:
    m = re.fullmatch(r"(≥|≤|=|>|<)?(\d+(?:\.\d+)?)([^\d≥≤=<>]{0,6})", value)
    return (m.group(1) or "", m.group(2), m.group(3)) if m else ("", value, "")


def _row(*cells, width: int = W) -> list:
    """Cells with their spans: ('text', 3) spans three columns; the row is padded to the width."""
    out: list = []
    for c in cells:
        text, span = (c if isinstance(c, tuple) else (c, 1))
        out += [text] + [LEFT] * (span - 1)
    return out + [""] * (width - len(out))


def _wan(x: float | None, yuan: bool, rng: random.Random) -> str:
    if x is None:
        return ""
    if yuan:
        n = round(x * 10000, 2)
        return rng.choice([f"{n:,.2f}", f"{n:g}", f"{n:.2f}"])
    return rng.choice([f"{x:g}", f"{x:g}万元", f"{x:g}万"]) if x else f"{x:g}"


def _goals(goals: list[str], rng: random.Random) -> str:
    if len(goals) <= 1:
        return goals[0] if goals else ""
    style = rng.randrange(3)
    return "".join(f"{k}.{g}" if style == 0 else f"目标{k}:{g} " if style == 1 else f"（{k}）{g}"
                   for k, g in enumerate(goals, start=1)).strip()


def _period(f: dict, rng: random.Random) -> str:
    s, e = f["start"], f["end"]
    (ys, ms), (ye, me) = s.split("-"), e.split("-")
    return rng.choice([f"{s}~{e}", f"{ys}.{ms}-{ye}.{me}", f"{ys}{ms}-{ye}{me}",
                       f"{ys}年{int(ms)}月至{ye}年{int(me)}月",
                       f"{ys}年{int(ms)}月至{int(me)}月" if ys == ye else f"{ys}年{int(ms)}月至{ye}年{int(me)}月"])


def _attribute(a: str, rng: random.Random) -> str:
    other = "延续" if a == "新增" else "新增"
    return rng.choice([a, f"{a}项目", f"☑{a} □{other}", f"{a}项目■ {other}项目□", f"{other}项目□ {a}项目☑"])


# --- the parts of a form --------------------------------------------------------------------------------
def _header(f: dict, exp: dict, rng: random.Random) -> list:
    pairs = [(rng.choice(["项目名称", "项目支出名称", "专项名称"]), f["project_name"])]
    code = f.get("department_code")
    if code and rng.random() < 0.4:
        pairs.append((rng.choice(["主管部门及代码", "主管部门及编码"]),
                      rng.choice([f"[{code}]{f['department']}", f"{f['department']} {code}", f"({code}){f['department']}"])))
    else:
        pairs.append((rng.choice(["主管部门", "预算部门", "业务主管部门", "项目主管部门"]), f["department"]))
        exp["department_code"] = ""
    pairs.append((rng.choice(["实施单位", "项目单位", "项目实施单位", "项目执行单位"]), f["unit"]))
    if rng.random() < 0.5 and f.get("unit_phone"):
        pairs.append((rng.choice(["项目负责人及电话", "项目负责人及联系电话"]), f"{f['unit_head']} {f['unit_phone']}"))
    else:
        pairs += [(rng.choice(["项目负责人", "项目联系人"]), f["unit_head"]), ("联系电话", f.get("unit_phone", ""))]
    optional = [("function_code", ["功能分类科目", "预算科目", "财政资金科目代码", "支出功能分类科目"]),
                ("attribute", ["项目属性", "项目性质", "专项属性"]),
                ("period", ["项目起止时间", "项目实施期", "实施周期", "建设周期", "项目支出实施期"]),
                ("overview", ["项目概况", "项目总体概况", "专项概况"]), ("basis", ["立项依据", "项目立项依据", "项目审批"]),
                ("necessity", ["项目设立必要性", "项目实施必要性"])]
    for key, words in optional:
        value = f["start"] and _period(f, rng) if key == "period" else f.get(key, "")
        if not value or rng.random() < 0.25:
            if key == "period":
                exp["start"] = exp["end"] = ""
            else:
                exp[key] = ""
            continue
        if key == "attribute":
            value = _attribute(value, rng)
        pairs.append((rng.choice(words), value))
    for key in ("department_head", "department_phone", "unit_functions"):
        exp[key] = ""
    rows, k = [], 0
    while k < len(pairs):
        if rng.random() < 0.5 and k + 1 < len(pairs) and len(pairs[k][1]) < 30 and len(pairs[k + 1][1]) < 30:
            (a, b), (c, d) = pairs[k], pairs[k + 1]
            rows.append(_row(a, (b, 3), c, (d, 3)))
            k += 2
        else:
            a, b = pairs[k]
            rows.append(_row(a, (b, W - 1)))
            k += 1
    return rows


def _funding(f: dict, exp: dict, rng: random.Random, yuan: bool) -> list:
    fd = f["funding"]
    style = rng.randrange(3)
    if style == 1 and any(fd.get(k) is None for k in ("total", "carryover", "current_year", "other")):
        style = 0           # a blank cell dropped from a copied row of values would leave the row ambiguous
    unit = "（元）" if yuan else "（万元）"
    if style == 0:     # label | value rows
        words = {"total": ["资金总额", "项目总预算", "年度资金总额:", "项目金额", "年度本级预算金额"],
                 "current_year": ["其中:财政拨款", "其中:当年财政拨款", "其中:财政资金", "当年财政拨款"],
                 "carryover": ["上年结转", "上年结转资金"], "other": ["其他资金", "其中:其它资金"]}
        rows = [_row(f"项目资金{unit}", (" ", W - 1))]
        for key in ("total", "carryover", "current_year", "other"):
            if fd.get(key) is None and rng.random() < 0.5:
                continue
            rows.append(_row(UP, rng.choice(words[key]), (_wan(fd.get(key), yuan, rng), W - 2)))
        return rows
    if style == 1:     # a row of labels, the values in the row below
        return [_row(f"项目资金{unit}", "资金总额", "上年结转", "当年财政拨款", ("其他资金", 4)),
                _row(UP, *[_wan(fd.get(k), yuan, rng) for k in ("total", "carryover", "current_year")],
                     (_wan(fd.get("other"), yuan, rng), 4))]
    # 专项: 财政资金 split into the levels of government; only the total and 其他 are fields
    exp["funding"] = {"total": fd.get("total"), "carryover": None, "current_year": None, "other": fd.get("other")}
    cur = fd.get("current_year") or 0
    return [_row("专项资金情况", f"本年度预计投入{unit}", (f"财政资金{unit}", 4), ("其他", 2)),
            _row(UP, UP, "中央", "省级", "市级", "本级", (UP, 2)),
            _row(UP, _wan(fd.get("total"), yuan, rng), "0", "0", "0", _wan(cur, yuan, rng),
                 (_wan(fd.get("other"), yuan, rng), 2))]


def _goal_rows(f: dict, exp: dict, rng: random.Random) -> list:
    g = f["goals"]
    longw = rng.choice(["中长期绩效目标", "实施期绩效目标", "总体绩效目标", "长期目标"])
    annw = rng.choice(["年度绩效目标", "本年度绩效目标", "年度目标", "年度主要目标和成果"])
    if rng.random() < 0.3 and len(g["long_term"]) == 1 and len(g["annual"]) == 1:
        return [_row("总体目标", ("中期目标", 3), ("年度目标", 4)),
                _row(UP, (_goals(g["long_term"], rng), 3), (_goals(g["annual"], rng), 4))]
    return [_row(longw, (_goals(g["long_term"], rng), W - 1)), _row(annw, (_goals(g["annual"], rng), W - 1))]


def _budget(f: dict, exp: dict, rng: random.Random, yuan: bool) -> list:
    items = [b for b in f["budget_items"] if b.get("amount") is not None]
    exp["budget_items"] = [dict(b, start="", end="") for b in items]
    if not items:
        return []
    name = rng.choice(["明细项目名称", "支出内容", "费用名称", "用途", "项目预算成本构成", "支出项目"])
    amount = rng.choice(["金额", "预算数"]) + ("（元）" if yuan else rng.choice(["（万元）", ""]))
    extra = rng.choice([None, "测算依据", "2020年实际执行数"])
    rows = [_row((name, 3), (amount, 2), *([(extra, 3)] if extra else []))]
    for b in items:
        more = [("据实测算", 3)] if extra == "测算依据" else [(_wan(b["amount"] * 0.9, yuan, rng), 3)] if extra else []
        rows.append(_row((b["name"], 3), (_wan(b["amount"], yuan, rng).replace("万元", "").replace("万", ""), 2), *more))
    rows.append(_row(("合计", 3), (_wan(round(sum(b["amount"] for b in items), 6), yuan, rng)
                                    .replace("万元", "").replace("万", ""), 2)))
    return rows


INDICATOR_STYLES = ("plain", "standard", "wuhai", "explained", "actual", "groups", "zhuanxiang")


def _indicators(f: dict, exp: dict, rng: random.Random, style: str) -> list:
    inds = [i for i in f["indicators"] if i["name"] or i["value"]]
    exp["indicators"] = [dict(i, scope="annual") for i in inds]
    head = {"plain": ["一级指标", "二级指标", "三级指标", "指标值"],
            "standard": ["一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准"],
            "wuhai": ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位",
                      rng.choice(["分值", "权重"])],
            "explained": ["一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"],
            "actual": ["一级指标", "二级指标", "三级指标", "2021年实际实现值", "预期2022年实现值"],
            "groups": ["一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)", "三级指标(年度)",
                       "指标值(年度)"],
            "zhuanxiang": ["一级指标", "二级指标", "三级指标内容", "指标值及单位"]}[style]
    rows = [_row(*head, width=max(W, len(head)))]
    repeat = style == "wuhai" or rng.random() < 0.2

    def cells(i: dict) -> list[str]:
        op, num, unit = _split_value(i["value"])
        return {"plain": [i["name"], i["value"]], "standard": [i["name"], i["value"], "计划标准"],
                "wuhai": [i["name"], "反向" if op == "≤" else "正向", op, num, unit, "10"],
                "explained": [i["name"], i["value"], "10", f"反映{i['name']}情况"],
                "actual": [i["name"], "", i["value"]], "groups": ["", "", i["level2"], i["name"], i["value"]],
                "zhuanxiang": [i["name"], i["value"]]}[style]
    for k, i in enumerate(inds):
        same1 = k and inds[k - 1]["level1"] == i["level1"] and not repeat
        same2 = same1 and inds[k - 1]["level2"] == i["level2"] and style != "groups"   # (as 武汉青山 prints them)
        level2 = i["level2"] if style != "groups" else i["level2"]
        rows.append(_row(UP if same1 else i["level1"], UP if same2 else level2, *cells(i), width=max(W, len(head))))
    return rows


def draw(f: dict, rng: random.Random, style: str | None = None) -> tuple[list, dict, int]:
    """(grid, expected form, row where the indicator table's data starts); ``style`` fixes the indicator table's
    (one of INDICATOR_STYLES; the random draws are the same either way)."""
    exp = copy.deepcopy(f)
    yuan = rng.random() < 0.25
    title = rng.choice([f"{f['year']}年项目支出绩效目标申报表", f"{f['unit']}{f['year']}年{f['project_name']}项目支出绩效目标申报表",
                        "项目支出绩效目标申报表", "财政项目支出绩效目标审批表"])
    grid = [_row((title, W))]
    if rng.random() < 0.7:
        grid.append(_row((f"（{f['year']}年度）", W)))
    grid.append(_row((rng.choice(["填报单位(盖章):", "单位:万元", "金额单位:万元"]) if not yuan else "金额单位:元", W)))
    grid += _header(f, exp, rng) + _funding(f, exp, rng, yuan) + _goal_rows(f, exp, rng) + _budget(f, exp, rng, yuan)
    drawn = rng.choice(INDICATOR_STYLES)
    style = style or drawn
    start = len(grid) + 1
    grid += _indicators(f, exp, rng, style)
    if rng.random() < 0.5:
        grid.append(_row(("财政部门审核意见", 2), ("(盖章)", W - 2)))
    if rng.random() < 0.3:
        grid.append(_row(("注:各地请根据实际情况，从上述绩效指标中选择适合的填报，也可自行增加或适当调整。", W)))
    exp["filler"] = exp["fill_date"] = ""
    if f.get("filler") and rng.random() < 0.6:
        grid.append(_row((f"填表人: {f['filler']} 联系电话:{f.get('unit_phone', '')} 填报日期: {f.get('fill_date', '')}", W)))
        exp["filler"], exp["fill_date"] = f["filler"], f.get("fill_date", "")
    return grid, exp, start


def cut(grid: list, exp: dict, start: int, rng: random.Random) -> tuple[list, dict, bool]:
    """The copy stops inside the indicator table: after a random row, either at the row's end or inside its
    value cell (that row is then not a fact the text states)."""
    n = len(exp["indicators"])
    if n < 3 or len(grid) - start < n or rng.random() < 0.6:
        return grid, exp, False
    keep = rng.randrange(2, n)
    rows = grid[:start + keep]
    exp = dict(exp, indicators=exp["indicators"][:keep], filler="", fill_date="")
    if rng.random() < 0.4:
        return rows, exp, False
    last = list(grid[start + keep])
    filled = [k for k, c in enumerate(last) if c not in (None, UP, "")]
    at = next((k for k in filled[1:] if re.search(r"[\d≥≤=<>]", str(last[k]))), filled[-1])
    text = str(last[at])
    return rows + [last[:at] + [text[:max(1, len(text) // 2)]]], exp, True


# --- printing a grid as pasted text ----------------------------------------------------------------------
def _filled(row: list) -> tuple[list[str], int]:
    cells = [c for c in row if c not in (None, UP, "")]
    return [str(c) for c in cells], len(row) - len(cells)


def pipe_rows(grid, rng, cut_off):
    lines = [" | ".join(c) + (" | " + "|" * (n - 1) if n else " |") for c, n in map(_filled, grid)]
    if cut_off:
        lines[-1] = " | ".join(_filled(grid[-1])[0])
    return "\n".join(lines)


def markdown(grid, rng, cut_off):
    lines = ["| " + " | ".join(c) + " | " + "|" * n for c, n in map(_filled, grid)]
    if cut_off:
        lines[-1] = "| " + " | ".join(_filled(grid[-1])[0])
    return "\n".join(lines)


def pipe_cells(grid, rng, cut_off):
    out = []
    for c, n in map(_filled, grid):
        out += ["|"] + [f"{x} |" for x in c] + (["|" * n] if n else [])
    if cut_off:
        out[-1] = out[-1].rstrip(" |")
    return "\n".join(out)


def blank_cells(grid, rng, cut_off):
    out = []
    spaces = rng.random() < 0.5
    for row in grid:
        for c in row:
            if c not in (None, UP, ""):
                out.append(str(c))
            elif c == "" and spaces:
                out.append(" ")
    return "\n\n".join(x for x in out)


def spaced(grid, rng, cut_off):
    sep = rng.choice([" ", "  "])
    return "\n".join(sep.join(x.replace(" ", "") if sep == " " else x for x in _filled(r)[0]) for r in grid)


def tabs(grid, rng, cut_off):
    return "\n".join("\t".join("" if c in (None, UP) else str(c) for c in r if c is not None).rstrip("\t") for r in grid)


def run_together(grid, rng, cut_off):
    return "".join("".join(_filled(r)[0]) for r in grid)


# a page's own lines around a copied form (breadcrumbs, the article's header line, the share bar, the footer)
_PAGE_TOP = [["首页 > 政务公开 > 财政资金 > 预算公开", "当前位置：首页 > 信息公开 > 部门预算"],
             ["发布时间：2024-01-15 来源：县财政局 浏览次数：328 【字体：大 中 小】", "来源：本站 发布日期：2023-03-02 【打印本页】"]]
_PAGE_END = ["【打印本页】【关闭窗口】", "分享到： 微信 微博 QQ空间", "上一篇：2024年农机购置补贴项目绩效目标表",
             "下一篇：2024年农村人居环境整治项目绩效目标表", "版权所有：XX县人民政府 主办：县政府办公室 备案号：湘ICP备12345678号"]
_KV_LABEL = re.compile(r"项目名称|项目支出名称|专项名称|主管部门(?:及代码|及编码)?|预算部门|业务主管部门|项目主管部门|实施单位|项目单位|"
                       r"项目实施单位|项目执行单位|项目负责人(?:及联系电话|及电话)?|项目联系人|联系电话")


def web_page(grid, rng, cut_off):
    """A form copied off a government site: breadcrumbs and the article line above it, its header fields as
    '标签：值' lines, its other rows with cells apart by one space, a tab, a run of spaces or one cell per line
    (the choice is the page's), a plain indicator table's header row sometimes left out, and the share bar,
    上一篇/下一篇 and the footer below it."""
    sep = rng.choice([" ", "\t", "   ", "\n"])
    lines = [rng.choice(choices) for choices in _PAGE_TOP]
    for row in grid:
        cells, _ = _filled(row)
        if cells == ["一级指标", "二级指标", "三级指标", "指标值"] and sep != "\n" and rng.random() < 0.5:
            continue          # (level words, a name and a value tell the rows by themselves)
        if cells and len(cells) in (2, 4) and all(_KV_LABEL.fullmatch(c) for c in cells[::2]):
            lines += [f"{a}：{b}" for a, b in zip(cells[::2], cells[1::2])]
            continue
        lines.append(sep.join(c.replace(" ", "") if sep == " " else c for c in cells))
    if not cut_off:
        lines += rng.sample(_PAGE_END, rng.randrange(2, len(_PAGE_END) + 1))
    return "\n".join(lines)


LAYOUTS = {"pipe_rows": pipe_rows, "markdown": markdown, "pipe_cells": pipe_cells, "blank_cells": blank_cells,
           "spaced": spaced, "tabs": tabs, "run_together": run_together, "web_page": web_page}


def forms() -> list[tuple[str, dict]]:
    out = []
    for d in ("corpus", "real"):
        for p in sorted((ROOT / "tests" / "fixtures" / d).glob("*.json")):
            f = json.loads(p.read_text(encoding="utf-8"))["form"]
            if f.get("project_name") and f.get("start") and f.get("unit"):
                out.append((p.stem, f))
    return out


def corpus(seed: int = 12) -> list[tuple[str, str, dict]]:
    """(name, text, expected form) for every gold form that has a header, in every layout."""
    out = []
    for stem, f in forms():
        for layout, render in LAYOUTS.items():
            rng = random.Random(f"{seed}-{stem}-{layout}")
            grid, exp, start = draw(f, rng)
            grid, exp, cut_off = cut(grid, exp, start, rng)
            out.append((f"{stem.split('_')[0]}-{layout}", render(grid, rng, cut_off), exp))
    return out


def main() -> int:
    from eval.unseen_dumps import review_rows, score_path
    CACHE.mkdir(parents=True, exist_ok=True)
    pairs = []
    for name, text, exp in corpus():
        path = CACHE / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        pairs.append((path, exp))
    with tempfile.TemporaryDirectory() as tmp:
        out = review_rows(pairs, Path(tmp))
        import subprocess
        r = subprocess.run([sys.executable, str(score_path()), tmp, str(out), "--fields", *sys.argv[1:]],
                           capture_output=True, text=True)
        print(r.stdout + r.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

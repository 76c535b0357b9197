"""What a spreadsheet puts beside her figures when she copies cells: error values ("#DIV/0!", "#N/A") and the
formulas behind a result ("=SUM(C2:C5) 算出来是 213.6", "地形图更新\t=86*1.5\t129", "公式改成=40*0.4，就是16").
Neither is a figure of hers: an error value is dropped (the 0 of "#DIV/0!" is no amount), and a formula is
dropped where its result is said beside it, so only the result is read. A formula of plain numbers with no
result beside it stays as she wrote it (nothing is computed for her here). Pure.

    uncell("#DIV/0!")                                  # " "
    unformula("=SUM(C2:C5) 算出来是 213.6")            # " 算出来是 213.6"
    unformula("控制点布设\t=40*0.35\t14")               # "控制点布设\t\t14"
    unformula("单价=40*0.35")                          # unchanged: no result said
"""
from __future__ import annotations

import ast
import operator
import re

# a cell's error value ("#DIV/0!", "#VALUE!", "#N/A", "#####")
CELL_ERROR = re.compile(r"#(?:DIV/0!|VALUE!|REF!|N/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)|#{3,}", re.I)
# a formula over cells or with a function: "=SUM(C2:C5)", "=C3*D3", "=ROUND(B2*0.9,2)"
_REF = r"\$?[A-Z]{1,2}\$?\d{1,5}"
_CELL_FORMULA = re.compile(r"[=＝]\s*(?:[A-Z]{2,12}\s*\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)|" + _REF + r"(?:\s*[-+*/×÷:]\s*(?:" + _REF
                           + r"|\d+(?:\.\d+)?))+)", re.I)
# a formula of plain numbers ("=86*1.5", "=2×19.3", "=40*0.4") and the result said after it: a tab or space, a
# comma, "就是", "等于", "得", "算出来是"
_NUM_FORMULA = re.compile(r"[=＝]\s*(?P<f>\d+(?:\.\d+)?(?:\s*[-+*/×xX÷]\s*\d+(?:\.\d+)?)+)"
                          r"(?P<sep>[\t \u3000]*(?:[，,]\s*)?(?:就是|即|等于|得|算出来是|算出来|结果是|结果|[=＝])?\s*)"
                          r"(?P<r>\d+(?:\.\d+)?)(?![\d.])")

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def uncell(text: str) -> str:
    """Her message without the error values of spreadsheet cells pasted in it."""
    return CELL_ERROR.sub(" ", text) if "#" in (text or "") else text


def _value(expr: str) -> float | None:
    """The value of a formula of plain numbers and + - * / (×, x, ÷ as written), or None."""
    py = re.sub(r"[×xX]", "*", expr.replace("÷", "/"))
    try:
        tree = ast.parse(py.replace(" ", ""), mode="eval")
    except SyntaxError:
        return None

    def walk(n: ast.AST) -> float:
        if isinstance(n, ast.Expression):
            return walk(n.body)
        if isinstance(n, ast.Constant) and isinstance(n.value, (int, float)):
            return float(n.value)
        if isinstance(n, ast.BinOp) and type(n.op) in _OPS:
            return _OPS[type(n.op)](walk(n.left), walk(n.right))
        raise ValueError(expr)
    try:
        return walk(tree)
    except (ValueError, ArithmeticError):
        return None


def unformula(text: str) -> str:
    """Her message with the formulas whose result is said beside them taken out (a formula over cells always:
    a cell's name is no figure)."""
    if "=" not in text and "＝" not in text:
        return text
    text = _CELL_FORMULA.sub(" ", text)

    def plain(m: re.Match) -> str:
        v = _value(m.group("f"))
        if v is not None and abs(v - float(m.group("r"))) <= max(0.005, abs(v) * 1e-6):
            return " " + m.group("r")
        return m.group(0)
    return _NUM_FORMULA.sub(plain, text)

# one row of a sheet whose cells after the first are empty ("物业覆盖面积\t\t\t": the name copied, the operator, figure
# and unit cells left blank): the value she meant to give is not there


def blank_cells(text: str) -> str:
    """The first cell of a row pasted with every cell after it empty, or '' (a row with a value in it, a header
    row over a value row, a message of more than one line). Read by splitting at the tabs, in one pass: a pattern
    over the whole message backtracked without end on a long one with no tab."""
    t = (text or "").rstrip("\r\n")
    if t.count("\t") < 2 or "\n" in t or "\r" in t:
        return ""
    name, _, rest = t.partition("\t")
    if rest.strip(" \u3000\t") or not re.search(r"[\u4e00-\u9fa5A-Za-z]", name):
        return ""
    return name.strip(" \u3000").strip()


# the value of the cell left empty, said next: "那格漏填了，写“…”", "数值是：…", "填≥95%" (a quoted value, or the value
# after 写/填 at the end of the message)
_QUOTED_CELL = re.compile(r"[“\"「『]([^”\"」』\n]{1,30})[”\"」』]")
_SAID_CELL = re.compile(r"(?:^|[，,。；;\s])(?:应该|就|那就)?(?:写|填|是)(?:成|上)?[：:]?\s*(?P<v>[^，,。；;\s“”\"「」]{1,30})[。！!]?$")


# the figure itself first, her words after it: "3200户，刚才打错了"
_FIGURE_FIRST = re.compile(r"(?P<v>[≥≤<>＞＜]?=?\s*\d+(?:\.\d+)?\s*[^\d\s，,。；;！!]{0,4})(?=$|[，,。；;！!\s])")


def cell_filled(text: str) -> tuple[str, bool] | None:
    """(the value, whether words of talk came with it) when the message gives the value of an empty cell; None."""
    t = (text or "").strip()
    if "\n" in t or "\t" in t:
        return None
    m = _QUOTED_CELL.search(t) or _SAID_CELL.search(t) or _FIGURE_FIRST.match(t)
    if not m:
        return None
    value = m.group(1) if m.re is _QUOTED_CELL else m.group("v")
    rest = (t[:m.start()] + t[m.end():]).strip("，,。；;！! ")
    rest = re.sub(r"(?:应该|就|那就)?(?:写|填|是)(?:成|上)?[：:]?$", "", rest).strip("，,。；;！! ")
    return value.strip(), bool(re.search(r"[\u4e00-\u9fa5]{2}", rest))


__all__ = ["CELL_ERROR", "blank_cells", "cell_filled", "uncell", "unformula"]

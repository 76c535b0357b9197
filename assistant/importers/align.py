"""Placing the cells of a table row that lost its columns, by what each cell holds.

Text copied from a web page or a PDF, and OCR, drop the empty and merged cells of a row: '数量指标 |
主体班培训人次 | 280人次' under the header '绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标标准或依据'.
The cells keep their order, so a row is a monotone placement of its cells into the header's columns,
each column holding at most one cell; a placement scores the sum of columns.CELL_FIT over its cells.
The best placement is taken only when it is the only best one up to the roles it gives the cells
(two placements that read a cell as a name in one and as a value in the other are not guessed).

``segment`` does the same for a run of cells with no row breaks at all (one cell per line): the run is
cut into rows so that the rows together score best, each row paying ROW_COST (fewer, fuller rows).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import columns as C
from . import labels as L
from .kinds import UNIT_END, cell_kind, field_kind, fits, fits_field

NEG = float("-inf")
ROW_COST = 3.0
MAX_ROW = 16          # cells in one row of a segmented run
MAX_PATHS = 24        # optimal placements compared before calling a row ambiguous
_EPS = 1e-9


@dataclass(frozen=True)
class Columns:
    """A header: the role of each column, its group (0, or 1 for a second 中长期/年度 group) and whether a
    level column may hold the names (a header with 一级/二级 columns and no 三级 column)."""
    roles: tuple[str, ...]
    groups: tuple[int, ...]
    names_in_level2: bool = False

    def role_of(self, col: int, kind: str) -> str:
        """What a cell of that kind placed in that column is: a 二级 word in the 一级 column is a 二级 word."""
        role = self.roles[col]
        if role in C.LEVEL_ROLES:
            if kind == "L1":              # a 一级 word in the 二级 column of a table that has a 一级 column is its 二级
                return "level2" if role == "level2" and "level1" in self.roles else "level1"
            if kind in ("L2", "L2w"):
                return "level2"
            if kind == "L12":
                return role
            return "name"                   # text in a level column that holds the names
        return role

    def fit(self, col: int, kind: str, text: str) -> float | None:
        keep = kind in _TEXT_KINDS or self.roles[col].startswith("field:")
        return _fit(self, col, kind, text if keep else "")

    def _fit(self, col: int, kind: str, text: str) -> float | None:
        role = self.roles[col]
        if role == "level2" and self.names_in_level2 and kind in ("text", "short"):
            return C.CELL_FIT["name"][kind]
        if kind in ("L2", "L12") and role in ("name", "level1") and "level1" in self.roles and "level2" not in self.roles \
                and "name" in self.roles:
            # no 二级 column: a filler wrote the 二级 word as the name ('产出指标 | 数量指标 | 375万平方米'), rather than
            # the 二级 word standing in the 一级 column
            return C.NAME_AS_LEVEL2 if role == "name" else C.LEVEL2_AS_LEVEL1
        if role.startswith("field:"):      # a record table's field column: the value must fit the field
            return field_fit(role[6:], kind, text)
        return C.fit(role, kind, text)


_TEXT_KINDS = ("num", "text", "short", "valueish", "money", "value")   # kinds whose fit may depend on the text


@lru_cache(maxsize=65536)
def _fit(cols: Columns, col: int, kind: str, text: str) -> float | None:
    return cols._fit(col, kind, text)


def field_fit(key: str, kind: str, text: str) -> float | None:
    """How well a cell sits in a record table's field column: well when it is that field's kind of value
    (an org name under 单位名称, a sentence under 年度目标), less when it only could be."""
    if kind in ("L1", "L2", "L12", "op", "head"):
        return None
    if key == "attribute?" and not fits_field(key, text):
        # 项目类别 / 项目类型 ('32-专项资金项目'): a column of its own whatever it holds; read only as 新增 / 延续
        return 1.0 if kind in ("short", "value", "text") else None
    if not fits_field(key, text):
        return None
    fk = field_kind(key)
    if fk == "org":
        return 3.0 if UNIT_END.search(L.split_name_code(text)[0]) else 2.0
    if fk == "name":
        return 1.0 if UNIT_END.search(text.strip()) else 2.5
    if fk == "long":
        return 2.5 if fits("long", text) else 1.5
    return 3.0


def header_columns(texts: list[str], extra: dict[int, str] | None = None) -> Columns:
    """The Columns of an indicator header row: roles (columns.column_role, or ``extra`` roles by position),
    中长期/年度 groups (a second 二级/三级/指标值 starts the second), names in the 二级 column when no 三级."""
    extra = extra or {}
    roles = [extra.get(k) or C.column_role(t) or "skip" for k, t in enumerate(texts)]
    groups, g, seen = [], 0, set()
    for r in roles:
        if r in ("level2", "name", "value") and r in seen:
            g, seen = g + 1, set()
        if r != "skip":
            seen.add(r)
        groups.append(0 if r == "level1" else g)
    return Columns(tuple(roles), tuple(groups), names_in_level2="name" not in roles)


def align(texts: tuple[str, ...], cols: Columns, must: tuple[str, ...] = ()) -> tuple[float, tuple[int, ...]] | None:
    """(score, column of each cell) of the only best placement; None when none or more than one. With ``must``,
    only placements that give one cell one of those roles count (a row of a table must hold a name)."""
    if not texts or len(texts) > len(cols.roles):
        return None
    texts = tuple(C.relevel(texts))
    kinds = tuple(cell_kind(t) for t in texts)
    placed = _align(texts, kinds, cols, must)
    return None if placed is INFEASIBLE else placed


INFEASIBLE = (NEG, ())      # no placement in order at all (a longer row from the same cells has none either)


@lru_cache(maxsize=32768)
def _align(texts: tuple[str, ...], kinds: tuple[str, ...], cols: Columns, must: tuple[str, ...]
           ) -> tuple[float, tuple[int, ...]] | None:
    n, m = len(texts), len(cols.roles)
    fit = [[cols.fit(j, kinds[i], texts[i]) for j in range(m)] for i in range(n)]
    hit = [[bool(must) and cols.role_of(j, kinds[i]) in must for j in range(m)] for i in range(n)]
    # best[h][i][j]: the best score of cells i.. in columns j.., h: a ``must`` role already placed
    best = [[[NEG] * (m + 1) for _ in range(n + 1)] for _ in range(2)]
    for h in (0, 1):
        for j in range(m + 1):
            best[h][n][j] = 0.0 if h or not must else NEG
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            for h in (0, 1):
                out = best[h][i][j + 1]
                f = fit[i][j]
                if f is not None:
                    rest = best[1 if h or hit[i][j] else 0][i + 1][j + 1]
                    if rest > NEG:
                        out = max(out, f + rest)
                best[h][i][j] = out
    if best[1][0][0] == NEG:
        return INFEASIBLE
    top = best[0][0][0]
    if top == NEG:
        return None
    paths: list[tuple[int, ...]] = []

    def walk(i: int, j: int, h: int, acc: list[int]) -> None:
        if len(paths) >= MAX_PATHS or j > m:
            return
        if i == n:
            paths.append(tuple(acc))
            return
        if j == m:
            return
        f = fit[i][j]
        if f is not None:
            h2 = 1 if h or hit[i][j] else 0
            rest = best[h2][i + 1][j + 1]
            if rest > NEG and abs(f + rest - best[h][i][j]) < _EPS:
                acc.append(j)
                walk(i + 1, j + 1, h2, acc)
                acc.pop()
        if abs(best[h][i][j + 1] - best[h][i][j]) < _EPS:
            walk(i, j + 1, h, acc)

    walk(0, 0, 0, [])
    signatures = {tuple((cols.role_of(j, k), cols.groups[j]) for j, k in zip(p, kinds) if k != "empty") for p in paths}
    if len(signatures) != 1:
        return None
    return top, paths[0]


def row_roles(texts: tuple[str, ...], cols: Columns) -> list[tuple[str, int, int]] | None:
    """[(role, group, column)] for each cell of the row, or None when it cannot be placed unambiguously."""
    placed = align(texts, cols)
    if placed is None:
        return None
    return [(cols.role_of(j, cell_kind(t)), cols.groups[j], j) for t, j in zip(C.relevel(texts), placed[1])]


def _row_ok(roles: list[tuple[str, int, int]], content: tuple[str, ...]) -> bool:
    """A row holds an indicator or budget line (something in a content role), or only level words; never
    two cells in one role of a group (two 二级 words are two rows)."""
    named = {r for r, _, _ in roles}
    single = [(r, g) for r, g, _ in roles if r in ("level1", "level2", "name", "value", "bname", "amount")]
    if len(set(single)) < len(single):
        return False
    return bool(named & set(content)) or named <= {"level1", "level2"}


def segment(texts: list[str], cols: Columns, content: tuple[str, ...] = ("name", "bname")
            ) -> list[list[tuple[str, str, int, int]]] | None:
    """Cut a run of cells into rows: [[(text, role, group, column) …] …]; None when no cut, or more than one
    equally good cut that reads the cells differently, exists."""
    texts = C.relevel(texts)
    n = len(texts)
    best = [NEG] * (n + 1)
    best[n] = 0.0
    options: list[list[tuple[int, float, list]]] = [[] for _ in range(n + 1)]
    for k in range(n - 1, -1, -1):
        for e in range(k + 1, min(n, k + MAX_ROW) + 1):
            if best[e] == NEG:
                continue
            row = tuple(texts[k:e])
            levels = all(cell_kind(t) in ("L1", "L2", "L12") for t in row)
            placed = _align(row, tuple(cell_kind(t) for t in row), cols, () if levels else content)
            if placed is INFEASIBLE:
                break                # these cells cannot stand in order: longer rows from k cannot either
            if placed is None:
                continue
            roles = [(cols.role_of(j, cell_kind(t)), cols.groups[j], j) for t, j in zip(row, placed[1])]
            if not _row_ok(roles, content):
                continue
            if levels and roles[-1][0] == "level2" and e < n and cell_kind(texts[e]) == "L1":
                continue             # a 二级 word on a row of its own right before a 一级 word heads nothing
            total = placed[0] - ROW_COST + best[e] - (UNVALUED if _unvalued(roles, cols) else 0.0)
            options[k].append((e, total, roles))
            best[k] = max(best[k], total)
    if best[0] == NEG:
        return None
    results: list[list] = []

    def walk(k: int, acc: list) -> None:
        if len(results) >= MAX_PATHS:
            return
        if k == n:
            results.append(list(acc))
            return
        for e, total, roles in options[k]:
            if abs(total - best[k]) < _EPS:
                acc.append([(texts[k + i], r, g, j) for i, (r, g, j) in enumerate(roles)])
                walk(e, acc)
                acc.pop()

    walk(0, [])
    readings = {tuple(tuple((t, r, g) for t, r, g, _ in row) for row in rows) for rows in results}
    return results[0] if len(readings) == 1 else None


UNVALUED = 0.5         # a cut that leaves an indicator row without its target, where the header has a target column,
                      # reads worse than one that gives every row its target ('… 8 8 | 经费审批流程规范性 | 严格执行… |
                      # 达成预期指标': the name of the next row, not the 偏差原因 note of this one)


def _unvalued(roles: list[tuple[str, int, int]], cols: Columns) -> bool:
    named = {r for r, _, _ in roles}
    return "name" in named and "value" not in named and "value" in cols.roles


_CANON_TEXT = {"level1": "一级指标", "level2": "二级指标", "name": "三级指标", "op": "指标方向", "value": "指标值",
               "unit": "计量单位", "bname": "明细项目名称", "amount": "金额", "start": "开始时间", "end": "结束时间",
               "period": "起止时间"}
_CANON_ORDER = ("level2", "name", "op", "value", "unit", "bname", "amount", "start", "end", "period")


def canonical(cols: Columns, texts: list[str]) -> tuple[list[str], dict[tuple[str, int, int], int]]:
    """A header in a fixed order of the roles the reader uses (field columns, 一级, then per group 二级 | 三级 |
    方向… | 值 | 单位), keeping the original header words (their 元/万元 and 长期/年度 notes), and where each
    (role, group, n-th of that role) goes in it. Placed rows are written in this order, so the positional
    table reader reads them whatever the original column order was (or a 二级 column that held the names)."""
    slots: list[tuple[str, int, int]] = []
    source: dict[tuple[str, int, int], str] = {}
    seen: dict[tuple[str, int], int] = {}
    for j, (role, g) in enumerate(zip(cols.roles, cols.groups)):
        if role not in _CANON_TEXT and not role.startswith("field:"):
            continue
        n = seen.get((role, g), 0)
        seen[(role, g)] = n + 1
        source.setdefault((role, g, n), texts[j] if j < len(texts) else "")
    groups = sorted(set(cols.groups))
    hints = {g: next((L.scope_hint(t) for t, gg in zip(texts, cols.groups) if gg == g and L.scope_hint(t)), None)
             for g in groups}
    slots += [k for k in source if k[0].startswith("field:")]
    if "level1" in cols.roles:
        slots.append(("level1", 0, 0))
    indicator = any(r in cols.roles for r in ("level2", "name", "value"))
    for g in groups:
        for role in _CANON_ORDER:
            have = sorted(k for k in source if k[0] == role and k[1] == g)
            if not have and indicator and role in ("level2", "name") and g == groups[0] or \
                    not have and role in ("level2", "name") and indicator and any(k[1] == g for k in source):
                have = [(role, g, 0)]
            slots += [k for k in have if k not in slots]
    out = []
    for role, g, n in slots:
        text = source.get((role, g, n)) or _CANON_TEXT.get(role, "")
        if role in ("name", "value") and hints.get(g) and not L.scope_hint(text):
            text += "（中长期）" if hints[g] == "long_term" else "（年度）"
        out.append(text)
    return out, {k: i for i, k in enumerate(slots)}


def ordinal(cols: Columns, col: int, role: str) -> int:
    """Which of its group's columns of that role a column is (two 方向 columns: 指标性质 and 指标方向性)."""
    if cols.roles[col] != role:
        return 0
    g = cols.groups[col]
    return sum(1 for j in range(col) if cols.roles[j] == role and cols.groups[j] == g)

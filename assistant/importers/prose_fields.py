"""Fields a notice states in its sentences (a 公示 instead of a form): '…资金用于某某项目,资金总额500万元,项目负责人
某某,项目建设内容:….总体绩效目标是…。', or numbered sections ('六、实施单位及责任人' / the next line).

Looked for only after the reader placed what the text's cells hold, and only for fields it left empty (and did not
leave unread on purpose). A clause (between ',' ';' '。') that opens with a label of the lexicon (labels.field_of)
is that label and its value; a field that takes prose (goals, 项目概况…) takes the rest of its sentence; a
numbered heading that is a label alone on its line takes the next line. A project is named where the sentence
says what the money is for: '用于<…项目>', '实施<…项目>', '<…项目>由<单位>实施'. Every pair then goes through
grid.extract like any table's label and value, so a value that is not of its field's kind is not placed (a
person is never a unit, a phone never an amount). Labels are looked for in the text with a mirror's pinyin taken
out and 繁体 folded (fold_labels); the values are the text as written.
"""
from __future__ import annotations

import re

from . import labels as L
from .fold_labels import _plain, _t2s
from .kinds import UNIT_END, field_kind
from .text_grid import is_run, label_hits

_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[、.．])\s*([\u4e00-\u9fff]{2,12})\s*[:：]?\s*$")
_SENTENCE = re.compile(r"[^。]+。?")
_CLAUSE = re.compile(r"[^，,；;]+")
_LEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．])?\s*")
_COPULA = re.compile(r"^(?:是|为|:|：)?\s*")
# where a sentence says what the money is for: the project's name (and who carries it out)
_PROJECT = [
    (re.compile(r"(?:资金|专项)?用于((?:[^，,。；;“”《》]){4,60}?项目)$"), ("project_name",)),
    (re.compile(r"^实施((?:[^，,。；;“”《》]){4,60}?项目)$"), ("project_name",)),
    (re.compile(r"^((?:[^，,。；;“”《》]){4,60}?项目)由([^，,。；;]{2,30}?)(?:负责)?实施(?:完成)?$"), ("project_name", "unit")),
]
# a notice's own word for a label ('总体目标:…' in a sentence is the 总体绩效目标; in a form it heads 中期/年度)
PROSE_LABELS = {"总体目标": "总体绩效目标", "项目总体目标": "总体绩效目标", "整体目标": "总体绩效目标"}
_FOLDED = ("amount", "date", "phone", "digits", "code", "attribute")
_TITLE = re.compile(r"表\s*(?:[(（][^()（）]{0,12}[)）])?\s*$")
_PROJECT_HEADING = "\0project"     # (a mark: a quoted project heading was met; dropped before the pairs are returned)
MIN_PROSE = 20            # a line this long with a comma or full stop is prose
# an amount a sentence states right after the name of the money, with no label opening its clause ('安排…(605号)资金50万元,
# 实施…', '…,涉及财政拨款资金300万元。'): the money noun, the qualifier before it (a source: a part, no total), the amount
_MONEY_SAID = re.compile(r"(中央|省级|市级|县级|区级|地方|自筹|其他|其它|结转|结余|配套|社会|银行|每[^，,。；;]{0,8})?"
                         r"(财政拨款资金|财政资金|财政拨款|(?:专项|补助|项目)?资金|经费|投资)\s*(?:共计|合计|总计|总额|为|是|[:：])?\s*"
                         r"(\d[\d,]*(?:\.\d+)?)\s*(万元|元)(?![/／每])")
_FISCAL = ("财政拨款资金", "财政资金", "财政拨款")
# a sentence telling money handed down, paid or spent ('现将…资金10万元下达给你们', '…资金2179万元已全部拨付'): an
# allocation notice's or a report's amount, not the amount a declaration sets for its project
_MONEY_MOVED = re.compile(r"下达|拨付|到位|执行|已支出|实际支出|结余|使用|计划投资|已安排")
MAX_LABEL = 12


# a numbered item of a notice: '(3)实施主体:卢村乡人民政府…' / '(1)项目概述。做好…' / '4)起止时间。…' — its label, then its value
_NUMBERED = re.compile(r"^\s*(?:[（(]\s*\d{1,2}|\d{1,2})\s*[)）]\s*([\u4e00-\u9fff]{2,12}?)\s*[:：。]\s*(?=\S)(.+)$")
# a notice's section naming its project in quotes ('1、“水源地保护”项目'): the name inside them
_QUOTED_PROJECT = re.compile(r"\s*(?:\d{1,2}\s*[、.．]|[一二三四五六七八九十]{1,2}\s*[、.．])?\s*[“\"]([^”\"]{2,40})[”\"]\s*项目\s*[。.]?\s*")


# a numbered heading of a page listing its projects ('1.非遗传承与保护'): a name alone, no sentence mark
_ITEM_HEADING = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[.、．]\s*([^\s，,。；;:：“”\"《》()（）]{2,40})\s*")


def _items_follow(lines: list[str], n: int) -> bool:
    """The next line with text is a numbered item of the lexicon ('1)项目概述。…', '(1)项目概述:'): the heading above
    it names the project those items describe."""
    nxt = next((x for x in lines[n + 1:] if x.strip()), "")
    view = _view(nxt)
    m = _NUMBERED.match(view[0]) if view else None
    return bool(m) and (_key(m.group(1)) or "") in ("overview", "basis", "unit", "period", "start")


def _view(line: str) -> tuple[str, list[int]] | None:
    """The line with pinyin out and 繁体 folded, and where each character was; None when folding changed its length."""
    plain, at = _plain(line)
    folded = _t2s(plain)
    return (folded, at) if len(folded) == len(plain) else None


def _glued_run(folded: str) -> bool:
    """Cells run together on one line ('项目名称某项目主管部门某局…'): most of its labels follow the text before them
    with no comma or stop — a notice's labels open its clauses."""
    if not is_run(folded):
        return False
    hits = label_hits(folded)
    opened = sum(1 for a, _ in hits if a == 0 or folded[a - 1] in "，,。；;：: ")
    return opened < len(hits) / 2


def _key(label: str) -> str | None:
    return L.field_of(PROSE_LABELS.get(L.norm_label(label)[0], label))


def _opens_with_label(folded: str) -> bool:
    """'总体目标:按照…', '财政资金895.8万元。': a line that opens with a label and goes on."""
    t = _LEAD.sub("", folded, count=1)
    return any(_key(t[:k]) and len(t) > k for k in range(min(MAX_LABEL, len(t) - 1), 1, -1))


def _items_apart(lines: list[str]) -> list[tuple[int, str]]:
    """(line, text) pieces: a line that runs a notice's numbered items together ('1.“某某”项目。 (1)项目概述。… (2)立项
    依据。… (3)实施主体。…') cut before each item and each quoted project heading, as if each were on a line of its
    own; other lines as they are."""
    out: list[tuple[int, str]] = []
    for n, raw in enumerate(lines):
        if len(_RUN_ITEM.findall(raw)) >= RUN_ITEMS:
            out += [(n, piece) for piece in _ITEM_CUT.split(raw) if piece.strip()]
        else:
            out.append((n, raw))
    return out


_RUN_ITEM = re.compile(r"(?:^|\s)[（(]\d{1,2}[)）]\s*[\u4e00-\u9fff]{2,12}?[:：。]")
_ITEM_CUT = re.compile(r"\s+(?=[（(]\d{1,2}[)）]\s*[\u4e00-\u9fff]{2,12}?[:：。]|\d{1,2}\s*[、.．]\s*[“\"][^”\"]{2,40}[”\"]\s*项目)")
RUN_ITEMS = 3             # numbered items on one line that make it a run of items, not a sentence citing one


def _named_amount(value: str) -> tuple[str, str] | None:
    """'财政拨款634万元': (a funding label, the amount after it) when the value is exactly that; else None."""
    m = re.fullmatch(r"([\u4e00-\u9fff]{2,12}?)\s*[:：]?\s*(\d[\d,]*(?:\.\d+)?\s*万?元)", value)
    return (m.group(1), m.group(2)) if m and (_key(m.group(1)) or "").startswith("funding.") else None


def quoted_projects(text: str) -> list[tuple[str, int]]:
    """(name, line) of each project a page's prose opens a section for ('1.“某某”项目。', '2、“…”项目'), in order."""
    out = []
    for n, raw in _items_apart(text.replace("\r", "").split("\n")):
        if (view := _view(raw)) and (m := _QUOTED_PROJECT.fullmatch(view[0])):
            out.append((raw[view[1][m.start(1)]:view[1][m.end(1) - 1] + 1], n + 1))
    return out


def prose_pairs(text: str) -> list[tuple[str, str, int]]:
    """(label, value as written, line) pairs stated in sentences and numbered sections. A page that describes several
    projects one after another (a quoted heading for each): the first one's, up to the second heading."""
    out: list[tuple[str, str, int]] = []
    money: list[tuple[re.Match | None, int]] = []
    lines = text.replace("\r", "").split("\n")
    for n, raw in _items_apart(lines):
        view = _view(raw)
        if view is None:
            continue
        folded, at = view

        def orig(a: int, b: int) -> str:
            return raw[at[a]:at[b - 1] + 1] if b > a else ""

        if m := _QUOTED_PROJECT.fullmatch(folded):
            if any(k == "项目名称" for k, _, _ in out):
                if any(k == _PROJECT_HEADING for k, _, _ in out):
                    break         # the next project's section: what follows is that project's, not the first's
                continue
            out += [("项目名称", orig(m.start(1), m.end(1)), n + 1), (_PROJECT_HEADING, "", n + 1)]
            continue              # '1、“水源地保护”项目': a section naming its project
        if (m := _ITEM_HEADING.fullmatch(folded)) and not any(k == "项目名称" for k, _, _ in out) \
                and not _key(m.group(1)) and _items_follow(lines, n):
            out.append(("项目名称", orig(m.start(1), m.end(1)), n + 1))     # '1.非遗传承与保护' over '1)项目概述。…'
            continue
        if (m := _NUMBERED.match(folded)) and (key := _key(m.group(1))) and key != "year":
            value = orig(m.start(2), len(folded)).strip()            # '(4)起止时间。2025年1月-12月': a numbered item,
            if field_kind(key) != "long":                          # its label, then its value
                value = value.rstrip("。.")
            if value and key.startswith("funding.") and (inner := _named_amount(value)):
                # '(6)年度预算安排。财政拨款634万元': the amount under its own label too (the total, and the part named)
                out += [(m.group(1), inner[1], n + 1), (inner[0], inner[1], n + 1)]
            elif value:
                out.append((m.group(1), value, n + 1))
            continue
        if (m := _HEADING.match(folded)) and _key(m.group(1)):
            body = []
            for nxt in lines[n + 1:]:
                view2 = _t2s(_plain(nxt)[0])
                if not nxt.strip() or _HEADING.match(view2) or _opens_with_label(view2):
                    break
                body.append(nxt.strip())
            if body:
                out.append((m.group(1), "\n".join(body), n + 1))
            continue
        prose = len(folded) >= MIN_PROSE and re.search(r"[，,。；;]", folded)
        if _TITLE.search(folded) and not prose:
            continue              # a form's title ('绩效目标表', '…申报表(2024年度)'): a label word, no value after it
        if "|" in raw or "\t" in raw or _glued_run(folded) or not (prose or _opens_with_label(folded) and not re.search(r"\s", folded.strip())):
            continue              # a table's row (cells apart by spaces, bars, tabs, or run together) is not a sentence
        money += _money_in(folded, n + 1)
        for s in _SENTENCE.finditer(folded):
            for c in _CLAUSE.finditer(folded, s.start(), s.end()):
                a = c.start() + len(_LEAD.match(c.group(0)).group(0))
                clause = folded[a:c.end()].rstrip("。")
                for pat, keys in _PROJECT:
                    if m := pat.search(clause):
                        out += [({"project_name": "项目名称", "unit": "实施单位"}[k], orig(a + m.start(g + 1), a + m.end(g + 1)), n + 1)
                                for g, k in enumerate(keys)]
                        break
                for k in range(min(MAX_LABEL, len(clause) - 1), 1, -1):
                    key = _key(clause[:k])
                    if not key or key == "year" or re.match(r"[及和与、]", clause[k:]):
                        continue            # '实施单位及责任人': a longer label the lexicon does not know
                    said = _COPULA.match(folded[a + k:]).group(0)
                    rest = a + k + len(said)
                    if field_kind(key) == "org" and not said.strip() and not UNIT_END.search(folded[rest:c.end()].rstrip("。")):
                        break             # '项目单位按…设置了11个指标': the label is the sentence's subject, not a label
                    if L.HEADING_REST.match(folded[a + k:c.end()]):
                        break             # '项目绩效目标设立情况。': a report's heading, no label and value
                    if _opens_with_label(folded[rest:c.end()]) or L.field_of(folded[rest:c.end()].split(" ")[0]):
                        break             # a label after the label: two labels of a row, no value
                    end = s.end() if field_kind(key) == "long" else c.end()
                    # a number, date or code is read as the folded text (no pinyin: '895.8萬(wàn)元' is 895.8万元)
                    value = (folded[rest:end] if field_kind(key) in _FOLDED else orig(rest, end)).strip()
                    if field_kind(key) != "long":
                        value = value.rstrip("。")
                    if value and len(label_hits(folded[rest:end])) < 2:       # a value with labels in it is cells
                        out.append((PROSE_LABELS.get(L.norm_label(clause[:k])[0], clause[:k]), value, n + 1))
                    break
    if not any((_key(k) or "").startswith("funding.") for k, _, _ in out):
        out += _money_said(money)
    return [p for p in out if p[0] != _PROJECT_HEADING]


def _money_in(folded: str, line: int) -> list[tuple[re.Match | None, int]]:
    """The amounts a prose line states after a money noun, outside the titles it cites ('《关于下达…资金的通知》');
    None for one in a sentence of money moved (_MONEY_MOVED): the line's amounts are then no declared total."""
    masked = re.sub(r"《[^》]*》", lambda t: "＿" * len(t.group(0)), folded)
    out: list[tuple[re.Match | None, int]] = []
    for s in _SENTENCE.finditer(masked):
        found = list(_MONEY_SAID.finditer(masked, s.start(), s.end()))
        out += [(None if _MONEY_MOVED.search(s.group(0)) else m, line) for m in found]
    return out


def _money_said(said: list[tuple[re.Match | None, int]]) -> list[tuple[str, str, int]]:
    """The project's money a notice states in its sentences with no label ('…资金50万元,实施某某项目'): the total — and
    the year's 财政拨款 too when the money is named as fiscal ('涉及财政拨款资金300万元') — only when every amount the
    sentences state after a money noun is that one amount and none is a source's part or a rate ('中央资金30万元',
    '每亩补助资金300元'): two amounts, or a part, and which is the project's is a guess, so none is read."""
    if not said or any(m is None or m.group(1) for m, _ in said):
        return []
    amounts = {float(m.group(3).replace(",", "")) / (1 if m.group(4) == "万元" else 10000) for m, _ in said}
    if len(amounts) != 1:
        return []
    m, n = said[0]
    value = m.group(3) + m.group(4)
    fiscal = all(x.group(2) in _FISCAL for x, _ in said)
    return [("资金总额", value, n)] + ([("财政资金", value, n)] if fiscal else [])

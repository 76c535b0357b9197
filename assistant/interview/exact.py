"""A rough figure of an indicator row ("带徒人数大概20人左右吧") asked exactly, by the row's name: "「带徒人数」准确是
多少？" — and her bare answer to it ("24人", "刚才说错了，是24人", "就按20人") given that name, so that it is read as
the row it is about. Nothing is stored from the rough figure itself."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import answers as A
from .choices import spoken_numbers
from .rows import read_rows

if TYPE_CHECKING:
    from .engine import Interview
    from .questions import Question
    from .speech import Hedge

KEY = "exact:"

# the words a rough figure is said with, kept out of the row's name ("培训人员约300人次": 培训人员): before it, at the end of
# the name; after it, at the start of the rest — never inside a name ("来访人数", "多功能厅")
_ROUGH_BEFORE = re.compile(r"(?:大概|大约|约莫|约|差不多|估计|估摸|可能|应该|有|在|是)+$")
_ROUGH_AFTER = re.compile(r"^(?:左右|上下|来|多|余|出头|的样子|吧|啊|呀)+")
_ROUGH = re.compile(r"大概|大约|约莫|约|差不多|估计|估摸|可能|应该|左右|上下|来|多|余|出头|的样子|吧|啊|呀")


def row_of(q: "Question | None", text: str, h: "Hedge") -> tuple[str, str] | None:
    """The row a rough figure said at an indicator question is about, and the figure as a value ("带徒人数", "20人"):
    the clause it stands in, read with the figure made plain, gives exactly one row holding that figure; else None."""
    if q is None or not q.field.startswith("indicators.") or h.value is None:
        return None
    t = A.prep(text)
    at = t.find(h.text)
    if at < 0:
        return None
    start = max((t.rfind(c, 0, at) for c in "，,。；;！!？?\n"), default=-1) + 1
    ends = [e for e in (t.find(c, at + len(h.text)) for c in "，,。；;！!？?\n") if e >= 0]
    measure = re.search(r"(?:" + A.MEASURE + r"|%|％)$", _ROUGH.sub("", h.text))
    figure = f"{h.value:g}{measure.group(0) if measure else ''}"
    plain = _ROUGH.sub("", h.text).strip()
    if re.fullmatch(r"\d+(?:\.\d+)?\s*(?:元|块钱|块)", plain):
        figure = re.sub(r"块钱|块", "元", plain)   # "300元左右": 300元, never the 万元 it is kept in (0.03)
    before = _ROUGH_BEFORE.sub("", t[start:at])
    num = re.search(r"\d", h.text)
    lead = _ROUGH_BEFORE.sub("", _ROUGH.sub("", h.text[:num.start()])) if num else ""   # "大概能惠及2万": 能惠及
    tail = re.sub(r"[吧啊呀呢哈]+$", "", _ROUGH_AFTER.sub("", t[at + len(h.text):min(ends, default=len(t))]))
    if not measure and (after := re.match(A.MEASURE, tail)):
        figure, tail = figure + after.group(0), tail[after.end():]   # "两万来人": the thing counted after the hedge word
    clause = before + lead + figure + tail
    rows = [r for r, _ in read_rows(clause, q.field.rsplit(".", 1)[-1], []).rows]
    if len(rows) != 1 or not rows[0].get("name") or not re.search(r"[\u4e00-\u9fa5]{2}", rows[0]["name"]) \
            or re.match(r"[\d.]+", figure).group(0) not in str(rows[0].get("value", "")):
        return None
    return rows[0]["name"], figure


def ask(q: "Question", name: str, figure: str) -> "Question":
    """The follow-up asking the row's exact figure (its field is the category asked, so her answer is read as rows)."""
    from .questions import Question, QuickReply
    unit = re.sub(r"^[\d.]+", "", figure)           # (kept in the key: her bare "15000" is in the figure's unit)
    return Question(field=q.field, kind=q.kind, key=f"{KEY}{q.field}:{name}" + (f"|{unit}" if unit else ""),
                    text=f"「{name}」准确是多少？（如“{figure}”；不清楚可以说“跳过”）",
                    extra=[QuickReply(f"就按{figure}", f"就按{figure}")])


# her figure alone, maybe after a correction's or a settling word, maybe with a remark after it: "24人", "准确是24人",
# "刚才说错了，是24人", "就按20人", "一百二十六株，刚数清楚了"
_BARE = re.compile(r"(?:[^，,。；;\d]{0,8}?(?:错了|不对|不准|有误)[了的啊]*[，,。；;\s]*)?"
                   r"(?:准确(?:的)?(?:数)?(?:是|的是)?|确切(?:地)?(?:说)?(?:是)?|就按|按|应该是|应为|是|为|有|共|一共)?\s*"
                   r"(?P<v>(?:[≥≤><=]|不少于|不低于|不超过|不高于|达到)?\s*[\d.]+\s*(?:" + A.MEASURE + r"|%|％|万元|元)?)"
                   r"\s*(?:吧|啊|呀|哈|的|整)?(?P<rest>[，,。；;！!\s]+[^\d，,。；;]{1,12}[。！!]?)?[。！!]?")


def named(iv: "Interview", q: "Question | None", text: str) -> str:
    """Her answer to the exact follow-up — on screen, or still open for the category asked — with the row's name
    before a bare figure ("24人" → "带徒人数24人"; the follow-up is then answered); any other answer as it is (a row
    she names herself, a skip, a question)."""
    if q is None or not q.field.startswith("indicators."):
        return text
    key = q.key if q.key.startswith(KEY + q.field + ":") else next(
        (f.get("key", "") for f in iv.followups if f.get("key", "").startswith(KEY + q.field + ":")), "")
    m = _BARE.fullmatch(spoken_numbers(A.prep(text)).strip()) if key else None
    if m is None:
        return text
    iv.followups = [f for f in iv.followups if f.get("key") != key]
    name, _, unit = key.rsplit(":", 1)[1].partition("|")
    value = m.group("v")
    if unit and re.fullmatch(r"[\d.]+", value.strip()):
        value = value.strip() + unit     # "15000" for 「受益学生」 asked after "15000人左右": 15000人
    return name + value + (m.group("rest") or "")


# a figure alone at an indicator question, with its measure and no name: "86台", "46名", "那就写120户吧"
_ALONE = re.compile(r"(?:那就|那|就|写|就写|填|就填)*\s*(?P<op>[≥≤><=]|不少于|不低于|不超过|不高于|达到)?\s*"
                    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>" + A.MEASURE + r")\s*(?:吧|啊|呀|哈|的)?[。！!]?")


def from_overview(iv: "Interview", q: "Question | None", text: str) -> str:
    """A figure alone at an indicator question ("86台") that her 概况 states once with its thing ("平台车辆86台，…"):
    the row named as the 概况 names it ("平台车辆86台"). Nothing is paired when the 概况 holds the figure never or more
    than once, or its clause gives no row of the category asked (asked again, as before)."""
    if q is None or not q.field.startswith("indicators.") or not iv.form.overview:
        return text
    m = _ALONE.fullmatch(spoken_numbers(A.prep(text)).strip())
    if m is None:
        return text
    cat = q.field.split(".", 1)[1]
    n = float(m.group("n"))
    if any(re.search(r"(?<![\d.])" + re.escape(m.group("n")) + r"(?![\d.])", str(getattr(c, "value", "")))
           for c in getattr(q, "choices", None) or []):
        return text                      # an option on screen holds the figure: hers to pick by it
    at = re.compile(r"(?<![\d.])" + re.escape(m.group("n")) + r"\s*(?:" + A.MEASURE + r")")
    clauses = [c for c in re.split(r"[，,。；;！!\n]+", spoken_numbers(A.prep(iv.form.overview))) if at.search(c)]
    if len(clauses) != 1 or len(at.findall(clauses[0])) != 1:
        return text
    rows = [r for r, _ in read_rows(clauses[0], cat, []).rows if r.get("level2") == cat and r.get("name")
            and (v := re.search(r"\d+(?:\.\d+)?", str(r.get("value", "")))) and float(v.group(0)) == n]
    if len(rows) != 1 or not re.search(r"[\u4e00-\u9fa5]{2}", rows[0]["name"]):
        return text
    return rows[0]["name"] + (m.group("op") or "") + m.group("n") + m.group("u")


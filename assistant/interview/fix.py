"""A correction while a row, an amount or a text is asked: found before the message is read as an
answer, applied where she said the figure, never stored as a new indicator or budget line.

    route(iv, q, r, reply)   # True: the message was a correction, handled here

The target of each figure in the message is, in this order: the place that holds the figure she
quotes as wrong ("不是8万头次，是9万头次", "300估高了"); else the one place that holds a figure of
the same unit whose name (or the words before it in a text) shares a word with what she said
before the figure ("桥是七座" → "危桥六座"; "工资那项…36万" → 保洁员工资). Rows and amounts come first;
a text (概况, 必要性) only when no row holds the figure. A figure with no such place, or with
several, is asked about (the candidates listed), and nothing is stored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import answers as A
from . import deltas
from . import fields as F
from .answers import Fill, Patch
from .apply import readable
from .choices import spoken_numbers
from .optionsets import OWN_VALUE
from .recall import RECALLED, bound, with_bound

if TYPE_CHECKING:
    from .acts import Reading
    from .engine import Interview, Reply
    from .questions import Question

_MARK = re.compile(r"(?:说|写|记|讲|报|填|算)(?:的|得)不(?:太|大)?准|(?:再|说得?|写得?)?(?:精确|准确|确切)(?:一点|一些|点|些|地说|的说|来说|地讲)|(?:看|当|抄|念|听)成(?=[^，,。；;]{0,12}?(?:的|了))|^\s*不不|" + F.CHANGE_TO + r"|更正|应该是|应为|不对|错了|说错|写错|搞错|整错|填错|弄错|打错|数错|算错|看错|记错|听错|抄错|输错|有误|(?:粘|贴|识别|认)错|错行|串行|看串|(?<![别莫勿])(?<!不要)(?<!不能)(?<!不会)(?:搞|弄|记|算|整)(?:混|串)|串成|(?:另一个|另外一个|别的)项目的|写多(?!少)|写少|多写|少写|"
                   r"多说|少说|多算|少算|[说算数报填]多了|[说算数报填]少了|估高|估低|重新来|不是[^，,。；;]{1,12}?[，,]?\s*(?:而)?(?:应该)?是")
_NUM = r"\d+(?:\.\d+)?"
_CN = r"[零〇一二两三四五六七八九十百千]+"
_UNIT = (r"(?:[万千亿])?(?:平方米|立方米|公里|千米|公斤|个人|人次|头次|羽次|批次|小时|分钟|工作日|元|块|人|名|位|个|座|辆|台|套|户|亩|"
         r"米|吨|斤|件|场|次|期|项|页|册|本|所|家|批|头|只|份|天|月|%|起|条|处|间|栋|张|株|棵|盏|路|根|艘|架|部|支|枚|篇|例|轮|届|节|班|箱|包|袋|瓶|双|顶|口)?")
_TOKEN = re.compile(r"(?<![A-Za-z\d.])(?P<n>" + _NUM + r")\s*(?P<u>" + _UNIT + ")")      # (PM10, 5G: a name, no figure)
_FIGURE = re.compile(r"(?<![A-Za-z\d.])(?P<n>" + _NUM + "|" + _CN + r")\s*(?P<u>" + _UNIT + ")")
_DELTA = re.compile(r"(?:多|少)(?:说|写|算|填|报|数|录|计|统计|了)了?\s*$|(?<!差不)(?:多|少)\s*$|(?:涨|增加|加|减|减少|降|降低|提高|差)了\s*$|"
                    r"(?:砍掉|砍去|砍下|砍|削减|减掉|减去|核减|压减|扣掉|扣减)了?\s*$|"           # "少说了一座": a difference
                    # the words of a budget's adjustment ("调减2万", "压缩2万", "相应减2万"): a difference, never the new amount
                    r"(?:调减|调增|下调|上调|压缩|缩减|节约|节省|省下|省出|降低|(?<!新)增加|减少|(?:相应地?|跟着|也|再)(?:加|减|降))了?\s*$")
_OLD_BEFORE = re.compile(r"不是\s*$|把\s*$")                                         # "不是8万…": the wrong one
_OLD_AFTER = re.compile(r"^\s*(?:的)?(?:那个|这个|那项|这项|那条|这条|那一项|这一项|那一个|那里|那儿|那)?(?:数|数字)?\s*(?:也|我)?(?:改成|改为|(?<![更替])换成(?!本)|不对|错了|估高|估低|写多|写少|多了|少了|有误|(?:是|那是)(?:去年|上年|前年|往年|以前)的|"
                        r"(?:刚才|刚刚|之前|前面)?(?:说错|写错|搞错|填错|弄错|打错|算错|数错))")
_FINE = re.compile(r"没错|没问题|不变|是对的|对的|不用改")
_ROWISH = ("indicators", "rows", "goals")
_WORDS_ONLY = ("name", "org", "person", "attribute", "code", "dept_code", "phone")   # values with no counted figure


def correcting(text: str) -> bool:
    t = spoken_numbers(A.prep(text))
    return bool(_MARK.search(t))     # "刚才说了啊，冰箱36万…" alone is her answer again, not a correction


def rowish(q: "Question | None") -> bool:
    """A question whose answer is rows, an amount or a text (or the final check of the numbers): a
    correction must not be read as its answer, and is applied (a free correction at the check too)."""
    if q is None or q.kind == "fix":
        return False
    return q.kind in _ROWISH or q.kind == "confirm" or q.field.startswith(("indicators", "budget_items", "goals")) or q.field == "funding" \
        or F.kind(q.field) in ("text", "goals", "items", "indicators")


@dataclass
class Token:
    n: str          # the number as digits
    unit: str
    said: str       # as she wrote it
    old: bool       # quoted as the wrong one
    subject: str    # her words before it in the clause
    op: str = ""    # the bound she puts on it (不少于 → ≥): recall.bound
    summed: bool = False   # the result of a sum she reckons ("60户×1.5万=90万"): a budget line's amount


@dataclass
class Place:
    path: str       # indicators:<名称>, budget_items[i], overview, necessity
    label: str
    text: str       # the value as it stands
    span: tuple[int, int] = (0, 0)   # the figure inside ``text``


def _digits(t: str) -> str:
    """Chinese numerals left by spoken_numbers ("一万二", "两千四百八") as digits."""
    from ..textnum import cn_to_number

    def one(m: re.Match) -> str:
        v = cn_to_number(m.group(0))
        return f"{v:g}" if v is not None else m.group(0)
    return re.sub(r"[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万]*[十百千万][零〇一二两三四五六七八九]?", one, t)


def tokens(text: str) -> list[Token]:
    t = _digits(spoken_numbers(A.prep(text)))
    out, last = [], ""
    for clause in re.split(r"[，,。；;！!？?\n]+", t):
        if not clause.strip() or _FINE.search(clause):
            continue
        if not _TOKEN.search(clause):
            last = _subject(_MARK.sub("", clause)) or last      # "总里程少说了，是450公里": the words before
            continue
        for m in _TOKEN.finditer(clause):
            head, tail = clause[:m.start()], clause[m.end():]
            if _DELTA.search(head) or re.match(r"1个0", clause[m.start():]) or re.search(r"按照?\s*$|个$|[那这哪上下每]$", head):
                last = _subject(head) or last
                continue              # "少说了一座", "写多了一个零": a difference; "按20个人算": a basis, no value;
                #                       "上一个": the one before, no figure
            if re.match(r"(?:19|20)\d\d$", m.group("n")) and m.group("u").startswith("年"):
                continue
            if re.search(r"第\s*$", head) or re.match(r"\s*[×xX*]", tail) and "=" in tail or re.search(r"[×xX*]\s*$", head):
                continue                  # "第二部分", "第3项": where, no figure; "60户×1.5万=…": a factor of a sum
            last = _subject(head) or last
            out.append(Token(m.group("n"), m.group("u"), m.group(0), bool(_OLD_BEFORE.search(head) or _OLD_AFTER.match(tail)
                                                                        or RECALLED.search(head)), last, bound(head, tail),
                             summed=bool(re.search(r"[=＝]\s*$", head))))
    return out


# a row of so much for each one: 每个…, 平均…, 人均…, 单价 — its figure is never a sum said of a thing named otherwise
_PER = re.compile(r"每|平均|人均|户均|亩均|单价|单位成本|均价")


def _subject(head: str) -> str:
    head = re.sub(r"(?:我|俺|咱)(?:又|也)?了?$", "", _TALKY.sub("", re.sub(r"[^\u4e00-\u9fa5A-Za-z]", "", head)))
    return re.sub(r"^(?:不是|是|把|那|就|还有|另外|刚才|刚刚|前面|上面|(?:今年|明年|本年度?|这次)的?)+|(?:是|为|那个|那项|这个|这项|就按|按|改成|改为|应该是|不是|的|改|要写|写)+$",
                  "", head)


# her words around a row's name that name no row: "那个学生的钱我看错行了" → 学生
_TALKY = re.compile(r"(?:那个|这个|那项|这项|那一项|这一项|那一个|这一个)|(?:的)?(?:钱|金额|数量|数目|个数|费用)(?=$|[我是改的应])|"
                    r"(?:我|俺|咱)(?:又|也)?[\u4e00-\u9fa5]{0,2}?[错漏]了?[\u4e00-\u9fa5]?了?|(?:刚才|刚刚|前面|之前)(?:说|写|填)?的?")


def _name_of(label: str) -> str:
    m = re.search(r"「(.*)」", label)
    return m.group(1) if m else label


def _overlap(a: str, b: str) -> int:
    """The longest run of characters two names share: 学生 in 学生半价补贴."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _best(subject: str, spots: list["Place"]) -> list["Place"]:
    """Of the places her words may name, the one whose name shares the longest run with them (two
    characters at least); several as long: all of them (asked about)."""
    s = re.sub(r"[^\u4e00-\u9fa5A-Za-z]", "", subject)
    scored = [(_overlap(s, _name_of(p.label)), p) for p in spots]
    top = max((n for n, _ in scored), default=0)
    return [p for n, p in scored if n == top] if top >= 2 else []


def _computed(iv: "Interview", path: str) -> bool:
    src = iv.provenance.get(path)
    return src is not None and src.kind == "computed"


def places(iv: "Interview", computed: bool = False) -> list[Place]:
    """The rows she gave (``computed``: the rows the interview computed, which follow hers)."""
    out = [Place(f"indicators:{i.name}", f"指标「{i.name}」", i.value) for i in iv.form.indicators
           if i.name and _computed(iv, f"indicators:{i.name}") == computed]
    if computed:
        return out
    out += [Place(f"budget_items[{k}]", f"预算明细「{b.name}」", f"{b.amount:g}万" if b.amount is not None else "")
            for k, b in enumerate(iv.form.budget_items)]
    return out


def _figures(text: str) -> list[tuple[str, str, int, int]]:
    """(number as digits, unit, start, end of the number) of each figure in a value or a text as written."""
    from ..textnum import cn_to_number
    out = []
    for m in _FIGURE.finditer(text or ""):
        raw = m.group("n")
        n = raw if raw[0].isdigit() else (f"{cn_to_number(raw):g}" if cn_to_number(raw) is not None else "")
        if re.fullmatch(r"[万千]", m.group("u")) and re.match(r"[一二两三四五六七八九1-9]", text[m.end():]):
            continue                     # "两万三", "5万8" are 2.3万, 5.8万: no figure to put another in place of
        if n and (m.group("u") or raw[0].isdigit()):
            out.append((n, m.group("u"), m.start("n"), m.end("n")))
    return out


def _same_unit(a: str, b: str) -> bool:
    a, b = a.replace("元", ""), b.replace("元", "")
    return bool(a) and bool(b) and (a == b or a.startswith(b) or b.startswith(a))


def _measure(unit: str) -> str:
    """What a unit measures, its magnitude and 元 aside: '万亩' → '亩', '万元' → '' (money)."""
    return re.sub(r"^[万亿千百]", "", unit.replace("元", ""))


def _shares(subject: str, name: str, strict: bool = False) -> bool:
    s = re.sub(r"[^\u4e00-\u9fa5A-Za-z]", "", subject)
    if strict:                           # her words name the row itself: "工资" in 保洁员工资
        return len(s) >= 2 and s in name
    return any(s[k:k + 2] in name for k in range(len(s) - 1)) if len(s) >= 2 else bool(s) and s in name


def _texts(iv: "Interview") -> list[Place]:
    return [Place(f, F.label(f), getattr(iv.form, f)) for f in ("overview", "necessity")]


def _quoted(tok: Token, spots: list[Place]) -> bool:
    return any(n == tok.n and (not tok.unit or not u or _same_unit(u, tok.unit)) for p in spots for n, u, _, _ in _figures(p.text))


def target(iv: "Interview", tok: Token, olds: list[Token], rows: list[Place], strict: bool = False) -> list[Place]:
    """The places the token's figure belongs to (one: apply; none or several: ask)."""
    texts = _texts(iv)
    if olds:
        o = olds[0]
        hit = [p for p in rows if any(n == o.n and (not o.unit or not u or _same_unit(u, o.unit)) for n, u, _, _ in _figures(p.text))]
        return hit or [p for p in texts if any(n == o.n and _same_unit(u, o.unit or tok.unit) for n, u, _, _ in _figures(p.text))]
    if not tok.unit:                     # "梁架那个改成130": a bare figure goes to the row her words name
        return _best(tok.subject, rows) if tok.subject else []
    same = [p for p in rows if any(_same_unit(u, tok.unit) for _, u, _, _ in _figures(p.text))
            and not (p.path.startswith("budget_items") and _measure(tok.unit))]   # "一万亩" is no amount in 万元
    named = [p for p in same if tok.subject and _shares(tok.subject, p.label, strict)]
    if len(named) > 1:
        named = _best(tok.subject, named) or named
    if named:
        return named
    prose = []
    for p in texts:
        figs = [f for f in _figures(p.text) if tok.unit and _same_unit(f[1], tok.unit)]
        near = [f for f in figs if len(_cjk(tok.subject)) >= 2        # her words just before the figure, or the words
                and (_shares(tok.subject, p.text[max(0, f[2] - 10):f[2]])      # that follow its unit ("2.3万常住人口")
                     or _shares(tok.subject, p.text[f[3] + len(f[1]):f[3] + len(f[1]) + 6]))]
        if len(near) == 1:             # the figure her words point at; a unit alone would be a guess
            f = near[0]
            prose.append(Place(p.path, p.label, p.text, (f[2], f[3])))
    if prose:
        return prose
    if not tok.subject and _money(tok.unit):
        return []                        # "金额改成56万": money her words tie to no row — the funding holds money too: asked
    return same if not tok.subject or len(same) != 1 or _only_unit(tok) else []


def _one_fact(iv: "Interview", tok: Token, spots: list[Place]) -> "Place | None":
    """When every place is an indicator row holding one and the same figure of the token's unit (a count the 概况
    gave and her own row of it), that figure is one fact: the row of it she gave last (the place she said it), if
    one turn gave it; else None (which is meant is asked)."""
    if not all(p.path.startswith("indicators") and _shares(tok.subject, p.label) for p in spots):
        return None                      # (her words name each of them: "装备合计17台" — 购置装备, 检测装备数量)
    held = [{float(n) for n, u, _, _ in _figures(p.text) if _same_unit(u, tok.unit)} for p in spots]
    if not (all(len(h) == 1 for h in held) and len(set.union(*held)) == 1):
        return None
    turns = [getattr(iv.provenance.get(p.path), "turn", None) for p in spots]
    if any(t is None for t in turns):
        return None
    latest = [p for p, t in zip(spots, turns) if t == max(turns)]
    return latest[0] if len(latest) == 1 else None


def _held_before(iv: "Interview", spot: Place, tok: Token) -> bool:
    """The place held the token's figure earlier in the interview and holds another now ("驳岸还是310" after
    310 was changed to 300): she takes her change back."""
    def value(form: dict) -> str:
        m = re.fullmatch(r"budget_items\[(\d+)\]", spot.path)
        if m:
            items = form.get("budget_items") or []
            k = int(m.group(1))
            amount = items[k].get("amount") if k < len(items) else None
            return f"{amount:g}万" if isinstance(amount, (int, float)) else ""
        if spot.path.startswith("indicators:"):
            name = spot.path.split(":", 1)[1]
            return next((i.get("value") or "" for i in form.get("indicators") or [] if i.get("name") == name), "")
        return ""
    if any(n == tok.n for n, _, _, _ in _figures(spot.text)):
        return False
    return any(n == tok.n and (not tok.unit or not u or _same_unit(u, tok.unit))
               for state in iv.history for n, u, _, _ in _figures(value(state.get("form") or {})))


def _cjk(s: str) -> str:
    """Her words without particles and talk: "有" of "有一处学校不同意" is one character, naming nothing."""
    return re.sub(r"[^\u4e00-\u9fa5A-Za-z]|[有是了的那这个]", "", s or "")


def _money(unit: str) -> bool:
    """A figure's unit is money (元, 万, 万元, 亿元 …)."""
    return bool(unit) and bool(re.fullmatch(r"[万亿千]?元?", unit))


def _only_unit(tok: Token) -> bool:
    """"人次说错了，是11万人次": her words name only the figure's unit — the one row in that unit is it."""
    measure = re.sub(r"^[万亿千百]", "", tok.unit or "")
    return bool(measure) and not re.sub(r"[了的那个这吗呢啊呀]", "", tok.subject.replace(measure, ""))


def _names_row(text: str, label: str) -> bool:
    """Her words name the row ``label`` (指标「路面修补单价」): two characters of its name in a row ("单价那个")."""
    name = re.sub(r"^[^「]*「|」.*$", "", label)
    return any(name[k:k + 2] in text for k in range(len(name) - 1))


def _not_this_but(iv: "Interview", q: "Question | None", said: str) -> bool:
    """Her message is "不是X，是Y" with one figure quoted as wrong, which a row or a budget line of the form holds and the
    asked amount does not: a correction of that place (the cut-off rest "是Y" is no answer to the asked question)."""
    toks = tokens(said)
    olds = [t for t in toks if t.old]
    if len(toks) != 2 or len(olds) != 1 or not _quoted(olds[0], places(iv)):
        return False
    if not re.search(r"不是\s*" + re.escape(olds[0].said), _digits(spoken_numbers(A.prep(said)))):
        return False                     # ("刚才说的120个不动，另外添一条…": the figure recalled, not denied)
    holders = [p for p in places(iv) if _quoted(olds[0], [p])]
    if olds[0].subject and not any(_overlap(olds[0].subject, _name_of(p.label)) >= 2 for p in holders):
        return False                     # "成活率不是90%，是95%" beside 满意度 ≥90%: a row of her own, not that one
    total = iv.form.funding.total
    return not (q is not None and q.field.startswith("funding") and total is not None and _money(olds[0].unit)
                and f"{total:g}" == olds[0].n)


def route(iv: "Interview", q: "Question | None", r: "Reading", text: str, reply: "Reply", named_row: bool = False) -> bool:
    """Apply a correction found in what is left of the message (``text``) while a row, an amount or a
    text is asked; True when it was one (applied, asked about, or carried by a field it names): nothing
    of it is an answer to the asked question. ``named_row``: after a no ("不对，养殖场是四十八个") only a
    row her words name is corrected; else the message is her own answer."""
    if named_row:
        return _named_row(iv, q, r, text, reply)
    here = correcting(text) or ("correction" in r.acts and not r.named) or _again(iv, text) or bool(deltas.found(iv, text))
    if not here and not r.named and _not_this_but(iv, q, r.raw or r.text):
        here, text = True, r.raw or r.text   # "不是36万，是38万" where a line holds 36万: that line put right, never
        #                                      the asked total (or the whole list) made 38万
    named_field = q is not None and F.kind(q.field) in _WORDS_ONLY and here and any(t.unit for t in tokens(text))
    if q is not None and F.kind(q.field) in _WORDS_ONLY and here and not r.named and _BEFORE_ONE.search(text) \
            and _offer_word(iv, q, r.raw or r.text, reply):
        r.act("correction")              # "上一个写错了，应该是…" at a question of words: the words offered where they fit
        return True
    if not (rowish(q) or named_field) or r.picks or not text.strip() or not (here or (r.named and correcting(r.text))):
        return False                     # named_field: "护坡说错了，是4处" at the 项目名称 question is a row's, not a name
    if q is not None and q.kind == "value" and q.field.startswith("indicators:") and not r.named and not any(
            p.label and p.label not in (q.field, readable(iv.form, q.field)) and _names_row(text, p.label) for p in places(iv)):
        return False                     # "写错了，应该是100%" asked of the one value the check found wrong: that value
    if q is not None and q.field == "budget_items" and not iv.form.budget_items and _lines(iv, text) >= 2:
        return False                     # the list asked for, said again with a remark ("…刚才巡检的念错了"): her answer
    if not r.named and "correction" in r.acts and not correcting(text):
        whole = [t for t in tokens(r.text)]      # "不是6万，是7万": the figure she quotes as wrong was cut off the rest
        if len(whole) > max(1, len(tokens(text))) and not any(_quoted(t, places(iv) + _texts(iv)) for t in whole):
            return False                 # "差不多三十万吧，不对，是三十二万": her answer, settled in the same breath
        text = r.text
    if q is not None and q.choices and OWN_VALUE.match(text):
        return False                     # "1改成95%": a pick, with her value
    if q is not None and q.choices and any(c.name in text for c in q.choices):
        return False                     # "数字化页数改成120万页": an offered row, with her value
    if here and not r.named and _begins(iv, text, reply):
        r.act("correction")
        return True                      # "应该是4月开工": the period's start, never the row 完工时间 (only 时间 shared)
    toks = [t for t in tokens(text)]
    if r.named and toks and not here:     # "耗材的钱我抄错了，是55万，维修那个是53万": her words before the rest
        values = [_digits(spoken_numbers(A.prep(m.value))) for m in r.named]
        full = [t for t in tokens(r.text) if not any(t.said in v for v in values)]
        if len(full) == len(toks):
            toks = full
    if r.named and not toks:
        return True                      # "钱数写多了一个零，总额是386万": the named field carries it
    stated = deltas.spans(text)
    if stated:                           # "船租赁那行加12万": a difference, applied below — no new value of its own
        toks = [t for t in toks if not any(t.said in w for w in stated)]
    olds = [t for t in toks if t.old]
    news = [t for t in toks if not t.old]
    rows = places(iv)
    done, unsure = [], []
    for tok in news:
        spots = target(iv, tok, olds if len(olds) == 1 and len(news) == 1 else [], rows, strict=not here)
        if tok.summed:                   # a sum she reckons is a budget line's amount, never a row's or a text's figure
            spots = [p for p in spots if p.path.startswith("budget_items[")]
        if not olds and tok.subject:     # "宣传册印制及发放应为9万元": a sum, never the per-unit row 每户平均改造成本
            spots = [p for p in spots if not (p.path.startswith("indicators:") and _PER.search(_name_of(p.label))
                                              and not _PER.search(tok.subject) and _name_of(p.label) not in tok.subject)]
        line = next((b.name for b in iv.form.budget_items if len(b.name or "") >= 2 and b.name in tok.subject), "")
        if line and _measure(tok.unit) and not any(line in p.label for p in spots):
            unsure.append((tok, []))     # "越野车3辆": a count of the budget line she names, which no row holds
            continue
        if len(spots) > 1 and len(back := [p for p in spots if _held_before(iv, p, tok)]) == 1:
            spots = back                 # "驳岸还是310": of the rows her words name, the one that held 310 before
        if len(spots) == 1 and not (olds or _names(tok, spots[0], r.text) or _asked_here(q, spots[0], iv)):
            spots = []                   # "改成：食品抽检总体合格率≥97%" beside 不合格食品核查处置率: a name of her own
        if len(spots) == 1:
            done.append((tok, spots[0]))
        elif len(spots) > 1 and (last := _one_fact(iv, tok, spots)) is not None:
            done.append((tok, last))     # "装备合计17台" where two rows hold 16台: one fact — put right where she said it last
        else:
            unsure.append((tok, spots))
    if not here and not done:
        return False                     # the field she names carries the correction; the rest is an answer
    if not done and not r.named and _unstored_answer(iv, q, [t for t, _ in unsure]):
        return False                     # "大概30万吧" → "刚才说错了，是32万": her answer, the one before it never stored
    if not done and not deltas.found(iv, text) and _own_row(q, iv, text):
        return False                     # "太虚了。改成：食品抽检总体合格率≥97%": her own row for the asked category
    if len(done) == 1 and len(unsure) == 1 and not olds and not r.named and here:
        (was, spot), (now, _) = done[0], unsure[0]       # "18公里是连那期一起算的，这次自己是12公里": the figure the place
        if now.n != was.n and was.unit == now.unit and _measure(now.unit) and not _money(now.unit) \
                and any(n == was.n for n, *_ in _figures(spot.text)):
            done, unsure, olds = [(now, spot)], [], [was]    # holds is the one she takes back, the other its new figure
    if len({s.path for _, s in done}) < len(done):     # "3.6万是那个项目一起算的，自己是3.2万": of two figures aimed at
        done = [(t, s) for t, s in done if not (sum(x.path == s.path for _, x in done) > 1   # one place, the one it holds
                                                 and any(n == t.n for n, *_ in _figures(s.text)))]    # already is the old one
    for tok, spot in done:
        _apply(iv, tok, spot, olds, r.raw or r.text, reply)
        was = olds[0] if len(olds) == 1 else None
        for row in places(iv, computed=True):     # a row computed from what she corrected follows it
            if was is not None and any(n == was.n and _same_unit(u, tok.unit) for n, u, _, _ in _figures(row.text)):
                _apply(iv, tok, row, olds, "随更正", reply, follow=True)
    r.act("correction")
    # "是5艘；船租赁那行加12万": the difference applied beside the values (rows it names no one: nothing)
    applied = bool(stated) and deltas.apply(iv, text, r.raw or r.text, reply)
    if unsure and not done and not r.named and (_period(iv, r.raw or r.text, reply) or _year_moved(iv, r.raw or r.text, reply)):
        return True                      # "你理解错了，我说的是明年，2024年全年": the period, which her words name
    if unsure and not done and not r.named:
        units = [t.unit for t, _ in unsure if t.unit]
        alike = [p.label for p in rows if any(u and _measure(u) == _measure(v) for _, u, _, _ in _figures(p.text) for v in units)]
        cands = list(dict.fromkeys(p.label for _, ps in unsure for p in ps)) or alike or [p.label for p in rows][:6]
        if any(_money(t.unit) for t, _ in unsure):
            cands = [F.label("funding.total")] + cands      # money: the total is a place too
        listed = "；".join(f"{k}. {c}" for k, c in enumerate(cands[:6], 1))
        reply.said.append(f"听出您要更正前面说过的数（{'、'.join(t.said for t, _ in unsure)}），但没找准是哪一项，表里没有改动。"
                          + (f"是这几项中的哪一项？{listed}。" if listed else "")
                          + "请说“改一下：<名称>是……”。")
    elif not done and not r.named and _year_moved(iv, r.raw or r.text, reply):
        pass                             # "不对，是明年的": the period's year, its months kept
    elif not done and not r.named and not applied and not (not stated and deltas.apply(iv, text, r.raw or r.text, reply)) \
            and not _offer_word(iv, q, r.raw or r.text, reply):    # "公厕多了2座"
        reply.said.append("听出您要更正前面说过的内容，但没听出改成什么，表里没有改动。请说“改一下：<名称>是……”。")
    return True


def _unstored_answer(iv: "Interview", q: "Question | None", toks: list[Token]) -> bool:
    """A correction no place takes, of an answer to the asked question that was never stored: the question was asked
    the turn before too and her answer then changed nothing ("大概30万吧" asked again), or it is the money question
    while no total is held (the only place her amount could correct is the one asked). Her message is its answer."""
    if q is None or not toks:
        return False
    before = iv.history[-2] if len(iv.history) >= 2 else None
    if before is not None and before.get("asked_field") == q.field and not before.get("changed"):
        return True
    return q.field == "funding" and iv.form.funding.total is None and all(_money(t.unit) for t in toks)


# the answer before, pointed at ("上一个", "刚才那个", "前面那项")
_BEFORE_ONE = re.compile(r"(?:上|前)一(?:个|项|条|栏|题|步)|(?:刚才|刚刚|前面|上面)(?:那|这)(?:个|项|条|栏)")
# the new words of a correction that names no field ("上一个写错了，应该是社区老年助餐服务补助")
_NEW_WORDS = re.compile(r"(?:应该是|应是|应为|改成|改为|换成|是)\s*[“\"「『]?(?P<v>[^，,。；;“”\"「」『』\d]{2,40}?)[”\"」』]?\s*(?:才对)?[。!！]*$")
_WORD_FIELDS = ("project_name", "unit", "department", "unit_head", "department_head", "filler")


def _offer_word(iv: "Interview", q: "Question | None", text: str, reply: "Reply") -> bool:
    """A correction that names no field and whose new words read as exactly one filled field of words (a project's
    name is no unit's; a person's name is no project's): asked whether that field is meant — stored on her yes only,
    never guessed. The field asked before is taken first when the words fit it ("上一个…")."""
    from .apply import get
    from .questions import Question
    from .readers import read
    m = _NEW_WORDS.search(A.prep(text).strip())
    if m is None or q is None:
        return False
    named = {x.path for x in F.mentions(text, iv.form)} - set(_WORD_FIELDS)
    if named:                            # "编码不知道，科目应该是城乡社区环境卫生吧": the field she names, never another one
        from .answer import offer_subject   # the words would fit (项目名称)
        return "function_code" in named and offer_subject(iv, text, reply)
    words = m.group("v").strip()
    prev = iv.history[-2].get("asked_field", "") if len(iv.history) >= 2 else ""
    fits = []
    for path in dict.fromkeys(([prev] if prev in _WORD_FIELDS else []) + list(_WORD_FIELDS)):
        old = get(iv.form, path)
        if path == q.field or not old:
            continue
        got = read(path, words, iv.context(path))
        vals = [f.value for f in got.fills if f.path == path]
        if not got.miss and len(vals) == 1 and isinstance(vals[0], str) and vals[0] != old:
            fits.append((path, vals[0], old))
    pick = fits[0] if fits and (fits[0][0] == prev or len(fits) == 1) else None
    if pick is None:
        return False
    path, value, old = pick
    label = F.label(path)
    iv.push_followup(Question(field=path, key=f"late:{path}:{q.field}", proposal=[[path, value]], source=text,
                              text=f"是要把「{label}」从「{old}」改成「{value}」吗？对的话回答“是”，不是请回答“不是”。"))
    return True


# the work's beginning: only the period's start is said so (a deadline row says 完工, 完成, 前)
_BEGIN = r"(?:开工|动工|开建|开始|启动|进场)"
_BEGIN_MONTH = re.compile(r"(\d{1,2})\s*月份?\s*(?:才|就|再|正式)?" + _BEGIN + r"|" + _BEGIN +
                          r"(?:时间|日期|月份)?\s*(?:改成|改为|应该是|应为|是|为|在|定在)?\s*(\d{1,2})\s*月")
_END_WORD = re.compile(r"结束|完工|竣工|截止|收尾")


def _begins(iv: "Interview", text: str, reply: "Reply") -> bool:
    """A correction that puts a month beside the word of the work's beginning ("应该是4月开工", "开工时间改成5月"),
    once a period is given: the period's start (its year kept); an end month said with the word of the end, the end."""
    from .when import period
    t = A.prep(text)
    m = _BEGIN_MONTH.search(t)
    if not m or not iv.form.start:
        return False
    w = period(t, iv.today.year, iv.form.year or int(iv.form.start[:4]))
    month = int(m.group(1) or m.group(2))
    if not w.start or int(w.start[5:7]) != month:
        return False
    fills = [Fill("start", w.start, kind="stated", detail=text, primary=True)]
    if w.end and _END_WORD.search(t) and w.end != iv.form.end:
        fills.append(Fill("end", w.end, kind="stated", detail=text, primary=True))
    changed = iv.apply_gated(Patch(fills), {F.group("start"), F.group("end")}, text, reply)
    if not changed and w.start == iv.form.start:
        reply.said.append(f"「{F.label('start')}」已经是{w.start}，没有改动。")
    return True


def _period(iv: "Interview", text: str, reply: "Reply") -> bool:
    """A correction whose figures are a whole period (start and end months, "2024年全年", "3月到10月"): the period's."""
    from .when import period
    w = period(A.prep(text), iv.today.year, iv.form.year)
    if not (w.start and w.end) or not re.search(r"全年|整年|至|到|~|—|-", text):
        return False
    fills = [Fill("start", w.start, kind="stated", detail=text, primary=True), Fill("end", w.end, kind="stated", detail=text, primary=True)]
    changed = iv.apply_gated(Patch(fills), {F.group("start"), F.group("end")}, text, reply)
    reply.said += [n for n in w.notes if n not in reply.said]
    return bool(changed)


_YEAR_ONLY = re.compile(r"^(?:不对|错了|说错了|搞错了|弄错了|年份不对|年份错了|时间不对)?[，,。\s]*"
                        r"(?:(?:今年|去年|上年)的?|年份|年度|时间|日期|期限)?\s*(?:应该|其实|都)?(?:是|在|为|改成|改为|换成|改到)?\s*"
                        r"(今年|明年|去年|后年|(?:19|20)\d\d\s*年?)(?:度)?(?:的|实施的|做的|执行的|干的)?(?:项目)?"
                        r"(?:[，,]\s*(?:其他|其余|别的)的?(?:都|也)?(?:一样|不变|照旧|没变|不用改|照抄)(?:的)?)?(?:吧|啊|呀|哈)?[。！!]*$")


def _year_moved(iv: "Interview", text: str, reply: "Reply") -> bool:
    """"不对，是明年的" with a period on the form: the period moves to that year, its months kept (said back)."""
    from .when import RELATIVE
    m = _YEAR_ONLY.match(A.prep(text).strip())
    if not m or not (iv.form.start and iv.form.end):
        return False
    word = m.group(1).replace(" ", "")
    year = iv.today.year + RELATIVE[word] if word in RELATIVE else int(word[:4])
    shift = year - int(iv.form.start[:4])
    if not shift:
        return False
    moved = [Fill(p, f"{int(v[:4]) + shift}{v[4:]}", kind="stated", detail=text, primary=True)
             for p, v in (("start", iv.form.start), ("end", iv.form.end))]
    iv.aimed += ["start", "end"]         # the last guard keeps it: her correction of the period, named by its year
    changed = iv.apply_gated(Patch(moved), {F.group("start")}, text, reply)
    if changed and word in RELATIVE:
        reply.said.append(f"“{word}”按{year}年理解")
    return bool(changed)


def _lines(iv: "Interview", text: str) -> int:
    """How many budget lines (a name and an amount each) the text gives; 0 when a name holds words of a
    change ("没错但是宣传资料印刷应该"): then it is no plain list."""
    from .extract import budget_items
    from .guard import bad_name
    items, _ = budget_items(A.prep(text), iv.context("budget_items"), [])
    if any(not i.get("name") or i.get("amount") is None or bad_name(i["name"]) or _MARK.search(i["name"])
           or _FINE.search(i["name"]) or re.search(r"但是|应该", i["name"]) for i in items):
        return 0
    return len(items)


def _again(iv: "Interview", text: str) -> bool:
    """"刚才四十个是最低数，…写不少于四十个": a figure of the form quoted by 刚才, said again after it."""
    toks = tokens(text)
    olds = [t for t in toks if t.old and _quoted(t, places(iv))]
    return len(olds) == 1 and any(not t.old and t.n == olds[0].n and t.unit == olds[0].unit and t.op for t in toks)


def _names(tok: Token, spot: Place, text: str) -> bool:
    """Her words name the place: its name is in the message, or what she said before the figure is a part
    of its name ("工资" of 保洁员工资, "桥" of 危桥) — not a name of her own that only shares a word with it."""
    name = _name_of(spot.label)
    if not spot.path.startswith(("indicators:", "budget_items[")) or (name and name in A.prep(text)):
        return True
    s = re.sub(r"[^\u4e00-\u9fa5A-Za-z]|的|人数|数量|个数|数目|金额|钱数|钱|费用|那个|那项", "", tok.subject)   # "救助的人数" → 救助
    if not _OWN_NAME.search(s):
        return True                      # talk around a word of the row ("哎呀那个学生的钱我看错行了"): as found
    return s in name or _overlap(s, name) * 3 >= len(s) * 2    # most of her words: '保洁工资' is not 单座公厕年保洁成本


# a name of her own: words that end as a measure or a cost does ("食品抽检总体合格率", "志愿者老师交通补贴")
_OWN_NAME = re.compile(r"^[\u4e00-\u9fa5A-Za-z]{2,}(?:率|数|量|度|费|补贴|补助|资金|经费|成本|人次|时间|时限|面积|里程|次数|工资|薪酬|款)$")


def _own_row(q: "Question | None", iv: "Interview", text: str) -> bool:
    """After the word of a change, a whole row (a name and its value) that the form does not have, while
    an indicator category is asked: her answer, not a correction of another row."""
    if q is None or not q.field.startswith("indicators."):
        return False
    from .choices import split_indicator
    from .guard import bad_name
    from .rows import unsure_words
    t = A.prep(text)
    for said in (re.split(r"改成|改为|(?<![更替])换成(?!本)|应该是|应为", t)[-1], unsure_words(t)):
        name, value = split_indicator(said.strip("：:，,。 "))   # "…改成：X≥97%"; "X应该是100%吧": a row said unsure
        if name and value and re.search(r"\d", value) and not re.search(r"[，,；;。]", value) and not bad_name(name) and all(i.name != name for i in iv.form.indicators) \
                and not (re.search(r"\d\s*(?:万元|万|元|亿元|亿)$", value) and not re.search(r"成本|经济", q.field)):
            return True                  # (a sum of money is no row of 质量 or 社会效益: "…印制及发放应为9万元" is a line's)
    return False


def _asked_here(q: "Question | None", spot: Place, iv: "Interview") -> bool:
    """The place is a row of the category asked now (a change of the answer being given)."""
    if q is None or not q.field.startswith("indicators.") or not spot.path.startswith("indicators:"):
        return False
    from ..model import category_of
    core = q.field.split(".", 1)[1].replace("指标", "")
    row = next((i for i in iv.form.indicators if f"indicators:{i.name}" == spot.path), None)
    return row is not None and (core in row.level2 or core in row.level1 or core in category_of(row))


def recount(iv: "Interview", value: str, said: str, reply: "Reply", subject: str = "") -> bool:
    """A count she names by a general word (人数) with a figure in a unit only one row has: that row.
    ``subject``: her words before the word ("容纳" of 容纳人数): the one figure whose unit a row named by
    them has ("7处是4.1万人": 4.1万人 to 可容纳); anything else is asked about."""
    toks = [t for t in tokens(value) if t.unit and not t.old]
    if len(toks) != 1 and not subject:
        return False
    hits = []
    for tok in toks:
        tok.subject = subject or tok.subject
        spots = [p for p in target(iv, tok, [], places(iv), strict=bool(subject))
                 if p.path.startswith("indicators:") or (p.span != (0, 0) and not subject)]   # or the one figure of a text her words name
        if len(spots) == 1 and (not subject or _shares(subject, spots[0].label)):
            hits.append((tok, spots[0]))
    if len(hits) != 1:
        return False
    _apply(iv, hits[0][0], hits[0][1], [], said, reply)
    return True


def _named_row(iv: "Interview", q: "Question | None", r: "Reading", text: str, reply: "Reply") -> bool:
    if not rowish(q) or r.picks or r.named:
        return False
    toks = [t for t in tokens(text) if not t.old]
    rows = places(iv)
    hits = [(t, target(iv, t, [], rows, strict=True)) for t in toks]
    if not hits or any(len(ps) != 1 for _, ps in hits):
        return False
    for tok, spots in hits:
        _apply(iv, tok, spots[0], [], r.raw or r.text, reply)
    r.act("correction")
    return True


def rest_of_correction(iv: "Interview", r: "Reading", text: str, reply: "Reply") -> bool:
    """What is left of a message that put right the fields it names ("终端数量填错了，是130个，电费那行改成16万…",
    "检修那项按12台算，38万，总额改成…"): each figure goes to the one row or line its words (or its unit alone) name,
    as a correction; False, nothing applied, when any figure has no such one place."""
    toks = [t for t in tokens(text) if not t.old]
    rows = places(iv)
    hits = [(t, target(iv, t, [], rows, strict=bool(t.subject))) for t in toks]
    if not hits or any(len(ps) != 1 for _, ps in hits):
        return False
    for tok, spots in hits:
        _apply(iv, tok, spots[0], [], r.raw or r.text, reply)
    r.act("correction")
    return True


def _apply(iv: "Interview", tok: Token, spot: Place, olds: list[Token], said: str, reply: "Reply",
           follow: bool = False) -> None:
    iv.aimed.append(spot.path)           # found by the figure she quoted: named (rollback.py)
    if spot.path.startswith("budget_items[") and follow:     # "泵站少报了五万": 100万 + 5万, computed, to confirm
        iv.apply_patch(Patch([Fill(spot.path + ".amount", float(tok.n), kind="computed", detail=said, primary=True)]), reply)
        return
    if spot.path.startswith("budget_items["):
        from .readers import read
        got = read("funding.other", tok.said if tok.unit else tok.said + "万", iv.context(spot.path))
        if got.fills:
            fill = Fill(spot.path + ".amount", got.fills[0].value, detail=said, primary=True)
            iv.apply_gated(Patch([fill]), {"budget_items"}, said, reply)
        return
    text, figs = spot.text, _figures(spot.text)
    at = next(((a, b) for n, u, a, b in figs if len(olds) == 1 and n == olds[0].n), None) or \
        next(((a, b) for n, u, a, b in figs if (a, b) == spot.span), None) or \
        next(((a, b) for n, u, a, b in figs if _same_unit(u, tok.unit)), None) or \
        next(((a, b) for n, u, a, b in figs if not tok.unit and len(figs) == 1), None)
    if at is None:
        return
    n_at, unit = next((n, u) for n, u, a, b in figs if (a, b) == at)
    if n_at == tok.n and not tok.op and (not tok.unit or not unit or _same_unit(unit, tok.unit)):
        reply.said.append(f"{spot.label}里已经是「{text[at[0]:at[1]]}{unit}」，没有改动。")
        return                           # "改成二期的" where the text says 二期: the figure it holds, written otherwise
    new = text[:at[0]] + tok.n + text[at[1]:]
    if tok.unit and unit and not (tok.unit.startswith(unit) or unit.startswith(tok.unit)) and text[at[1]:].startswith(unit):
        new = text[:at[0]] + tok.n + tok.unit + text[at[1] + len(unit):]
    if spot.path.startswith("indicators:"):
        ind = next(i for i in iv.form.indicators if f"indicators:{i.name}" == spot.path)
        fill = Fill(spot.path, dict(ind.model_dump(), value=with_bound(new, tok.op)), kind="computed" if follow else "stated", detail=said,
                    primary=True)
    else:
        fill = Fill(spot.path, new, detail=said, primary=True)
    from .ops import DERIVED
    src = iv.provenance.get(spot.path)
    counted = spot.path.startswith("indicators:") and not follow and src is not None and src.detail in DERIVED \
        and re.fullmatch(r"[人户]", _measure(unit or tok.unit or "")) and n_at != tok.n
    iv.apply_patch(Patch([fill]), reply)      # her text with her new figure in place of the old: no other number changes
    if counted:                               # "网格员人数改成50人": the people her facts count, and what follows them
        iv.recount(float(n_at), float(tok.n), reply, said)


__all__ = ["correcting", "route", "rowish", "tokens"]

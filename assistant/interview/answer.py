"""Reading the rest of a message as the answer to the pending question: the field's reader (or the
model) through the gate, then what the answer leaves open — what was understood and what is needed,
the year a period lacks, what "没有" means for the funding, indicator rows. Used by turns.py.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import answers as A
from . import fields as F
from . import flow
from . import questions as Q
from .acts import Reading
from .answers import Fill, Patch
from .apply import get, readable
from .derive import MONEY_FACTS, complete_funding
from .extract import FUNDING_PARTS, parts_said_some, parts_unknown
from .questions import Question, QuickReply, rows_offer
from .got import NAME_END, POINTER
from .whom import two_units
from .readers import ATTRIBUTE_WHY, DUTIES, NON_ANSWER, _someone_else, plain, read, several_projects, spoken_alone, weighed
from .choices import CATEGORIES, spoken_numbers
from .rows import MORE, compared_year, read_rows

if TYPE_CHECKING:
    from .engine import Interview, Reply

_MISS = {
    "sentence": "这像是一句话，而「{label}」要的是一个名称",
    "several": "“{text}”说了不止一个项目。一张申报表只填一个项目：请先说这一张要填的项目名称，另一个填完这张后再新建一份",
    "list": "这像是几项内容（“{text}”），而「{label}」只填一项。请分开告诉我，例如“项目名称：…；项目单位：…”",
    "non_answer": "「{label}」不能写“{text}”",
    "no_value": "没能从“{text}”里读出「{label}」",
    "pointer": "前面的话里我没能读出「{label}」，麻烦单独再说一次",
    "no_year": "没听出是哪一年",
    "serial": "“{text}”像是Excel把日期存成的序号，我不按序号推算日期；请直接写起止年月，例如“2025年3月至2025年11月”",
    "order": "“{text}”里的日期看不出月和日哪个在前；请写成“2025年3月1日”这样，或说明“月在前”",
    "season": "“{text}”没有说具体是几月，我不替您定月份；请写起止年月，例如“2025年3月至2025年10月”",
    "need_name": "「{label}」要写具体的姓名",
    "is_me": "好的，「{label}」写您本人，表上要写姓名：请告诉我您的名字（例如“我叫王芳”）",
    "hedge": "这是个约数",
    "day": "“{text}”像是日期，而「{label}」要的是一个名称",
    "count": "“{text}”是个数量，而「{label}」要的是一个名称（改前面的数请说“改一下：<名称>是……”）",
    "reason": "“{text}”说的是为什么要做（必要性），「{label}」要写依据的文件、政策或会议",
    "source": "“{text}”说的是钱从哪里来（资金来源），「{label}」要写钱花在哪些事上和各多少，如“岗位补贴 100万元”",
    "document": "“{text}”是文件的名称，像是立项依据，没有当作「{label}」记下（问到立项依据时再说，或说“改一下：立项依据是…”）",
    "duties": "“{text}”说的是单位的职责（部门职能），没有当作「{label}」记下（问到部门职能时再说，或说“改一下：部门职能是…”）",
    "money_lines": "“{text}”是几笔钱的用途和金额，像是预算明细，没有当作「{label}」记下（问到预算明细时再说）",
    "own_unit": "“{text}”说的是您的单位，表上要写单位全称（如“××县××局”）",
    "not_org": "“{text}”不像单位名称（单位名称一般以局、委、中心、站、学校、办公室等结尾）",
    "talk": "“{text}”像是在说别的事，没有当作「{label}」记下",
    "tiny_yuan": "“{text}”按元算还不到一千元，「{label}」按万元填：是这么多元，还是说的万元？请写“48.6万元”或“486000元”这样的数",
    "person": "“{text}”像是一个人的名字，没有当作「{label}」记下（负责人、填报人问到时再说，或说“改一下：单位负责人是…”）",
    "compared": "“{text}”是和别的数比的差额，那个数我这里没有，没法算出「{label}」；请直接说一共多少万元",
    "caveat": "“{text}”说的是数据还是初步的，没有当作「{label}」记下；评审后数有变化，说“改一下：……”就能改",
    "contact": "“{text}”是联系人和电话，没有当作「{label}」记下（负责人、电话问到时再说，或说“改一下：联系电话是…”）",
    "attribute": "“{text}”说的是项目属性（新增/延续），没有当作「{label}」记下",
    "org": "“{text}”是一个单位的名称，没有当作「{label}」记下（单位问到时再说，或说“改一下：主管部门是…”）",
    "same_ref": "“{text}”是说和别的栏一样，「{label}」要写具体的内容",
    "same_goal": "“{text}”是说和另一个目标一样，那个目标还没有填，「{label}」请直接写",
    "elsewhere": "“{text}”指向别的材料，那份材料我这里看不到，表上也不能只写“详见…”：请把「{label}」的内容直接写出来或粘贴过来",
    "last_year": "“{text}”：去年的表我这里没有，没法照抄。可以把去年的内容整段贴过来，或直接写「{label}」",
    "facts": "“{text}”说的是时间、金额、资金来源或科目编码，已记在对应的栏目，没有当作「{label}」记下",
    "facts_unkept": "“{text}”只说了时间、金额或资金来源，没有当作「{label}」记下（金额、时间问到时再说，或说“改一下：总额是…”）",
    "other_goal": "这段没有当作「{label}」记下",
    "not_money": "“{text}”像是电话、编码或文号，不是金额，没有当作「{label}」记下",
    "year_or_money": "“{text}”没有单位，像是年份，没有当作「{label}」记下；要填的是金额的话，请写成“{text}万元”",
    "yuan_or_wan": "“{text}”没有单位：是{text}元，还是{text}万元？请带上单位再说一次，例如“486000元”或“48.6万元”",
    "indicator": "“{text}”像是一条绩效指标，没有当作「{label}」记下（问到指标时再说，或说“改一下：满意度指标…”）",
}


_TYPED = ("name", "org", "person", "phone", "code", "dept_code", "attribute", "year", "period", "date", "month",
          "count", "monthly", "money", "funding", "items")


def territory(asked: str, path: str) -> bool:
    """``path`` is where an answer to ``asked`` goes: the field, its parts, the period's ends and year."""
    if path == asked or path.startswith((asked + ".", asked + "[")):
        return True
    if asked in ("start", "end", "year"):
        return path in ("start", "end", "year")
    if asked == "funding" or asked.startswith("funding."):
        return path.startswith("funding.")    # 结转 asked: "没结转，有自筹三百万" answers the funding's parts
    return asked.startswith("indicators") and path.startswith("indicators") or \
        asked.startswith("budget_items") and path.startswith("budget_items")


_RESTATABLE = ("date", "period", "year", "money")
_MONEY_SAID = re.compile(r"^\s*(?:是|改成|改为|应该是|应为|为)?\s*\d+(?:\.\d+)?\s*(?:万元|万|元)\s*$")


def _checked_in_her_words(iv: "Interview", text: str, reply: "Reply") -> bool:
    """At the final check of numbers she never said, an answer that names one of them by its kind: the same value
    ("今天" for a 填报日期 of today) confirms it; another one ("3月9日") is her correction, applied — only when one
    listed number takes a value of that kind, and money only with its unit (a bare "1" may be a line's number)."""
    pending = [u for u in iv.unconfirmed_numbers() if F.kind(u.path) in _RESTATABLE]
    said = plain(text)
    hits = []
    for u in pending:
        if F.kind(u.path) == "money" and not _MONEY_SAID.match(said):
            continue
        got = read(u.path, said, iv.context(u.path))
        vals = [f.value for f in got.fills if f.path == u.path]
        if vals:
            hits.append((u, vals[0]))
    if len(hits) != 1:
        return False
    u, value = hits[0]
    current = get(iv.form, u.path)
    if value == current or str(value) == str(current):
        iv.confirm([u.path])
        reply.said.append(f"已确认「{F.label(u.path)}」：{current}。")
        return True
    return bool(iv.apply_gated(Patch([Fill(u.path, value, kind="stated", detail=text, primary=True)]),
                               {F.group(u.path)}, text, reply, asked=u.path))


_MORE_LINES = re.compile(r"^\s*(?:还有|另外还有|另外|再加上?|以及|加上)[，,：:\s]*(?=\S)")


def _unit_ours(iv: "Interview", text: str, reply: "Reply") -> None:
    """A total said in words with no unit ("四十"): read in the question's 万元, but the unit is ours — kept as a
    suggestion, listed among the numbers to confirm, and said so (she may have been cut off: "四十…八万")."""
    from .provenance import Source
    total = iv.form.funding.total
    src = iv.provenance.get("funding.total")
    iv.provenance.set("funding.total", Source("suggested", f"“{text.strip()}”没说单位，按万元记", src.turn if src else iv.turn))
    reply.said.append(f"没说单位，先按{total:g}万元记下，待您确认；不对的话直接说正确的金额，如“四十八万”。")


def offer_subject(iv: "Interview", text: str, reply: "Reply") -> bool:
    """The budget subject said by its name and no code ("科目应该是城乡社区环境卫生吧"): its code from the official list
    offered to confirm (stored on her yes, never in silence)."""
    from .readers import subject_named
    from .speech import cn_digits
    named = None if A.function_code(cn_digits(A.prep(text))) else subject_named(text)   # (a code said wins: "二零四零二九九")
    if named is None or named[0] == iv.form.function_code:
        return False
    code, name = named
    iv.push_followup(Question(field="function_code", key=f"subject:{code}", proposal=code, source=text,
                              text=f"「{name}」对应的预算功能科目编码是 {code}。就填 {code} 吗？对的话回答“是”，不是请直接写7位编码。"))
    reply.said.append(f"听出您说的科目是「{name}」。")
    return True


def _season_months(iv: "Interview", q: Question, text: str) -> None:
    """"明年开春动工，入冬前完成": the year is known, the months are not — asked at once, never made up."""
    from .when import SEASON_WORD
    if q.field != "start" or iv.form.start or not iv.form.year or not SEASON_WORD.search(text) or iv.streak >= 2:
        return
    y = iv.form.year
    iv.push_followup(Question(field="start", key="season:start", example=f"{y}年3月至{y}年11月",
                              text=f"“{plain(text)}”具体是几月到几月？年份按{y}年，请写起止月份，例如“3月开工，11月完工”。"))


def answer(iv: "Interview", q: Question, text: str, reply: "Reply", r: Reading) -> bool:
    """The rest of the message as the answer to the pending question."""
    if q.field == "function_code" and q.kind == "field" and offer_subject(iv, text, reply):
        r.act("answer")
        return True
    if q.kind == "confirm" and _checked_in_her_words(iv, text, reply):
        r.act("confirm" if not reply.changed else "correction")
        return True
    if q.kind in ("confirm", "fix"):
        reply.said.append("请回复“确认”（或“是”），需要修改的话说“改一下：……”。" if q.kind == "confirm"
                          else "请回复“是”应用这项更正，或“不是”保留原值。")
        return False
    if q.kind in ("indicators", "rows") or q.field.startswith("indicators"):
        return _indicators(iv, q, text, reply, r)
    if q.kind == "value" or q.field.startswith(("budget_items[", "goals.annual[", "goals.long_term[")):
        ok = iv.correct_path(q.field, text, reply)
        if ok:
            iv.settle(q)
            r.act("answer")
        return ok
    before = iv.missing(q.field)
    if q.key == "year:start":            # "3月到6月" then "2025年": the months she gave, in that year
        text = f"{iv.facts.get('months_text', '')} {text}"
    elif q.field in ("start", "end") and iv.form.start and iv.form.end and iv.form.start[:4] == iv.form.end[:4] \
            and _YEAR_ONLY.fullmatch(plain(text) or text):
        text = f"{int(iv.form.start[5:7])}月到{int(iv.form.end[5:7])}月 {text}"   # "今年的" asked of 2022-03 至 2022-06:
        #                                the months kept, in the year she names (never the whole year)
    offline = getattr(iv.extractor, "__module__", "").endswith(".extract")
    said = text if offline else r.raw                  # a model reads the whole message; the gate checks it all
    more = q.field == "budget_items" and bool(iv.form.budget_items) and _MORE_LINES.match(said)
    if more:
        said = said[more.end():]         # "还有人工巡测十二万…" after her first lines: lines more, hers kept
    patch = iv.extractor(said, iv.context(q.field))
    if more:
        from .turns import _added_lines
        _added_lines(iv, patch)
    groups = {F.group(q.field)} | ({"budget_items"} if F.group(q.field) == "funding" else set())  # items said with it
    changed = iv.apply_gated(patch, groups, said, reply, asked=q.field)
    if F.group(q.field) == "funding" and any(p.startswith("budget_items") for p in changed):
        r.act("facts")
    if q.field == "funding" and "funding.total" in changed and spoken_alone(text):
        _unit_ours(iv, text, reply)      # "四十": 40万元 by the question's unit, listed until she confirms it
    kind = "funding" if q.field == "funding" else F.kind(q.field)
    clauses = [c for c in re.split(r"[，,。；;！!？?\n]+" if q.field == "project_name" and "\n" in text.strip()
                                   else r"[，,。；;！!？?（）()\n]+", text) if c.strip()]
    #                                  (a name's bracket stays in its line: "关于…乡镇（街道）…的请示" as a pasted title)
    several = kind in ("funding", "money") and (len(A.amounts(A.prep(text))) >= 2 or   # which of her amounts: never a guess
                                                len(_numbers(text)) >= 2)    # (省里补八十，县里配套四十)
    several = several or (q.field == "project_name" and several_projects(text))    # nor which of her projects
    several = several or (kind == "org" and two_units([text], q.field))   # nor which of two units
    if not _filled(iv, q, before, changed) and offline and kind in _TYPED and len(clauses) > 1 and kind != "items" \
            and not several:
        asked = weighed(clauses)
        named = q.field != "project_name" or len(clauses) <= 2    # out of a long message, a project's name is a clause
        for c in [c for i, c in enumerate(clauses) if i not in asked    # that reads as one, or her first ("…装太阳能路灯，
                  and (named or i == 0 or re.search(NAME_END + r"$", c.strip()))]:   # 一共320盏，镇财政出一半…": no clause)
            #                                  "嗯…高龄老人津贴发放？我们科长说是这个名字": the clause that answers
            part = iv.extractor(c, iv.context(q.field))      # money beside the asked field was read from the whole
            part.fills = [f for f in part.fills if territory(q.field, f.path) or not f.path.startswith("funding.")]
            changed += iv.apply_gated(part, {F.group(q.field)}, c, reply, asked=q.field)   # message above ("人员经费
            #                                                  120万" out of a list of lines is no total)
            if _filled(iv, q, before, changed):
                break
    changed += _funding_rest(iv, q, text, reply, bool(changed),
                             "dont_know" if "dont_know" in r.acts else "hedge" if r.hedges or "hedge" in r.acts else "")
    if q.field == "budget_items" and not changed and iv.facts.get("single_item") and iv.form.funding.total is None:
        name = iv.facts.get("single_name", "")   # "就一项，营养餐补助" before any total: kept, its amount follows the total
        reply.said.append(f"好的，只有一项{f'「{name}」' if name else ''}。项目资金总额还没填，填了以后这一项就按总额记。")
        r.act("answer")
        iv.settle(q)
        return True
    filled = _filled(iv, q, before, changed)
    if filled and r.marked and q.field not in changed and any(reply.old.get(p) for p in changed):
        r.act("correction")              # "钱说错了 总共是36万" at 结转: another part she gave before, changed
        iv.last_field = changed[0]
        return True
    if filled:
        r.act("answer")
        iv.settle(q)
        iv.last_field = q.field
        _phone_too(iv, q)
        _season_months(iv, q, text)
    if any(not territory(q.field, p) for p in changed if not p.startswith("indicators:")):
        r.act("facts")
    if filled:
        return True
    if r.hedges:
        return bool(changed)
    if "dont_know" in r.acts or "question" in r.acts:
        return bool(changed)             # "有没有结转我也不知道": what she does not know is not an answer
    heard = [F.label(f.path) for f in patch.fills if f"misfiled:{f.path}" in iv.last_refused]
    if heard:
        reply.said.append(f"听出您说的是「{'、'.join(dict.fromkeys(heard))}」，先记下，问到那一项时再请您确认。")
    invented = [x for x in iv.last_refused if x.startswith("invented:") and F.group(x.split(":")[1]) == F.group(q.field)]
    got = read(q.field, text, iv.context(q.field))
    if got.fills and not changed and not invented:
        bad = [x.split(":", 2)[-1] for x in iv.last_refused if x.startswith(f"bad_name:{q.field}:")]
        same = not bad and not iv.missing(q.field) and all(get(iv.form, f.path) == f.value for f in got.fills)
        if same:                         # her value said again where it was asked about: it stands, not asked again
            from .ops import shown
            iv.settle(q)
            reply.said.append(f"好的，「{F.label(q.field)}」保持「{shown(iv.form, q.field)}」不变。")
        else:
            reply.said.append(f"「{F.label(q.field)}」没有改动" + (f"：{'；'.join(bad)}不像名称，请换个说法写清楚。" if bad else "。"))
        r.act("answer")
        return True
    key = q.field.split(".", 1)[1] if q.field.startswith("fact.") else ""
    if key and not changed and got.facts.get(key) is not None and got.facts[key] == iv.facts.get(key):
        iv.settle(q)                     # "200" when asked the monthly sum she gave: it stands, not asked again
        reply.said.append(f"好的，「{F.label(q.field)}」就是{got.facts[key]:g}，保持不变。")
        r.act("answer")
        return True
    if got.miss in ("last_year", "non_answer") and not changed and not iv.missing(q.field) and F.kind(q.field) in ("text", "goals") \
            and _someone_else(q.field, text, iv.context(q.field)) == "last_year":
        from .ops import shown           # "同去年" where her pasted last year's form already gave it: it stands
        iv.settle(q)
        r.act("answer")
        reply.said.append(f"好的，「{F.label(q.field)}」保持「{shown(iv.form, q.field)}」（同去年）。如果去年的不是这个，请直接写。")
        return True
    other = {"goals.long_term": "goals.annual", "goals.annual": "goals.long_term"}.get(q.field, "")
    if got.miss == "same_goal" and not changed and other and get(iv.form, other):
        same = list(get(iv.form, other))    # "中长期目标同年度目标" (a one-year project): the other goal's words, as she says
        changed = iv.apply_gated(Patch([Fill(q.field, same, detail=f"同{F.label(other)}", primary=True)]), {F.group(q.field)},
                                 text + "\n" + "\n".join(same), reply)
        if changed:
            iv.settle(q)
            r.act("answer")
            return True
    if heard and not got.fills:
        r.act("facts")
        return True
    if got.miss == "two_readings":
        _ask_reading(iv, text, got.readings, reply)
        r.act("answer")
        return True
    if got.miss == "no_year":
        ask_year(iv, text, reply)
        r.act("answer")
        return True
    if got.miss == "season" and q.field == "start" and not changed:
        reply.said.append(f"“{quote(text)}”是按节气、节日或农时说的，我不替您换算成月份，先不填。")
        iv.push_followup(Question(field="start", key="season:start", text=f"“{plain(text)}”大概是几月到几月？请写起止年月。",
                                  example=f"{iv.today.year}年2月至{iv.today.year}年12月"))
        r.act("answer")                  # her answer in her own terms: said back, the months asked
        return True
    if got.miss == "skip" and not changed:  # "中长期不写": she leaves it empty; the final check asks once more
        iv.set_aside(q)
        r.act("skip")
        reply.said.append(f"好的，「{F.label(q.field)}」先不填，最后检查时再确认。")
        return True
    if got.miss == "non_answer" and re.match(r"^(?:没有|没|无|不需要|不用)", plain(text)):
        r.act("deny")                    # "没有文件": no such thing — what may stand instead is said
        miss_said(iv, q, got.miss, text, reply)
        return True
    if not changed and {"chatter", "skip", "dont_know", "question"} & set(patch.acts):
        for a in patch.acts:             # the model read what the offline reader could not: it says how
            r.act(a)
        if "skip" in patch.acts:
            iv.set_aside(q)
        return True
    if q.field == "funding" and not changed and iv.form.funding.total is None \
            and _offer_product(iv, q, text, getattr(iv, "money_before", None)):
        r.act("facts")                   # "每人89元，6万人": the product offered to confirm, stored on her yes only
        return True
    if q.field == "budget_items" and not changed and not iv.form.budget_items and _offer_line(iv, q, text):
        r.act("facts")                   # "12个乡镇每个15万，公墓建设补助": the line's product offered, stored on her yes only
        reply.said[:] = [x for x in reply.said if "只说了单价" not in x]
        return True
    if offline and not changed and (_offer_late(iv, q, text, reply)
                                        or _offer_rows_elsewhere(iv, q, text, reply, row=got.miss == "indicator")):
        r.act("facts")                   # the answer to the question before, set aside: offered there, stored on her yes
        return True
    if got.miss in ("yuan_or_wan", "year_or_money"):
        iv.facts["lone_figure"] = re.search(r"\d+", A.prep(text)).group(0)   # her next word may be its unit ("元")
    miss_said(iv, q, got.miss or "no_value", text, reply)
    if not changed:
        r.act("unclear")
    return bool(changed)


def ask_year(iv: "Interview", text: str, reply: "Reply") -> None:
    """Months said with no year ("4-11月") and none known: the months kept aside, said back, and the year asked."""
    iv.facts["months_text"] = text
    reply.said.append(f"“{quote(text)}”没有说是哪一年，月份先记着，说了年份再一起填上。")
    y = iv.today.year
    iv.push_followup(Question(field="start", key="year:start", text=f"“{plain(text)}”是哪一年？",
                              extra=[QuickReply(f"{y}年（今年）", f"{y}年"), QuickReply(f"{y + 1}年（明年）", f"{y + 1}年")]))


def _ask_reading(iv: "Interview", text: str, readings: tuple[str, ...], reply: "Reply") -> None:
    """"12.5-12.8" where both readings make a period (2012年5月至8月, or 12月5日至8日): both said, and asked as numbered
    choices — nothing stored before she picks one or writes the period out."""
    from .when import period
    y = iv.today.year
    said_as = [r for said in readings for r in ([said] if "年" in said else [f"{y}年{said}", f"{y + 1}年{said}"])]
    opts = []                            # (a reading with months only: offered in this year and the next, never filled
    for said in said_as:                 #  in one of them before she picks it)
        w = period(said, y)
        opts.append(Q.Option(said, "", [("start", w.start), ("end", w.end)]))
    reply.said.append(f"“{quote(text)}”可以读成{'，也可以读成'.join(readings)}，我不替您选，先不填。")
    iv.push_followup(Question(field="start", key="reading:start", text="是哪一种？", choices=opts,
                              example="2025年3月至2025年11月"))


def _offer_late(iv: "Interview", q: Question, text: str, reply: "Reply") -> bool:
    """An answer that is not the asked field but reads whole as the field asked just before it, which is still empty
    ("管护期是…" at 项目概况, set aside, then "主要是对全县…进行日常管护维修" at 预算功能科目), or as an empty field whose
    answers look like nothing else (a document with its 文号 at 起止时间: 立项依据): asked whether it belongs there —
    never stored before her yes, and not offered again after her no."""
    prev = iv.history[-2].get("asked_field", "") if len(iv.history) >= 2 else ""
    said = plain(text)
    signed = [f for f, sign in _SIGNS.items() if sign.search(said)]
    from .extract import total_and_sources
    if A.money_lines(A.prep(said)) and not q.field.startswith(("funding", "budget_items")) and not total_and_sources(said):
        signed.append("budget_items")    # "DR 120万，彩超80万" at 预算功能科目: the lines of the budget, offered there
        #                                  (never a total with its sources: "600万，其中省级补助300万…")
    fits = ((f, v) for f in dict.fromkeys(signed + [prev])      # what only one field looks like first
            if (v := _late_value(iv, q, f, text, f in signed)) is not None)
    field, value = next(fits, (None, None))
    if field is None:
        return False
    label = F.label(field)
    if field == "budget_items":          # said why it is not the asked field, as when it is not offered
        reply.said.append(f"“{quote(text, 30)}”是几笔钱的用途和金额，像是预算明细，没有当作「{F.label(q.field) if q.field in F.specs() else readable(iv.form, q.field)}」记下。")
    iv.push_followup(Question(field=field, key=f"late:{field}:{q.field}", proposal=value if field == "start" else [[field, value]], source=text,
                              text=f"这句像是在说「{label}」：“{_SHOWN[field](value) if field in _SHOWN else quote(value, 40)}”。记到「{label}」吗？"
                                   f"对的话回答“是”，不是请回答“不是”，我再问「{F.label(q.field) if q.field in F.specs() else readable(iv.form, q.field)}」。"))
    return True


def _offer_rows_elsewhere(iv: "Interview", q: Question, text: str, reply: "Reply", row: bool = False) -> bool:
    """Indicator rows said at a question of another kind ("饭菜抽检合格率100%" at 预算功能科目, the quality question set
    aside just before): offered to their category — the one asked before when it was one, else the one their words
    say — and stored on her yes only. Every piece must read as a named row with a figure or a deadline. ``row``: the
    asked text field's reader found the whole answer to be a row ("新增助餐点数量=12个" at 立项依据)."""
    from .derive import in_category
    from .guard import bad_name
    from .rows import category_of_text
    if q.field.startswith(("indicators", "goals", "funding", "budget_items")) or F.kind(q.field) in ("goals", "money", "items") \
            or (F.kind(q.field) == "text" and not row):
        return False                     # (at a text question only what its reader found to be a row, and nothing else)
    year = iv.form.year or iv.today.year
    rows = [r for r, _ in read_rows(text, "", [], year).rows]
    if not rows or any(not re.search(r"[\u4e00-\u9fa5]{2}", r.get("name") or "") or bad_name(r["name"])
                       or not re.search(r"\d\s*(?:%|％|‰|[\u4e00-\u9fa5])|[底前内]", str(r.get("value") or ""))
                       or re.search(r"\d\s*(?:万(?!\s*" + A.MEASURE + r")|元|亿|块)", str(r.get("value") or "")) for r in rows):
        return False                     # (a bare figure — "屋面防水280", "见附件表3" — is no target: no unit, no rate;
        #                                  money — "路面养护600万" — is a budget line's, offered there by _offer_late;
        #                                  "2万亩" is no money)
    prev = iv.history[-2].get("asked_field", "") if len(iv.history) >= 2 else ""
    prev_cat = prev.split(".", 1)[1] if prev.startswith("indicators.") else ""
    names: dict[str, list[str]] = {}    # each row's category ("送戏下乡60场，满意度90%以上": 数量指标 and 满意度指标)
    for r in rows:
        c = next((c for c in CATEGORIES if r.get("level2") and in_category(r, c)), "") \
            or category_of_text(r["name"], str(r.get("value") or ""), prev_cat or "数量指标")
        names.setdefault(c, []).append(r["name"])
    if not all(c in CATEGORIES for c in names):
        return False
    offers = []
    for c, mine in names.items():        # each read again as its own category's rows; all of them, or none offered
        got = [r for r, _ in read_rows(text, c, [], year).rows if r["name"] in mine]
        if len(got) != len(mine):
            return False
        offers.append((c, got))
    label = F.label(q.field) if q.field in F.specs() else readable(iv.form, q.field)
    for c, got in reversed(offers):      # one offer per category, asked in the order she said them
        iv.push_followup(rows_offer(c, got, f"rows:late:{c}", text,
                                    f"“{{shown}}”像是{c}，没有当作「{label}」记下。记到{c}吗？回复“是”记下，“不是”不记。"))
    return True


class _Unit:
    """A unit's full name and nothing else ("市信访局"): said while another question is asked, it is offered as the
    empty 项目单位 (the first of the form's units, asked first)."""
    @staticmethod
    def search(t: str) -> bool:
        from .readers import unit_name_only
        return unit_name_only(t)


class _Period:
    """A period with its year and nothing else ("2027年", "明年全年", "2027年3月到11月") while 起止时间 is empty."""
    @staticmethod
    def search(t: str) -> bool:
        from .when import dated_period
        p = A.prep(t).strip("，,。 ")
        return len(p) <= 20 and (dated_period(p) or bool(re.fullmatch(r"(?:(?:19|20)\d\d\s*年度?|明年|今年)(?:的|实施|全年)?|(?:19|20)\d\d\s*全年", p)))



# what only one field's answer looks like, whenever it is said: a document with its 文号 or title (立项依据), why the
# project is needed (必要性及可行性), 新增/延续 (项目属性)
class _Paper:
    """A document's number or title ("晋水发〔2023〕12号", "《…》"), or a paper's name alone ("县政府常务会议纪要第12次")."""
    NUMBER = re.compile(r"〔\s*(?:19|20)\d\d\s*〕\s*\d+\s*号|[\[［【(（]\s*(?:19|20)\d\d\s*[\]］】)）]\s*\d+\s*号|《[^》]{4,}》")

    @classmethod
    def search(cls, t: str) -> bool:
        from .readers import document_only
        return bool(cls.NUMBER.search(t)) or document_only(t)


class _Phone:
    """A phone number with a few words about calling it ("电话就打我手机吧，13812345678"): the unit's phone."""
    @staticmethod
    def search(t: str) -> bool:
        from .readers import phone_said
        return phone_said(t)


_SIGNS = {"basis": _Paper, "unit_phone": _Phone,
          "attribute": re.compile(r"^(?:是|算|属于)?(?:新增|延续|新项目|老项目|延续性|新的|新建的|续建|续的)(?:的|项目|的项目)?(?:吧|啊|呀)?"
                                  r"(?:[，,。\s]*" + ATTRIBUTE_WHY + r")?$"),
          "unit_functions": DUTIES,
          "start": _Period(),
          "unit": _Unit(),
          "funding.total": re.compile(r"^(?:一共|总共|共计|合计|总计|共)?\s*(?:是|有)?\s*(?:\d[\d,]*(?:\.\d+)?|[零一二两三四五六七八九十百千万点]+)\s*(?:万元|万|元)"
                                     r"(?:\s*[，,]?\s*(?:全是|都是|全部是|全部为|均为|全为|全部|都)?\s*[县市省区镇乡]?(?:本级|级)?(?:财政|预算)"
                                     r"(?:拨款|资金|安排|内)?(?:的|出)?(?:钱|资金)?)?$"),   # "80万，全是县财政的": the total and where it comes from
          "necessity": re.compile(r"很有必要|十分必要|非常必要|必要性|可行性|有必要|迫切|急需|(?:条件|资金|方案)(?:已经)?(?:成熟|具备|落实|到位)")}


def _late_value(iv: "Interview", q: Question, field: str, text: str, signed: bool = False) -> str | None:
    """The value ``field`` would take from ``text`` whole — an empty field of the form, not the asked one nor of its
    kind (unless the text bears that field's own sign: a reason said at 立项依据), not offered before, whose own reader
    reads the text as one value of it — else None."""
    if not field or field == q.field or field not in F.specs() or not iv.missing(field) or F.group(field) == F.group(q.field) \
            or (F.kind(field) == F.kind(q.field) and not signed):
        return None
    if any(k.startswith(f"late:{field}:") for k in iv.facts.get("rejected") or []):
        return None
    got = read(field, text, iv.context(field))
    if field == "start":                 # "2027年" at 项目属性: the period, both its ends, offered while it is empty
        ends = {f.path: f.value for f in got.fills if f.path in ("start", "end")}
        return [["start", ends["start"]], ["end", ends["end"]]] if not got.miss and len(ends) == 2 and signed else None
    fills = [f for f in got.fills if f.path == field]
    if got.miss or len(fills) != 1 or not (isinstance(fills[0].value, str) or (signed and field in _SHOWN)):
        return None                      # one value of that field alone (rows, goals and amounts are asked for themselves;
    value = fills[0].value               # lone amounts, "860万" or "DR 120万，彩超80万", are offered while the field is empty)
    if field in _SHOWN and _SHOWN[field](value) is None:
        return None
    return None if F.kind(field) == "text" and not signed and len(re.findall(r"[\u4e00-\u9fa5]", value)) < 8 else value
    # (a sentence, not a word — unless it bears the field's own sign: "晋水发〔2023〕12号" is a 立项依据)


# fields whose offered value is no text: how it is said back (the value stored on her yes is the one read)
_SHOWN = {"start": lambda v: f"{v[0][1]} 至 {v[1][1]}" if isinstance(v, list) else None,
          "funding.total": lambda v: f"{v:g}万元" if isinstance(v, float) else None,
          "budget_items": lambda v: "；".join(f"{i['name']} {i['amount']:g}万元" for i in v)
          if isinstance(v, list) and len(v) >= 2 and all(isinstance(i.get("amount"), float) for i in v) else None}


def quote(text: str, n: int = 20) -> str:
    """``text`` cut to about ``n`` characters for a reply, never inside a figure ("12月3" of "12月31号"), with … when cut."""
    t = plain(text)
    if len(t) <= n + 4:
        return t
    cut = n
    while cut > 0 and (t[cut - 1].isdigit() or t[cut].isdigit() or t[cut] in ".．"):
        cut -= 1
    return t[:cut or n] + "…"


def money_facts(iv: "Interview") -> dict:
    """The facts a total is computed from, as they stand before a message (``_offer_product`` compares)."""
    return {k: iv.facts.get(k) for k in MONEY_FACTS}


def offer_total(iv: "Interview", q: Question | None, text: str, r: Reading, reply: "Reply") -> bool:
    """After any reading of a message at the money question with no total yet (a fact named, a row read, nothing
    read as the total): the total its facts give, asked as a proposal (``_offer_product``) instead of "没能读出"."""
    if q is None or q.field != "funding" or q.kind == "confirm" or iv.form.funding.total is not None \
            or {"back", "skip", "question", "dont_know"} & set(r.acts) \
            or any(f.get("key") in ("calc:funding", "calc:sources") for f in iv.followups):
        return False
    if _offer_product(iv, q, text, getattr(iv, "money_before", None)):
        r.acts[:] = [a for a in r.acts if a != "unclear"]
        reply.said[:] = [x for x in reply.said if not x.startswith("没能从")]
        r.act("facts")                   # "每人每月5000元，聘4个人，干12个月": offered to confirm, stored on her yes only
        return True
    return False


def _offer_product(iv: "Interview", q: Question, text: str, before: dict | None = None) -> bool:
    """The total her facts give at the money question — her price of one thing and her count of it (perunit.py),
    or the headcount, pay and months she said (the facts reader) — by derive.py's one calculation: asked as a
    proposal, never stored before her yes (ops.py keeps derive's computed total out at this question); a total
    she turned down is not offered again. Only facts this message gave or changed ask for it."""
    from . import answers as A
    from .derive import calculation
    from .extract import funding_fills
    from .perunit import per_unit_facts
    parts: list[tuple[str, float]] = []
    funding_fills(A.prep(text), primary=True, parts=parts)
    if len(parts) >= 2 and "calc:sources" not in (iv.facts.get("rejected") or []):
        wan = round(sum(w for _, w in parts), 6)   # "省里补八十，县里配套四十": the sum of where it comes from
        how = " + ".join(f"{label}{w:g}万" for label, w in parts)
        iv.push_followup(Question(field="funding", key="calc:sources", proposal=[["funding.total", wan], ["funding.current_year", wan],
                                                                                  ["funding.carryover", 0.0], ["funding.other", 0.0]],
                                  source=text, text=f"按您说的 {how}，合计 {wan:g} 万元。项目资金总额就是 {wan:g} 万元、全部是本年度资金吗？"
                                       "对的话回答“是”，不对请直接写总额。"))
        return True
    own = per_unit_facts(A.prep(text)) or {}
    moved = bool(own) or any(iv.facts.get(k) != (before or {}).get(k) for k in MONEY_FACTS)
    calc = calculation(iv.form, {**iv.facts, **own}) if moved else None
    if calc is None or "calc:funding" in (iv.facts.get("rejected") or []):
        return False
    wan, how = calc
    iv.push_followup(Question(field="funding", key="calc:funding", proposal=[["funding.total", wan]], source=text,
                              text=f"按您说的 {how}，合计 {wan:g} 万元。项目资金总额就是 {wan:g} 万元吗？"
                                   "对的话回答“是”，不对请直接写总额。"))
    return True


def _offer_line(iv: "Interview", q: Question, text: str) -> bool:
    """One budget line said by its count and price and no amount ("12个乡镇每个15万，公墓建设补助"): its product
    (derive.py's one calculation) offered as the line, to confirm — never stored before her yes, and only when it is
    the whole of the total she gave (one line: the money of the project)."""
    from . import answers as A
    from .derive import calculation
    from .perunit import per_unit_facts
    own = per_unit_facts(A.prep(text))
    calc = calculation(iv.form, own) if own else None
    total = iv.form.funding.total
    if calc is None or total is None or abs(calc[0] - total) > 0.005 or "calc:line" in (iv.facts.get("rejected") or []):
        return False
    wan, how = calc
    named = [c for c in re.split(r"[，,；;。\s]+", plain(text)) if c and not A.amounts(A.prep(c)) and not re.search(r"\d", c)
             and len(c) >= 2 and not re.search(r"每|单价|一共|总共|合计|就是|都是|全是", c)]
    name = named[0] if len(named) == 1 else flow.single_name(iv)
    iv.push_followup(Question(field="budget_items", key="calc:line", proposal=[["budget_items", [{"name": name, "amount": wan}]]],
                              source=text, text=f"按您说的 {how}，合计 {wan:g} 万元，正好是项目资金总额。预算明细记为"
                                                f"「{name} {wan:g}万元」一项吗？对的话回答“是”，不对请直接写各项名称和金额。"))
    return True


def _filled(iv: "Interview", q: Question, before: bool, changed: list[str]) -> bool:
    return (before and not iv.missing(q.field)) or any(territory(q.field, p) for p in changed)


def _funding_rest(iv: "Interview", q: Question, text: str, reply: "Reply", read_any: bool, unsure: str = "") -> list[str]:
    """After the funding answer: 没有 / 全部财政 → no carry-over, no other money, and (the total known) all
    of it this year's; the single item she said. The paths changed."""
    changed: list[str] = []
    opened = iv.facts.pop("parts_open", [])     # sources said beside money whose part was not said (funding_fills)
    some: list[str] = []
    if q.field == "funding" or q.field in FUNDING_PARTS:
        said = parts_said_some(text) + [p for p in parts_unknown(text) if unsure == "dont_know"]
        some = [p for p in dict.fromkeys(said) if get(iv.form, p) is None or
                (iv.provenance.get(p) is not None and iv.provenance[p].kind == "computed")]
        #                                  ("有无结转我得问一下": not known yet, never 0 — the final check asks)
        if some:                         # "其他资金有，结转没有": the amount is asked, never 0 nor the rest of the total
            iv.facts["parts_some"] = some
            changed += _some_asked(iv, some, reply, unsure)
        elif q.key.startswith("some:") and read_any:   # the amount asked for: the rest of the total follows
            changed += iv.apply_patch(complete_funding(iv.form), reply)
    if q.field == "funding":
        if re.match(r"^(没有|无|都没有|没|不涉及)", plain(text)) or iv.facts.pop("all_current", False):
            zeros = [p for p in ("funding.carryover", "funding.other") if p not in some and (get(iv.form, p) is None or
                     (iv.provenance.get(p) is not None and iv.provenance[p].kind == "computed"))]
            fills = [Fill(p, 0.0, detail=text, primary=True) for p in zeros]
            f = iv.form.funding
            iv.facts["all_this_year"] = True      # "都是本年的": the current year's budget is the total, and follows it
            if f.total is not None and not (f.carryover or 0) and not (f.other or 0) and f.current_year != f.total:
                fills.append(Fill("funding.current_year", f.total, detail=text, primary=True))
            changed += iv.apply_patch(Patch(fills), reply)
            read_any = True
        left = (_parts_unread(iv, text) or opened) if read_any else []
        if left:                         # "一共100万，其中XX出5万": a part said, not read — never 0 "未提到" beside it
            reply.said.append(f"“{'；'.join(left)}”没读出是资金的哪一部分：是其他资金（自筹、捐赠、贷款等）、上年结转，"
                              f"还是本年度财政拨款？请说“其他资金5万”这样的，我再填。")
        elif read_any:
            changed += iv.apply_patch(complete_funding(iv.form, iv.facts.get("parts_some", ())), reply)
    if q.field == "budget_items" and not iv.form.budget_items and iv.facts.get("single_item") \
            and iv.form.funding.total is not None:
        changed += iv.apply_patch(Patch([Fill("budget_items", [{"name": flow.single_name(iv), "amount": iv.form.funding.total}],
                                              detail=text, primary=True)]), reply)
    return changed


# a question that asks a person and her phone ("负责人是谁？联系电话是多少？"): the phone, when still lacking, is asked next
_PHONE_OF = {"unit_head": "unit_phone", "department_head": "department_phone"}


def _phone_too(iv: "Interview", q: Question) -> None:
    """The name given, the phone the same question asked for still empty: it is asked next, once."""
    phone = _PHONE_OF.get(q.field)
    key = f"phone_of:{q.field}"
    if not phone or not iv.missing(phone) or phone in iv.skipped or key in iv.settled:
        return
    iv.settled.append(key)               # once: a 跳过 or another answer there is not asked about again here
    iv.push_followup(Question(field=phone, key=f"lacking:{phone}", text=f"{get(iv.form, q.field)}的联系电话是多少？",
                              example=Q.catalogue().get(phone, {}).get("example", "")))


def _some_asked(iv: "Interview", some: list[str], reply: "Reply", unsure: str = "") -> list[str]:
    """The parts she said there is some of, with no amount: a 0 computed for them before, and the rest of the total
    computed from it, are taken back, and the amount of the first is asked next — unless she says she does not
    know it ("结转有的，多少不记得了": the final check asks again). The paths changed (none when she does not know)."""
    from .ops import _set, shown
    gone = [p for p in some + ["funding.current_year"]
            if get(iv.form, p) is not None and (s := iv.provenance.get(p)) is not None and s.kind == "computed"
            and not s.confirmed]
    for p in gone:
        reply.old.setdefault(p, shown(iv.form, p))
        _set(iv.form, p, None)
        iv.provenance.pop(p, None)
        reply.changed.append(p)
    if unsure:                           # (a rough figure of it is asked exactly by the hedge's own question)
        if unsure == "dont_know":
            reply.said.append(f"好的，{'、'.join(F.label(p) for p in some)}先空着（没有按0记），最后检查时再补。")
        return []
    iv.push_followup(Question(field=some[0], key=f"some:{some[0]}", text=f"您说有{'、'.join(F.label(p) for p in some)}，"
                              f"没说多少，没有按0记。{F.label(some[0])}是多少万元？", example="20万元"))
    return gone


def _parts_unread(iv: "Interview", text: str) -> list[str]:
    """The clauses after 其中 whose amount no part of the funding (nor a budget line) took: a part of the total she
    said and the interview did not place."""
    f = iv.form.funding
    held = [v for v in (f.total, f.current_year, f.carryover, f.other) if v is not None] + \
        [b.amount for b in iv.form.budget_items if b.amount is not None]
    t = A.prep(text)
    at = t.find("其中")
    if at < 0 or f.total is None:
        return []
    out, sums = [], []
    for c in re.split(r"[，,；;。]", t[at:]):
        am = A.amounts(c)
        if am and all(abs(a[2] - v) > 0.005 for a in am for v in held) and am[0][2] < f.total:
            out.append(c.strip())
            sums.append(am[0][2])
    rest = f.total - (f.carryover or 0) - (f.other or 0)
    if sums and any(abs(sum(sums) - v) < 0.005 for v in held + [rest]):
        return []                        # "其中省级补助60万，县级配套40万": the parts of a sum she has — a breakdown; "其中结转5万，
    #                                      新申请60万": what is left of the total, this year's money
    return out


def miss_said(iv: "Interview", q: Question, miss: str, text: str, reply: "Reply") -> None:
    label = F.label(q.field) if q.field in F.specs() or q.field == "funding" else readable(iv.form, q.field)
    if re.fullmatch(POINTER, plain(text)):      # "上面都说了": she thinks it was said; it was not read as this field
        miss = "pointer"
    if miss == "facts" and not reply.changed:   # a time or an amount that no field took: never said to be kept
        miss = "facts_unkept"
    said = _MISS.get(miss, _MISS["no_value"]).format(label=label, text=quote(text))
    need = iv.need(q.field)
    reply.said.append(f"{said}。{need}")


# a piece that begins with a bound or a figure: the value of the name before it ("系统可用率 ≥99.9%")
_VALUE_HEAD = re.compile(r"^(?:[≥≤><=＝]|不低于|不少于|不高于|不超过|不超|达到|\d|百分之|[零一二两三四五六七八九十百千万]+(?:成|%|个|人|户|次|项|元|万))")


def _figured(piece: str) -> bool:
    return bool(re.search(r"\d|%", spoken_numbers(piece)) or re.search(r"[一二三四五六七八九]成", piece))


def _talky(words: str) -> bool:
    """A row's name or value that holds talk: a pause of voice input, 我/你, 这个/那个."""
    return bool(re.search(r"\s|我|你|这个|那个", words))


def figures_only(text: str) -> str:
    """An indicator answer said with talk between its clauses (voice input: "群众满意度九成以上 这个贼重要
    镇长天天念叨", "我问了下股长 写百分之八十以上要得"): the pieces that carry a figure, each with the name
    said right before its value; the text itself when every piece has a figure or none has."""
    parts = [c for c in re.split(r"[，,。；;！!]+|\s+", text) if c.strip()]
    out, i = [], 0
    while i < len(parts):
        c = parts[i]
        if not _figured(c) and i + 1 < len(parts) and _VALUE_HEAD.match(parts[i + 1]):
            out.append(c + parts[i + 1])  # "系统可用率 ≥99.9%": one row said with a space
            i += 2
            continue
        if _figured(c):
            out.append(c)
        i += 1
    return "，".join(out) if out and len(out) < len(parts) else text


_OCR_ZERO = re.compile(r"(?<=\d)[OoＯｏ]+(?=[\dOoＯｏ]*\s*[%％])")        # "1OO%", "9O%": the letter read for a zero
_PERCENT_OF = re.compile(r"(\d+(?:\.\d+)?)\s*(?:percent|pct|per\s*cent)(?![A-Za-z])", re.I)
_PERCENT_SAID = re.compile(r"(\d+(?:\.\d+)?)\s*个百分点")
_CHANGE = re.compile(r"提高|降低|下降|上升|增长|增加|减少|提升|降了|涨|up|down|比(?:上年|去年|往年|上一年)", re.I)
_RESTATE = re.compile(r"^(?:是|就是|也就是|即|意思是|读作)\s*(百分之[零一二两三四五六七八九十百点\d.]+|[零一二两三四五六七八九十百点]+|\d+(?:\.\d+)?\s*[%％]?)"
                      r"(?:的意思|吧|啊|哈)?$")


def restated(text: str) -> str:
    """A figure of a row as she meant it: "1OO%" (the letter O of a scan) is 100%, "95 percent" and "六十五个百分点" are
    per cent; a clause saying the figure again ("，就是九十", "，是一百，两个O都是零") is no row of its own — and
    "达到0.3，就是百分之三十" means the per cent she spells out."""
    from .choices import spoken_numbers
    t = _PERCENT_OF.sub(r"\1%", _OCR_ZERO.sub(lambda m: "0" * len(m.group(0)), text))
    if not _CHANGE.search(t):            # "降低5个百分点": a change in points, kept as said
        t = _PERCENT_SAID.sub(r"\1%", t)
        t = re.sub(r"([零一二两三四五六七八九十百点]+)个百分点", r"百分之\1", t)
    parts = re.split(r"([，,；;])", t)
    if len(parts) < 3:
        return t
    head, kept = parts[0], [parts[0]]
    figs = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", spoken_numbers(head))]
    for sep, c in zip(parts[1::2], parts[2::2]):
        m = _RESTATE.match(c.strip())
        said = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", spoken_numbers(m.group(1)))] if m else []
        if figs and len(said) == 1 and said[0] in figs:
            continue                     # "≥90%，就是九十": the same figure, said again
        if figs and len(said) == 1 and "%" in spoken_numbers(m.group(1)) and len(figs) == 1 and 0 < figs[0] < 1 \
                and abs(figs[0] * 100 - said[0]) < 1e-9:
            kept[0] = re.sub(r"(?<![\d.])" + re.escape(f"{figs[0]:g}") + r"(?![\d.%％])", f"{said[0]:g}%", kept[0], count=1)
            continue                     # "0.3，就是百分之三十": the share as the per cent she spells out
        if re.fullmatch(r"\s*(?:两个|俩|这个|那个)?[OoＯｏ].{0,6}(?:是|都是)零\s*", c):
            continue                     # "两个O都是零": how the scan misread it, no row
        kept += [sep, c]
    return "".join(kept)


_YEAR_ONLY = re.compile(r"(?:是|就是|应该是)?(?:今年|明年|去年|后年|(?:19|20)?\d\d\s*年(?:度)?)(?:的|滴|吧|啊)*")


def _indicators(iv: "Interview", q: Question, text: str, reply: "Reply", r: Reading) -> bool:
    cat = q.field.split(".", 1)[1] if q.field.startswith("indicators.") else "质量指标"
    if q.field.startswith("indicators:"):
        from .turns import cost_in_words
        words = "question" not in r.acts and cost_in_words(iv, q, text)
        if words:                        # "控制在合理范围内" for a cost: no amount, never stored — why, and what to do
            reply.said.append(f"“{quote(text)}”没有金额，没有改动。" + words)
            r.act("unclear")
            return False
        ok = iv.correct_path(q.field, text, reply)
        if ok:
            iv.settle(q)
            r.act("answer")
        return ok
    text = compared_year(restated(text), iv.today.year, iv.form.year or iv.facts.get("year"))
    got = read_rows(text, cat, q.choices, iv.today.year)
    if not got.rows or any(_talky(row.get("name", "")) or _talky(str(row.get("value", ""))) for row, _ in got.rows):
        kept = figures_only(text)
        again = read_rows(kept, cat, q.choices, iv.today.year) if kept != text else None
        if again is not None and (again.rows or got.rows and all(_talky(row.get("name", "")) for row, _ in got.rows)):
            if any(re.search(r"[\u4e00-\u9fa5]{2}", c) for c in re.split(r"[，,。；;！!]+|\s+", text) if c not in kept):
                r.act("chatter")         # words were dropped, not a bullet or a stray English word
            got, text = again, kept      # "群众满意度九成以上 这个贼重要 镇长天天念叨": the row, and talk beside it
    if got.dropped and not got.rows:
        reply.said.append(f"「{got.dropped[0]}」是指标的分类名（二级指标），不是具体指标。请写具体的指标名称和数值，"
                          f"例如“{q.example or '信访事项按期办结率 ≥95%'}”。")
        r.act("unclear")
        return False
    if not got.rows and ("dont_know" in r.acts or "question" in r.acts):
        return False                     # "不知道写什么": nothing to read here
    if not got.rows:
        if re.fullmatch(r"\d{1,2}", plain(text)) and q.choices:
            reply.said.append(f"没有第{plain(text)}个选项，请回复 1 到 {len(q.choices)} 之间的编号。")
        elif NON_ANSWER.match(plain(text)):
            reply.said.append(f"{cat}不能空着，请写一条指标和数值，或说“跳过”。")
        elif (named := _named_before(iv, q, text)):    # "群众满意度一般写多少合适啊" then "那就90%": the row she asked of
            return _indicators(iv, q, named, reply, r)
        elif _which_row(iv, q, text, cat, reply):
            r.act("answer")
            return False
        else:
            reply.said.append(f"没能从“{plain(text)[:20]}”里读出指标名称和数值。请按“指标名称 数值”写，"
                              f"例如“{q.example or '聘用人员到岗率 ≥98%'}”，或回复编号。")
        r.act("unclear")
        return False
    lines = [row for row, _ in got.rows if _budget_line(iv, row)]
    if lines:                            # "疫苗采购30万，耗材6.8万…" said again at 数量指标: her budget lines, no indicators
        got.rows = [(row, s) for row, s in got.rows if row not in lines]
        reply.said.append(f"「{'」「'.join(row['name'] for row in lines)}」是预算明细里已有的金额，没有当作绩效指标记下。")
        if not got.rows:
            r.act("answer")
            return False
    got.rows = [(_as_before(iv, row, text), s) for row, s in got.rows] if not r.picks else got.rows
    again = [row for row, _ in got.rows if not r.picks and any(i.model_dump() == {**i.model_dump(), **row} for i in iv.form.indicators
                                               if i.name == row.get("name"))]
    if again:                            # "长者食堂数量 12个" said again at 质量指标: the row she has, never moved or bounded anew
        got.rows = [(row, s) for row, s in got.rows if row not in again]
        reply.said.append("；".join(f"{i.level2}「{i.name}」{i.value}" for row in again for i in iv.form.indicators
                                   if i.name == row["name"]) + " 已经记下了，没有改动。")
        if not got.rows:
            r.act("answer")
            return False
    fills = [Fill(f"indicators:{row['name']}", row, kind="stated", detail=text, primary=True) for row, _ in got.rows]
    changed = iv.apply_gated(Patch(fills), {"indicators"}, text, reply)
    if got.built and not changed:        # a deadline whose drafted name will not stand ("完工重新开业完成时间"): 完成时间
        timed = [dict(row, name="完成时间") for row, _ in got.rows if row.get("level2") == "时效指标"
                 and f"bad_name:indicators:{row['name']}" in " ".join(iv.last_refused)
                 and not any(i.name == "完成时间" for i in iv.form.indicators)][:1]
        if timed:
            got.rows = [(row, True) for row in timed]
            changed = iv.apply_gated(Patch([Fill("indicators:完成时间", timed[0], kind="stated", detail=text, primary=True)]),
                                     {"indicators"}, text, reply)
    if not changed and not r.picks:      # rows read, none could stand: said, never a silent answer
        bad = [x.split(":", 3)[-1] for x in iv.last_refused if x.startswith("bad_name:")]
        if bad:
            reply.said.append(f"没有记下：{'；'.join(bad)}不像指标名称。请按“指标名称 数值”写，"
                              f"例如“{q.example or '聘用人员到岗率 ≥98%'}”，或回复编号。")
            r.act("unclear")
            return False
    if changed and not r.picks:          # some rows kept, one refused ("今年…作业" a sentence): said, never dropped in silence
        bad = [x.split(":", 3)[-1] for x in iv.last_refused if x.startswith("bad_name:indicators:")]
        if bad:
            reply.said.append(f"没有记下：{'；'.join(bad)}不像指标名称。要记的话请按“指标名称 数值”再写一次，"
                              f"例如“{q.example or '聘用人员到岗率 ≥98%'}”。")
    if q.choices and re.match(r"^\s*(?:第)?\d{1,2}\s*(?:个|项|号|条)?\s*[，,：:]?\s*(?:改成|改为|(?<![更替])换成(?!本))", plain(text)):
        r.act("choice")                  # "1改成95%": the first option, with her value
    kept = [row for row, _ in got.rows if any(i.name == row["name"] and i.value == row["value"] for i in iv.form.indicators)
            and (row["name"] in got.drafted or not got.drafted)]
    if got.built and changed and kept:   # names made from her sentence: shown (those kept), to be corrected if wrong
        reply.said.append("我把您的话整理成了指标（名称是按您的话拟的）：" + "；".join(
            f"{row['level2']}「{row['name']}」{row['value']}" for row in kept) +
            "。名称或数值不对的话，可以说“改一下：…”或“删掉…”。")
    for row, _ in got.rows:             # a price she gave without 元 or 万元: kept as said, and asked
        if changed and row["level2"] == "成本指标" and re.fullmatch(r"[≥≤<>=]?\s*\d+(?:\.\d+)?", row["value"]):
            reply.said.append(f"「{row['name']}」{row['value']} 没写单位，是元还是万元？"
                              f"请说“改一下：{row['name']} {row['value']}元”（或万元）。")
    left = _figures_left(text, [row for row, _ in got.rows] + lines + again) if changed else []
    if left:                             # "维修机井120眼，另外8.6万亩那个也算上": the rest is said, never dropped in silence
        reply.said.append(f"“{'；'.join(quote(c) for c in left)}”没能读成指标，没有记下；要记的话请按“指标名称 数值”再写一次，"
                          f"例如“{q.example or '聘用人员数量 4人'}”。")
    from .derive import in_category
    if not (q.key or "").startswith("rows:ahead:") or any(in_category(row, cat) for row, _ in got.rows):
        iv.settle(q)                     # (rows she said earlier, offered here, stay offered when she gives another category's)
    added = bool(MORE.match(plain(text).lstrip("，,。 ")))    # "选2，再加一个…": a row of her own beside the pick
    if "choice" not in r.acts or (r.picks and changed and added):
        r.act("answer")                  # "选2，再加一个患者规范管理率≥85%": a pick and a row of her own
    return True


_BOUND_SAID = re.compile(r"[≥≤<>＞＜]|不(?:少|低|小|多|高|大|超)于|不超过|至少|最少|最多|至多|以上|以下|以内|之内|控制在|超过|达到|高于|低于")


def _as_before(iv: "Interview", row: dict, text: str) -> dict:
    """A row she has already, named again with a figure ("长者食堂数量 13个" at 质量指标): its new figure in the kind
    and with the bound it had — the question it is said at does not move it, and a bound she did not say is none."""
    from ..values import parse_value
    old = next((i for i in iv.form.indicators if i.name == row.get("name")), None)
    if old is None or not re.fullmatch(r"[\u4e00-\u9fa5A-Za-z0-9（）()·、]{2,40}", old.name) \
            or not re.fullmatch(r"[=≥≤<>＞＜]?\s*\d+(?:\.\d+)?\s*[^\d\s]{0,8}", str(row.get("value", "")).strip()):
        return row                       # (a name or a value that is no clean one — pasted markup — is not matched)
    row = dict(row, level1=old.level1, level2=old.level2)
    a, b = parse_value(old.value), parse_value(str(row.get("value", "")))
    if not _BOUND_SAID.search(text) and a.op and b.number is not None and a.number is not None and b.op != a.op:
        row["value"] = a.op + str(row["value"]).lstrip("=≥≤<>＞＜ ")
    return row


def _budget_line(iv: "Interview", row: dict) -> bool:
    """An indicator row that is a budget line said again: its name that line's (or holds it), its value that
    line's amount in money (万元, 万, 元)."""
    m = re.fullmatch(r"[=＝]?\s*(\d+(?:\.\d+)?)\s*(万元|万|元)", str(row.get("value", "")).strip())
    if not m or row.get("level2") not in ("数量指标", "质量指标", "时效指标"):     # a cost row may mirror a line ("修缮费用≤12万元")
        return False
    wan = float(m.group(1)) / (10_000 if m.group(2) == "元" else 1)
    name = re.sub(r"^(?:其中|那就|就是|还有|另外)+", "", row.get("name", ""))
    return any(b.name and b.amount is not None and abs(b.amount - wan) < 0.005 and (b.name in name or name in b.name)
               for b in iv.form.budget_items)


def _numbers(text: str) -> list[str]:
    """The numbers of a message, in digits or in words of two characters or more ("八十", "24"; never the 十 of 十分)."""
    from .extract import unidiom
    return [m.group(0) for m in re.finditer(A.NUM, unidiom(A.prep(text))) if re.search(r"\d", m.group(0)) or len(m.group(0)) > 1]


def _figures_left(text: str, rows: list[dict]) -> list[str]:
    """The clauses of an indicator answer holding a figure that no row read from it holds."""
    held = " ".join(f"{r.get('name', '')} {r.get('value', '')}" for r in rows)
    have = set(re.findall(r"\d+(?:\.\d+)?", spoken_numbers(A.prep(held))))
    out = []
    for c in re.split(r"[，,；;。\n]+", text):
        nums = set(re.findall(r"\d+(?:\.\d+)?", spoken_numbers(A.prep(c))))
        named = any(r.get("name") and len(r["name"]) >= 2 and r["name"] in A.prep(c) for r in rows)   # its row came from it
        if nums and not nums & have and not named:
            out.append(c.strip())
    return out


def _correct_last(iv: "Interview", q: Question, text: str, reply: "Reply", r: Reading) -> bool:
    """"不对，是13个" with no field named: the answer just given is corrected, when the words fit it."""
    path = iv.prev_field
    back = bool(READBACK.search(r.text))     # "你理解错了，我说的是…": what was just recorded, whatever the asked field reads
    text = _SAID_WAS.sub("", re.sub(r"^.*?(?:" + READBACK.pattern + r")[了啦啊吧呀]*[，,。！!\s]*", "", text)) if back else text
    own = read(q.field, text, iv.context(q.field)) if q.kind == "field" and not back and not _hers_not_assumed(iv, q, path, text) else None
    got = read(path, text, iv.context(path))
    got.fills = [f for f in got.fills if F.group(f.path) == F.group(path) and (f.path == path or path in ("start", "funding"))]
    if (own is not None and (own.fills or own.facts)) or not (got.fills or got.facts) or F.kind(path) == "text":
        return answer(iv, q, text, reply, r)
    iv.apply_gated(Patch(got.fills, got.facts, got.notes), {F.group(path)}, text, reply)
    iv.aimed.append(path)                # the last guard keeps it: her correction of the answer just given
    r.act("correction")
    return True


# her figure was another project's: "这个数是别的项目的", "那是别的项目的"
_OTHER_PROJECT = re.compile(r"(?:另一个|另外一个|另个|别的|其他|其它)项目")


def _hers_not_assumed(iv: "Interview", q: Question, path: str, text: str) -> bool:
    """"不对，…是另一个项目的，这个是385万" asked a part the interview assumed (结转 0, "未提到…按0计") right after her
    total: what she takes back is what she said — the figure the answer just given holds, quoted, or that answer said
    to be another project's — never the assumption she was shown, which is no word of hers."""
    from .ops import shown
    src = iv.provenance.get(q.field)
    if src is None or src.kind != "computed" or src.confirmed or not path:
        return False
    held = re.sub(r"[^\d.]", "", shown(iv.form, "funding.total" if path == "funding" else path) or "")
    figures = re.findall(r"\d+(?:\.\d+)?", text)
    return bool(_OTHER_PROJECT.search(text)) or bool(held) and any(abs(float(x) - float(held)) < 0.005 for x in figures[:-1]
                                                                   if held.replace(".", "", 1).isdigit())


# her words about what the assistant recorded, and the lead-in of what she meant
READBACK = re.compile(r"你(?:理解|听|记|写|填|弄|搞|看)(?:错|得不对|的不对)|理解错|理解得?不对|不是这个意思|我的意思是")
_SAID_WAS = re.compile(r"^\s*(?:我(?:说|讲|写|填|报|要说)的(?:意思)?(?:是|名字是)?|我的意思是|应该是|是)\s*")


# a value said as what to write: "那就90%", "就写≥90%", "那就不低于90%"
_VALUE_LEAD = re.compile(r"^(?:那|那么|那就|就|还是)*(?:写|填|定|按)?(?:成|个)?\s*(?=[\d≥≤><=不低高至大小])")
# the row her question named: "这个群众满意度一般写多少合适啊", "师生满意度写90%可以吗" — a name ending as rows end
_ROW_ASKED = re.compile(r"([\u4e00-\u9fa5]{1,10}?(?:满意度|满意率|知晓率|合格率|达标率|覆盖率|完成率|到位率|率))")


def _named_before(iv: "Interview", q: Question, text: str) -> str:
    """A bare value answering her own question just before, at the same question, about one row she named
    ("师生满意度写90%可以吗？会不会太高" → "那就不低于90%"): that row and the value, as one answer; else ''."""
    from .choices import split_indicator
    bare = _VALUE_LEAD.sub("", plain(text))
    name, value = split_indicator(bare)
    if name or not value or not re.search(r"\d", value) or len(iv.history) < 2 \
            or iv.history[-2].get("asked_field") != q.field:
        return ""
    said = [t["text"] for t in iv.transcript if t.get("role") == "user"]
    if len(said) < 2 or not re.search(r"[？?吗]|多少|合适|怎么|啥|什么|出头|左右|大概|大约|差不多|估计|上下", said[-2]):
        return ""                        # (her message before must be a question, or a rough figure of the row)
    names = {re.sub(r"^(?:这个|那个|这|那|我们|咱们|就|写|填)+", "", m.group(1)) for m in _ROW_ASKED.finditer(plain(said[-2]))}
    names = {n for n in names if len(n) >= 3}
    return f"{names.pop()} {bare}" if len(names) == 1 else ""


def undone_before(iv: "Interview", q: Question, text: str) -> str:
    """A bare value ("写≥92%") right after 返回 took back the one row of the asked category she had given: that row
    with her new value; else ''."""
    from .choices import split_indicator
    from .derive import in_category
    bare = _VALUE_LEAD.sub("", plain(text))
    name, value = split_indicator(bare)
    if name or not value or not re.search(r"\d", value):
        return ""
    cat = q.field.split(".", 1)[1] if q.field.startswith("indicators.") else ""
    rows = [n for l1, l2, n in getattr(iv, "just_undone", []) or [] if cat and in_category({"level1": l1, "level2": l2}, cat)]
    return f"{rows[0]} {bare}" if len(rows) == 1 else ""


def _which_row(iv: "Interview", q: Question, text: str, cat: str, reply: "Reply") -> bool:
    """A bare value ("90%以上") while several offered rows measure in its unit: which row is asked, each
    offered with her value; no row is guessed."""
    from ..values import parse_value
    from .choices import Choice, norm_value, split_indicator
    name, value = split_indicator(_VALUE_LEAD.sub("", plain(text)))
    if name or not value or not re.search(r"\d", value):
        return False
    value = norm_value(value, cat)
    unit = parse_value(value).unit
    fits = [c for c in q.choices if isinstance(c, Choice) and unit and parse_value(c.value).unit == unit]
    if len(fits) < 2:
        return False
    iv.offer_rows(q, [c.to_row(value) for c in fits], text, reply, which=value)
    return True

"""One turn: the acts of a message (acts.py) carried out on the interview. Every value goes through
the gate (gate.py) by ``Interview.apply_gated``; nothing here writes the form directly.

Order: a question back is answered from the glossary; a skip moves on; deletions; the fields
the message names (corrections and other facts); a pick or yes/no on the pending question; the
rest as the answer to the pending question; hedged figures are asked again exactly; what was
not understood is said, with what is needed.
"""
from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from . import fields as F
from .readers import several_projects
from . import addto, beside, deltas, fix, itemfix, leftover, moves, partial, placeholders, quoted, shares, swap, unitcost, zeros
from .acts import Reading
from .progress import Progress
from .answers import Fill, Patch
from .optionsets import OWN_VALUE
from .apply import get, readable
from .derive import complete_funding, in_category
from .questions import Question
from .answer import _TYPED, READBACK, _correct_last, answer
from .readers import plain, read
from .whom import RESTATED
from .picks import choose, yes_no
from .rows import read_rows
from .respell import after_last, replaced, respelled, unedited
from .restore import KEEP_AS_IS
from .speech import Hedge, fits, hedges, percents, plain

if TYPE_CHECKING:
    from .engine import Interview, Reply

_SETTLING = ("answer", "choice", "confirm", "deny")
# the message is about something said before: a correction of it is never the asked text
_EARLIER = re.compile(r"刚才|刚刚|前面|上面|之前|前边|上边|先前|表里|第\s*\d+\s*行|[说写填搞弄贴打算]错了?")
_COMPOUND = ("funding", "start")          # questions whose reader fills several fields at once


# "怎么导出Word", "下载", "能打印吗": how to get the file, asked at any question (no value of any field)
_EXPORT = re.compile(r"^(?:请问|那|那么|我|我要|我想|要|想)?(?:怎么|怎样|如何|在哪里?|哪里|咋|能不能|可以|能)?(?:导出|下载|打印|生成|保存)"
                     r"(?:成|为|出来|一下|下来)?(?:word|excel|pdf|文件|表格|文档|申报表|这张表)?(?:文件)?(?:吗|呢|啊|呀|哈)?[?？。!！]*$", re.I)


def asks_export(r: Reading) -> bool:
    return bool(_EXPORT.match(re.sub(r"\s+", "", r.raw or r.text or "")))


# "你刚才记的总额是多少？", "人数现在填的是几": what is stored, not what the word means
_RECALL = re.compile(r"(?:记|填|写|录|存)(?:的|了|下|上|进去)+.{0,10}?(?:是|为)?(?:多少|什么|啥|几|哪)|(?:现在|目前)(?:是|写的是|填的是)?(?:多少|什么|啥|几)")


def recalled(iv: "Interview", r: Reading) -> str:
    """The values stored in the fields of the term she asks about ("你刚才记的总额是多少？"); '' when she asks
    what the term means."""
    if not _RECALL.search(r.raw or r.text or ""):
        return ""
    from .ops import shown
    paths = [p for p in r.term.fields if p in F.specs() or p == "indicators"]
    if any(p.startswith("funding") for p in paths):
        paths = ["funding.total", "funding.carryover", "funding.current_year", "funding.other"]
    if paths == ["indicators"]:
        stored = [f"{i.level2 or i.level1}「{i.name}」{i.value}" for i in iv.form.indicators]
    else:
        stored = [f"{F.label(p)}：{shown(iv.form, p)}" for p in paths if shown(iv.form, p)]
    if not stored:
        return f"「{r.term.term}」现在还没有记下。"
    return "现在记的是：" + "；".join(stored) + "。要改的话直接说“改一下：……”。"


def run(iv: "Interview", q: Question | None, r: Reading, reply: "Reply") -> None:
    if asks_export(r):
        if q is not None:                # when the form is done, the summary that follows says it
            reply.said.append(iv.export_hint + "随时都可以导出，没填的项目在文件里是空的。")
        r.act("question")
        return
    if q is not None and q.field == "project_name" and several_projects(r.raw or r.text):
        from .answer import miss_said    # "有两个项目要报，一个是…，一个是…": which one this form is for is hers to say,
        miss_said(iv, q, "several", r.raw or r.text, reply)    # and its "两个项目" is no count of this project's
        r.acts[:] = ["unclear"]
        return
    if not r.picks and swap.run(iv, r.raw or r.text, reply):
        r.acts[:] = ["correction"]       # "两个电话写反了": the two values change places, never a text of the asked field
        r.settled = True
        return
    if not r.picks and zeros.run(iv, r.raw or r.text, reply):
        r.acts[:] = ["correction"]       # "养护里程多打了一个0": her figure with its zeros put right, never a text answer
        r.settled = True
        return
    if respelled(iv, r.raw or r.text, reply):
        r.act("correction")              # "名字中间要加点，是买买提·艾力": the name recorded, written her way
    spans: list = []
    if (edited := replaced(iv, r.raw or r.text, reply, spans)):
        r.act("correction")              # "名称里修缮保护改成保护利用": words inside the field she names
        r.named = [m for m in r.named if m.path not in edited]    # (never her words as the field's whole value)
        if not plain(unedited(r.raw or r.text, spans)).strip("，,。；;！!？? "):
            r.settled = True             # the edit was the whole message: nothing left to read as an answer
            return
        if (said_after := after_last(r.raw or r.text)) is not None and edited == [iv.prev_field] and \
                not re.search(r"\d", said_after) and len(said_after) <= 8:
            r.acts[:] = ["correction"] + (["chatter"] if said_after else [])    # "后面加上“…”，发快了": her remark
            r.settled = True             # on the last message, no answer to the asked question
            return
    elif not r.picks and (added := addto.run(iv, r.raw or r.text, reply)) is not None:
        act, more, *talk = added
        if talk and talk[0]:
            r.act("chatter")             # "…。概况就这些了哈": her word that the text is complete
        if q is not None and act == "facts" and (addto.split(r.raw or r.text) or ("",))[0] == q.field:
            act = "answer"               # "概况补充：…" asked for the 概况: her answer
        if more.strip("，,。；; "):        # "概况再补一句：…。科目2040299": the addition, then the rest read as usual
            from .acts import read as read_acts
            again = read_acts(more, q, iv.form)
            run(iv, q, again, reply)
            r.acts[:] = [act] + [a for a in again.acts if a != act]
            r.settled = again.settled or act == "answer"
        else:
            r.acts[:] = [act] + (["chatter"] if talk and talk[0] else [])   # "看到必要性才想起来，依据还有一个：…": the text she names, added to
            r.settled = act == "answer"
        return
    elif not r.picks and placeholders.run(iv, r.raw or r.text, reply):
        r.acts[:] = ["correction"]       # "概况里的xx问到了，126个行政村，保洁员252名": the figures her text waited for
        if any(not re.search(r"\d", c) for c in re.split(r"[，,。；;！!]+", r.raw or r.text) if c.strip()):
            r.act("chatter")
        r.settled = q is not None and F.kind(q.field) == "text"
        return
    elif not r.picks and quoted.run(iv, r.raw or r.text, reply):
        r.acts[:] = ["correction"]       # "我刚才说的“三千二百亩”改成“三千六百亩”": her own words, changed where they went
        r.settled = True
        return
    if isinstance(r.term, Progress):
        reply.said.append(r.term.answer(iv.form))      # where the form stands: nothing of it is taken back or stored
        return
    if r.term is not None:
        reply.said.append(may_skip(r, q) or cost_in_words(iv, q, r.raw or r.text) or recalled(iv, r) or r.term.answer(iv.form))
    if "skip" in r.acts or "dont_know" in r.acts or (r.hedges and not r.named) or ("question" in r.acts and not r.named):
        unassume(iv, q, reply)           # "结转有个十来万吧", "结转是什么意思": the 0 assumed for it is no fact of hers
    if "skip" in r.acts:
        skip(iv, q, reply)
        r.settled = True
        for m in r.named:                # "科目这个不填，属性是延续": the skip, then the field she names
            change(iv, m, reply, r)
        beside.extra_fix(iv, q, r, reply)      # "中长期目标不写。对了，…套数改成5180套": the skip, then the correction
        return
    if not r.picks and deltas.stated_result(iv, r.raw or r.text, reply):
        r.acts[:] = [a for a in r.acts if a not in ("answer", "facts", "unclear")] + ["correction"]
        r.settled = q is not None and q.field == "funding"   # "200万砍10%就是180万": the total she worked out
        return
    if not r.picks and deltas.total_delta(iv, r.raw or r.text, r.raw or r.text, reply):
        r.acts[:] = [a for a in r.acts if a not in ("answer", "facts", "unclear")]
        r.act("correction")              # "总额也减6万": the total she gave, changed by what she states, to confirm
        return
    rest = None if r.picks else deltas.total_then(iv, r.raw or r.text, reply)
    if rest is not None:                 # "总额少报了五万，第三方审核费是二十五万": the total, then the rest on its own
        r.acts[:] = [a for a in r.acts if a not in ("answer", "facts", "unclear", "confirm")]
        r.act("correction")
        r.settled = True
        named, r.named = r.named, []
        try:
            done = bool(iv.form.budget_items) and itemfix.amend(iv, rest, reply) or fix.route(iv, q, r, rest, reply)
        finally:
            r.named = named
        if not done:
            reply.said.append(f"后半句“{rest}”没有读出要改表里哪一项，没有改动；请说“改一下：<名称>是……”。")
        return
    if not r.picks and (moved := moves.run(iv, r.raw or r.text, reply)) is not None:
        r.acts[:] = ["correction"] + (["chatter"] if moved[1] else [])   # "…那条挪到质量下面": the row under another
        r.settled = False                # category, never the asked field's value; the question stays
        return
    if not r.picks and category_row(iv, r.raw or r.text, reply):
        r.acts[:] = ["correction"]       # "时效那条改一下，次年2月底前": the one row of that category, its new value
        return
    if beside.before(iv, q, r, reply):  # "按你推荐的" with nothing offered; budget lines named under a goal
        return
    if whole_cost(iv, q, r, reply):      # "成本就是总的那个钱": the total, as a computed cost row
        return
    if q is not None and q.field == "budget_items" and q.kind == "field" and not r.named and not r.picks \
            and unitcost.run(iv, r.raw or r.text, reply):
        r.acts[:] = [a for a in r.acts if a not in ("unclear", "hedge")]
        r.act("answer")                  # "终端8台，每台9.5万；…": count × price, computed, to confirm
        r.settled = True
        return
    if q is not None and q.field == "budget_items" and q.kind == "field" and not r.named and shares.run(iv, r.raw or r.text, reply):
        r.act("answer")                  # "一半打井，剩下的一半买水泵一半配电": computed from the total, to confirm
        r.settled = bool(reply.changed)
        return
    if q is not None and q.kind == "confirm" and partial.apply(iv, r.raw or r.text, reply):
        r.acts[:] = ["confirm"] + (["correction"] if reply.changed else [])    # "前两个对，第三个改成280人"
        r.settled = True
        return
    done = False
    for path in r.deletes:
        done |= delete(iv, path, reply, r.text)
        r.act("correction")
    named = [_sibling(q, m) for m in r.named]
    if q is not None and q.kind == "confirm" and r.yes is None and not r.marked and named and _ends_yes(r.text):
        r.yes = True                     # "…加起来正好，确认。": the figures restated, then a yes
        r.act("confirm")
        r.rest = ""
    if q is not None and q.kind == "confirm" and r.yes and not r.marked and named:
        new = [m for m in named if m.path in F.specs() and get(iv.form, m.path) in (None, "", [])]
        _restated(iv, [m for m in named if m not in new], reply)   # "核对了一遍：总额100万…，确认": restated, no change
        named = new                      # "结转问过了没有，别的都对，确认": a field still empty gets what she found
    facts = [m for m in named if m.path.startswith("fact.")]
    own = [m for m in named if q is not None and _own(q, m)]
    for m in [m for m in own if F.kind(m.path) in ("money", "count") and hedges(m.value)]:
        for h in hedges(m.value):        # "总额两百六七十万的样子": her own label, a rough figure — asked exactly
            iv.ask_exact(Hedge(h.path or m.path, h.text, h.value), reply)
        r.act("hedge")
        r.acts[:] = [a for a in r.acts if a not in ("answer", "unclear")]
        own.remove(m)
        r.rest = ""
    compound = q is not None and F.group(q.field) in _COMPOUND
    if own:              # the asked question's own labels ("上年结转16.24万元，本年财政拨款64.94万元"): one answer
        said = "\n".join(([r.rest] if compound and r.rest else []) + [_span(r, m) for m in own])
        done |= answer(iv, q, _dated(iv, q, said, reply, r), reply, r)
    if q is not None and (r.picks or (r.adopt and q.proposal is None)):
        done |= choose(iv, q, r, reply)
        r.rest = _picked_value(q, r)
    if q is not None and r.yes and "correction" in r.acts and q.proposal is not None and q.kind not in ("confirm", "fix") \
            and (r.rest.strip("，,。 ") or r.named) and beside.yes_but(iv, q, r, reply):
        return                           # "对，不过人数是13": the figure changed first, then what was proposed, redrafted
    if q is not None and r.yes and q.proposal is not None and any(m.path == q.field for m in own) and done:
        r.yes = None                     # "查过了，科目为X": her own value answers the question; the yes-word is how
        r.acts[:] = [a for a in r.acts if a != "confirm"]   # she came to it, no taking of what we proposed
        r.act("chatter")
    if q is not None and r.yes is not None and q.kind != "confirm":
        done |= yes_no(iv, q, r, reply)
    elif q is not None and q.kind == "value" and KEEP_AS_IS.fullmatch(plain(r.text or "")):
        done |= yes_no(iv, q, r, reply)  # "不改了" asked to correct a flagged value: hers stands
        r.act("skip")
        r.rest = ""
    rest = r.rest
    if r.hedges:         # the clause around an approximate figure is not an answer (in a text: when it is asked again)
        drop = [h for h in r.hedges if not (q is not None and F.kind(q.field) == "text") or h.path]
        if drop:
            from .answers import prep
            spaced = not any(re.search(r"\s", h.text) for h in drop)      # a space parts clauses as a comma does,
            rest = "，".join(c for c in re.split(r"[，,。；;]" + (r"|(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])" if spaced else ""), rest)
                            if not any(h.text in percents(prep(c)) for h in drop))   # unless it is inside the rough figure
            got = read_rows(rest, q.field.split(".", 1)[1], q.choices, iv.today.year) \
                if q is not None and q.field.startswith("indicators.") and not re.search(r"\d|%", percents(prep(rest))) else None
            if got is not None and (not got.rows or got.effect):
                rest = ""                # "…大概九成多吧，没测过", "减少水土流失，一年少冲走泥沙三千吨左右吧": beside the
                                         # rough figure, no row of its own (a sentence of effect waits for the figure)
    if own and rest.strip("，,。 ") and (compound or F.kind(q.field) in _TYPED):
        if not compound and not re.fullmatch(r"[，,。\s]*(?:不是|不对|不|错了|对|是)[，,。\s]*", rest):
            r.act("chatter")             # "哎呀这个表好复杂，项目名称就叫…": the label carried the answer
        rest = ""
    if rest.strip("，,。 ") and q is not None and q.field != "budget_items" and itemfix.add(iv, r.text, reply):
        r.act("correction")              # "少了一项，志愿者老师交通补贴四万一千": a line left out, added
        rest = ""
    if re.fullmatch(r"[，,。！!\s]*(?:你|我)?(?:" + READBACK.pattern + r")[了啦啊吧呀]*[，,。！!\s]*", rest):
        rest = ""                        # "不是这个意思，实施单位是…": the words about the read-back, beside the field she names
    if rest.strip("，,。 ") and q is not None and r.marked and not r.named and READBACK.search(r.text) \
            and iv.prev_field and iv.prev_field != q.field and _correct_last(iv, q, rest, reply, r) and "correction" in r.acts:
        rest = ""                        # "你理解错了，我说的是县蚕桑技术推广站": the answer just recorded, corrected
    if rest.strip("，,。 ") and fix.route(iv, q, r, rest, reply):
        rest = ""                        # a correction while a row, an amount or a text is asked: never its answer
    elif rest.strip("，,。 ") and "deny" in r.acts and r.marked and q is not None and q.proposal is None \
            and fix.route(iv, q, r, rest, reply, named_row=True):
        r.acts.remove("deny")            # "不对，养殖场是四十八个": the row she names, not a new one
        rest = ""
    if rest.strip("，,。 ") and _told(rest, named):
        rest = ""                        # "刚才人数说错了，在册是39个": the value of the field she names, not the asked one
    if r.marked and not r.named and rest and not (q is not None and q.choices and OWN_VALUE.match(plain(r.text))) \
            and iv.renumber(r.text, reply):      # "1改成10月底前完成" is option 1 with her value, never 1 → 10 elsewhere
        r.act("correction")              # "里程说错了，是806公里不是860": the number, wherever she wrote it
        rest = ""
    if q is not None and F.kind(q.field) in ("text", "goals") and r.marked and rest.strip("，,。 ") \
            and (_EARLIER.search(r.text) or any(m.marked for m in named)) \
            and not any(_own(q, m) for m in named) and (not named or len(plain(rest)) <= 12 or _EARLIER.search(rest)):
        if not named:                    # "前面写错了，不是一万二" with nothing named: never her 目标/概况
            reply.said.append(f"听出您要更正前面填过的内容，但没听出是哪一项，「{F.label(q.field)}」没有改动。"
                              "请说“改一下：<项目名>是……”，例如“改一下：筛查人数是11500人”。")
            r.act("correction")
            done = True
        rest = ""                        # "上面表里第3行贴错了，…": the reference is no answer to the asked text
    if rest.strip("，,。 ") and q is not None and q.kind == "field" and any(m.marked for m in named) \
            and not re.search(r"\d", rest) and len(plain(rest)) <= 8 and not any(_own(q, m) for m in named) \
            and not read(q.field, rest, iv.context(q.field)).fills:
        rest = ""                        # "补贴标准也改一下，每人每月850": the words leading to her correction, no answer
    if named and re.fullmatch(r"[\s•·●▪◦\-*–—、，,。；;]*", rest):
        rest = ""                        # "• 开始：…⏎• 结束：…": the list's bullets, beside the fields it names, no answer
    if named and _CONNECTIVE.fullmatch(rest):
        rest = ""                        # "然后，总额改成…": the word that led to the field she names, no answer
    if rest.strip("，,。 ") and r.marked and any(m.marked for m in named) and re.search(r"\d", rest) \
            and fix.rest_of_correction(iv, r, _with_lead(r.text, rest), reply):
        rest = ""                        # "终端数量填错了，是130个，电费那行…": the row its words (or its unit) name
    if rest.strip("，,。 ") and r.marked and any(m.marked for m in named) and _BARE_FIGURE.fullmatch(plain(rest)):
        reply.said.append(f"“{plain(rest)}”没找准是表里哪一项（表里没有单独记这个数），没有改动；"
                          f"要改的话请说“改一下：<名称>是……”。")
        rest = ""                        # "检修单价写错了，是55元/台，检修那行改成…": a figure the form does not hold, put
        #                                  right beside the ones it does — never the asked question's answer
    if rest.strip("，,。 ") and q is not None and r.yes is None:
        rest = _dated(iv, q, rest, reply, r)
        if r.marked and not r.named and iv.prev_field and iv.prev_field != q.field and q.proposal is None \
                and not (q.kind == "value" and q.field.startswith("indicators:")):   # ("写错了，应该是100%" asked of a
            #                                  row's value the check found wrong: that value)
            done |= _correct_last(iv, q, rest, reply, r)
        else:
            done |= answer(iv, q, rest, reply, r)
    for m in named:                       # other fields it names: after the answer (同上 needs the unit)
        if m not in facts and m not in own:
            done |= change(iv, m, reply, r)
    if named and any(m.marked for m in named):  # "检修改成38万，电费压缩2万": a difference in a clause no label of hers
        for clause in re.split(r"[，,。；;\n]+", r.raw or r.text):   # claimed, applied beside the values she named
            if deltas.spans(clause) and not any(m.word in clause for m in named):
                done |= deltas.apply(iv, clause, r.raw or r.text, reply)
    if r.extra and beside.extra_fix(iv, q, r, reply):
        done = True                       # "…。对了，套数改成5180套": a correction of a row, in a later sentence
    elif r.extra:                         # "…。要聘四个人": the facts of sentences no label claimed
        from .extract import extract
        done |= bool(iv.apply_gated(extract(r.extra, iv.context(None)), set(), r.extra, reply))
    for m in facts:                       # and the facts last: the headcount the answer states is known
        done |= change(iv, m, reply, r)
    if q is not None and r.yes is not None and q.kind == "confirm":
        done |= yes_no(iv, q, r, reply)   # "人数那个改成1520人，其他都确认": the correction first
    for h in r.hedges:
        iv.ask_exact(h, reply, q, r.raw or r.text)
    if "dont_know" in r.acts and not done and q is not None and q.kind == "field" and isinstance(q.proposal, str) \
            and q.proposal and _LEFT_TO_US.search(r.raw or r.text) and iv.streak >= 2:
        from .ops import shown           # "这个我不懂，你帮我选一个吧" the second time it is asked (a third asking would
        #                                  be a loop): the proposal she leaves to us, 待确认 until she checks it
        done = iv.adopt(q, q.proposal, reply, confirmed=False)
        reply.said.append(f"好的，先按项目内容用「{shown(iv.form, q.field)}」，标为待确认，最后检查时请再核对。")
    elif "dont_know" in r.acts and not done and q is not None and (q.choices or q.proposal is not None) and iv.streak < 2:
        reply.said.append("没关系，" + ("可以从下面选一个，" if q.choices else "可以用我建议的，") + "不确定的话可以先跳过，最后再补。")
    if not done:
        beside.say_what_is_needed(iv, q, r, reply)
    if not done and not r.hedges and not r.term and "dont_know" not in r.acts and r.acts in ([], ["chatter"]):
        if r.new_here:
            reply.said.append("没关系，第一次填也不难：我一项一项地问，您用平常的话回答就行；"
                              "不懂的词可以问“什么是……”，不知道的先说“跳过”。")
        elif "chatter" in r.acts:
            reply.said.append("好的。")
        else:
            r.act("unclear")
    if not done and "unclear" in r.acts and set(r.acts) <= {"unclear", "chatter"} and not reply.changed and leftover.talk_only(_typed(iv, r), iv.form, away=True):
        r.acts[:] = ["chatter"]          # nothing read, and all of it is talk: "稍等，科长喊我过去一下", "刚才翻文件翻了半天"
    leftover.talk_left(iv, q, r, reply)   # "2240199，查了半天": the clause that gave nothing is talk
    r.settled = any(a in r.acts for a in _SETTLING) and not (r.acts == ["deny"] and q is not None and q.kind == "confirm")


def kept_whole(iv: "Interview", q: Question | None, r: Reading, reply: "Reply") -> None:
    """A rough figure inside a text she gave (概况, 依据, 必要性: "…年查验车辆约1.8万辆次…") is a figure of her
    text, stored whole as she wrote it: the answer is no estimate. What the rough figure itself may not become
    (a total, an indicator row) stays as it is — it is asked for exactly, nothing is derived from it."""
    if q is not None and q.kind == "field" and F.kind(q.field) == "text" and "hedge" in r.acts and "answer" in r.acts \
            and any(p == q.field for p in reply.changed) and r.hedges \
            and all(re.sub(r"\s+", "", h.text) in re.sub(r"\s+", "", str(get(iv.form, q.field) or "")) for h in r.hedges):
        r.acts.remove("hedge")           # (a rough total taken out of her text, "钱的话估计要五十几万", stays a hedge)


def _typed(iv: "Interview", r: Reading) -> str:
    """The message as she typed it (before 科长 was read as the label 负责人)."""
    return next((t["text"] for t in reversed(iv.transcript) if t["role"] == "user"), r.raw or r.text)


_DATE_CLAUSE = re.compile(r"^(?:日期|填报日期|时间)?(?:就|是|填|写|就写|就填)*(?:今天|今日|当天|(?:19|20)\d\d\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]"
                          r"\s*\d{1,2}\s*[日号]?)(?:填的|写的|填|的)?$")


def _dated(iv: "Interview", q: Question, text: str, reply: "Reply", r: Reading) -> str:
    """"王婷婷，今天填的", "曹颖 2024.3.20": a date beside the answer to a question whose group has a date
    (填报人 → 填报日期) is that date; the text without it."""
    dates = [s.path for s in F.specs().values() if s.group == F.group(q.field) and s.kind == "date" and s.path != q.field]
    if not dates:
        return text
    kept = []
    for c in re.split(r"([，,。；;\s]+)", text):
        if _DATE_CLAUSE.match(c.strip()):
            got = read(dates[0], c, iv.context(dates[0]))
            if got.fills and iv.apply_gated(Patch(got.fills), {F.group(dates[0])}, c, reply):
                r.act("facts")
                continue
        kept.append(c)
    return "".join(kept).strip("，,。；; ")


def _restated(iv: "Interview", named: list[F.Mention], reply: "Reply") -> None:
    """Figures restated with a yes: those that differ from the form are said, none is stored."""
    for m in named:
        if m.path not in F.specs() or F.kind(m.path) not in ("money", "count", "monthly"):
            continue
        got = read(m.path, m.value, iv.context(m.path))
        for f in got.fills:
            try:
                have = get(iv.form, f.path)
            except (AttributeError, IndexError):
                continue
            if have is not None and f.value != have:
                reply.said.append(f"您说的「{F.label(f.path)}」是{f.value:g}万元，表里是{have:g}万元，没有改动；"
                                  f"要改的话请说“改一下：{F.label(f.path)}是{f.value:g}万”。")


def _ends_yes(text: str) -> bool:
    from .acts import _YES
    last = [c for c in re.split(r"[，,。；;！!\s]+", text) if c.strip()]
    return bool(last) and bool(_YES.match(last[-1]))


def _told(rest: str, named: list[F.Mention]) -> bool:
    """What is left is the value a correction gives to another field she names."""
    p = plain(rest)
    return any(m.marked and plain(m.value) and (p in plain(m.value) or plain(m.value) in p) for m in named)


def _picked_value(q: Question, r: Reading) -> str:
    """"选第一个，改成95%": a bare value after one pick is that option's value ("1改成95%")."""
    from .choices import split_indicator
    rest = re.sub(r"^[，,。\s]*(?:改成|改为|换成|值)?", "", r.rest)
    if q.kind == "indicators" and len(r.picks) == 1 and rest and not split_indicator(rest)[0] \
            and re.search(r"\d|[一二三四五六七八九十]", rest):
        return f"{r.picks[0]}改成{rest}"
    return r.rest


def _own(q: Question, m: F.Mention) -> bool:
    """The mention is the asked field itself (or a part of a compound question: 上年结转 under 资金)."""
    if q.kind in ("confirm", "fix"):
        return False
    if m.path.startswith(("indicators:", "indicators[", "budget_items[")):
        return False                     # one row named: a change of that row
    if m.path == q.field or (F.group(m.path) == "indicators" and q.field.startswith("indicators")):
        return True
    return F.group(q.field) == "funding" and F.group(m.path) == "funding"   # 上年结转…: the funding reader reads labels


# generic words that mean the field of that kind in the asked question's group
_GENERIC = {"phone": ("电话", "联系电话", "手机", "手机号", "联系方式", "电话号码"), "date": ("日期", "时间")}


def _sibling(q: Question | None, m: F.Mention) -> F.Mention:
    """"电话" under the 主管部门负责人 question is the 主管部门's phone; "日期" under 填报人 the 填报日期."""
    kind = next((k for k, words in _GENERIC.items() if m.word in words), "")
    if q is None or not kind:
        return m
    mine = [s.path for s in F.specs().values() if s.group == F.group(q.field) and s.kind == kind]
    paired = not any(w == m.word and m.path in ps for w, ps in F._words())     # fields._pair gave it its owner
    if mine and not paired and m.path not in mine:
        from dataclasses import replace
        return replace(m, paths=(mine[0],))
    return m


def _span(r: Reading, m: F.Mention) -> str:
    """A mention with its label, as in the message: '上年结转16.24万元'."""
    if F.group(m.path) == "indicators" and not m.path.startswith("indicators:"):
        return _mention_text(m)
    if F.group(m.path) in ("funding", "start", "unit_head", "department_head", "filler"):
        later = [x.start for x in r.named if x.start > m.start]
        return r.text[m.start:min(later) if later else len(r.text)].strip("，,；; ")
    if F.kind(m.path) == "org" and m.after and RESTATED.match(m.after.lstrip("，,；; ")):
        return m.value + "，" + m.after  # "实施单位是镇文化站，写全就是…": the name she restates, with the one before it
    return m.value


# a figure alone, with its unit and nothing else ("是55元/台", "应该是3.2万"): no name of a row, no answer by itself
_BARE_FIGURE = re.compile(r"\s*(?:是|为|应该是|应为|改成|改为)?\s*\d+(?:\.\d+)?\s*(?:[万千亿]?[\u4e00-\u9fa5]{0,2}(?:/[\u4e00-\u9fa5A-Za-z²³㎡]{1,4})?|%|m[²³]?|㎡)?\s*")


# a connective or a filler left alone once the fields a message names are taken out of it ("那", "然后", "所以说")
_CONNECTIVE = re.compile(r"[\s，,。；;、]*(?:那|那么|那就|然后|所以|所以说|另外|还有|再就是|就是|嗯+|哦+|啊|呃|额|好|对了|还有就是)?[\s，,。；;、]*")


def _with_lead(said: str, rest: str) -> str:
    """``rest`` with the clause before it in her message when that clause holds no figure ("终端数量填错了" before "是130个"):
    the words that name what the figure is of."""
    at = said.find(rest.strip("，,。 ")[:8])
    if at <= 0:
        return rest
    before = re.split(r"[，,。；;]", said[:at].rstrip("，,。；; "))[-1]
    return f"{before}，{rest}" if before and not re.search(r"\d", before) else rest


def _mention_text(m: F.Mention) -> str:
    return (m.word + "：" + m.value) if F.group(m.path) == "indicators" and not m.path.startswith("indicators:") else m.value


# the cost said as the project's whole money: "成本就是总的那个钱", "跟总额一样", "按总预算"
_WHOLE_SUM = re.compile(r"总的?那个钱|总的钱|总钱数|(?:资金|经费|项目)?总额|总预算|总经费|总资金|全部(?:的)?(?:钱|资金|经费)|"
                        r"(?:控制在|不超过?|不突破|不超出)(?:项目)?(?:预算|批复)(?:内|以内|范围内|之内)?")   # "控制在预算内", "不超预算"
WHOLE_COST_NAME = "项目总成本"
# words with 一 in them that are no figure: "跟总额一样", "和总预算一致"
_NOT_NUMERAL = re.compile(r"一(?:样|致|模一样|起|下|般|同|律)")


def whole_cost(iv: "Interview", q: Question | None, r: Reading, reply: "Reply") -> bool:
    """At the 成本指标 question, a cost pointed at the total with no figure of its own: the row 项目总成本 ≤ the
    stated total, computed from it, said back and listed to confirm; without a total, asked for it, nothing stored."""
    text = r.raw or r.text
    if q is None or q.field != "indicators.成本指标" or re.search(r"\d|[一二两三四五六七八九十百千万]", _NOT_NUMERAL.sub("", text)) \
            or not _WHOLE_SUM.search(text) or any(m.path != "funding.total" for m in r.named):
        return False
    from .answers import Fill
    from .derive import row
    total = iv.form.funding.total
    r.act("answer")
    if total is None:
        reply.said.append("资金总额还没有填，先告诉我项目资金一共多少（万元），成本指标就按它写。")
        return True
    value = f"≤{total:g}万元"
    iv.apply_patch(Patch([Fill(f"indicators:{WHOLE_COST_NAME}", row("成本指标", WHOLE_COST_NAME, value), kind="computed",
                               detail=f"同项目资金总额{total:g}万元", primary=True)]), reply)
    r.settled = True
    return True


# what was computed from an assumed value, and goes with it
_FROM_ASSUMED = {"funding.carryover": ("funding.current_year",), "funding.other": ("funding.current_year",)}


def _some_said(iv: "Interview", path: str, reply: "Reply") -> None:
    """She says there is some of ``path`` (其他资金, 结转) without its exact figure: the 0 the interview assumed for it
    goes, and the figure is asked for."""
    from types import SimpleNamespace
    unassume(iv, SimpleNamespace(field=path, kind="field"), reply)
    if not any("准确" in s for s in reply.said):
        reply.said.append(f"「{F.label(path)}」具体是多少万元？请写出准确的数。")


def unassume(iv: "Interview", q: Question | None, reply: "Reply") -> None:
    """不知道 / 跳过 / a rough figure to a field that holds only the interview's assumption
    ("未提到上年结转，按0计"): the
    assumption is withdrawn with what was computed from it — a figure she cannot vouch for is no fact of hers;
    the field stays empty and is asked again at the final check. Not at the confirmation of the whole list
    (its field is only the first number listed): 跳过 there leaves every listed number as it is, still unconfirmed."""
    if q is None or q.field not in _FROM_ASSUMED or q.kind == "confirm":
        return
    from .ops import _set, shown
    src = iv.provenance.get(q.field)
    if src is None or src.kind != "computed" or src.confirmed or shown(iv.form, q.field) == "":
        return
    gone = [q.field] + [p for p in _FROM_ASSUMED[q.field] if (s := iv.provenance.get(p)) is not None
                        and s.kind == "computed" and not s.confirmed]
    for p in gone:
        reply.old.setdefault(p, shown(iv.form, p))
        _set(iv.form, p, None)
        reply.changed.append(p)
    iv.provenance.pop(q.field, None)     # what followed from it keeps its rule (flow.recompute), to follow her figure
    reply.said.append(f"「{F.label(q.field)}」原先是按0算的，您还不确定，先空着。")


def skip(iv: "Interview", q: Question | None, reply: "Reply") -> None:
    if q is None:
        reply.said.append("没有要跳过的问题了。")
        return
    iv.set_aside(q)
    if q.field == "funding" and iv.form.funding.total is not None:
        iv.apply_patch(complete_funding(iv.form), reply)
    reply.said.append("好的，先跳过这一项。")


# the money of a line she deletes put into another ("钱并到检修里", "金额合并到设备购置"): that line's amount grows by it
_MERGED = re.compile(r"(?:钱|金额|资金|这笔钱|它的钱|这部分)?(?:都|全)?(?:并到|并入|合并到|合到|加到|挪到|移到|归到|算到|放到|计入)"
                     r"(?P<to>[\u4e00-\u9fa5A-Za-z]{2,16}?)(?:那行|那项|那一项|这项|里面|里头|里|中|上|一起)?(?=$|[，,。；;！!\s])")


def _merged_into(iv: "Interview", gone, text: str, reply: "Reply") -> None:
    """A deleted line's amount added to the one line her words name, computed and listed to confirm; none or several
    lines named, or no amount: said back, nothing moved."""
    m = _MERGED.search(text or "")
    if not m or gone.amount is None:
        return
    to = [k for k, b in enumerate(iv.form.budget_items) if b.name and (m.group("to") in b.name or b.name in m.group("to"))]
    if len(to) != 1 or iv.form.budget_items[to[0]].amount is None:
        reply.said.append(f"「{gone.name}」的{gone.amount:g}万元要并到哪一项没找准，没有挪；请说“某某那行改成…万”。")
        return
    k, name, was = to[0], iv.form.budget_items[to[0]].name, iv.form.budget_items[to[0]].amount
    new = round(was + gone.amount, 6)
    iv.apply_patch(Patch([Fill(f"budget_items[{k}].amount", new, kind="computed",
                               detail=f"{was:g}万元＋并入的「{gone.name}」{gone.amount:g}万元", primary=True)]), reply)
    reply.said.append(f"（预算明细「{name}」按“{m.group(0)}”从原来的{was:g}万加上「{gone.name}」的{gone.amount:g}万算出，"
                      f"是算出的数，最后核对时请确认。）")


def delete(iv: "Interview", path: str, reply: "Reply", text: str = "") -> bool:
    form = iv.form.model_copy(deep=True)
    if path.startswith("indicators."):   # "删掉成本指标": its one row; of several, which one is hers to say (or 全部)
        cat = path.split(".", 1)[1]
        rows = [i for i in form.indicators if cat in (i.level1, i.level2)]
        if len(rows) > 1 and not re.search(r"全部|都|所有|全都|一起", text):
            reply.said.append(f"{cat}有{len(rows)}条：{'、'.join(f'「{i.name}」' for i in rows)}。要删哪一条？请说“删掉「{rows[0].name}」”；"
                              f"全部删掉请说“{cat}全部删掉”。")
            return True
        if not rows:
            reply.said.append(f"表里还没有{cat}，没有可删的。")
            return True
        form.indicators = [i for i in form.indicators if i not in rows]
        iv.replace(form, f"删除{cat}")
        for i in rows:
            iv.provenance.drop_under(f"indicators:{i.name}")
        reply.said.append(f"已删除{cat}：{'、'.join(f'「{i.name}」' for i in rows)}。")
        return True
    m = re.fullmatch(r"budget_items\[(\d+)\](?:\.\w+)?", path)
    if m and int(m.group(1)) < len(form.budget_items):
        gone = form.budget_items.pop(int(m.group(1)))
        iv.replace(form, f"删除预算明细「{gone.name}」")
        reply.said.append(f"已删除预算明细第{int(m.group(1)) + 1}项「{gone.name}」。")
        _merged_into(iv, gone, text, reply)
        return True
    if path.startswith("indicators:"):
        name = path.split(":", 1)[1]
        if any(i.name == name for i in form.indicators):
            form.indicators = [i for i in form.indicators if i.name != name]
            iv.replace(form, f"删除指标「{name}」")
            iv.provenance.drop_under(path)
            reply.said.append(f"已删除指标「{name}」。")
            return True
    if m:
        reply.said.append(f"预算明细只有{len(form.budget_items)}项，没有第{int(m.group(1)) + 1}项。")
    else:
        reply.said.append(f"没找到要删除的{readable(iv.form, path)}。")
    return True


# she leaves the choice to the assistant: "你帮我选一个吧", "你定吧", "你看着办", "推荐一个"
_LEFT_TO_US = re.compile(r"(?:帮我|帮忙|替我|给我|你|您)(?:就|来)?(?:选|挑|定|推荐|拿主意)|你看着(?:办|选|定|来)|(?:你|您)说了算")


# she says who she is ("我叫李娜", "我是填表的小王"): a phone beside it is her own
_SELF = re.compile(r"我叫|我是|本人|填表的|填报人|经办人|我的(?:电话|手机)|(?:写|填)我(?:的名字)?(?=吧|[，,\s]|$)|就是我(?=吧|[，,\s]|$)")


# the words that give a phone as the unit's, not hers: "中心电话…", "办公室座机…"
UNIT_PHONE_LEAD = re.compile(r"(?:中心|单位|办公室|科室|科里|站里|所里|局里|院里|队里|座机|办公)的?(?:座机|电话|号码)?[：:\s]*$")


def _her_own_phone(iv: "Interview", m: F.Mention, r: Reading) -> bool:
    """A phone said with her own name while the 填报人 is asked (or named), no head named beside it: the filler's
    phone, which the form has no place for — never the unit's or the department's (their heads' phones)."""
    if F.kind(m.path) != "phone" or m.marked:
        return False
    at = r.text.find(m.value) if m.value else -1      # where the phone is in what she said (a mention's position is
    at = at if at >= 0 else m.start                    # in the text left after talk before a label was cut off)
    if UNIT_PHONE_LEAD.search(r.text[max(0, at - 8):at]):
        return False                     # "…，办公室电话0351-…": the unit's phone, given beside her name
    said = [x.end() for x in _SELF.finditer(r.text[:at])]          # who she says she is, before the phone
    heads = [x for x in r.named if x.start < m.start and any(F.kind(p) == "person" and p != "filler" for p in x.paths)]
    asked = iv.pending.field if iv.pending is not None else ""
    held = bool(str(get(iv.form, m.path) or "").strip())   # a head's phone already on the form ("我是总务处的小周，
    #                                                           手机…" after "校长刘志强，电话…"): hers never replaces it
    return bool(said) and (asked == "filler" or any(x.path == "filler" for x in r.named) or held) \
        and not any(x.start >= said[-1] for x in heads)


# "时效那条改一下，次年2月底前", "满意度那个改成≥95%": a row named by its category, then its new value
_CATEGORY_ROW = re.compile(r"^(?P<cat>数量|质量|时效|成本|满意度|社会效益|经济效益|生态效益|可持续影响)(?:指标)?的?(?:那|这)一?[条个项行](?:指标)?\s*"
                           r"(?:也)?(?:改一下|改下|改成|改为|要改|不对|错了|写错了|应该是)[，,：:\s]*(?P<v>\S.*)$")


# "这个可以不填吗", "必须填吗", "不填行不行": whether the field may stay empty, not what it means
_MAY_SKIP = re.compile(r"(?:可以|能|可不可以|能不能|允许)(?:先)?不(?:填|写)|不(?:填|写)(?:可以|行|也行|也可以)?(?:吗|嘛|不|不行)|"
                       r"(?:必须|一定|非得|非要|都)(?:要)?(?:填|写)|不(?:填|写)行不行|是必填")
# the fields the form requires (spec/findings.md field_missing), the goals and indicators it is judged by
_REQUIRED = ("project_name", "department", "unit", "function_code", "attribute", "start", "end", "overview", "basis",
             "necessity", "funding", "funding.total", "budget_items", "goals.annual")


def cost_row(iv: "Interview", q: "Question | None") -> str:
    """The name of the 成本 row asked about (a value asked of it, or the 成本指标 asked), '' for any other question."""
    from ..model import category_of
    if q is None:
        return ""
    if q.field == "indicators.成本指标":
        return "成本指标"
    if q.kind == "value" and q.field.startswith("indicators:"):
        ind = next((i for i in iv.form.indicators if i.name == q.field.split(":", 1)[1]), None)
        return f"成本指标「{ind.name}」" if ind is not None and category_of(ind) == "成本指标" else ""
    return ""


def cost_in_words(iv: "Interview", q: "Question | None", text: str) -> str:
    """Words and no figure for a cost ("这个没法算，就写合理控制不行吗", "控制在合理范围内"): a cost is written as an
    amount that can be checked — why, and what she may do instead; '' when the question is about no cost or she gives
    a figure."""
    row = cost_row(iv, q)
    if not row or re.search(r"\d|[零一二两三四五六七八九十百千万]+(?:元|块|万)", text):
        return ""
    return (f"{row}要写能核算的金额（单价或总成本，如“≤200元/平方米”“≤24万元”），“合理控制”这类话没法核算，不能代替金额。"
            "可以：1. 写一个金额，按预算明细里的钱除以数量算，如“每平方米不超过200元”；2. 说“删掉”，删除这条；"
            "3. 说“跳过”，先保留原样，最后检查时再看。")


def may_skip(r: "Reading", q: "Question | None") -> str:
    """The answer to "这个可以不填吗": the field is required (it can be put off, never left out), or it may stay empty."""
    if not _MAY_SKIP.search(r.raw or r.text or ""):
        return ""
    fields = list(r.term.fields)
    path = q.field if q is not None and (q.field in fields or not fields) else (fields[0] if fields else "")
    name = r.term.term
    if path == "goals.long_term":
        return f"一年内做完的项目可以不写「{name}」（说“不填”即可）；跨年度的项目要写今后几年要达到的效果。"
    if path in _REQUIRED or path.startswith("indicators"):
        return f"「{name}」是申报表要填的，不能空着。现在说不清可以说“跳过”，最后检查时我会再提醒您补上。"
    return f"「{name}」可以先不填，说“跳过”即可；审核时一般会要求补齐。"


def category_row(iv: "Interview", text: str, reply: "Reply") -> bool:
    """A row named only by its category, with its new value: changed when the form has one row of it; with
    several, which one is asked and nothing changes. False when the message is no such thing."""
    from .choices import norm_value
    m = _CATEGORY_ROW.match(plain(text, True).strip())
    if not m:
        return False
    cat = m.group("cat") + "指标"
    rows = [i for i in iv.form.indicators if in_category(i.model_dump(), cat)]
    value = norm_value(m.group("v"), cat)
    said = re.match(r"(?P<s>[\u4e00-\u9fa5]{2,12}?)(?:是|为|改成|改为|应该是)\s*(?P<val>[^，,。；;\s]+)", m.group("v"))
    if len(rows) > 1 and said:           # "数量那条改一下，覆盖主体是110家": of its rows, the one her words and unit name
        from .fix import _shares
        unit = re.sub(r"^[^\d]*[\d.]+", "", said.group("val"))
        hit = [i for i in rows if _shares(said.group("s"), i.name)]
        hit = [i for i in hit if unit and re.sub(r"^[^\d]*[\d.]+", "", i.value or "") == unit] if len(hit) > 1 else hit
        if len(hit) == 1:
            rows, value = hit, norm_value(said.group("val"), cat)
    if len(rows) != 1 or not value:
        names = "、".join(f"「{i.name}」" for i in rows)
        reply.said.append(f"{cat}有{len(rows)}条{('（' + names + '）') if names else ''}，没听出改哪一条，表里没有改动；"
                          f"请说“改一下：<指标名称>是……”。" if len(rows) != 1 else
                          f"没读出{cat}「{rows[0].name}」要改成什么，表里没有改动。")
        return True
    ind = rows[0]
    iv.aimed.append(f"indicators:{ind.name}")      # the row she points at: no stray row of another category
    whole = _whole_row(m.group("v"), cat) if not said else None
    if whole is not None and whole[0] != ind.name and all(i.name != whole[0] for i in iv.form.indicators):
        new = iv.form.model_copy(deep=True)      # "社会效益那个改成家长接送时间每天减少1小时以上": a row of her own in its
        at = iv.form.indicators.index(ind)       # place — never "≥1小时" under the old name 「家长接送压力」
        new.indicators[at] = ind.model_copy(update={"name": whole[0], "value": whole[1]})
        reply.changed += iv.replace(new, text)
        reply.said.append(f"已把{ind.level2 or cat}「{ind.name}：{ind.value}」换成「{whole[0]}：{whole[1]}」。")
        return True
    iv.apply_gated(Patch([Fill(f"indicators:{ind.name}", dict(ind.model_dump(), value=value), detail=text, primary=True)]),
                   {"indicators"}, text, reply, asked=f"indicators.{cat}")
    return True


def _whole_row(v: str, cat: str) -> tuple[str, str] | None:
    """Her new value as a whole row, a name of at least four characters and its figure: (name, value); else None."""
    from .choices import norm_value, split_indicator
    from .guard import bad_name
    name, value = split_indicator(v.strip())
    if len(re.findall(r"[\u4e00-\u9fa5]", name or "")) < 4 or not re.search(r"\d", value or "") or bad_name(name):
        return None
    return name, norm_value(value, cat)


def _held_before(iv: "Interview", path: str, value: str) -> str:
    """The name this field held earlier that ends with the short name she says now ("住建局" after "市住建局"
    was taken back): that name, whole; '' when none did, or when two different ones would fit."""
    said = re.sub(r"[。！!，,\s]+$", "", value or "").strip()
    if len(said) < 2 or not re.fullmatch(r"[\u4e00-\u9fa5]{2,20}", said):
        return ""
    held = set()
    for state in iv.history:
        was = (state.get("form") or {}).get(path) if "." not in path else None
        if isinstance(was, str) and len(was) > len(said) and was.endswith(said):
            held.add(was)
    return held.pop() if len(held) == 1 else ""


def _lines_sum(iv: "Interview") -> tuple[float, str] | None:
    """The budget lines' sum and how it is made ("27.6+5.5"), when every line has its amount and the sum is not the
    total: the figure a total that "follows the lines" would take — computed from hers, never stored unasked."""
    lines = iv.form.budget_items
    if not lines or any(b.amount is None for b in lines):
        return None
    sum_ = round(sum(b.amount for b in lines), 6)
    if iv.form.funding.total is not None and abs(sum_ - iv.form.funding.total) <= 0.005:
        return None
    return sum_, "+".join(f"{b.amount:g}" for b in lines)


def _whole_funding(path: str, value: str) -> str:
    """The path a named value is read for: "钱也不对，应该是38万，其中2万是去年结转的" names the total and says a part with
    its own label — the funding's parts are read together (never the total alone, the part dropped in silence)."""
    from .extract import CARRY_LABEL, CURRENT_LABEL, OTHER_LABEL
    if path == "funding.total" and re.search("|".join((CARRY_LABEL, OTHER_LABEL, CURRENT_LABEL)), value):
        return "funding"                 # (the total's value only: "结转查了是零，其他都对" names 结转, not the total)
    return path


def _lines_with(iv: "Interview", path: str, value: str) -> list:
    """The budget lines said with a named total ("资金 96万（保洁人员工资72万，耗材12万，水电12万）"), read as at the
    funding question (only lines that add up to it) while the form has none — never dropped in silence."""
    from .answers import amounts, prep
    if path != "funding.total" or iv.form.budget_items or len(amounts(prep(value))) < 3:
        return []
    return [f for f in iv.extractor(value, iv.context("funding")).fills if f.path == "budget_items"]


def change(iv: "Interview", m: F.Mention, reply: "Reply", r: Reading) -> bool:
    """A field the message names: read its value with that field's reader and apply it."""
    if _her_own_phone(iv, m, r):
        reply.said.append(f"“{m.value}”像是您本人的电话；表上没有填报人电话一栏，「{F.label(m.path)}」没有改动"
                          f"（要改的话请说“改一下：{F.label(m.path)}是……”）。")
        r.act("facts")
        return True
    if not m.value:
        if m.marked:
            q = iv.question_for(m.path)
            summed = _lines_sum(iv) if m.path == "funding.total" else None
            if summed is not None:       # "总额也跟着变" after a line changed: the lines' sum, hers to confirm
                sum_, shown = summed
                q.proposal, q.source = sum_, shown
                q.text = (f"预算明细合计：{shown}={sum_:g}万元（现在的总额是{iv.form.funding.total:g}万元）。"
                          f"「{F.label(m.path)}」改成{sum_:g}万元吗？对的话回答“是”，不对请直接写正确的总额。")
            iv.push_followup(q)
            reply.said.append(f"好的，「{F.label(m.path)}」要改成什么？" if summed is None else "好的。")
            r.act("correction")
            return True
        return False
    if F.kind(m.path) == "org" and (whole := _held_before(iv, m.path, m.value)):
        m = dataclasses.replace(m, value=whole)   # "主管部门还是住建局" after 市住建局: the name she gave then, whole
    hedged = hedges(m.value) if F.kind(m.path) in ("money", "monthly", "count") else []
    other = [h for h in hedged if not fits(h, F.kind(m.path))]
    for h in other:                      # "每人每月200，大概500人": the estimate is another figure's, not this one
        people = m.path == "fact.monthly" and re.search(r"[人名]$", h.text)    # the people the monthly sum is per
        iv.ask_exact(Hedge("fact.headcount", h.text, h.value) if people and not h.path else h, reply)
        m = dataclasses.replace(m, value=m.value.replace(h.text, "，"))
        r.act("hedge")
    hedged = [h for h in hedged if h not in other]
    if hedged:                           # "人均每月大概4000出头": asked again exactly, stored nowhere
        for h in hedged:
            iv.ask_exact(Hedge(h.path or m.path, h.text, h.value), reply)
        r.act("hedge")
        _some_said(iv, m.path, reply)     # (the 0 assumed for it is no longer hers)
        return True
    if m.path in _FROM_ASSUMED and not re.search(r"\d|[零〇一二两三四五六七八九十百千万]|没|无|不|N|n", m.value):
        _some_said(iv, m.path, reply)     # "其他资金有村里自己凑的一部分": there is some, how much is not said
        r.act("answer")
        return True
    qualifier = r.qualifier.get(m.path, "")
    if qualifier and m.marked and F.kind(m.path) == "count":
        if fix.recount(iv, m.value, r.raw or r.text, reply, subject=qualifier):
            r.act("correction")          # "容纳人数也改一下，7处是4.1万人": the row her words name
            return True
        reply.said.append(f"听出您要改「{qualifier}{m.word}」，但没找准是表里哪一项，没有改动。"
                          f"请说“改一下：<指标名称>是……”。")
        r.act("correction")
        return True
    for path in m.paths:
        if path.startswith("fact."):
            key = path.split(".", 1)[1]
            had = iv.facts.get(key)
            if iv.set_fact(key, m.value, reply):
                if iv.facts.get(key) != had:
                    r.act("correction" if m.marked or had else "facts")
                elif _holds_row(iv, reply):
                    r.act("answer")    # "每人每月补助一千八" to the 成本 question: the row her fact gave is the answer
                return True
            continue
        if path.startswith(("indicators:", "budget_items[")) or path == "indicators":
            if iv.correct_path(path, _mention_text(m), reply):
                r.act("correction")
                return True
            continue
        cur = get(iv.form, path) if F.kind(path) == "org" and path in F.specs() else None
        if F.kind(path) == "org" and isinstance(cur, str) and m.value and m.value != cur and m.value in cur \
                and not m.marked:            # "司法局" said of the 县司法局 already there: the same unit, kept whole
            reply.said.append(f"「{F.label(path)}」已经是「{cur}」，没有改动。")
            r.act("facts")
            return True
        if path == "function_code":
            from .answer import offer_subject
            if offer_subject(iv, m.value, reply):   # "科目应该是城乡社区环境卫生吧": its code offered
                r.act("facts")
                return True
        got = read(_whole_funding(path, m.value), m.value, iv.context(path))
        if not (got.fills or got.facts):     # "农村公路日常养护项目，少了项目两个字": the clause that is the value
            for c in re.split(r"[，,；;（）()]+", m.value):
                got = read(path, c, iv.context(path))
                if got.fills or got.facts:
                    break
        if got.fills and all(_same(iv, f.path, f.value) for f in got.fills):
            iv.confirm([f.path for f in got.fills if iv.provenance.get(f.path) is not None])   # she said it: hers now
            for f in got.fills:
                if iv.provenance.get(f.path) is not None and iv.provenance[f.path].kind == "computed":
                    iv.provenance[f.path].kind, iv.provenance[f.path].detail = "stated", r.raw
            if not all(_set_now(iv, f.path) for f in got.fills):    # just recorded from this very message: nothing to say
                reply.said.append(f"「{F.label(path)}」已经是「{flow_value(iv, path)}」，没有改动。")
            r.act("correction" if m.marked else "facts")
            return True
        if path == "budget_items" and iv.form.budget_items and _ADDS.search(r.raw or r.text or ""):
            _added_lines(iv, got)                  # "预算明细加上：差旅8000元": a line more, the others kept
        if got.fills or got.facts:
            for f in got.fills:
                if f.kind != "computed":           # "按今天（…）": how it was computed stays said
                    f.detail = r.raw or f.detail       # the answer it came from
            was = [get(iv.form, f.path) for f in got.fills if not f.path.startswith("indicators:")]
            lines = _lines_with(iv, path, m.value)
            iv.apply_gated(Patch(got.fills + lines, got.facts, got.notes), {F.group(path)} | ({"budget_items"} if lines else set()),
                           m.value, reply)
            r.act("correction" if m.marked or any(w not in (None, "", []) for w in was) else
                  "answer" if (pq := iv.pending) is not None and pq.kind == "field" and pq.field == F.group(path) == "start" else "facts")
            return True                  # ("开始：2026年1月 结束：2026年12月" asked for the period: its two ends, her answer)
    if m.marked and F.kind(m.path) == "count" and fix.recount(iv, m.value, r.raw or r.text, reply):
        r.act("correction")              # "人数不对，是2.4万人次": the one row that counts in 人次
        return True
    if not m.marked:                     # "钱是省里补的": a field's word in her sentence, no value of it and no correction
        return False
    label = F.label(m.path)
    reply.said.append(f"听出您要改「{label}」，但没读出新的值。请写成“{label}是……”。")
    r.act("correction")
    return True


def _holds_row(iv: "Interview", reply: "Reply") -> bool:
    """The asked indicator category already holds the row a stated fact gave (人均月经费 from 每人每月):
    said back; she answered with the same fact."""
    q = iv.pending
    if q is None or q.kind != "indicators" or "." not in q.field:
        return False
    from ..model import category_of
    from .ops import DERIVED
    rows = [i for i in iv.form.indicators if category_of(i) == q.field.split(".", 1)[1]
            and (src := iv.provenance.get(f"indicators:{i.name}")) is not None and src.detail in DERIVED]
    for i in rows:
        reply.said.append(f"{i.level2}「{i.name}」已按您说的记为 {i.value}。")
    return bool(rows)


def _set_now(iv: "Interview", path: str) -> bool:
    src = iv.provenance.get(path)
    return src is not None and src.turn == iv.turn


def _same(iv: "Interview", path: str, value) -> bool:
    try:
        return get(iv.form, path) == value
    except (AttributeError, IndexError):
        return False


def flow_value(iv: "Interview", path: str) -> str:
    from .flow import _value
    return _value(iv.form, "start" if path in ("start", "end") else path)


_ADDS = re.compile(r"加上|添加|增加|补充|补上|再加|加一项|加一条|新增|漏了|少了一项|还有一项")


def _added_lines(iv: "Interview", got) -> None:
    """Lines she adds to the budget list: the lines already there stay, hers join them (a line of the
    same name takes her amount)."""
    for f in got.fills:
        if f.path == "budget_items" and isinstance(f.value, list):
            new = {i["name"]: i for i in f.value}
            kept = [dict(b.model_dump(), **({"amount": new.pop(b.name)["amount"]} if b.name in new else {}))
                    for b in iv.form.budget_items]
            f.value = kept + list(new.values())

"""The interview: a state over a Declaration that asks the next most useful question.

Pure Python, no UI, no I/O (the store saves it; the CLI and the web app print it).

    iv = Interview(today=date(2020, 8, 19))    # or Interview(form, source="申报表.docx", locations=result.provenance)
    q = iv.next_question()                     # Question(field="project_name", text=..., replies=[...])
    reply = iv.answer("我们信访局今年要聘12个人")
    reply.acts                                 # ["answer", "facts"]: how the message was read (acts.py)
    reply.said, reply.changed, reply.question  # what to say, the paths changed, the next question (None: done)
    iv.ask("unit_head")                        # make a field's question the pending one (a click in the preview)
    iv.set_form(edited, "在表格中修改")           # an edit made outside the chat: checked, recorded as stated
    iv.unconfirmed_numbers(); iv.confirm(paths); iv.report()
    state = iv.to_state(); Interview.from_state(state)   # JSON-safe, for the DraftStore

Guarantees (each enforced in code, see gate.py and ops.py): an answer changes only the asked
field or the fields it names; every number was stated, imported or computed from stated numbers
(and listed until confirmed); the years are hers; a question is never asked three times in a
row; the interview ends only after asking about every empty field and every remaining finding,
and says how to get the Word/Excel file.

``extractor``: ``(text, ctx: answers.Context) -> answers.Patch``; the default is the offline
``extract.extract``. An LLM extractor (``llm_extract.LLMExtractor``) plugs in the same way; its
patches pass the same gate.
"""
from __future__ import annotations

import copy
import re
import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Callable

from ..caps import ANSWER, cap_form
from ..findings import Report
from ..model import Declaration
from ..rules import check
from . import acts, backref, blocks, exact, flow, navigate, parts, reckon, restated, restore, rollback, turns, unitfix
from .speech import plain
from . import chrome, emojicode, handwriting, korean, martian, media, pasted, placeholders, same, sheet, slips, tracked, wraps, zeros
from . import fields as F
from .answers import Context, Patch, declared, declared_unit
from .answer import money_facts, offer_total, quote, undone_before
from .peryear import of_year, shared_years
from .extract import extract
from .history import compact as compact_history, expand as expand_history
from .ops import Ops
from .ops import row_facts
from .provenance import Provenance, Source, mark_all, unconfirmed_numbers
from .questions import Question
from .signature import unpage, unsign
from .star import starred
from .apply import get
from .traditional import fold
from .when import eight_digit_dates, year_last_dates
from .plan import unplan
from .pastreport import past_report
from .nameyear import year_of_name
from .review import reviewed
from .asides import unaddress
from .asking import what_for

Extractor = Callable[[str, Context], Patch]
HISTORY = 20
EXPORT_HINT = "生成Word/Excel文件：网页上点“导出”按钮；命令行用 jixiao draft --resume <草稿编号> --out 申报表.docx（或 .xlsx）。"


@dataclass
class Reply:
    said: list[str] = field(default_factory=list)     # what the assistant says before the next question
    changed: list[str] = field(default_factory=list)  # field paths changed by this answer
    question: Question | None = None                  # the next question; None when done
    done: bool = False
    acts: list[str] = field(default_factory=list)     # how the message was read (acts.ACTS)
    old: dict[str, str] = field(default_factory=dict)  # path → the value it had before this answer

    def lines(self) -> list[str]:
        """Everything to show, the next question last."""
        return self.said + ([self.question.render()] if self.question else [])


# a WeChat message forwarded as her answer: "[转发] 王科长：…", "【转发】…" — the sender and the mark are no value
_FORWARDED = re.compile(r"^\s*(?:[\[【]转发[\]】]|转发[：:])\s*(?:[\u4e00-\u9fa5A-Za-z]{1,8}[：:])?\s*")


# the value to write said last, after a clause with a rough or another year's figure: "…吧，写≥90%", "…，今年就写不低于92%"
_WRITE_AFTER = re.compile(r"(?P<head>[^，,。；;]*\d[^，,。；;]*|[^，,。；;]*[零一二两三四五六七八九十]成[^，,。；;]*)[，,。；;]\s*"
                          r"(?:今年|明年|本年度?|那就|那|就|还是)*(?:写|填)(?:成|个|上)?\s*"
                          r"(?P<v>(?:[≥≤><=＞＜]|不低于|不少于|不高于|不超过|达到)?\s*\d+(?:\.\d+)?\s*(?:%|％|[\u4e00-\u9fa5]{1,3})?)"
                          r"(?:吧|就行|就好|了)?[。！!]?")
_AS_LAST_YEAR = re.compile(r"(?P<name>[^，,。；;\d]{2,16}?)(?:要|应|须|得)?(?P<op>不少于|不低于|不小于|不下于|达到|持平|高于|超过|多于)"
                           r"(?:上年|去年|上一年|上年度)(?:的?水平|的?数)?[，,。；;]\s*(?:上年|去年|上一年|上年度)(?:度)?"
                           r"[^，,。；;\d]{0,6}?(?P<v>\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fa5]{1,3}))[。！!]?")
_ROUGH_OR_PAST = re.compile(r"吧|左右|以上|上下|大概|大约|估计|差不多|多$|来|去年|上年|往年|前年|自评")
_ROW_NAMED = re.compile(r"^([\u4e00-\u9fa5]{2,12}?(?:满意度|满意率|率))")


def _unit_of_lone(text: str) -> str:
    """The unit of a lone figure asked about ("元", "是万元", "单位是元不是万元"), or ''."""
    fixed = unitfix.said(text)
    if fixed:
        return fixed[0] if fixed[0] in ("元", "万元", "亿元") else ""
    m = re.fullmatch(r"(?:是|按|就是|单位是)?\s*(元|块|块钱|万元|万|亿元|亿)(?:的|啊|吧|哈)?[。！!]?", plain(text))
    return {"块": "元", "块钱": "元", "万": "万元", "亿": "亿元"}.get(m.group(1), m.group(1)) if m else ""


def _sig(q: Question) -> str:
    return f"{q.field}|{q.kind}"


def _same(a: Question, b: Question) -> bool:
    return _sig(a) == _sig(b)


class Interview(Ops):
    def __init__(self, form: Declaration | None = None, *, provenance: Provenance | None = None,
                 source: str = "", locations: dict[str, str] | None = None,
                 extractor: Extractor | None = None, today: _dt.date | None = None, export_hint: str = ""):
        self.form = form.model_copy(deep=True) if form is not None else Declaration()
        self.provenance = provenance if provenance is not None else Provenance()
        if form is not None and provenance is None:
            mark_all(self.form, self.provenance, Source("imported", source or "导入的申报表"), locations)
        self.extractor: Extractor = extractor or extract
        self.today = today or _dt.date.today()
        self.export_hint = export_hint or EXPORT_HINT
        self.facts: dict[str, Any] = {}
        self.skipped: list[str] = []       # fields set aside (skipped, or not read twice): not asked again in the main pass
        self.settled: list[str] = []       # review steps answered (fixes applied or declined, confirmations)
        self.followups: list[dict] = []    # questions to ask next (an exact figure for a hedge, rows to confirm)
        self.transcript: list[dict[str, str]] = []
        self.turn = 0
        self.pending: Question | None = None
        self.history: list[dict] = []
        self.last_key = ""                 # the key of the question asked last, and how often in a row
        self.streak = 0
        self.last_field = ""               # the field this turn's answer filled
        self.prev_field = ""               # the field the previous turn's answer filled (for "不对，是13个")
        self.notices: list[str] = []       # things to say with the next reply (a question set aside)
        self.last_refused: list[str] = []  # what the gate refused in the last patch (misfiled:…, invented:…)
        self.turn_field = ""               # the field the message being handled answers
        self.money_before: dict = {}       # the facts a total is computed from, before the message (answer.py)
        self.aimed: list[str] = []         # paths a correction found by the figure or words she quoted (fix.py)
        self.kuai = ""                     # the unit she said her money is in ("单位是万元"): what her 块 means
        self.fang = False                  # her 方 has shown itself to be 万 ("61.8方元", "方是万": handwriting.py)
        self.martian = False               # she writes in 火星文 (偶们, 素滴, 米有 …): 素 is 是, 表写 is 不要写 (martian.py)
        self.turn_facts: dict | None = None    # the facts before the message being handled (None: an edit outside the chat)
        self.just_undone: list = []        # the rows the message before took back (返回): [level1, level2, name]

    # --- asking ---------------------------------------------------------------------
    def opening(self) -> list[str]:
        """Greeting and the first question."""
        intro = ("您好！我是绩效目标申报助手，会一步步帮您填好《项目支出绩效目标申报表》。"
                 "直接用平常的话回答即可；不懂的词可以问“什么是……”，说“跳过”先跳过，说“返回”回到上一步，"
                 "说“改一下：总额是30万”可随时修改。")
        if self.form != Declaration():
            intro = f"已载入申报表「{self.form.project_name or '未命名'}」，我来帮您补齐缺少的内容。"
        q = self.next_question()
        out = [intro] + ([q.render()] if q else [flow.complete_summary(self)])
        for line in out:
            self._log("assistant", line)
        return out

    def next_question(self) -> Question | None:
        if self.pending is None:
            self._set_pending(flow.pick(self))
        return self.pending

    def ask(self, field_path: str) -> Question:
        """Make ``field_path``'s question the pending one (a click on a field in the preview, or the
        context an evaluation dialogue sets): 'project_name', 'unit_head', 'indicators.数量指标' …"""
        q = flow.make(self, field_path, current=True)
        q.key = q.key or f"ask:{field_path}"      # asked on purpose: open until answered, even when filled
        same = self.pending is not None and _same(self.pending, q)      # already the question on screen: no repeat
        self.last_key, self.streak = _sig(q), (max(self.streak, 1) if same else 1)
        self.pending = q
        return q

    def _set_pending(self, q: Question | None) -> None:
        for _ in range(64):
            if q is None:
                break
            key = _sig(q)               # the same field asked the same way: the same question to her
            streak = self.streak + 1 if key == self.last_key else 1
            if streak <= 2:
                if streak == 2:
                    flow.second_ask(self, q)
                self.last_key, self.streak = key, streak
                break
            self.set_aside(q)      # never a third time in a row
            name = flow.label_of(self, q)
            aside = f"{name if name.endswith('」') else f'「{name}」'}先放一放，最后检查时再补。"
            if aside not in self.notices:      # two follow-ups of one field set aside together: said once
                self.notices.append(aside)
            q = flow.pick(self)
        self.pending = q

    def _doubted(self, q: Question | None, r: Any, reply: Reply) -> None:
        """A value said with a doubt beside it ("…吧，我也拿不准") was stored: her answer, said back to check; the doubt
        is no 不知道 of the field (a bare 拿不准 stores nothing and stays one)."""
        if not (r.doubt and q is not None and "answer" in r.acts and "dont_know" in r.acts):
            return
        if not any(p == q.field or p.startswith((q.field + ".", q.field + "[")) for p in reply.changed):
            return
        r.acts.remove("dont_know")
        reply.said.append(f"您说还不太确定，{F.quoted(flow.label_of(self, q))}先按您说的记下，请再核实一下；"
                          "不对的话随时说“改一下：……”告诉我正确的。")

    @property
    def done(self) -> bool:
        return self.next_question() is None

    # --- answering --------------------------------------------------------------------
    def answer(self, text: str) -> Reply:
        text = (text or "").encode("utf-8", "ignore").decode("utf-8")    # a lone surrogate (cut from a pasted page,
        #                                    sent by a browser) is no character: left out, never a crash
        text, past = past_report(text, self.today) if "\n" in text.strip() else (text, "")
        if past:                           # last year's 自评报告 pasted: that year's figures are none of this year's form
            self.notices.append(past)
        got = pasted.read_form(text) if "\n" in text.strip() else None
        if got is not None:                # last year's whole form pasted: read as a form, not as one answer
            table, changes = pasted.remarks(text)
            if not changes:
                return self._pasted(text, got)
            reply = self._pasted(table, pasted.read_form(table) or got)
            more = self.answer(changes)    # "今年人数变成14个" on a line beside it: what changes this year, then
            more.said[:0] = reply.said     # (said back as any correction is)
            more.changed[:0] = reply.changed
            more.acts[:0] = [a for a in reply.acts if a not in more.acts]
            return more
        forwarded = False
        if (fwd := _FORWARDED.match(text or "")) and "\n" not in text.strip() and text[fwd.end():].strip():
            text, forwarded = text[fwd.end():], True   # "[转发] 某科长：…": who sent it is where the value came from (talk)
        if "\n" in text.strip() and (q_rows := self.next_question()) is not None \
                and (ed := restated.edited(text, q_rows.field)) is not None:
            if not ed[0]:                  # which row a change is of, not certain: nothing stored, asked
                return self._stored_nothing(text, ed[1], ["answer"])
            more = self.answer(ed[0])      # last year's rows, "第一行改成…，第二行不变" after them: the rows of that
            if any(p == q_rows.field or p.startswith((q_rows.field + "[", q_rows.field + ".", "indicators:"))
                   for p in more.changed):  # paste, as changed (said only when they were read)
                more.said.insert(0, ed[1])
            return more
        if (kind := chrome.noise(fold((text or "").strip()))):      # a login code or "已读" pasted by mistake: nothing of hers
            return self._noise(text, kind)
        if (blank := sheet.blank_cells(text)):     # "某某指标⇥⇥⇥": a row copied with its value cells empty — no value
            q_blank = self.next_question()
            if q_blank is not None and q_blank.field.startswith("indicators."):
                self.facts["blank_row"] = [q_blank.field, blank[:30]]    # the row's name, for the value said next
            return self._stored_nothing(text, f"这一行只有「{blank[:30]}」，后面的格子是空的，没有记入表中。请把数值补上再发一次。", ["unclear"])
        if (spoilt := acts.garbled_figure(text)) and (q_g := self.next_question()) is not None and F.kind(q_g.field) != "text":
            if q_g.field.startswith("indicators.") and spoilt != "？":
                self.facts["blank_row"] = [q_g.field, spoilt[:30]]     # "受益户12pin00户": the row, for its figure said next
            return self._stored_nothing(text, f"“{quote(text)}”里的数字没读准（夹着拼音字母，或单位听不清），没有记入表中。"
                                              "请把这个数再发一次。", ["unclear"])
        self.just_undone = self.facts.pop("undone_rows", [])
        blank_row, blank_talk = self.facts.pop("blank_row", None), False
        if blank_row and (q_b := self.next_question()) is not None and q_b.field == blank_row[0] \
                and (filled := sheet.cell_filled(text)) is not None:
            text, blank_talk = f"{blank_row[1]}：{filled[0]}", filled[1]    # "那格漏了，写“…”": the value of that row
        text = korean.read(emojicode.uncoded(text))  # "[强]", "谭晓燕[玫瑰]": WeChat's emoji as text, no word of hers;
        #                                              "네", "2번", "90% 이상": her Korean, read as the Chinese she means
        self.martian = self.martian or martian.voiced(text)
        text = martian.read(text, self.martian)      # "局长素周晓峰", "长期滴表写了": 是, 不要写 in her 火星文
        text, commented = tracked.read(text)     # "…[删除：150][插入：170]…", "【批注-…：…】": the draft as accepted
        text, shown = media.unmedia(slips.marks(sheet.unformula(sheet.uncell(chrome.unradio(wraps.sign_order(fold(slips.unresidue((text or "").strip()))))))))      # "[图片] 这是去年批复的截图": nothing typed to read
        q0 = self.next_question()
        self.fang = self.fang or handwriting.shown(text)
        text = handwriting.read(text, money=q0 is not None and (q0.field == "funding" or F.kind(q0.field) in ("money", "items")),
                                seen=self.fang)
        if q0 is None or F.kind(q0.field) != "phone":
            text = year_last_dates(eight_digit_dates(text))   # "20260301-20261130", "20261031前": dates, never a
            #                                   count or an amount; "03/01/2025到11/30/2025": dates when their order is certain
        if q0 is not None and F.kind(q0.field) != "text":
            text = reviewed(text)               # "送审512.6万，审定468.3万，核减44.3万": only the 审定 figure is hers
        if q0 is not None and F.kind(q0.field) not in ("text", "goals"):
            text = unplan(text)                 # "拟列80万", "预计改造1200户": a plan is her value; 拟 is no part of a name
            text = wraps.unspaced(text, F.kind(q0.field))    # "村卫生室 标准化 建设": one name, typed with spaces
        if shown:      # (己 for 已, 方 for 万: slips of a phone app reading a handwritten draft, read as she wrote them)
            self.notices.append("图片和截图我看不到，请把上面的内容打字发给我。" if not text else "图片和截图我看不到，只读了您打的字。")
        text = zeros.marked(slips.labels(slips.not_none(slips.both_none(slips.unstuttered(slips.english(slips.spoken(slips.dictated(slips.qa(slips.ditto(blocks.unthread(slips.unjson(slips.unmarkdown(slips.unquoted(slips.ungrouped(slips.untagged(slips.bracket_heads(slips.previewed(slips.homophones(slips.word_fixed(wraps.unwrap(wraps.word_spaced(text) or ("[图片]" if shown else ""))))))))))))))))))))))   # 繁体 ("填報人吴淑芬") and misspelt labels (主观部门：) read like the rest
        text, news = slips.settled(text), slips.settled(text) != text   # "科目也核了，2110302": the label's value
        news = news or forwarded
        text = unaddress(text)               # "报告领导，总额是112.5万", "收到。实施单位…": a lead-in, no talk
        text, noted = slips.unnoted(slips.unstaged(text))
        unheard = slips.unheard(text)
        text, heard = slips.untranscribed(text)   # "说话人2 01:15 …（听不清）": a recording's marks, where her words came from
        noted = noted or heard
        if heard and unheard:
            self.notices.append("转写里有听不清的地方（已去掉“听不清”的标记），刚记下的内容请核对，缺字的话直接说正确的。")
        noted = noted or commented    # "…评价[1]⏎注[1]：名称沿用…": her footnote, no part of the value;
        #                                  "有请今天的主角——…！掌声！": a host's words around what she announces
        text, signed = unsign(unpage(text))   # "…\n--\n张丽 | 办公室 13800001111": the sender's signature, not the answer
        if signed:
            self.notices.append(f"消息末尾的签名（{signed[:40]}{'…' if len(signed) > 40 else ''}）没有当作表里的内容；"
                                "其中的姓名、电话要填进表的话，请单独告诉我是哪一栏。")
        unit = declared_unit(text)
        q = self.next_question()
        money = q is not None and (q.field == "funding" or F.kind(q.field) in ("money", "items", "monthly"))
        text = declared(text, self.kuai if money else "")    # "单位是万元" said before: her 块 of money is 万
        if unit:
            self.kuai = unit
            if not text.strip("，,。；; "):     # the unit alone: nothing to store, said back
                reply = Reply(said=[f"好的，后面没写单位的金额{'和说的“块”' if unit != '千元' else ''}都按"
                                    f"{'万元' if unit == '万' else unit}记。"], acts=["chatter"])
                self._log("user", text)
                reply.question = self.next_question()
                for line in reply.lines():
                    self._log("assistant", line)
                return reply
        long = len(text) > ANSWER
        text = text[:ANSWER]        # an answer is bounded like any value (caps.py): a pasted book is cut, and said so
        self._log("user", text)
        q = self.next_question()
        if q is not None and q.field == "project_name" and q.kind == "field":
            text = slips.named_by_file(text)     # "…申报表_终稿(2).docx 名字就是文件名前面那截": the name the file carries
        text = slips.sectioned(slips.echoed(slips.question_echoed(text, q.text if q is not None else ""), q.field if q is not None else ""),
                               q.field if q is not None else "")
        #                                  "这个项目叫什么名字？…" copied back, "实施单位嘛，县总工会": her echo of the label
        if q is not None and q.key == "year:start":
            text = re.sub(r"^\s*(?:预算)?(?:年份|年度)(?:是|为|就是|[:：])?\s*(?=\d|[二〇零一两三四五六七八九]{2}|今年|明年|去年|后年)", "", text)
            #                                  "年份是2025年" asked which year her months are in: that year, her answer
        text = year_of_name(text, self.form.project_name)   # "名称里的年份换成2027": the name she has, its year put right
        pointed = ""
        if q is not None and backref.is_pointer(text) and (again := backref.earlier(self, q.field)):
            self.notices.append(f"按您前面说的“{again[:60]}{'…' if len(again) > 60 else ''}”来填{F.quoted(flow.label_of(self, q))}。")
            text, pointed = again, q.field   # "上面都说了": her earlier words, read again for the field asked
        lone = self.facts.pop("lone_figure", None)
        if q is not None and q.field == "funding" and lone is not None and (unit := _unit_of_lone(text)):
            text = f"{lone}{unit}"           # "486000" asked 元 or 万元, then "元" / "单位是元不是万元": 486000元
        if q is not None and (q.field == "funding" or F.kind(q.field) in ("money", "count", "items") or q.field.startswith("indicators.")):
            text, gone = (shared_years if q.field.startswith("indicators.") else of_year)(   # "去年19.8万，今年21.6万";
                text, self.form.year or self.facts.get("year"), self.today)    # a row: "满意度去年93.6%，今年95%" only
            if gone:
                self.notices.append(f"「{gone}」是别的年份的数，没有记（本项目是{self.form.year or self.facts.get('year') or self.today.year}年）。")
        if q is not None and q.field.startswith("indicators.") and self.just_undone and (named := undone_before(self, q, text)):
            text = named                     # "写≥92%" right after 返回 took her row back: that row, with its new value
        if q is not None and q.field.startswith("indicators.") and (m := _AS_LAST_YEAR.fullmatch(plain(text))):
            text = f"{m.group('name')}{'>' if m.group('op') in ('高于', '超过', '多于') else '≥'}{m.group('v')}"
            #                                  "巡检次数不少于上年，上年巡了36次": the bound, last year's figure she states
        if q is not None and q.field.startswith("indicators.") and (m := _WRITE_AFTER.fullmatch(plain(text))) \
                and _ROUGH_OR_PAST.search(m.group("head")):
            row = _ROW_NAMED.search(m.group("head"))      # "九成以上吧，写≥90%", "去年是93%，今年写≥90%": a rough or past
            text = f"{row.group(1) if row else '写'} {m.group('v')}"    # figure, then the value she settles on to write
        self.last_refused = []
        self.turn_field = q.field if q is not None else ""
        self.prev_field, self.last_field = self.last_field, ""    # "不对，是13个": only the answer just given
        fixed = starred(text, self.prev_field, self._value_of(self.prev_field))
        if fixed:
            text = fixed                     # "*县蚕桑技术推广站" after "县残桑技术推广站": the correction it means
        nav, talked, nav_head = navigate.goto(text), False, ""
        if nav is None and (later := navigate.after_talk(text)) is not None:
            nav, talked, nav_head = later[:2], True, later[2]    # "下山了。回到满意度那一项，…": her talk first, then the question named
        if nav is not None:                 # "回到资金那一项（, 48.6万）": that question, and her answer to it
            shown_last = self.last_key, self.streak
            q, text = self.ask(nav[0]), nav[1]
            if text:                         # answered in the same breath: the question on her screen stays the last
                self.last_key, self.streak = shown_last     # one asked (asked once more after it, it is a repeat)
            self.turn_field = q.field
        said = exact.from_overview(self, q, exact.named(self, q, self._unpack(text, q)))   # a bare list becomes labelled: each value names its field;
        #                                  "24人" asked a rough row's exact figure: that row's, by its name
        if q is not None and F.kind(q.field) not in ("text", "goals") and placeholders.target(self.form, said) is None:
            kept, unknown = placeholders.unknown_clauses(said)
            if unknown:                      # "总额xx万", "电话xxxx": a figure she does not know yet, said so
                said = "，".join(c for c in (kept, "不知道") if c)
        r = acts.read(said, q, self.form)
        what_for(r, said)                # "什么是…？看不懂": a question; "怎么写呢，你帮我想一个": 不知道
        if signed or noted or (news and "back" not in r.acts):
            r.act("chatter")                 # the signature, "…也核了": talk beside the answer
        if q is not None and q.key.startswith("late:") and q.key.count(":") == 2 and r.yes is None \
                and not {"back", "skip", "question", "dont_know"} & set(r.acts) and F.spec(q.key.split(":")[2]) is not None:
            self.settle(q)                   # "这句像是在说「立项依据」…记到那里吗？" answered by the answer to the question
            if q.field in F.specs() and q.field != "start" and q.proposal and self.missing(q.field):
                self.facts.setdefault("heard", {}).setdefault(F.group(q.field), []).extend(
                    [p, v, q.source] for p, v in q.proposal)  # the offer kept: put to her when its field is asked
            shown_last = self.last_key, self.streak   # (what she saw last stays the last question asked: offered again,
            q = self.ask(q.key.split(":")[2])     # it is a repeat) before it ("新增"): that question's; the offer is
            self.last_key, self.streak = shown_last   # dropped, nothing stored
            self.turn_field = q.field
            said = self._unpack(text, q)
            r = acts.read(said, q, self.form)
        if talked and not re.fullmatch(r"(?:等等|等下|等一下|稍等|哎|哦|嗯|啊|对了|那个)+", nav_head):
            r.act("chatter")             # (a wait or an interjection before it is no talk)
        if shown and text != "[图片]" and "back" not in r.acts:
            r.act("chatter")               # her words about the picture, beside what she typed
        if blank_talk:
            r.act("chatter")               # her words about the empty cell, beside its value
        if nav is not None and not text:
            r.acts = ["back"]
            reply = Reply(said=[f"好的，回到「{flow.label_of(self, q)}」。"])
        elif "back" in r.acts:
            reply = self._back(undo=bool(re.search(r"撤回|撤销|^\s*撤\s*$|取消|作废|不算|不对|错了|串了", text)))   # "返回，上一个不对": undone too
            if r.rest:                      # "退回去，2120899": the answer to the question gone back to
                more = self.answer(r.rest)
                reply.said += more.said
                reply.changed += more.changed
                reply.old = {**more.old, **reply.old}
                r.acts += [a for a in more.acts if a not in r.acts]
        else:
            self.history.append(dict(self.to_state(history=False), asked=flow.signature(q), asked_field=q.field if q else ""))
            del self.history[:-HISTORY]
            self.turn += 1
            reply = Reply()
            followups = len(self.followups)
            before, prov = self.form.model_copy(deep=True), copy.deepcopy(self.provenance)
            self.aimed = []                # places a correction found by the figure she quoted (fix.py)
            self.turn_facts = copy.deepcopy(row_facts(self.facts))
            if restore.asks(said):           # "不对不对，还是原来那个": her last change taken back
                r.acts = ["correction"]
                restore.run(self, reply)
            elif restore.back_to(self, reply, said):     # "哎不是，…还是3月": her last change taken back by the old value
                r.acts = ["correction"]
            elif (still := restore.kept(self, said)):     # "…是不是该写网信委……不对，还是宣传部，不改了"
                r.acts = ["chatter"]
                reply.said.append(f"好的，{F.quoted(F.label(still))}不改，还是「{getattr(self.form, still)}」。")
            elif unitfix.said(said):         # "是千米不是米": the unit of a figure she gave
                r.acts = ["correction"]
                unitfix.run(self, said, reply)
            elif q is None and not (r.named or r.deletes or r.term or turns.asks_export(r)):
                if r.yes:
                    reply.said.append(f"已确认 {len(self.confirm())} 个数字。")
                elif "skip" not in r.acts and not r.yes:
                    r.act("unclear")
                    reply.said.append("申报表已经填完。如需修改，可以说“改一下：……”。")
            else:
                self.money_before = money_facts(self)
                if not reckon.run(self, q, said, r, reply):     # "总额你帮我加一下：…": her lines, their sum offered
                    turns.run(self, q, r, reply)
                    turns.kept_whole(self, q, r, reply)    # "…约1.8万辆次…" in her 概况: her text, no estimate of an answer
                    self._doubted(q, r, reply)     # "…吧，我也拿不准": her value kept, to check — no 不知道
                    self._filler_phone(q, r, text, reply)   # "填报人是我，…，电话…": the phone kept or said, never dropped
                    offer_total(self, q, r.raw or text, r, reply)   # her facts' total at the money question: to confirm
            self._after(reply)
            self._unkept_phones(said, reply)
            self.turn_facts = None
            rollback.hold(self, before, prov, q.field if q is not None else None, said, reply)   # unnamed: put back
            parts.follow(self, before, reply)    # her total changed: the part that carried it, offered at the new figure
            self.history[-1]["changed"] = bool(reply.changed)
            self.history[-1]["paths"] = list(dict.fromkeys(reply.changed))     # what "还是原来那个" would put back
            if nav is not None and text and q is not None and any(
                    p == q.field or p.startswith((q.field + "[", q.field + ".")) for p in reply.changed):
                r.settled = True             # "上一个问题的明细，标识是2万": the field gone back to, changed — not asked again
            if q is not None and q.proposal is not None and r.yes and any(
                    p == q.field or p.startswith((q.field + "[", q.field + ".")) for p in reply.changed):
                self.last_key, self.streak = "", 0   # her yes filled it: the field's next question (结转 after the total
                #                                      she took) is no repeat of the one she answered
            if self.pending is q:
                self.pending = None
                if q is not None and not r.settled and len(self.followups) == followups \
                        and (q.key or q.field) not in self.settled + self.skipped and flow.still_open(self, q):
                    if r.as_before and "question" not in r.acts:
                        self._set_pending(q)  # "照去年的填吧": the form to copy is asked for, the question stays
                        reply.said.append("我这里没有去年的表。请把去年的申报表（或其中这一项）直接粘贴过来，"
                                          "我照着填，不一样的地方您再告诉我。")
                    elif "dont_know" in r.acts and "question" not in r.acts \
                            and not (q.choices or q.proposal is not None or flow.has_options(self, q)):
                        self.set_aside(q)     # 不知道, and nothing to offer: later, at the final check
                        reply.said.append("好的，这一项先放一放，最后检查时再补。")
                    else:                 # not answered yet (a question back, 不知道, a fact elsewhere): ask again,
                        fresh = flow.make(self, q.field) if not q.key and q.kind == "field" else q   # worded from the
                        self._set_pending(fresh if (fresh.field, fresh.kind) == (q.field, q.kind) else q)   # form as it is now
        if r.skipped and "back" not in r.acts:
            r.act("dont_know" if r.unknown else "skip")    # the field she declined beside her answer: not asked now
            if r.skipped not in self.skipped:
                self.skipped.append(r.skipped)
        reply.acts = ["facts" if a == "answer" else a for a in r.acts] if nav is not None and text else list(r.acts)
        if pointed and "facts" in reply.acts and "answer" in reply.acts and all(F.group(p) == F.group(pointed) for p in reply.changed):
            reply.acts.remove("facts")       # her earlier words read again: what else they name is held already
        if q is not None and q.kind == "confirm" and not reply.said and not reply.changed and reply.acts == ["question"]:
            reply.said.append("表里没有改动。请对照上面的数字核对：都对的话回复“确认”，要改请说“改一下：……”。")   # never silent
        if q is not None and not reply.said and not reply.changed and reply.acts in (["unclear"], []):
            reply.said.append(f"没能从“{quote(text)}”里读出要填的内容，表里没有改动。")   # never a silent re-ask
        reply.said = self.notices + reply.said if self.notices else reply.said
        self.notices = []
        if long:
            reply.said.insert(0, f"您的回答超过 {ANSWER:,} 字，只读取了前 {ANSWER:,} 字。")
        reply.question = self.next_question()
        if self.notices:
            reply.said += self.notices
            self.notices = []
        reply.done = reply.question is None
        if reply.done and not any("全部问题" in s for s in reply.said):
            reply.said.append(flow.closing(self))
        for line in reply.lines():
            self._log("assistant", line)
        return reply

    def _noise(self, text: str, kind: str) -> Reply:
        """A message that is no words of hers (a service's text message, a chat app's status line):
        nothing stored, said so, and the same question again."""
        q = self.next_question()
        where = f"，不是{F.quoted(flow.label_of(self, q))}的内容" if q is not None else ""
        return self._stored_nothing(text, f"这条看起来是{kind}（“{quote(text)}”）{where}，没有记入表中。", ["unclear"])

    def _stored_nothing(self, text: str, said: str, acts: list[str]) -> Reply:
        """Nothing stored from ``text``: ``said`` to her, and the same question again (counted like any asking
        again: never a third time) — noise pasted by mistake; rows whose changed row is not certain (restated.py)."""
        self._log("user", text)
        q = self.next_question()
        reply = Reply(said=[said], acts=acts)
        if q is not None:
            self.pending = None
            self._set_pending(q)
            reply.said += self.notices
            self.notices = []
        reply.question = self.pending
        for line in reply.lines():
            self._log("assistant", line)
        return reply

    def _value_of(self, path: str) -> Any:
        """The value of the field an answer filled ("funding": the total), or None."""
        if not path:
            return None
        try:
            return get(self.form, "funding.total" if path == "funding" else path)
        except (AttributeError, IndexError, KeyError, ValueError):
            return None

    def _filler_phone(self, q: Question | None, r: Any, text: str, reply: Reply) -> None:
        """A phone said beside the 填报人's name, the question that has no phone of its own: the form's 联系电话 when it is
        still empty (one number only), else said back as not stored — never dropped in silence."""
        if q is None or q.field != "filler" or "filler" not in reply.changed or any(F.kind(p) == "phone" for p in reply.changed):
            return
        from .whom import phones_in
        found = phones_in(text)
        if not found:
            return
        r.act("facts")
        if any(re.sub(r"\D", "", found[0]) in re.sub(r"\D", "", x) for x in reply.said):
            return                       # said back already (as hers, the form having no place for it)
        at = plain(text).find(found[0][:4])
        named = plain(text).find(self.form.filler) if self.form.filler else -1
        ours = at > 0 and turns.UNIT_PHONE_LEAD.search(plain(text)[max(0, at - 8):at]) \
            or 0 <= at < named               # "中心电话…", or "翻到了，0736-…。填报人…": the unit's phone, not hers
        if len(found) == 1 and ours and not self.form.unit_phone:
            from .answers import Fill
            if self.apply_gated(Patch([Fill("unit_phone", found[0], detail=text)]), {F.group("unit_phone")}, text, reply):
                self.aimed.append("unit_phone")    # (a number said with no word of a phone: kept, rollback.py)
                return
        why = f"「联系电话」已经是{self.form.unit_phone}" if self.form.unit_phone else "表上没有填报人电话一栏"
        reply.said.append(f"回答里的号码 {'、'.join(found)} 没有记下（{why}）；要填作「联系电话」请说“联系电话是{found[0]}”。")

    def _unkept_phones(self, text: str, reply: Reply) -> None:
        """A number of her answer that no phone field holds after it ("0739-5821234，手机13807391234": one kept)
        is said, never dropped silently."""
        if not any(F.kind(p) == "phone" for p in reply.changed):
            return
        from .whom import phones_in
        digits = lambda x: re.sub(r"\D", "", x or "")    # noqa: E731
        kept = {digits(x) for f in (self.form.unit_phone, self.form.department_phone) for x in (f or "").split("、")}
        left = [p for p in phones_in(text) if not any(k.endswith(digits(p)) for k in kept if k)]   # 4985678 of 0376-4985678
        if left:
            reply.said.append(f"回答里还有号码 {'、'.join(left)}，没有记下；"
                              f"要用它请说“联系电话改成{left[0]}”。")

    def _pasted(self, text: str, got) -> Reply:
        self._log("user", text[:ANSWER])
        q = self.next_question()
        self.history.append(dict(self.to_state(history=False), asked=flow.signature(q), asked_field=q.field if q else ""))
        del self.history[:-HISTORY]
        self.turn += 1
        reply = Reply()
        taken = pasted.take(self, got, reply)
        self._after(reply, say=False)
        self.history[-1]["changed"] = bool(reply.changed)
        reply.acts = ["answer" if q is not None and q.field in taken else "facts"]
        if self.pending is q:
            self.pending = None
        reply.said = self.notices + reply.said
        self.notices = []
        reply.question = self.next_question()
        reply.done = reply.question is None
        if reply.done:
            reply.said.append(flow.closing(self))
        for line in reply.lines():
            self._log("assistant", line)
        return reply

    def _unpack(self, text: str, q: Question | None) -> str:
        """A pasted table or a bare list as labelled text (blocks.py): each value to the field it names."""
        from .contacts import label
        from .readers import read
        text = blocks.unblock(text)
        if q is not None and q.kind == "field":
            text = same.expand(q.field, text, self.form)     # "同上，电话也一样" → the values it copies
        text = label(text, q.field if q is not None else None)   # 馆长刘静…填报人也是她: labelled
        if q is not None and q.kind == "field":
            text = blocks.unlist(text, q.field, lambda p, v: [f.value for f in read(p, v, self.context(p)).fills] == [v])
            text = slips.attribute_aside(text, q.field)    # "2080799，延续项目": the 属性 beside the answer
        return text

    def _back(self, undo: bool = False) -> Reply:
        """Really the previous question: the last turn is undone (what it filled is empty again), and the
        question it answered is asked again. ``undo`` ("撤回刚才那条"): her last answer is taken back and its
        question asked again, even when it is the question on screen."""
        reply = Reply()
        if not self.history:
            reply.said.append("已经是第一步了。")
            if self.pending is not None:     # the same question again: counted like any asking again
                q, self.pending = self.pending, None
                self._set_pending(q)
            return reply
        before = self.form.model_copy(deep=True)
        on_screen = self.pending or flow.pick(self)   # (the field: a question asked again may be worded otherwise;
        #                                               looked up, not asked — no streak counted, nothing set aside)
        current = on_screen.field if on_screen is not None else ""
        transcript, last = self.transcript, self.history.pop()
        self._restore(last)
        self.transcript = transcript
        target = last                        # the last turn is undone and its question asked again, unless it
        if last.get("asked_field") == current and (not undo or not last.get("changed", True)):   # was on this question
            #                                      (what it changed elsewhere is undone too; 撤回 of an answer keeps it):
            while self.history and self.history[-1].get("asked_field") == current \
                    and not self.history[-1].get("changed", True):
                self.history.pop()           # then the one before (its answer kept, shown to change) — never this
            target = self.history.pop() if self.history else None   # question a third time; taken off, so the
            #                                                           next 返回 goes further back
        reply.said.append("好的，回到上一步。")
        gone = [[i.level1, i.level2, i.name] for i in before.indicators if i.name not in {x.name for x in self.form.indicators}]
        if gone:
            self.facts["undone_rows"] = gone     # the rows taken back: a bare value said next at their question is theirs
        undone = self._undone(before, reply)
        if undone:
            reply.said.append("已撤回刚才的修改：" + undone + "。")
        self.pending = None
        if target is not None and target.get("asked_field"):
            q = flow.make(self, target["asked_field"], current=True)
            q.key = q.key or f"ask:{q.field}"
            self.pending, self.last_key, self.streak = q, _sig(q), 1    # asked again because she went back: a first asking
        return reply

    def _undone(self, before: Declaration, reply: Reply) -> str:
        """What going back put back as it was ("「项目资金总额」恢复为「36万元」", "去掉了「…」"): said, never silent."""
        from .ops import field_label, shown
        changed = flow.diff_paths(before, self.form)
        reply.changed += changed
        parts = [f"「{field_label(self.form, p)}」恢复为「{shown(self.form, p) or '空'}」" for p in changed
                 if not p.startswith("indicators:")]
        parts += [f"指标「{p.split(':', 1)[1]}」恢复" for p in changed if p.startswith("indicators:")]
        parts += [f"去掉了刚加的指标「{n}」" for n in [r.name for r in before.indicators]
                  if n not in {x.name for x in self.form.indicators}]
        return "；".join(parts[:6]) + ("等" if len(parts) > 6 else "")

    def context(self, asked: str | None) -> Context:
        q = self.pending
        return Context(asked=asked, year=self.form.year or self.facts.get("year"),    # her year: never today's
                       this_year=self.today.year, unit=self.form.unit, project_name=self.form.project_name,
                       question=q.render() if q is not None and q.field == asked else "", today=self.today,
                       total=self.form.funding.total,
                       only_item=self.form.budget_items[0].name if len(self.form.budget_items) == 1 else "")


    # --- provenance, rules ------------------------------------------------------------
    def unconfirmed_numbers(self):
        return unconfirmed_numbers(self.form, self.provenance)

    def report(self) -> Report:
        return check(self.form, today=None)

    # --- state ------------------------------------------------------------------------
    def to_state(self, history: bool = True) -> dict[str, Any]:
        state = {"form": self.form.to_json(), "provenance": self.provenance.to_json(), "facts": copy.deepcopy(self.facts),
                 "skipped": list(self.skipped), "settled": list(self.settled), "turn": self.turn,
                 "today": self.today.isoformat(), "followups": copy.deepcopy(self.followups),
                 "last_key": self.last_key, "streak": self.streak, "last_field": self.last_field,
                 "prev_field": self.prev_field, "kuai": self.kuai, "martian": self.martian, "fang": self.fang,
                 # a question asked on purpose (返回, a click on a field) is not what the flow would pick: kept
                 "asked_on_purpose": self.pending.field if self.pending is not None and self.pending.key == f"ask:{self.pending.field}" else ""}
        if history:
            state["history"] = compact_history(self.history, state)
            state["transcript"] = list(self.transcript)
        return state

    @classmethod
    def from_state(cls, state: dict[str, Any], extractor: Extractor | None = None) -> "Interview":
        iv = cls(extractor=extractor, today=_dt.date.fromisoformat(state.get("today") or _dt.date.today().isoformat()))
        iv._restore(state)
        cap_form(iv.form)                 # a draft saved before values were bounded (caps.py)
        iv.history = expand_history(list(state.get("history") or []), state)
        iv.transcript = list(state.get("transcript") or [])
        q = flow.pick(iv)                 # the question on her screen when the draft was saved: not asked again
        if state.get("asked_on_purpose"):
            q = flow.make(iv, state["asked_on_purpose"], current=True)
            q.key = q.key or f"ask:{q.field}"
        if q is not None and _sig(q) == iv.last_key:      # (a resumed draft counted it as a repeat and set it aside)
            iv.pending = q
        return iv

    def _restore(self, state: dict[str, Any]) -> None:
        self.form = Declaration.from_json(state["form"])
        self.provenance = Provenance.from_json(state.get("provenance"))
        self.facts = copy.deepcopy(state.get("facts") or {})
        self.skipped = list(state.get("skipped") or [])
        self.settled = list(state.get("settled") or [])
        self.followups = copy.deepcopy(state.get("followups") or [])
        self.turn = int(state.get("turn") or 0)
        self.last_key, self.streak = state.get("last_key") or "", int(state.get("streak") or 0)
        self.last_field = state.get("last_field") or ""
        self.prev_field = state.get("prev_field") or ""
        self.kuai = state.get("kuai") or ""
        self.martian = bool(state.get("martian"))
        self.fang = bool(state.get("fang"))
        self.pending = None

    def _log(self, role: str, text: str) -> None:
        if text:
            self.transcript.append({"role": role, "text": text})


def warm_up(turns: int = 80) -> int:
    """One interview answered with each question's own example (or 是 / 跳过), so the tables, patterns and
    dictionaries the turns load on first use are loaded now: the web app calls it at start-up, so the first
    clerks' answers do not each pay for a first load (the function codes alone took 0.6 s of the interpreter,
    holding every session up; issue 14). Returns the answers given."""
    iv = Interview()
    iv.answer("什么是绩效指标？")          # a question back: the glossary's word index
    given = 1
    for given in range(2, turns + 1):
        q = iv.next_question()
        if q is None:
            break
        iv.answer(str(q.example or ("是" if q.kind in ("fix", "confirm") else "跳过")))
    return given

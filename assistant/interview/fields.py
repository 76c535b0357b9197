"""The field lexicon (fields.yaml): which field an answer names, and where its value is. Pure.

    mentions("项目名字不对，就叫社会化聘用人员经费", form)
    # [Mention(paths=("project_name",), word="名字", value="社会化聘用人员经费", …)]

A word names a field when it stands as a label: at the start of a clause (after 把/刚才/还有 …)
or before a label verb (是、为、改成、不对、错了、：…); inside a longer noun ("工资发放时间") it
does not. Besides the words of fields.yaml the form's own budget items and indicators are named
by their names, and "预算明细第4项" / "第2个指标" by position.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..model import Declaration, indicator_path
from ..textnum import normalize
from .answers import _NOT_MONEY, COUNTED, FACTOR, MONEY_NOUN, NONE_WORD, DOES as _DOES

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Spec:
    path: str
    label: str
    kind: str
    group: str
    words: tuple[str, ...]
    signals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    paths: tuple[str, ...]   # candidate fields, most likely first (年份: year, start)
    word: str
    start: int               # the word's span in the normalised text
    end: int
    value: str = ""          # the text after the label verb, up to the next mention
    marked: bool = False     # said as a correction: 不对、错了、改成、应该是 …
    after: str = ""          # what follows the value's sentence before the next mention (other facts)

    @property
    def path(self) -> str:
        return self.paths[0]


@lru_cache(maxsize=1)
def specs() -> dict[str, Spec]:
    rows = yaml.safe_load((HERE / "fields.yaml").read_text(encoding="utf-8"))
    return {r["path"]: Spec(r["path"], r["label"], r["kind"], r.get("group") or r["path"], tuple(r["words"]),
                            tuple(r.get("signals") or ())) for r in rows}


def spec(path: str) -> Spec | None:
    return specs().get(_home(path))


def _home(path: str) -> str:
    if path.startswith(("indicators:", "indicators[", "indicators.")):
        return "indicators"
    if path.startswith("budget_items"):
        return "budget_items"
    if path.startswith("goals.") and "[" in path:
        return path.split("[", 1)[0]
    if path == "end":
        return "start"
    if path == "funding":
        return "funding.total"
    return path


def group(path: str) -> str:
    """The question that owns a path: funding.carryover → funding, end → start, indicators:X → indicators."""
    s = spec(path)
    if s is None:
        return path
    return s.group


def label(path: str) -> str:
    s = spec(path)
    return s.label if s else path


def kind(path: str) -> str:
    s = spec(path)
    return s.kind if s else "text"


@lru_cache(maxsize=1)
def _words() -> list[tuple[str, tuple[str, ...]]]:
    by_word: dict[str, list[str]] = {}
    for s in specs().values():
        for w in s.words:
            by_word.setdefault(w, []).append(s.path)
    return sorted(((w, tuple(p)) for w, p in by_word.items()), key=lambda x: -len(x[0]))


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    """Every label word of the lexicon (a row's tail that is one is never taken for the row)."""
    return frozenset(w for w, _ in _words())


# a label stands after these (or at the start of a clause)
LEAD = r"(?:[\u4e00-\u9fa5]{1,5}兼|(?:刚才|刚刚|之前|前面|上面|先前)?(?:跳过|空着|没填|漏填|漏掉|漏了|没写|空下|留空)了?的|补上|补充|补一下|哎|诶|欸|唉|呃|噢|哦|嗯|(?:我们|咱们|俺们|本)?(?:中心|站里?|所里?|院里?|学校|队里?|馆里?|单位)的?|(?:今年|明年|这次|本次|这回|这一次|新一年)(?:度)?的?|不对|错了|说错了|打错了|写错了|(?:删掉|删除|去掉|把|将)(?:所有|全部)的?|把|将|那个|这个|那|对了|哦对了|还有|另外|另|再|刚才|刚刚|之前|前面|其中|就是|应该是|应是|是|我们的|我们|项目的|项目|的|删掉|删除|去掉|改一下|还|但是?|不过|只是|只有|只|而且|并且|帮我|帮忙|麻烦你?|请你?|给我)"
# "结转俺搞错了": a slip she owns
_WHO_WRONG = r"(?:俺们?|我们?|咱们?)(?:又|也)?(?:说|写|搞|填|弄|整|打|算)错了"
# and before these
MARK = r"(?:改(?=(?:新增|延续)(?:$|[，,。；;\s]))|不对|错了|[说讲写搞填弄打敲贴录报看记抄输算数听念]错了?|[说讲写填报定算](?:多|少|高|低|大|小)了|有误|有错|不是这个|整错了|要改|改一下|(?:也|也要|要)?(?:跟着|相应|相应地)(?:改|变|调整|调)(?:一下)?|也(?:要)?改(?:一下)?(?!成|为)|要(?:加上|加|去掉|(?<![更替])换成(?!本)|写成|写))"
VERB = r"(?:(?:现在|这里|这儿|再|也|就这么|就这样|这么|这样)?(?:补上|补充|补一下|补齐|补全|填上|填写|填一下|写上|写一下|加上|来填|来写|填|写)\s*(?=[：:])|改成|改为|(?:跟着|相应地?)?变(?:成|为)(?=\s*[\d零〇一二两三四五六七八九十百千≥≤><=])|(?<![更替])换成(?!本)|更正为|修改为|(?:改|调|调整|推迟|推后|延后|延期|延|提前|挪)到|调整为|应该是|应该为|应是|应为|就叫|叫做|也是|就是|还是|仍然是|仍是|叫|是|为|系(?![统列数])|填|写成|(?:就|要|得)?写全?(?![错得好的不了过])|=|：|:|—{1,2}(?=[\u4e00-\u9fa5]))"
_CLAUSE_START = re.compile(r"(?:^|[，,。；;！!？?\s、：:—])\s*(?:" + LEAD + r"\s*)*$")
# "结转查了是零", "人数核实过了是86": what she checked, then the value
_CHECKED = r"(?:(?:查|问|核|核实|核对|算|对)(?:了|过了?)(?:一下)?\s*(?=是|为))?"
_AFTER = re.compile(r"^\s*(?:那个|这个|那项|这项|这一项|那一项)?\s*(?:(?:也|还|都)(?=不对|错了|有误|写错|说错|填错|搞错))?(?:(?P<mark>" + _WHO_WRONG + r"|" + MARK + r"|不是(?=[^，,。；;]{1,15}?是))|" + _CHECKED + VERB + r"|\d|[零一二两三四五六七八九十])")
_PERSON_AFTER = re.compile(r"^\s*(?P<mark>)?[\u4e00-\u9fa5]{2,4}(?=[，,。；;\s（(]|$)")
_SAYS = re.compile(r"\s*(?:就是|就叫|也是|应该是|是|叫|为)")
# a figure with a counted unit after a budget line's name ("改成150套"): no amount of money
_COUNTED = re.compile(r"\s*(?:改成|改为|换成|应该是|应为|是|为)?\s*(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百]+)\s*(?![万元块亿千\d.])[\u4e00-\u9fa5]")
# a value of the label's own kind after the separator of a list ("期限 2027.1-2027.12", "资金 96万" — a space or a
# comma between them): the label names its field as a verb would
_SPACED = {"money": re.compile(r"\s*[，,]\s*\d[\d.,]*\s*(?:万元|万|元|亿元|亿)"),
           "period": re.compile(r"\s*[，,]\s*(?:(?:19|20)\d\d\s*[.年/\-]\s*\d{1,2}|\d{1,2}\s*月)")}
_NEVER = re.compile(r"(?!)")
# none of an amount, said right after its label: "结转没有", "其他资金也无", "自筹为零"
_NONE_OF_MONEY = re.compile(r"\s*(?:也|都|均)?(?:没有|无|没|为零|是零|为0|是0)(?:的|了|啊|呢|哦)?\s*(?=[，,。；;！!\s]|$)")
_LOOSE = {"一共", "总共", "共计", "合计", "总计"}          # adverbs: name the total anywhere before a number
_ORDINAL_ITEM = re.compile(r"(?:预算明细|明细|支出明细)\s*(?:的)?第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:项|条|个|行)"
                           r"|第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:项|条|个|行)\s*(?:预算)?明细")
_ORDINAL_IND = re.compile(r"第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:个|条|项)\s*指标|指标\s*第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:个|条|项)")
# "第二项改成9万": a bare ordinal given an amount of money is a budget line (the only list in 万元)
_ORDINAL_MONEY = re.compile(r"第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:项|条|行)(?=\s*(?:的?(?:金额|钱数|钱))?\s*(?:改成|改为|(?<![更替])换成(?!本)|应该是|应为|是|为)"
                            r"\s*(?:[\u4e00-\u9fa5]{1,12}?\s*(?=\d))?"     # the line's name said again ("第2项改成印刷120本×…")
                            r"(?:\d[\d.]*\s*[\u4e00-\u9fa5]{0,2}\s*[×xX*]\s*\d[\d.]*\s*(?:万元|万|元|块)?\s*[=＝]\s*)?"   # its reckoning
                            r"\s*[\d零一二两三四五六七八九十][\d.,零一二两三四五六七八九十百千]*\s*(?:万元|万|元|块))()")
# "改成/改为/换成" marks a correction, except where it says what the project will change ("明年要改成公交化运营",
# "将燃煤锅炉改为燃气"): after 要/将/拟 only a figure follows a correction ("总额要改成50万")
CHANGE_TO = r"(?:(?<![要将拟])(?:改成|改为|(?<![更替])换成(?!本))|(?<=[要将拟])(?:改成|改为|换成)(?=\s*[\d零〇一二两三四五六七八九十百千≥≤><=])" \
            r"|(?:跟着|相应|相应地|也)变(?:成|为)(?=\s*[\d零〇一二两三四五六七八九十百千≥≤><=])" \
            r"|(?<=属性)改(?=(?:新增|延续)(?:$|[，,。；;\s])))"   # "总数也跟着变成125万", "属性改延续"
_CORRECTION = re.compile(r"(?:说|写|记|讲|报|填|算)(?:的|得)不(?:太|大)?准|不对|错了|说错|讲错|写错|搞错|整错|填错|弄错|打错|敲错|贴错|录错|看错|记错|听错|抄错|输错|[说讲写填打记报算定](?:晚|早|多|少|反|大|小|高|低)了|有误|(?<![别莫勿])(?<!不要)(?<!不能)(?<!不会)(?:搞|弄|记|算|整)(?:混|串)了?|串成|(?:这|那)(?:是|个是)(?:另一个|另外一个|别的)项目的|理解错|理解得?不对|不是这个意思|" + CHANGE_TO + r"|更正|(?:改|调|调整|推迟|推后|延后|延期|延|提前|挪)到|调整为|应该是|应为|改一下|(?<!维)修改|改正|跟着改|相应(?:地)?(?:改|变|调)")


# a figure or a "none" before a noun that is no money ("零事故", "0起", "无投诉", "没有安全事故"): a count of a thing
_NONE_OF_THING = re.compile(r"\s*(?>[\d.]+|[零〇一二两三四五六七八九十百千万点]+|" + NONE_WORD + r")\s*"
                            r"(?![万元块亿]|" + MONEY_NOUN + r")[\u4e00-\u9fa5]")


def _org_follows(rest: str) -> bool:
    """The clause after a label is an organisation's name and nothing else ("县水利局啰")."""
    from .answers import org_name
    clause = re.split(r"[，,。；;！!？?\s]", rest, maxsplit=1)[0]
    clause = re.sub(r"(?:啰|咯|了|的|吧|啊|呀|哦|嘞)+$", "", clause)
    return bool(clause) and not re.match(r"(?:是|的|为|叫)", clause) and org_name(clause, strict=False) == clause


def _n(raw: str) -> int:
    from ..textnum import cn_to_number
    return int(raw) if raw.isdigit() else int(cn_to_number(raw) or 0)


_TAILS = re.compile(r"(满意度|合格率|达标率|及时率|完成率|覆盖率|到岗率|在岗率|准确率|办结率|知晓率|使用率|运行率|面积|单价)$")


def _targets(form: Declaration | None) -> list[tuple[str, tuple[str, ...]]]:
    """The form's own names: budget items and indicators (longest first; an indicator also by the tail
    of its name when no other row shares it: "满意度" for 种植户满意度), then the lexicon."""
    own: list[tuple[str, tuple[str, ...]]] = []
    tails: dict[str, list[str]] = {}
    if form is not None:
        for i, ind in enumerate(form.indicators):
            if len(ind.name) >= 3:
                own.append((normalize(ind.name), (indicator_path(form, i),)))
                m = _TAILS.search(ind.name)
                ends = {m.group(1)} if m else set()
                if ind.name.endswith(("率", "度")):      # "签约率" for 重点人群签约率: a rate by its last words
                    ends |= {ind.name[-k:] for k in range(3, min(len(ind.name), 6))}
                for end in ends - {ind.name} - _label_words():
                    tails.setdefault(end, []).append(indicator_path(form, i))
        for i, it in enumerate(form.budget_items):
            if len(it.name) >= 2:
                own.append((normalize(it.name), (f"budget_items[{i}].amount",)))
                if len(it.name) >= 4:     # "设备那一项" for 设施设备, when no other item ends so
                    tails.setdefault(normalize(it.name)[-2:], []).append(f"budget_items[{i}].amount")
        own += [(t, (ps[0],)) for t, ps in tails.items() if len(ps) == 1]
    return sorted(own, key=lambda x: -len(x[0])) + _words()


_SAME_ONE = re.compile(r"\s*(?:也|都)?(?:是|为)?\s*(?:同一个|同一家|一个|一家|一样的?|相同的?|一回事)(?:单位|人)?(?:吧|啊|呀)?\s*(?:[，,。；;！!]|$)")
_NONE_SAID = re.compile(r"^\s*(?:就|先|暂时|暂)?(?:不写|不填|不用写|不用填|不需要|没有|无|暂无|空着|跳过)(?:了|吧|啊)?\s*(?:[。；;！!，,\n]|$)")


# a figure and a measure of things or times right after a label ("每人每月一回"): a count, no amount
_COUNT_OF = re.compile(r"\s*(?:是|有|约|大概)?\s*[\d零一二两三四五六七八九十百千.]+" + COUNTED.pattern)


# a whole message that is a row's (or a budget line's) printed name and then only its figure: "老人满意度是100%",
# "服务老人人数=850人", "工资是40万" — that row, as any of its labels names its field
OWN_RESTATED = re.compile(r"\s*(?:是|为|=|＝|：|:|达到|要达到|≥|≤|不低于|不少于|不超过|不高于)\s*"
                           r"[\d零一二两三四五六七八九十百千万.]+\s*[^\s\d，,。；;！!？?]{0,4}\s*(?:吧|的)?\s*[。！!]?\s*")


# a word that points at her own unit without naming it ("即本局", "就是我们局", "本单位")
_OWN_POINTER = re.compile(r"\s*(?:即|就是|也就是|是|为)?\s*(?:本|我们|我|咱们|俺们)(?:单位|局|院|委|办|中心|站|所|馆|校|队|处|科)?(?:自己|本身)?\s*")
_ORG_END = r"(?:局|委|院|办|中心|站|所|馆|校|学校|队|处|科|会|厅|部|署|室|团|社|场|园|台|支队|大队|公司|医院|政府|办事处)"


def mentions(text: str, form: Declaration | None = None) -> list[Mention]:
    """Every field the text names as a label, in order, each with the value text that follows it."""
    t = normalize(text)
    found: list[Mention] = []
    taken = [False] * len(t)
    for rx, fmt in ((_ORDINAL_ITEM, "budget_items[{}]"), (_ORDINAL_IND, "indicators[{}]"), (_ORDINAL_MONEY, "budget_items[{}]")):
        for m in rx.finditer(t):
            i = _n(m.group(1) or m.group(2)) - 1
            if rx is _ORDINAL_MONEY and (form is None or not 0 <= i < len(form.budget_items) or any(taken[m.start():m.end()])):
                continue
            path = fmt.format(i)
            if fmt.startswith("indicators") and form is not None and 0 <= i < len(form.indicators):
                path = indicator_path(form, i)
            found.append(Mention((path,), m.group(0), m.start(), m.end()))
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
    for word, paths in _targets(form):
        if word not in t:            # most words are absent: no pattern built for them
            continue
        for m in re.finditer(re.escape(word), t):
            a, b = m.start(), m.end()
            if any(taken[a:b]):
                continue
            if kind(paths[0]) == "month" and re.search(r"指标", t):
                continue                 # "时效指标\t完工时间\t2025年11月底前": an indicator's name, no label
            after = _AFTER.match(t[b:])
            owned = re.match(r"的?(?:" + "|".join(_OWNED) + ")", t[b:]) if not after and kind(paths[0]) in ("person", "org") else None
            if owned and _AFTER.match(t[b + owned.end():]):       # "负责人名字写错了": the person's name
                b += owned.end()
                after = _AFTER.match(t[b:])
            if not after and kind(paths[0]) == "org" and re.match(r"的\s*(?:就|也|还)?\s*是", t[b:]):
                b += 1                   # "主管的就是县教育局": the one in charge of us is …
                after = _AFTER.match(t[b:])
            at_start = bool(_CLAUSE_START.search(t[:a]))
            loose = word in _LOOSE and re.match(r"\s*(?:是|有|要|需要|花|用)?\s*[\d零一二两三四五六七八九十][\d.,零一二两三四五六七八九十百千万]*+"
                                                r"\s*(?:元|块|亿|[，,。；;]|$)", t[b:])   # the whole figure, then money: "共计120万页", "一共是三万二千亩" are no amount
            own = paths[0] not in specs()          # a budget item's or indicator's own name
            if own:       # named only to change it: "工资改成40万", "把来访群众满意度改为95%", "删掉…"
                ok = re.match(r"\s*(?:改成|改为|(?<![更替])换成(?!本)|应该是|应为|更正为|修改为|" + MARK + ")", t[b:]) \
                    or (at_start and _CORRECTION.search(t) and after) \
                    or re.search(r"(?:删掉|删除|去掉|拿掉)(?:那个|这个|那条|这条)?\s*$", t[max(0, a - 6):a]) \
                    or re.match(r"\s*(?:[这那]一?[条项个行])?\s*(?:也)?(?:删掉|删除|去掉|删了|不要了|拿掉|删)", t[b:]) \
                    or re.match(r"\s*的?\s*(?:那|这)一?[行项条栏]\s*(?:改成|改为|是|为|=|：|:)?\s*\d", t[b:]) \
                    or (not t[:a].strip(" ，,。") and OWN_RESTATED.fullmatch(t[b:]))
                #   "防护装备那行202.5万": the row she points at, with its new figure; "老人满意度是100%" (the whole
                #   message): the row by the name the preview prints, and its figure
            else:
                if not after and at_start and kind(paths[0]) == "person":
                    after = _PERSON_AFTER.match(t[b:])
                if not after and at_start and kind(paths[0]) == "attribute" and re.match(r"\s*(?:新增|延续|新的?|续建)(?:项目)?(?:[，,。；;！!\s]|$)", t[b:]):
                    after = re.match("", t[b:])          # "属性新增": the label, then one of its few values
                if not after and at_start and kind(paths[0]) == "money" and len(word) >= 2 and word not in _LOOSE \
                        and _NONE_OF_MONEY.match(t[b:]):
                    after = re.match("", t[b:])          # "结转没有，其他资金也没有": the label, then none of it
                if not after and at_start and kind(paths[0]) == "period" and len(word) >= 2 \
                        and re.match(r"\s*(?:今年|明年|去年|后年|本年|(?:19|20)\d\d\s*[.年/\-]\s*\d{1,2}|\d{1,2}\s*月(?!份?(?:内|以内)))", t[b:]) \
                        and not re.match(r"[^，,。；;]*前", t[b:]):      # ("日期12月底前" is a deadline, no period)
                    after = re.match("", t[b:])          # "期限今年4月到12月": the label, then a period of its own
                if not after and at_start and kind(paths[0]) == "org" and _org_follows(t[b:]):
                    after = re.match("", t[b:])          # "主管县水利局": the label, then the organisation itself
                if not after and at_start and (_SPACED.get(kind(paths[0])) or _NEVER).match(t[b:]):
                    after = re.match("", t[b:])          # "期限 2027.1-2027.12；资金 96万" (a list with spaces, read as
                    #                                      commas): a short label, then a value of its own kind
                ok = loose or (after and (at_start or after.group("mark"))) \
                    or (t[b:b + 1] in "：:" and b < len(t) and re.search(r"(?:定|写|批|议定|记)的$", t[:a])) \
                    or (at_start and len(word) >= 4 and not (kind(paths[0]) in ("person", "org") and _DOES.match(t[b:]))) \
                    or (after and len(word) >= 4 and t[a - 1:a] != "的" and _SAYS.match(t[b:]))
                # a long label with its verb inside an unpunctuated message: "…禁毒支队主管部门就是市公安局"
                # a long label at the head of a clause needs no verb: "预算明细就一项…"
            if ok and re.match(r"\s*(?:部门|单位)?的?(?:满意度|满意率|知晓率|认可度|评价得分)", t[b:]):
                ok = False               # "上级主管部门满意度≥90%": an indicator's name, not the 主管部门 label
            if ok and own and paths[0].startswith("budget_items") and _COUNTED.match(t[b:]):
                ok = False               # "防护装备改成150套": a count, so a row's, never the line's amount
            if ok and not own and re.match(r"\s*(?:都|也|还)?(?:一直|从来|从没|始终|向来|一向|历来|多年|每年都)", t[b:]):
                ok = False               # "名字一直没变过": what the field has always been, no value of it
            if ok and kind(paths[0]) in ("org", "person") and _SAME_ONE.match(t[b:]):
                ok = False               # "主管部门和实施单位是同一个": the two the same, no value of this one
            if ok and word in ("开始", "结束") and not re.match(r"\s*(?:[：:]|改成|改为|(?:改|推迟|延后|提前|调)到|是|为|=)", t[b:]):
                ok = False               # "结束还是10月" as she thinks aloud: the bare word a label only with a colon or a change
            if ok and kind(paths[0]) == "monthly" and _COUNT_OF.match(t[b:]):
                ok = False               # "每人每月一回", "每月两次": how often, no amount a month
            if not ok:
                continue
            taken[a:b] = [True] * (b - a)
            found.append(Mention(paths, word, a, b))
    found.sort(key=lambda x: x.start)
    found = _merge_owned(found, t)
    out = []
    for k, m in enumerate(found):
        stop = found[k + 1].start if k + 1 < len(found) else len(t)
        tail = t[m.end:stop]
        if kind(m.path) in ("person", "org"):
            tail = re.sub(r"^\s*的?(?:名字|名称|姓名|全称)", "", tail)      # "主管部门名称改成…"
            tail = re.sub(r"^\s*(?:要|得|就|请)?写(?:成)?(?:全称|全名)(?:吧|啊|是|为|的话)?", "", tail)   # "单位写全称吧，固始县…"
        marked = bool(re.match(r"\s*" + MARK, tail)) or bool(_CORRECTION.search(t[max(0, m.start - 8):m.start]))
        value = re.sub(r"^\s*[：:]\s*", "", tail) if re.match(r"\s*[：:]", tail) else \
            re.sub(r"^\s*(?:那个|这个|那项|这项|(?:那一?栏|这一?栏|那一?格|这一?格|那一项|这一项)(?=\s*(?:就|要|应该)?(?:填|写)))?\s*(?:(?:也|还|都)?(?:" + _WHO_WRONG + r"|" + MARK + r"))?[，,。：:\s]*" + _CHECKED + r"(?:" + VERB + r")?\s*[：:]?\s*", "", tail)
        # "年度目标：为辖区1200名…": after a colon her text stands as written (为 is its first word, not a verb)
        if m.path.startswith("indicators") and re.match(r"\s*[=＝]\s*\d", tail):
            value = "=" + value          # "服务老人人数=850人": her "=" is the row's bound, no verb
        after = ""
        if kind(m.path) in _LONG and _NONE_SAID.match(value):   # "中长期目标不写。对了，…": no text, then other news
            value = _NONE_SAID.match(value).group(0)
            parts = re.split(r"[。；;！!？?\n，,]", tail, maxsplit=1)
            value_rest = parts[1] if len(parts) > 1 else ""
            out.append(Mention(m.paths, m.word, m.start, m.end, re.sub(r"[。；;！!？?\n，,\s]", "", value), marked,
                               value_rest.strip()))
            continue
        lines = re.match(r"([^。\n；;，,]*\d[^。\n；;，,]*?)[，,]\s*其中\s*[：:]?([^。\n]*)", value) if kind(m.path) == "money" else None
        if lines and len(re.findall(r"\d\s*(?:万元|万|元)", lines.group(2))) >= 2 \
                and not re.search(r"结转|其他资金|自筹|配套|上级|中央|省级|市级|县级|财政|补助资金", lines.group(2)):
            #                                  "共计70万元，其中：1.…14万元；2.…": the total, and its lines (never its parts:
            #                                  "其中2万是去年结转的" is read with the total, as before)
            out.append(Mention(m.paths, m.word, m.start, m.end, lines.group(1).strip(), marked,   # read with it as other
                               (m.word + lines.group(0)).strip()))                            # facts of the message
            continue
        if kind(m.path) not in _LONG:        # one value ends with its sentence: "主管部门也是我们。要聘四个人…"
            value = self_fixed(value)        # "县公安局，不对，是县禁毒委员会办公室": the one she settled on
            parts = re.split(r"[。；;！!？?\n]", value, maxsplit=1)
            if kind(m.path) == "org" and not m.path.startswith(("indicators", "budget_items")):
                parts = re.split(r"[，,。；;！!？?\n]", value, maxsplit=1)     # "县水利局，我们中心…": a unit ends at its comma
                if len(parts) > 1 and _OWN_POINTER.fullmatch(parts[0]) and (nxt := re.split(r"[，,。；;！!？?\n]", parts[1], maxsplit=1)) \
                        and re.search(_ORG_END + r"$", nxt[0]):
                    parts = [nxt[0], nxt[1] if len(nxt) > 1 else ""]    # "即本局，县水利局": the name after the pointer
            value, after = parts[0], (parts[1] if len(parts) > 1 else "")
        if re.search(r"[：:]\s*$", value):           # "52.8万元 其中：" (the next label's lead-in): what comes before
            value = re.sub(r"\s*(?:其中|包括|含)?\s*[：:]\s*$", "", value)
        if "：" in value[2:] or ":" in value[2:]:     # "要加上项目两个字：…": what follows the colon
            value = re.split(r"[：:]", value)[-1]
        marked = marked or bool(_CORRECTION.search(tail[:6]))
        value = _trim_tail(_settled(_NOT_X_BUT_Y.sub("", value)) if marked else _NOT_X_BUT_Y.sub("", value))
        if kind(m.path) not in _LONG:        # "是今年的不是去年的，刚过完元旦…": what it is, not what it is not
            value = but_not(value)
        if kind(m.path) == "money" and re.match(r"\s*[\d.零一二两三四五六七八九十百千]+\s*万?\s*(?:" + _NOT_MONEY + ")", value):
            continue                         # "共计120万页": a count of pages, no amount of money
        if kind(m.path) == "money" and _NONE_OF_THING.match(value):
            continue                         # "全年零事故", "全年无投诉": none of a thing, no amount of money
        if kind(m.path) == "money" and FACTOR.match(value) and not re.search(r"[=＝]|等于", value):
            continue                         # "全年7×24小时值守": a factor of a product, no amount of money
        if m.path == "department" and form is not None and form.unit and value and form.unit != value \
                and form.unit.endswith(value) and re.match(r"\s*(?:也(?:就)?是|同样是|还是)", tail):
            value = form.unit                # "主管也是组织部" beside 县委组织部: the same one, by its short name
        out.append(Mention(m.paths, m.word, m.start, m.end, value, marked, after.strip()))
    # "效益指标\t社会效益指标\t带动农户增收…": a 一级 heading right before its 二级 one names no row of its own
    merged: list[Mention] = []
    for m in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.path == "indicators" == m.path and not prev.value.strip() \
                and not t[prev.end:m.start].strip(" \t：:-—、"):
            merged[-1] = Mention(prev.paths, prev.word, prev.start, prev.end, f"{m.word}\t{m.value}", prev.marked or m.marked, m.after)
            continue                     # "效益指标\t社会效益指标\t带动农户增收…": the 一级 heading's row is its 二级 one's
        if m.word in _LOOSE and m.path == "funding.total" and (part := _part_named_before(t, m.start)):
            m = Mention((part,), m.word, m.start, m.end, m.value, m.marked, m.after)
            if merged and merged[-1].path == part and not re.search(r"\d|[零一二两三四五六七八九十百千万]{2}", merged[-1].value):
                merged.pop()             # "其他资金报上来了，一共三十万": the part named, its figure in the next clause
        merged.append(m)
    return _pair(merged, t)


_PARTS = ("funding.other", "funding.carryover")


def _part_named_before(t: str, at: int) -> str:
    """A part of the funding (其他资金, 自筹, 结转) named with no figure in the clause right before a loose 一共/总共 — the
    sum is that part's ("乡里配套的数报来了，一共二十万"), not the project's total; '' when none is."""
    head = re.split(r"[。；;！!\n]", t[:at])[-1]
    clauses = [c for c in re.split(r"[，,]", head) if c.strip()]
    if len(clauses) < 1 or re.search(r"\d|[零一二两三四五六七八九十百千万]{2}", head):
        return ""
    prev = clauses[-1] if head.rstrip().endswith(("，", ",")) else (clauses[-2] if len(clauses) > 1 else "")
    if re.search(r"没|无|不|零|跟|和|同", prev):
        return ""                        # "结转没有，一共三十万": the part is none, the sum the total's
    for path in _PARTS:
        if any(w in prev for w in specs()[path].words if len(w) >= 2):
            return path
    return ""


_ROLE = re.compile(r"^(?P<org>[^，,；;。]*?)的?(?:局长|主任|书记|科长|站长|所长|院长|校长|馆长|部长|处长|队长|负责人|一把手)"
                   r"(?:是|叫|为|[：:])?\s*(?P<name>[\u4e00-\u9fa5]{2,4})$")
_OWNER = {"department": "department_phone", "department_head": "department_phone", "unit": "unit_phone",
          "unit_head": "unit_phone", "project_name": "unit_phone"}


def _pair(ms: list[Mention], t: str) -> list[Mention]:
    """Who each phone and head belongs to: "主管部门司法局的局长是蒋文斌，电话…" → the 主管部门's head and
    phone. A phone goes with the nearest person or unit named before it in the same sentence; with none
    there it stays as read (the asked question's); a phone after the 填报人 has no field and is dropped."""
    out: list[Mention] = []
    for m in ms:
        role = _ROLE.match(m.value) if kind(m.path) == "org" and m.path in ("unit", "department") else None
        if role:
            head = "department_head" if m.path == "department" else "unit_head"
            out.append(Mention(m.paths, m.word, m.start, m.end, role.group("org"), m.marked))
            out.append(Mention((head,), m.word, m.end, m.end, role.group("name"), m.marked))
            continue
        if kind(m.path) == "phone":
            start = max(t.rfind(c, 0, m.start) for c in "；;。\n")
            near = [x for x in out if x.start > start]
            if near and near[-1].path == "filler":
                continue
            if near and near[-1].path in _OWNER:
                m = Mention((_OWNER[near[-1].path],), m.word, m.start, m.end, m.value, m.marked, m.after)
        out.append(m)
    return out


_OWNED = ("名字", "名称", "姓名", "全称")


def _merge_owned(found: list[Mention], t: str) -> list[Mention]:
    """"负责人名字错了": 名字 right after another field's word is that field's name, not the project's."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and m.word in _OWNED and t[prev.end:m.start] in ("", "的") \
                and kind(prev.path) in ("person", "org"):
            out[-1] = Mention(prev.paths, prev.word + t[prev.end:m.end], prev.start, m.end)
            continue
        out.append(m)
    return out


_TAIL = re.compile(r"[，,。；;\s]*(?:(?:其他|其余|别的|其它)的?(?:都)?(?:可以|没问题|对|不变|没错|确认)|别的(?:都)?(?:对|可以)|其余不变|就这样|"
                   r"谢谢|麻烦了|辛苦了)?[。！!，,；;\s]*$")


_LONG = ("text", "goals", "items", "indicators")
# "不是一万二，是一万一千五" / "12000不对，应该是11500": the value is what she settles on
_BUT_NOT_X = re.compile(r"^(?P<y>[^，,。；;]{1,15}?)\s*[，,]?\s*(?:而)?不是[^，,。；;]{1,15}(?:[，,。；;].*)?$")
def quoted(label: str) -> str:
    """「label」 for a message, unless the label carries its own marks ("指标「…」的指标值")."""
    return label if "「" in label else f"「{label}」"


def but_not(value: str) -> str:
    """"县卫健局不是县政府", "不是县政府，是县卫健局" → "县卫健局": what it is, not what it is not (one value, not a
    text); "县公安局，不对，是县禁毒委员会办公室" → the value she settled on in the same breath (self_fixed)."""
    v = self_fixed(value)
    m = _NOT_THEN_IS.match(v)
    return m.group("y") if m else _BUT_NOT_X.sub(r"\g<y>", v)


# "不是教育局，是县疾控中心": what it is not, then what it is — the value is after 是
_NOT_THEN_IS = re.compile(r"^\s*(?:哦|噢|呃)?不是[^，,。；;]{1,15}?\s*[，,]\s*(?:而)?(?:是|应该是|应为|就是)\s*(?P<y>[^，,。；;].*)$")


# "X，不对，是Y", "X，哦不对，我看错行了，是Y", "X，不对不对，我们一直用的Y": the value put right in the same message
_SELF_FIX = re.compile(r"[，,。；;]\s*(?:哦|噢|呃|啊)?(?:不对|不是(?=[，,。\s])|错了|说错了|写错了|搞错了|打错了)(?:不对)*[，,。\s]*"
                       r"(?:[^，,。；;]{0,8}?(?:看错|说错|写错|搞错|打错|记错)[^，,。；;]{0,4}[，,。\s]+)?"
                       r"(?:应该是|应为|是|改成|改为|就写|写)?\s*(?=\S)")


def self_fixed(value: str) -> str:
    """The value with the part she took back replaced by what she put in its place: the last clause before
    the 不对 loses its value (a phone keeps its area code: "028-86142230，不对，是86142203" → 028-86142203)."""
    marks = [m for m in _SELF_FIX.finditer(value) if m.start() > 0]
    if not marks:
        return value
    m = marks[-1]
    new = re.split(r"[，,。；;]", value[m.end():])[0].strip()
    new = re.sub(r"^(?:正式的?|完整的?)?(?:名字|名称|全称|电话|号码|科目|编码)(?:就|应该)?(?:是|叫|为)", "", new)   # its own lead-in
    head = re.split(r"([，,；;])", value[:m.start()])
    last = head[-1]
    if not new or not last.strip():
        return value
    digits = re.search(r"[\d\-－—]{5,}$", last)
    if digits and re.fullmatch(r"[\d\-－— ]{5,}", new):
        old = digits.group(0)
        if "-" in old and "-" not in new and len(old.rsplit("-", 1)[1]) == len(new):
            new = old.rsplit("-", 1)[0] + "-" + new
        last = last[:digits.start()] + new
    else:
        lead = re.match(r"^.*?(?:是|为|叫|：|:)", last)
        last = (lead.group(0) if lead and not re.search(r"\d", new[:1]) else "") + new
    return "".join(head[:-1]) + last


_NOT_X_BUT_Y = re.compile(r"^\s*(?:(?:不是|而不是)[^，,。；;]{1,15}?|[^，,。；;]{1,15}?[，,]?\s*(?:不对|错了))[，,]?\s*(?:而)?(?:应该是|应为|是)\s*(?=\S)")


# "少算了4个，是90个" / "多写了一个零，应该是12万": of several figures, the one she settles on
_SETTLE = re.compile(r"[，,；;]\s*(?:而|其实|实际上?|应该|正确的?)?\s*(?:是|为|改成|改为|才是)\s*(?=[\d零一二两三四五六七八九十])|"
                     r"(?<=[\d万元%wW])\s*(?:改成|改为|(?<![更替])换成(?!本))\s*(?=[\d零一二两三四五六七八九十])")
_FIGURE = re.compile(r"\d|[零一二两三四五六七八九十百千万]{1,}(?:个|人|万|元|块|名|户|场|次|天|月)")


def _settled(value: str) -> str:
    marks = list(_SETTLE.finditer(value))
    if marks and _FIGURE.search(value[:marks[-1].start()]):
        return value[marks[-1].end():]
    return value


def _trim_tail(value: str) -> str:
    v = _TAIL.sub("", value.strip())
    return v.strip().strip("，,。；; ")


def is_field_word(text: str) -> bool:
    """A word of the lexicon ("年份", "负责人"): the name of a field, not a value of one."""
    return any(w == text for w, _ in _words())


def is_correction(text: str) -> bool:
    return bool(_CORRECTION.search(normalize(text)))


__all__ = ["Spec", "Mention", "specs", "spec", "group", "label", "kind", "mentions", "is_correction"]

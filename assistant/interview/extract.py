"""The offline extractor: answer text → ``Patch`` (fills + facts). Pure.

``extract(text, ctx)`` fills the asked field from the whole answer and, from the same text,
every other field it can place (``primary=False`` fills only ever fill empty fields). Facts
(headcount, monthly pay, months, quantities, unit prices) go to ``patch.facts`` so that
``derive.py`` can compute totals, budget items and 数量/成本 indicators from them, across turns.
"""
from __future__ import annotations

import re

from ..textnum import normalize, unidiom
from . import answers as A
from . import fields as F
from .products import line
from .answers import _NOT_MONEY, MEASURE, NUM, VERBS, Context, Fill, Patch
from .perunit import only_some

TOTAL_LABEL = r"(资金总额|总额|总共|一共|共计|合计|总计|总投资|总经费|总预算|全年经费|全年|年度经费|经费|预算资金|所需资金|需要资金|资金|需要|需|共|花|投资|费用)"
CARRY_LABEL = r"(上年度结转|上年结转|上年度|去年结转|结转|去年剩下|去年剩余|上年剩余|上年结余|去年结余|去年没花完|上年没用完)"
CARRY_AFTER = r"(上年度结转|上年结转|去年结转|结转|去年剩|上年剩|去年结余|上年结余|去年没花完|去年没用完|上年没用完)"
# (财政 alone names this year's money, but not as the body that reviews the total: "财政评审核定286万")
CURRENT_LABEL = r"(本年度预算|本年预算|今年预算|明年预算|当年预算|本级预算|一般公共预算|本年度财政拨款|本年财政拨款|当年财政拨款|财政拨款|本年度安排|本年度|本年|今年(?:先|只|就|再|计划)?安排|财政资金|财政(?!\s*(?:评审|核定|审核|审定|批复|评估|局|部门|所|安排))|财政安排)"
OTHER_LABEL = r"(其他资金|自筹资金|自筹|其他来源|社会捐赠|捐赠|捐款|捐资|社会资金|社会资本|企业出资|企业投入|企业赞助|赞助|投工投劳(?:折资)?|折资|村集体(?:出资|投入)?|群众筹资|其他|另有|另外还有)"
# this year's money said by where it comes from: 上级补助90万, 县配套18.5万 (the parts add up)
# (省里补八十, 市财政50万, 本级安排40万, 县里配套四十): a level of government and what it gives, or 配套
SOURCE_LABEL = (r"((?:中央|省|市|县|区|旗|镇|乡|上级|本级)(?:级|里|本级)?(?:财政)?(?:补助|补贴|补|专项|下达|安排|资金|拨款|拨付|配套|出)|"
                r"配套|(?:中央|省|市|县|区|旗|本级)级?财政)")
PER_UNIT = r"(每|单价|人均|生均|户均|亩均|次均|标准|月薪|工资|/)"
# a clause about one thing ("每辆车年维护费1.2万", "一辆一年1.2万"): its amount is a price, never the total
_EACH_OPENS = re.compile(r"\s*(?:每|一(?!次性|个项目))(?:辆|台|个|套|人|户|所|处|座|件|名|位|间|亩|只|头|家|村|校|车|部|艘|架|条|场|次)"
                         r"(?![^，,。；;]*(?:总|共计|一共|合计))")    # (not "一次性补助50万", "一个项目总投资80万": totals)


def a_price(clause: str) -> bool:
    """The figure after ``clause`` (the words before it in its clause) is the price of one thing."""
    return bool(re.search(PER_UNIT, clause[-6:]) or _EACH_OPENS.match(clause))


def total_and_sources(text: str) -> bool:
    """The text states a total and where it comes from ("600万，其中省级补助300万，县财政300万"): no budget lines."""
    return bool(re.search(SOURCE_LABEL + r"|其中|一共|总共|合计|共计|总计|自筹|结转", text))


_SELF_FIX = re.compile(r"(?:不对|不是|说错了|错了|哦不|呃不|更正一下|应该是)[，,。：:\s]*(?:是|应该是|应为)?")


def extract(text: str, ctx: Context) -> Patch:
    """The asked field read by its typed reader (readers.py), plus every fact the text supports."""
    from .readers import read
    patch = Patch()
    t = A.prep(text)
    fixes = list(_SELF_FIX.finditer(t))
    if fixes and fixes[-1].end() < len(t) and A.amounts(t[:fixes[-1].start()]) and A.amounts(t[fixes[-1].end():]):
        t = t[fixes[-1].end():]          # "差不多三十万吧，不对，是三十二万": the applicant's corrected figure
        text = t
    asked = ctx.asked or ""
    plain_t = counted = mask_hedges(t)
    if asked:
        got = read(asked, text if F.kind(asked) in _WORDS_KINDS else plain_t, ctx)
        patch.fills += got.fills
        patch.facts.update(got.facts)
        patch.notes += got.notes
        counted = _without_name(plain_t, asked, got.fills)
    _side(plain_t, asked, ctx, patch, counted)
    return patch


_WORDS_KINDS = ("name", "org", "person", "text", "goals", "attribute")   # read as written; numeric kinds skip hedges


def _without_name(t: str, asked: str, fills: list) -> str:
    """The text without the name just read for the asked 名称/单位, where counts are read: a name's own numbers
    (改造工程二期, 第三批, 县第二中学) are part of the name, never a count of the project (its year, 2025年…经费, still
    is the project's); what she says beside the name ("…，聘了12个人") is still read."""
    if F.kind(asked) not in ("name", "org"):
        return t
    for f in fills:
        if f.path == asked and isinstance(f.value, str) and len(f.value) >= 2 and f.value in t:
            t = t.replace(f.value, "，")
    return t


def mask_hedges(t: str) -> str:
    """The text with its approximate figures (大概五十万, 3000多) blanked: they are not facts."""
    from .readers import hedges
    for h in hedges(t):
        t = t.replace(h.text, "约数" if len(h.text) >= 2 else " ")
    return t


# --- everything else the answer supports ---------------------------------------------

_NO_FACTS = ("basis", "necessity", "unit_functions", "budget_items")


def _side(t: str, asked: str, ctx: Context, patch: Patch, counted: str | None = None) -> None:
    """What else the answer states (each fill only ever fills an empty field; the gate keeps those the
    answer names): the speaker's own unit, a code after 科目, 新/延续项目, a period, labelled amounts;
    and the facts derive.py computes from."""
    if asked in ("", "project_name", "overview"):     # she introduces herself: "我们信访局…", "我是…中心的"
        # (read outside the name she gave: "是乡镇卫生院…设备更新" names the project, no unit of hers)
        org = A.org_name(counted if asked == "project_name" and counted is not None else t, strict=True)
        if org and not re.search(r"是|的|上级|主管|说|讲|叫|称|让|告诉|名字|项目名", org):   # a noun phrase, not "王校长说项目名就叫…学校"
            patch.add("unit", org, detail=t)
    if asked != "department":             # "…，县司法局为主管部门": the name before the label it is given
        m = re.search(r"(?:^|[，,；;。\s])([^，,；;。\s]{2,24}?)(?:为|是|作为)(?:本项目的?|项目的?)?(?:主管部门|主管单位)(?=$|[，,；;。\s])", t)
        org = A.org_name(m.group(1), strict=False) if m else ""
        if org and org == m.group(1):
            patch.add("department", org, detail=t)
    if asked != "function_code":
        from .speech import cn_digits      # ("科目我问了财务是二零四零二九九": the code in words)
        m = re.search(r"(?:科目|编码|代码)\D{0,8}(\d{7})(?!\d)", cn_digits(t))
        if m:
            patch.add("function_code", m.group(1), detail=t)
    if asked != "attribute":
        m = re.search(r"(新增项目|新项目|延续项目|延续性项目|老项目)", t)
        if m:
            patch.add("attribute", A.attribute(m.group(1)), detail=t)
    if asked not in ("start", "end", "period", "year"):
        from .when import _prep, begun_only, dated_period, parts_of_year, period_alone
        months = parts_of_year(_prep(t, ctx.this_year)[0])      # "24年Q1到Q4", "明年上半年": months of a year
        if dated_period(months) and not begun_only(t) and period_alone(months):   # ("去年下半年开始排查": when it
            #   began, history; "今年下半年预计发放150人": when one step happens, no period of the project)
            from .when import period
            w = period(t, ctx.this_year, ctx.year)
            if w.start and w.end:
                patch.add("start", w.start, detail=t)
                patch.add("end", w.end, detail=t)
                patch.notes += [n for n in w.notes if n not in patch.notes]   # "“今年”按2026年理解": said back
    if asked in _NO_FACTS or asked.startswith(("goals.", "indicators")):
        return                           # a document's date, a goal's count: not facts about the project's size
    from .when import stated_year
    y = stated_year(t, ctx.this_year)
    if y:                                # a year she gives for the project
        patch.facts["year"] = y
    if asked not in ("funding", "budget_items") and not (A.money_lines(t) and not total_and_sources(t)):
        patch.fills += funding_fills(t, primary=False, facts=patch.facts)   # (lines of the budget — "人员经费120万，
        #   其他34.7万" — are no total and no 其他资金: offered as the budget's lines, answer.py)
    said_total = next((f.value for f in patch.fills if f.path == "funding.total"), None)
    if asked == "funding" or (said_total is not None and re.search(r"其中\s*[：:]?", t) and asked != "overview"):
        #                                  "设备租赁120万+维护45万+电费15万，一共180万": the items too; under another
        #                                  question, "共计70万元，其中：1.…14万元；2.…" — the lines of the total she said there
        items = [i for i in budget_items(re.sub(r"[(（]([^()（）]*\d[^()（）]*)[)）]", r"，\1", t), ctx)[0]   # ("96万（工资72万，
                 if not re.search(_FUNDING_WORDS, i["name"])]                                      # 耗材12万…）": its lines)
        total = said_total if asked != "funding" else next(
            (f.value for f in patch.fills if f.path == "funding.total"), ctx.total)   # or the total she gave before
        if total is not None and len(items) >= 3 and abs(items[0]["amount"] - total) < 0.005 \
                and abs(sum(i["amount"] for i in items[1:]) - total) < 0.005:
            items = items[1:]            # "96万，其中保洁人员工资72万，耗材12万，水电12万": the total first (named by
            #                              default after the project), then its lines
        if len(items) >= 2 and total is not None and abs(sum(i["amount"] for i in items) - total) < 0.005:
            patch.add("budget_items", items, detail=t)     # only items that add up to the total she said
    _quantities(t if counted is None else counted, patch)


FUNDING_PARTS = ("funding.carryover", "funding.other", "funding.current_year")

# a part of the funding said to be there with no amount ("其他资金有", "有一笔自筹", "结转倒是有的"): its amount is asked,
# never taken as 0 nor as what the total leaves
_SOME = r"(?:也|还|倒是|是)?(?:有(?:的|一笔|一些|一点|点|些)?)(?![没不吗么呢多少几]|\s*[\d零一二两三四五六七八九十])"


def parts_said_some(text: str) -> list[str]:
    """The parts of the funding she says there is some of, without an amount: their paths."""
    out: list[str] = []
    for c in re.split(r"[，,；;。！!？?\s]+", A.prep(text)):
        if not c or A.amounts(c) or re.search(r"\d", c):
            continue
        for label, path in ((CARRY_AFTER, "funding.carryover"), (OTHER_LABEL, "funding.other")):
            if re.fullmatch(label + r"(?:的|资金)?\s*" + _SOME + r"[吧啊呀哦嘞的]*", c) or \
                    re.fullmatch(r"(?:也|还)?有(?:一笔|一些|点|些)?" + label + r"(?:的|资金)?[吧啊呀哦嘞的]*", c):
                if path not in out and "另有" not in c and "另外还有" not in c:
                    out.append(path)
        for label, path in ((CARRY_AFTER, "funding.carryover"), (_OTHER_NAMED, "funding.other")):
            unsure = re.search(r"不清楚|不知道|不确定|拿不准|说不准|待定|没定|未定", c)
            some = re.search(r"(?<![没冇木毛么莫弗无])有(?!没有|无)|一部分|部分", c) and not re.search(r"好像|可能|也许|大概|估计|[？?吗嘛]|是否", c)
            figured = re.search(r"[零〇一二两三四五六七八九十百千万亿]", re.sub(r"一(?:部分|些|点|笔)|一下", "", c))   # "有个万把块": a
            if path not in out and re.search(label, c) and not _PART_NONE.search(re.sub(r"有没有", "", c)) and (unsure or some) \
                    and not figured:         # figure said roughly, a hedge's (speech.py), never "some" with none
                out.append(path)         # "其中自筹有一部分", "自筹那块还没定", "有没有结转我不清楚": named, there
                #                          is some or she cannot say, its amount not said — never 0 "未提到"
    return out


# a part of the funding named by a word that can mean nothing else (其他 / 另有 can), and the words that say there is none
_OTHER_NAMED = r"(?:自筹|社会捐赠|捐赠|捐款|捐资|社会资金|社会资本|企业出资|企业投入|企业赞助|投工投劳|村集体出资|群众筹资)"
_PART_NONE = re.compile(r"没有|没得|木有|莫得|冇|(?<![\u4e00-\u9fa5])无|不涉及|不需要|不用|不存在|为?[0零](?![.\d])|(?<!还)没(?![定确想落到谱])")


def parts_unknown(text: str) -> list[str]:
    """The parts of the funding she says she does not know yet ("有无结转我得问一下", "其他资金不清楚"): their paths —
    never taken as 0 beside the total she gives."""
    out: list[str] = []
    for c in re.split(r"[，,；;。！!？?\s]+", A.prep(text)):
        if not c or A.amounts(c) or re.search(r"\d", c) or not _NOT_YET_KNOWN.search(c):
            continue
        for label, path in ((CARRY_AFTER, "funding.carryover"), (OTHER_LABEL, "funding.other")):
            if re.search(label, c) and path not in out:
                out.append(path)
    return out


_NOT_YET_KNOWN = re.compile(r"不知道|不清楚|不确定|不晓得|记不得|记不清|忘了|问问|问一下|问下|待定|还没定|没报上来")


def funding_part(path: str, text: str, ctx: Context):
    """One part of the funding asked ("上年结转有没有？"): the parts her labels name ("没结转，有企业自筹
    三百万": 结转 0, 其他 300); an amount with no label is the asked part. A ``readers.Got``."""
    from .readers import Got, _money
    labelled = funding_fills(A.prep(text), primary=False)
    others = [f for f in labelled if f.path != path and f.value]   # "钱说错了 总共是36万" at 结转: the total, not 结转
    covered = others and len(A.amounts(A.prep(text))) <= len(others)
    got = Got() if any(f.path == path for f in labelled) or covered else _money(path, text, ctx)
    for f in labelled:
        if not any(g.path == f.path for g in got.fills):
            got.add(f.path, f.value, text)
    if got.fills:
        got.miss = ""
    return got


# an amount said as a difference from another year's or another figure ("比去年多5万", "较上年增加了8万")
_COMPARED = re.compile(r"(?:比|较|相比|同比|环比)[^，,。；;]{0,8}?(?:多|少|增加|减少|增长|下降|高|低|增|减|涨|降)(?:了|出)?\s*$")


def funding_fills(t: str, primary: bool, facts: dict | None = None, parts: list | None = None) -> list[Fill]:
    """The funding's parts from labelled amounts ("总共24万，其中上年结转4.5万"); a bare amount is the
    total when the funding was asked (``primary``). Hedged figures (大概五十万) are not read.

    Where the money comes from ("上级补助90万，县配套18.5万") is this year's money: one source is the current
    year's budget; several add up to it only beside a total or a current-year figure she said. Several
    sources alone fill nothing — neither the first one as the total nor their sum in silence: they go
    to ``parts`` as (label, 万元), and the sum is asked as a proposal (answer.py)."""
    from .readers import hedges
    t = re.sub(r"一(?:分|毛|块|个子儿?)钱?(?:都|也)?(?=没|不|无)", "", t)   # "其他资金一分没有": none, no 1 of it
    t = _ANNOUNCED.sub(r"\1\2", A.unforeign(t))      # "其他资金有一笔，省里给的奖补30万": the amount of the part she
    #                                                    announced; "41万欧元": no amount of the form
    hedged = [h.text for h in hedges(t)]
    found: dict = {}
    this_form = None
    bare: list[tuple[int, float]] = []
    sources: list[tuple[str, float]] = []
    parted = False
    for start, end, wan, raw in A.amounts(t):
        if any(raw in h for h in hedged):
            continue
        before = t[max(0, start - 24):start]
        after = t[end:end + 2]
        clause = re.split(r"[，,。；;\n]", before)[-1]
        if a_price(clause) or after.startswith("/") or after.startswith("每"):
            continue
        if _THIS_FORM.search(clause) and not re.search(CARRY_LABEL + "|" + OTHER_LABEL, clause):
            this_form = wan              # "总投资4860万，分三年安排，今年这张表填1620万": the form's total is this year's
            continue
        slot, by_source = _nearest_label(clause)
        source = _last(SOURCE_LABEL, clause) if by_source else None
        tail = "" if "\n" in raw else re.split(r"[，,。；;\n]", t[end:end + 16])[0]   # (a line's end read with the figure)
        if slot in (None, "total") and re.match(r"^(?:是|为|属于|来自|用的是|系)?\s*" + CARRY_AFTER, tail):
            slot = "carryover"      # "五万是去年剩下没花完的"
        elif slot in (None, "total") and (re.match(r"^(?:是|为|属于|来自|系)\s*" + OTHER_LABEL, tail) or re.match(
                r"^\s*[，,]?\s*(?:这笔|这部分|这个)?(?:钱)?(?:算|算作|算是|作为|列为|列入|计入|属于)\s*" + OTHER_LABEL, t[end:end + 16])):
            slot = "other"               # "福彩公益金有30万，算其他资金": the label said after the amount
        if slot is None and re.search(r"(?:就是|共|合计|一共|总共|算下来|加起来)\s*$", clause):
            said_of = re.split(r"[。；;\n]", t[:start])[-1]          # "其他资金是自筹的，每亩两百块，3000亩就是60万": the
            of, _ = _nearest_label(said_of)                        # result of her reckoning, under the part she named
            slot = of if of in ("carryover", "other") else slot
        if re.search(r"(?:乘以?|×|[xX*])\s*$", before):
            continue                     # "1530人×400元": a factor, not an amount of the funding
        if _COMPARED.search(clause):
            continue                     # "比去年多5万": a difference from a sum not said, never the total
        if slot is None and re.search(_REST_WORD + r"\s*(?:是|有|为)?\s*$", clause):
            parted = True                # "剩下20万是井道土建", "80万，还有20万": the rest of a sum — the bare amounts
            continue                     # are parts, none of them the total
        if slot is None:
            bare.append((start, wan))
        elif source:
            sources.append((source, wan))
        elif slot not in found:
            found[slot] = wan
    if this_form is not None:
        found["total"], bare = this_form, []
    if primary and "total" not in found and bare and not parted:   # a bare amount is the total when the funding was asked:
        said = [w for s, w in bare if re.search(r"(?:=|＝|等于|就是)\s*$", t[max(0, s - 3):s])]
        if said:                                    # "1530人×400元×12个月=734.4万": the result said out
            found["total"] = said[-1]
        elif not (len(bare) > 1 and (re.search(r"[万元]\s*(?:\+|＋|加上?)\s*[\u4e00-\u9fa5]", t) or
                                     (A.money_lines(t) and re.search(r"[\u4e00-\u9fa5]{2}\s*[:：为是]?\s*$", t[:bare[0][0]])))):
            found["total"] = bare[0][1]             # items added up, or listed ("路面养护600万 桥涵维修100万"), with no
                                                    # total said: none guessed (the first line is no total)
    if not A.amounts(t) and not hedged and not _DOC_NO.search(t):   # bare numbers: each goes where its clause's label says
        #                                                   (none of a document's number: "晋水发〔2023〕12号")
        said = SHARE.sub("%", unidiom(t))
        for m in re.finditer(r"(?<![\d.〔\[［【(（])" + NUM + r"(?![\d.]|[〕\]］】)）号]|[ \u3000]*[十百千万亿]?[ \u3000]*(?:%|％|年|月|" + _NOT_MONEY + r"|" + MEASURE[1:-1] + r"))",
                             said):                 # 等我翻一下: no 1; 满意度九成五, 惠及600户, 6万人: no money
            if re.match(r"\s*[万千百十]\s*[\d零〇一二两三四五六七八九]", said[m.end():]) or \
                    re.search(r"[\d零〇一二两三四五六七八九十][万千百十]\s*$", said[:m.start()]):
                continue                 # "109万4千4百5十": part of a figure not read whole — never 109万 cut from it
            if not re.search(r"[\d零〇一二两三四五六七八九十]", m.group(1)):
                continue                 # "单位万元": a unit's 万, no figure
            n = A.to_number(m.group(1))
            clause = re.split(r"[，,。；;\n]", t[:m.start()])[-1]
            if a_price(clause):
                continue                 # "一亩补25", "每户给2000": a price of one thing, never the total
            slot = next((key for key, label in (("carryover", CARRY_LABEL), ("other", OTHER_LABEL), ("source", SOURCE_LABEL),
                                                ("current_year", CURRENT_LABEL)) if re.search(label, clause)), "total")
            if not primary and (slot != "total" or not re.match(r"\s*(?:资金总额|总额|总共|一共|共计|合计|总计)", clause)
                                or not re.match(r"\s*(?:万元|万|元)?\s*(?:$|[，,。；;])", said[m.end():])):
                continue                 # not asked: a figure is the total only by its label ("总额二百四十九万六千")
            if slot == "total" and n is not None and 0 < n < 10 and n == int(n):
                continue                 # "总额是1": a lone digit with no unit may be a pick, a count or a message
                                         # sent before it was finished — never 1万元 on a guess; asked again
            if n is not None and slot == "source":     # "省里补八十 县里配套四十"
                sources.append((_last(SOURCE_LABEL, clause), n))
            elif n is not None and slot not in found:  # "结转0，其他0": the parts, never the total
                found[slot] = n
    left = [w for _, w in bare if w != found.get("total")]
    if sources and (parted or _REST_SAID.search(t) or (left and (found.get("total") is None or abs(
            sum(w for _, w in sources) + sum(left) - found["total"]) > 0.005))):
        if facts is not None:            # "总共1200万，其中中央资金800万，省里300万，剩下县里配套": the sources said are
            facts["parts_open"] = [c.strip() for c in re.split(r"[，,；;。]", t) if A.amounts(c) and not (   # not all of this
                found.get("total") is not None and re.search(TOTAL_LABEL, c) and A.amounts(c)[0][2] == found["total"])]  # year's money, the rest's part unsaid
        sources = []                     # is was not said — neither one source nor their sum is the budget; asked
    if len(sources) == 1 or (sources and {"total", "current_year"} & set(found)):
        found.setdefault("current_year", round(sum(w for _, w in sources), 6))   # "156万，其中省级补助90万，县级安排66万"
    elif sources and parts is not None:
        parts += sources                 # several sources and nothing else: their sum is hers to confirm
    if _BOTH_NONE.search(t):            # "上年结转和其他资金都没有": both parts 0
        found.setdefault("carryover", 0.0)
        found.setdefault("other", 0.0)
    if re.search(r"(?<!有)(没有|无|不涉及|没)(上年)?结转|结转.{0,3}?(为)?(?<![\d.])(0|零|无|没有)(?![\d.])", t):
        found.setdefault("carryover", 0.0)
    if re.search(r"(?<!有)(没有|无|不涉及)(其他资金|别的钱|其他的钱|自筹|其他(?=\s*(?:的)?\s*(?:$|[，,。；;！!])))|其他资金.{0,3}?(为)?(?<![\d.])(0|零|无|没有)(?![\d.])", t):
        found.setdefault("other", 0.0)
    if re.search(r"(全部|都|全|均)[^，,。；;]{0,6}(财政|本年|今年|当年|补助|拨款|下达)", t) and facts is not None:   # 全是省级补助
        facts["all_current"] = True
    return [Fill(f"funding.{key}", wan, detail=t, primary=primary) for key, wan in found.items()]


_BOTH = r"\s*(?:这|那)?(?:两项|两个|俩|二者|两者)?\s*(?:都|均|也都|全)?\s*(?:没有|没|无|为0|是0|为零|是零|不涉及)"
_BOTH_NONE = re.compile(r"(?:上年度?)?结转(?:资金)?\s*(?:和|跟|与|及|、|还有)\s*其他(?:资金)?" + _BOTH + "|"
                        r"其他(?:资金)?\s*(?:和|跟|与|及|、|还有)\s*(?:上年度?)?结转(?:资金)?" + _BOTH)
def _one_rate(rx: re.Pattern, t: str) -> re.Match | None:
    """The first rate the pattern finds, when every rate it finds is the same figure; two tiers ("近的每人每年补三千，
    远的每人每年补两千") are no one rate to multiply her whole count by: None."""
    found = list(rx.finditer(t))
    if not found:
        return None
    figures = {A.to_number(m.group(m.re.groups - 1)) for m in found}
    return found[0] if len(figures) == 1 else None


# the figure this form carries, said beside a larger one it is part of ("总投资4860万，分三年安排，今年这张表填1620万")
_THIS_FORM = re.compile(r"(?:今年|本年度?|这张表|本表|这次|本次|今年的表)[^，,。；;\d]{0,6}?(?:填|报|申报|申请|列)(?:的是|是|为|了)?\s*$")
# a part of the funding announced in a clause of its own, its amount in the next ("其他资金有一笔，省里给的…30万")
_ANNOUNCED = re.compile(r"((?:其他资金|其他的钱|自筹资金|上年结转|上年度结转|结转资金?)(?:还|也)?)(有(?:一笔|一部分|一些|点|的)?|是)\s*[，,：:]\s*"
                        r"(?=[^，,。；;\n]*?\d)")


def _last(label: str, clause: str) -> str:
    """The label nearest the amount ("市财政50万 区财政" → 区财政): a clause may run over a space."""
    return [m.group(0) for m in re.finditer(label, clause)][-1]


_DOC_NO = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*\d+\s*号|《[^》]{2,}》")


def _nearest_label(clause: str) -> tuple[str | None, bool]:
    """The part of the funding an amount is, by the label said nearest before it in its clause ("结转没有其他资金有
    供热公司自筹三百万": 自筹, not 结转); where the money comes from (省级补助) only when no part is named, the total's
    words (资金, 经费 …) only when nothing else is. (slot, by its source)"""
    best, at = None, -1
    for key, label in (("carryover", CARRY_LABEL), ("other", OTHER_LABEL), ("current_year", CURRENT_LABEL)):
        ends = [m.end() for m in re.finditer(label, clause)]
        if ends and ends[-1] > at:
            best, at = key, ends[-1]
    if best is not None:                 # "其他资金：省级补助八十万": the part she names, whoever gives it
        return best, best == "current_year" and bool(re.search(SOURCE_LABEL, clause))
    if re.search(SOURCE_LABEL, clause):
        return "current_year", True      # "上级补助90万，县配套18.5万": this year's money by where it comes from
    said = list(re.finditer(TOTAL_LABEL, clause))
    if said and said[-1].group(0) in ("经费", "资金", "费用") and re.search(r"[\u4e00-\u9fa5]{2}$", clause[:said[-1].start()]) \
            and not re.search(r"(?:项目|总|全年|年度|所需|需要|一共|总共|合计|共计|整个|全部|安排|投入|下达|申请|使用|拨付|落实|筹措|"
                              r"争取|到位|补助|专项|需|花)的?$", clause[:said[-1].start()]):
        return None, False               # "人员经费60万", "公用经费40万": a line's name, no word of the total
    return ("total", False) if said else (None, False)


SHARE = A.SHARE                         # 九成, 八成五: a share, never an amount


# the rest of the money said without its amount ("剩下县里配套", "不足部分由单位自筹")
_REST_SAID = re.compile(r"剩下|剩余|其余|余下|差额|不足部分|缺口")
_REST_WORD = r"(?:剩下|剩余|其余|余下|剩下的|其他|其它|另外|还有|再有)(?:的)?(?:部分)?"


# "…总共840万", "，一共400万": the total said after the items, not an item
_TOTAL_CLAUSE = re.compile(r"(?:^|(?<=[，,；;。\s])|(?<=[万元]))\s*(?:总共|一共|合计|小计|总计|共计|总额|总数|加起来|总的)(?:是|为|就是)?\s*"
                           r"[\d.]+\s*(?:万元|万|元)\s*(?:整)?(?=[，,。；;\s]*$)")
# the total said before the items ("总共80万，其中桑苗采购50万…"): no line of its own
_TOTAL_FIRST = re.compile(r"^\s*(?:项目)?(?:总共|一共|合计|总计|共计|总额|总数|总的|资金总额|总投资)(?:是|为|就是|有)?\s*[\d.]+\s*(?:万元|万|元)\s*(?:整)?\s*[，,；;。:：]\s*(?=\S)")
_ARITH = re.compile(r"乘以?|×|[xX*]|=|＝|等于|就是|是")
_COUNT_FIRST = re.compile(r"^\s*(?![一二三四五六七八九十]是[\u4e00-\u9fa5]{2})"      # ("二是人员培训5.5万": the second line)
                          r"(?:(?:\d+|[一二两三四五六七八九十百千]+)\s*" + MEASURE + r"|(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:就是|是|共|一共|=)|"
                          r"(?:一共|共计|总共|合计)(?=\s*[\d.]))")


# where the money comes from (省级补助96万, 县配套24万) is no budget item
_SOURCE = r"^(?:其中)?(?:中央|省|市|县|区|旗|镇|乡|上级|本级)(?:级|里|本级)?(?:财政)?(?:补助|补|资金|拨款|安排|下达|专项|出)?$|配套|^(?:其中)?(?:中央|省级?|市级?|县级?)财政"
_FUNDING_WORDS = "|".join(x.strip("()") for x in (TOTAL_LABEL, CARRY_LABEL, CURRENT_LABEL, OTHER_LABEL)) + "|^项目支出$|" + _SOURCE


_N = r"(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万点]+)"
# a line's count and unit price said before its amount: "四百台每台一千二", "300个每个1800元", "120座单价3.5万"
_THINGS = r"[个台套件座处块辆次户批株只头本册份根家所张盏棵艘间栋人名]"
# the price of one thing: "每家30万", "单价8万", and "一根五百", "一块三千" (一 and a measure, then the figure)
_ONE = r"(?:每|单价|[一1](?=" + _THINGS + r"\s*(?:\d|[零一二两三四五六七八九十百千])))"
_MEASURED = r"(?:平方米|平米|立方米|公顷|公里|千米|亩|米|吨|" + _THINGS + r")"     # "一万二千亩每亩八百": areas too
_COUNT_AT_END = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:\d+|[一两二三四五六七八九十百千]+)\s*(?:" + _THINGS + r"|群|箱|亩|吨|条|项|人次|平方米|米|公里)\s*$")
_EACH_PRICE = re.compile(r"\s*" + _N + r"\s*" + _MEASURED + r"+\s*[，,]?\s*" + _ONE + r"\s*" + _MEASURED + r"?\s*"
                         + _N + r"\s*(?:万元|万|元|块)?\s*$")


# a sum of named terms and its result: "培训费18+食宿12.6+教材2.4=33万" (the terms in the result's unit)
_TERM = r"[\u4e00-\u9fa5A-Za-z（）()]{1,16}?\s*\d+(?:\.\d+)?"
_SUM = re.compile(r"(?P<terms>" + _TERM + r"(?:\s*[+＋]\s*" + _TERM + r")+)\s*(?:=|＝|等于)\s*(?P<total>\d+(?:\.\d+)?)\s*(?P<unit>万元|万|元)")


def summed(t: str) -> str:
    """"培训费18+食宿12.6+教材2.4=33万" → "培训费18万；食宿12.6万；教材2.4万；合计33万": the terms of a sum she writes out
    take its result's unit when they add up to it (else the text as it is: no unit is guessed for them)."""
    def one(m: re.Match) -> str:
        terms = [re.match(r"(.*?)\s*(\d+(?:\.\d+)?)$", x.strip()) for x in re.split(r"[+＋]", m.group("terms"))]
        if not all(terms) or abs(sum(float(x.group(2)) for x in terms) - float(m.group("total"))) > 0.005:
            return m.group(0)
        return "；".join(f"{x.group(1)}{x.group(2)}{m.group('unit')}" for x in terms) + f"；合计{m.group('total')}{m.group('unit')}"
    return _SUM.sub(one, t)


def item_parts(t: str) -> list[str]:
    """The pieces of a spoken budget list: "A 720万加 B 96万" split at 加/+; a piece with no name of its own
    ("4台就是154.4万") joined to the one before; the total said after the items left out."""
    t = _TOTAL_CLAUSE.sub("；", _TOTAL_FIRST.sub("", summed(t)))
    t = re.sub(r"(?<=[万元])\s*(?:\+|＋|加上?|再加|/|／|\s|、)\s*(?=[\u4e00-\u9fa5]|[A-Za-z]{2,}[\u4e00-\u9fa5])", "；", t)   # "45万 / 教练员培训", "48万 应急平台运维", "50万元、技术培训"
    out: list[str] = []
    for part in A.split_parts(t):
        if out and _COUNT_FIRST.match(part) and not _PRICE_FIRST.match(part) and A.amounts(out[-1]) \
                and not re.search(_FUNDING_WORDS, out[-1][:A.amounts(out[-1])[0][0]]):
            out[-1] += "=" + part         # the same item's count and sum: its amount is the last one
        elif out and re.fullmatch(r"\s*(?:共|乘以?|×|\*)?\s*" + NUM + r"\s*个?(?:月|年|期|批)\s*", part) and _PRICE_SAID.search(out[-1]):
            out[-1] += "，" + part         # "补贴186人，每人每月300元，12个月，共66.96万": for how long, of the same line
        elif out and (_PRICE_FIRST.match(part) or _AMOUNT_ONLY.match(part) and _PRICE_SAID.search(out[-1])) \
                and _still_open(out[-1], "，" + part):
            out[-1] += "，" + part         # "编织袋两万条，每条2块，4万": one item said in three clauses (an amount
        else:                            # alone joins only a price: "钱没变，就是86万" is no line named 钱没变)
            out.append(part)
    return out


# a clause with no name of its own: a price per thing ("每条2块") or an amount alone ("4万", "共4万")
_EACH = r"(?:每|单价|单个|单台|单套)"                 # the words that make an amount a price per thing
_EACH_AT_END = re.compile(r"(?:" + _EACH + r"\S{0,3}?|(?:^|[，,])\s*[一1]" + _THINGS + r")\s*(?:是|为)?\s*$")   # "，一台0.8万": of one
_PRICE_FIRST = re.compile(r"^\s*" + _EACH + r"\S{0,3}?\s*(?:是|为)?\s*" + NUM + r"\s*(?:万元|万|元|块)|"
                          r"^\s*[一1]" + _THINGS + r"\s*" + NUM + r"\s*(?:万元|万|元|块)?\s*$")     # "一根五百": the price of one
_PRICE_SAID = re.compile(r"(?:[，,]|(?<=[\u4e00-\u9fff]))\s*" + _EACH + r"|^[\u4e00-\u9fff]{2,}[^，,]*?" + NUM + r"\s*万?\s*" + MEASURE + r"\s*$|"
                         r"^[\u4e00-\u9fff]{2,}[^，,]*?" + NUM + r"\s*" + _THINGS + r"\s*[，,]?\s*" + _ONE + r"\s*" + _THINGS + r"?\s*"
                         + NUM + r"\s*(?:万元|万|元|块)?\s*$")    # "省长质量奖2家每家30万", "界桩一千二百根，一根五百": count and price
_AMOUNT_ONLY = re.compile(r"^\s*(?:共|一共|共计|合计|总共|计|就是|是|要|需要?|花)?\s*" + NUM + r"\s*(?:万元|万|元|块钱|块)\s*$")


def _still_open(part: str, then: str = "") -> bool:
    """The piece names a thing whose amount is still to come: no amount yet ("编织袋两万条"), or only a
    price per thing ("编织袋两万条，每条2块"); ``then``, what follows, tells 展板20块 (每块300元) from 20块 of money."""
    am = [a for a in A.amounts(part + then) if a[0] < len(part)]
    text = part + then                   # "界碑四十块，一块三千": 四十块 counts pieces and 一块 is one of them, priced
    am = [a for a in am if not (re.fullmatch(r"[一1]块", text[a[0]:a[1]]) and re.match(r"\s*(?:\d|[零一二两三四五六七八九十百千])", text[a[1]:]))
          and not (text[a[0]:a[1]].endswith("块") and re.match(r"\s*[，,]\s*(?:每|一|1)块", text[a[1]:]))]
    return bool(re.search(r"[\u4e00-\u9fff]{2}", part)) and all(
        _EACH_AT_END.search(part[:a[0]]) for a in am)


def _item_amount(part: str, am: list) -> tuple[int, float]:
    """(where the name ends, the amount) of one piece: the result of a product or a sum said out
    ("300件乘以2000元是60万元", "38座×3万=114万", "一台38.6万，4台就是154.4万") is its last amount."""
    start, _, wan, _ = am[0]
    if len(am) > 1 and _still_open(part[:am[-1][0]]):      # "编织袋两万条，每条2块，4万": the price, then the sum
        first = re.search(r"\d|[一二两三四五六七八九十]", part)
        return (first.start() if first else start), am[-1][2]
    if len(am) > 1 and _ARITH.search(part[am[0][0]:am[-1][0]]) or len(am) == 1 and _ARITH.search(part[:start]) \
            and re.search(r"乘|×|[xX*]", part[:start]):
        first = re.search(r"\d|[一二两三四五六七八九十]", part)
        return (first.start() if first else start), am[-1][2]
    return start, wan


_POINTER, _HEDGE, _MODAL, _VERB = (r"(?:(?:这|那)一?(?:块儿?|部分|方面|项|个)?|的话)", r"(?:大概|大约|差不多|预计|计划)",
                                   r"(?:要|得|需要?|准备)",
                                   r"(?:花了?|用了|(?<![租使专应试征占借利运通公共自备日民军实作录聘雇采调引信适费耗])用)")
_SPENT = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:" + _POINTER + "?" + _HEDGE + "?" + _MODAL + "?" + _VERB + "|"
                    + _POINTER + _HEDGE + "?" + _MODAL + "?|" + _HEDGE + _MODAL + r"?)\s*$")


_LINE_LABEL = re.compile(r"^\s*(?:[^：:，,。]{0,8}?[。！!]\s*)?([\u4e00-\u9fffA-Za-z&]{2,12})\s*[：:]\s*(?=\S)")


def _labelled_lines(t: str) -> list[dict]:
    """"奖励金：十二个人，按条例每人一万元，就是十二万；慰问金：…，六万九千": lines each under its label and a colon,
    said in clauses: the label names the line, its last amount (never a price per thing) is the line's; [] unless
    every line is so."""
    segs = [x for x in re.split(r"[；;\n]", t) if x.strip()]
    out = []
    for x in segs:
        m = _LINE_LABEL.match(x)
        am = A.amounts(x[m.end():]) if m else []
        if not m or not am or not re.search(r"[，,]", x[m.end():]) or _EACH_AT_END.search(x[m.end():][:am[-1][0]]):
            return []
        out.append({"name": m.group(1), "amount": am[-1][2]})
    return out if len(out) >= 2 else []


_BARE_AMOUNT = re.compile(r"^\s*(?:共|一共|合计|计|是|就是)?\s*" + NUM + r"\s*(?:万元|万|元|块)?\s*(?:[零〇一二两三四五六七八九]|\d)?\s*$")
_NAME_HEAD = re.compile(r"^\s*([\u4e00-\u9fff]{2,16}?)\s*(?:\d+|[一两二三四五六七八九十百千]+)\s*[\u4e00-\u9fff]{1,2}\s*$")


def _clause_lines(t: str) -> list[dict]:
    """"路灯杆二十根，每根八千，十六万；线路改造五万": each line said in clauses — its name and count, the
    price of one, then its sum alone — the sum is the line's and the name the first clause's; [] unless every line
    reads so (at least one of them in clauses)."""
    segs = [x for x in re.split(r"[；;\n]", t) if x.strip()]
    out, clausal = [], False
    for x in segs:
        cs = [c for c in re.split(r"[，,]", x) if c.strip()]
        if not cs:
            return []
        if len(cs) == 1:
            am = A.amounts(cs[0])
            name = A.clean_text(cs[0][:am[0][0]]) if len(am) == 1 else ""
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,16}", name or ""):
                return []
            out.append({"name": name, "amount": am[0][2]})
            continue
        head, last = _NAME_HEAD.match(cs[0]), A.amounts(cs[-1])
        if not head or re.search(_EACH + r"|(?:万元|万|元|块)\s*$", cs[0]) or len(last) != 1 or not _BARE_AMOUNT.match(cs[-1]) \
                or not all(_PRICE_FIRST.search(c) or re.match(r"^\s*(?:每|一)", c) for c in cs[1:-1]) or len(cs) > 3:
            return []
        out.append({"name": head.group(1), "amount": last[0][2]})
        clausal = True
    return out if clausal and len(out) >= 2 else []


def budget_items(t: str, ctx: Context, notes: list[str] | None = None) -> tuple[list[dict], bool]:
    """Budget items "名称 金额" from a list answer; (items, whether she said it is a single item). A line said
    as arithmetic ("8套×2.5万=20万") is its stated result when the product gives it; else no line is read, with
    a word in ``notes`` (products.py)."""
    labelled = _labelled_lines(t) or _clause_lines(t)
    if labelled:
        return labelled, False
    items = []
    parts = item_parts(t)
    for part in parts:
        am = A.amounts(part)
        if not am or _still_open(part):
            continue                     # no amount, or a price per thing alone ("编织袋两万条，每条2块"): no item
        start, wan = _item_amount(part, am)
        product = line(part)
        if product is not None and product.amount is None:      # one line not stored: none of them (the list is
            if notes is not None:                                 # said again whole, never kept half)
                notes.append(product.note)
            return [], False
        if product is not None:
            start, wan = product.name_end, product.amount
        end = am[0][1]
        name = re.sub(r"^(?:没有|没|无|有|是的|对|对的|嗯|好的?)[，,]\s*", "", A.clean_text(part[:start]))   # "没有，路面养护600万": her reply is no name
        name = re.sub(r"^[^：:]{1,12}[：:]\s*(?=[^：:\s])", "", name)   # "分三块：法律援助补贴 50万": a lead-in before the list
        name = re.sub(r"^(?:(?:算出来|算下来|折算下来|这样算)(?:就是|是)?|其中|包括|主要是|分别是|就一项|只有一项|就是|一是|二是|三是|四是|五是|\d+[.、．)]|\(?\d+\)|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)\s*[:：]?\s*", "", name)
        name = re.sub(r"\s*(?:[:：]|为|是|约|共|需|需要|共计|合计|总计)\s*$", "", name).strip()
        name = _EACH_PRICE.sub("", name) or name      # "老旧电梯安全评估四百台每台一千二": the count and price are no name
        name = re.sub(r"\s*" + _EACH + r"\S{0,2}?$", "", name) or name   # "救生衣 每件" (150元 was its price)
        name = _SPENT.sub("", name) or name           # "宣传这一块花三万": the part she points at, then the spending verb
        counted = _COUNT_AT_END.search(name)          # "新建母婴室10个30万": how many, then the line's amount
        if counted and len(re.findall(r"[\u4e00-\u9fff]", name[:counted.start()])) >= 2:
            name = name[:counted.start()]
        if re.fullmatch(_REST_WORD, name) or not name:   # "剩下二百万是工程监理跟设计费", "36万买冰箱": the name follows the amount
            after = re.match(r"\s*(?:是|用于|用来|用在|花在|给|做|买|付|购买|采购)\s*(?:了)?([\u4e00-\u9fffA-Za-z]{2,16})", part[end:])
            name = A.clean_text(after.group(1)) if after else ("其他支出" if name else "")
        if not name:                     # "明细改成336万" with one line on the form: that line, at its new amount
            name = (len(parts) == 1 and ctx.only_item) or ctx.project_name or "项目支出"
        items.append({"name": name, "amount": wan})
    single = not items and bool(re.search(r"就一项|只有一项|一项|同总额|和总额一样|全部用于|不分项|不用分|没法分|不分", t))
    return items, single


def _per_each(t: str, at: int) -> bool:
    """The figure at ``at`` is so many for each of something ("每校配2名专职保安", "各村3人"): a count per thing,
    never the project's count (the total is their product, which she is asked for, not told)."""
    return bool(re.search(r"(?:每|各|平均|人均|户均|校均|村均)" + A._CJK + r"{0,4}$", re.split(r"[，,。；;]", t[max(0, at - 8):at])[-1]))


def _basis(t: str, at: int) -> bool:
    """The figure at ``at`` is what a sum was worked out by ("按140人重算的", "按照80户测算"): no thing counted of its own."""
    return bool(re.search(r"(?:按|按照)\s*$", t[max(0, at - 3):at]))


def _quantities(t: str, patch: Patch) -> None:
    """Headcount, monthly pay, months; counted things and their unit prices."""
    said = re.compile(VERBS + r"(" + A._CJK + r"{0,16}?)" + NUM + r"\s*(万)?\s*" + MEASURE + r"(" + A._CJK + r"{0,8})?")
    pos = 0
    while (m := said.search(t, pos)) is not None:
        pos = m.end(5)                   # what follows the measure may be the next deed ("52所学校聘用保安104名")
        verb, obj, n, measure, obj2 = m.group(1), m.group(2), A.to_number(m.group(3)), m.group(5), m.group(6) or ""
        if len(verb) == 1 and not obj2 and re.search(VERBS, obj):   # "为民服务中心接待群众3000人次": 为 is no verb of hers
            pos = m.start() + 1
            continue
        if n is not None and m.group(4):
            n *= 10_000
        if n is None or n <= 0:
            continue
        if obj in ("了", "过", "着"):
            obj = ""                     # "聘了10个人": the verb's aspect, no object
        if len(verb) == 1 and len(obj) == 1 and not obj2:
            continue                     # "矫正对象85人": 对 of 对象 is no verb, 象 no object
        if measure == "块" and re.search(r"(?:费|钱|款|金|资|价|补助|补贴|工资|报酬)$", verb + obj):
            continue                     # "每人体检费70块": 块 of money, no count of pieces
        measure = "人" if measure in ("个人", "名") else measure
        hired_person = measure == "人" or (measure == "个" and re.match(A._CJK + r"{0,4}?(?:员|人员|工)(?!" + A._CJK + ")|"
                                                                        + A._CJK + r"{0,4}?(?:员|人员|工)(?=在|做|干|负责|从事|，|,|$)", obj2))
        if hired_person and (verb in A.HIRE_VERBS or re.search(r"聘|招录|雇", obj)):
            patch.facts.setdefault("headcount", n)
            continue
        obj2 = _NOUN_END.split(obj2)[0]
        if obj.startswith("每") or n == 1 or _per_each(t, m.start(3)) or _basis(t, m.start(3)):
            continue
        if verb in ("对", "为", "向"):
            verb = ""
        if not verb and _trim_obj(obj2) in ("", measure) and _trim_obj(obj) in ("", measure):
            continue                     # "我们办公室就两个人弄这些表": no deed and no thing counted, no quantity
        patch.facts.setdefault("quantities", []).append(
            {"verb": verb, "obj": _trim_obj(obj2) or _trim_obj(obj), "n": n, "measure": measure})
    counted = [(m.group(1), m.group(2), m.start()) for m in re.finditer(
        r"(?<![\d零一二两三四五六七八九十百千万])" + NUM + r"\s*个\s*(" + A._CJK + r"{0,6}?" + _PERSON + r")", t)]
    counted += [(m.group(2), m.group(1), m.start()) for m in re.finditer(
        r"(" + A._CJK + r"{0,6}?" + _PERSON + r")(?:有|共有|一共有|大概有|大约有|约有|约)\s*" + NUM + r"\s*(?:个|位)(?!月)", t)]
    for num, noun, start in counted:
        n = A.to_number(num)
        have = patch.facts.setdefault("quantities", [])
        if n == 1 or _per_each(t, start):
            continue                     # "要报一个老年人健康管理的项目": 一个 is "a", no count of people
        if _trim_obj(noun) in ("人", "个人"):
            continue                     # "我们办公室就两个人弄这些表": people, but no one the project counts
        if n and "headcount" not in patch.facts and not re.search(r"聘|招|雇", t[max(0, start - 6):start]) \
                and not any(q["n"] == n for q in have):
            have.append({"verb": "", "obj": _trim_obj(re.sub(r"^(?:辖区|全市|全县|全区)?" + A._CJK + r"{0,6}?(?:以上|以下)的?", "", noun)) or _trim_obj(noun),
                         "n": n, "measure": "人"})
    if not patch.facts.get("quantities"):
        patch.facts.pop("quantities", None)
    if not any(q["measure"] in ("人", "户") for q in patch.facts.get("quantities", [])) and "headcount" not in patch.facts:
        m = re.search(r"(" + A._CJK + r"{0,6}?)" + NUM + r"\s*(名|人|户)(?!次)((?:\d{1,3}(?:岁|周岁))?" + A._CJK + r"{0,10})", t)
        if m and (A.to_number(m.group(2)) or 0) > 1 and not _per_each(t, m.start(2)) and not _basis(t, m.start(2)):   # "一人一档", "每校配2名": no count
            after = re.match(r"的(" + A._CJK + r"{2,8})", m.group(4))   # "养一支30人的扑火队": the 扑火队 has the 30
            noun = (_NOUN_END.split(after.group(1))[0] if after else "") or _NOUN_END.split(m.group(4))[0] or _trim_obj(re.sub(   # "给2400名13岁女孩接种": 13岁女孩
                r"^(?:按照|按|全市|全县|全区|服务|覆盖|一共有|共有|计划|拟|(?:对|为|向|给|帮)(?=[\u4e00-\u9fa5]{2}))+|(?:计划|拟)?(?:给|帮|为|向|对)$", "", m.group(1)))
            patch.facts.setdefault("quantities", []).append(
                {"verb": "", "obj": noun, "n": A.to_number(m.group(2)), "measure": "户" if m.group(3) == "户" else "人"})
    for m in re.finditer(r"(" + A._CJK + r"{0,4}?)(面积|里程|长度)\s*(?:约|共|为|达|计)?\s*" + NUM + r"\s*(万)?\s*(平方米|亩|公里|千米|米)", t):
        n = A.to_number(m.group(3))
        if n and m.group(4):
            n *= 10_000
        if n:
            prefix = re.sub(r"^(?:全市|全县|全区|计划|共|约|总)+", "", m.group(1))
            earlier = patch.facts.get("quantities") or []
            obj = (prefix or (earlier[-1]["verb"] or earlier[-1]["obj"] if earlier else "")) + m.group(2)
            patch.facts.setdefault("quantities", []).append({"verb": "", "obj": obj, "n": n, "measure": m.group(5)})
    if "headcount" not in patch.facts:
        m = re.search(NUM + r"\s*(?:个人|名|个|人)(?:工作人员|人员|岗位|员工|辅警|协管员|职工|" + A._CJK + r"{1,3}员)", t)
        if m and re.search(r"聘|招|雇|岗位|购买服务", t):
            patch.facts["headcount"] = A.to_number(m.group(1))
    rated = []
    m = _one_rate(re.compile(r"(?:每人每月|每月每人|月人均|人均每月|每人月|每月|月薪|月工资)[^\d零一二两三四五六七八九十]{0,6}" + NUM +
                             r"\s*(万元|元|块钱|块)?"), t)
    if m and (m.group(2) or not m.group(0).startswith("每月")) and not A.COUNTED.match(t[m.end():]):
        rated.append(m)
        v = A.money_wan(m.group(1), m.group(2) or "元")
        if v is not None:
            patch.facts["monthly"] = round(v * 10_000, 4)
    m = _one_rate(re.compile(r"(?:每人每年|人均每年|年人均|年生均|生均|每生每年|每人一年)[^\d零一二两三四五六七八九十]{0,6}" + NUM +
                             r"\s*(万元|元|块钱|块)?"), t)
    if m and not only_some(t, m.start()):
        rated.append(m)
        v = A.money_wan(m.group(1), m.group(2) or "元")
        if v is not None:
            patch.facts["yearly_each"] = round(v * 10_000, 4)
    m = _one_rate(re.compile(r"(?:单价|每台|每套|每个|每亩|每公里|每场|每期|每人次|每户|每项|每次|每平方米|人均|户均|亩均|"
                             r"(?:平均)?每" + MEASURE + r"(?!\s*每|[月年天周季])|(?<![\d零一二两三四五六七八九十])(?:平均)?一" + MEASURE +
                             r"(?=\s*" + NUM + r"))[^\d零一二两三四五六七八九十]{0,6}" + NUM + r"\s*(万元|元|块钱|块)"), t)
    if m and not re.match(r"人均每月|人均每年", t[m.start():m.start() + 4]) and \
            not re.search(r"(?:每月|月|每年|年|生)$", t[max(0, m.start() - 1):m.start()]) and not only_some(t, m.start()):
        rated.append(m)
        v = A.money_wan(m.group(m.re.groups - 1), m.group(m.re.groups))
        if v is not None:
            label, per = _price_label(re.sub(r"^平均", "", t[m.start():m.end()]))
            patch.facts["unit_price"] = {"yuan": round(v * 10_000, 4), "per": per if re.fullmatch(MEASURE, per) else "",
                                         "label": label}
    rates = [r for r in rated if r is not None]
    if rates:    # "补助40名每人每年8000元，剩下的18万用于设备": an amount beside the rate that is not the rate
        patch.facts["beside"] = [w for a, b, w, _ in A.amounts(t) if not any(r.start() <= a < r.end() for r in rates)]
    months = A.month_count(t)
    if months:
        patch.facts["months"] = months


def _price_label(seg: str) -> tuple[str, str]:
    """'单价6000元' → ('单价', ''); '每台6000元' → ('每台', '台'); '人均补助84元' → ('人均补助', '人')."""
    if seg.startswith("单价"):
        return "单价", ""
    if seg.startswith("每") or re.match("一" + MEASURE, seg):
        mm = re.match("[每一]" + MEASURE + r"([\u4e00-\u9fa5]{0,4}?)(?=[\d零一二两三四五六七八九十]|[^\u4e00-\u9fa5]|$)", seg)
        per = mm.group(1) if mm else ""
        return "每" + per + (mm.group(2) if mm and re.fullmatch(r"[\u4e00-\u9fa5]{2,4}", mm.group(2) or "") else ""), per
    mm = re.match(r"[人户亩次]均" + A._CJK + r"{0,4}?(?=[\d零一二两三四五六七八九十]|[^\u4e00-\u9fa5]|$)", seg)
    return (mm.group(0) if mm else seg[:2]), seg[0]


_PERSON = r"(?:老人|老年人|学生|儿童|孩子|居民|村民|群众|农民|职工|员工|患者|对象|传承人|家庭|人)"
_NOUN_END = re.compile(r"[的和及与并每在，,。；;、]|左右|上下|按|发放|提供|实施|实行|用于|进行|开展|参加|参与|稳定|运行|开设|接受|作业|全天|全年|购买|采购|购置|组织|接种|体检|筛查|领取|享受|办理|聘用|聘请|招聘|雇用|配备|配置|安排|派驻")


def _trim_obj(obj: str) -> str:
    obj = re.sub(r"^(?:全市|全县|全区|全旗|全省|全盟|辖区|本市|我市|我县|我区|全校|市级|县级|共|约|了|计划|拟|大约|总共|的)+", "", obj)
    # "高标准农田一共是": the words that lead to the figure are no part of what is counted
    obj = re.sub(r"(?:一共|总共|共计|合计|累计|总计|共|大约|大概|约|差不多|将近|一共有|共有|有|是|为|达到?|计)+$", "", obj)
    obj = re.sub(r"(?<=[\u4e00-\u9fa5]{2})(?:的)?(?:需要|需求|要求|工作|任务)$", "", obj)   # "临时安置需要": the thing, not the need
    return obj.strip()

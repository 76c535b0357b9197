"""Table-detection knowledge, as data: the columns of indicator and budget tables, the words that fill
them, and where each kind of cell may sit. Documented in docs/reading.md; field labels are in labels.py.

A header cell names a column ROLE (``column_role``); a data cell has a KIND (kinds.cell_kind); ``CELL_FIT``
says how well a kind sits in a role (no entry: it cannot). align.py places the cells of a row that lost
its columns (copied text, OCR) by these scores; a row with two equally good placements is not guessed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..textnum import normalize

# --- indicator tables ---------------------------------------------------------------------------
LEVEL1 = ("产出指标", "效益指标", "满意度指标")
LEVEL12 = ("成本指标",)               # 二级 under 产出指标, or 一级 in the 财预〔2021〕101号 template
LEVEL2 = ("数量指标", "质量指标", "时效指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
          "服务对象满意度指标", "经济成本指标", "社会成本指标", "生态环境成本指标")
# older wordings of a 二级 word → (一级, 二级) of the current template (财预〔2015〕88号 → 财预〔2021〕101号)
LEVEL2_CANON = {
    "社会公众或服务对象满意度指标": ("满意度指标", "服务对象满意度指标"),
    "社会公众满意度指标": ("满意度指标", "服务对象满意度指标"),
    "服务对象满意度": ("满意度指标", "服务对象满意度指标"),
    "经济效益": ("效益指标", "经济效益指标"), "社会效益": ("效益指标", "社会效益指标"),
    "生态效益": ("效益指标", "生态效益指标"), "可持续影响": ("效益指标", "可持续影响指标"),
    # 环境效益: an older name of the 生态效益 kind, kept as the form printed it with 指标 added (the rules read it as 生态效益)
    "环境效益": ("效益指标", "环境效益指标"), "环境效益指标": ("效益指标", "环境效益指标"),
    "数量": ("产出指标", "数量指标"), "质量": ("产出指标", "质量指标"), "时效": ("产出指标", "时效指标"),
    "满意度指标": ("满意度指标", "服务对象满意度指标"),     # as a 二级 cell (the 一级 word printed again under 二级)
    "满意度": ("满意度指标", "服务对象满意度指标"),
    # a template that names its 二级 cells by the 一级 they belong to (产出数量 / 产出质量 / 产出时效 / 产出成本)
    "产出数量": ("产出指标", "数量指标"), "产出质量": ("产出指标", "质量指标"), "产出时效": ("产出指标", "时效指标"),
    "产出成本": ("产出指标", "成本指标"),
    # a 发改 批复表's 二级 words: the budget (or investment) kept within bounds is the cost indicator
    "预算控制指标": ("产出指标", "成本指标"), "投资规模控制指标": ("产出指标", "成本指标"),
}
_LEVEL_SET = frozenset(LEVEL1 + LEVEL12 + LEVEL2)
# one 二级 cell over several kinds of benefit ('社会、经济、生态效益 指标'): a 二级 word of 效益指标, kept as written
COMBINED_BENEFIT = re.compile(r"(?:社会|经济|生态)(?:[、和及与](?:社会|经济|生态))+效益指标")
# a 一级 word printed again in the 二级 column ('满意度指标 | 满意度指标 | 群众满意度'): the 二级 it stands for
LEVEL1_AS_LEVEL2 = {"满意度指标": "服务对象满意度指标"}


def relevel(texts: list[str] | tuple[str, ...]) -> list[str]:
    """Cells of a row or a run: a 一级 word that follows itself is the 二级 cell of that row (LEVEL1_AS_LEVEL2)."""
    out = list(texts)
    for k in range(1, len(out)):
        a, b = _bare(out[k - 1]), _bare(out[k])
        if a == b and b in LEVEL1_AS_LEVEL2:
            out[k] = LEVEL1_AS_LEVEL2[b]
    return out
LEVEL1_OF = {"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
             "经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标",
             "可持续影响指标": "效益指标", "服务对象满意度指标": "满意度指标",
             "经济成本指标": "成本指标", "社会成本指标": "成本指标", "生态环境成本指标": "成本指标"}

# header words → column role. Order matters: the first pattern that matches the whole label wins.
COLUMN_ROLES: list[tuple[str, str]] = [
    ("level1", r"一级(?:指标|目标)?(?:名称)?|级指标|指标类型"),   # 级指标: 一级指标 with its first character lost     # 一级目标: a template's slip; 指标类型: 产出指标 / 效益指标 (浙江 项目库)
    ("level2", r"二级(?:指标|目标)?(?:名称)?"),
    ("name", r"三级(?:指标)?(?:名称|内容)?|指标名称|指标内容|具体指标|绩效指标名称|指标"),     # 指标 alone: a template with no 一级/二级
    ("actual", r"(?:(?:19|20)\d\d年度?|上年度?|前两?年)(?:实际)?(?:执行数|实现值|完成值|完成数|实际值)|.*实际(?:执行数|实现值|完成(?:指标)?值|完成数)|"
               r"全年(?:实际)?(?:完成值|实际值|完成数|实现值)|(?:实际)?完成值|实际值|(?:半年度?|上半年|1-6月)(?:指标)?执行情况|"
               r"(?:实施|执行|完成)进度"),     # a self-evaluation's column of what was done ('实施进度': how far it went)
    ("op", r"指标方向性?|运算符(?:号)?|比较符|(?:计算|比较)?符号|指标性质|(?:指标)?值类型"),
    ("unit", r"(?:度量|计量|指标)?单位"),
    ("score", r"分值|权重(?:[（(]?%[)）]?)?|指标权重|评分|得分"),
    ("standard", r"(?:绩效|评价|评分)?标准|指标标准(?:或依据)?|绩效标准(?:或依据)?|指标值(?:确定)?依据|指标解释|指标说明|(?:绩效)?指标描述|评分标准|计算公式|计算方法|指标值内容"),
    ("note", r"备注|说明|指标值说明|偏差原因.{0,12}|.{0,8}改进措施|未完成原因.{0,14}|"
             r"偏差或不能完成目标原因.{0,6}|相关建议(?:或举措)?|完成目标可能性"),   # a monitoring table's (监控表) own rows
    ("value", r"(?:年度|本年度|中长期|长期|当年度?|实施期|实施周期|年初)?(?:绩效|预期|计划)?(?:指标|目标)?"
              r"(?:指标值|目标值|预期值|计划值|期望值)(?:及单位)?|(?:当年|本年度?)?预期(?:(?:19|20)\d\d年)?实现值|"
              r"预期(?:19|20)\d\d年实现值|本年度计划水平|(?:年度|本年度|当年)?数值|值"),
]
# budget tables (项目预算明细 / 成本构成 / 支出明细)
BUDGET_ROLES: list[tuple[str, str]] = [
    ("bname", r"明细(?:项目)?(?:名称)?|(?:支出|开支|费用|预算)(?:明细)?(?:项目|内容|名称)|支出明细|项目明细|用途|"
              r"(?:明细)?项目(?:名称|内容)?|名称|内容|经济分类|(?:项目)?(?:预算)?成本构成|支出内容|费用名称"),
    ("amount", r"(?:预算|申请)?(?:金额|资金)|本年度?(?:申请|安排|预算)(?:资金|金额|数)|(?:申请)?预算数|资金(?:数额|额度)?|(?:合计)?金额(?:合计)?|预算资金"),
    ("actual", r"(?:(?:19|20)\d\d年度?|上年度?)(?:实际)?(?:执行数|支出数|决算数)|.*实际执行数|上年度?(?:安排|预算)(?:资金|金额|数)"),
    ("start", r"(?:开始|起始)(?:时间|年月)"),
    ("end", r"(?:结束|完成)(?:时间|年月)"),
    ("period", r"(?:起止|实施|执行)?(?:时间|年月|期限|周期)"),
    ("basis", r"测算(?:（公式）|\(公式\))?依据|(?:计算|测算)(?:依据|说明|公式)|依据|备注|说明"),
    ("qty", r"数量"),
    ("price", r"单价"),
]
# the header words of indicator tables as printed (to cut them out of cells run together)
HEADER_WORDS = ("一级指标", "二级指标", "三级指标", "三级指标内容", "指标值", "指标值及单位", "目标值", "指标性质", "指标方向",
                "指标方向性", "计量单位", "度量单位", "分值", "权重", "绩效标准", "指标解释", "指标标准或依据", "当年预期实现值",
                "年度指标值", "年初目标值", "年初指标值", "备注", "实际完成值", "得分", "偏差原因分析及改进措施")
# the heads of value columns that name their year or plan ('2021年实际实现值', '预期2022年实现值'), as printed (to cut
# them out of cells run together; column_role reads them as actual / value)
YEAR_HEADS = r"(?:19|20)\d\d年度?实际(?:实现值|完成值|完成数)|(?:当年|本年度?)?预期(?:(?:19|20)\d\d年)?实现值"
# one value column per county, township or village ('指标解释 | 区域目标值 | 新罗区 | 永定区 | …', a transfer payment's
# table by 补助区域): the group head over them, an area's name, and the tier each ending names (fold._area_heads)
AREA_GROUP = re.compile(r"(?:补助|实施|分)?(?:区域|地区|县区|区县|乡镇)(?:目标值|指标值)?")
AREA_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}?(街道办事处|街道办|街道|社区|镇|乡|县|区|市|旗|村)")
AREA_TIER = {"县": 1, "区": 1, "市": 1, "旗": 1, "镇": 2, "乡": 2, "街道": 2, "街道办": 2, "街道办事处": 2, "社区": 3, "村": 3}


def area_names(text: str) -> list[tuple[str, int]] | None:
    """The areas a header cell names ('笏石街道办埭头镇' → [('笏石街道办', 2), ('埭头镇', 2)]), each with its tier
    (1 county, 2 township, 3 village); None when the cell is not area names only."""
    t = re.sub(r"[\s、，,/]", "", normalize(text))
    if not t or len(t) > 80 or not re.fullmatch(f"(?:{AREA_NAME.pattern})+", t) or level_word(t) or column_role(t):
        return None
    found = [(m.group(0), AREA_TIER[m.group(1)]) for m in AREA_NAME.finditer(t)]
    return found if sum(len(n) for n, _ in found) == len(t) else None


# the head of a table's row-number column: the labels printed with it head the columns of a list (an allocation table:
# 序号 / 预算单位 / 金额), they are not the form's labels (fold)
ROW_NUMBER_HEAD = r"序\s*号"
# the funding columns of a self-evaluation (全年预算数(A) / 全年执行数(B) / 执行率(B/A)), over the amounts of each row:
# column heads, never a value (fold, text_grid, trim)
FUND_COLUMN = r"(?:全年|年初|调整后)预算数|全年执行数|(?:预算)?执行率"
_COLUMN_RES = [(r, re.compile(p)) for r, p in COLUMN_ROLES]
# a scoring column's head with its words in brackets ('评(扣分标准)', '评分(扣分标准)'): the bracket is no note on the head
_SCORING_HEAD = re.compile(r"评分?[（(](?:评分|扣分)(?:标准)?[)）]|(?:评分|扣分)[（(](?:评分|扣分)标准[)）]")
_BUDGET_RES = [(r, re.compile(p)) for r, p in BUDGET_ROLES]

# How well a cell kind sits in a column role (kinds.cell_kind). Missing = cannot sit there.
CELL_FIT: dict[str, dict[str, float]] = {
    "level1": {"L1": 3, "L12": 2, "L2": 1.5},
    "level2": {"L2": 3, "L12": 3, "L1": 1.5, "L2w": 2},
    "name": {"L2w": 1.5, "text": 2, "short": 2, "valueish": 1.5, "value": 0.6, "num": 0.3, "period": 0.6, "unit": 0.3, "desc": 0.3},
    "op": {"op": 3},
    "value": {"value": 3, "num": 3, "money": 2, "period": 3, "valueish": 2.5, "short": 2, "text": 1, "unit": 0.2},
    "unit": {"unit": 3, "num": 0.5, "short": 0.3},
    "score": {"num": 2},
    "standard": {"std": 3, "desc": 2, "text": 1, "short": 1, "valueish": 0.5, "value": 0.3, "num": 0.2},
    "note": {"std": 1, "desc": 1.5, "text": 1, "short": 0.5, "valueish": 0.3, "num": 0.1, "value": 0.2, "op": 0.1},
    "actual": {"done": 3, "num": 1, "money": 1, "value": 1, "period": 0.5, "valueish": 0.3, "short": 0.2, "text": 0.1},   # 自评表: 达成预期指标, 显著提升, 存在…
    "bname": {"text": 2, "short": 2, "total": 1},
    "amount": {"num": 3, "money": 3, "value": 1},
    "period": {"period": 3},
    "start": {"period": 3, "num": 1},
    "end": {"period": 3, "num": 1},
    "basis": {"text": 2, "short": 1.5, "desc": 1, "valueish": 1, "value": 0.5, "num": 0.2},
    "qty": {"num": 2, "value": 1},
    "price": {"num": 2, "money": 2, "value": 1},
    "skip": {},
}
# a 二级 word in the name column (or the 一级 column) of a header with a 一级 and no 二级 column (align.Columns)
NAME_AS_LEVEL2, LEVEL2_AS_LEVEL1 = 2.5, 1.0
SCORE_MAX = 100                      # a 分值/权重 cell above this is not a score
LEVEL_ROLES = ("level1", "level2")

# --- what fills the cells ----------------------------------------------------------------------------
# a web page's own words after (or inside) a copied table: never a row of it
PAGE_TEXT = re.compile(r"扫一扫|在手机[上中]?(?:打开|查看|浏览)|打印本页|关闭(?:本页|窗口)|分享到|【?字体[:：]|浏览次数|"
                       r"上一篇|下一篇|返回顶部|^(?:文件|附件)下载$|^政策(?:咨询|解读)$|^标签[:：]|^相关(?:文件|链接|阅读)|"
                       r"[\u4e00-\u9fff]{2,}(?:主办|承办)(?:\s|$)|ICP备|公网安备|网站标识码|网站(?:监督|纠错)|版权所有|"   # a site's footer
                       # a WeChat article's own lines: 点击蓝字关注我们, 阅读原文, 来源：/ 编辑：/ 审核： (its byline), 分享到朋友圈
                       r"点击(?:上方)?蓝字|关注我们$|^\s*阅读原文\s*$|^\s*(?:来源|编辑|审核|责编|校对|作者|排版|供稿|初审|复审|终审)\s*[:：|]"
                       r"|长按(?:识别)?二维码|点(?:个)?(?:在看|赞)|^\s*(?:在看|点赞|分享|收藏)\s*$")
# the template's four columns, under which an indicator table printed without a header of its own is read
IMPLIED_HEADS = ("一级指标", "二级指标", "三级指标", "指标值")
# a page's breadcrumb line above a copied table ('首页 > 政务公开 > …', '当前位置：…')
PAGE_CRUMBS = re.compile(r"^\s*(?:首页|网站首页|当前位置|您的位置|你的位置|您当前的位置|您现在所在的位置)\s*[>＞»›/:：]|"
                         # a disclosure page's index rows ('索引号: … 组配分类: …', '发布机构: …', '文号:'), printed
                         # once or twice above the article, and the site's menu bullets ('• 设为首页|')
                         r"^\s*(?:索引号|发布机构|组配分类|主题分类|发布日期|发文日期|成文日期|公开方式|公开范围|文号)\s*[:：]|"
                         r"^\s*[•·]\s*(?:设为首页|加入收藏|长辈版|无障碍|繁体|English)|"
                         # a page's raw meta tags printed as text ('〈meta name=“ArticleTitle” content=“…”〉')
                         r"^\s*[〈<＜]\s*meta\s")
POLARITY = re.compile(r"(?:正向|反向|定性|定量)(?:指标)?")
STANDARD_CELL = re.compile(r"(?:计划|行业|历史|其他|经验|国家|地方|参考)标准")
# a 评(扣)分标准 cell: how the target is scored ('未达指标值酌情扣分', '完成得满分，未完成不得分'), never a name or a target
SCORING_RULE = re.compile(r"[^|]{0,30}?(?:酌情扣分|按比例扣分|扣\d*(?:\.\d+)?分|不得分|得满分)[。.]?")
DESCRIPTION = re.compile(r"反映|用于反映|考察|衡量")          # an indicator's explanation cell
_UNIT_LIST = ("%", "％", "‰", "元", "万元", "千元", "亿元", "个", "人次", "人", "次", "年", "月", "个月", "天", "日", "小时", "周",
              "项", "家", "台", "套", "公里", "千米", "米", "亩", "吨", "户", "所", "篇", "份", "册", "场", "期", "批", "分",
              "件", "辆", "座", "处", "株", "棵", "平方米", "㎡", "立方米", "学时", "课时", "床", "间", "条", "张", "本",
              "公斤", "千克", "斤", "头", "只", "名", "位", "门", "班", "村", "起", "例", "盏", "栋", "幢", "块",
              "艘", "枚", "盒", "箱", "袋", "瓶", "趟", "M", "m", "km", "KM", "kg", "t", "厘米", "毫米", "公顷", "万亩",
              "平方公里", "万吨", "千瓦", "千瓦时", "百分比", "百分点")
_UNITS = "|".join(sorted(map(re.escape, _UNIT_LIST), key=len, reverse=True))      # longest first: 个月 before 个
UNIT_WORD = re.compile(rf"(?:{_UNITS})(?:/(?:{_UNITS}|[\u4e00-\u9fff]{{1,3}})(?:·[\u4e00-\u9fff])?)?")
_OP = r"(?:>=|<=|[≥≤<>=＜＞≈≧≦﹦═]|大于等于|小于等于|不低于|不高于|不少于|不多于|不超过|不大于|不小于|大于|小于|等于|约)"
VALUE_TEXT = re.compile(rf"{_OP}?\s*[-+]?(?:\d[\d,.]*|\*+)\s*(?:[^\d\s]{{0,8}})|{_OP}\s*\S{{1,10}}")


# 一级 words a template prints without '指标' ('产出 | 数量指标', '项目效益'): the current template's words. (Not the
# '…目标' wordings — '(2)质量目标:合格率100%' is a goal's own item, never a level word that ends it.)
LEVEL_ALIAS = {"产出": "产出指标", "效益": "效益指标", "项目产出": "产出指标", "项目效益": "效益指标"}


@lru_cache(maxsize=8192)
def _bare(text: str) -> str:
    t = re.sub(r"\s", "", normalize(text))
    t = re.sub(r"[（(]或[^）)]*[)）](?=.)", "", t)          # '预算(或投资规模)控制指标' → '预算控制指标'
    t = re.sub(r"[（(][^）)]*[)）]分?$|[（(][^）)]*$", "", t)       # '成本指标(0-20)分' → '成本指标'
    if t in LEVEL_ALIAS:
        return LEVEL_ALIAS[t]
    if t.endswith("等") and t[:-1] in _LEVEL_SET:
        return t[:-1]                # '服务对象满意度指标等': the template's 'and the like' after a level word
    if t.endswith("值") and (t[:-1] + "指标" in _LEVEL_SET):
        return t[:-1] + "指标"       # a template whose level words end in 值 ('产出值', '数量值', '经济效益值')
    return t


def weak_level2(text: str) -> bool:
    """An older 二级 wording without '指标' (经济效益, 产出数量, 满意度): a 二级 cell or an indicator's name, by its row."""
    t = _bare(text)
    return t in LEVEL2_CANON and not t.endswith("指标") and len(t) >= 3      # not 数量 / 质量: budget columns too


# what a self-evaluation's 实际完成值 cell says of a target ('达成预期指标', '基本达到预期指标'): a result, never a level word
_DONE = re.compile(r"(?:已|未|基本|全部|均|全面)?(?:达成|达到|完成|实现|超过|超额完成)")
# … and such a cell whole ('达成预期指标', '已完成年度目标', '基本达到预期目标'): the kind 'done', a result only
DONE_CELL = re.compile(r"(?:已|未|基本|全部|均|全面)?(?:达成|达到|完成|实现|超额完成)了?(?:预期|年度|既定|计划|绩效)?(?:指标|目标)值?")


@lru_cache(maxsize=8192)
def level_word(text: str) -> str | None:
    """'L1' (产出/效益/满意度指标), 'L12' (成本指标), 'L2' (数量指标 … and other short '…指标'), else None."""
    t = _bare(text)
    if t in LEVEL1:
        return "L1"
    if t in LEVEL12:
        return "L12"
    if t in LEVEL2 or t in LEVEL2_CANON and t.endswith("指标") or COMBINED_BENEFIT.fullmatch(t):
        return "L2"
    if (t.endswith("指标") and 4 <= len(t) <= 14 and not re.search(r"[\d：:，,。、%]|不|此|该|本项目|适用", t)
            and column_role(t) is None and not POLARITY.fullmatch(t) and not re.search(r"[一二三]级|绩效指标|年度|中长期|长期", t)
            and not _DONE.match(t)):
        return "L12"         # a level word the lexicon does not know (实施效果指标): 一级 or 二级, by its column
    return None


def canon_levels(level1: str, level2: str) -> tuple[str, str]:
    """The current template's (一级, 二级) for what a table printed: older 二级 wordings mapped, a 一级 that
    is missing or cannot stand over the 二级 taken from the 二级 (数量指标 → 产出指标)."""
    l1, l2 = _bare(level1), _bare(level2)
    if l2 in LEVEL1_AS_LEVEL2 and l1 == l2:
        return l1, LEVEL1_AS_LEVEL2[l2]      # the 一级 word printed again in the 二级 column (满意度指标 | 满意度指标)
    if l2 in LEVEL1:
        return l2, level2           # a 二级 column that holds 一级 words (产出指标 / 效益指标): kept as written
    if l2 in LEVEL2_CANON:
        l1, l2 = LEVEL2_CANON[l2]
    if COMBINED_BENEFIT.fullmatch(l2):
        return "效益指标", l2
    want = LEVEL1_OF.get(l2)
    if want and l1 != want and not (l1 == "成本指标" and l2.endswith("成本指标")):
        if not (want == "产出指标" and l2 == "成本指标" and l1 == "成本指标"):
            l1 = want
    return l1 or level1, l2 or level2


@lru_cache(maxsize=8192)
def column_role(text: str) -> str | None:
    """The role of an indicator-table header cell ('指标值及单位' → value, '2021年实际实现值' → actual)."""
    t = re.sub(r"[\s:：*★＊]", "", normalize(text))
    if _SCORING_HEAD.fullmatch(t):
        return "standard"                 # '评(扣分标准)': the scoring column, its word in brackets
    t = re.sub(r"(?:[（(][^）)]*[)）])+$", "", t)      # '二级指标(长期)', '权重(%)', '年初目标值(A)（年度）'
    for role, pat in _COLUMN_RES:
        if pat.fullmatch(t):
            return role
    return None


@lru_cache(maxsize=8192)
def budget_role(text: str) -> str | None:
    t = re.sub(r"[\s:：*★＊]", "", normalize(text))
    t = re.sub(r"[（(][^）)]*[)）]$", "", t)
    for role, pat in _BUDGET_RES:
        if pat.fullmatch(t):
            return role
    return None


def fit(role: str, kind: str, text: str = "") -> float | None:
    """How well a cell of that kind sits in that column (None: it cannot)."""
    if kind == "empty":
        return 0.0
    score = CELL_FIT.get(role, {}).get(kind)
    if score is not None and role == "score":
        try:
            if float(normalize(text).replace(",", "")) > SCORE_MAX:
                return 0.2
        except ValueError:
            return None
    return score

"""Form labels: which field a label names, whatever the region's wording. Pure functions.

Fields are found by their LABELS, never by cell position. A label is normalised
(spaces, colons, "（万元）"/"（年月）"/"(签字)" removed) and matched against the
wordings below; the money unit written in the label ("（元）" vs "（万元）") is kept
as a factor to 万元.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..textnum import normalize

# key -> wordings (regex, matched against the whole normalised label). Order matters: specific first.
# the bare 绩效目标 of a form with one goal cell ('(?<!…)' / '(?!…)': in prose it is the object of a verb or the head
# of a longer noun — '对照绩效目标做好监控', '项目绩效目标自评,意见收集人:…' — and no label)
GOAL_CATCH_ALL = r"(?<!对照|按照|根据|围绕|实现|设定|达到|完成|分解|细化|申报|支出|确保|年度|有关)绩效目标(?!自评|管理|监控|评价|完成|实现|考核|运行|审核|批复|分解|情况)"
FIELD_LABELS: list[tuple[str, str]] = [
    ("department+code", r"主管部门(?:[（(]单位[)）])?(?:名称)?及(?:其)?(?:主管)?(?:部门)?(?:预算)?(?:编码|代码)|主管单位及(?:其)?(?:编码|代码)"),
    ("department_head+phone", r"主管部门负责人及(?:其)?联系(?:电话|方式)"),
    ("department_phone", r"主管部门联系(?:电话|方式)"),
    ("department_head", r"主管部门负责人"),
    ("department_code", r"主管部门(?:预算)?(?:编码|代码)|部门(?:预算)?(?:编码|代码)"),
    ("department", r"(?:[省市县区]级|区县|县区|县市区?|市县|地方)?(?:项目|业务)?主管(?:预算)?部门(?:名称)?|(?:项目)?主管单位|一级预算单位|预算部门|部门名称|实施部门"),
    # 中央主管部门 of a central transfer payment names the ministry above the 地方主管部门: no field of the form
    # 自治区主管部门 of a region's transfer names the region's department above the 市县主管部门: no field either
    ("none", r"中央主管部门|自治区主管部门|(?:[一二]级)?(?:项目|专项)(?:编码|代码|编号)|补助(?:项目)?\s*[/／]?\s*区域"),   # a project's code: no field of the form
    # the organisations around a project that are not its 实施单位 ('组织实施单位 | 省文物局', '监督管理单位 | 市文旅局'), the
    # programme a 二级项目 belongs to ('一级项目名称'), and a provincial template's cells of no field ('其他依据',
    # '需要说明的其他问题', '保证项目实施的制度措施'): labels of no field, so that a value before them ends there
    ("none", r"组织实施单位|监督管理单位|一级项目名称|其他依据|需要说明的其他问题|保证项目实施的制度措施"),
    # a central transfer's own money ('其中:中央财政资金 | 2118'): a source of the funds, not the year's appropriation
    ("none", r"中央(?:财政)?(?:资金|补助(?:资金)?)|地方资金|[省市县区]级财政(?:资金|补助(?:资金)?)"),
    ("unit_head+phone", r"(?:项目|实施|预算)?(?:单位)?负责人及(?:其)?(?:联系)?(?:电话|方式)|项目联系人及(?:联系)?电话"),
    ("unit_head", r"(?:项目|实施|预算)?单位负责人|项目负责人|项目联系人|负责人姓名|(?:项目|单位)责任人"),
    ("unit+head", r"(?:项目)?(?:实施|执行|承担)?单位(?:及(?:其)?|[/／](?:项目)?)(?:负责人|责任人)|(?:项目)?实施部门及(?:其)?(?:负责人|责任人)"),   # '项目实施单位/项目负责人' too     # '昌吉职业技术学院 庄业强'
    # a bare 联系人 is whoever answers questions about the form (often its filler), not the 负责人: no field, and a
    # 联系电话 after it is that person's (assemble.assign_field); 项目联系人 names the project's person (above)
    ("contact+phone", r"联系人及(?:其)?(?:联系)?(?:电话|方式)|联系人(?:电话|手机)"),
    ("contact", r"联系人(?:姓名)?"),
    ("phone", r"联系电话|联系方式|电话"),
    ("phone", r"负责人电话"),          # apart: a search for the one above still finds 电话 after 项目负责人
    # the unit that files the form, printed above it ('填报单位(盖章):某市某镇人民政府', '预算单位: 某县某乡人民政府'):
    # the unit unless the form's own 实施单位 / 项目单位 names it otherwise (assemble.build_form), as the real forms' gold reads it
    ("filer_unit", r"预算单位(?:名称)?|申报单位(?:名称)?|填报单位(?:名称)?"),
    ("unit", r"项目单位(?:名称)?|(?:项目)?(?:实施|执行|承担)单位(?:名称)?|实施主体|单位名称|资金使用单位|用款单位|"
             r"下达(?:地方或)?单位|单位信息"),     # 下达地方或单位: a 发改 中央预算内投资 form's receiving unit
    ("unit_functions", r"(?:部门|单位)(?:相应|主要)?职能(?:职责)?(?:概述|简介)?|主要职能|职能概述"),
    ("function_code", r"(?:预算)?(?:支出)?功能(?:分类)?科目(?:编码|代码)?|支出功能分类|预算科目(?:编码|代码)?|政府收支分类科目|"
                      r"(?:财政资金)?科目(?:编码|代码)"),
    ("attribute", r"(?:项目|专项)属性|项目性质"),
    ("attribute?", r"项目类别|项目类型"),
    ("period", r"(?:项目|专项)(?:实施)?起止(?:时间|日期|年月)|(?:项目)?(?:实施|执行)?期限|实施周期|项目周期|(?:项目)?(?:支出)?实施期|"
               r"项目执行期|起止(?:时间|年月)|建设周期|项目期|(?:项目)?实施时间|(?:项目)?(?:计划)?建设(?:时限|期限)"),
    ("start", r"(?:项目)?(?:实施)?(?:开始|起始)(?:时间|日期|年月|年度|年份)"),
    ("end", r"(?:项目)?(?:实施)?(?:结束|完成|终止|到期)(?:时间|日期|年月|年度|年份)"),
    ("overview", r"(?:项目|专项)(?:总体)?概况(?:及(?:立项)?依据)?|项目实施内容|项目(?:主要)?内容(?:及概况)?|主要内容|项目简介|项目概述(?:[和及与]内容)?|项目基本概况|(?:项目)?建设内容"),
    ("basis", r"(?:项目|专项)?立项(?:的)?依据|政策依据|项目(?:设立)?依据|项目审批(?:文件|依据)?"),
    ("necessity", r"(?:项目)?(?:实施|设立|申报)?(?:的)?必要性(?:及|和|与)?(?:可行性)?|(?:项目申报的)?可行性"),
    ("funding.total", r"(?:项目|下达)?资金总额|(?:项目)?资金额度|年度(?:预算|财政)?资金总额|财政资金总额|年度金额|项目总金额|项目总预算|总金额|预算总额|项目总投资|资金合计|涉及资金|资金数额|项目金额及资金来源|"
                      r"(?:本次)?下达(?:中央)?预算内投资(?:计划)?|"
                      r"(?:[省市县区]级)?(?:部门)?支出预算总量|年度本级预算金额|年度预算安排|项目金额|(?:项目)?预算金额|(?:本年度?)?预计投入|预算数|中期[省市县区]?(?:财政)?(?:预算(?:资金)?|资金总额)"),
    ("funding.carryover", r"上年度?(?:项目)?(?:资金)?(?:结余)?结转(?:结余)?(?:资金)?|结转(?:结余)?资金"),
    ("funding.current_year", r"本年度?(?:财政)?预算(?:资金|金额)?|本年度?(?:财政)?拨款|当年财政拨款|本级预算(?:金额)?|"
                             r"本年度申请(?:金额)?|本年度申请[省市县区]?(?:财政)?(?:预算)?(?:资金|金额)|(?:项目)?当年(?:年度)?预算(?:资金|金额|数)?|当年度(?:预算)?金额|一、预算(?:内)?资金|财政拨款(?:数|资金)?(?:小计)?|(?:本年度?|当年)?(?:[省市县区]级|[省市县区]?本级)?财政资金|"
                             r"(?:当年)?一般公共预算(?:资金|拨款)?"),     # 一、预算资金: the first item under 资金总额 (a bare 预算资金 heads a budget column)
    ("funding.other", r"本年度?安排(?:的)?其[他它]资金(?:申请)?|(?:当年|本年度?)?其[他它]资金|(?:单位)?自筹资金|单位自筹|自有资金|其[他它]收入"),
    ("filler+phone", r"(?:填报人|填表人|经办人)及(?:其)?(?:联系)?(?:电话|方式)"),
    ("filler", r"填报人|填表人|经办人"),
    ("fill_date", r"填报日期|填表日期|填报时间|填表时间|申报日期|申报时间|编制日期|编报(?:时间|日期)|上报(?:时间|日期)"),
    ("year", r"(?:预算|申报)?年度"),
    ("project_name", r"(?:项目|专项)(?:支出)?名称|二级项目名称|政策名称|(?:专项)?资金名称|转移支付(?:[（(]?项目[)）]?)?名称"),
    # '(?!值)': '年度目标值' / '中长期目标值' head an indicator table's value column, no goal's label
    # (in a sentence, a goal word after 对照 / 按照 … or before 完成情况 is the object or the subject of a report's
    # sentence — '对照总体绩效目标,该资金项目已按照计划完成目标', '(三)总体绩效目标完成情况分析' — no label)
    ("goals.long_term", r"(?<!对照|按照|根据|围绕|实现|达到|完成|确保)(?:(?:项目|专项)?中长期(?:绩效)?目标|总体绩效目标|实施期(?:绩效)?目标|"
                        r"(?:专项)?长期(?:绩效)?目标|中期(?:绩效|滚动)?目标|"
                        # the whole project's or period's goal beside the year's ('项目总目标 | 年度总体目标',
                        # '实施周期总目标(2022年--2024年) | 年度目标'): the 中长期 goal of a parallel layout
                        r"(?:项目|实施周期)总(?:绩效)?目标)(?!值|完成情况|实现情况|完成度)"),
    # (after 确保 / 实现 … the year's goal is a sentence's object: '确保年度绩效目标如期实现' — no label)
    ("goals.annual", r"(?<!对照|按照|根据|围绕|实现|达到|完成|确保)(?:专项|项目)?[本当]?年度(?:总体)?(?:绩效)?总?目标(?!值)|当年(?:整体)?(?:绩效)?目标(?!值)|年度主要目标(?:和成果)?|(?:年度)?预期(?:绩效)?目标(?!值)|"
                     r"年初设定(?:的)?目标|(?:绩效)?目标总体描述"),     # 目标总体描述: 浙江 项目库's one goal cell     # 年初设定目标: a self-evaluation's column of the year's targets
    # a project's one goal cell ('项目绩效目标 | 全面掌握…'), not a title ('项目绩效目标表', '…绩效目标自评') nor the heading
    # over 中长期/年度 goal labels or a list of what it holds ('项目绩效目标(含项目概况…)')
    ("goals.annual", r"(?:项目|专项)绩效目标(?!表|自评|管理|监控|评价|完成|实现|考核|运行|审核|批复|设定|申报|中?长期|年度|[(（])"),
    # a form with one goal cell; not cut at in a flattened dump
    ("goals.annual", GOAL_CATCH_ALL),
]
LABEL_NAMES = {"project_name": "项目名称", "department": "主管部门", "department_code": "部门编码",
               "department_head": "主管部门负责人", "department_phone": "主管部门电话", "unit": "实施单位", "filer_unit": "填报单位",
               "unit_head": "项目负责人", "unit_phone": "联系电话", "phone": "联系电话", "filler": "填报人",
               "function_code": "功能科目编码", "period": "起止时间", "start": "开始时间", "end": "结束时间",
               "fill_date": "填报日期", "year": "年度", "attribute": "项目属性", "funding.total": "资金总额",
               "funding.carryover": "上年结转", "funding.current_year": "当年财政拨款", "funding.other": "其他资金",
               "goals.annual": "年度目标", "goals.long_term": "中长期目标", "overview": "项目概况", "basis": "立项依据",
               "necessity": "必要性", "unit_functions": "部门职能"}
_FIELD_RES = [(k, re.compile(p)) for k, p in FIELD_LABELS]

SECTION_RE = re.compile(
    r"(?:项目|专项)?(?:单位)?基本(?:情况|信息)|项目情况|(?:项目|专项)?资金(?:投入)?(?:来源|构成|情况)?(?:（万?元）)?|(?:项目)?预算明细|"
    r"(?:项目)?(?:总体|绩效)目标|(?:项目)?绩效指标|(?:中长期|长期|年度|本年度)?(?:绩效)?指标|(?:项目)?立项情况|项目单位基本情况|"
    r"填报说明|备注|审核意见|.*(?:签字|签章|盖章)|保障(?:绩效)?目标实现(?:的)?措施|(?:项目|专项)?实施(?:进度)?计划")

# Table column roles ---------------------------------------------------------------
BUDGET_NAME_RE = re.compile(r"明细(?:项目)?(?:名称)?|(?:支出|开支|费用|预算)(?:明细)?(?:项目|内容|名称)|支出明细|项目明细|用途|"
                            r"(?:明细)?项目(?:名称|内容)|名称|内容|经济分类")
BUDGET_AMOUNT_RE = re.compile(r"(?:预算|申请)?(?:金额|资金)|(?:申请)?预算数|资金(?:数额|额度)?|(?:合计)?金额(?:合计)?")
BUDGET_PERIOD_RE = re.compile(r"(?:起止|实施|执行)?(?:时间|年月|期限)")
BUDGET_START_RE = re.compile(r"(?:开始|起始)(?:时间|年月)")
BUDGET_END_RE = re.compile(r"(?:结束|完成)(?:时间|年月)")
TOTAL_ROW_RE = re.compile(r"合计|小计|总计")
NUMBER_RE = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?")   # a number as printed: 1,785,600 / 178.56
UNIT_ENDINGS = (r"(?:局|中心|站|院|委员会|委|办公室|办|所|学校|中学|小学|幼儿园|馆|会|厅|部|部门|队|处|司|社|场|政府|公司|"
                r"集团|党校|科|股|室|联合社|协会|学会|基金会|团|军分区|法院|检察院|残联|妇联|侨联|文联|工商联|社科联|科协)")   # how a unit's name ends

IND_ROLES: list[tuple[str, re.Pattern]] = [
    ("level1", re.compile(r"一级指标(?:名称)?")),
    ("level2", re.compile(r"二级指标(?:名称)?")),
    ("name", re.compile(r"三级指标(?:名称)?|指标名称|指标内容|具体指标")),
    ("op", re.compile(r"指标方向|运算符(?:号)?|比较符|符号|指标性质|值类型")),
    ("unit", re.compile(r"(?:度量|计量|指标)?单位")),
    ("value", re.compile(r"(?:年度|本年度|中长期|长期|当年|实施期)?(?:绩效|预期|计划)?(?:指标|目标)?"
                         r"(?:指标值|目标值|预期值|计划值|期望值)(?:及单位)?|当年预期实现值|本年度计划水平|数值|值")),
]

OP_WORDS = [
    (re.compile(r"^(?:≥|>=|≧|大于等于|不低于|不少于|不小于)$"), "≥"),
    (re.compile(r"^(?:≤|<=|≦|小于等于|不高于|不多于|不大于|不超过)$"), "≤"),
    (re.compile(r"^(?:=|＝|等于)$"), "="),
    (re.compile(r"^﹦$"), "﹦"),          # the small equals sign some templates print: kept as printed
    (re.compile(r"^═$"), "═"),          # a font's equals sign that a PDF or page gives as the box-drawing '═': kept as printed
    (re.compile(r"^(?:>|＞|大于)$"), ">"),
    (re.compile(r"^(?:<|＜|小于)$"), "<"),
]


def clean_cell(text: str) -> str:
    """Cell text as written, trimmed; runs of blank lines collapsed."""
    t = str(text or "").replace("\r", "\n").replace("\u3000", " ").replace("\xa0", " ")
    t = re.sub(r"\n\s*\n+", "\n", t)
    return t.strip()


@lru_cache(maxsize=8192)
def norm_label(text: str) -> tuple[str, float]:
    """('主管部门及主管部门编码', 1.0) from '主管部门及主管\n部门编码：'; the factor is 1e-4 for 元 labels."""
    t = normalize(text)
    factor = 1.0
    t = re.sub(r"[（(]((?:单位[:：]?)?(?:万元|元|万|亿元|千元))$", r"(\1)", t)   # a unit note whose closing bracket was lost
    # ('项目资金（万元': OCR leaves out a bracket wrapped alone onto the cell's next line) — a unit only: any other open
    # bracket at a label's end ("主管部门(编码/支出项目") is text cut short, not a note
    for paren in re.findall(r"[（(]([^）)]*)[）)]", t):
        if re.search(r"(?<!万)元", paren):
            factor = 1e-4
    t = re.sub(r"[（(][^）)]*[）)]", "", t)
    t = re.sub(r"[\s:：*★＊]", "", t)
    t = re.sub(r"^其中", "", t)
    return unbracket_heading(t), factor


_HEADING_BRACKETS = re.compile(r"^【([^【】]{2,20})】$")


def unbracket_heading(t: str) -> str:
    """'【项目概况】' → '项目概况': a label printed as a heading in 【】 is the label."""
    return _HEADING_BRACKETS.sub(r"\1", t)


@lru_cache(maxsize=8192)
def field_of(text: str) -> str | None:
    """The field key a label names, or None. Long texts are never labels."""
    if not text or len(text) > 40:
        return None
    if _UNIT_AND_DEPARTMENT.fullmatch(re.sub(r"[\s:：*★＊]", "", normalize(text))):
        return "unit+department"
    lab, _ = norm_label(text)
    if not lab or len(lab) > 20:
        return None
    for key, pat in _FIELD_RES:
        if pat.fullmatch(lab):
            if key.startswith("goals.") and _CONTAINS.search(text):
                return None      # '项目绩效目标(含项目概况、设立依据、必要性及预期目标)': a heading over labelled items
            return key
    for key, pat in CELL_LABELS:
        if pat.fullmatch(lab) and not _NUMBERED_HEADING.match(text):
            return key
    return None


# labels taken only as a cell of their own (a grid's or a line's label cell), never searched for inside a text: words
# that are a label in a form's cell ('项目预算 | 63 | 项目类型 | …') and a word of a sentence in a report ('项目预算861万元,
# 年中增加…'), whose amount is the report's
# (a bare 部门 heads the department's own row of a whole-department sheet, '部门 | 某县某中心'; inside a text it is a word
# of 财政部门, 主管部门, 部门职能 …)
CELL_LABELS = [("funding.total", re.compile(r"项目预算")), ("department", re.compile(r"部门"))]
_NUMBERED_HEADING = re.compile(r"\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、．])")   # '(二)项目预算': a section


# one cell naming the unit that carries the project out and the department over it ('实施(主管)单位 | 314002-某局'): both
# fields, the code the department's (the word in brackets is the label's own: read before brackets are taken out)
_UNIT_AND_DEPARTMENT = re.compile(r"(?:项目)?实施[（(]主管[)）]单位|主管[（(]实施[)）]单位")
_CONTAINS = re.compile(r"[（(]\s*(?:含|包括)[^）)]*[）)]")


_LABEL_WORDS = (r"(?:资金|金额|总额|名称|单位|部门|日期|时间|期限|意见|情况|依据|目标|概况|内容|措施|计划|属性|类别|性质|"
                r"负责人|电话|编码|代码|科室|科目|投入|来源|分类|审批|执行率|分值|综述)")
_LABEL_END = re.compile(_LABEL_WORDS + "$")
LABEL_TAIL = re.compile(_LABEL_WORDS)          # one of them alone: a label's tail, never a value


@lru_cache(maxsize=8192)
def looks_label(text: str) -> bool:
    """A label, known (field_of) or not ('该项目支出上级资金', '归口科室'): short, no digits or sentence marks,
    ending like a label does; never a section heading."""
    if field_of(text):
        return True
    lab = norm_label(text)[0]
    return (2 <= len(lab) <= 14 and bool(_LABEL_END.search(lab)) and not re.search(r"[\d，。；;,、]", lab)
            and not is_section(text) and not _PLACE.search(lab))


_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,}?[省市县区州旗镇乡](?![级本])")   # '呼伦贝尔市…实施计划' names a place: a value


@lru_cache(maxsize=8192)
def is_section(text: str) -> bool:
    lab, _ = norm_label(text)
    return bool(lab) and len(lab) <= 20 and bool(SECTION_RE.fullmatch(lab))


@lru_cache(maxsize=8192)
def money_factor(text: str) -> float | None:
    """1e-4 when a header/section says the amounts are in 元, 1.0 for 万元, None when it says nothing."""
    t = normalize(text)
    if re.search(r"万元", t):
        return 1.0
    if re.search(r"[（(（:：]\s*元\s*[)）]?|单位[:：]?\s*元", t):
        return 1e-4
    return None


@lru_cache(maxsize=8192)
def ind_role(text: str) -> str | None:
    lab, _ = norm_label(text)
    for role, pat in IND_ROLES:
        if pat.fullmatch(lab):
            return role
    return None


@lru_cache(maxsize=8192)
def scope_hint(text: str) -> str | None:
    t = normalize(text)
    if re.search(r"中长期|长期|实施期|实施周期|总体", t):
        return "long_term"
    if re.search(r"年度|本年|当年", t):
        return "annual"
    return None


# Values ----------------------------------------------------------------------------
_PHONE = re.compile(r"(?:\d[\d*＊\-－—\s]{5,}[\d*＊]|1\d{2}\*{4}\d{4})")


def split_person_phone(text: str) -> tuple[str, str]:
    """'张敏 0473-2760599' → ('张敏', '0473-2760599'); '李杰' → ('李杰', '')."""
    t = clean_cell(text).replace("\n", " ")
    m = re.search(r"[\d*＊(（+]", t)
    if not m:
        return t.strip(), ""
    name = t[:m.start()].strip(" ，,、/;；:：")
    phone = re.sub(r"\s+", "", t[m.start():]).strip("，,、/;；")
    return name, phone


def split_name_code(text: str) -> tuple[str, str]:
    """'渭南市信访局 410001' / '[015001]武汉市…' / '(433)乌海市…' / '820001-井研县…' → (name, code); a marker
    such as '(部门)' after the name is dropped."""
    t = clean_cell(text).replace("\n", " ")
    t = re.sub(r"[（(](?:部门|单位|本级)[)）]\s*$", "", t)
    t = re.sub(r"^(\s*\d{3,})\s*[-－—_]+\s*(?=\D)", r"\1 ", t)
    m = re.match(r"^\s*[\[【(（]?\s*(\d{3,})\s*[\]】)）]?\s*(.+)$", t)
    if m and not re.match(r"\d", m.group(2)):
        return m.group(2).strip(), m.group(1)
    m = re.match(r"^(.*?)[\s/、，,]*[\[【(（]?\s*(\d{3,})\s*[\]】)）]?$", t)
    if m and m.group(1).strip():
        return m.group(1).strip(), m.group(2)
    return t.strip(), ""


_PY = r"(?:[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）])?"      # a mirror's pinyin after a character
_GOAL_MARK = re.compile(
    r"(?:(?:^|(?<=[\s；;。，,]))\s*目标\s*[0-9一二三四五六七八九十]{1,2}\s*[：:、.．]?|"
    rf"目[标標]{_PY}\s*[0-9一二三四五六七八九十]{{1,2}}\s*[：:]|"      # '…亿元目标2:…', '目標(biāo)2:' glued on: the colon marks it
    r"(?:^|(?<=[\n；;。]))\s*(?:[（(]\s*[0-9一二三四五六七八九十]{1,2}\s*[)）]\s*|[0-9]{1,2}\s*[.、．]\s*|"
    r"[一二三四五六七八九十]{1,2}\s*[、.．]\s*|[一二三四五六七八九十]是(?=[\u4e00-\u9fff])))")     # '一是…;二是…' 


# '（2）' inside a line: a goal mark only when it continues the numbering ('（1）A（2）B'), never '培训（2）期' alone
_PAREN_MARK = re.compile(r"[（(]\s*([0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*[)）]")
_CN_DIGITS = "一二三四五六七八九十"


def _mark_number(text: str) -> int | None:
    m = re.search(r"[0-9]{1,2}|[一二三四五六七八九十]{1,2}", text)
    if not m:
        return None
    d = m.group(0)
    return int(d) if d.isdigit() else (_CN_DIGITS.index(d[-1]) + 1 + (9 if len(d) == 2 and d[0] == "十" else 0))


# '2、' after a space inside a line (a cell of numbered goals flattened onto one line: '1、A 2、B 3、C'): a goal mark only
# when it continues the numbering, never '建设2公里 2、' alone nor a decimal ('2.5公里')
_SPACED_MARK = re.compile(r"(?<=\s)(?:[0-9]{1,2}\s*[、．]|[0-9]{1,2}\.(?![0-9])|[一二三四五六七八九十]{1,2}\s*、)\s*")


def _goal_marks(t: str) -> list[re.Match]:
    marks = list(_GOAL_MARK.finditer(t))
    starts = {m.start() for m in marks}
    numbers = [_mark_number(m.group(0)) for m in marks]
    for p in sorted([*_PAREN_MARK.finditer(t), *_SPACED_MARK.finditer(t)], key=lambda m: m.start()):
        if p.start() in starts or not marks and p.start() != 0:
            continue
        before = [n for m, n in zip(marks, numbers) if m.start() < p.start()]
        if before and before[-1] is not None and _mark_number(p.group(0)) == before[-1] + 1:
            k = len(before)
            marks.insert(k, p)
            numbers.insert(k, _mark_number(p.group(0)))
    return marks


def split_goals(text: str) -> list[str]:
    """One string per goal, numbering removed: '目标1：A 目标2：B' / '1.A\n2.B' / '（1）A（2）B' / lines → ['A', 'B']."""
    t = clean_cell(text)
    t = re.sub(r"^\s*目[标標]\s*[：:]\s*(?=\S)", "", t)      # '目标:A' — a lone mark with no number before the goal
    if not t:
        return []
    marks = _goal_marks(t)
    if marks:
        pieces = []
        head = t[:marks[0].start()].strip()
        if head:
            pieces.append(head)
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(t)
            pieces.append(t[m.end():end])
    else:
        pieces = t.split("\n")
    out = []
    for p in pieces:
        p = re.sub(r"\s*\n\s*", "", p).strip()
        if marks and all("目" in m.group(0) or "是" in m.group(0) for m in marks):
            p = p.rstrip("；;:：,， ")          # the separator before the next '目标N:' is no part of the goal
        if p and not re.fullmatch(r"[⋯…。.\s]*", p):
            out.append(p)
    return out


_ITEM_NUMBER = re.compile(r"\s*(?:目[标標]\s*([0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*[：:、.．]?|([0-9]{1,2}|[一二三四五六七八九十]{1,2})"
                          r"\s*[：:、.．]|[（(]\s*([0-9]{1,2})\s*[)）])")


def goal_cells(texts: list[str]) -> list[int] | None:
    """Which of the cells under '预期目标 | 实际完成情况' (a self-evaluation's goal column beside its column of what was
    done, one cell a paragraph, a column a run) are the goal's, told by their numbering: '目标1 / 目标2 / 目标1 / 目标2'
    (or '1. / 2.' after '目标1 / 目标2') — the goal's column printed first, then the other: the first half;
    '目标1 / 目标1 / 目标2 / 目标2' — row by row, target then result: every other cell. Unnumbered cells, an odd count, or
    numbers that fit neither order: None (not guessed)."""
    nums = []
    for t in texts:
        m = _ITEM_NUMBER.match(t)
        nums.append(_mark_number(m.group(1) or m.group(2) or m.group(3)) if m else None)
    n = len(nums) // 2
    if not n or len(nums) % 2 or None in nums:
        return None
    if nums == list(range(1, n + 1)) * 2:
        return list(range(n))
    if nums == [k // 2 + 1 for k in range(2 * n)]:
        return list(range(0, 2 * n, 2))
    return None


_CHECKED = "☑✓✔√■●▣☒"
_UNCHECKED = "□☐口○"
_ATTR_TOKEN = re.compile(rf"[{_CHECKED}{_UNCHECKED}]|(?<=[目项])R|(新增|延续|持续|续)(?:性)?(?:项目|专项)?")


def parse_attribute(text: str, boxes_told: bool = True) -> str:
    """'新增' / '延续' from the cell, including check boxes before or after the words ('☑新增 □延续',
    '持续性项目■ 新增性项目口', '延续专项√新增专项□'); '' when neither or unclear. ``boxes_told`` False (a cell read by
    OCR, whose recogniser reads a ticked box as 口 too, or drops it: '☑新增 □延续' comes back '新增口延续'): a box read
    as not ticked tells nothing, only a tick read as one does."""
    t = re.sub(r"\s", "", normalize(text))
    if t in ("新", "新项目"):
        return "新增"
    if t in ("续", "延续项目", "持续"):
        return "延续"
    tokens = [(m.group(1) and ("延续" if m.group(1) in ("持续", "续") else m.group(1)), m.group(0))
              for m in _ATTR_TOKEN.finditer(t)]
    words = [w for w, _ in tokens if w]
    if not words:
        return ""
    marks_first = not tokens[0][0]
    options: list[tuple[str, str]] = []    # (word, its mark)
    for k, (w, raw) in enumerate(tokens):
        if not w:
            continue
        near = tokens[k - 1] if marks_first and k > 0 else tokens[k + 1] if not marks_first and k + 1 < len(tokens) else None
        options.append((w, near[1] if near is not None and not near[0] else ""))
    checked = {w for w, m in options if m and m in _CHECKED}
    unchecked = {w for w, m in options if m and m in _UNCHECKED}
    if len(checked) == 1:
        return checked.pop()
    named = {w for w, _ in options}
    if len(named) == 2 and len(unchecked) == 1 and boxes_told:       # the box not ticked names the other
        return (named - unchecked).pop()
    if len(named) == 1 and not unchecked:
        return named.pop()
    return ""


def op_of(text: str) -> str | None:
    t = normalize(text).replace(" ", "")
    for pat, sym in OP_WORDS:
        if pat.match(t):
            return sym
    return None


def year_in_title(text: str) -> int | None:
    m = re.search(r"((?:19|20)\d\d)\s*年度", normalize(text))
    return int(m.group(1)) if m else None


# the rest of a report's heading that a label word opens ('(二)项目绩效目标设立情况。', '…完成情况分析'): words ending in
# 情况 / 分析 (and a contents line's '…情况及绩效评价结果说明'), then its stop or the line's end — the label is a word of
# the heading, and the heading has no value
HEADING_REST = re.compile(r"[\u4e00-\u9fff]{0,6}(?:情况|分析)(?:[及和与][\u4e00-\u9fff]{0,10}说明)?(?:[。：:]|\s*$|\s*\n)")

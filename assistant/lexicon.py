"""Word lists and code tables the rules use, as data."""
from __future__ import annotations

from .lazyre import lazy

REQUIRED_FIELDS = {
    "project_name": "项目名称", "department": "主管部门", "unit": "项目单位（实施单位）",
    "function_code": "预算功能科目", "attribute": "项目属性", "start": "项目实施开始时间",
    "end": "项目实施结束时间", "overview": "项目概况", "basis": "项目立项依据",
    "necessity": "项目实施必要性及可行性", "funding.total": "项目资金总额",
}

# Direction words with no measurable target (88号文 "细化量化"; 赤峰审计局 cites them as defects).
VAGUE_WORDS = lazy(
    r"有效|明显|显著|进一步|稳步|逐步|不断|大幅|有所|较大|较好|得到|"
    r"加强|提升|提高|改善|增强|完善|推进|优化|促进|巩固|深化|强化|好转|发挥")
# Qualitative targets that are measurable states (graded or yes/no).
QUALITATIVE_OK = lazy(
    r"^(?:优|良|中|差|优秀|良好|合格|达标|达到|基本达到|未达到|是|否|有|无|完成|已完成|按时完成|按期完成|"
    r"全覆盖|不间断|全年不间断|长期|长期有效|正常运行|稳定运行|符合.*|满足.*|通过.*|无.*事故.*|零.*)$")

# Output indicators that only restate spending (财预〔2021〕101号: 资金投入类内容不作为产出指标).
INPUT_AS_OUTPUT = lazy(r"资金到位率|预算执行率|资金执行率|支出进度|预算支出率|资金支出率|资金支付率|执行进度|预算完成率")

# Rates that may legitimately exceed 100%.
GROWTH_WORDS = lazy(r"增长|增幅|增速|提高|增加|提升|上升|同比|环比")

# Per-unit cost names: not parts of the whole.
PER_UNIT_COST = lazy(r"人均|单价|平均|每|生均|户均|亩均|次均|单位|单个|单台|单套|单项|单次|标准")
TOTAL_COST = lazy(r"总成本|总额|总投资|总费用|成本总|费用总|总经费|项目成本")

MIN_SATISFACTION = 80.0
MONEY_TOLERANCE = 0.005  # 万元

# 支出功能分类 类 (first three digits), as published in 《政府收支分类科目》.
FUNCTION_CLASSES = {
    "201": "一般公共服务支出", "202": "外交支出", "203": "国防支出", "204": "公共安全支出",
    "205": "教育支出", "206": "科学技术支出", "207": "文化旅游体育与传媒支出", "208": "社会保障和就业支出",
    "209": "社会保险基金支出", "210": "卫生健康支出", "211": "节能环保支出", "212": "城乡社区支出",
    "213": "农林水支出", "214": "交通运输支出", "215": "资源勘探工业信息等支出", "216": "商业服务业等支出",
    "217": "金融支出", "218": "（预留）", "219": "援助其他地区支出", "220": "自然资源海洋气象等支出",
    "221": "住房保障支出", "222": "粮油物资储备支出", "223": "国有资本经营预算支出",
    "224": "灾害防治及应急管理支出", "225": "（预留）", "226": "（预留）", "227": "预备费",
    "228": "（预留）", "229": "其他支出", "230": "转移性支出", "231": "债务还本支出",
    "232": "债务付息支出", "233": "债务发行费用支出",
}

# Common 项 codes whose names can be stated reliably.
FUNCTION_ITEMS = {
    "2010301": "政府办公厅（室）及相关机构事务 行政运行", "2010302": "政府办公厅（室）及相关机构事务 一般行政管理事务",
    "2010303": "政府办公厅（室）及相关机构事务 机关服务", "2010308": "信访事务",
    "2010350": "政府办公厅（室）及相关机构事务 事业运行", "2010399": "其他政府办公厅（室）及相关机构事务支出",
    "2010601": "财政事务 行政运行", "2010602": "财政事务 一般行政管理事务", "2010801": "审计事务 行政运行",
    "2050201": "学前教育", "2050202": "小学教育", "2050203": "初中教育", "2050204": "高中教育",
    "2050205": "高等教育", "2050299": "其他普通教育支出", "2070101": "文化和旅游 行政运行",
    "2080501": "行政单位离退休", "2080502": "事业单位离退休", "2080505": "机关事业单位基本养老保险缴费支出",
    "2080801": "死亡抚恤", "2081901": "城市最低生活保障金支出", "2081902": "农村最低生活保障金支出",
    "2100408": "基本公共卫生服务", "2100409": "重大公共卫生服务", "2101101": "行政单位医疗",
    "2101102": "事业单位医疗", "2101103": "公务员医疗补助", "2120501": "城乡社区环境卫生",
    "2130101": "农业农村 行政运行", "2210201": "住房公积金", "2210202": "提租补贴", "2210203": "购房补贴",
}

# 款 whose 项 01 is not 行政运行 (e.g. 2050201 学前教育, 2081901 城市最低生活保障金).
ITEM_01_NOT_ADMIN = {"20306", "20502", "20503", "20508", "20509", "20805", "20807", "20808", "20810", "20819", "20820",
                     "20821", "20826", "20827", "21002", "21003", "21004", "21011", "21012", "21013", "21103",
                     "21205", "21208", "22101", "22102"}
BASIC_SPENDING_ITEMS = {"01": "行政运行", "50": "事业运行"}

# --- catalogue v2 (spec/findings.md "Catalogue v2") ----------------------------------------------

# Units by what they measure (indicator_unit_mismatch). A value's unit is classed by its first part
# (元/人 is money, 人/次 a count); 个月 and 个工作日 are time, not the count unit 个.
COUNT_UNITS = frozenset(
    "人次 户次 台次 场次 批次 架次 车次 项次 班次 期次 课次 样次 个样次 人 名 个 台 套 台套 所 户 次 场 项 件 份 篇 "
    "座 处 家 辆 株 头 只 册 本 期 批 门 张 条 间 部 棵 眼 口 宗 起 例 组 队 位 支 艘 块 栋 幢 盏 根 匹 羽 单 节 堂 "
    "课 届 轮 道 所次 家次 村 镇 乡 户数".split())
TIME_UNITS = frozenset("年 个月 月 周 天 日 小时 分钟 秒 工作日 个工作日 学时 课时 季度 个季度 年度 学期 个学期".split())
MEASURE_UNITS = frozenset("公里 千米 米 平方米 平方公里 亩 万亩 公顷 吨 万吨 公斤 千克 立方米 千瓦 兆瓦 千瓦时 度".split())
PROPORTION_UNITS = frozenset("% ‰ 百分点 个百分点 百分比".split())

# indicator_unit_mismatch: name endings (longest first) that fix what a name measures.
RATE_NAME_END = lazy(r"(?:率|比例|占比|比率|比重)$")
COUNT_NAME_END = lazy(r"(?:数|数量|人数|次数|个数)$")
NOT_COUNT_NAME_END = lazy(r"(?:指数|系数|倍数|分数|参数|函数|基数|数据)$")  # 指数 ≤103% is not a count
TIME_NAME = lazy(r"时间|时限|期限|进度")
TIME_CHANGE = lazy(r"(?:时间|时限|期限|进度)[^，,；;]{0,4}?(?:节约|缩短|减少|压缩|提前|提高)")

# indicator_direction_conflict: names whose sense is to keep low / keep high.
KEEP_LOW = lazy(r"逾期|投诉|事故|差错|违规|违纪|失学|返贫|超标|损失|发生率|退回率")
KEEP_HIGH = lazy(r"(?<![不未非无])(?:合格率|达标率|满意度|完成率|覆盖率|及时率|到位率|准确率|通过率|"
                       r"办结率|在岗率|到岗率|出勤率|知晓率|入学率|就业率|参保率|接种率|建档率|可用率|有效率|巩固率|"
                       r"满意率|合规率|正确率|规范率|完好率|受理率|验收率|签约率|管理率)")
# words after a keep-low word that make the name an action on the bad thing (投诉办结率, 事故隐患排查数)
# or a change (损失减少率): their direction is not the keep-low one.
ACTION_ON_BAD = lazy(
    r"办结|处理|处置|整改|排查|隐患|查处|纠正|受理|化解|回复|答复|反馈|治理|调处|结案|清理|追回|挽回|核查|核实|防范|预防|"
    r"防控|避免|减少|降低|下降|压缩|减损|控制|打击|整治|处罚|销号|消除|应急|演练|演习|预案|检查|巡查|督查|监督|监管|宣传|"
    r"培训|教育|举报|接听|热线|办理|登记|调查|统计|监测|评估|鉴定|理赔|赔付|救助|救援|保险")
CHANGE_VALUE = lazy(r"下降|降低|减少|提高|增长|上升|压缩|缩短|节约|提升")

# indicator_value_serial_date: Excel serials of 2000-01-01 … 2049-12-31, and names that are not dates.
SERIAL_MIN, SERIAL_MAX = 36526, 54788
QUANTITY_NAME_END = lazy(r"(?:数|数量|人数|次数|个数|总数|人口|面积|里程|长度|规模|金额|资金|经费|成本|费用|额|"
                               r"补助|标准|收入|产量|容量|库容)$")

# indicator_value_missing: a template's leftovers in place of the number.
PLACEHOLDER_NUMBER = lazy(r"[*＊]+|[XxＸｘ×]+")
DIRECTION_MARKS = lazy(r"[≥≤=＝<>＜＞≧≦]|>=|<=")
# indicator_name_missing: names that are only a template placeholder
# matched after brackets and stops are dropped: '（无）', '无。', '0.00', '' (only brackets) are placeholders
PLACEHOLDER_NAME = lazy(r"(?:[0０]+|[*＊XxＸｘ×]+|无|/|—+|-+|…+|⋯+)?")
PLACEHOLDER_NAME_NOISE = lazy(r"[\s（）()【】\[\]。．.，,、:：;；]")

# text_non_answer: what a non-specialist writes instead of content (the whole field, punctuation aside).
# Leading fillers (目前还…, 我也…) and trailing particles are dropped first, then the core is matched whole.
NON_ANSWER_FILLER = lazy(r"^(?:目前|暂时|现在|现阶段|暂|还|尚|本项目|该项目|这个|这项|我们|我|本人|也|都|并|就|领导|单位)+|"
                               r"(?:呢|吧|啊|哦|的|了|呀|哈)+$")
NON_ANSWER = lazy(
    r"(?:没有|无|未有|尚无|暂无|没)(?:相关|任何|具体|正式|明确|立项)?"
    r"(?:文件|依据|文件依据|政策依据|政策|资料|材料|内容|说明|规定|文件规定)?|"
    r"(?:不太|不|并不|还不|不是很|不大)(?:知道|清楚|了解|确定|晓得|明白|会填)(?:怎么填|填什么|怎么写|写什么|具体情况)?|"
    r"(?:待|有待)(?:领导|上级|部门|局里)?(?:定|补充|完善|填写|确定|研究|商定|审定|批复)|"
    r"(?:以后|之后|后面|稍后|过后)?(?:再)?(?:补|补充|补上|填|说)|后补|另附|(?:还)?没(?:有)?定|未定|再说|"
    r"(?:未|没有?)(?:出台|制定|下发|印发|发文|形成)(?:相关|正式)?(?:文件|依据|政策|规定)?|"
    r"(?:请)?(?:参考|参照|参见|详见|见)(?:附件|附表|上表|上文|前文|上述|以上|上|项目概况|概况)\d*|附件\d*|"
    r"同(?:上|前|左|以上|上述|项目概况|概况)|略|空|不详|"
    r"(?:上面|前面|上文|前文)(?:都|已经)?(?:说|讲|写|提|述)(?:过|了|到|明)*")
MIN_TEXT_CHARS = 4
NON_ANSWER_FIELDS = {"overview": "项目概况", "basis": "项目立项依据", "necessity": "项目实施必要性及可行性",
                     "unit_functions": "部门（单位）职能"}
CONTACT_FIELDS = {"unit_head": "项目单位负责人", "unit_phone": "项目单位联系电话", "filler": "填报人"}

# text_approximate: hedges next to a number.
# 约 inside a word (节约, 签约, 制约 …) is not a hedge.
APPROX_BEFORE = lazy(r"(?:(?:大概|大约|约莫|估计|预估)[^\d，,。；;：:、]{0,4}|"
                           r"(?<![节制签合预履违特公条集简相邀解缔续租爽契婚践守毁隐誓口])约(?:为|有|是|在|计|合)?)\s*$")
APPROX_AFTER = lazy(r"^\s*[\u4e00-\u9fff%‰A-Za-z/·]{0,4}?(?:左右|上下(?![游班级半水车学联]))")
APPROX_MORE = lazy(r"^[万千百亿]?[多余](?![额地])")
APPROX_HISTORY = lazy(r"^[多余]?年(?:来|以来|前|历史|间)")

# text_number_mismatch: money words that introduce the project's total, and what marks an amount as
# a part, a rate or another period (then it does not state the total).
TOTAL_MONEY_WORDS = lazy(r"资金|经费|总额|预算|投入|共|合计")
NOT_TOTAL_CONTEXT = lazy(
    r"人均|生均|户均|亩均|次均|场均|月均|年均|平均|每|单价|标准|中央|省级|省财政|市级|市财政|县级|县财政|区级|"
    r"区财政|本级|自筹|配套|上级|其中|结转|结余|节余|剩余|盈余|上缴|退回|贷款|债券|社会资本|累计|历年|以来|年内|期间|"
    r"三年|五年|分别|各")
COUNT_GOAL_UNITS = ("公里", "人", "名", "个", "台", "套", "所", "户", "次", "场", "项")   # spec: the units compared
# what makes the whole unit another one: 人次, 个样次, 个月, 个工作日, 台套 are not 人, 个, 台
COUNT_UNIT_EXTENSIONS = r"[\u4e00-\u9fff]?次|月|工作日|小时|季度|套"

# date_outside_period: a year that is a baseline (较2023年), history (2019年以来) or a level (2023年水平)
YEAR_BASELINE_BEFORE = lazy(r"(?:较|比|与|同|相比|对比|基于|对照|自|从)\s*$")
YEAR_NOT_A_DATE_AFTER = r"以来|来|以前的|前的|的基础|基础|水平|同期"
SAME_UNIT = {"名": "人"}
# a count that is a part, a share or an ordinal, not the project's quantity: 其中2名, 每组5人, 第3期
COUNT_PART_CLAUSE = lazy(r"其中|每|各|人均|平均|分别|累计|另|均")
COUNT_PART_BEFORE = lazy(r"(?:第|前|近|超过|不足|不到|逾|约)\s*$")
# two-character pieces of an indicator name too common to tie a goal's number to it
NAME_STOP_BIGRAMS = frozenset("数量 人数 个数 次数 总数 指标 情况 完成 项目 工作 人员 服务 开展 实施 提供 保障 全年 年度 "
                              "群众 单位 全市 全县 全区".split())

"""Shapes of real published forms met in eval/real_more9, each read by a general rule (issue 12), written here as
new small texts (other projects, other numbers).

- a label a page broke over lines of its own ('年度' / '目标', '一级' / '指标'): the head alone may be a label too
  (年度 is the year's), but the two make another label; a header cell printed on the line before the rest of its header
  row opens that row;
- a heading printed upright, one character a cell ('总' / '体' / '目' / '标', '产' / '出' / '指标'), and a narrow header
  cell wrapped ('一级' / '指标'): one cell, not level words or names of their own;
- a self-evaluation's cells on one line a space apart: a label glued inside a value ('在规定完成时间内完成') is a word of
  the value; '达成预期指标' is what was done (实际完成值), never a level word or a target; '百分比' is a unit; a row cut
  so that every indicator keeps its target reads better than one that leaves the next row's name as a note;
- a lone '目标:' before a goal is a mark, not part of it.
"""
from __future__ import annotations

from assistant.importers import read_bytes


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


def _inds(form) -> list[tuple[str, str, str, str]]:
    return [(i.level1, i.level2, i.name, i.value) for i in form.indicators]


BROKEN_LABELS = (
    "项目支出绩效目标表\n"
    "项目名称 社区养老服务补贴\n"
    "主管部门及代码 [207]某县民政局 实施单位 某县民政局\n"
    "项目资金\n"
    "(万元)\n"
    "年度资金总额: 60\n"
    "其中:财政拨款 60\n"
    "年度\n"
    "目标\n"
    "为全县高龄老人发放养老服务补贴,提升居家养老服务水平。\n"
    "\n"
    "一级\n"
    "指标\n"
    "二级指标 三级指标 指标值\n"
    "产出指标 数量指标 补贴发放人数 ≥1200人\n"
    "服务站点数量 =15个\n"
    "时效指标 补贴发放及时率 ≥98%\n"
)


def test_a_label_broken_over_lines_of_its_own_is_the_label():
    f = _read(BROKEN_LABELS).form
    assert f.goals.annual == ["为全县高龄老人发放养老服务补贴,提升居家养老服务水平。"]
    assert _inds(f) == [("产出指标", "数量指标", "补贴发放人数", "≥1200人"),
                        ("产出指标", "数量指标", "服务站点数量", "=15个"),
                        ("产出指标", "时效指标", "补贴发放及时率", "≥98%")]


UPRIGHT = "\n|\n".join([
    "项目支出绩效目标表", "项目名称", "乡村道路养护项目", "主管部门及代码", "某县交通运输局", "实施单位", "某县公路中心",
    "总", "体", "目", "标", "年度目标", "目标:完成全县农村公路日常养护,路况优良率稳步提升。",
    "绩", "效", "指", "标", "一级", "指标", "二级指标", "三级指标", "指标值",
    "产", "出", "指", "标", "数量指标", "养护里程", "≥320公里", "质量指标", "路况优良率", "≥85%",
]) + "\n|\n"


def test_an_upright_heading_is_one_cell():
    f = _read(UPRIGHT).form
    assert f.goals.annual == ["完成全县农村公路日常养护,路况优良率稳步提升。"]
    assert _inds(f) == [("产出指标", "数量指标", "养护里程", "≥320公里"),
                        ("产出指标", "质量指标", "路况优良率", "≥85%")]


SELF_EVAL = (
    "附件: 项目支出绩效自评表 (2023年度) 项目名称 档案数字化项目 主管部门 305-某镇人民政府 实施单位 某镇人民政府 "
    "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
    "产出指标(50分) 数量指标 数字化档案份数 ≥3000份 3100 10 10 "
    "质量指标 扫描图像合格率 ≥98百分比 99 10 10 档案管理规范性 严格按照档案管理规定执行 达成预期指标 10 10 "
    "时效指标 完成及时性 在规定完成时间内完成 达成预期指标 10 10 "
    "效益指标(30分) 社会效益指标 档案利用便捷程度 明显提升 达成预期指标 20 20 满意度指标(10分)"
)


def test_a_self_evaluation_run_keeps_targets_whole():
    f = _read(SELF_EVAL).form
    assert _inds(f) == [("产出指标", "数量指标", "数字化档案份数", "≥3000份"),
                        ("产出指标", "质量指标", "扫描图像合格率", "≥98百分比"),
                        ("产出指标", "质量指标", "档案管理规范性", "严格按照档案管理规定执行"),
                        ("产出指标", "时效指标", "完成及时性", "在规定完成时间内完成"),
                        ("效益指标", "社会效益指标", "档案利用便捷程度", "明显提升")]
    assert not any(i.value == "达成预期指标" or i.name == "达成预期指标" for i in f.indicators)


# - rows cut at single spaces: a name's value with a space in it stays one value (up to the next label); a cell never
#   opens with a comma; a goal label heading a row of column heads (总体目标 | 总体目标完成情况) gives the value under
#   the goal's column, not what was done;
XINJIANG = (
    "项目支出绩效自评表\n"
    "(2023年度)\n"
    "项目名称 某财行(2023)5号 农村公路养护专项经费\n"
    "主管部门 某县交通运输局 实施单位 某县公路管理站\n"
    "资金来源 年初预算数 全年预算数 全年执行数 分值权重 执行率 得分\n"
    "年度资金总额 12.5 12.5 12.5 10 100.00% 10\n"
    "年度总体目标 总体目标 总体目标完成情况\n"
    "完成全县农村公路日常养护180公里,保障道路安全畅通。 截至2023年12月31日,完成养护180公里 ,道路安全畅通。\n"
)


def test_a_spaced_name_and_a_goal_over_its_columns():
    f = _read(XINJIANG).form
    assert f.project_name == "某财行(2023)5号 农村公路养护专项经费"
    assert f.department == "某县交通运输局" and f.unit == "某县公路管理站"
    assert f.goals.annual == ["完成全县农村公路日常养护180公里,保障道路安全畅通。"]
    assert f.goals.long_term == []


# - a page's metadata field (内容概述) holding the form's cells run together, in a mirror's 繁体 with pinyin: the labels
#   in it are read as labels, the values between kept as written; amounts run together with rates are not amounts;
MIRROR = (
    "索引號(hào) | 11340000000000000X/202404-00001 | 組配分類(lèi) | 部門(mén)項(xiàng)目 |\n"
    "信息名稱(chēng) | 某市轉(zhuǎn)移支付自評表 | 內(nèi)容概述 | 某市轉(zhuǎn)移支付區(qū)域(項(xiàng)目)績(jī)效目標(biāo)自評表(2023年度)"
    "轉(zhuǎn)移支付(項(xiàng)目)名稱(chēng)省級(jí)農(nóng)田建設(shè)補(bǔ)助中央主管部門(mén)農(nóng)業(yè)農(nóng)村部地方主管部門(mén)省農(nóng)業(yè)農(nóng)村廳"
    "資金使用單位某市農(nóng)業(yè)農(nóng)村局資金投入情況(萬(wàn)元)全年預(yù)算數(shù)(A)全年執(zhí)行數(shù)(B)"
    "年度資金總額:3030100%其中:中央財(cái)政資金2020100%地方資金1010100% |\n"
    "某市轉(zhuǎn)移支付區(qū)域(項(xiàng)目)績(jī)效目標(biāo)自評表 | |||||||\n"
)


def test_cells_run_together_in_a_metadata_field():
    f = _read(MIRROR).form
    assert f.project_name == "省級(jí)農(nóng)田建設(shè)補(bǔ)助"
    assert f.department == "省農(nóng)業(yè)農(nóng)村廳"
    assert f.unit == "某市農(nóng)業(yè)農(nóng)村局"
    assert f.funding.current_year is None          # 中央 / 地方 are sources, their amounts run into rates


# - a score ('得分(20分*执行率)') is never an amount, and 年度财政资金总额 is the total.
def test_a_score_is_never_an_amount():
    from assistant.importers.text_dump import _labelled
    rows = [[c.text for c in r] for r in _labelled(
        "预算执行情况(万元)(20分)预算数(A)執行數(B)执行率(B/A)得分(20分*执行率)年度财政资金总额8万8万100%20年度绩效指标")]
    assert ["预算数", "20"] not in rows
    assert ["年度财政资金总额", "8"] in rows


# - parallel 中期 / 年度 funding columns printed one cell a line: the amount label printed again after the 年度 total's
#   label is the year's (the 中期 total stays the total);
PARALLEL = "\n|\n".join([
    "项目支出绩效目标表", "(2024年度)", "项目名称", "森林防火监测项目", "主管部门及代码", "某市林业局", "实施单位", "某市林业局",
    "项目资金", "(万元)", "中期资金总额:", "300万", "年度资金总额:", "120万", "其中:财政拨款", "300万", "其中:财政拨款", "120万",
    "其他资金", "其他资金", "总体目标", "中期目标(2024年—2026年)", "年度目标", "建成全市森林防火监测网络。", "完成20处监测点建设。",
]) + "\n|\n"


def test_parallel_columns_one_cell_a_line():
    f = _read(PARALLEL).form
    assert f.funding.total == 300.0
    assert f.funding.current_year == 120.0


# - a dump's stray ')' after a label and the '其中:' that opens its breakdown do not hide the amount;
def test_an_amount_before_its_breakdown():
    from assistant.importers.text_dump import _labelled
    rows = [[c.text for c in r] for r in _labelled(
        "某项资金合计(万元)年度预算资金总额): 520.5其中:中央补助300.00市级资金220.50")]
    assert ["资金合计", "520.5"] in rows


# - a notice run into one line before its form: a label word inside its sentences ('和绩效目标(附件2),做好…') is no
#   cell; '主管部门(单位)名称及部门预算编码' is the department with its code, and '补助项目/区域' a label of no field.
NOTICE = (
    "各乡镇财政所:根据上级通知精神,现将2025年森林防火补助20万(附件1)下达给你们,请各乡镇依据管理办法和绩效目标(附件2),"
    "做好2025年森林防火工作,该经费主要用于防火物资购置和巡护员补贴等,确保资金安全有效,某县林业局2025年3月1日"
    "附件2森林防火补助资金绩效目标表(2025年度)项目名称森林防火补助主管部门(单位)名称及部门预算编码215省林业局"
    "补助项目/区域项目相关乡镇资金情况(万元)资金总额:20其中:财政拨款20其他资金总体目标按照全省森林防火工作部署\n"
)


def test_a_notice_before_its_form():
    f = _read(NOTICE).form
    assert f.project_name == "森林防火补助"
    assert (f.department, f.department_code) == ("省林业局", "215")
    assert f.goals.annual == []
    assert f.funding.total == 20.0


# - a report's prose: a heading a label word opens ('(二)项目绩效目标设立情况。') is no label with a value, and a list
#   mark alone ('(一)') is never a value.
REPORT = (
    "一、项目概况\n"
    "(一)项目单位基本情况\n"
    "某镇辖12个行政村,村级运转经费用于保障村级组织正常运转。\n"
    "(二)项目绩效目标设立情况。\n"
    "某镇共有行政村12个,在职村干60人,村级运转经费包含村干部报酬和办公经费等。\n"
    "二、项目资金使用及管理情况分析\n"
    "(一)项目资金到位情况分析\n"
    "该项目2021年度财政资金180.5万元,全部用于村级运转。\n"
)


def test_report_headings_are_not_labels():
    f = _read(REPORT).form
    assert f.goals.annual == [] and f.goals.long_term == []
    assert f.overview != "(一)"


# - a goal in a dump after its form's title ('…绩效目标表绩效目标保障…'): the title is no part of it, and it ends where the
#   copy lost characters ('???') or the indicator table's heads begin.
def test_a_goal_after_its_title():
    from assistant.importers.text_dump import _labelled
    rows = [[c.text for c in r] for r in _labelled(
        "1、2020年预算项目绩效目标 1、某财社2019号提前下达2020年残疾人补助预算指标绩效目标表绩效目标"
        "保障残疾人两项补贴按时足额发放???效指标分类绩效指标绩效指标描述优良中差产出指标补贴发放率")]
    goals = [r[1] for r in rows if r[0].endswith("目标")]
    assert goals and goals[0] == "保障残疾人两项补贴按时足额发放"


# - a self-evaluation on one line a space apart: the numbers after a funding label are its row's cells, the first under
#   年初预算数 (the target), not one value.
SPACED_FUNDS = (
    "附件: 项目支出绩效自评表 (2022年度) 项目名称 办公楼维修项目 主管部门 305-某镇人民政府 实施单位 305001-某镇人民政府 "
    "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 "
    "其中:本年财政拨款 45 44.5 44.5 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况"
)


def test_spaced_fund_cells():
    f = _read(SPACED_FUNDS).form
    assert f.funding.total == 0.0
    assert f.funding.current_year == 45.0


# - '指标1:' numbering an indicator's name: the cell is a name, not a value with a number in it.
NUMBERED_NAMES = (
    "项目支出绩效自评表\n"
    "项目名称 社区矫正经费\n"
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
    "产出指标 数量指标 指标1:矫正宣传活动场次 ≥4场 5场 20 20\n"
    "质量指标 指标1:经费支出合规性 严格执行相关财经制度 严格执行相关财经"
)


def test_numbered_names_are_names():
    f = _read(NUMBERED_NAMES).form
    assert ("产出指标", "质量指标", "指标1:经费支出合规性", "严格执行相关财经制度") in _inds(f)


# - (real_more8 802) 上年度 / 本年度 columns: the funding section's 合计 in the year's column is the total and its sources
#   are no budget items; a budget table whose 合计 comes first, its numbered items ('1、…') without their marks, and a
#   one-cell line after them is no item; letter-spaced words ('项 目', '合 计') are one cell.
TWO_YEARS = (
    "项目支出预算绩效目标申报表\n"
    "项目基本情况 项目名称 城区规划编制\n"
    "主管部门 某区政府  项目起止时间 2022.1-2022.12\n"
    "项目资金情况 项目资金申请(万元) 项 目 上年度安排资金 本年度申请资金\n"
    "合 计 80 120\n"
    "区级资金 80 120\n"
    "市级资金\n"
    "支出明细预算(万元) 项 目 上年度安排资金 本年度申请资金 测算依据及说明\n"
    "合 计 80 120\n"
    "1、规划编制费 50 90\n"
    "2、专家评审费 30 30\n"
    "单位已有的(或拟订的)保障项目实施的制度\n"
)


def test_last_year_and_this_year_columns():
    f = _read(TWO_YEARS).form
    assert f.funding.total == 120.0
    assert f.funding.current_year is None
    assert [(b.name, b.amount) for b in f.budget_items] == [("规划编制费", 90.0), ("专家评审费", 30.0)]

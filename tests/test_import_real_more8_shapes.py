"""Shapes of real published forms met in eval/real_more8, each read by a general rule (issue 12), written here as
new small texts (other projects, other numbers). Precision first: most of these are values that were put where they
do not belong.

- a page's index row ('索引号: 11341700MB1911893J/…') after a breadcrumb ('> 财政资金 >'): the digits of a code run
  into letters are never an amount, and an amount with another label and its colon before it is not the label's;
- numbered prose items '1)项目概述。…' / '4)起止时间。…': the label ends at its stop, the next item's number is not
  the value's, and the numbered heading right above them ('1.非遗传承与保护') names their project; '(2)立项依据:…' after the 项目概述's value is its own item, not the overview's next paragraph;
- a name typed after a signature label ('项目责任人(签字):韩朝印') is that person; a masked department with its code
  ('[055]****') gives the code;
- a self-evaluation's column heads in a mirror's 繁体 with pinyin ('年度總體目標(biāo)完成情況') are heads, not a goal;
- header cells before a block of more amounts than they are (two column groups), and a task table's column heads
  ('任务名称 / 主要内容' over rows) are not paired: unread, not guessed;
- a self-evaluation's fund column head split by a space ('年初预算 数 0') is cut off a unit's name;
- an allocation table's heads after 序号 ('预算单位 / 老年人福利') are no unit; 下达资金总额 is the total.
- two indicator column groups (中期 / 年度) of which only the first holds values: a row with no level words
  ('项目验收合格率 | ≥100百分比') is placed in that group.
"""
from __future__ import annotations

from assistant.importers import read_bytes


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


NUMBERED = (
    "您现在所在的位置: 网站首页> 市水利局> 财政资金> 部门项目\n"
    "索引号: 11341100MB1234567K/202404-00021 组配分类: 部门项目\n"
    "发布机构: 某市水利局 主题分类: 水利\n"
    "发布日期: 2024-04-18\n"
    "市水利局2024年项目及绩效目标情况\n"
    "发布时间:2024-04-18 09:30 来源:某市水利局 浏览次数: 字体:[ ]\n"
    "\n"
    "1.河湖长制工作经费\n"
    "1)项目概述。围绕河湖长制工作要求,开展河湖巡查、暗访督查和健康评价,推动河湖面貌持续改善。\n"
    "2)立项依据。《某省河湖长制规定》(2021年6月1日起施行)。\n"
    "3)实施主体。某市水利局。\n"
    "4)起止时间。2024年1月1日至2024年12月31日。\n"
    "5)项目内容。1.开展河湖健康评价; 2.组织河湖暗访督查; 3.开展河湖长制宣传活动。 组织\n"
)


def test_an_index_code_is_never_an_amount():
    r = _read(NUMBERED)
    assert r.form.funding.total is None and r.form.funding.current_year is None
    assert not any("资金总额按当年预算" in w for w in r.warnings)


def test_numbered_items_end_at_their_stop():
    f = _read(NUMBERED).form
    assert f.project_name == "河湖长制工作经费"          # the numbered heading over the items names their project
    assert f.overview == "围绕河湖长制工作要求,开展河湖巡查、暗访督查和健康评价,推动河湖面貌持续改善。"
    assert f.basis == "《某省河湖长制规定》(2021年6月1日起施行)。"
    assert f.unit == "某市水利局"
    assert (f.start, f.end) == ("2024-01", "2024-12")


BRACKETED = (
    "1.“某县环卫车辆运行费”项目。\n"
    "(1)项目概述:\n"
    "某县环卫车辆燃油及维修保养费用\n"
    "(2)立项依据:政府采购合同HW2024-0113\n"
    "(3)实施主体:\n"
    "某县环境卫生管理所\n"
    "项目支出绩效目标申报表 | |||||\n"
    "项目责任人(签字):李秀英 | 单位(盖章): | ||||\n"
    "项目名称 | 环卫车辆运行费 | ||||\n"
    "主管部门及代码 | [126]**** | 实施单位 | 某县环境卫生管理所 | |\n"
    "项目属性 | 常年项目 | 项目期 | 1年 | |\n"
    "项目资金 (万元) | 年度资金总额: | 86.00 | ||\n"
    "其中:财政拨款 | 86.00 | ||||\n"
    "其他资金 | 0.00 | ||||\n"
)


def test_a_numbered_item_is_not_the_overview_next_paragraph():
    f = _read(BRACKETED).form
    assert f.overview == "某县环卫车辆燃油及维修保养费用"
    assert f.basis == "政府采购合同HW2024-0113"


def test_a_name_after_a_signature_label_and_a_masked_department_code():
    r = _read(BRACKETED)
    assert r.form.unit_head == "李秀英"
    assert r.form.department_code == "126" and r.form.department == ""


MIRROR = (
    "單位名稱 | 某縣文物管理所 | 單位負(fù)責(zé)人及電話 | 李建國13900001111 |\n"
    "資金情況(萬元) | | 年初預(yù)算資金總額: | 實際投入資金額 | 產(chǎn)生差異的原因 |\n"
    "合計 | 120 | 120 | |\n"
    "其中:財政撥款 | 120 | 120 | |\n"
    "總體目標(biāo) | 年度目標(biāo) | 年度總體目標(biāo)完成情況 |\n"
    "做好文物日常巡查和安全防護(hù)工作 | 全年文物安全無事故,,巡查記錄完整 |\n"
)


def test_a_result_column_head_in_a_mirror_is_no_goal():
    f = _read(MIRROR).form
    assert f.goals.annual == ["做好文物日常巡查和安全防護(hù)工作"]


HEADS_BEFORE_AMOUNTS = (
    "2025年县级部门整体支出绩效目标申报表\n\n预算部门:某县体育局\n\n总体资金情况(万元)\n\n预算支出\n\n总额\n\n"
    "基本支出\n\n项目支出\n\n合计\n\n财政拨款\n\n专户资金\n\n单位资金\n\n合计\n\n财政拨款\n\n专户资金\n\n单位资金\n\n"
    "820.40\n\n600.10\n\n600.10\n\n220.30\n\n220.30\n\n年度主要任务\n\n任务名称\n\n主要内容\n\n"
    "基本支出:人员类、公用经费等运转类支出\n\n保障部门本级人员类、公用经费等运转类支出,保障单位日常运转。\n\n"
    "项目支出1:全民健身活动\n\n组织全县全民健身运动会和各类群众体育赛事,提升群众健身参与率。\n"
)


def test_heads_over_more_amounts_and_a_task_table_are_not_paired():
    r = _read(HEADS_BEFORE_AMOUNTS)
    assert r.form.funding.current_year is None
    assert r.form.overview == ""
    assert {"funding.current_year", "overview"} <= set(r.unread)


def test_a_fund_column_head_split_by_a_space_is_cut_off_a_name():
    text = ("某县项目支出绩效自评表 (2022年度) 项目名称 家庭医生签约服务 主管部门 某县卫生健康局 年初预算 数 0 "
            "项目资金 (万元) 年度资金总额 实施单位 某县中心卫生院 全年预算数 全年执行数 分值 执行率 得分\n")
    assert _read(text).form.department == "某县卫生健康局"


ALLOCATION = (
    "附件1\n资金分配表\n单位:万元\n序号 |\n预算单位 |\n困难群众救助 | ||\n小计 |\n临时救助经费 |\n"
    "1 |\n某区民政局 |\n35.5 |\n35.5 |\n附件2\n中央对地方转移支付区域绩效目标表(2025年度)\n"
    "项目名称 |\n困难群众救助补助资金 | ||||\n省级主管部门 |\n某省民政厅 | ||\n资金情况 |\n下达资金总额 |\n2860 | |||\n"
)


def test_an_allocation_table_head_is_no_unit_and_the_total_handed_down_is_read():
    f = _read(ALLOCATION).form
    assert f.unit == ""
    assert f.funding.total == 2860


def test_a_numbered_heading_without_items_under_it_names_no_project():
    text = NUMBERED.replace("1)项目概述。", "围绕河湖长制工作要求。\n1)项目概述。").replace("1.河湖长制工作经费\n", "1.河湖长制工作经费\n说明如下。\n")
    assert _read(text).form.project_name == ""


TWO_GROUPS = (
    "项目支出绩效目标申报表 | ||||||||\n"
    "项目名称 | 公园绿地养护经费 | |||||||\n"
    "主管部门及代码 | [061]某市园林局 | 实施单位 | 某市园林绿化服务中心 | |||||\n"
    "项目资金 (万元) | 中期资金总额: | 90.00 | 年度资金总额: | 180.00 | ||||\n"
    "绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值 | |\n"
    "产出指标 | 数量指标 | 养护绿地面积 | ≥120公顷 | 数量指标 | ||||\n"
    "质量指标 | 苗木成活率 | ≥95% | 质量指标 | |||||\n"
    "绿地养护达标率 | ≥98% | |||||||\n"
    "时效指标 | 养护完成及时性 | 及时 | 时效指标 | |||||\n"
    "病虫害处置时限 | ≤3天 | |||||||\n"
)


def test_a_row_without_level_words_goes_to_the_one_group_that_holds_values():
    got = {(i.level2, i.name, i.value) for i in _read(TWO_GROUPS).form.indicators}
    assert ("质量指标", "绿地养护达标率", "≥98%") in got
    assert ("时效指标", "病虫害处置时限", "≤3天") in got
    assert ("数量指标", "养护绿地面积", "≥120公顷") in got

"""Shapes of real published forms met in eval/real_more3 (issue 12), each read by a general rule and written here
anew (other projects, other words): a cell wrapped over short lines in a text whose cells end with ' |', a 一级
word printed again in the 二级 column, a sentence ending in 指标 that is no level word, a template's hint rows
(a unit and no target), the labels of a 发改 中央预算内投资 form, and an allocation table with a 项目名称 column
printed before the form.
"""
from __future__ import annotations

from assistant.importers import read_bytes
from assistant.review_one import review_file


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


WRAPPED = """项目支出绩效目标表 |
(2024年度) |
项目名称 |
2024年全民健身运动会 |
主管部门及代码 |
[108]某县文化旅游体育局 |
实施单位 |
某县全民健身中心 |
项目资金
(万元) |
年度资金总额: |
80.00 |
其中:财政拨款 |
80.00 |
其他资金 |
0.00 |
年度
目标 |
举办全民健身运动会,带动群众参与体育锻炼。 |
绩
效
指
标 |
一级
指标 |
二级指标 |
三级指标 |
指标值 |
产出指标 |
数量指标 |
举办比赛项目数 |
12项 |
质量指标 |
赛事安全事故发生率 |
0 |
效益指标 |
社会效益指标 |
带动群众参与全民
健身运动的人数 |
≥5000人次 |
生态效益指标 |
本项目不适用此指标 |
无 |
满意度指标 |
满意度指标 |
参赛群众满意度 |
≥90% |
"""


def test_a_cell_wrapped_over_short_lines_is_one_cell():
    r = _read(WRAPPED)
    got = {(i.level2, i.name, i.value) for i in r.form.indicators}
    assert ("数量指标", "举办比赛项目数", "12项") in got
    assert ("社会效益指标", "带动群众参与全民健身运动的人数", "≥5000人次") in got
    assert r.form.goals.annual == ["举办全民健身运动会,带动群众参与体育锻炼。"]


def test_a_level1_word_printed_again_under_level2_is_the_level2():
    got = {(i.level1, i.level2, i.name) for i in _read(WRAPPED).form.indicators}
    assert ("满意度指标", "服务对象满意度指标", "参赛群众满意度") in got


def test_a_sentence_ending_in_zhibiao_is_no_level_word():
    got = {(i.level2, i.name) for i in _read(WRAPPED).form.indicators}
    assert ("生态效益指标", "本项目不适用此指标") in got
    assert all(i.level2 != "本项目不适用此指标" for i in _read(WRAPPED).form.indicators)


HINTS = """专项(项目)名称

2021年某县水利发展资金

区级主管部门

某县水利局

年度目标

完成河道治理,提升防洪能力。

一级指标

二级指标

三级指标

指标值

产出指标

数量指标

指标1:新建护岸长度

公里

指标2:治理水土流失面积

万亩

质量指标

指标1:工程验收合格率

≧ %
"""


def test_template_hint_rows_are_no_indicators(tmp_path):
    r = _read(HINTS)
    assert r.form.indicators == []
    assert r.hints_only and "indicators" not in r.unread
    p = tmp_path / "hints.txt"
    p.write_text(HINTS, encoding="utf-8")
    codes = {f.code for f in review_file(str(p)).report.findings}
    assert "indicator_value_missing" not in codes
    assert "indicator_category_missing" in codes       # the form has no targets: that is the form, not the reading


def test_a_real_number_with_its_unit_stays_an_indicator():
    r = _read(HINTS.replace("公里\n", "12公里\n"))
    assert [(i.name, i.value) for i in r.form.indicators] == [("指标1:新建护岸长度", "12公里")]


FAGAI = """附件
某市2023年中央预算内投资计划绩效目标表
专项名称 |
污水处理设施建设专项 | ||||
下达地方或单位 |
某县人民政府 | ||||
下达中央预算内投资(万元) |
1800 | ||||
总 体 目 标 |
新建污水管网,提高污水收集处理率。 | ||||
"""


def test_labels_of_a_central_investment_form():
    f = _read(FAGAI).form
    assert f.unit == "某县人民政府"
    assert f.funding.total == 1800
    assert f.funding.current_year is None          # a 中央 source is not the year's appropriation


ALLOCATION = """附件1
2023年某项资金安排表
单位:万元
序号 |
乡镇名称 |
项 目 名 称 |
金额 |
备注 |
1 |
甲镇 |
甲村水渠修复 |
30 |
|
2 |
乙乡 |
乙村堤岸加固 |
20 |
|
合计 |
50 |
附件2
2023年某项资金绩效目标表
项目名称 |
2023年小型水利工程补助资金 |
主管部门(单位)名称 |
某县水利局 |
|||||||||
资金情况(万元) |
资金总额 |
50 |
其中:财政拨款 |
50 |
其他资金 |
|||||||
总 体 目 标 |
完成2个小型水利工程建设 |
|||||||||||
"""


def test_an_allocation_table_with_a_name_column_is_not_the_form():
    f = _read(ALLOCATION).form
    assert f.project_name == "2023年小型水利工程补助资金"
    assert f.department == "某县水利局"
    assert f.funding.total == 50 and f.funding.current_year == 50
    assert f.goals.long_term == ["完成2个小型水利工程建设"]


# --- traditional characters, a mirror's pinyin, notices in sentences -------------------------------------
FANTI = """附件2 | ||||||
某縣職業教育補助資金績效目標(biāo)表 | ||||||
專項名稱 | 職(zhí)業教育實訓補助資金 | |||||
省級主管部門 | 某省教育廳 | |||||
市級主管部門 | 某市教育局 | |||||
縣級主管部門 | 縣(市、區(qū))教育部門 | |||||
總體目標(biāo) | 目標(biāo)1:改善實訓條件 |
績效指標(biāo) | 一級指標(biāo) | 二級指標(biāo) | 三級指標(biāo) | 指標(biāo)值 |
產(chǎn)出指標(biāo) | 數(shù)量指標(biāo) | 受助學(xué)生人數(shù) | 120人 |
"""


def test_traditional_labels_with_pinyin_are_read_and_values_kept_as_written():
    f = _read(FANTI).form
    assert f.project_name == "職(zhí)業教育實訓補助資金"
    assert [(i.level1, i.level2, i.name, i.value) for i in f.indicators] == [
        ("产出指标", "数量指标", "受助學(xué)生人數(shù)", "120人")]


def test_the_lowest_levels_department_is_the_projects_and_a_placeholder_is_none():
    assert _read(FANTI).form.department == ""            # the 县级 cell is the template's placeholder
    assert _read(FANTI.replace("縣(市、區(qū))教育部門", "某縣教育局")).form.department == "某縣教育局"


NOTICE = """索 引 号 | 111/2024-00012 | 发文时间 | 2024-04-02 |
发布机构 | 某镇人民政府 | 文 号 | 无 |
根据《关于下达2024年衔接资金的通知》精神,资金用于某县2024年某村道路硬化项目,资金总额120万元,项目负责人王立新,项目建设内容:硬化村道3.2公里,新建排水沟1.5公里。总体绩效目标是通过项目实施,改善群众出行条件。现将绩效目标设定公示如下:
一、产出指标
数量指标:硬化村道长度≥3.2公里;新建排水沟长度≥1.5公里。
"""


def test_fields_a_notice_states_in_its_sentences():
    f = _read(NOTICE).form
    assert f.project_name == "某县2024年某村道路硬化项目"
    assert f.funding.total == 120
    assert f.unit_head == "王立新"
    assert f.overview == "硬化村道3.2公里,新建排水沟1.5公里。"
    assert f.goals.long_term == ["通过项目实施,改善群众出行条件。"]
    assert f.department == ""                  # the page's 发布机构 is no field of the form


SECTIONS = """某學院項目情況公示
依據某局文件,2020年某某獎學金項目由某某職業學院實施完成,涉及資金120.5萬(wàn)元,現將有關情況公示如下:
一、實施期限
2020.01.01--2020.12.31
二、績效目標(biāo)
總體目標(biāo):資助家庭經濟困難學生,每生每年3000元。
(一)產(chǎn)出指標(biāo)
1、數量指標(biāo):資助學生400人。
2、時效指標(biāo):資金發放率100%達(dá)標(biāo),資金到位率100%達(dá)標(biāo)。
"""


def test_a_traditional_notice_in_numbered_sections():
    f = _read(SECTIONS).form
    assert f.project_name == "2020年某某獎學金項目"
    assert f.unit == "某某職業學院"
    assert f.funding.total == 120.5
    assert (f.start, f.end) == ("2020-01", "2020-12")
    assert f.goals.long_term == ["資助家庭經濟困難學生,每生每年3000元。"]
    got = {(i.level2, i.name, i.value) for i in f.indicators}
    assert got == {("数量指标", "資助學生", "400人"), ("时效指标", "資金發放率", "100%達(dá)標(biāo)"),
                   ("时效指标", "資金到位率", "100%達(dá)標(biāo)")}


# --- a 二级 column holding 一级 words, a template's slip, goals glued together -------------------------
LEVEL1_UNDER_2 = """某省2023年中央预算内投资计划绩效目标表
专项名称 |
农村供水保障专项 | ||||
下达地方或单位 |
某县人民政府 | ||||
下达中央预算内投资(万元) |
900 | ||||
一级指标 |
二级指标 |
三级指标 |
指标值 | |
实施效果指标 |
产出指标 |
新建供水工程处数 |
3 | ||
工程验收合格率 |
100% | ||||
效益指标 |
受益人口覆盖率 |
≥95% | |||
"""


def test_a_level2_column_holding_level1_words_keeps_them_as_written():
    got = {(i.level1, i.level2, i.name, i.value) for i in _read(LEVEL1_UNDER_2).form.indicators}
    assert ("产出指标", "产出指标", "新建供水工程处数", "3") in got
    assert ("产出指标", "产出指标", "工程验收合格率", "100%") in got
    assert ("效益指标", "效益指标", "受益人口覆盖率", "≥95%") in got


ROWS_SLIP = """某县2019年某补助资金绩效目标表 | ||||||
专项名称 | 某某补助资金 | |||||
总体目标 | 目标1:政策按规定得到落实; 目标2:困难学生基本生活得到保障: 目标3:提升吸引力 |
绩效指标 | 一级目标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 |
产出指标 | 数量指标 | 应受助学生数 | 100% | |||
"""


def test_goals_under_zongti_mubiao_in_a_row_and_a_yiji_mubiao_header():
    f = _read(ROWS_SLIP).form
    assert f.goals.long_term == ["政策按规定得到落实", "困难学生基本生活得到保障", "提升吸引力"]
    assert [(i.level1, i.level2, i.name, i.value) for i in f.indicators] == [("产出指标", "数量指标", "应受助学生数", "100%")]


def test_goal_marks_glued_onto_the_goal_before():
    from assistant.importers.labels import split_goals
    assert split_goals("全年接待游客不低于50万人次目标2:培育两个品牌活动目标3:带动住宿餐饮消费") == [
        "全年接待游客不低于50万人次", "培育两个品牌活动", "带动住宿餐饮消费"]

"""Session 31 of the understood work: a period with two readings is asked, every answer is said back, a cost stays an
amount, and a change said beside a pasted form is applied."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from assistant.interview.engine import Interview
from assistant.model import Declaration
from tests.interview_helpers import asked_on

DAY = dt.date(2025, 9, 12)


@pytest.mark.parametrize("form", [None, {"year": 2025}])
@pytest.mark.parametrize("said, years, days", [("11.3-11.9", "2011年3月至2011年9月", "11月3日至"),
                                                ("10.1-10.7", "2010年1月至2010年7月", "10月1日至")])
def test_two_readings_of_dotted_numbers_are_asked_never_picked(form, said, years, days):
    iv = asked_on(DAY, "start", form)
    r = iv.answer(said)
    assert not iv.form.start and not iv.form.end, (iv.form.start, iv.form.end)
    text = "\n".join(r.lines())
    assert years in text and days in text, text
    assert r.question is not None and len(r.question.choices) >= 2, text


def test_the_reading_she_picks_is_stored():
    iv = asked_on(DAY, "start", {"year": 2025})
    iv.answer("11.3-11.9")
    r = iv.answer("2")
    assert (iv.form.start, iv.form.end) == ("2025-11", "2025-11"), r.lines()
    iv = asked_on(DAY, "start")
    iv.answer("11.3-11.9")
    iv.answer("1")
    assert (iv.form.start, iv.form.end, iv.form.year) == ("2011-03", "2011-09", 2011)


    for said, start, end in [("24.3-24.10", "2024-03", "2024-10"), ("3.1-6.30", "2025-03", "2025-06")]:
        iv = asked_on(DAY, "start", {"year": 2025})     # one reading only: read
        iv.answer(said)
        assert (iv.form.start, iv.form.end) == (start, end)


@pytest.mark.parametrize("said", ["5-10月", "三月到九月", "11.3-11.9"])
def test_months_without_a_year_are_said_back(said):
    iv = asked_on(DAY, "start")
    r = iv.answer(said)
    assert r.said, (said, r.acts, r.lines())


FORM = json.loads((Path(__file__).parent / "fixtures" / "corpus" / "dev11-005-road.json").read_text(encoding="utf-8"))["form"]


def _at_flagged_cost() -> Interview:
    iv = Interview(Declaration.from_json(FORM), today=dt.date(2026, 12, 4))
    iv.opening()
    iv.answer("写错了，应该是100%")
    iv.answer("满意度写错了，应该是90%")
    assert iv.pending.field == "indicators:路面修补单价"
    return iv


def _cost(iv: Interview) -> str:
    return next(i.value for i in iv.form.indicators if i.name == "路面修补单价")


@pytest.mark.parametrize("said", ["每平方米三百元一平方", "每平米300块一平米", "每平方米三百块每平方米"])
def test_a_price_with_its_thing_said_twice(said):
    iv = _at_flagged_cost()
    iv.answer(said)
    assert _cost(iv) == "≤300元/平方米"


@pytest.mark.parametrize("said", ["算不出来，写控制在合理范围内可以吗", "没法算的，就填严格控制行不行"])
def test_words_for_a_cost_asked_back_are_answered_about_the_cost(said):
    iv = _at_flagged_cost()
    r = iv.answer(said)
    text = "\n".join(r.said)
    assert "金额" in text and "删掉" in text and "跳过" in text, text
    assert "分三级" not in text, text
    assert _cost(iv) == "合理控制"


@pytest.mark.parametrize("said", ["控制在合理范围内", "就写严格控制吧"])
def test_words_for_a_cost_are_never_its_value(said):
    iv = _at_flagged_cost()
    r = iv.answer(said)
    assert _cost(iv) == "合理控制", r.lines()
    assert any("金额" in line for line in r.said), r.said


PASTED = """项目支出绩效目标申报表 | | | |
（2025年度） | | | |
项目名称 | 乡镇禁毒社工服务经费 | | |
主管部门 | 县禁毒委员会办公室 | 实施单位 | 县禁毒社工站 |
项目负责人 | 周建国 | 联系电话 | 0731-5551234 |
项目属性 | 延续项目 | 项目期 | 2025年1月-2025年12月 |
项目资金（万元） | 资金总额 | 36 | |
 | 其中：财政拨款 | 36 | |
 | 其他资金 | 0 | |
年度目标 | 聘用禁毒社工10人，开展戒毒康复帮扶。 | | |
一级指标 | 二级指标 | 三级指标 | 指标值 |
产出指标 | 数量指标 | 禁毒社工人数 | 10人 |
 | 质量指标 | 帮扶覆盖率 | ≥95% |
效益指标 | 社会效益指标 | 复吸率 | ≤10% |
满意度指标 | 服务对象满意度指标 | 满意度 | ≥90% |
"""


@pytest.mark.parametrize("msg", [PASTED + "今年人数变成11个", "这是去年的，今年人数变成11个\n" + PASTED])
def test_a_change_said_beside_a_pasted_form_is_applied_and_said(msg):
    iv = Interview(today=dt.date(2026, 3, 2))
    iv.opening()
    r = iv.answer(msg)
    rows = {i.name: i.value for i in iv.form.indicators}
    assert rows.get("禁毒社工人数") == "11人", rows
    assert any("11人" in line for line in r.said), r.said
    assert not any("今年人数" in line for line in r.said), r.said


def _final_check() -> Interview:
    iv = Interview(today=DAY)
    iv.opening()
    for f, a in [("project_name", "河道保洁经费"), ("funding", "总额30万，无结转，无其他")]:
        iv.ask(f)
        iv.answer(a)
    iv.ask("confirm")
    return iv


def test_yes_at_the_final_check_said_with_keep_done_or_looked():
    for said, talk in [("确认，这次不动了", False), ("行，就这样，不用改了", False), ("金额那栏我再看一眼，没问题，确认", False), ("金额那栏我又核了一遍，没问题，确认", True),
                       ("搞定，确认", False), ("我科无异议", False), ("尽快提交吧", False)]:
        r = _final_check().answer(said)
        assert "confirm" in r.acts and ("chatter" in r.acts) == talk, (said, r.acts, r.said)
    for said in ["确认，我再看看", "名称改一下，确认", "等一下，金额不对"]:   # a wait after the yes, a change: no yes
        r = _final_check().answer(said)
        assert "confirm" not in r.acts, (said, r.acts, r.said)


def test_talk_beside_an_answer_is_chatter():
    for field, said in [("indicators.质量指标", "病虫害防治率≥90%，这个是植保站报上来的"),
                        ("indicators.满意度指标", "村民满意度≥92%，我自己就是村民，肯定满意"),
                        ("department", "县林业局，局长在隔壁坐着呢"),
                        ("unit", "县渔政执法大队，搁水库边那疙瘩"),
                        ("funding", "总共四十二万，真是抠搜"),
                        ("indicators.社会效益指标", "森林火灾零发生，妥妥的"),
                        ("indicators.满意度指标", "游客满意度≥90%，thx"),
                        ("funding", "敬请知悉：本项目资金总额为人民币四十万元整（40万元）")]:
        r = asked_on(DAY, field).answer(said)
        assert "answer" in r.acts and "chatter" in r.acts, (said, r.acts, r.said)
    for field, said in [("indicators.满意度指标", "群众满意度≥90%，群众都满意"),      # words of the answer: no talk
                        ("department", "县教育局，我们的上级"), ("unit", "县第一中学那个")]:
        r = asked_on(DAY, field).answer(said)
        assert r.acts == ["answer"], (said, r.acts, r.said)


def test_what_her_asking_is_for():
    for field, said, acts in [("function_code", "功能科目是干啥的？我看不明白", ["question"]),      # what a word means
                              ("indicators.时效指标", "时效指标指的是啥，搞不懂", ["question"]),
                              ("function_code", "什么是功能科目？我不知道", ["question", "dont_know"]),   # and no value known
                              ("overview", "这段怎么写啊，你帮我想想", ["dont_know"]),             # a draft asked for
                              ("department", "是县卫健局还是县疾控中心？这个我真不会", ["question", "dont_know"])]:
        r = asked_on(DAY, field).answer(said)
        assert sorted(r.acts) == sorted(acts), (said, r.acts, r.said)


def _rows(iv: Interview) -> dict:
    return {i.name: i.value for i in iv.form.indicators}


def test_indicator_values_said_loosely():
    for field, said, name, value in [
        ("indicators.成本指标", "每个村卫生室设备维护不超过两万五", "每个村卫生室设备维护", "≤2.5万元"),   # 万 said in words: 万元
        ("indicators.数量指标", "调解矛盾纠纷事项不少于200件", "调解矛盾纠纷事项", "≥200件"),          # 事项 is a whole word
        ("indicators.数量指标", "新建候车亭15坐", "新建候车亭", "=15座"),                              # 坐 typed for 座
        ("indicators.质量指标", "病媒密度下降一半以上，就写50%", "病媒密度下降", "≥50%"),             # the figure she settles on
        ("indicators.质量指标", "政策知晓率八成，写80%", "政策知晓率", "≥80%"),
    ]:
        iv = asked_on(DAY, field)
        iv.answer(said)
        assert _rows(iv).get(name) == value, (said, _rows(iv))


def test_a_name_said_with_a_particle_or_asked_of_herself():
    for said in ["就叫湿地鸟类监测项目呗", "起啥名啊，就叫湿地鸟类监测项目"]:
        iv = asked_on(DAY, "project_name")
        r = iv.answer(said)
        assert iv.form.project_name == "湿地鸟类监测项目" and r.acts == ["answer"], (said, r.acts, iv.form.project_name)
    r = asked_on(DAY, "indicators.质量指标").answer("还是不懂，你能帮我定一个吗")
    assert r.acts == ["dont_know"], r.acts


def test_budget_lines_numbered_in_words_or_split_by_slashes():
    from tests.interview_helpers import asked_after
    for said, lines in [("一是体检费18万元；二是宣传费2.5万元；三是耗材1.5万元", [("体检费", 18), ("宣传费", 2.5), ("耗材", 1.5)]),
                        ("APP运维8w/GPS定位终端12w/人员培训2w", [("APP运维", 8), ("GPS定位终端", 12), ("人员培训", 2)])]:
        iv = asked_after(DAY, "budget_items", ("funding", "总额22万，无结转，无其他"))
        iv.answer(said)
        assert [(i.name, i.amount) for i in iv.form.budget_items] == lines, (said, iv.form.budget_items)


def test_a_row_typed_word_by_word_or_with_its_bound_after_the_figure():
    for field, said, name, value in [
        ("indicators.社会效益指标", "结业 后 就业 的 70% 以上", "结业后就业", "≥70%"),
        ("indicators.成本指标", "每人每天伙食补助90元不超过", "每人每天伙食补助", "≤90元"),
    ]:
        iv = asked_on(DAY, field)
        iv.answer(said)
        assert _rows(iv).get(name) == value, (said, _rows(iv))


def test_not_known_yet_said_as_an_office_writes():
    for said in ["关于本年度结转，目前尚待财务股进一步核实，暂无法准确答复", "此项待核"]:
        r = asked_on(DAY, "funding.carryover").answer(said)
        assert "dont_know" in r.acts, (said, r.acts)
    iv = asked_on(DAY, "necessity")
    r = iv.answer("待核实对象较多，需要入户核查")        # words of her text, no 不知道
    assert r.acts == ["answer"] and "待核实对象" in iv.form.necessity, (r.acts, iv.form.necessity)

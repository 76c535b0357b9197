"""How the interview reads what clerks write (issue 11): numbers as people write them (大写, ¥),
the funding's parts by their labels, yes in its many spellings, labelled or tab-separated blocks,
unlabelled lists, lead-ins and titles, corrections that name an earlier field. Each case asserts
the field and the value, and that nothing lands in the asked field when it was not answered."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.answers import daxie, prep
from assistant.interview.engine import Interview
from interview_helpers import asked_on

TODAY = dt.date(2025, 3, 1)


def asked(field: str, form: dict | None = None) -> Interview:
    return asked_on(TODAY, field, form)


@pytest.mark.parametrize("text, expected", [
    ("壹拾万元整", "10万元"),
    ("总额壹佰捌拾万元整", "总额180万元"),
    ("县级配套陆拾万", "县级配套60万"),
    ("¥1,200,000.00", "1200000.00元"),
    ("￥48.6万", "48.6万"),
    ("拾光书店", "拾光书店"),          # one 大写 character in a name is not a number
])
def test_prep_reads_financial_numerals_and_the_yen_sign(text, expected):
    assert prep(text).strip() == expected


def test_daxie_keeps_one_character_for_one():
    assert len(daxie("壹佰捌拾万元整")) == len("壹佰捌拾万元整")


@pytest.mark.parametrize("says, total", [
    ("壹拾万元整", 10.0),
    ("总额壹佰捌拾万元整", 180.0),
    ("¥1,200,000.00", 120.0),
    ("￥486000", 48.6),
])
def test_funding_written_in_daxie_or_with_yen_is_read_in_wan(says, total):
    iv = asked("funding")
    iv.answer(says)
    assert iv.form.funding.total == pytest.approx(total)


def test_labelled_zero_parts_never_set_the_total():
    iv = asked("funding", {"funding": {"total": 420}})
    iv.answer("结转0，其他0")
    f = iv.form.funding
    assert (f.total, f.carryover, f.other) == (420, 0, 0)


def test_labelled_zero_parts_alone_leave_the_total_empty():
    iv = asked("funding")
    iv.answer("结转0，其他0")
    assert iv.form.funding.total is None
    assert iv.form.funding.carryover == 0


@pytest.mark.parametrize("says", ["没问题确认", "ok确认", "中，确认", "核对无误", "确认无误", "对的", "行", "好的", "可以",
                                  "可中，就这样", "没问题"])
def test_the_final_check_understands_yes_however_it_is_said(says):
    iv = asked("funding")
    iv.answer("48.6万")                  # 结转 0、其他 0、本年 48.6 are computed: listed for the final check
    assert iv.unconfirmed_numbers()
    assert iv.ask("confirm").kind == "confirm"
    r = iv.answer(says)
    assert r.acts == ["confirm"]
    assert not iv.unconfirmed_numbers()


# --- pasted blocks and bare lists: each value to the field its label (or its place) names ---------

@pytest.mark.parametrize("field, says, expected", [
    ("project_name", "项目名称\t单位\t主管部门\n乡村道路养护\t县交通局\t县政府",
     {"project_name": "乡村道路养护", "unit": "县交通局", "department": "县政府"}),
    ("project_name", "项目名称\t乡村道路养护\n实施单位\t县交通局\n主管部门\t县政府",
     {"project_name": "乡村道路养护", "unit": "县交通局", "department": "县政府"}),
    ("unit_head", "单位负责人\t钟卫国\t联系电话\t0831-2345678", {"unit_head": "钟卫国", "unit_phone": "0831-2345678"}),
    ("project_name", "乡村道路养护 县交通局 县政府",
     {"project_name": "乡村道路养护", "unit": "县交通局", "department": "县政府"}),
    ("project_name", "1.乡村道路养护\n2.县交通局\n3.县政府",
     {"project_name": "乡村道路养护", "unit": "县交通局", "department": "县政府"}),
    ("unit", "县交通局、县政府", {"unit": "县交通局", "department": "县政府"}),
    ("unit", "县水利局，全称是固始县水利局", {"unit": "固始县水利局", "department": ""}),
])
def test_a_pasted_block_or_a_bare_list_fills_each_field_it_names(field, says, expected):
    iv = asked(field)
    iv.answer(says)
    for path, value in expected.items():
        assert getattr(iv.form, path) == value, path


def test_a_pasted_funding_table_goes_to_the_funding_parts_by_column():
    iv = asked("funding")
    iv.answer("资金总额(万元)\t本年财政拨款\t上年结转\t其他资金\n560\t500\t60\t0")
    f = iv.form.funding
    assert (f.total, f.current_year, f.carryover, f.other) == (560, 500, 60, 0)


def test_a_pasted_budget_table_drops_its_header_and_row_numbers():
    iv = asked("budget_items")
    iv.answer("序号\t支出内容\t金额（万元）\n1\t土建及装修\t336\n2\t设计监理\t28")
    assert [(i.name, i.amount) for i in iv.form.budget_items] == [("土建及装修", 336), ("设计监理", 28)]


@pytest.mark.parametrize("field, says", [
    ("unit", "县交通局、乡村道路养护、张三"),
    ("project_name", "乡村道路养护\t县交通局\t李四\t50"),
])
def test_a_list_that_does_not_read_in_the_forms_order_is_stored_nowhere(field, says):
    iv = asked(field)
    before = iv.form.to_json()
    r = iv.answer(says)
    assert iv.form.to_json() == before
    assert r.question.field == field
    assert any("只填一项" in s or "没能" in s for s in r.said)


def test_the_gate_refuses_a_block_as_a_name_on_every_path():
    from assistant.interview.answers import Fill, Patch
    from assistant.interview.gate import Allow, admit
    ok, refused = admit(Patch([Fill("project_name", "乡村道路养护\n县交通局", primary=True)]),
                        Allow(fields={"project_name"}, text="乡村道路养护\n县交通局"))
    assert not ok.fills and refused == ["not_a_name:project_name"]


# --- a correction of an earlier field is applied there, never stored in the asked one ------------

FORM = {"project_name": "两癌筛查", "unit": "县妇幼保健院",
        "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "筛查人数", "value": "=12000人"}]}


@pytest.mark.parametrize("says", [
    "哎呀前面筛查人数写错了，不是一万二，是一万一千五",
    "筛查人数写错了，应该是11500",
    "筛查人数12000不对，是11500",
])
def test_a_correction_naming_an_indicator_changes_it_and_not_the_asked_goal(says):
    iv = asked("goals.annual", FORM)
    r = iv.answer(says)
    assert iv.form.indicators[0].value == "=11500人"
    assert iv.form.goals.annual == []
    assert "correction" in r.acts and "chatter" not in r.acts


def test_a_correction_that_quotes_the_wrong_figure_finds_the_row_holding_it():
    iv = asked("goals.annual", FORM)
    r = iv.answer("前面写错了，不是一万二，是一万一千五")
    assert iv.form.indicators[0].value == "=11500人"
    assert iv.form.goals.annual == []
    assert r.acts == ["correction"]


@pytest.mark.parametrize("says", ["前面写错了，是一万一千五", "刚才那个数说错了，是60"])
def test_a_correction_that_names_nothing_is_never_stored_in_the_asked_text(says):
    iv = asked("goals.annual", FORM)
    r = iv.answer(says)
    assert iv.form.goals.annual == []
    assert iv.form.indicators[0].value == "=12000人"
    assert r.question.field == "goals.annual" and any("没有改动" in s for s in r.said)


# --- going to a question she names ----------------------------------------------------------------

def test_going_back_to_a_named_question_asks_it_and_stores_nothing():
    iv = asked("goals.annual")
    r = iv.answer("回到资金那一项")
    assert r.acts == ["back"] and r.question.field == "funding"
    assert iv.form.goals.annual == [] and iv.form.funding.total is None


@pytest.mark.parametrize("says, path, value", [
    ("回到资金那一项，48.6万", "funding", 48.6),
    ("回到满意度那个参与群众满意度百分之九十", "indicators", "≥90%"),
])
def test_going_to_a_named_question_with_an_answer_fills_that_question(says, path, value):
    iv = asked("goals.annual")
    r = iv.answer(says)
    assert iv.form.goals.annual == []
    assert r.acts == ["facts"]
    if path == "funding":
        assert iv.form.funding.total == value
    else:
        assert [(i.name, i.value) for i in iv.form.indicators] == [("参与群众满意度", value)]


# --- a no to what was offered, then her own answer --------------------------------------------------

@pytest.mark.parametrize("says, name", [
    ("一个都不沾边，写两癌早诊率≥90%", "两癌早诊率"),
    ("这几个都不合适，我们写：查档群众满意度≥95%", "查档群众满意度"),
])
def test_a_refusal_of_the_options_is_a_deny_and_never_part_of_an_indicator(says, name):
    iv = asked("indicators.满意度指标")
    r = iv.answer(says)
    assert "deny" in r.acts and "answer" in r.acts
    assert [i.name for i in iv.form.indicators] == [name]


# --- lead-ins, titles and talk never stay in a stored name ------------------------------------------

@pytest.mark.parametrize("field, says, expected", [
    ("department", "主管：县交通局", {"department": "县交通局"}),
    ("department", "我们归县交通局管", {"department": "县交通局"}),
    ("unit_head", "局长张三", {"unit_head": "张三"}),
    ("unit_head", "镇长张三，电话13800001111", {"unit_head": "张三", "unit_phone": "13800001111"}),
    ("unit_head", "负责人是禁毒支队长高建军电话是一三八零五五一二三四五", {"unit_head": "高建军", "unit_phone": "13805512345"}),
    ("filler", "填报人就写我吧我叫邓佳佳", {"filler": "邓佳佳"}),
    ("project_name", "今年的老年人免费体检项目", {"project_name": "老年人免费体检项目"}),
    ("unit_head", "王局长", {"unit_head": ""}),                     # a title is no name: asked again
    ("project_name", "你好，我是县卫健局的，今年要报一个项目，给老人体检的", {"project_name": ""}),
])
def test_lead_ins_titles_and_talk_are_not_stored_in_a_name(field, says, expected):
    iv = asked(field)
    iv.answer(says)
    for path, value in expected.items():
        assert getattr(iv.form, path) == value, path

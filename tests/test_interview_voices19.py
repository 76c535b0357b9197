"""Voices the lead probed in session 17 (own phrasings, none from an eval set):

- amounts of 亿 and 万 together ("一亿两千万", "1亿2千万", "3亿零500万") are one figure in 万 — never the 万 part alone
  (2000万 was stored for 1.2亿); "一亿二" is 1.2亿 as "48万6" is 48.6万;
- "小两百万" (a little short of 2百万) and "一个多亿" are rough figures: nothing stored;
- "总投资…，今年先安排…": the year's figure is this year's budget, never overwritten by a computed one;
- list marks of a chat app, an AI answer or a word processor ("- ", "• ", "（1）", "1）", "一是", "其二，") are no words of
  hers: goals and budget lines are stored without them, and a numbered list on one line is split into its items."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview import answers as A
from tests.interview_helpers import asked_on

DAY = dt.date(2025, 3, 10)
FORM = {"project_name": "应急广播终端运维", "department": "县文化广电和旅游局", "unit": "县融媒体中心",
        "start": "2025-01", "end": "2025-12", "year": 2025}


@pytest.mark.parametrize("said, wan", [("一亿两千万", 12000), ("1亿2千万", 12000), ("1亿2000万", 12000), ("一亿零五百万", 10500),
                                       ("3亿5千万元", 35000), ("2亿3千5百万", 23500), ("一亿二", 12000), ("1亿2", 12000),
                                       ("1.2亿", 12000), ("两亿", 20000)])
def test_an_amount_of_yi_and_wan_is_one_figure(said, wan):
    assert [a[2] for a in A.amounts(A.prep(said))] == [wan]


@pytest.mark.parametrize("said, wan", [("一亿两千万", 12000), ("1亿2千万", 12000), ("一亿二", 12000)])
def test_the_total_said_in_yi_and_wan_is_stored_whole(said, wan):
    form = {k: v for k, v in FORM.items()}
    iv = asked_on(DAY, "funding", form)
    iv.answer(said)
    assert iv.form.funding.total == wan


@pytest.mark.parametrize("said", ["小两百万", "小200万", "一个多亿", "两个来亿吧"])
def test_a_little_short_of_or_more_than_a_figure_is_no_figure(said):
    iv = asked_on(DAY, "funding", FORM)
    r = iv.answer(said)
    assert "hedge" in r.acts
    assert iv.form.funding.total is None


def test_this_years_share_of_a_total_investment_is_this_years_budget():
    iv = asked_on(DAY, "funding", FORM)
    iv.answer("总投资360万，今年先安排120万")
    assert iv.form.funding.current_year == 120                     # never the computed 360


@pytest.mark.parametrize("said", [
    "- 完成全县18个村广播终端检修\n- 终端在线率达到95%以上",
    "• 完成全县18个村广播终端检修\n• 终端在线率达到95%以上",
    "1）完成全县18个村广播终端检修 2）终端在线率达到95%以上",
    "（1）完成全县18个村广播终端检修；（2）终端在线率达到95%以上",
    "一是完成全县18个村广播终端检修；二是终端在线率达到95%以上",
    "其一，完成全县18个村广播终端检修；其二，终端在线率达到95%以上",
])
def test_goals_are_stored_without_the_marks_of_her_list(said):
    iv = asked_on(DAY, "goals.annual", FORM)
    iv.answer(said)
    assert iv.form.goals.annual == ["完成全县18个村广播终端检修", "终端在线率达到95%以上"]


@pytest.mark.parametrize("said", ["- 终端检修 45万\n- 电费 15万", "• 终端检修45万\n• 电费15万"])
def test_budget_lines_are_stored_without_bullets(said):
    iv = asked_on(DAY, "budget_items", {**FORM, "funding": {"total": 60, "carryover": 0, "other": 0}})
    iv.answer(said)
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("终端检修", 45), ("电费", 15)]


@pytest.mark.parametrize("text", ["完成（2）号泵站维修，在线率95%", "（2）乙；（3）丙", "2）乙 1）甲", "检修1次"])
def test_no_list_is_made_of_numbers_that_do_not_run_from_one(text):
    from assistant.interview.slips import enumerated
    assert enumerated(text) is None


def test_a_minus_sign_is_no_bullet():
    iv = asked_on(DAY, "goals.annual", FORM)
    iv.answer("-5%以内的故障率波动可以接受，全年终端在线率达到95%以上")
    assert iv.form.goals.annual and iv.form.goals.annual[0].startswith("-5%")


# a filled form of the broadcast-terminal project: three budget lines and three rows
FILLED = {**FORM, "funding": {"total": 60, "carryover": 0, "other": 0, "current_year": 60},
          "budget_items": [{"name": "终端检修", "amount": 36}, {"name": "电费", "amount": 14}, {"name": "培训", "amount": 10}],
          "indicators": [{"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "检修终端数量", "value": "≥120个"},
                         {"scope": "annual", "level1": "产出指标", "level2": "质量指标", "name": "终端在线率", "value": "≥95%"}]}


def _lines(iv) -> list[tuple[str, float]]:
    return [(b.name, b.amount) for b in iv.form.budget_items]


@pytest.mark.parametrize("asked", ["funding", "budget_items", "goals.annual", "overview", "indicators.质量指标"])
def test_not_this_but_that_puts_right_the_line_that_holds_the_wrong_figure(asked):
    iv = asked_on(DAY, asked, FILLED)
    iv.answer("不是36万，是38万")
    assert _lines(iv) == [("终端检修", 38), ("电费", 14), ("培训", 10)]
    assert iv.form.funding.total == 60                 # never the total made 38, nor the list made one line


def test_not_this_but_that_of_the_total_itself_is_the_total():
    iv = asked_on(DAY, "funding", {**FORM, "funding": {"total": 36, "carryover": 0, "other": 0, "current_year": 36}})
    iv.answer("不是36万，是38万")
    assert iv.form.funding.total == 38


@pytest.mark.parametrize("said, value", [("你前面写的'≥95%'改成'≥98%'", "≥98%"), ("把“≥95%”改成“≥98%”", "≥98%"),
                                         ("在线率那个「95%」改成「97%」", "≥97%")])
def test_a_figure_in_quote_marks_is_the_figure(said, value):
    iv = asked_on(DAY, "goals.annual", FILLED)
    iv.answer(said)
    assert [i.value for i in iv.form.indicators if i.name == "终端在线率"] == [value]


@pytest.mark.parametrize("said, lines", [
    ("把36万改成38万，电费相应减2万", [("终端检修", 38), ("电费", 12), ("培训", 10)]),
    ("把36万改成38万，电费调减2万", [("终端检修", 38), ("电费", 12), ("培训", 10)]),
    ("检修改成38万，电费压缩2万", [("终端检修", 38), ("电费", 12), ("培训", 10)]),
    ("培训费下调1万", [("终端检修", 36), ("电费", 14), ("培训", 9)]),
    ("电费调增2万", [("终端检修", 36), ("电费", 16), ("培训", 10)]),
])
def test_an_adjustment_of_a_line_is_a_difference_never_its_new_amount(said, lines):
    iv = asked_on(DAY, "goals.annual", FILLED)
    iv.answer(said)
    assert _lines(iv) == lines


@pytest.mark.parametrize("said", ["把36万改成38万，电费节约2万", "把36万改成38万，电费省下2万"])
def test_a_saving_said_beside_a_change_never_becomes_the_lines_amount(said):
    iv = asked_on(DAY, "goals.annual", FILLED)
    iv.answer(said)
    assert ("电费", 2) not in _lines(iv)


def test_a_saving_at_a_benefit_question_is_a_row_not_a_cut_of_a_line():
    iv = asked_on(DAY, "indicators.经济效益指标", FILLED)
    iv.answer("电费节约2万元")
    assert _lines(iv) == [("终端检修", 36), ("电费", 14), ("培训", 10)]


@pytest.mark.parametrize("said", ["财政补助118.5 自筹6 结转0 合计124.5 单位万", "（单位：万元）财政补助118.5 自筹6 结转0 合计124.5"])
def test_parts_parted_by_spaces_under_a_declared_unit_are_each_read(said):
    iv = asked_on(DAY, "funding", FORM)
    iv.answer(said)
    f = iv.form.funding
    assert (f.total, f.current_year, f.other, f.carryover) == (124.5, 118.5, 6, 0)


@pytest.mark.parametrize("said, part", [("合计124.5万，其中自筹有一部分", "other"), ("一共124.5万，自筹那块还没定", "other"),
                                        ("一共124.5万，有没有结转我不清楚", "carryover")])
def test_a_part_named_without_its_amount_is_never_zero_not_mentioned(said, part):
    iv = asked_on(DAY, "funding", FORM)
    iv.answer(said)
    assert iv.form.funding.total == 124.5
    assert getattr(iv.form.funding, part) is None
    assert iv.form.funding.current_year is None          # nothing computed from a part she has not given


@pytest.mark.parametrize("said", ["一共124.5万，没有自筹", "124.5万，无自筹"])
def test_a_part_said_to_be_none_is_zero(said):
    iv = asked_on(DAY, "funding", FORM)
    iv.answer(said)
    assert iv.form.funding.other == 0


def test_a_pages_tags_entities_footnotes_and_fill_in_prompts_are_no_words_of_hers():
    iv = asked_on(DAY, "overview", FORM)
    iv.answer("对全县18个行政村的应急广播终端开展检修。<br>&nbsp;&nbsp;全年巡检4次【1】，（此处填写）")
    assert iv.form.overview.replace("\n", "") == "对全县18个行政村的应急广播终端开展检修。全年巡检4次"


def test_a_comparison_sign_is_no_tag():
    iv = asked_on(DAY, "indicators.质量指标", FORM)
    iv.answer("终端故障率<5%")
    assert [i.value for i in iv.form.indicators] == ["<5%"]


@pytest.mark.parametrize("said", ["预算明细里电费和培训顺序反了", "预算明细第二行和第三行前后颠倒了"])
def test_two_lines_in_the_wrong_order_change_places_each_with_its_own_amount(said):
    iv = asked_on(DAY, "goals.annual", FILLED)
    iv.answer(said)
    assert _lines(iv) == [("终端检修", 36), ("培训", 10), ("电费", 14)]


def test_an_order_said_wrong_without_naming_the_two_changes_nothing():
    iv = asked_on(DAY, "goals.annual", FILLED)
    iv.answer("这两行顺序反了")
    assert _lines(iv) == [("终端检修", 36), ("电费", 14), ("培训", 10)]


@pytest.mark.parametrize("said", ["@助手 伊犁哈萨克自治州尼勒克县文化体育广播电视和旅游局",
                                  "伊犁哈萨克自治州尼勒克县文化体育广播电视和旅游局"])
def test_a_long_prefecture_unit_is_a_unit_and_the_chat_address_no_part_of_it(said):
    iv = asked_on(DAY, "unit", {})
    iv.answer(said)
    assert iv.form.unit == "伊犁哈萨克自治州尼勒克县文化体育广播电视和旅游局"


def test_a_text_sent_in_numbered_parts_is_one_text_without_the_part_marks():
    iv = asked_on(DAY, "overview", FORM)
    iv.answer("（1/2）对全县18个行政村的应急广播终端开展检修，")
    iv.ask("project_name")                # the next question came before her second part
    iv.answer("（2/2）全年巡检4次，更换故障终端30台。")
    assert "1/2" not in iv.form.overview and "2/2" not in iv.form.overview
    assert "全年巡检4次" in iv.form.overview and iv.form.project_name == FORM["project_name"]


def test_a_transcripts_speaker_time_and_unheard_marks_are_no_part_of_the_value():
    iv = asked_on(DAY, "project_name", {})
    r = iv.answer("发言人2 00:15 项目名称叫做农村应急广播运维（听不清）")
    assert iv.form.project_name == "农村应急广播运维"
    assert "chatter" in r.acts
    assert any("听不清" in s for s in r.said)       # said back to be checked: a word may be missing


def test_a_figure_left_in_a_correction_goes_to_the_row_its_words_name():
    iv = asked_on(DAY, "indicators.满意度指标", FILLED)
    r = iv.answer("终端数量填错了，是130个，电费那行改成16万，总额改为62万")
    assert [i.value for i in iv.form.indicators if i.name == "检修终端数量"] == ["≥130个"]
    assert ("电费", 16) in _lines(iv) and iv.form.funding.total == 62
    assert "unclear" not in r.acts and not any(i.level2 == "服务对象满意度指标" for i in iv.form.indicators)


def test_a_figure_the_form_does_not_hold_is_said_back_never_the_asked_answer():
    iv = asked_on(DAY, "indicators.社会效益指标", FILLED)
    r = iv.answer("检修单价写错了，是55元/台，检修那行改成38万，总额改为62万")
    assert ("终端检修", 38) in _lines(iv) and iv.form.funding.total == 62
    assert not any(i.level2 == "社会效益指标" for i in iv.form.indicators)
    assert "unclear" not in r.acts and any("55元/台" in s for s in r.said)


NAMED = {**FORM, "project_name": "城区积水点改造工程（一期）"}


@pytest.mark.parametrize("said, name", [
    ("不对，名称前边得补上年份，2025年城区积水点改造工程", "2025年城区积水点改造工程"),
    ("项目名称末尾括号中的（一期）去掉", "城区积水点改造工程"),
    ("名称里的一期去掉", "城区积水点改造工程"),
    ("项目名称后面加个（续建）", "城区积水点改造工程（一期）（续建）"),
])
def test_an_edit_of_the_name_is_applied_never_stored_as_the_name(said, name):
    iv = asked_on(DAY, "goals.annual", NAMED)
    iv.answer(said)
    assert iv.form.project_name == name


def test_a_kind_of_words_to_add_is_no_words_to_add():
    iv = asked_on(DAY, "goals.annual", NAMED)
    iv.answer("项目名称前面加个年份")
    assert iv.form.project_name == NAMED["project_name"]        # never "年份城区…"


@pytest.mark.parametrize("said", ["我是新来的，手有点抖，照着文件说一下哈", "不好意思，稍等，我找一下"])
def test_talk_about_herself_is_never_the_name(said):
    iv = asked_on(DAY, "project_name", {})
    iv.answer(said)
    assert not iv.form.project_name


@pytest.mark.parametrize("said, name", [("我是新来的，手有点抖，照着文件念：二〇二五年农村饮水安全巡检", "二〇二五年农村饮水安全巡检"),
                                        ("恁就写农村饮水安全巡检项目", "农村饮水安全巡检项目"),
                                        ("你就写农村饮水安全巡检项目", "农村饮水安全巡检项目")])
def test_the_name_she_reads_out_or_tells_to_write_is_the_name(said, name):
    iv = asked_on(DAY, "project_name", {})
    iv.answer(said)
    assert iv.form.project_name == name


@pytest.mark.parametrize("asked, said, value", [("unit", "县文化馆承办", "县文化馆"), ("department", "归口县文化和旅游局", "县文化和旅游局"),
                                                ("unit", "实施单位即本局，县水利局", "县水利局"),
                                                ("department", "主管部门是本单位，县政府办公室", "县政府办公室")])
def test_a_unit_without_its_deed_its_lead_or_a_pointer_before_its_name(asked, said, value):
    iv = asked_on(DAY, asked, {})
    iv.answer(said)
    assert getattr(iv.form, asked) == value


def test_labels_run_on_in_voice_input_each_start_a_clause():
    iv = asked_on(DAY, "project_name", {})
    iv.answer("项目名称是农村饮水安全巡检然后单位是县水利局主管部门也是县水利局")
    assert (iv.form.project_name, iv.form.unit, iv.form.department) == ("农村饮水安全巡检", "县水利局", "县水利局")


@pytest.mark.parametrize("said, text", [("项目名称冒号城区积水点改造括号一期反括号句号", "城区积水点改造（一期）")])
def test_brackets_said_aloud_are_brackets(said, text):
    iv = asked_on(DAY, "project_name", {})
    iv.answer(said)
    assert iv.form.project_name.replace("(", "（").replace(")", "）") == text


def test_a_deleted_lines_money_put_into_another_is_added_there_as_computed():
    iv = asked_on(DAY, "goals.annual", FILLED)
    iv.answer("把培训那行删了，钱并到检修里")
    assert _lines(iv) == [("终端检修", 46), ("电费", 14)]
    assert any(u.path == "budget_items[0].amount" for u in iv.unconfirmed_numbers())   # to confirm, never hers


def test_money_put_into_a_line_not_named_moves_nothing():
    iv = asked_on(DAY, "goals.annual", FILLED)
    iv.answer("把培训那行删了，钱并到别的里")
    assert _lines(iv) == [("终端检修", 36), ("电费", 14)]


@pytest.mark.parametrize("said", ["科目不知道啊，是不是农业那一类的，2130126？", "功能科目我不清楚，是不是2130126"])
def test_a_code_asked_back_as_a_guess_is_never_stored(said):
    iv = asked_on(DAY, "function_code", FORM)
    iv.answer(said)
    assert not iv.form.function_code


def test_a_figure_recalled_is_not_a_figure_denied():
    iv = asked_on(DAY, "indicators.数量指标", FILLED)
    iv.answer("刚才说的120个不动，另外添一条：培训村级管理员36人次")
    assert [i.value for i in iv.form.indicators if i.name == "检修终端数量"] == ["≥120个"]


def test_a_name_in_quotes_keeps_its_quotes():
    iv = asked_on(DAY, "project_name", {})
    iv.answer("2023年“8·1”洪灾道路修复工程")
    assert iv.form.project_name == "2023年“8·1”洪灾道路修复工程"


@pytest.mark.parametrize("said", ["结转弗有，其他也弗有，总额60万", "一共60万，结转么得，其他也么得", "60万，no结转"])
def test_none_said_in_dialect_is_still_none(said):
    iv = asked_on(DAY, "funding", FORM)
    iv.answer(said)
    assert iv.form.funding.carryover == 0


def test_digits_in_the_wrong_order_are_no_lines_in_the_wrong_order():
    iv = asked_on(DAY, "goals.annual", FILLED)
    iv.answer("培训那项是10.5，顺序敲反了")
    assert ("电费", 14) in _lines(iv) and _lines(iv)[1][0] == "电费"

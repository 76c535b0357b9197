"""Plain answers read as said: "聘了10个人" is a headcount (了 is the verb's aspect, not an object), and the
same figure said again where it is asked stands (it is not "没能读出", nor asked again) — issue 11."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview


def _iv() -> Interview:
    iv = Interview(today=dt.date(2026, 12, 3))
    iv.opening()
    return iv


def test_a_hire_with_an_aspect_particle_is_a_headcount():
    iv = _iv()
    for t, n in (("聘了10个人，每人每月4000", 10), ("招了3名保安", 3), ("我们聘过5个人", 5)):
        assert iv.extractor(t, iv.context("overview")).facts.get("headcount") == n, t


def test_the_total_follows_from_a_hire_said_with_le():
    iv = _iv()
    for said in ("社区聘用人员经费", "区民政局", "是", "48万", "聘了10个人，每人每月4000"):
        iv.answer(said)
    assert iv.facts.get("headcount") == 10
    assert "=10人" in [i.value for i in iv.form.indicators]


def test_the_same_figure_said_again_at_its_question_stands():
    iv = _iv()
    for said in ("社区聘用人员经费", "区民政局", "是", "48万", "聘了10个人，每人每月4000"):
        iv.answer(said)
    iv.push_followup(iv.question_for("fact.monthly"))
    assert iv.next_question().field == "fact.monthly"
    reply = iv.answer("4000")
    assert "没能" not in "\n".join(reply.said) and "answer" in reply.acts
    assert iv.next_question().field != "fact.monthly"


def _with_period() -> Interview:
    iv = _iv()
    for said in ("背街小巷路面修补", "镇建设办", "同上", "明年5月开工，10月完工"):
        iv.answer(said)
    assert (iv.form.start, iv.form.end) == ("2027-05", "2027-10")
    return iv


def test_a_start_corrected_by_its_site_word_moves_the_start():
    iv = _with_period()
    asked = iv.next_question().field
    iv.answer("不对，应该是6月开工")
    assert (iv.form.start, iv.form.end) == ("2027-06", "2027-10")
    assert getattr(iv.form, asked, None) in ("", None, [])


def test_a_period_said_by_its_site_words_is_the_period_not_the_overview_and_that_year_is_its_year():
    iv = _with_period()
    assert iv.form.year == 2027 and not iv.form.overview
    iv2 = _iv()
    for said in ("背街小巷路面修补", "镇建设办", "同上", "2027年4月动工，当年11月竣工"):
        iv2.answer(said)
    assert (iv2.form.start, iv2.form.end) == ("2027-04", "2027-11")


def test_moved_to_is_a_correction_and_lands_in_its_field():
    iv = _with_period()
    asked = iv.next_question().field
    iv.answer("完工推迟到11月")
    assert iv.form.end == "2027-11"
    assert getattr(iv.form, asked, None) in ("", None, [])     # never the asked 立项依据
    iv.answer("开工提前到4月")
    assert iv.form.start == "2027-04"


def test_a_lone_amount_at_another_question_is_offered_as_the_total_never_stored_before_her_yes():
    iv = _iv()
    for said in ("学生饮用奶补助", "县学生资助中心", "县教育局", "给全县小学生每天发一盒奶"):
        iv.answer(said)
    asked = iv.next_question().field
    assert asked != "funding" and iv.form.funding.total is None
    iv.answer("136万")
    assert iv.form.funding.total is None                 # asked, not stored
    q = iv.next_question()
    assert q.field == "funding.total" and "136万元" in q.render()
    iv.answer("是")
    assert iv.form.funding.total == 136
    assert iv.next_question().field == asked             # then the question she was at


def test_a_lone_amount_turned_down_is_not_stored_nor_offered_again():
    iv = _iv()
    for said in ("学生饮用奶补助", "县学生资助中心", "县教育局", "给全县小学生每天发一盒奶"):
        iv.answer(said)
    iv.answer("136万")
    iv.answer("不是")
    assert iv.form.funding.total is None
    iv.answer("136万")
    assert iv.next_question().field != "funding.total"


def test_budget_lines_at_another_question_are_offered_as_the_breakdown():
    iv = _iv()
    for said in ("村卫生室设备购置", "镇卫生院", "县卫健局", "给村卫生室配心电图机和制氧机"):
        iv.answer(said)
    asked = iv.next_question().field
    iv.answer("心电图机36万，制氧机14万")
    assert not iv.form.budget_items                      # asked, not stored
    q = iv.next_question()
    assert q.field == "budget_items" and "心电图机 36万元；制氧机 14万元" in q.render()
    iv.answer("是")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("心电图机", 36), ("制氧机", 14)]
    assert iv.next_question().field == asked


def _at_code() -> Interview:
    iv = _iv()
    for said in ("数字资源采购", "县图书馆", "县文旅局", "买电子书数据库和期刊库，给读者用"):
        iv.answer(said)
    q = iv.next_question()
    assert q.field == "function_code" and isinstance(q.proposal, str)
    return iv


def test_a_choice_left_to_the_assistant_at_its_second_asking_takes_its_proposal_as_unconfirmed():
    iv = _at_code()
    proposal = iv.next_question().proposal
    iv.answer("买电子书数据库")               # not a code: asked a second time
    assert iv.next_question().field == "function_code"
    said = "\n".join(iv.answer("这个我不懂，你帮我选一个吧").said)
    assert iv.form.function_code == proposal and "待确认" in said
    assert "function_code" in [u.path for u in iv.unconfirmed_numbers()]


def test_a_choice_left_to_the_assistant_at_its_first_asking_shows_it_and_takes_nothing():
    iv = _at_code()
    said = "\n".join(iv.answer("你帮我选一个吧").said)
    assert not iv.form.function_code and ("可以用我建议的" in said or "可以从下面选一个" in said)


def test_not_knowing_alone_takes_nothing():
    iv = _at_code()
    iv.answer("这个我真不知道")
    assert not iv.form.function_code


def test_a_units_name_is_no_overview():
    iv = _iv()
    for said in ("数字资源采购", "县图书馆", "县图书馆"):
        iv.answer(said)
    assert iv.next_question().field == "overview"
    iv.answer("县文旅局")
    assert not iv.form.overview


def test_xu_de_is_a_continuing_project():
    from assistant.interview.answers import attribute
    assert attribute("续的") == attribute("是续的") == "延续"
    assert attribute("续表") == ""


def test_a_line_said_with_its_price_then_its_sum_keeps_its_name():
    from assistant.interview import answers as A
    from assistant.interview.extract import budget_items
    iv = _iv()
    ctx = iv.context("budget_items")
    for said in ("警示桩 每根80元 共2.4万元；巡查艇 每艘26万 共52万；油料费3万", "警示桩每根80元，共2.4万元；巡查艇每艘26万，共52万；油料费3万"):
        items, _ = budget_items(A.prep(said), ctx, [])
        assert [(i["name"], i["amount"]) for i in items] == [("警示桩", 2.4), ("巡查艇", 52), ("油料费", 3)], said


def test_no_price_note_for_a_line_whose_sum_is_said():
    iv = _iv()
    for said in ("河道巡查", "县水利局", "同上", "跳过", "跳过", "新增", "2027年", "跳过", "跳过", "总共57.4万"):
        iv.answer(said)
    assert iv.next_question().field == "budget_items"
    said = "\n".join(iv.answer("警示桩 每根80元 共2.4万元；巡查艇 每艘26万 共52万；油料费3万").said)
    assert "只说了单价" not in said
    assert [b.name for b in iv.form.budget_items] == ["警示桩", "巡查艇", "油料费"]


def _with_this_year() -> Interview:
    iv = _iv()
    for said in ("法律援助经费", "县司法局", "同上", "跳过", "跳过", "延续", "今年3月到11月"):
        iv.answer(said)
    assert (iv.form.start, iv.form.end, iv.form.year) == ("2026-03", "2026-11", 2026)
    return iv


def test_next_year_said_as_a_correction_moves_the_whole_period_and_its_year():
    iv = _with_this_year()
    said = "\n".join(iv.answer("不对，是明年的").said)
    assert (iv.form.start, iv.form.end, iv.form.year) == ("2027-03", "2027-11", 2027)
    assert "2027" in said


def test_a_period_put_back_takes_its_computed_year_with_it():
    iv = _with_this_year()
    iv.answer("对了那个打错了，是2028年")   # whatever is read, the year never parts from the period's
    assert iv.form.year == int(iv.form.start[:4])


def test_money_also_wrong_names_the_total():
    iv = _iv()
    for said in ("法律援助经费", "县司法局", "同上", "为全县困难群众提供法律援助案件300件，全年经费36万"):
        iv.answer(said)
    assert iv.form.funding.total == 36
    iv.answer("钱也不对，是38万")
    assert iv.form.funding.total == 38


def test_a_pasted_forms_year_moved_in_her_words_moves_its_period():
    iv = _iv()
    iv.answer("项目名称\t乡镇垃圾中转站运行\t主管部门\t县城市管理局\n实施单位\t县环卫所\t项目属性\t延续\n"
              "项目期限\t2025年3月-2025年11月\n项目资金（万元）\t年度资金总额\t64\n")
    assert (iv.form.start, iv.form.end) == ("2025-03", "2025-11")
    iv.answer("年份改成2027年，其他的都一样")
    assert (iv.form.start, iv.form.end, iv.form.year) == ("2027-03", "2027-11", 2027)
    assert not [i for i in iv.form.indicators if "2027" in i.value]


def _computed_total() -> Interview:
    iv = _iv()
    for said in ("农村公路养护", "县交通运输局", "同上", "养护农村公路386公里，每公里每年2000元", "是", "跳过", "延续", "明年",
                 "跳过", "跳过"):
        iv.answer(said)
    assert iv.next_question().field == "funding" and iv.form.funding.total == 77.2
    assert "funding.total" in [u.path for u in iv.unconfirmed_numbers()]
    return iv


def test_taking_the_computed_total_in_her_words_confirms_it():
    iv = _computed_total()
    said = "\n".join(iv.answer("就按你算的").said)
    assert "已确认" in said and "funding.total" not in [u.path for u in iv.unconfirmed_numbers()]


def test_turning_down_the_computed_total_confirms_nothing():
    iv = _computed_total()
    iv.answer("按你算的不对")
    assert "funding.total" in [u.path for u in iv.unconfirmed_numbers()]


def test_the_fillers_own_phone_never_replaces_the_heads():
    iv = _iv()
    for said in ("河道保洁", "县水利局", "同上"):
        iv.answer(said)
    iv.ask("unit_head")
    iv.answer("局长张伟，电话0371-6688123")
    assert (iv.form.unit_head, iv.form.unit_phone) == ("张伟", "0371-6688123")
    iv.ask("filler")
    said = "\n".join(iv.answer("我叫李娜，电话13937112345").said)
    assert iv.form.filler == "李娜" and iv.form.unit_phone == "0371-6688123"
    assert "没有改动" in said


def test_a_chatty_opening_is_no_project_name_and_its_hire_is_a_headcount():
    iv = Interview(today=dt.date(2021, 3, 1))
    iv.opening()
    iv.answer("就是科里招了9个临时工做巡查，差不多三十万吧")
    assert not iv.form.project_name
    assert "=9人" in [i.value for i in iv.form.indicators]
    assert iv.form.funding.total is None


def test_a_units_name_said_at_another_question_is_offered_for_the_empty_unit():
    iv = Interview(today=dt.date(2021, 3, 1))
    iv.opening()
    iv.answer("就是科里招了9个临时工做巡查，差不多三十万吧")
    assert iv.next_question().field != "unit"
    iv.answer("县市场监管局")
    assert not iv.form.unit
    q = iv.next_question()
    assert q.field == "unit" and "县市场监管局" in q.render()
    iv.answer("是")
    assert iv.form.unit == "县市场监管局"


def test_a_clause_that_puts_the_rest_off_is_no_part_of_the_overview():
    iv = _iv()
    for said in ("智慧社区建设", "街道办事处", "区大数据局"):
        iv.answer(said)
    iv.answer("建3个智慧社区服务平台，其他的我再问问领导")
    assert iv.form.overview == "建3个智慧社区服务平台"


def test_not_knowing_twice_sets_the_question_aside_without_offering_its_choices():
    iv = _iv()
    for said in ("智慧社区建设", "街道办事处", "区大数据局", "建3个智慧社区服务平台"):
        iv.answer(said)
    asked = iv.next_question().field
    iv.answer("这个真不知道")
    said = "\n".join(iv.answer("不知道").lines())
    assert "先放一放" in said and "可以用我建议的" not in said and "可以从下面选一个" not in said
    assert iv.next_question().field != asked


def test_a_count_of_places_then_a_hire_are_two_facts():
    iv = _iv()
    facts = iv.extractor("为全县52所学校聘用保安104名，每人每月2800", iv.context("overview")).facts
    assert facts.get("headcount") == 104
    assert [(q["obj"], q["n"]) for q in facts.get("quantities", [])] == [("学校", 52)]


@pytest.mark.parametrize("field", ["goals.annual", "goals.long_term"])
@pytest.mark.parametrize("said", ["0371-6688123", "13937112345", "12月3号", "2130106", "县财政局"])
def test_no_goal_is_a_phone_a_code_a_day_or_a_unit(field, said):
    from interview_helpers import asked_on
    iv = asked_on(dt.date(2026, 12, 3), field, {"project_name": "食品安全抽检", "unit": "县市场监管局"})
    iv.answer(said)
    assert not getattr(iv.form.goals, field.split(".")[1])


@pytest.mark.parametrize("field", ["basis", "overview", "necessity"])
def test_a_bare_unit_or_attribute_is_no_free_text(field):
    from interview_helpers import asked_on
    for said in ("县财政局", "延续项目"):
        iv = asked_on(dt.date(2026, 12, 3), field, {"project_name": "食品安全抽检", "unit": "县市场监管局"})
        iv.answer(said)
        assert not getattr(iv.form, field), said


def test_a_total_with_its_sources_at_another_question_is_no_budget_breakdown():
    iv = _iv()
    for said in ("老旧小区加装电梯", "县住建局", "同上", "明年为12个小区加装电梯30部", "是", "新增", "跳过", "跳过"):
        iv.answer(said)
    iv.answer("600万，其中省级补助300万，县财政300万")
    assert not iv.form.budget_items
    q = iv.next_question()
    assert q.field != "budget_items" or "省级补助" not in q.render()

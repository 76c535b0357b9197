"""Gaps of the guided interview closed in session 17 (helper interview34), each by a general mechanism:

- a value said with a doubt beside it ("…吧，我也拿不准") is her answer, stored and said back to check — never set aside
  as a 不知道; a bare doubt with no value stores nothing (acts.py _DOUBT, engine._doubted);
- last year's rows pasted with what changes this year after them ("第二行改成…，第一行不变", "X改成…，其余照旧") are
  read as the rows of that paste with the changes made; a change whose row is not certain stores nothing and is
  asked (restated.py);
- a period said by the season with the year known ("后年开春开工，入冬前完工"): the months asked at once (answer.py);
- a phone said beside the 填报人's name is the form's 联系电话 when that is empty, else said back — never dropped
  in silence (engine._filler_phone);
- a share as a fraction ("2/3以上", "三分之二以上") kept as she wrote it, ≥2/3 (choices.py);
- "总额你帮我加一下：…" at the money question: her lines stored, their sum offered as the total, stored on her yes
  (reckon.py);
- a pasted 请示 with 公文 ordinals before its labels ("（一）实施单位：…") and "共计…万元，其中：1.…；2.…" lines: the
  labels read, the lines stored as the budget's lines when they add up to the total (slips.py, fields.py, extract.py,
  gate.py); a name's bracket in a pasted title stays in the name (answer.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.apply import get
from interview_helpers import asked_on

TODAY = dt.date(2025, 9, 16)


def _names(iv) -> dict:
    return {b.name: b.amount for b in iv.form.budget_items}


def _rows(iv) -> dict:
    return {r.name: r.value for r in iv.form.indicators}


# --- a value said with a doubt ------------------------------------------------------------------

@pytest.mark.parametrize("field, says, value", [
    ("project_name", "可能叫城乡供水管网维护吧，我也拿不准", "城乡供水管网维护"),
    ("project_name", "应该叫乡村文化礼堂运营补助，这个我也不太确定", "乡村文化礼堂运营补助"),
    ("project_name", "叫河道保洁长效管护吧，不确定", "河道保洁长效管护"),
])
def test_a_name_said_with_a_doubt_is_stored_and_said_back_to_check(field, says, value):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    assert get(iv.form, field) == value, get(iv.form, field)
    assert "dont_know" not in reply.acts and "answer" in reply.acts, reply.acts
    assert any("核实" in s for s in reply.said), reply.said
    assert field not in iv.skipped


def test_a_doubt_alone_stores_nothing_and_a_doubted_name_beside_it_does():
    iv = asked_on(TODAY, "project_name")
    reply = iv.answer("这个我也不太确定")
    assert not iv.form.project_name and "dont_know" in reply.acts, reply.acts
    iv = asked_on(TODAY, "project_name")
    reply = iv.answer("也许是叫集镇污水管网改造，我也说不准")
    assert iv.form.project_name == "集镇污水管网改造", iv.form.project_name


# --- rows pasted with what changes -----------------------------------------------------------------

def test_a_budget_line_changed_by_position_after_the_paste():
    iv = asked_on(TODAY, "budget_items")
    reply = iv.answer("绿化养护\t20万\n垃圾清运\t8万\n今年：第二行改成9.5万，第一行不变")
    assert _names(iv) == {"绿化养护": 20, "垃圾清运": 9.5}, _names(iv)
    assert "answer" in reply.acts and "correction" not in reply.acts, reply.acts


def test_budget_lines_changed_by_name_with_the_others_kept():
    iv = asked_on(TODAY, "budget_items")
    iv.answer("水质检测费 6.5万\n管道维修费 30万\n药剂采购 12万\n（去年的表，今年药剂改成15，水质检测改成7，管道那行不变）")
    assert _names(iv) == {"水质检测费": 7, "管道维修费": 30, "药剂采购": 15}, _names(iv)


def test_an_indicator_row_changed_by_position_keeps_its_bound():
    iv = asked_on(TODAY, "indicators.数量指标")
    iv.answer("上年的：\n河道巡查次数 ≥48次\n清理垃圾 120吨\n今年第一行改成52次，其余照旧")
    rows = _rows(iv)
    assert rows.get("河道巡查次数") == "≥52次", rows
    assert "120吨" in rows.get("清理垃圾", ""), rows
    assert not any("48" in v for v in rows.values()), rows


def test_one_pasted_row_and_a_change_without_a_row_named():
    iv = asked_on(TODAY, "indicators.效益指标")
    iv.answer("原来写的：\n群众知晓率 ≥80%\n今年上面要求高了，改成≥90%")
    rows = _rows(iv)
    assert any(v == "≥90%" for v in rows.values()) and not any("80" in v for v in rows.values()), rows


@pytest.mark.parametrize("says", [
    "宣讲场次 ≥20场\n发放资料 5000份\n今年改成30场",           # a change, two rows, no row named
    "宣讲场次 ≥20场\n发放资料 5000份\n今年第三行改成6000份",      # no third row
])
def test_a_change_whose_row_is_not_certain_stores_nothing_and_asks(says):
    iv = asked_on(TODAY, "indicators.数量指标")
    reply = iv.answer(says)
    assert iv.form.indicators == [], _rows(iv)
    assert reply.question is not None and reply.question.field == "indicators.数量指标"
    assert any("哪一行" in s for s in reply.said), reply.said


# --- a season with the year known --------------------------------------------------------------------

def test_a_season_period_with_its_year_asks_the_months_at_once():
    iv = asked_on(TODAY, "start")
    reply = iv.answer("明年开春动工，入冬前完工")
    assert iv.form.year == 2026 and not iv.form.start
    assert reply.question is not None and reply.question.field == "start", reply.question
    iv.answer("开春按3月，入冬前算到11月")
    assert (iv.form.start, iv.form.end) == ("2026-03", "2026-11"), (iv.form.start, iv.form.end)


# --- a phone beside the 填报人 --------------------------------------------------------------------------

def test_a_phone_beside_the_filler_fills_the_empty_contact_phone():
    iv = asked_on(TODAY, "filler")
    reply = iv.answer("填报人就是我，周婷，办公室电话0351-7654321")
    assert iv.form.filler == "周婷"
    assert iv.form.unit_phone == "0351-7654321", iv.form.unit_phone
    assert "facts" in reply.acts, reply.acts


def test_a_phone_beside_the_filler_is_said_back_when_the_contact_phone_is_held():
    iv = asked_on(TODAY, "unit_phone")
    iv.answer("0351-7000001")
    iv.ask("filler")
    reply = iv.answer("写我吧，郝静，电话13912345670")
    assert iv.form.filler == "郝静" and iv.form.unit_phone == "0351-7000001"
    assert any("13912345670" in s for s in reply.said), reply.said


# --- a share as a fraction ----------------------------------------------------------------------------

@pytest.mark.parametrize("says, value", [
    ("路灯节电率2/3以上", "≥2/3"),
    ("路灯节电率三分之二以上", "≥2/3"),
])
def test_a_fraction_bound_is_kept_as_she_wrote_it(says, value):
    iv = asked_on(TODAY, "indicators.质量指标")
    iv.answer(says)
    assert list(_rows(iv).values()) == [value], _rows(iv)


# --- the total worked out for her ----------------------------------------------------------------------

def test_her_lines_are_stored_and_their_sum_offered_as_the_total():
    iv = asked_on(TODAY, "funding")
    reply = iv.answer("合计你帮我加一下：苗木采购二十万，养护人工十五万，浇灌设备十二个、每个五千元")
    assert _names(iv) == {"苗木采购": 20, "养护人工": 15, "浇灌设备": 6}, _names(iv)
    assert iv.form.funding.total is None
    assert set(reply.acts) == {"facts", "dont_know"}, reply.acts
    assert reply.question is not None and reply.question.field == "funding" and "41" in reply.question.text
    iv.answer("对，就按这个")
    assert iv.form.funding.total == 41, iv.form.funding.total


# --- a pasted 请示 ----------------------------------------------------------------------------------------

def test_a_pasted_request_with_ordinals_and_numbered_lines():
    iv = asked_on(TODAY, "project_name")
    iv.answer("关于申请村（社区）应急广播更新经费的请示\n县财政局：\n一、基本情况\n（一）实施单位：县融媒体中心\n"
              "（二）主管部门：县委宣传部\n二、资金\n申请资金共计30万元，其中：1.终端更换18万元；2.平台维护12万元。\n"
              "三、时间\n2026年3月至2026年10月。\n妥否，请批示。")
    assert "应急广播更新" in iv.form.project_name and "村(社区)" in iv.form.project_name.replace("（", "(").replace("）", ")")
    assert (iv.form.unit, iv.form.department) == ("县融媒体中心", "县委宣传部")
    assert iv.form.funding.total == 30
    assert _names(iv) == {"终端更换": 18, "平台维护": 12}, _names(iv)


# --- picks said with more words, a label cut short, a title in brackets, a system's date, a change she sees ------------

def _offered(field: str):
    iv = asked_on(TODAY, field)
    q = iv.next_question()
    assert q.choices and len(q.choices) >= 2, q       # the library's rows for the category, offered by number
    return iv, q


@pytest.mark.parametrize("field, says, picks", [
    ("indicators.数量指标", "1和2这两个都要", [1, 2]),
    ("indicators.满意度指标", "满意度这项就用你推荐的1", [1]),
])
def test_picks_said_with_more_words(field, says, picks):
    iv, q = _offered(field)
    reply = iv.answer(says)
    assert reply.acts == ["choice"], reply.acts
    names = {r.name for r in iv.form.indicators}
    assert names == {q.choices[k - 1].name for k in picks}, names


@pytest.mark.parametrize("field, says, value", [
    ("unit", "实施：市园林绿化服务中心", "市园林绿化服务中心"),
    ("unit", "实施：县乡村振兴服务中心", "县乡村振兴服务中心"),
])
def test_her_label_cut_short_before_the_answer(field, says, value):
    iv = asked_on(TODAY, field)
    iv.answer(says)
    assert get(iv.form, field) == value, get(iv.form, field)


def test_a_remark_on_the_title_in_brackets_is_no_part_of_the_name():
    iv = asked_on(TODAY, "unit_head")
    iv.answer("院长（常务副院长）邝志诚")
    assert iv.form.unit_head == "邝志诚", iv.form.unit_head


def test_a_date_with_its_time_of_day_as_a_system_writes_it():
    iv = asked_on(TODAY, "indicators.时效指标")
    iv.answer("2026-06-30T00:00:00前全部投用")
    assert any("2026年6月30日" in r.value for r in iv.form.indicators), _rows(iv)


def test_a_change_she_sees_ending_in_le_is_an_effect_row():
    iv = asked_on(TODAY, "indicators.效益指标")
    iv.answer("老人看病方便了")
    assert any("老人看病方便" == r.name for r in iv.form.indicators), _rows(iv)


# --- second increment: a size by its order, her own value announced, a part she must ask about -----------------

def test_a_size_said_by_its_order_alone_is_a_hedge():
    iv = asked_on(TODAY, "funding.carryover")
    reply = iv.answer("结转还剩千把块")
    assert iv.form.funding.carryover is None and "hedge" in reply.acts, reply.acts


@pytest.mark.parametrize("field, says, value", [
    ("unit", "算了我自己定：县消防救援大队", "县消防救援大队"),
    ("department", "那我自己写：县应急管理局", "县应急管理局"),
])
def test_her_own_value_announced_before_a_colon(field, says, value):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    assert get(iv.form, field) == value, get(iv.form, field)
    assert "answer" in reply.acts, reply.acts


def test_a_part_of_the_funding_she_must_ask_about_is_not_taken_as_zero():
    iv = asked_on(TODAY, "funding")
    reply = iv.answer("总共九十六万，有没有结转我得问一下")
    assert iv.form.funding.total == 96
    assert iv.form.funding.carryover is None, iv.form.funding.carryover
    assert "dont_know" in reply.acts, reply.acts

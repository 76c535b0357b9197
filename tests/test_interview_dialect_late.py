"""A 陕西 clerk filing 高标准农田管护经费, tried turn by turn (lead, 2026-12-02).

- Yes said the way she says it (对着哩, 么麻达，就是, 对头, 是嘞, 中嘞, 对滴, 阔以, 嗯呐, a bare 嗯嗯) to "主管部门是不是也是
  「县农业农村局」？" was "不像单位名称" twice and the question set aside; "同一个单位" / "也是它" the same.
- Her period ("管护期是今年一整年，从1月1号到12月31号") or her money ("钱的话，总共是三百二十万，全部是县财政的") at 项目概况
  was stored as the 项目概况; the period/amount is kept by its own field and the 概况 is asked again.
- Her description, given one question late (at 预算功能科目, after 概况 was set aside), was "没能读出" and lost: it is
  now offered for the field asked before, stored on her yes only.
- The text quoted back was cut inside a figure ("…从1月1号到12月3").
"""
import datetime as dt

import pytest

from assistant.interview.answer import quote
from assistant.interview.engine import Interview
from assistant.interview.readers import facts_only


def _at_department(msg):
    iv = Interview(today=dt.date(2025, 3, 10))
    iv.opening()
    iv.answer("2025年高标准农田建设项目管护经费")
    iv.answer("县农业农村局")
    return iv, iv.answer(msg)


@pytest.mark.parametrize("msg", ["对着哩", "么麻达，就是", "没麻达", "对头", "是嘞", "中嘞", "是滴", "对滴", "阔以", "嗯呐",
                                 "嗯嗯", "嗯", "同一个单位", "也是它"])
def test_her_yes_to_the_same_department(msg):
    iv, r = _at_department(msg)
    assert iv.form.department == "县农业农村局", r.lines()


@pytest.mark.parametrize("msg", ["对头的名字我不知道", "农业农村局下面的站", "县水利局"])
def test_not_a_yes_is_not_taken_as_one(msg):
    iv, r = _at_department(msg)
    assert iv.form.department != "县农业农村局"


def test_dialect_words_do_not_touch_names():
    from assistant.interview.traditional import fold
    assert fold("阿拉善盟农牧局") == "阿拉善盟农牧局"
    assert fold("中华对头鱼保护") == "中华对头鱼保护"
    assert fold("对着哩") == "对"


@pytest.mark.parametrize("text", ["管护期是今年一整年，从1月1号到12月31号", "钱的话，总共是三百二十万，全部是县财政的",
                                  "2025年3月到12月", "总共48.6万元，都是县本级财政"])
def test_a_period_or_an_amount_alone_is_no_overview(text):
    assert facts_only(text)


@pytest.mark.parametrize("text", ["聘用12人做来访接待，全年经费48.6万", "对全县8.6万亩高标准农田设施进行管护，总共320万",
                                  "全年开展培训3期", "主要是日常管护维修"])
def test_what_is_done_is_an_overview(text):
    assert not facts_only(text)


def _to_overview():
    iv = Interview(today=dt.date(2025, 3, 10))
    iv.opening()
    for m in ["2025年高标准农田建设项目管护经费", "县农业农村局", "是"]:
        iv.answer(m)
    return iv


def test_period_at_overview_fills_the_period_not_the_overview():
    iv = _to_overview()
    r = iv.answer("管护期是今年一整年，从1月1号到12月31号")
    assert not iv.form.overview
    assert (iv.form.start, iv.form.end) == ("2025-01", "2025-12")
    assert r.question.field == "overview"
    assert "12月3”" not in " ".join(r.said)          # never cut inside a figure


def test_late_overview_offered_and_stored_only_on_yes():
    text = "主要是对全县已建成的8.6万亩高标准农田里头的机井、渠道、田间道路这些设施进行日常管护维修"
    iv = _to_overview()
    iv.answer("管护期是今年一整年，从1月1号到12月31号")
    iv.answer("钱的话，总共是三百二十万，全部是县财政的")   # asked twice: set aside, the code is asked
    r = iv.answer(text)
    assert not iv.form.overview and not iv.form.function_code
    assert r.question.field == "overview" and "项目概况" in r.question.render()
    r = iv.answer("对着哩")
    assert iv.form.overview == text
    assert r.question.field == "function_code"


def test_late_overview_refused_is_not_stored_nor_offered_again():
    text = "主要是对全县已建成的8.6万亩高标准农田里头的机井、渠道、田间道路这些设施进行日常管护维修"
    iv = _to_overview()
    iv.answer("管护期是今年一整年，从1月1号到12月31号")
    iv.answer("钱的话，总共是三百二十万，全部是县财政的")
    iv.answer(text)
    iv.answer("不是")
    assert not iv.form.overview and not iv.form.function_code
    r = iv.answer(text)
    assert not iv.form.overview and r.question.field == "function_code"


def test_quote_never_cuts_a_figure():
    assert quote("管护期是今年一整年，从1月1号到12月31号", 16) == "管护期是今年一整年,从1月1号…"
    assert quote("管护期是今年一整年，从1月1号到12月31号", 30) == "管护期是今年一整年,从1月1号到12月31号"
    assert quote("短句", 20) == "短句"


def _elevators(*msgs):
    iv = Interview(today=dt.date(2024, 2, 20))
    iv.opening()
    for m in ["街道老旧小区加装电梯补助", "东湖街道办事处", "主管是区住建局", "给辖区内老旧小区加装电梯的业主补助，每部电梯补20w，今年计划补15部"]:
        iv.answer(m)
    return iv, [iv.answer(m) for m in msgs]


def test_a_document_said_early_is_offered_as_the_basis():
    iv, (r1, r2) = _elevators("区政府常务会议纪要〔2024〕3号", "是")
    assert "立项依据" in r1.question.render() and not iv.form.function_code
    assert iv.form.basis == "区政府常务会议纪要〔2024〕3号"
    assert r2.question.field == "function_code"


def test_a_reason_said_early_is_offered_as_the_necessity_and_a_no_stores_nothing():
    iv, (r1, r2) = _elevators("群众上下楼难，尤其老年人，加装电梯很有必要；资金区里已经安排了", "不是")
    assert "必要性" in r1.question.render()
    assert not iv.form.necessity and not iv.form.function_code


def test_new_or_continuing_said_early_is_offered_as_the_attribute():
    iv, (r1, r2) = _elevators("新增的", "是")
    assert iv.form.attribute == "新增" and not iv.form.function_code


def test_an_offer_answered_by_the_next_answer_is_dropped_and_the_answer_kept():
    iv, rs = _elevators("2120399", "区政府常务会议纪要〔2024〕3号", "新增")
    assert "立项依据" in rs[1].question.render()
    assert iv.form.attribute == "新增" and not iv.form.basis
    assert rs[2].question.field == "start"


def _at(field, msg, today=dt.date(2024, 2, 20)):
    iv = Interview(today=today)
    iv.opening()
    iv.answer("街道老旧小区加装电梯补助")
    iv.ask(field)
    return iv, iv.answer(msg)


@pytest.mark.parametrize("field,path", [("goals.annual", "goals"), ("goals.long_term", "goals"), ("overview", "overview"),
                                        ("necessity", "necessity")])
@pytest.mark.parametrize("msg", ["刘建国，主任", "我是张敏", "和单位负责人一样", "跟去年一样"])
def test_a_name_or_a_pointer_is_no_free_text(field, path, msg):
    """'刘建国，主任' was stored as the 年度目标 and '和单位负责人一样' as the 中长期目标 (a clerk answering ahead)."""
    iv, r = _at(field, msg)
    value = getattr(iv.form, path)
    assert not (value.annual or value.long_term if path == "goals" else value), r.lines()
    assert r.question.field == field


@pytest.mark.parametrize("msg", ["农村事故多", "加装电梯15部，惠及居民600户"])
def test_words_that_start_like_a_surname_stay_text(msg):
    iv, r = _at("necessity", msg)
    assert iv.form.necessity == msg


@pytest.mark.parametrize("msg,name", [("就一项，都是补助", "补助"), ("就一项，全部是电梯补助的", "电梯补助"), ("就一项", "街道老旧小区加装电梯补助")])
def test_a_single_budget_line_is_named_without_her_fillers(msg, name):
    iv = Interview(today=dt.date(2024, 2, 20))
    iv.opening()
    iv.answer("街道老旧小区加装电梯补助")
    iv.ask("funding")
    iv.answer("300万")
    iv.ask("budget_items")
    iv.answer(msg)
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [(name, 300.0)]

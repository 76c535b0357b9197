"""Bounds said the way people say them: "不能低于百分之九十" was stored as 「群众满意度不」<90% (the bound turned round and
a 不 left in the name); "三百人次往上" kept 往上 in the value; a count named as a count ("培训人数") said while 质量 was asked
stayed a 质量 row."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 3)
FORM = {"project_name": "2027年高标准农田建设项目", "department": "县农业农村局", "unit": "县农田建设服务中心",
        "start": "2027-01", "end": "2027-12", "year": 2027, "overview": "建设高标准农田2万亩"}


def _rows(iv):
    return [(i.level2, i.name, i.value) for i in iv.form.indicators]


@pytest.mark.parametrize("said,row", [
    ("群众满意度不能低于百分之九十吧", ("服务对象满意度指标", "群众满意度", "≥90%")),
    ("满意度不应低于95%", ("服务对象满意度指标", "满意度", "≥95%")),
    ("工程验收合格率不得低于98%", ("质量指标", "工程验收合格率", "≥98%")),
])
def test_a_bound_with_a_modal_is_the_same_bound(said, row):
    iv = asked_on(DAY, "indicators.质量指标", FORM)
    iv.answer(said)
    assert _rows(iv) == [row]


def test_upward_is_at_least_and_a_count_is_a_quantity():
    iv = asked_on(DAY, "indicators.质量指标", FORM)
    iv.answer("培训人数三百人次往上")
    assert _rows(iv) == [("数量指标", "培训人数", "≥300人次")]


@pytest.mark.parametrize("said,row", [
    ("最迟12月20号前完工", ("时效指标", "完工时间", "12月20日前")),
    ("完工时间不晚于2027年11月30日", ("时效指标", "完工时间", "2027年11月30日前")),
])
def test_a_latest_date_keeps_its_day_and_is_a_deadline(said, row):
    iv = asked_on(DAY, "indicators.时效指标", FORM)
    iv.answer(said)
    assert _rows(iv) == [row]


def test_a_rough_cost_in_yuan_is_asked_in_yuan_and_its_exact_figure_read():
    iv = asked_on(DAY, "indicators.成本指标", FORM)
    r = iv.answer("人均培训费用控制在300元左右")
    text = "\n".join(r.lines())
    assert "如“300元”" in text and "0.03" not in text and not iv.form.indicators
    iv.answer("320元")
    assert _rows(iv) == [("成本指标", "人均培训费用", "≤320元")]


def test_a_price_per_thing_at_quality_is_no_share():
    iv = asked_on(DAY, "indicators.质量指标", FORM)
    iv.answer("每亩补25")
    assert not any("%" in i.value for i in iv.form.indicators)    # "每亩补25" was stored as ≥25%


def test_a_rate_without_its_sign_is_still_a_share():
    iv = asked_on(DAY, "indicators.质量指标", FORM)
    iv.answer("合格率98以上")
    assert _rows(iv) == [("质量指标", "合格率", "≥98%")]


def test_a_phone_given_with_the_head_is_not_asked_after():
    iv = asked_on(DAY, "unit_head", FORM)
    r = iv.answer("负责人是所长李建国，手机13907771234，办公室电话0771-5201234")
    assert iv.form.unit_head == "李建国" and "13907771234" in iv.form.unit_phone
    assert "联系电话是多少" not in "\n".join(r.lines())


def test_a_cost_in_kuai_is_written_in_yuan_and_pieces_stay_pieces():
    iv = asked_on(DAY, "indicators.成本指标", FORM)
    iv.answer("亩均投资不超过1500块")
    assert _rows(iv) == [("成本指标", "亩均投资", "≤1500元")]
    iv = asked_on(DAY, "indicators.数量指标", FORM)
    iv.answer("宣传牌20块")
    assert _rows(iv) == [("数量指标", "宣传牌", "=20块")]

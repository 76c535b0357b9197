"""A message led by the indicator category it answers ("质量嘛，工程验收合格率得100%" while the 项目概况 was asked)
was stored as the 项目概况: the category names the field it is for. It is now never kept as the asked text field;
the row is offered to its category and stored on her yes only. Text that merely starts with such a word
("质量提升，对全县2万亩农田进行平整") is still her text."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

DAY = dt.date(2026, 12, 3)
FORM = {"project_name": "2027年高标准农田建设项目", "department": "县农业农村局", "unit": "县农田建设服务中心",
        "start": "2027-01", "end": "2027-12", "year": 2027}


@pytest.mark.parametrize("field", ["overview", "basis", "necessity", "unit_functions"])
@pytest.mark.parametrize("said,category", [
    ("质量嘛，工程验收合格率得100%", "质量指标"),
    ("时效的话，11月底前全部完工", "时效指标"),
    ("效益方面：亩均增产粮食100斤左右", "效益指标"),
    ("数量这块，建成高标准农田2万亩", "数量指标"),
])
def test_a_row_led_by_its_category_is_not_a_text_field(field, said, category):
    iv = asked_on(DAY, field, FORM)
    r = iv.answer(said)
    assert getattr(iv.form, field) == ""
    assert not iv.form.indicators                      # nothing stored before her yes
    assert category in "\n".join(r.lines())


def test_the_offered_row_is_stored_on_her_yes():
    iv = asked_on(DAY, "overview", FORM)
    iv.answer("质量嘛，工程验收合格率得100%")
    iv.answer("是")
    assert [(i.level2, i.name, i.value) for i in iv.form.indicators] == [("质量指标", "工程验收合格率", "=100%")]
    assert iv.form.overview == ""


def test_text_that_starts_with_such_a_word_is_still_hers():
    iv = asked_on(DAY, "overview", FORM)
    iv.answer("质量提升，对全县2万亩农田进行平整和灌溉改造")
    assert iv.form.overview == "质量提升，对全县2万亩农田进行平整和灌溉改造"

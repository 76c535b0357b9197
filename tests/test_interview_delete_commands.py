"""A command to delete a row is never the text of the question on screen (issue 11: nothing misfiled).

Found by an adaptive clerk (a 农业农村局 clerk tidying 农机购置补贴 after the interview): "删掉验收合格率", said while
the review asked her to rewrite the 年度目标, replaced the whole goal with the words "删掉验收合格率"."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.interview_helpers import asked_on

TODAY = dt.date(2026, 12, 1)
FORM = {"project_name": "农机购置补贴", "year": 2027,
        "goals": {"annual": ["2027年补贴农机300台，验收合格率100%。"], "long_term": ["持续提高农业机械化水平。"]},
        "indicators": [
            {"level1": "产出指标", "level2": "数量指标", "name": "补贴农机", "value": "=300台"},
            {"level1": "产出指标", "level2": "质量指标", "name": "验收合格率", "value": "=100%"},
        ]}


@pytest.mark.parametrize("field", ["goals.annual", "goals.long_term", "overview", "necessity"])
@pytest.mark.parametrize("text", ["删掉验收合格率", "把验收合格率删掉", "验收合格率这个删了", "请删除验收合格率"])
def test_a_delete_command_deletes_and_leaves_the_text(field, text):
    iv = asked_on(TODAY, field, FORM)
    before = iv.form.model_dump()
    iv.answer(text)
    assert [i.name for i in iv.form.indicators] == ["补贴农机"]
    after = iv.form.model_dump()
    assert after["goals"] == before["goals"] and after["overview"] == before["overview"] \
        and after["necessity"] == before["necessity"]


@pytest.mark.parametrize("text", ["对违规信息进行删除处理，全年删除有害信息500条",
                                  "去掉重复建设的部分，集中建设验收合格率高的示范点"])
def test_a_text_that_speaks_of_deleting_is_her_text(text):
    iv = asked_on(TODAY, "overview", FORM)
    iv.answer(text)
    assert iv.form.overview == text
    assert [i.name for i in iv.form.indicators] == ["补贴农机", "验收合格率"]

"""A text that points at another paper ("详见项目申报书", "见附表2", "具体见实施方案", "按文件执行") is where the text is,
not the text: never stored in 概况, 依据, 必要性, 职能 or a goal (a form that says only "详见…" is what reviewers send
back); she is asked to write or paste it. A document named by its title is a 依据, and words beside a pointer stay."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
BASE = {"project_name": "农村危房改造补助", "unit": "县住房和城乡建设局", "department": "县住房和城乡建设局",
        "funding": {"total": 100.0}}


def _value(iv, field):
    return iv.form.goals.annual if field == "goals.annual" else getattr(iv.form, field)


@pytest.mark.parametrize("field", ["overview", "basis", "necessity", "unit_functions", "goals.annual"])
@pytest.mark.parametrize("said", ["详见项目申报书", "见附表2", "具体见实施方案", "按文件执行", "详见可研报告。"])
def test_pointer_is_no_text(field, said):
    iv = asked_on(TODAY, field, BASE)
    r = iv.answer(said)
    assert not _value(iv, field)
    assert any("看不到" in s for s in r.said), r.said


def test_document_named_is_a_basis():
    iv = asked_on(TODAY, "basis", BASE)
    iv.answer("参照《农村危房改造实施方案》")
    assert iv.form.basis == "参照《农村危房改造实施方案》"


def test_words_beside_a_pointer_stay():
    iv = asked_on(TODAY, "overview", BASE)
    iv.answer("按照省厅文件要求，全县完成危房改造1200户")
    assert iv.form.overview == "按照省厅文件要求，全县完成危房改造1200户"

"""A zero too many or too few, and two lines or rows said to be the wrong way round.

- "养护里程多打了一个0" at 立项依据 was stored as the 立项依据 (a misfile); "总额多打了个0，应该是60万" found no field.
- "材料费和运输说反了" (two budget lines), "结转和财政拨款说反了", two rows: "没听出是哪两项"."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2026, 12, 3)
FORM = {"project_name": "农村道路养护经费", "unit": "县公路养护中心", "department": "县交通运输局",
        "start": "2027-01", "end": "2027-12", "year": 2027,
        "funding": {"total": 600.0, "carryover": 100.0, "other": 0.0, "current_year": 500.0},
        "budget_items": [{"name": "人工费", "amount": 300.0}, {"name": "材料费", "amount": 200.0}, {"name": "运输费", "amount": 100.0}],
        "indicators": [{"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "养护里程", "value": "≥1200公里"},
                       {"scope": "annual", "level1": "产出指标", "level2": "质量指标", "name": "验收合格率", "value": "≥95%"},
                       {"scope": "annual", "level1": "产出指标", "level2": "质量指标", "name": "优良路率", "value": "≥85%"}]}


def _state(iv) -> dict:
    return {"rows": {i.name: i.value for i in iv.form.indicators}, "items": {i.name: i.amount for i in iv.form.budget_items},
            "funding": iv.form.funding.model_dump(), "basis": iv.form.basis}


def _expect(**change) -> dict:
    iv = asked_on(TODAY, "basis", FORM)
    want = _state(iv)
    for part, values in change.items():
        want[part] = {**want[part], **values}
    return want


@pytest.mark.parametrize("said, change", [
    ("养护里程多打了一个0", {"rows": {"养护里程": "≥120公里"}}),
    ("养护里程少写了个零", {"rows": {"养护里程": "≥12000公里"}}),
    ("总额多打了个0，应该是60万", {"funding": {"total": 60.0}}),
    ("总额多打了个0", {"funding": {"total": 60.0}}),
    ("人工费多打了两个0", {"items": {"人工费": 3.0}}),
    ("材料费和运输费说反了", {"items": {"材料费": 100.0, "运输费": 200.0}}),
    ("结转和财政拨款写反了", {"funding": {"carryover": 500.0, "current_year": 100.0}}),
    ("验收合格率和优良路率弄反了", {"rows": {"验收合格率": "≥85%", "优良路率": "≥95%"}}),
])
def test_zeros_and_swaps_change_what_she_names_only(said, change):
    iv = asked_on(TODAY, "basis", FORM)
    iv.answer(said)
    assert _state(iv) == _expect(**change)


@pytest.mark.parametrize("said", ["多打了个0", "养护里程和优良路率写反了", "这两个说反了"])
def test_zeros_or_swaps_naming_nothing_certain_change_nothing(said):
    iv = asked_on(TODAY, "basis", FORM)
    r = iv.answer(said)
    assert _state(iv) == _expect()
    assert r.said


def test_zero_right_after_her_figure_is_that_figure():
    iv = asked_on(TODAY, "funding.total", {**FORM, "funding": {}, "budget_items": []})
    iv.answer("600万")
    iv.answer("刚才多打了个0")
    assert iv.form.funding.total == 60.0

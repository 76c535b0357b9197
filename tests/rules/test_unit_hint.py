"""indicator_unit_missing: the unit suggested follows what the name measures. '验收合格率 1' was told '请补上单位，如“1%”或
“1人”“1万元”' — 1% for a rate of 1 (a share, most likely 100%), and 人/万元 for a rate at all."""
import pytest

from assistant.model import Declaration
from assistant.rules import check


def _hint(name, value):
    form = Declaration.model_validate({"indicators": [{"scope": "annual", "level1": "产出指标", "level2": "质量指标",
                                                        "name": name, "value": value}]})
    found = [f for f in check(form).findings if f.code == "indicator_unit_missing"]
    assert len(found) == 1
    return found[0].suggestion


@pytest.mark.parametrize("value,pct", [("1", "100%"), ("0.95", "95%"), ("≥0.9", "≥90%")])
def test_a_rate_written_as_a_share_is_offered_as_a_percentage(value, pct):
    hint = _hint("验收合格率", value)
    assert pct in hint and "万元" not in hint


def test_a_rate_above_one_gets_a_percent_sign():
    hint = _hint("设施完好率", "95")
    assert "95%" in hint and "人" not in hint


def test_a_count_keeps_the_usual_units():
    assert "人" in _hint("培训人次", "500")


def test_a_cost_without_unit_is_offered_money_units():
    form = Declaration.model_validate({"indicators": [{"scope": "annual", "level1": "产出指标", "level2": "成本指标",
                                                        "name": "每件案件律师补贴", "value": "≤1500"}]})
    hint = next(f.suggestion for f in check(form).findings if f.code == "indicator_unit_missing")
    assert "1500元" in hint and "%" not in hint and "人" not in hint

"""The finding that a goal's count differs from its 数量指标 quotes the goal's words whole (issue 11's review,
found by an adaptive clerk): 「补贴农机为300台」, not 「贴农机为300台」 cut at four characters."""
from __future__ import annotations

import pytest

from assistant.rules import check
from tests.rules.test_rule_cases import build


@pytest.mark.parametrize("goal,quote", [
    ("2027年，县农业农村局实施“农机购置补贴”（资金24万元）：补贴农机为300台，农户满意度不低于95%。", "补贴农机为300台"),
    ("2024年聘用5名工作人员并全年在岗，信访事项按期办结率达到95%以上。", "2024年聘用5名"),
])
def test_the_goal_is_quoted_from_its_clause(goal, quote):
    form = build({"patch": {"goals": {"annual": [goal]}},
                  "add": [{"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "补贴农机", "value": "=320台"}]})
    found = [f for f in check(form).findings if f.code == "text_number_mismatch" and f.field == "goals.annual[0]"]
    assert found and f"「{quote}」" in found[0].message, [f.message for f in found]

"""The goal-count part of text_number_mismatch (``texts.count_conflicts``) reads a goal's counts only when the goal
holds a word of a 数量指标 row's name (a ``bigrams`` pair): a count is compared only with the rows sharing a word
with the words before it, which are a piece of the goal. These tests compare it with the comparison written out
plainly (every goal's counts read, every row asked) on every rule case and JSON form of the fixtures and on goals
made to sit on each side of the gate (full-width digits, a word split by the number, several rows and goals), and
check that a goal without such a word is not read at all."""
from __future__ import annotations

import pytest

from assistant.formdata import PlainDeclaration, category_of
from assistant.rules import Context
from assistant.rules import texts
from assistant.rules.texts import bigrams, count_conflicts, goal_counts, text_number_mismatch, value_count

from .test_indicator_heads import _table
from .test_row_rules import FORMS


def _plain(form: PlainDeclaration) -> list[tuple]:
    said = [(i, goal_counts(g)) for i, g in enumerate(form.goals.annual)]
    rows = [(ind, vc, bigrams(ind.name)) for ind in form.indicators
            if ind.scope == "annual" and ind.name and (vc := value_count(ind.value)) and category_of(ind) == "数量指标"]
    out = []
    for i, counts in said:
        for number, unit, before, text in counts:
            same = [(ind, vc) for ind, vc, grams in rows if vc[1] == unit and any(g in before for g in grams)]
            if same and not any(abs(vc[0] - number) < 1e-9 for _, vc in same):
                out.append((i, text, before, same[0][0]))
                break
    return out


ROWS = (("annual", "产出指标", "数量指标", "培训人数", "=120人"), ("annual", "产出指标", "数量指标", "完成数量", "=335台"),
        ("long_term", "产出指标", "数量指标", "培训农民", "=5人"), ("annual", "产出指标", "质量指标", "培训合格率", "≥95%"),
        ("annual", "产出指标", "经济成本指标", "培训成本", "≤5万元"))
GOALS = ["培训农民150人，合格率100%。", "2025年完成335台。", "完成数量336台。", "全年培训１５０名农民。", "培150训人。",
         "进一步提升工作水平。", "其中培训50人。", "培训农民120人次。", "培训农民120人，完成数量400台。", "", "培训"]


def _made() -> list[PlainDeclaration]:
    forms = []
    for k in range(len(ROWS)):
        for goals in ([g] for g in GOALS):
            form = _table(*ROWS[k:], *ROWS[:k])
            form.goals.annual = goals
            forms.append(form)
        form = _table(*ROWS[k:])
        form.goals.annual = GOALS[k:] + GOALS[:k]
        forms.append(form)
    return forms


@pytest.mark.parametrize("form", [form for _, form in FORMS] + _made())
def test_count_conflicts_are_those_of_the_plain_comparison(form):
    assert list(count_conflicts(form)) == _plain(form)
    assert list(count_conflicts(form, Context())) == _plain(form)


def test_the_made_goals_fire_on_both_sides_of_the_gate():
    fired = [form for form in _made() if _plain(form)]
    assert fired and len(fired) < len(_made())
    assert any(list(text_number_mismatch(form, Context())) for form in fired)


def test_a_goal_without_a_row_word_is_not_read(monkeypatch):
    read = []
    monkeypatch.setattr(texts, "goal_counts", lambda goal: read.append(goal) or goal_counts(goal))
    form = _table(*ROWS)
    form.goals.annual = ["2025年完成400台，合格率100%。", "培训农民150人。"]
    assert [c[:2] for c in count_conflicts(form)] == [(1, "150人")]
    assert read == ["培训农民150人。"]

"""indicator_category_missing and indicator_duplicate read a form's rows through one shared view, each row's head
(scope, levels, name, value empty or not: ``indicators._heads``), and remember what they say of a table's heads. These
tests compare them with the rules written out plainly over the rows, on every rule case and JSON form of the
fixtures and on tables whose rows differ only in what the heads keep (a value filled or not, spaces in a name, the
scope): a view that dropped any of it would answer one of them with another's findings."""
from __future__ import annotations

from assistant.formdata import PlainDeclaration, PlainIndicator, category_of, family_of, read, row_path
from assistant.rules import Context
from assistant.rules.indicators import _CATEGORY_HINTS, _REQUIRED, indicator_category_missing, indicator_duplicate

from .test_row_rules import FORMS


def _plain_category_missing(form: PlainDeclaration) -> list[tuple[str, str]]:
    filled = [ind for ind in form.indicators if ind.name or ind.value]
    rows = [ind for ind in filled if ind.scope == "annual"] or filled
    present = {category_of(ind) for ind in rows} | {family_of(ind) for ind in rows}
    return [(f"indicators.{cat}", f"年度绩效指标中缺少{label}。") for cat, label in _REQUIRED if cat not in present]


def _plain_duplicates(form: PlainDeclaration) -> list[tuple[str, str]]:
    seen, out = set(), []
    for i, ind in enumerate(form.indicators):
        if not (ind.name or ind.value) or not ind.name:
            continue
        key = (ind.scope, "".join(ind.name.split()))
        if key in seen:
            out.append((row_path(ind, i), f"指标「{ind.name}」重复出现。"))
        seen.add(key)
    return out


def _said(rule, form) -> list[tuple[str, str]]:
    return [(f.field, f.message) for f in rule(form, Context())]


def _table(*rows: tuple[str, str, str, str, str]) -> PlainDeclaration:
    form = read({})
    form.indicators = []
    for scope, l1, l2, name, value in rows:
        ind = PlainIndicator.__new__(PlainIndicator)
        ind.__dict__ = {"scope": scope, "level1": l1, "level2": l2, "name": name, "value": value}
        form.indicators.append(ind)
    return form


TABLES = [
    _table(("annual", "产出指标", "数量指标", "", "=5人"), ("annual", "产出指标", "质量指标", "合格率", "")),
    _table(("annual", "产出指标", "数量指标", "", ""), ("annual", "产出指标", "质量指标", "合格率", "")),
    _table(("long_term", "产出指标", "数量指标", "人数", "=5人"), ("long_term", "效益指标", "社会效益指标", "覆盖率", "≥90%")),
    _table(("long_term", "产出指标", "数量指标", "人数", "=5人"), ("annual", "效益指标", "社会效益指标", "覆盖率", "≥90%")),
    _table(("annual", "产出指标", "数量指标", "培训 人数", "=5人"), ("annual", "产出指标", "数量指标", "培训人数", "=6人")),
    _table(("annual", "产出指标", "数量指标", "培训人数", "=5人"), ("long_term", "产出指标", "数量指标", "培训人数", "=6人")),
    _table(("annual", "产出指标", "数量指标", "培训人数", ""), ("annual", "产出指标", "数量指标", "培训人数", "")),
    _table(("annual", "成本指标", "经济成本指标", "", "≤5万元"), ("annual", "满意度指标", "", "满意度", "≥90%")),
    _table(("annual", "成本指标", "经济成本指标", "", ""), ("annual", "满意度指标", "", "满意度", "")),
]


def test_the_table_rules_say_what_the_plain_rules_say_of_every_fixture_form_and_table():
    forms = [form for _, form in FORMS] + TABLES
    for _ in range(2):            # the second time, every table's heads are remembered
        for form in forms:
            assert _said(indicator_category_missing, form) == _plain_category_missing(form)
            assert _said(indicator_duplicate, form) == _plain_duplicates(form)


def test_tables_that_differ_only_in_what_the_heads_keep_are_told_apart():
    said = [(_said(indicator_category_missing, t), _said(indicator_duplicate, t)) for t in TABLES]
    for a, b in ((0, 1), (2, 3), (4, 5), (7, 8)):
        assert said[a] != said[b], (a, b)
    assert _said(indicator_duplicate, TABLES[4]) and not _said(indicator_duplicate, TABLES[5])
    assert set(_CATEGORY_HINTS) == {cat for cat, _ in _REQUIRED}


def test_both_rules_read_one_view_made_once_per_check(monkeypatch):
    from assistant.rules import indicators
    made = []
    real = indicators._heads_of
    monkeypatch.setattr(indicators, "_heads_of", lambda form: made.append(form) or real(form))
    ctx, form = Context(), TABLES[4]
    list(indicator_category_missing(form, ctx))
    list(indicator_duplicate(form, ctx))
    assert made == [form]


def test_the_rows_other_rules_take_from_the_heads_are_the_rows_they_read():
    """cost_indicator_sum_mismatch's part-cost rows and date_outside_period's 时效指标 rows, from the heads, are the rows
    their plain tests pick (the value only as filled or not: each rule reads the value itself)."""
    from assistant.lexicon import PER_UNIT_COST, TOTAL_COST
    from assistant.rules.arithmetic import _part_cost_rows
    from assistant.rules.dates import _time_rows
    from assistant.rules.indicators import _heads_of
    costs = _table(("annual", "成本指标", "经济成本指标", "人员经费", "≤5万元"),
                   ("annual", "成本指标", "经济成本指标", "单位成本", "≤5元/人"),
                   ("long_term", "成本指标", "经济成本指标", "设备费", "≤3万元"),
                   ("annual", "产出指标", "成 本指标", "设备费", ""), ("annual", "产出指标", "时效指标", "完成时间", ""),
                   ("annual", "产出指标", "时效指标", "完成时间", "2025年底"))
    for form in [form for _, form in FORMS] + TABLES + [costs]:
        rows = list(enumerate(form.indicators))
        assert _part_cost_rows(_heads_of(form)) == tuple(
            i for i, ind in rows if ind.scope == "annual" and category_of(ind) == "成本指标" and ind.value
            and not (PER_UNIT_COST.search(ind.name) or TOTAL_COST.search(ind.name)))
        assert _time_rows(_heads_of(form)) == tuple(
            i for i, ind in rows if ind.scope == "annual" and category_of(ind) == "时效指标" and ind.value)
    assert _part_cost_rows(_heads_of(costs)) == (0,) and _time_rows(_heads_of(costs)) == (5,)

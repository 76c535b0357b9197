"""Values are bounded on every way in (import, interview answers and fills, edits in the app), so a report,
a draft or a web response is bounded by its rows — never by the size of a file or an answer (caps.py)."""
from __future__ import annotations

import json
import zipfile

from click.testing import CliRunner

from assistant.caps import ANSWER, LONG, MAX_ROWS, SHORT
from assistant.cli import cli
from assistant.importers import read_bytes
from assistant.interview.engine import Interview
from assistant.model import Declaration

MIB = 1024 * 1024


def check_json(path) -> dict:
    r = CliRunner().invoke(cli, ["check", "--json", str(path)])
    return json.loads(r.stdout.splitlines()[0])


def test_a_one_mib_project_name_in_json_is_cut_and_said(tmp_path):
    src = tmp_path / "big.json"
    src.write_text(json.dumps({"project_name": "名" * MIB, "unit": "某单位"}, ensure_ascii=False), encoding="utf-8")
    record = check_json(src)
    assert record["form"]["project_name"] == "名" * SHORT + "…"
    assert "「项目名称」过长（1,048,576 字），已截断为前 200 字，请核对原文件。" in record["warnings"]
    assert len(json.dumps(record, ensure_ascii=False)) < 30_000


def test_a_one_mib_project_name_in_text_is_cut_and_said(tmp_path):
    src = tmp_path / "big.txt"
    src.write_bytes("项目名称：".encode() + b"x" * (MIB - 15))
    record = check_json(src)
    assert len(record["form"]["project_name"]) == SHORT + 1
    assert any(w.startswith("「项目名称」过长") for w in record["warnings"])
    assert any(w.startswith("文本过长（") for w in record["warnings"])
    assert len(json.dumps(record, ensure_ascii=False)) < 30_000


def test_rows_and_long_texts_are_bounded_on_import():
    data = {"overview": "概" * (LONG * 3), "goals": {"annual": ["目标"] * 80},
            "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": f"指标{i}", "value": "≥1个" + "x" * 900}
                           for i in range(MAX_ROWS + 50)]}
    result = read_bytes(json.dumps(data, ensure_ascii=False).encode(), "rows.json")
    form = result.form
    assert len(form.overview) == LONG + 1 and len(form.indicators) == MAX_ROWS and len(form.goals.annual) == 50
    assert all(len(i.value) == 501 for i in form.indicators)
    assert f"绩效指标多达 {MAX_ROWS + 50} 行，只保留了前 {MAX_ROWS} 行，请核对原文件。" in result.warnings
    assert f"{MAX_ROWS} 个绩效指标的指标值过长，已截断为前 500 字，请核对原文件。" in result.warnings
    assert "概况" in " ".join(result.warnings) and "年度目标过长或条数过多（80 条" in " ".join(result.warnings)


def test_review_report_size_is_bounded_by_its_rows_not_by_the_files(tmp_path):
    """The zip of 1 MiB text files that gave a 20 GB HTML report: each row is now a few KB."""
    archive = tmp_path / "texts.zip"
    head = "项目名称：".encode()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(8):
            tag = str(i).encode()
            z.writestr(f"f{i:03d}.txt", head + b"x" * (MIB - len(head) - len(tag)) + tag)   # 1 MiB exactly
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["review", str(archive), "--out", str(out / "r.xlsx"), "--html", str(out / "r.html"),
                                 "--jsonl", str(out / "r.jsonl"), "--jobs", "1", "--no-cache"])
    assert r.exit_code in (0, 1), r.output
    rows = [json.loads(x) for x in (out / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 8 and all(len(row["form"]["project_name"]) == SHORT + 1 for row in rows)
    per_row = {p: (out / p).stat().st_size / 8 for p in ("r.html", "r.jsonl", "r.xlsx")}
    assert per_row["r.html"] < 40_000 and per_row["r.jsonl"] < 20_000 and per_row["r.xlsx"] < 20_000, per_row


def test_a_huge_answer_is_cut_and_the_draft_stays_small():
    iv = Interview()
    iv.opening()
    reply = iv.answer("社会化聘用人员经费" + "啊" * MIB)
    assert reply.said[0] == f"您的回答超过 {ANSWER:,} 字，只读取了前 {ANSWER:,} 字。"
    assert len(iv.form.project_name) <= SHORT + 1
    assert len(json.dumps(iv.to_state(), ensure_ascii=False)) < 100_000


def test_an_edit_or_a_saved_draft_with_a_huge_value_is_cut():
    iv = Interview()
    iv.set_form(Declaration(project_name="名" * MIB, overview="概" * MIB))
    assert len(iv.form.project_name) == SHORT + 1 and len(iv.form.overview) == LONG + 1
    state = iv.to_state()
    state["form"]["unit"] = "单" * MIB                    # as stored by a version without bounds
    assert len(Interview.from_state(state).form.unit) == SHORT + 1


def _edges():
    """(what is set, its value at the bound, one past it) for every value and row count cap_form bounds."""
    from assistant.caps import _ROW_FIELDS, LONG_FIELDS, MAX_GOALS, SHORT_FIELDS, VALUE
    for name in SHORT_FIELDS + LONG_FIELDS:
        n = LONG if name in LONG_FIELDS else SHORT
        yield (lambda f, v, name=name: setattr(f, name, v)), "字" * n, "字" * (n + 1)
    for rows, attr, limit, _ in _ROW_FIELDS:
        yield (lambda f, v, rows=rows, attr=attr: setattr(getattr(f, rows)[-1], attr, v)), "字" * limit, "字" * (limit + 1)
    for rows in ("indicators", "budget_items"):
        yield (lambda f, v, rows=rows: setattr(f, rows, getattr(f, rows)[:1] * v)), MAX_ROWS, MAX_ROWS + 1
    for scope in ("annual", "long_term"):
        yield (lambda f, v, scope=scope: setattr(f.goals, scope, ["目标"] * v)), MAX_GOALS, MAX_GOALS + 1
        yield (lambda f, v, scope=scope: setattr(f.goals, scope, ["目标", v])), "字" * LONG, "字" * (LONG + 1)
    assert VALUE < LONG


def test_within_caps_says_true_exactly_when_cap_form_would_cut_nothing():
    from assistant.caps import cap_form, within_caps
    from assistant.formdata import read
    from eval.util import generated_forms
    data = next(generated_forms(1)).to_json()
    cases = list(_edges())
    assert len(cases) == 14 + 4 + 5 + 2 + 4
    for put, at, past in cases:
        for value, fits in ((at, True), (past, False)):
            form = read(data)
            put(form, value)
            assert within_caps(form) is fits
            assert (cap_form(Declaration.model_validate(form.to_json())) == []) is fits
    assert within_caps(read({})) and within_caps(Declaration()) and cap_form(Declaration()) == []


def _texts_of(obj):
    """Every text a plain form holds (its fields, its parts', its lists')."""
    for v in obj.__dict__.values():
        if isinstance(v, str):
            yield v
        elif isinstance(v, list):
            for x in v:
                yield from ([x] if isinstance(x, str) else _texts_of(x))
        elif hasattr(v, "__dict__"):
            yield from _texts_of(v)


def test_read_short_knows_from_reading_whether_a_text_is_past_the_smallest_cap():
    """``formdata.read_short`` says no text is longer than MEMO_CHARS exactly when none is — at each text of the
    form, at the bound and past it, read twice (the second time a short text comes from a memo) — and ``within_caps``
    told so says what it says after measuring every text."""
    import copy

    from assistant.caps import within_caps
    from assistant.formdata import MEMO_CHARS, PLANS, PlainBudgetItem, PlainDeclaration, PlainIndicator, read_short
    from eval.util import generated_forms
    assert MEMO_CHARS <= SHORT
    data = next(generated_forms(1)).to_json()
    texts = [((), name) for name, kind, *_ in PLANS[PlainDeclaration] if kind in ("str", "literal")]
    texts += [(("budget_items", 0), name) for name, kind, *_ in PLANS[PlainBudgetItem] if kind in ("str", "literal")]
    texts += [(("indicators", 2), name) for name, kind, *_ in PLANS[PlainIndicator] if kind in ("str", "literal")]
    texts += [(("goals", "annual"), 0), (("goals", "long_term"), 0)]
    seen = set()
    for where, key in texts:
        for n in (MEMO_CHARS - 1, MEMO_CHARS, MEMO_CHARS + 1, SHORT + 300, 12_000):
            for _ in range(2):
                d = copy.deepcopy(data)
                at = d
                for step in where:
                    at = at[step]
                at[key] = "2025年" + "字" * (n - 5)
                form, short = read_short(d)
                assert form is not None
                longest = max(map(len, _texts_of(form)))
                assert short is (longest <= MEMO_CHARS), (where, key, n)
                assert within_caps(form, short=short) is within_caps(form), (where, key, n)
                seen.add((short, within_caps(form)))
    assert seen == {(True, True), (False, True), (False, False)}


def test_read_short_notes_only_its_own_reads_and_leaves_nothing_behind(monkeypatch):
    """A long text read outside ``read_short`` (another way in, another thread) is not noted for a later one, and
    ``read_short`` keeps no note once it returns, nor when reading raises."""
    import pytest

    from assistant import formdata
    from assistant.formdata import MEMO_CHARS, read, read_short
    long = {"project_name": "字" * (MEMO_CHARS + 1)}
    assert read(long) is not None and formdata._LONG_READ == {}
    assert read_short({"project_name": "短"})[1] is True
    assert read_short(long)[1] is False and formdata._LONG_READ == {}

    def boom(data):
        raise RuntimeError("boom")
    monkeypatch.setattr(formdata, "read", boom)
    with pytest.raises(RuntimeError):
        read_short(long)
    assert formdata._LONG_READ == {}

"""The text report of ``jixiao check`` written without rich (cli/render.write_plain) is, byte for byte, what rich
prints on a console that is not a terminal; where that is not certain it is rich's own. A plain text check of a
JSON form imports neither rich nor pydantic."""
from __future__ import annotations

import io
import json
import random

import pytest
from rich.console import Console
from rich.errors import MarkupError
from test_formdata import _check_out
from test_plain_models import _run

from assistant import model
from assistant.cli.render import render_report, write_plain
from assistant.findings import Correction, Finding, Report
from assistant.formdata import read
from assistant.labels import DESCRIPTIONS, field_label


def test_the_labels_descriptions_are_the_models_own():
    for cls in (model.Funding, model.BudgetItem):
        assert DESCRIPTIONS[cls.__name__] == {n: f.description for n, f in cls.model_fields.items()}
    top = {"funding", "budget_items", "goals", "indicators"}
    want = {n: f.description for n, f in model.Declaration.model_fields.items() if n not in top and f.description}
    assert DESCRIPTIONS["Declaration"] == want


def _rich(width: int, file: str, form, report: Report) -> str:
    buf = io.StringIO()
    render_report(Console(file=buf, highlight=False, width=width), file, form, report)
    return buf.getvalue()


def _plain(width: int, file: str, form, report: Report) -> str | None:
    buf = io.StringIO()
    return buf.getvalue() if write_plain(buf.write, width, file, form, report) else None


PIECES = ["项目", "经费", "合格率", "≥95%", "=4人", " ", "  ", "a", "Z9", "（万元）", "。", "，", "「", "」", "→", "ｱ",
          "é", "e\u0301", "한국", "😀", "中文" * 30, "x" * 70]
ODD = ["\u3000", "[bold]", "[/]", "\\", ":smile:", "12:30", "\t", "\n", "\r", "\x1b[31m", "\u200b"]


def _text(rng: random.Random, k: int) -> str:
    return "".join(rng.choice(ODD if rng.random() < 0.03 else PIECES) for _ in range(rng.randint(0, k)))


def test_written_plainly_it_is_what_rich_prints_and_otherwise_rich_prints_it():
    rng = random.Random(14)
    plain_written = 0
    for case in range(600):
        form = read({"project_name": _text(rng, 4)})
        findings = [Finding(rng.choice(["field_missing", "goal_vague", "indicator_irrelevant"]),
                            rng.choice(["error", "warning", "info"]), rng.choice(["", "unit", "indicators:" + _text(rng, 2),
                                                                                  "budget_items[1].amount", "goals.annual[0]"]),
                            _text(rng, 6), rng.choice(["", _text(rng, 5)])) for _ in range(rng.randint(0, 4))]
        corrections = [Correction("funding.total", rng.choice([1.5, 204000.0, _text(rng, 2)]), rng.choice([20.4, _text(rng, 2)]),
                                  _text(rng, 3)) for _ in range(rng.randint(0, 2))]
        file = rng.choice(["a.json", "/tmp/表.json", "[x].json", "b:c.json", "d" * 60 + ".json"])
        width = rng.choice([20, 40, 80, 120])
        plain = _plain(width, file, form, Report(findings, corrections))
        try:
            rich = _rich(width, file, form, Report(findings, corrections))
        except MarkupError:                # a correction's value is printed unescaped: rich may refuse it
            assert plain is None
            continue
        if plain is not None:
            plain_written += 1
            assert plain == rich, (case, width, file, findings, corrections)
    assert 100 < plain_written < 550      # both ways are taken


def test_a_long_first_line_goes_to_rich_where_it_wraps():
    form, report = read({"project_name": "很长的项目名称" * 10}), Report()
    assert _plain(80, "a.json", form, report) is None
    assert _plain(200, "a.json", form, report) == _rich(200, "a.json", form, report)


def test_a_text_check_imports_neither_rich_nor_pydantic(tmp_path):
    from test_formdata import CORPUS, PROBE
    proc = _run(PROBE, "check", *map(str, CORPUS[:5]))
    assert proc.stderr.decode().split()[-5:] == ["False"] * 5
    assert proc.stdout.decode().count("错误") >= 5


def test_the_text_report_is_the_same_plain_or_by_rich(tmp_path, monkeypatch):
    from test_formdata import CORPUS
    from assistant.cli import render
    files = [str(p) for p in CORPUS]
    monkeypatch.setenv("COLUMNS", "100")
    plain = _check_out(files, plain=True, as_json=False)
    monkeypatch.setattr(render, "write_plain", lambda *a: False)
    assert _check_out(files, plain=True, as_json=False) == plain
    assert field_label("budget_items[1].amount") in plain[1] or plain[1].count("\n") > len(files)

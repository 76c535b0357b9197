"""``jsontext.review_text`` writes exactly ``json.dumps(result.to_json(), ensure_ascii=False)``: on plain forms, on
pydantic ones, and on every value or shape it hands back to json.dumps; ``review_bytes`` (what ``check --json``
writes) is that text in UTF-8, a lone surrogate as the stream's ``errors`` encodes it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant import formdata, jsontext
from assistant.findings import Correction, Finding, Kind, Report, Severity
from assistant.importers import ImportResult, read_path
from assistant.jsontext import form_text, review_bytes, review_text
from assistant.review_one import ReviewResult, review_form

HERE = Path(__file__).parent
FORMS = sorted((HERE / "fixtures" / "corpus").glob("*.json"))


def _same(result: ReviewResult) -> str:
    want = json.dumps(result.to_json(), ensure_ascii=False)
    assert review_text(result) == want
    for errors in ("replace", "surrogatepass", "replace"):       # (twice: a remembered finding's bytes)
        assert review_bytes(result, errors) == want.encode("utf-8", errors)
    return want


def _generated(n: int) -> list[dict]:
    from eval.util import generated_forms
    return [f.to_json() for f in generated_forms(n)]


def test_plain_and_pydantic_forms_are_written_as_json_dumps_writes_them():
    assert FORMS
    for path in FORMS:
        data = json.loads(path.read_text(encoding="utf-8"))
        plain = formdata.read(data.get("form", data))
        assert plain is not None
        _same(review_form(plain, file=str(path)))
        _same(review_form(read_path(path).form, file=str(path)))      # pydantic: json.dumps writes it
    for i, data in enumerate(_generated(40)):
        _same(review_form(formdata.read(data), file=f"g{i}.json"))


ODD_TEXTS = ['引号"与\\反斜杠', "控制\x01字符\n换行\t", "百分号 %s %d %%", "", "emoji 😀 与 \u2028", "\ud800"]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_texts_needing_escapes_are_escaped_as_json_dumps_does(text):
    data = _generated(1)[0]
    data["project_name"] = data["overview"] = text
    data["goals"]["annual"] = [text, "x"]
    data["indicators"][0]["name"] = text
    form = formdata.read(data)
    assert form is not None
    result = review_form(form, file=text or "f.json")
    result.report.findings.append(Finding("field_missing", Severity.ERROR, text, text, text, Kind.RULE, text))
    result.report.corrections.append(Correction(text, text, text, text))
    assert '"field": ' + json.dumps(text, ensure_ascii=False) in _same(result)


@pytest.mark.parametrize("value", [None, 0, 12, -3.5, 1e-07, 1e22, 2 ** 70, float("inf"), float("nan"), True, "12",
                                   [1, "二"], {"a": 1.5}])
def test_any_value_of_a_correction_or_a_field_is_written_as_json_dumps_does(value):
    form = formdata.read(_generated(1)[0])
    report = Report([Finding("x", "warning", "f", "m")], [Correction("funding.total", value, value, "原因")])
    _same(ReviewResult("f.json", form, report))
    form.funding.total = value            # a value of another type than its field's (assigned after reading)
    form.year = value
    form.indicators[0].value = value
    _same(ReviewResult("f.json", form, report))


def test_a_form_of_another_shape_is_written_by_json_dumps():
    form = formdata.read(_generated(1)[0])
    del form.__dict__["filler"]           # a missing field (to_json dumps it by plan and fails as json.dumps does)
    with pytest.raises(KeyError):
        review_text(ReviewResult("f.json", form, Report()))
    form = formdata.read(_generated(1)[0])
    form.__dict__["extra"] = 1            # an extra attribute is not in the JSON
    form.indicators = tuple(form.indicators)
    form.goals.annual = ("一", "二")
    _same(ReviewResult("f.json", form, Report()))
    form.budget_items[0] = formdata.PlainIndicator()      # a row of another class
    form.budget_items[0].__dict__.update(scope="annual", level1="", level2="", name="n", value="v")
    _same(ReviewResult("f.json", form, Report()))


def test_what_a_review_adds_is_written_in_to_json_order():
    form = formdata.read(_generated(1)[0])
    imported = ImportResult(form=form, format="txt", unplaced=["未放置的行"], warnings=["警告"])
    result = ReviewResult("f.json", form, review_form(form).report, imported=imported, warnings=["警告一"],
                          opinion="审核意见", to_check=["overview"])
    assert list(json.loads(_same(result))) == ["file", "form", "findings", "corrections", "warnings", "unplaced",
                                               "opinion", "to_check"]


def test_a_form_alone_is_its_to_json():
    form = formdata.read(_generated(1)[0])
    assert form_text(form) == json.dumps(form.to_json(), ensure_ascii=False)


def test_a_repeated_indicator_row_is_written_once_and_always_as_its_content_says():
    from assistant.jsontext import _TEMPLATES
    memo = _TEMPLATES[formdata.PlainIndicator].memo
    memo.clear()
    data = _generated(3)
    forms = [formdata.read(d) for d in data]
    for i, form in enumerate(forms):
        _same(review_form(form, file=f"g{i}.json"))
    rows = {tuple(vars(ind).values()) for form in forms for ind in form.indicators}
    assert len(memo) == len(rows) < sum(len(f.indicators) for f in forms)      # each distinct row written once
    form = forms[0]
    form.indicators[1].value = "≥97%"                   # a row changed after it was written: its new text
    _same(review_form(form, file="changed.json"))
    result = review_form(form, file="odd.json")
    result.form.indicators[2].name = ["not", "a", "text"]     # a value no template writes: json.dumps' own text
    assert review_text(result) == json.dumps(result.to_json(), ensure_ascii=False)


def test_the_written_writers_are_what_the_plans_make():
    """``jsontext_writers.py`` is ``writers_module()``'s text (regenerate it after changing a plan:
    ``python -c "from assistant import jsontext; open('assistant/jsontext_writers.py', 'w').write(jsontext.writers_module())"``)."""
    assert (HERE.parent / "assistant" / "jsontext_writers.py").read_text(encoding="utf-8") == jsontext.writers_module()


def test_a_plan_that_changed_since_the_writers_were_written_gets_a_writer_of_its_own(monkeypatch):
    """A field the written file does not know: the writer is compiled from the plan and writes what json.dumps
    writes of the form's to_json."""
    plan = formdata.PLANS[formdata.PlainBudgetItem]
    monkeypatch.setitem(formdata.PLANS, formdata.PlainBudgetItem, [*plan, ("note", "str", None, formdata.clean_text, "")])
    monkeypatch.setattr(jsontext, "_WRITE", dict(jsontext._WRITE))
    monkeypatch.setattr(jsontext, "_WRITE_BYTES", dict(jsontext._WRITE_BYTES))
    jsontext._make_writers()
    form = formdata.read(_generated(1)[0])
    for i, item in enumerate(form.budget_items):
        item.note = f"备注{i}"
    assert '"note": "备注0"' in form_text(form)
    assert jsontext._form_bytes(form, "strict") == form_text(form).encode()
    _same(review_form(form, file="note.json"))


def test_the_bytes_writers_write_the_form_text_in_utf8():
    """``check --json`` writes the form by the bytes writers: ``form_text`` in UTF-8, whether its texts and rows
    are written anew or remembered (twice), every kind of text; a lone surrogate is the text's own encoding."""
    datas = [json.loads(p.read_text(encoding="utf-8")) for p in FORMS] + _generated(30)
    forms = [formdata.read(d.get("form", d)) for d in datas]
    for text in ODD_TEXTS[:-1]:
        data = _generated(1)[0]
        data["project_name"] = data["unit"] = data["overview"] = text
        data["goals"]["annual"] = [text, "x", text]
        data["indicators"][0]["name"] = text
        data["budget_items"][0]["name"] = text
        forms.append(formdata.read(data))
    for _ in range(2):
        for form in forms:
            write = jsontext._WRITE_BYTES[type(form)]
            assert write(form) == form_text(form).encode()
            assert jsontext._form_bytes(form, "strict") == form_text(form).encode()
    assert jsontext._TEXT_BYTES and jsontext._TEMPLATES[formdata.PlainIndicator].memo_bytes
    form = forms[-1]
    form.unit = "\ud800"
    with pytest.raises(UnicodeEncodeError):
        jsontext._WRITE_BYTES[formdata.PlainDeclaration](form)
    for errors in ("replace", "surrogatepass"):
        assert jsontext._form_bytes(form, errors) == form_text(form).encode("utf-8", errors)
    assert "\ud800" not in jsontext._TEXT_BYTES


@pytest.mark.parametrize("binary", [True, False], ids=["bytes", "text"])
def test_check_json_writes_the_lines_json_dumps_writes(tmp_path, monkeypatch, binary):
    """``check --json`` on a stdout that takes bytes (UTF-8, errors=replace as ``main`` sets) and on one that takes
    text only: the same lines, in the same order as text written between them (an unreadable file's line)."""
    import io
    import sys

    from assistant.cli.check_run import run
    paths = []
    for i, data in enumerate(_generated(70) + [None]):
        p = tmp_path / f"f{i:03d}.json"
        if data is None:
            p.write_text("{不是 JSON", encoding="utf-8")
        else:
            if i == 3:
                data["project_name"] = "\ud800"       # a lone surrogate (written as its escape: the file is UTF-8)
            p.write_text(json.dumps(data, ensure_ascii=i == 3), encoding="utf-8")
        paths.append(str(p))
    paths.insert(5, paths.pop())                       # the unreadable file inside the first batch
    want = []
    for p in paths:
        try:
            want.append(json.dumps(review_form(read_path(p).form, file=p).to_json(), ensure_ascii=False))
        except Exception as e:                         # noqa: BLE001 – its error line
            want.append(json.dumps({"file": p, "error": e.reason}, ensure_ascii=False))
    if binary:
        out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="replace")
    else:
        out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert run(paths, True, False) == 2
    assert "\ud800" in want[3] and '"error": ' in want[5]
    if binary:
        assert out.buffer.getvalue() == ("\n".join(want) + "\n").encode("utf-8", "replace")
    else:
        assert out.getvalue() == "\n".join(want) + "\n"

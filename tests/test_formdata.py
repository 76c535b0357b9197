"""The plain check path (formdata.py, json_reader.read_plain): a declaration JSON is read, checked and printed
without pydantic, rich or click, with exactly the output of the pydantic path; whatever the plain twins do not
read the way pydantic does falls back to it."""
from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from test_plain_models import _run

from assistant import formdata, model
from assistant.importers import read_path
from assistant.importers.json_reader import read_plain
from assistant.review_one import review_form

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.json"))
TWINS = {formdata.PlainDeclaration: model.Declaration, formdata.PlainFunding: model.Funding,
         formdata.PlainBudgetItem: model.BudgetItem, formdata.PlainGoals: model.Goals,
         formdata.PlainIndicator: model.Indicator}


@pytest.mark.parametrize("plain", list(TWINS), ids=lambda c: c.__name__)
def test_the_plain_field_tables_are_the_models_own(plain):
    """Same fields in the same order, same kinds, the same cleaning functions and defaults."""
    def same(x):
        return TWINS.get(x, x) if isinstance(x, type) else x
    want = model._plan(TWINS[plain])
    assert want is not None
    assert [tuple(same(x) for x in row) for row in formdata.PLANS[plain]] == want


def _generated(n: int) -> list[dict]:
    from eval.util import generated_forms
    return [f.to_json() for f in generated_forms(n)]


def test_plain_forms_read_and_dump_as_pydantic_does():
    forms = [json.loads(p.read_text(encoding="utf-8"))["form"] for p in CORPUS] + _generated(40)
    assert len(forms) >= 70
    for data in forms:
        plain = formdata.read(data)
        assert plain is not None
        want = model.Declaration.model_validate(data)
        assert plain.to_json() == want.model_dump(mode="json")
        assert formdata.plain_of(want) == plain
        assert review_form(plain).to_json() == review_form(want).to_json()


def test_the_odd_values_the_cleaners_take_are_read_plainly():
    data = {"project_name": 12.0, "unit": 7, "year": "2025年", "function_code": "201-03-08", "attribute": "新增项目",
            "start": "2025年3月", "end": "2025.12", "fill_date": "2025年1月2日", "extra_key": [1, 2], "funding": None,
            "goals": {"annual": "完成4人聘用", "long_term": ["目标1：", None, 3]},
            "indicators": [{"scope": "中长期", "name": "人数", "value": 4}, {"scope": None}, {}]}
    plain = formdata.read(data)
    assert plain is not None
    assert plain.to_json() == model.Declaration.model_validate(data).model_dump(mode="json")


def _by_plan(data):
    """``formdata.read`` as ``build`` does it (the general field-by-field way ``_read`` must match)."""
    try:
        return formdata.build(formdata.PlainDeclaration, data, formdata.PLANS.get, formdata._make)
    except formdata.NotPlain:
        return None


def test_the_batch_reader_reads_as_build_does_and_its_memo_changes_nothing():
    """``read`` remembers what a cleaner made of a short text; read twice (the second time from the memo), every
    form is what ``build`` makes of it, and its dump (the dict as it is) is the dump field by field."""
    odd = {"project_name": "  目标1：⋯⋯ ", "unit": 7.0, "start": "2025年3月", "end": "2025.12", "function_code": "201-03-08",
           "attribute": "新增项目", "fill_date": "2025年1月2日", "indicators": [{"scope": "中长期", "value": "  "}, {}],
           "goals": {"annual": "完成4人聘用"}, "funding": None,
           "unit_head": ["一个列表"], "filler": {"一个": "对象"}, "unit_phone": True}     # (no text: the memo's misses)
    forms = [json.loads(p.read_text(encoding="utf-8"))["form"] for p in CORPUS] + _generated(20) + [odd]
    for raw in MALFORMED.values():
        try:
            forms.append(json.loads(raw))
        except ValueError:
            pass
    for _ in range(2):
        for data in forms:
            plain, want = formdata.read(data), _by_plan(data)
            assert plain == want
            if plain is not None:
                assert plain.to_json() == formdata._dump_by_plan(plain)
    plain = formdata.read(odd)
    plain.extra = 1                        # not its fields: dumped field by field, as before
    assert plain.to_json() == formdata._dump_by_plan(plain) and "extra" not in plain.to_json()



def test_the_written_readers_are_what_the_plans_make():
    """``formdata_readers.py`` is ``readers_module()``'s text (regenerate it after changing a plan:
    ``python -c "from assistant import formdata; open('assistant/formdata_readers.py', 'w').write(formdata.readers_module())"``)."""
    assert (ROOT / "assistant" / "formdata_readers.py").read_text(encoding="utf-8") == formdata.readers_module()


def test_a_plan_that_changed_since_the_readers_were_written_gets_a_reader_of_its_own(monkeypatch):
    """A field the written file does not know (its signature differs): the reader is compiled from the plan, and
    reads as ``build`` does."""
    plan = formdata.PLANS[formdata.PlainBudgetItem]
    monkeypatch.setitem(formdata.PLANS, formdata.PlainBudgetItem, [*plan, ("note", "str", None, formdata.clean_text, "")])
    monkeypatch.setattr(formdata, "_FAST", {})
    formdata._make_readers()
    data = {"budget_items": [{"name": "培训费", "amount": 3.0, "note": " 备注 "}, {"amount": "2万元"}]}
    plain = formdata.read(data)
    assert plain == _by_plan(data)
    assert [it.note for it in plain.budget_items] == ["备注", ""]

MALFORMED = {
    "a list at the top": b"[1, 2]",
    "not JSON": b"{\"project_name\": ",
    "GBK text": json.dumps({"project_name": "聘用人员"}, ensure_ascii=False).encode("gbk"),
    "a year that is no year": b'{"year": "\xe6\x97\xa0\xe5\xb9\xb4\xe5\xba\xa6"}',
    "funding not an object": b'{"funding": [1]}',
    "budget items not a list": b'{"budget_items": {"a": 1}}',
    "an indicator not an object": b'{"indicators": ["x"]}',
    "an amount that is no amount": b'{"funding": {"total": "many"}}',
    "an amount that is true": b'{"funding": {"total": true}}',
    "goals that are a number": b'{"goals": {"annual": 5}}',
    "a non-finite amount": b'{"funding": {"total": NaN}}',
    "a name past its cap": json.dumps({"project_name": "项" * 201}, ensure_ascii=False).encode(),
    "too many indicator rows": json.dumps({"indicators": [{"name": f"指标{i}"} for i in range(301)]},
                                          ensure_ascii=False).encode(),
    "an empty file": b"  \n",
}


@pytest.mark.parametrize("kind", list(MALFORMED))
def test_what_the_plain_path_does_not_read_falls_back(tmp_path, kind):
    path = tmp_path / "form.json"
    path.write_bytes(MALFORMED[kind])
    assert read_plain(str(path)) is None
    assert _check_out([str(path)], plain=True) == _check_out([str(path)], plain=False)


def test_a_file_that_is_not_there_or_a_folder_falls_back(tmp_path):
    assert read_plain(str(tmp_path / "missing.json")) is None
    assert read_plain(str(tmp_path)) is None


def test_a_large_json_file_falls_back(tmp_path):
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"overview": "概况", "x": "y" * (2 * 1024 * 1024)}), encoding="utf-8")
    assert read_plain(str(path)) is None


def test_a_json_form_from_a_pipe_is_read_whole(tmp_path):
    """A pipe has no size to read by: what it holds is read on to the end (the bound still applies)."""
    import os
    import threading
    path = tmp_path / "form.json"
    os.mkfifo(path)
    body = json.dumps({"project_name": "项目", "overview": "概况" * 4500}, ensure_ascii=False).encode()

    def write():
        with open(path, "wb") as f:
            f.write(body)
    writer = threading.Thread(target=write)
    writer.start()
    imported = read_plain(str(path))
    writer.join()
    assert imported is not None and imported.form.overview == "概况" * 4500


def test_a_gold_case_is_read_plainly(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"form": {"project_name": "项目"}, "expected": []}, ensure_ascii=False), encoding="utf-8")
    imported = read_plain(str(path))
    assert imported is not None and imported.gold == {"expected": []}
    assert imported.form.to_json() == read_path(str(path)).form.to_json()


def _check_out(files: list[str], plain: bool, as_json: bool = True) -> tuple[int, str]:
    """``jixiao check`` in this process, with the plain path or with every file read by the general one."""
    from assistant.cli import check_run
    from assistant.importers import json_reader
    buf = io.StringIO()
    saved = json_reader.read_plain
    if not plain:
        json_reader.read_plain = lambda path: None
    try:
        with redirect_stdout(buf):
            code = check_run.run(files, as_json, False)
    finally:
        json_reader.read_plain = saved
    return code, buf.getvalue()


def test_the_same_output_either_way_on_forms_and_fixtures(tmp_path):
    files = [str(p) for p in CORPUS]
    for i, data in enumerate(_generated(60)):
        p = tmp_path / f"g{i:03d}.json"
        p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        files.append(str(p))
    assert all(read_plain(f) is not None for f in files)
    for as_json in (True, False):
        plain, general = _check_out(files, True, as_json), _check_out(files, False, as_json)
        assert plain == general
        assert plain[1].count("\n") >= len(files)


PROBE = ("import sys\nfrom assistant.cli import main\ntry:\n    main()\nexcept SystemExit:\n"
         "    print(*(any(m == n or m.startswith(n + '.') for m in sys.modules) for n in ('pydantic', 'rich', 'click',"
         " 'dataclasses', 'typing')), file=sys.stderr)\n")


def test_a_plain_json_check_imports_no_pydantic_rich_or_click():
    """Nor dataclasses (it imports inspect) and typing: 40 M and 13 M instructions, a quarter of the reference
    checker's whole run (eval/bench_check.py; the target is ≤ 2× of it on one form)."""
    files = [str(p) for p in CORPUS[:5]]
    proc = _run(PROBE, "check", "--json", *files)
    assert proc.stderr.decode().split()[-5:] == ["False"] * 5
    assert [json.loads(line)["file"] for line in proc.stdout.decode().splitlines()] == files


def test_a_malformed_form_in_the_batch_takes_the_pydantic_path(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(MALFORMED["funding not an object"])
    proc = _run(PROBE, "check", "--json", str(CORPUS[0]), str(bad))
    pydantic, _, click = proc.stderr.decode().split()[-5:-2]      # (rich prints the 无法读取 line)
    assert (pydantic, click) == ("True", "False")
    lines = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [x["file"] for x in lines] == [str(CORPUS[0]), str(bad)] and "error" in lines[1]


def test_reports_pickle_and_copy_as_they_are():
    import copy
    import pickle
    from assistant.findings import Kind, Severity
    report = review_form(formdata.read(json.loads(CORPUS[0].read_text(encoding="utf-8"))["form"])).report
    assert report.findings and report != type(report)()
    for twin in (pickle.loads(pickle.dumps(report)), copy.deepcopy(report)):
        assert twin == report and twin.to_json() == report.to_json()
        assert isinstance(twin.findings[0].severity, Severity) and isinstance(twin.findings[0].kind, Kind)


def test_a_remembered_indicator_row_is_not_answered_for_a_changed_row():
    """Indicator rows are remembered whole (formdata._whole_rows): a row read again gives its own object with the
    same fields, and a row that differs in any field (or whose field is no text) is read anew, not taken from the
    memo."""
    from assistant.formdata import clean_text, read
    row = {"scope": "annual", "level1": " 产出指标", "level2": "数量指标", "name": "完成数量", "value": "=21公里"}
    first = read({"indicators": [row]}).indicators[0]
    from assistant.formdata import _FAST, PlainIndicator
    assert tuple(row.values()) in _FAST[PlainIndicator].memo         # (remembered: the next one is a memo hit)
    again = read({"indicators": [dict(row)]}).indicators[0]
    assert again is not first and again.__dict__ is not first.__dict__ and again == first
    again.value = "=99公里"              # (an object's fields are its own: the memo is not changed through it)
    assert read({"indicators": [dict(row)]}).indicators[0].value == "=21公里"
    for field, value in (("value", "=22公里"), ("name", "完成里程"), ("level2", "质量指标"), ("scope", "中长期")):
        changed = read({"indicators": [{**row, field: value}]}).indicators[0]
        assert getattr(changed, field) == ("long_term" if field == "scope" else value)
        assert [getattr(changed, k) for k in row if k != field] == [getattr(first, k) for k in row if k != field]
    listed = [read({"indicators": [{**row, "value": ["=21公里"]}]}).indicators[0] for _ in range(2)]
    assert [x.value for x in listed] == [clean_text(["=21公里"])] * 2        # (a list: read each time, as ever)
    assert read({"indicators": [{k: v for k, v in row.items() if k != "value"}]}).indicators[0].value == ""


JSON_TEXTS = [b'{"a": 1}', b'\xef\xbb\xbf{"a": 1}', b' \t\r\n{"a": [1, 2.5, "x"]} \n\t', b'{"a": 1} x', b'{"a": 1}{}',
              b'\xef\xbb\xbf\xef\xbb\xbf{"a": 1}', b'{"a": NaN, "b": -Infinity}', b'{"a": 1e999}', b'{"a": "\\ud800"}',
              b'{"a": 1, "a": 2}', b'{"a": 1,}', b'{', b'', b'   ', b'{"a": "\xff"}', '{"项目": "概况"}'.encode(),
              '{"项目": "概况"}'.encode("gb18030"), b'{"a": ' + b"9" * 5000 + b'}', b'[' * 100_000 + b']' * 100_000,
              b'{"a": "x"}\x0c', b'{"a": 1}\xc2\xa0', b'\x00{"a": 1}', b'{"a": true, "b": null, "c": false}']


@pytest.mark.parametrize("data", JSON_TEXTS)
def test_the_plain_path_parses_json_as_json_loads_does(data):
    """``json_reader._loads`` (the C scanner called directly) gives what ``json.loads(data.decode("utf-8-sig"))``
    gives, and None exactly where that raises."""
    from assistant.importers.json_reader import _loads
    try:
        want = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        want = None
    got = _loads(data)
    assert repr(got) == repr(want)      # (repr: NaN is not equal to itself)


def test_a_file_is_read_whole_by_reads_alone(tmp_path, monkeypatch):
    """``json_reader._bounded`` asks no file its size (an ``os.fstat`` result costs more than a read): a file of
    several first reads is read whole, and one past the bound up to the bound and one byte more."""
    import os
    from types import SimpleNamespace

    from assistant.importers import json_reader

    def no_fstat(fd):
        raise OSError("not asked")
    files = {}
    for size in (0, 1, json_reader.FIRST_READ, 3 * json_reader.FIRST_READ + 5):
        files[tmp_path / f"{size}.json"] = bytes(i % 251 for i in range(size))
    for path, data in files.items():
        path.write_bytes(data)
    big = tmp_path / "big.json"
    big.write_bytes(b"x" * (4 * json_reader.FIRST_READ))
    monkeypatch.setattr(json_reader, "os", SimpleNamespace(**{**vars(os), "fstat": no_fstat}))
    for path, data in files.items():
        assert json_reader._bounded(str(path)) == data
    monkeypatch.setattr(json_reader, "INLINE_JSON_BYTES", 2 * json_reader.FIRST_READ + 7)
    assert json_reader._bounded(str(big)) == b"x" * (2 * json_reader.FIRST_READ + 8)

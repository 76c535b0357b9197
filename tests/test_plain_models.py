"""Building and dumping forms without pydantic-core (model.plain_model / plain_dump) gives pydantic's own result,
and a plain ``jixiao check`` runs without click and without building the model's validator."""
from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.model import Declaration, _construct, _dump, _NotPlain, new_model, plain_dump, plain_model

ROOT = Path(__file__).resolve().parent.parent


def _fields_sets(model) -> list:
    """Every nested model's fields_set, in order."""
    out = [sorted(model.model_fields_set)]
    for name in type(model).model_fields:
        v = getattr(model, name)
        for x in v if isinstance(v, list) else [v]:
            if hasattr(x, "model_fields_set"):
                out += _fields_sets(x)
    return out


def _same_as_pydantic(data) -> None:
    want = Declaration.model_validate(data)
    got = _construct(Declaration, data)
    assert got == want
    assert _fields_sets(got) == _fields_sets(want)
    assert _dump(got) == want.model_dump(mode="json")
    assert json.dumps(plain_dump(got), ensure_ascii=False) == json.dumps(want.model_dump(mode="json"), ensure_ascii=False)


def _corpus_forms():
    paths = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.json"))
    return [json.loads(p.read_text(encoding="utf-8"))["form"] for p in paths]


def test_every_corpus_form_is_built_and_dumped_as_pydantic_does():
    forms = _corpus_forms()
    assert len(forms) >= 30
    for data in forms:
        _same_as_pydantic(data)


ODD = [
    {},
    {"project_name": None, "year": "2025年", "funding": None, "goals": None, "indicators": None, "budget_items": None},
    {"project_name": 12.0, "unit": 7, "year": 2024.0, "function_code": "201-03-08", "attribute": "新增项目",
     "start": "2025年3月", "end": "2025.12", "fill_date": "2025年1月2日", "extra_key": [1, 2]},
    {"funding": {"total": "100万元", "carryover": "", "current_year": 60, "other": None, "x": 1}},
    {"goals": {"annual": "完成4人聘用", "long_term": ["目标1：", "稳定运行", None, 3]}},
    {"indicators": [{"scope": "中长期", "level1": "产出指标", "level2": "数量指标", "name": "人数", "value": 4},
                    {"scope": None}, {}],
     "budget_items": [{"name": None, "amount": "3,000元", "start": "2025-01", "end": "2025年12月"}]},
]


@pytest.mark.parametrize("data", ODD)
def test_odd_but_valid_inputs_are_read_as_pydantic_reads_them(data):
    _same_as_pydantic(data)


def test_a_non_finite_amount_is_read_and_dumped_by_pydantic():
    with pytest.raises(_NotPlain):
        _construct(Declaration, {"funding": {"total": float("nan")}})
    form = Declaration.model_validate({"funding": {"total": float("nan")}})
    with pytest.raises(_NotPlain):
        _dump(form)
    assert plain_dump(form) == form.model_dump(mode="json")


@pytest.mark.parametrize("data", [
    [], "text", {"funding": [1]}, {"budget_items": {"a": 1}}, {"budget_items": [1]}, {"indicators": ["x"]},
    {"year": "无年度"}, {"year": True}, {"funding": {"total": "许多"}}, {"funding": {"total": True}},
    {"goals": {"annual": 5}}, {"goals": "x"},
])
def test_what_pydantic_refuses_fails_in_the_same_way(data):
    try:
        Declaration.model_validate(data)
    except Exception as e:          # noqa: BLE001 – whichever error pydantic gives, plain_model gives it too
        want = e
    else:
        pytest.fail("pydantic accepted it")
    with pytest.raises(type(want)) as got:
        plain_model(Declaration, data)
    if isinstance(want, ValidationError):
        assert got.value.errors(include_context=False) == want.errors(include_context=False)
    else:
        assert str(got.value) == str(want)


def test_a_plainly_built_form_still_validates_assignments():
    form = _construct(Declaration, {"start": "2025-01", "funding": {"total": 1.0}})
    form.start = "2025年3月"
    form.funding.total = "100万元"
    assert (form.start, form.funding.total) == ("2025-03", 100.0)
    with pytest.raises(ValidationError):
        form.funding.total = "许多"


def test_new_model_is_model_construct():
    from assistant.model import Indicator
    values = {"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "人数", "value": "=4人"}
    want = Indicator.model_construct(**values)
    got = new_model(Indicator, dict(values), set(values))
    assert got == want and got.model_fields_set == want.model_fields_set
    assert got.model_dump() == want.model_dump()


def _run(code: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "120"}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, env=env, timeout=120)


PROBE = ("import sys\nfrom assistant.cli import main\ntry:\n    main()\nexcept SystemExit as e:\n"
         "    from assistant.model import Declaration\n"
         "    print(e.code, 'click' in sys.modules, Declaration.__pydantic_complete__, file=sys.stderr)\n")


def test_a_plain_json_check_loads_neither_click_nor_the_validator():
    form = ROOT / "tests" / "fixtures" / "corpus"
    path = sorted(form.glob("*.json"))[0]
    proc = _run(PROBE.replace("main()", "sys.argv[1:] = ['check', '--json', %r]; main()" % str(path)))
    code, has_click, built = proc.stderr.decode().split()[-3:]
    assert (has_click, built) == ("False", "False")
    assert json.loads(proc.stdout)["file"] == str(path)


def test_the_check_command_freezes_what_its_first_file_loaded():
    """``jixiao check`` (the process is the command): after its first file, what it has loaded is frozen for the
    garbage collector (gc.freeze), so collections on a batch no longer walk the modules; in-process callers of
    ``run`` (tests, the app) are left as they are."""
    paths = [str(p) for p in sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.json"))[:2]]
    probe = ("import gc, sys\nfrom assistant.cli import main\ntry:\n    main()\nexcept SystemExit:\n"
             "    print(gc.get_freeze_count() > 0, file=sys.stderr)\n")
    proc = _run(probe.replace("main()", "sys.argv[1:] = ['check', '--json', *%r]; main()" % paths))
    assert proc.stderr.decode().split()[-1] == "True"
    import gc
    from assistant.cli.check_run import run
    before = gc.get_freeze_count()
    with contextlib.redirect_stdout(io.StringIO()):
        run(paths, True, False)
    assert gc.get_freeze_count() == before


def test_the_check_command_does_not_collect_while_its_first_file_loads():
    """Until what the first file loads is frozen, ``jixiao check`` does not collect (a collection then walked only
    the modules being loaded, which stay); it collects again after, also when the batch has one file."""
    path = str(sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.json"))[0])
    # whether the collector is on while the files are read (not a count of collections: one may come, or not, while
    # the command's own modules are imported before it starts — on a fresh clone it did, and the test failed by chance)
    probe = ("import gc, sys\nimport assistant.cli.check_run as cr\nseen = []\n_each = cr._each\n"
             "def each(*a, **k):\n    seen.append(gc.isenabled())\n    return _each(*a, **k)\n"
             "cr._each = each\n"
             "from assistant.cli import main\ntry:\n    main()\nexcept SystemExit:\n"
             "    print(seen, gc.isenabled(), gc.get_freeze_count() > 0, file=sys.stderr)\n")
    proc = _run(probe.replace("main()", "sys.argv[1:] = ['check', '--json', %r]; main()" % path))
    assert proc.stderr.decode().split()[-3:] == ["[False]", "True", "True"], proc.stderr.decode()
    assert json.loads(proc.stdout)["file"] == path


@pytest.mark.parametrize("args", [["--json"], [], ["--json", "--json"]])
def test_the_plain_command_line_prints_what_click_prints(tmp_path, args):
    corpus = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.json"))[:3]
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    files = [str(p) for p in corpus] + [str(bad), str(tmp_path / "missing.json")]
    plain = _run("from assistant.cli import main; main()", "check", *args, *files)
    clicked = _run("import sys\nfrom assistant.cli import cli\ncli(prog_name='jixiao')", "check", *args, *files)
    assert (plain.returncode, plain.stdout, plain.stderr) == (clicked.returncode, clicked.stdout, clicked.stderr)
    assert plain.returncode == 2 and plain.stdout


@pytest.mark.parametrize("args", [["check"], ["check", "--help"], ["check", "-x", "a.json"], ["check", "--", "a.json"],
                                  ["check", "--json=1", "a.json"], ["--version"]])
def test_anything_else_goes_through_click(args):
    from assistant.cli.check_run import plain_args
    assert plain_args(args) is None
    proc = _run(PROBE, *args)
    assert proc.stderr.decode().split()[-2] == "True"      # click was loaded


def test_plain_args():
    from assistant.cli.check_run import plain_args
    assert plain_args(["check", "a.json", "--json", "b.docx"]) == (["a.json", "b.docx"], True, False)
    assert plain_args(["check", "--llm", "a.json"]) == (["a.json"], False, True)
    assert plain_args(["check", "--json"]) is None
    assert plain_args(["review", "a.json"]) is None


def test_correction_is_what_the_class_makes():
    from assistant.findings import Correction
    from assistant.rules import correction
    want = Correction(field="funding.total", old=1.0, new=2.0, reason="r")
    got = correction(field="funding.total", old=1.0, new=2.0, reason="r")
    assert got == want and got.to_json() == want.to_json()
    with pytest.raises(TypeError):       # not text
        correction(field=3, old=1, new=2, reason="r")

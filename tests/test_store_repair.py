"""A damaged drafts file: a Chinese notice, the file set aside under a dated name (never overwritten),
a fresh store, no traceback — in `draft --list`, `--resume`, a new draft and the web app. A damaged
review cache is rebuilt without a word."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.interview import store_repair
from assistant.interview.store import open_store
from assistant.paths import data_dir

GARBAGE = b"this is not a database \x00\x01\x02" * 500


def drafts_file():
    return data_dir() / "drafts.sqlite"


def damaged_by_garbage() -> bytes:
    drafts_file().parent.mkdir(parents=True, exist_ok=True)
    drafts_file().write_bytes(GARBAGE)
    return GARBAGE


def damaged_inside() -> bytes:
    """A real drafts file with drafts in it, whose pages after the first are overwritten: the header is
    fine (it opens), the tables are not (SQLite says "database disk image is malformed")."""
    store = open_store()
    for i in range(40):
        store.create("", {"form": {"project_name": f"项目{i}" * 50}})
    con = sqlite3.connect(drafts_file())
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(drafts_file().read_bytes())
    page = 4096
    data[page:] = b"\xff" * (len(data) - page)
    drafts_file().write_bytes(bytes(data))
    return bytes(data)


def set_aside_files() -> list:
    return sorted(p for p in drafts_file().parent.iterdir() if ".corrupt-" in p.name)


@pytest.fixture(autouse=True)
def fresh_notices():
    store_repair.take_notices()
    yield


@pytest.mark.parametrize("damage", [damaged_by_garbage, damaged_inside])
def test_draft_list_sets_the_damaged_file_aside_and_says_so(damage):
    before = damage()
    r = CliRunner().invoke(cli, ["draft", "--list"])
    assert r.exit_code == 0, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)
    assert "还没有保存的草稿" in r.stdout
    (moved,) = set_aside_files()
    assert moved.read_bytes() == before                                   # kept as it was, not deleted
    assert f"{drafts_file().name} 已损坏（" in r.stderr and f"已将它改名为 {moved.name} 保存在同一文件夹" in r.stderr
    assert "并新建了空白的草稿数据库" in r.stderr and "Traceback" not in r.output
    assert open_store().list() == []                                      # the fresh store works


def test_resume_says_the_file_was_set_aside_and_the_draft_is_not_found():
    damaged_by_garbage()
    r = CliRunner().invoke(cli, ["draft", "--resume", "3f2a9c1d0b7e"])
    assert r.exit_code == 2
    assert "已损坏" in r.stderr and "找不到草稿「3f2a9c1d0b7e」" in r.stderr
    assert r.stderr.index("已损坏") < r.stderr.index("找不到草稿")


def test_a_new_draft_starts_on_a_fresh_store():
    damaged_by_garbage()
    r = CliRunner().invoke(cli, ["draft", "--jsonl"], input="社会化聘用人员经费\n")
    assert r.exit_code == 0, r.output
    draft_id = json.loads(r.stdout.splitlines()[0])["text"].removeprefix("草稿编号：")
    assert open_store().get(draft_id).state["form"]["project_name"] == "社会化聘用人员经费"
    assert "已损坏" in r.stderr and len(set_aside_files()) == 1


def test_nothing_is_overwritten_when_a_file_was_set_aside_in_the_same_second(monkeypatch):
    monkeypatch.setattr(store_repair, "stamp", lambda: "20260101-000000")
    damaged_by_garbage()
    open_store()
    first = set_aside_files()
    for suffix in ("", "-wal", "-shm"):      # damaged again as a new file (as another process would leave it):
        drafts_file().with_name(drafts_file().name + suffix).unlink(missing_ok=True)    # no log stands in for it
    drafts_file().write_bytes(b"second damage" * 100)
    open_store()
    names = [p.name for p in set_aside_files()]
    assert names == ["drafts.sqlite.corrupt-20260101-000000", "drafts.sqlite.corrupt-20260101-000000-2"]
    assert first[0].read_bytes() == GARBAGE
    assert len(store_repair.take_notices()) == 2


def test_a_store_damaged_while_in_use_is_set_aside_once():
    store = open_store()
    draft_id = store.create("", {"form": {"project_name": "甲"}})
    damaged_inside()
    with pytest.raises(KeyError):                         # the draft went with the damaged file
        store.get(draft_id)
    assert store.list() == [] and len(set_aside_files()) == 1
    assert len(store_repair.take_notices()) == 1
    assert store.get(store.create("", {"form": {"project_name": "乙"}})).state["form"]["project_name"] == "乙"


def test_other_store_failures_are_a_chinese_store_error(tmp_path):
    from assistant.errors import StoreError
    from assistant.interview.store import SQLiteDraftStore
    folder = tmp_path / "ro"
    folder.mkdir()
    store = SQLiteDraftStore(folder / "drafts.sqlite")
    os.chmod(folder / "drafts.sqlite", 0o444)
    if os.access(folder / "drafts.sqlite", os.W_OK):
        pytest.skip("running as a user who can write read-only files (root)")
    with pytest.raises(StoreError, match="无法使用草稿数据库.*只读"):
        store.create("", {})


def test_the_web_app_shows_the_notice_and_works():
    from assistant.webapp import handlers
    damaged_by_garbage()
    v = handlers.on_start("")
    assert "草稿数据库" in v.notice and "已损坏" in v.notice and "改名为" in v.notice
    assert v.draft_id is None                          # opening the page makes no draft
    v = handlers.on_send(v.session, "社会化聘用人员经费")
    assert v.draft_id and open_store().get(v.draft_id)
    assert "已损坏" not in v.notice                    # said once
    assert open_store().get(v.draft_id).state["form"]["project_name"] == "社会化聘用人员经费"


def test_a_damaged_review_cache_is_rebuilt_silently(tmp_path, fixtures):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(fixtures / "seed-wuhai-2020.json", src / "a.json")
    args = ["review", str(src), "--out", str(tmp_path / "r.xlsx"), "--jsonl", str(tmp_path / "r.jsonl"), "--jobs", "1"]
    first = CliRunner().invoke(cli, args)
    cache = data_dir() / "cache" / "review.sqlite"
    assert first.exit_code in (0, 1) and cache.exists()
    cache.write_bytes(GARBAGE)
    for suffix in ("-wal", "-shm"):
        cache.with_name(cache.name + suffix).unlink(missing_ok=True)
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == first.exit_code, again.output
    assert "Traceback" not in again.output and "损坏" not in again.output
    assert json.loads((tmp_path / "r.jsonl").read_text("utf-8"))["findings"]
    con = sqlite3.connect(cache)
    assert con.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 1        # rebuilt and filled again
    con.close()

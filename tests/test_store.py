"""DraftStore: owners kept apart, and nothing lost when the process is killed.

The interface tests run against both backends (``drafts_url``: SQLite, and a PostgreSQL server the
tests start themselves — skipped with the reason when PostgreSQL is not installed)."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.interview.engine import Interview
from assistant.interview.store import DraftNotFound, DraftStore, load_interview, open_store, save_interview
from assistant.errors import JixiaoError


def test_store_lives_under_jixiao_data_dir_in_wal_mode(tmp_path):
    store = open_store()
    draft_id = store.create("alice", {"form": {"project_name": "甲项目"}})
    path = Path(os.environ["JIXIAO_DATA_DIR"]) / "drafts.sqlite"
    assert path.is_file()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT title FROM drafts WHERE id=?", (draft_id,)).fetchone()[0] == "甲项目"


def test_save_appends_only_new_transcript_lines_and_list_is_newest_first(drafts_url):
    store = DraftStore.from_url(drafts_url)
    a = store.create("alice", {"form": {"project_name": "甲"}, "transcript": [{"role": "assistant", "text": "问1"}]})
    b = store.create("alice", {"form": {"project_name": "乙"}})
    store.save(a, {"form": {"project_name": "甲改"}, "transcript": [{"role": "assistant", "text": "问1"},
                                                                   {"role": "user", "text": "答1"}]}, owner="alice")
    d = store.get(a, "alice")
    assert d.title == "甲改"
    assert d.transcript == [{"role": "assistant", "text": "问1"}, {"role": "user", "text": "答1"}]
    assert [(r.id, r.turns) for r in store.list("alice")] == [(a, 1), (b, 0)]


def test_owners_cannot_see_or_change_each_others_drafts(drafts_url):
    store = DraftStore.from_url(drafts_url)
    a = store.create("alice", {"form": {}})
    assert store.list("bob") == []
    with pytest.raises(DraftNotFound):
        store.get(a, "bob")
    with pytest.raises(DraftNotFound):
        store.save(a, {"form": {}}, owner="bob")
    with pytest.raises(DraftNotFound):
        store.delete(a, "bob")
    assert store.get(a, "alice").id == a


def test_duplicate_and_delete(drafts_url):
    store = DraftStore.from_url(drafts_url)
    a = store.create("", {"form": {"project_name": "甲"}, "transcript": [{"role": "user", "text": "x"}]})
    b = store.duplicate(a)
    assert b != a
    assert store.get(b).title == "甲（副本）"
    assert store.get(b).transcript == [{"role": "user", "text": "x"}]
    store.delete(a)
    assert [r.id for r in store.list()] == [b]
    with pytest.raises(DraftNotFound) as e:
        store.get(a)
    assert str(e.value) == f"找不到草稿「{a}」：可能已被删除，或不属于当前用户。请用 jixiao draft --list 查看可用的草稿。"


def test_unknown_database_url_is_a_clear_error():
    with pytest.raises(JixiaoError) as e:
        DraftStore.from_url("mysql://root:hunter2@db/jixiao")
    assert str(e.value).startswith("不支持的草稿数据库地址：db/jixiao。") and "hunter2" not in str(e.value)


def test_interview_round_trips_through_the_store(drafts_url):
    store = DraftStore.from_url(drafts_url)
    iv = Interview()
    iv.opening()
    iv.answer("社会化聘用人员经费")
    draft_id = save_interview(store, iv, None, "alice")
    iv.answer("市信访局")
    save_interview(store, iv, draft_id, "alice")
    back = load_interview(store, draft_id, "alice")
    assert back.form == iv.form
    assert back.provenance["unit"].detail == "市信访局"
    assert back.next_question().field == "department"
    assert [t["text"] for t in back.transcript if t["role"] == "user"] == ["社会化聘用人员经费", "市信访局"]
    # 返回 still works after a resume: the history is saved too
    back.answer("返回")
    assert back.form.unit == "" and back.next_question().field == "unit"


def _read_until_ask(proc) -> list[dict]:
    out = []
    while True:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        obj = json.loads(line)
        out.append(obj)
        if obj["type"] in ("ask", "done"):
            return out


def test_sigkill_mid_interview_loses_only_the_answer_being_typed(drafts_url):
    env = dict(os.environ, PYTHONUNBUFFERED="1", JIXIAO_DRAFTS_URL=drafts_url)
    cmd = [sys.executable, "-c", "from assistant.cli import main; main()", "draft", "--jsonl"]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    first = _read_until_ask(proc)
    draft_id = first[0]["text"].removeprefix("草稿编号：")
    for answer in ["乌海市办公设备购置项目", "乌海市第三中学", "乌海市教育局"]:
        proc.stdin.write(answer + "\n")
        proc.stdin.flush()
        last = _read_until_ask(proc)
    assert (last[-1]["type"], last[-1]["field"]) == ("ask", "overview")
    proc.stdin.write("学校计划购置教学计算机115台")   # being typed: no newline yet
    proc.stdin.flush()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    resumed = subprocess.run(cmd + ["--draft", draft_id], input="", capture_output=True, text=True, env=env,
                             timeout=60)
    lines = [json.loads(x) for x in resumed.stdout.splitlines()]
    assert lines[1]["text"] == "已恢复草稿「乌海市办公设备购置项目」，接着填写。"
    assert lines[2]["type"] == "ask" and lines[2]["field"] == "overview"
    form = lines[-1]["form"]
    assert (form["project_name"], form["unit"], form["department"], form["overview"]) == (
        "乌海市办公设备购置项目", "乌海市第三中学", "乌海市教育局", "")


def test_concurrent_owners_save_without_losing_turns(drafts_url):
    from concurrent.futures import ThreadPoolExecutor
    store = DraftStore.from_url(drafts_url)

    def session(k: int) -> str:
        owner = f"user{k}"
        draft_id = store.create(owner, {"form": {"project_name": f"项目{k}"}})
        transcript = []
        for n in range(20):
            transcript.append({"role": "user", "text": f"{k}-{n}"})
            store.save(draft_id, {"form": {"project_name": f"项目{k}"}, "transcript": list(transcript)}, owner=owner)
        return draft_id

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(session, range(8)))
    for k, draft_id in enumerate(ids):
        d = store.get(draft_id, f"user{k}")
        assert [t["text"] for t in d.transcript] == [f"{k}-{n}" for n in range(20)]
        assert [r.id for r in store.list(f"user{k}")] == [draft_id]


def test_nul_characters_are_dropped_not_refused(drafts_url):
    store = DraftStore.from_url(drafts_url)
    a = store.create("alice", {"form": {"project_name": "甲\x00项目"}, "transcript": [{"role": "user", "text": "答\x00案"}]})
    assert store.get(a, "alice").title == "甲项目"
    assert store.get(a, "alice").state["form"]["project_name"] == "甲\x00项目"      # the state is JSON: kept
    assert store.get(a, "alice").transcript == [{"role": "user", "text": "答案"}]
    with pytest.raises(DraftNotFound):
        store.get(a + "\x00", "alice")
    with pytest.raises(DraftNotFound):
        store.list("alice\x00") or store.get(a, "alice\x00")


WRITER = """
import sys
from assistant.interview.store import DraftStore
url, k = sys.argv[1], int(sys.argv[2])
store = DraftStore.from_url(url)
draft_id = store.create(f"user{k}", {"form": {"project_name": f"项目{k}"}})
lines = []
for n in range(15):
    lines.append({"role": "user", "text": f"{k}-{n}"})
    store.save(draft_id, {"form": {"project_name": f"项目{k}"}, "transcript": list(lines)}, owner=f"user{k}")
print(draft_id)
"""


def test_several_processes_share_one_store(drafts_url):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, drafts_url, str(k)], stdout=subprocess.PIPE, text=True,
                              env=env) for k in range(4)]
    ids = []
    for p in procs:
        out, _ = p.communicate(timeout=120)
        assert p.returncode == 0
        ids.append(out.strip())
    store = DraftStore.from_url(drafts_url)            # this process sees what the others wrote
    for k, draft_id in enumerate(ids):
        assert [r.id for r in store.list(f"user{k}")] == [draft_id]
        assert [t["text"] for t in store.get(draft_id, f"user{k}").transcript] == [f"{k}-{n}" for n in range(15)]
        with pytest.raises(DraftNotFound):
            store.get(draft_id, f"user{(k + 1) % 4}")


def test_postgresql_url_that_cannot_connect_is_a_clear_error(postgres):
    url = postgres.url("no_such_db").replace("jixiao@", "jixiao:s3cret@")
    with pytest.raises(JixiaoError) as e:
        DraftStore.from_url(url)
    msg = str(e.value)
    assert msg.startswith("无法连接草稿数据库 postgresql://jixiao:***@/no_such_db") and "s3cret" not in msg
    assert "请检查 JIXIAO_DRAFTS_URL" in msg


@pytest.mark.slow
def test_two_app_processes_share_drafts_through_postgresql(postgres, tmp_path):
    from assistant.webapp.devserver import ApiSession, AppServer
    env = {"JIXIAO_DRAFTS_URL": postgres.new_database(), "JIXIAO_AUTH": "alice:pw1,bob:pw2"}
    with AppServer(tmp_path / "one", extra_env=env) as one, AppServer(tmp_path / "two", extra_env=env) as two:
        a1 = ApiSession(one.url, "alice", "pw1")
        a1.call("on_load")
        draft_id = a1.call("on_send", "共享草稿项目")[6]["value"]
        a2 = ApiSession(two.url, "alice", "pw1")
        out = a2.call("on_load")
        assert draft_id in [d for _, d in out[6]["choices"]]
        out = a2.call("on_resume", draft_id)
        assert "<p>已恢复草稿。</p>" in out[5] and "共享草稿项目" in out[2]     # the notice is escaped HTML
        b2 = ApiSession(two.url, "bob", "pw2")
        assert draft_id not in [d for _, d in b2.call("on_load")[6]["choices"]]


def test_a_kept_connection_follows_the_file_not_a_copy_moved_aside(tmp_path):
    path = tmp_path / "d.sqlite"
    store = DraftStore.from_url(f"sqlite:///{path}")
    a = store.create("alice", {"form": {"project_name": "甲"}})
    for suffix in ("", "-wal", "-shm"):                         # what a repair does to a damaged file
        if Path(f"{path}{suffix}").exists():
            os.replace(f"{path}{suffix}", f"{path}.aside{suffix}")
    store = DraftStore.from_url(f"sqlite:///{path}")
    b = store.create("alice", {"form": {"project_name": "乙"}})
    assert [r.id for r in store.list("alice")] == [b]
    aside = sqlite3.connect(f"{path}.aside")
    assert [r[0] for r in aside.execute("SELECT id FROM drafts")] == [a]
    aside.close()


def test_a_saved_turn_is_visible_to_another_process_at_once(tmp_path):
    url = f"sqlite:///{tmp_path}/d.sqlite"
    store = DraftStore.from_url(url)
    a = store.create("alice", {"form": {"project_name": "甲"}})
    store.save(a, {"form": {"project_name": "甲"}, "transcript": [{"role": "user", "text": "第一句"}]}, owner="alice")
    code = ("import sys; from assistant.interview.store import DraftStore; "
            "print(DraftStore.from_url(sys.argv[1]).get(sys.argv[2], 'alice').transcript[-1]['text'])")
    out = subprocess.run([sys.executable, "-c", code, url, a], capture_output=True, text=True, timeout=60,
                         env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)))
    assert out.stdout.strip() == "第一句", out.stderr


def test_a_source_round_trips_every_field_it_has():
    """Source.to_json is spelt out (for speed): it must still carry every field of the dataclass (``hers`` only when
    set: a draft saved without it reads back with its default)."""
    from dataclasses import fields
    from assistant.interview.provenance import Source
    src = Source("suggested", "library", turn=7, confirmed=True, hers=True)
    assert set(src.to_json()) == {f.name for f in fields(Source)}
    assert Source.from_json(src.to_json()) == src
    plain = Source("suggested", "library", turn=7, confirmed=True)
    assert Source.from_json(plain.to_json()) == plain

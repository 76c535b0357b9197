"""Two accounts on one running app, driven over HTTP as the page does: nothing of one reaches the other."""
from __future__ import annotations

import json

import pytest

from assistant.webapp.devserver import ApiError, ApiSession, AppServer

ALICE = "甲单位机密项目"
DROPDOWN, DOWNLOAD = 6, 7          # positions in the draft events' outputs (layout.outs)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("accounts")
    server = AppServer(tmp / "data", extra_env={"JIXIAO_AUTH": "alice:pw1,bob:pw2,carol:pw3",
                                                "GRADIO_TEMP_DIR": str(tmp / "gradio")})
    server.start()
    yield server
    server.stop()


def session(app, user: str) -> ApiSession:
    return ApiSession(app.url, user, {"alice": "pw1", "bob": "pw2", "carol": "pw3"}[user])


def alice_draft(app) -> tuple[ApiSession, str]:
    a = session(app, "alice")
    a.call("on_load")
    out = a.call("on_send", ALICE)
    return a, out[DROPDOWN]["value"]


def mentions(outputs, text: str) -> bool:
    return text in json.dumps(outputs, ensure_ascii=False)


def test_another_account_cannot_list_resume_copy_or_delete_a_draft(app):
    a, draft_id = alice_draft(app)
    b = session(app, "bob")
    out = b.call("on_load")
    assert draft_id not in [d for _, d in out[DROPDOWN]["choices"]] and not mentions(out, ALICE)
    for api in ("on_resume", "on_dup", "on_del_ask"):
        try:
            out = b.call(api, draft_id)
        except ApiError as e:          # gradio may refuse a value that is not among bob's choices
            assert ALICE not in str(e)
            continue
        assert not mentions(out, ALICE)
        assert f"<p>找不到草稿 {draft_id}，可能已被删除。请刷新列表后重试。</p>" in out[5]    # escaped HTML
    assert not mentions(b.call("on_del_yes"), ALICE)
    out = a.call("on_new")
    assert draft_id in [d for _, d in out[DROPDOWN]["choices"]]
    assert [label for label, d in out[DROPDOWN]["choices"] if d == draft_id][0].startswith(ALICE)


def test_a_session_hash_of_another_account_is_refused(app):
    a, _ = alice_draft(app)
    b = session(app, "bob")
    b.session_hash = a.session_hash            # bob learned alice's tab id
    with pytest.raises(ApiError) as e:
        b.call("on_send", "乙单位项目")
    assert "HTTP 403" in str(e.value) and "该会话属于其他用户" in str(e.value) and ALICE not in str(e.value)
    stream = b.http.get(f"{b.prefix}/queue/data", params={"session_hash": a.session_hash})
    assert stream.status_code == 403 and ALICE not in stream.text
    assert mentions(a.call("on_send", "市信访局"), ALICE)     # alice's tab goes on untouched


def test_exports_download_only_for_their_owner(app):
    a, _ = alice_draft(app)
    file = a.call("export_json")[DOWNLOAD]["value"]
    path = file["url"].split("/", 3)[3]
    got = a.get(path)
    assert got.status_code == 200 and json.loads(got.content)["project_name"] == ALICE
    refused = session(app, "bob").get(path)
    assert refused.status_code == 404 and ALICE not in refused.text
    assert refused.json()["detail"] == "找不到该文件：它可能已被删除，或不属于当前登录的用户。"


def test_batch_reports_download_only_for_their_owner(app, fixtures):
    a = session(app, "alice")
    src = fixtures / "corpus" / "dev11-000-hiring.json"
    with open(src, "rb") as f:
        r = a.http.post(f"{a.prefix}/upload", files=[("files", (src.name, f, "application/json"))])
    uploaded = r.json()[0]
    data = [{"path": uploaded, "orig_name": src.name, "meta": {"_type": "gradio.FileData"}}]
    status, reports = a.call("b_do_run", data)[:2]
    assert "审核完成" in status and reports
    for rep in reports:
        path = rep["url"].split("/", 3)[3]
        assert a.get(path).status_code == 200
        assert session(app, "bob").get(path).status_code == 404


def test_hundred_wrong_passwords_are_throttled_over_http(app):
    import httpx
    answers = []
    with httpx.Client(base_url=app.url, timeout=30) as c:
        for _ in range(100):
            r = c.post("login", data={"username": "carol", "password": "wrong"})
            answers.append((r.status_code, r.json()["detail"]))
        right = c.post("login", data={"username": "carol", "password": "pw3"})
    assert answers[:5] == [(400, "用户名或密码错误。")] * 5
    assert {code for code, _ in answers[5:]} == {429}
    assert answers[5][1].startswith("登录尝试过于频繁：用户 carol 已连续 5 次密码错误，请 ")
    assert right.status_code == 429 and int(right.headers["retry-after"]) > 0    # no password checked while waiting
    session(app, "bob").close()                                                # others log in as before

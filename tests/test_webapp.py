"""The web app's handlers, rendering and launch policy, as plain functions (no server)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.errors import ConfigError
from assistant.model import Declaration
from assistant.webapp import handlers as h
from assistant.webapp import launch, render
from assistant.webapp.diffview import highlight, proposals_html
from assistant.webapp.session import WebSession

ROOT = Path(__file__).resolve().parents[1]


def gold(fixtures, name: str) -> Declaration:
    return Declaration.from_json(json.loads((fixtures / "corpus" / name).read_text(encoding="utf-8")))


def session_with(form: Declaration) -> WebSession:
    s = h.on_start().session
    return h.sess.replace_form(s, form, "测试载入") if s.interview is None else _load(s, form)


def _load(s, form):
    return h.sess.start("", form=form, source="test")


# --- launch policy -----------------------------------------------------------------

@pytest.mark.parametrize("host, auth, insecure, expected", [
    ("127.0.0.1", None, False, None),
    ("localhost", None, False, None),
    ("::1", None, False, None),
    ("0.0.0.0", "reviewer:s3cret", False, {"reviewer": ("plain", "s3cret")}),
    ("0.0.0.0", None, True, None),
    ("192.168.1.5", "a:b:c", False, {"a": ("plain", "b:c")}),
    ("0.0.0.0", "alice:pw1,bob:pw2", False, {"alice": ("plain", "pw1"), "bob": ("plain", "pw2")}),
])
def test_bind_policy_allows(host, auth, insecure, expected):
    accounts = launch.bind_policy(host, auth, insecure)
    assert (accounts.entries if accounts is not None else None) == expected


@pytest.mark.parametrize("host, auth, message", [
    ("0.0.0.0", None, "拒绝启动：监听地址 0.0.0.0 不是本机地址"),
    ("10.0.0.2", None, "JIXIAO_AUTH=用户名:密码"),
    ("0.0.0.0", "nopassword", "JIXIAO_AUTH 格式不正确"),
    ("127.0.0.1", ":pw", "JIXIAO_AUTH 格式不正确"),
])
def test_bind_policy_refuses(host, auth, message):
    with pytest.raises(ConfigError) as e:
        launch.bind_policy(host, auth, False)
    assert message in str(e.value)


def test_app_refuses_open_bind_with_chinese_line(monkeypatch):
    env = {k: v for k, v in __import__("os").environ.items() if k != "JIXIAO_AUTH"}
    r = subprocess.run([sys.executable, str(ROOT / "app.py"), "--host", "0.0.0.0", "--port", "1"],
                       capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert r.returncode == 2
    assert r.stderr.startswith("拒绝启动：监听地址 0.0.0.0 不是本机地址")


def test_telemetry_off_sets_every_switch():
    env: dict = {}
    launch.telemetry_off(env)
    assert env["GRADIO_ANALYTICS_ENABLED"] == "False" and env["HF_HUB_OFFLINE"] == "1"
    assert int(env["GRADIO_ANALYTICS_CACHE_FREQUENCY"]) >= 10_000     # no pandas summary after every event


# --- rendering -----------------------------------------------------------------------

def test_preview_marks_complete_sections(fixtures):
    form = gold(fixtures, "dev11-000-hiring.json")
    html = render.form_preview_html(form)
    secs = {s.title: s for s in render.sections(form)}
    assert secs["一、基本信息"].complete and secs["四、绩效目标"].complete
    assert "渭南市社会化聘用人员经费" in html
    assert html.count("✔") == sum(s.complete for s in secs.values())


def test_preview_of_empty_form_has_no_checkmark():
    html = render.form_preview_html(Declaration())
    assert "✔" not in html and html.count("○") == 6
    assert "（项目名称待填）" in html and "已完成 0/23" in html


def test_preview_escapes_applicant_text():
    html = render.form_preview_html(Declaration(project_name="<script>alert(1)</script>"))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_preview_tags_unconfirmed_value():
    form = Declaration(funding={"total": 24})
    html = render.form_preview_html(form, unconfirmed=["funding.total"])
    assert 'class="jx-pending" data-path="funding.total"' in html and "待确认" in html


def test_findings_grouped_by_severity(fixtures):
    form = gold(fixtures, "dev11-000-hiring.json")
    report = WebSession(form_only=form).review().report
    html = render.findings_html(report)
    assert "错误（" not in html and f"警告（{len(report.by_severity('warning'))}）" in html
    assert 'data-code="indicator_vague"' in html
    assert "指标「聘用人员数量」" in html


def test_findings_blank_form_invites_input():
    assert "开始填写后" in render.findings_html(WebSession().review().report, blank=True)


@pytest.mark.parametrize("path, label", [
    ("funding.total", "项目资金总额"), ("budget_items[1].amount", "预算明细第2项 金额"),
    ("goals.annual[0]", "年度目标第1条"), ("indicators:到岗率", "指标「到岗率」"), ("indicators[2]", "第3条指标"),
])
def test_field_label(path, label):
    assert render.field_label(path) == label


def test_indicator_rows_round_trip(fixtures):
    form = gold(fixtures, "dev11-000-hiring.json")
    rows = render.indicator_rows(form)
    assert rows[0] == ["年度", "产出指标", "数量指标", "聘用人员数量", "有效提升"]
    back = render.rows_to_indicators(rows + [["", "", "", "", ""], [None, None, None, None, None]])
    assert [i.to_json() if hasattr(i, "to_json") else i.model_dump() for i in back] == \
        [i.model_dump() for i in form.indicators]


def test_rows_to_indicators_reads_long_term_and_short_rows():
    back = render.rows_to_indicators([["中长期", "效益指标", "社会效益指标", "覆盖率"]])
    assert back[0].scope == "long_term" and back[0].name == "覆盖率" and back[0].value == ""


# --- diff view -----------------------------------------------------------------------

def test_highlight_marks_changed_words():
    left, right = highlight("进一步提升信访工作水平", "2024年按期办结率达到95%以上")
    assert '<mark class="jx-del">' in left and '<mark class="jx-add">' in right
    assert "95%" in right


def test_highlight_keeps_equal_text_unmarked():
    left, right = highlight("服务对象满意度≥70%", "服务对象满意度≥90%")
    assert left.startswith("服务对象满意度") and right.startswith("服务对象满意度")
    assert '<mark class="jx-del">' in left and "70" in left.split("<mark")[1]
    assert '<mark class="jx-add">' in right and "90" in right.split("<mark")[1]


def test_proposals_html_escapes():
    from types import SimpleNamespace as NS
    html = proposals_html([NS(field="goals.annual[0]", original="<b>x</b>", proposal="y", reason="r",
                              needs_confirmation=True)])
    assert "<b>x</b>" not in html and "数值待确认" in html and "年度目标第1条" in html


# --- drafting handlers ---------------------------------------------------------------

def test_import_json_then_table_edit_then_correction(fixtures, tmp_path):
    src = fixtures / "corpus" / "dev11-000-hiring.json"
    v = h.on_import(h.on_start().session, str(src))
    assert "已从 dev11-000-hiring.json 导入（json）" in v.notice
    assert v.session.form.project_name == "渭南市社会化聘用人员经费"
    rows = v.table
    rows[0][4] = "=31人"
    v = h.on_table_edit(v.session, rows)
    assert v.session.form.indicators[0].value == "=31人"
    assert 'data-code="indicator_vague"' not in v.findings.split("指标「聘用人员数量」")[0][-200:]
    assert "indicators" in " ".join(v.session.last_changed)


def test_apply_correction_fixes_funding(fixtures):
    form = gold(fixtures, "dev11-000-hiring.json")
    form = form.model_copy(update={"funding": form.funding.model_copy(update={"current_year": 210.88})})
    v = h.view(session_with(form))
    assert v.corrections, "a funding slip yields a correction"
    label = v.corrections[0]
    v2 = h.on_apply_correction(v.session, 0)
    assert any(m["content"].startswith("已应用更正") for m in v2.chat[-2:])     # then the question now waiting
    assert len(v2.corrections) < len(v.corrections) or v2.corrections[0] != label


def test_apply_correction_out_of_range_says_so():
    v = h.on_apply_correction(h.on_start().session, 5)
    assert v.notice == "这条更正已不适用（表单已变化），请查看最新的检查结果。"


def test_import_unreadable_file_shows_reason(tmp_path):
    bad = tmp_path / "坏文件.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    v = h.on_import(h.on_start().session, str(bad))
    assert v.notice.startswith("无法读取 坏文件.docx：")
    assert "损坏" in v.notice


def test_import_empty_file(tmp_path):
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    assert h.on_import(h.on_start().session, str(empty)).notice == "无法读取 空.txt：文件是空的。"


def test_export_json_writes_spec_json(fixtures):
    form = gold(fixtures, "dev11-000-hiring.json")
    v = h.on_export(session_with(form), "json")
    out = Path(v.export_file)
    assert out.name == "渭南市社会化聘用人员经费.json"
    assert json.loads(out.read_text(encoding="utf-8")) == v.session.form.to_json()


def test_send_empty_answer_asks_for_text():
    v = h.on_send(h.on_start().session, "   ")
    assert v.notice == "请先输入回答再发送。"


# --- batch review --------------------------------------------------------------------

def test_batch_run_reports_progress_and_files(fixtures, tmp_path):
    from assistant.webapp import batch
    bad = tmp_path / "空白.json"
    bad.write_bytes(b"")
    paths = [str(fixtures / "corpus" / "dev11-000-hiring.json"), str(bad)]
    steps = list(batch.run(paths, "test-session", poll=0.05))
    status, files, rows = steps[-1]
    assert status == "审核完成。共 2 个文件，审核 1 个，无法读取 1 个；评级：" + status.split("评级：")[1]
    assert sorted(Path(f).name for f in files) == ["审核报告.html", "审核报告.xlsx"]
    assert batch.cancel("test-session") == "当前没有正在进行的审核。"
    again = list(batch.run(paths, "test-session", poll=0.05))[-1][0]   # the same files again: both from the cache
    assert again.startswith("审核完成。共 2 个文件，审核 1 个，无法读取 1 个（2 个此前审核过、内容未变，直接用了上次的结果）；")


def test_batch_run_without_files_asks_for_them():
    from assistant.webapp import batch
    assert list(batch.run([], "k")) == [("请先上传要审核的文件（可多选，或上传一个 .zip 压缩包）。", [], [])]


# --- the interview through the handlers ----------------------------------------------

CLERK = ["社会化聘用人员经费", "我们信访局今年要聘4个人，每人每月5000"]


def test_answer_fills_form_and_highlights_changes():
    v = h.on_start()
    assert v.chat[-1]["role"] == "assistant" and "项目" in v.chat[-1]["content"]
    for text in CLERK:
        v = h.on_send(v.session, text)
    form = v.session.form
    assert form.project_name == "社会化聘用人员经费"
    assert form.funding.total == 24
    assert "funding.total" in v.session.last_changed
    assert [m["content"] for m in v.chat if m["role"] == "user"] == CLERK
    assert 'data-path="funding.total"' in v.preview and "24 万元" in v.preview


def test_export_lists_numbers_never_confirmed():
    v = h.on_start()
    for text in CLERK:
        v = h.on_send(v.session, text)
    pending = h.drafting.unconfirmed(v.session.interview)
    assert pending, "24万元 was computed, not stated"
    v = h.on_export(v.session, "json")
    assert "以下数值由系统建议、尚未经您确认" in v.notice
    assert render.field_label(pending[0][0]) in v.notice


def test_sessions_are_isolated():
    a, b = h.on_start("甲"), h.on_start("乙")
    a = h.on_send(a.session, CLERK[0])
    assert b.session.form.project_name == ""
    assert a.session.form.project_name == "社会化聘用人员经费"


def test_every_turn_is_saved_and_resumable():
    v = h.on_start("alice")
    for text in CLERK:
        v = h.on_send(v.session, text)
    draft_id = v.session.draft_id
    assert ("社会化聘用人员经费 · ", draft_id) == (v.drafts[0][0][:12], v.drafts[0][1])
    fresh = h.on_start("alice").session           # a new browser tab after a restart
    r = h.on_resume(fresh, draft_id)
    assert r.notice == "已恢复草稿。"
    assert r.session.form.funding.total == 24
    assert [m["content"] for m in r.chat if m["role"] == "user"] == CLERK
    assert r.chat[-1]["content"] == h.drafting.next_question(r.session.interview)


def test_drafts_are_scoped_to_their_owner():
    a = h.on_send(h.on_start("alice").session, CLERK[0])
    bob = h.on_start("bob")
    assert a.session.draft_id not in [d for _, d in bob.drafts]
    r = h.on_resume(bob.session, a.session.draft_id)
    assert r.notice == f"找不到草稿 {a.session.draft_id}，可能已被删除。请刷新列表后重试。"
    assert r.session is bob.session


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_export_office_formats_read_back(fixtures, fmt):
    from assistant.importers import read_path
    form = gold(fixtures, "dev11-000-hiring.json")
    v = h.on_export(session_with(form), fmt)
    assert v.notice.startswith(f"已导出 渭南市社会化聘用人员经费.{fmt}")
    assert read_path(v.export_file).form.to_json() == form.to_json()


def test_export_unknown_format_is_refused(fixtures):
    v = h.on_export(h.on_start().session, "pdf")
    assert v.notice == "导出失败：不支持的导出格式 pdf；可选 Word、Excel、JSON。"


# --- 目标改写 -------------------------------------------------------------------------

def weak_form(fixtures) -> Declaration:
    data = gold(fixtures, "dev11-000-hiring.json").to_json()
    data["goals"]["annual"] = ["进一步提升信访工作水平。"]
    return Declaration.model_validate(data)


def test_rewrite_proposals_show_diff_and_default_to_accepted(fixtures):
    from assistant.webapp import rewrite_view as rv
    s = session_with(weak_form(fixtures))
    proposals, html, rows, notice = rv.propose(s)
    fields = [p.field for p in proposals]
    assert "indicators:聘用人员数量" in fields and "goals.annual[0]" in fields
    assert notice.startswith(f"共 {len(proposals)} 条改写建议。")
    assert [r[0] for r in rows] == [True] * len(proposals)
    assert '<mark class="jx-add">' in html and "指标「聘用人员数量」" in html


def test_rewrite_apply_only_accepted_with_edits(fixtures):
    from assistant.webapp import rewrite_view as rv
    s = session_with(weak_form(fixtures))
    proposals, _, rows, _ = rv.propose(s)
    by_field = {p.field: i for i, p in enumerate(proposals)}
    rows[by_field["goals.annual[0]"]][0] = False                  # reject the goal
    rows[by_field["indicators:聘用人员数量"]][3] = "=30人"          # edit the value
    form, msg = rv.apply(s, proposals, rows)
    assert msg == f"已将 {len(proposals) - 1} 条改写应用到草稿。"
    assert form.goals.annual == ["进一步提升信访工作水平。"]
    assert next(i for i in form.indicators if i.name == "聘用人员数量").value == "=30人"


def test_rewrite_apply_with_nothing_ticked(fixtures):
    from assistant.webapp import rewrite_view as rv
    s = session_with(weak_form(fixtures))
    proposals, _, rows, _ = rv.propose(s)
    form, msg = rv.apply(s, proposals, [[False, *r[1:]] for r in rows])
    assert form is None and msg == "没有勾选任何建议，草稿未改动。"


def test_rewrite_of_clean_form_says_nothing_to_do(fixtures):
    from assistant.webapp import rewrite_view as rv
    data = gold(fixtures, "dev11-000-hiring.json").to_json()
    data["indicators"][0]["value"] = "=31人"
    proposals, html, rows, notice = rv.propose(session_with(Declaration.model_validate(data)))
    assert (proposals, rows) == ([], [])
    assert notice == "当前草稿没有需要改写的目标或指标值。" and 'id="jx-rw-list"' in html


# --- the engine: offline by default, the configured model when there is one ----------

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fake_openai import Reply  # noqa: E402


@pytest.fixture
def fake(fake_openai):
    """The shared local OpenAI-compatible server (tests/conftest.py); unscripted calls get {}."""
    fake_openai.default = lambda body: Reply(content="{}")
    return fake_openai


def test_offline_engine_by_default():
    from assistant.interview.extract import extract
    v = h.on_start()
    assert v.engine == "离线引擎"
    assert v.session.interview.extractor is extract


def test_bad_llm_settings_stay_offline_and_say_why(monkeypatch):
    monkeypatch.setenv("JIXIAO_LLM_MODEL", "m")
    monkeypatch.setenv("JIXIAO_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("JIXIAO_LLM_TIMEOUT", "abc")
    v = h.on_start()
    assert v.engine.startswith("离线引擎（大模型未启用：大模型配置有误")
    assert "JIXIAO_LLM_TIMEOUT" in v.engine
    assert h.on_send(v.session, CLERK[0]).session.form.project_name == "社会化聘用人员经费"


def test_prewarm_builds_the_shared_client_once(fake):
    from assistant.webapp import llm
    assert llm.configured_label() == "大模型：fake-model"
    llm.prewarm()
    assert llm.Engine.for_settings().client is llm.Engine.for_settings().client is not None
    assert fake.requests == []                                        # building it calls nothing


def test_configured_model_drives_the_interview(fake):
    fake.reply_json({"unit": "乌海市信访局", "department": "乌海市信访局"}, when="乌海市信访局，主管部门也是我们")
    v = h.on_start("alice")
    assert v.engine == "大模型：fake-model"
    v = h.on_send(v.session, CLERK[0])
    v = h.on_send(v.session, "乌海市信访局，主管部门也是我们")
    form = v.session.form
    assert (form.project_name, form.unit, form.department) == ("社会化聘用人员经费", "乌海市信访局", "乌海市信访局")
    assert v.notice == ""
    assert len(fake.requests) == 2 and "乌海市信访局，主管部门也是我们" in fake.bodies[1]
    assert v.session.interview.provenance["department"].kind == "stated"
    r = h.on_resume(h.on_start("alice").session, v.session.draft_id)   # a resumed draft keeps the model
    assert r.engine == "大模型：fake-model" and r.session.interview.extractor.client is r.session.engine


def test_model_failure_falls_back_offline_with_warning_and_keeps_the_draft(fake):
    v = h.on_send(h.on_start("alice").session, CLERK[0])
    fake.reply(status=500)
    v = h.on_send(v.session, CLERK[1])
    assert v.notice.startswith("⚠ 大模型调用失败（大模型服务出错（HTTP 500）")
    assert "本回合已改用离线引擎理解您的回答；草稿和检查结果不受影响。" in v.notice
    assert v.session.form.funding.total == 24                         # read offline
    assert any(m["content"].startswith("大模型暂时不可用") for m in v.chat)
    assert "检查结果" in v.findings
    assert v.engine == "大模型：fake-model"                            # one failure: still in use
    saved = h.on_resume(h.on_start("alice").session, v.session.draft_id).session
    assert saved.form.funding.total == 24 and saved.form.project_name == "社会化聘用人员经费"
    assert h.view(v.session).notice == ""                             # the warning is shown once


def test_repeated_failures_switch_the_engine_line_to_offline(fake):
    v = h.on_start()
    fake.default = lambda body: Reply(status=500)
    for text in CLERK + ["是", "联合接访中心人手不足，聘用4名工作人员。"]:   # "是" is read without the model
        v = h.on_send(v.session, text)
    assert len(fake.requests) == 3
    assert v.engine.startswith("离线引擎（大模型 fake-model 连续调用失败，已停用；规则检查不受影响）")
    v = h.on_send(v.session, "2080699")
    assert len(fake.requests) == 3                                    # breaker open: no more calls
    assert v.session.form.funding.total == 24 and v.session.form.function_code == "2080699"
    assert h.on_start().engine == v.engine                            # the client is the process's


def test_unexpected_error_in_llm_turn_redoes_it_offline(fake, monkeypatch):
    from assistant.webapp.llm import Engine
    v = h.on_send(h.on_start().session, CLERK[0])
    turns = v.session.interview.turn

    def broken(self, *a, **kw):
        raise RuntimeError("bad reply shape")
    monkeypatch.setattr(Engine, "structured", broken)
    v = h.on_send(v.session, CLERK[1])
    assert v.notice.startswith("⚠ 大模型处理回答时出错（RuntimeError：bad reply shape），本会话已改用离线引擎")
    assert v.engine == "离线引擎（大模型未启用：处理回答时出错（RuntimeError））"
    assert v.session.form.funding.total == 24 and v.session.interview.turn == turns + 1
    assert [m["content"] for m in v.chat if m["role"] == "user"] == CLERK
    assert [t["text"] for t in v.session.interview.transcript if t["role"] == "user"] == CLERK


def test_rewrite_uses_the_model_then_checks_it(fixtures, fake):
    goal = "2024年聘用31名社会化工作人员，全年人员到岗率达到100%，保障信访接待工作正常开展。"  # the form is 2024
    fake.reply_json({"proposals": [{"field": "goals.annual[0]", "proposal": goal, "reason": "按表中人数",
                                    "needs_confirmation": False}]}, when="RewriteAnswer")
    from assistant.webapp import rewrite_view as rv
    s = h.sess.start("", form=weak_form(fixtures), source="test")
    assert s.engine.active
    proposals, html, rows, notice = rv.propose(s)
    by_field = {p.field: p for p in proposals}
    assert by_field["goals.annual[0]"].source == "llm" and by_field["goals.annual[0]"].proposal == goal
    assert "由大模型 fake-model 提出" in notice
    assert any("RewriteAnswer" in b for b in fake.bodies)


def test_rewrite_model_failure_falls_back_to_offline_with_warning(fixtures, fake):
    from assistant.webapp import rewrite_view as rv
    offline = rv.propose(session_with(weak_form(fixtures)))[0]
    fake.default = lambda body: Reply(status=500)
    s = h.sess.start("", form=weak_form(fixtures), source="test")
    proposals, _, _, notice = rv.propose(s)
    assert notice.startswith("⚠ 大模型改写失败，已改用离线改写：")
    assert [p.model_dump() for p in proposals] == [p.model_dump() for p in offline]


# --- drafts: 复制 / 删除 (owner-scoped, delete asks first) ------------------------------

def _clerk_draft(owner: str = "alice"):
    v = h.on_start(owner)
    for text in CLERK:
        v = h.on_send(v.session, text)
    return v


def test_duplicate_draft_continues_on_the_copy():
    v = _clerk_draft()
    original = v.session.draft_id
    d = h.on_duplicate(v.session, original)
    assert d.session.draft_id != original
    assert d.notice == "已复制草稿，现在编辑的是副本「社会化聘用人员经费（副本）」，原草稿保持不变。"
    assert d.session.form.to_json() == v.session.form.to_json()
    assert {i for _, i in d.drafts} == {original, d.session.draft_id}
    d = h.on_send(d.session, "改一下：项目名称是社会化聘用人员经费（2025）")
    back = h.on_resume(d.session, original).session
    assert back.form.project_name == "社会化聘用人员经费"


def test_delete_asks_first_then_deletes():
    keep = _clerk_draft()
    other = h.on_new(keep.session)
    target = keep.session.draft_id
    ask = h.on_delete_ask(other.session, target)
    assert ask.delete_ask == "确定删除草稿「社会化聘用人员经费」吗？删除后无法恢复。"
    assert ask.delete_id == target and target in [i for _, i in ask.drafts]     # nothing deleted yet
    assert h.on_delete_cancel(ask.session).notice == "已取消删除。"
    done = h.on_delete_confirm(ask.session, target)
    assert done.notice == "已删除草稿「社会化聘用人员经费」。"
    assert target not in [i for _, i in done.drafts] and done.delete_ask == ""
    assert done.session.draft_id == other.session.draft_id
    assert h.on_resume(done.session, target).notice == f"找不到草稿 {target}，可能已被删除。请刷新列表后重试。"


def test_deleting_the_draft_being_edited_starts_a_new_one():
    v = _clerk_draft()
    target = v.session.draft_id
    assert "（正在编辑的草稿）" in h.on_delete_ask(v.session, target).delete_ask
    done = h.on_delete_confirm(v.session, target)
    assert done.notice == "已删除草稿「社会化聘用人员经费」，已为您新建一份空白草稿。"
    assert done.session.draft_id != target and done.session.form.project_name == ""
    assert h.on_send(done.session, CLERK[0]).session.draft_id == done.session.draft_id


def test_draft_deleted_in_another_tab_is_kept_as_new():
    v = _clerk_draft()
    other_tab = h.on_start("alice").session
    h.on_delete_confirm(other_tab, v.session.draft_id)
    old = v.session.draft_id
    v = h.on_send(v.session, "是")
    assert v.session.draft_id != old and "原草稿已在其他窗口被删除，当前内容已另存为新草稿。" in v.notice
    assert h.on_resume(other_tab, v.session.draft_id).session.form.funding.total == 24


def test_duplicate_and_delete_are_owner_scoped():
    a = _clerk_draft("alice")
    bob = h.on_start("bob").session
    target = a.session.draft_id
    msg = f"找不到草稿 {target}，可能已被删除。请刷新列表后重试。"
    assert h.on_duplicate(bob, target).notice == msg
    assert h.on_delete_ask(bob, target).notice == msg
    assert h.on_delete_confirm(bob, target).notice == msg
    assert target in [i for _, i in h.on_start("alice").drafts]


@pytest.mark.parametrize("fn", [h.on_duplicate, h.on_delete_ask])
def test_draft_actions_need_a_choice(fn):
    assert "请先在列表中选择要" in fn(h.on_start().session, None).notice


# --- 全部确认 -------------------------------------------------------------------------

def test_confirm_all_marks_the_listed_numbers_confirmed():
    v = _clerk_draft()
    pending = h.drafting.unconfirmed(v.session.interview)
    e = h.on_export(v.session, "json")
    assert e.listed == [p for p, _ in pending] and "全部确认" in e.notice
    c = h.on_confirm_listed(e.session, e.listed)
    assert c.notice.startswith(f"已确认 {len(pending)} 项数值：{render.field_label(pending[0][0])}")
    assert h.drafting.unconfirmed(c.session.interview) == []
    assert c.listed == [] and "待确认" not in c.preview
    src = c.session.interview.provenance[pending[0][0]]
    assert src.confirmed and src.kind in ("computed", "suggested", "stated")
    assert c.chat[-1]["content"] == f"已按您的确认，将 {len(pending)} 项系统建议的数值标记为申报人确认。"
    back = h.on_resume(h.on_start("alice").session, c.session.draft_id)   # saved with the draft
    assert h.drafting.unconfirmed(back.session.interview) == []
    assert "尚未经您确认" not in h.on_export(back.session, "json").notice


def test_confirm_only_the_listed_paths():
    v = _clerk_draft()
    pending = [p for p, _ in h.drafting.unconfirmed(v.session.interview)]
    c = h.on_confirm_listed(v.session, pending[:1])
    assert [p for p, _ in h.drafting.unconfirmed(c.session.interview)] == pending[1:]
    assert h.on_confirm_listed(c.session, []).notice == "没有需要确认的数值。"


def test_import_of_a_scan_reports_each_page_as_it_is_read(tmp_path):
    import numpy as np
    from PIL import Image
    page = np.full((5000, 1240), 255, np.uint8)
    for y in range(100, 4900, 300):                 # bars of ink: three page-sized pieces, none blank
        page[y:y + 24, 200:900] = 0
    src = tmp_path / "长扫描件.png"
    Image.fromarray(page).save(src)
    said: list[str] = []
    v = h.on_import(h.on_start().session, str(src), said.append)
    assert said == ["第1/3页 文字识别中…", "第2/3页 文字识别中…", "第3/3页 文字识别中…"]
    assert "长扫描件.png" in v.notice


def test_page_messages_move_the_progress_bar():
    from assistant.webapp.draft_tab import page_progress
    calls: list = []
    say = page_progress(lambda progress, desc=None, unit="steps": calls.append((progress, desc, unit)))
    say("第3/12页 文字识别中…")
    say("正在转换文件…")
    assert calls == [((2, 12), "第3/12页 文字识别中…", "页"), (None, "正在转换文件…", "steps")]


# --- a turn sends only what changed -----------------------------------------------------------

def _tab():
    import gradio as gr
    from assistant.webapp.draft_tab import DraftTab
    from assistant.webapp.layout import header_html
    with gr.Blocks():
        state, top = gr.State(None), gr.HTML()
        tab = DraftTab(state, top, lambda engine, owner: header_html(engine))
    return tab


def _skipped(out) -> bool:
    return isinstance(out, dict) and out == {"__type__": "update"}


def test_a_repeated_view_skips_what_the_page_works_in_and_resends_the_cheap_rest():
    """A skip makes gradio rebuild the component on the server: only the state, the outputs a user may
    be working in (preview, tables, quick bar) and unchanged properties are skipped; the chat and the
    HTML blocks are sent again (cheaper than a rebuild)."""
    tab = _tab()
    v = h.on_send(h.on_start().session, "社会化聘用人员经费")
    first = tab.render(v)
    assert first[0] is v.session and not any(_skipped(o) for o in first)
    again = tab.render(h.view(v.session), held=v.session)
    names = dict(zip(["state", "chat", "preview", "findings", "table", "notice", "drafts", "download"], again))
    assert all(_skipped(names[k]) for k in ("state", "preview", "table", "drafts"))
    assert names["chat"] == first[1] and names["findings"] == first[3]
    # unchanged buttons and an empty download link get their value again, cheaper than a skip and the same
    assert list(again[8:8 + h.MAX_CORRECTION_SLOTS]) == [""] * h.MAX_CORRECTION_SLOTS
    assert again[8 + h.MAX_CORRECTION_SLOTS] == "全部应用更正" and again[7] is None
    w = h.on_send(v.session, "我们信访局今年要聘4个人，每人每月5000")
    third = tab.render(w, held=v.session)
    assert _skipped(third[0]) and third[1][-1]["content"] == w.chat[-1]["content"]   # the new messages


def test_a_new_session_is_sent_whole():
    tab = _tab()
    old = h.on_start().session
    out = tab.render(h.on_new(old), held=old)
    assert out[0] is not old and not any(_skipped(o) for o in out)


def test_the_drafts_store_is_opened_once_and_afresh_after_its_file_is_moved(tmp_path, monkeypatch):
    from assistant.webapp import drafting
    monkeypatch.setenv("JIXIAO_DRAFTS_URL", f"sqlite:///{tmp_path / 'd.sqlite'}")
    store = drafting._store()
    assert drafting._store() is store
    (tmp_path / "d.sqlite").rename(tmp_path / "aside.sqlite")
    fresh = drafting._store()
    assert fresh is not store
    v = h.on_send(h.on_start("x").session, "社会化聘用人员经费")
    assert [t.split(" · ")[0] for t, _ in v.drafts] == ["社会化聘用人员经费"]


def test_prepared_outputs_are_what_gradios_own_postprocessing_sends():
    """The answer events are wired with postprocess=False and ``ready`` makes their outputs in the
    handler's thread: the page must receive exactly what gradio's postprocessing would have sent."""
    import asyncio
    import copy

    import gradio as gr
    from gradio.state_holder import SessionState
    from assistant.webapp.draft_tab import DraftTab
    from assistant.webapp.layout import header_html

    with gr.Blocks() as demo:
        state, top = gr.State(None), gr.HTML()
        tab = DraftTab(state, top, lambda engine, owner: header_html(engine))
    fn = next(f for f in demo.fns.values() if f.api_name == "on_send")
    assert fn.postprocess is False
    own = copy.copy(fn)
    own.postprocess = True
    v = h.on_send(h.on_start().session, "社会化聘用人员经费，<b>信访局</b>")
    views = [tab.render(v), tab.render(h.on_send(v.session, "我们信访局今年要聘4个人，每人每月5000"), held=v.session),
             tab.render(h.on_delete_ask(v.session, v.draft_id), held=v.session)]

    async def both(values):
        def fresh():          # gradio pops an update's value out of the dict it gets; the session stays itself
            return [values[0], *copy.deepcopy(values[1:])]
        raw = fresh() + [""]
        ours = list(tab.ready(fresh())) + [""]
        return (await demo.postprocess_data(own, raw, SessionState(demo)),
                await demo.postprocess_data(fn, ours, SessionState(demo)))
    from concurrent.futures import ThreadPoolExecutor
    for values in views:       # a thread of its own: an earlier test (playwright) may leave a loop running here
        with ThreadPoolExecutor(1) as pool:
            theirs, ours = pool.submit(lambda: asyncio.run(both(values))).result()
        assert ours == theirs
        assert any(isinstance(o, list) and o and isinstance(o[0], dict) and "<b>" not in str(o) for o in theirs)


def test_an_optional_package_gradio_imports_on_every_event_is_marked_absent_once(monkeypatch):
    import sys
    monkeypatch.delitem(sys.modules, "jx_not_installed_pkg", raising=False)
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)     # installed: left alone, imported as usual
    assert launch.absent_imports_fail_fast(("jx_not_installed_pkg", "colorsys")) == ["jx_not_installed_pkg"]
    assert sys.modules["jx_not_installed_pkg"] is None and "colorsys" not in sys.modules
    with pytest.raises(ImportError):
        import jx_not_installed_pkg  # noqa: F401
    import colorsys  # noqa: F401


def test_the_queue_sends_positions_at_intervals_not_to_every_waiting_tab_at_each_start():
    from assistant.webapp.layout import build
    demo = build()
    demo.queue(**launch.QUEUE)
    assert demo._queue.live_updates is False and demo._queue.update_intervals == 2

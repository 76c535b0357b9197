"""End-to-end in headless chromium: interview → preview/findings → correction → export; resume; batch."""
from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path

import pytest

from assistant.importers import read_path

from browser_helpers import download, expect, open_app, send, upload

pytestmark = pytest.mark.browser
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CORPUS = FIXTURES / "corpus"


CLERK = ["社会化聘用人员经费", "我们信访局今年要聘4个人，每人每月5000", "是",
         "联合接访中心人手不足，聘用4名工作人员，测算：4人×5000元×12个月=250000元。"]


def test_interview_updates_preview_findings_then_correction_and_docx_export(app, page, tmp_path):
    open_app(page, app.url)
    sheet, findings = page.locator("#jx-sheet"), page.locator("#jx-findings")
    expect(sheet).to_contain_text("（项目名称待填）")
    expect(findings).to_contain_text("开始填写后")
    send(page, CLERK[0])
    expect(sheet).to_contain_text("社会化聘用人员经费")
    expect(findings).to_contain_text("检查结果")
    reply = send(page, CLERK[1])
    assert "24万元" in reply
    expect(page.locator('#jx-sheet tr[data-path="funding.total"]')).to_contain_text("24 万元")
    expect(page.locator('#jx-sheet tr[data-path="unit"]')).to_contain_text("信访局")
    send(page, CLERK[2])
    expect(page.locator('#jx-sheet tr[data-path="department"]')).to_contain_text("信访局")
    send(page, CLERK[3])
    fix = page.locator("#jx-fix-0")
    expect(fix).to_contain_text("项目概况：250000 → 240000")
    fix.click()
    expect(page.locator("#jx-fix-0")).to_be_hidden()
    expect(page.locator('#jx-sheet tr[data-path="overview"]')).to_contain_text("=240000元")
    page.locator("#jx-export-docx").click()
    expect(page.locator("#jx-notice")).to_contain_text("已导出 社会化聘用人员经费.docx")
    expect(page.locator("#jx-notice")).to_contain_text("尚未经您确认")
    out = download(page, "#jx-download a", tmp_path)
    back = read_path(out).form
    assert back.project_name == "社会化聘用人员经费"
    assert back.funding.total == 24
    assert "4人×5000元×12个月=240000元" in back.overview


def test_restart_mid_draft_then_resume(app, page):
    open_app(page, app.url)
    for text in CLERK[:2]:
        send(page, text)
    app.restart(hard=True)                     # the process is killed mid-conversation
    page.reload()
    open_app(page, app.url)
    expect(page.locator("#jx-sheet")).to_contain_text("（项目名称待填）")
    page.locator("#jx-drafts input").click()
    page.locator("[role=option]", has_text="社会化聘用人员经费").first.click()
    page.locator("#jx-resume").click()
    expect(page.locator("#jx-notice")).to_contain_text("已恢复草稿")
    expect(page.locator('#jx-sheet tr[data-path="funding.total"]')).to_contain_text("24 万元")
    expect(page.locator("#jx-chat")).to_contain_text(CLERK[1])
    send(page, CLERK[2])
    expect(page.locator('#jx-sheet tr[data-path="department"]')).to_contain_text("信访局")


def test_import_apply_correction_and_export(app, page, tmp_path):
    open_app(page, app.url)
    upload(page, "#jx-import", CORPUS / "dev11-021-agri.json")
    expect(page.locator("#jx-notice")).to_contain_text("已从 dev11-021-agri.json 导入")
    fix = page.locator("#jx-fix-0")
    expect(fix).to_contain_text("预算明细第2项 金额：204000 → 20.4")
    expect(page.locator("#jx-findings")).to_contain_text("错误")
    fix.click()
    expect(page.locator("#jx-chat .message-row").last).to_contain_text("已应用更正")
    expect(page.locator("#jx-fix-0")).to_be_hidden()
    page.locator("#jx-export-json").click()
    expect(page.locator("#jx-notice")).to_contain_text("已导出")
    out = download(page, "#jx-download a", tmp_path)
    form = json.loads(out.read_text(encoding="utf-8"))
    assert form["budget_items"][1]["amount"] == 20.4


def test_batch_review_of_a_zip_downloads_a_report(app, page, tmp_path):
    bundle = tmp_path / "申报材料.zip"
    with zipfile.ZipFile(bundle, "w") as z:
        for name in ("dev11-000-hiring.a_docx.docx", "dev11-005-road.b_xlsx.xlsx", "dev11-020-student_aid.a_docx.pdf"):
            z.write(CORPUS / name, name)
        z.writestr("损坏.docx", b"PK\x03\x04broken")
    open_app(page, app.url)
    page.get_by_role("tab", name="批量审核").click()
    page.locator("#jx-batch-files input[type=file]").set_input_files(str(bundle))
    # gradio prints a file's stem and extension in two spans: their text may come with a space between
    expect(page.locator("#jx-batch-files")).to_contain_text(__import__("re").compile(r"申报材料\s*\.zip"))
    page.locator("#jx-batch-run").click()
    expect(page.locator("#jx-batch-status")).to_contain_text("审核完成", timeout=60_000)
    expect(page.locator("#jx-batch-status")).to_contain_text("共 4 个文件，审核 3 个，无法读取 1 个")
    report = download(page, "#jx-batch-report a[download$='.xlsx']", tmp_path)
    from openpyxl import load_workbook
    wb = load_workbook(report, read_only=True)
    assert {"汇总", "问题清单", "审核意见", "无法读取"} <= set(wb.sheetnames)
    errors = [r for r in wb["无法读取"].iter_rows(values_only=True) if r and any(r)]
    assert any("损坏.docx" in str(c) for r in errors for c in r)
    files = [r[1] for r in wb["审核意见"].iter_rows(min_row=2, values_only=True)]
    assert sorted(files) == ["申报材料.zip/dev11-000-hiring.a_docx.docx", "申报材料.zip/dev11-005-road.b_xlsx.xlsx",
                             "申报材料.zip/dev11-020-student_aid.a_docx.pdf"]      # the uploaded name, no server path
    table = page.locator("#jx-batch-table")
    files_column = table.locator("[data-testid^='cell-'][data-testid$='-0']")
    expect(files_column).to_have_count(4)
    expect(table).to_contain_text("申报材料.zip/损坏.docx")
    expect(table).to_contain_text("无法读取")
    files_column.filter(has_text="dev11-005-road").click()
    opinion = page.locator("#jx-batch-opinion textarea")
    expect(opinion).to_have_value(__import__("re").compile("^审核结果：[优良中差]。"))
    expect(page.locator("#jx-batch-opinion")).to_contain_text("审核意见：申报材料.zip/dev11-005-road.b_xlsx.xlsx")


def test_rewrite_tab_accept_one_reject_one(app, page, tmp_path):
    data = json.loads((CORPUS / "dev11-000-hiring.json").read_text(encoding="utf-8"))["form"]
    data["goals"]["annual"] = ["进一步提升信访工作水平。"]
    weak = tmp_path / "weak.json"
    weak.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    open_app(page, app.url)
    upload(page, "#jx-import", weak)
    expect(page.locator("#jx-notice")).to_contain_text("已从 weak.json 导入")
    page.get_by_role("tab", name="目标改写").click()
    page.locator("#jx-rw-run").click()
    expect(page.locator("#jx-rw-list")).to_contain_text("年度目标第1条")
    expect(page.locator("#jx-rw-list mark.jx-del").first).to_be_visible()
    rows = page.locator("#jx-rw-list tbody tr")
    goal_row = next(i for i in range(rows.count()) if "年度目标第1条" in rows.nth(i).inner_text())
    page.locator(f'#jx-rw-table [data-testid="cell-{goal_row}-0"] input').click()   # reject the goal
    page.locator("#jx-rw-apply").click()
    expect(page.locator("#jx-rw-notice")).to_contain_text(f"已将 {rows.count() - 1} 条改写应用到草稿")
    page.get_by_role("tab", name="起草").click()
    expect(page.locator("#jx-sheet")).to_contain_text("进一步提升信访工作水平")
    expect(page.locator("#jx-findings")).not_to_contain_text("聘用人员数量」的值「有效提升」")


def test_open_bind_requires_login(tmp_path):
    import urllib.error
    import urllib.request

    from assistant.webapp.devserver import AppServer
    with AppServer(tmp_path / "d", host="0.0.0.0", extra_env={"JIXIAO_AUTH": "clerk:s3cret"}) as app:
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(app.url + "config", timeout=10)
        assert e.value.code == 401
        data = b"username=clerk&password=s3cret"
        with urllib.request.urlopen(urllib.request.Request(app.url + "login", data=data), timeout=10) as r:
            assert r.status == 200
        # the start-up line is printed right after launch() returns, which can be after the first request
        deadline = time.monotonic() + 10
        while "（需要登录，1 个账号）" not in app.tail() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "（需要登录，1 个账号）" in app.tail()


def test_confirm_all_then_delete_draft_with_confirmation(app, page):
    open_app(page, app.url)
    expect(page.locator("#jx-engine")).to_have_text("当前引擎：离线引擎")
    for text in CLERK[:2]:
        send(page, text)
    page.locator("#jx-export-json").click()
    confirm = page.locator("#jx-confirm-all")
    expect(confirm).to_contain_text("全部确认（")
    confirm.click()
    expect(page.locator("#jx-notice")).to_contain_text("已确认")
    expect(confirm).to_be_hidden()
    expect(page.locator("#jx-sheet")).not_to_contain_text("待确认")
    page.locator("#jx-drafts input").click()
    page.locator("[role=option]", has_text="社会化聘用人员经费").first.click()
    page.locator("#jx-delete").click()
    expect(page.locator("#jx-delete-ask")).to_contain_text("确定删除草稿「社会化聘用人员经费」（正在编辑的草稿）吗？")
    expect(page.locator("#jx-sheet")).to_contain_text("社会化聘用人员经费")      # nothing deleted yet
    page.locator("#jx-delete-yes").click()
    expect(page.locator("#jx-notice")).to_contain_text("已删除草稿「社会化聘用人员经费」，已为您新建一份空白草稿。")
    expect(page.locator("#jx-delete-row")).to_be_hidden()
    expect(page.locator("#jx-sheet")).to_contain_text("（项目名称待填）")
    page.locator("#jx-drafts input").click()
    expect(page.locator("[role=option]", has_text="社会化聘用人员经费")).to_have_count(0)


def test_configured_model_engine_line_and_visible_fallback(page, tmp_path):
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from fake_openai import FakeOpenAI, Reply

    from assistant.webapp.devserver import AppServer
    with FakeOpenAI(default=lambda body: Reply(content="{}")) as fake:
        env = {"JIXIAO_LLM_BASE_URL": fake.url, "JIXIAO_LLM_MODEL": "fake-model", "JIXIAO_LLM_API_KEY": "sk-test-0000",
               "JIXIAO_LLM_TIMEOUT": "5", "JIXIAO_LLM_MAX_RETRIES": "0", "JIXIAO_ENV_FILE": str(tmp_path / "no.env")}
        with AppServer(tmp_path / "llm", extra_env=env) as app:
            open_app(page, app.url)
            expect(page.locator("#jx-engine")).to_have_text("当前引擎：大模型：fake-model")
            send(page, CLERK[0])
            assert len(fake.requests) == 1
            fake.default = lambda body: Reply(status=500)
            send(page, CLERK[1])
            expect(page.locator("#jx-notice")).to_contain_text("大模型调用失败")
            expect(page.locator("#jx-notice")).to_contain_text("本回合已改用离线引擎理解您的回答")
            expect(page.locator('#jx-sheet tr[data-path="funding.total"]')).to_contain_text("24 万元")
            expect(page.locator("#jx-findings")).to_contain_text("检查结果")
            assert "当前引擎：大模型：fake-model" in app.tail()


def test_reload_mid_draft_offers_the_draft_and_one_click_resumes_it(app, page):
    """After a reload the page is blank, but the draft is chosen in the list and the notice says so:
    继续该草稿 alone (no choosing in the list) brings back the preview and the conversation."""
    open_app(page, app.url)
    for text in CLERK[:2]:
        send(page, text)
    page.reload()
    open_app(page, app.url)
    expect(page.locator("#jx-notice")).to_contain_text("最近的是「社会化聘用人员经费」")
    expect(page.locator("#jx-drafts input")).to_have_value(__import__("re").compile("^社会化聘用人员经费 · "))
    page.locator("#jx-resume").click()
    expect(page.locator("#jx-notice")).to_contain_text("已恢复草稿")
    expect(page.locator('#jx-sheet tr[data-path="funding.total"]')).to_contain_text("24 万元")
    expect(page.locator("#jx-chat")).to_contain_text(CLERK[1])

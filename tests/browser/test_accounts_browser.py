"""Accounts in chromium: each user sees only their own drafts; the header says who (or single-user);
a login that must wait says so on the login page."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page

from assistant.webapp.devserver import AppServer

from browser_helpers import app_shown, expect, open_app, send

pytestmark = pytest.mark.browser


def login(page: Page, url: str, user: str, password: str) -> int:
    """Log in through gradio's login page; the HTTP status of the login request."""
    page.goto(url)
    page.get_by_label("用户名").fill(user)
    page.get_by_label("密码").fill(password)
    with page.expect_response(lambda r: r.url.rstrip("/").endswith("/login")) as answer:
        page.get_by_role("button", name="登录").click()
    return answer.value.status


@pytest.fixture
def accounts_app(tmp_path):
    with AppServer(tmp_path / "d", extra_env={"JIXIAO_AUTH": "alice:pw1,bob:pw2"}) as app:
        yield app


def test_each_account_sees_only_its_own_drafts(accounts_app, browser):
    pages = {}
    for user, password in (("alice", "pw1"), ("bob", "pw2")):
        ctx = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN")
        ctx.set_default_timeout(60_000)
        pages[user] = ctx.new_page()
        # gradio's login page reloads itself after a good login: wait for that reload rather than
        # navigating at the same time (a goto racing the reload could hang until the timeout).
        assert login(pages[user], accounts_app.url, user, password) == 200
        app_shown(pages[user])
        expect(pages[user].locator("#jx-user")).to_have_text(f"用户：{user}")
    send(pages["alice"], "甲单位机密项目")
    send(pages["bob"], "乙单位项目")
    for user, own, other in (("alice", "甲单位机密项目", "乙单位项目"), ("bob", "乙单位项目", "甲单位机密项目")):
        page = pages[user]
        page.reload()
        open_app(page, accounts_app.url)
        page.locator("#jx-drafts input").click()
        expect(page.locator("[role=option]", has_text=own)).to_have_count(1)
        expect(page.locator("[role=option]", has_text=other)).to_have_count(0)
        page.context.close()


def test_login_that_must_wait_says_so(accounts_app, page):
    assert [login(page, accounts_app.url, "bob", "wrong") for _ in range(6)] == [400] * 5 + [429]
    expect(page.locator("#jx-login-wait")).to_contain_text("登录尝试过于频繁：用户 bob 已连续 5 次密码错误")


def test_loopback_without_accounts_says_single_user(app, page):
    open_app(page, app.url)
    expect(page.locator("#jx-user")).to_have_text("单用户模式：本机访问，未设账号")

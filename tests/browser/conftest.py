"""Browser tests: Debian's chromium driven by Playwright against app.py in a subprocess."""
from __future__ import annotations

import os

import pytest

from assistant.webapp.devserver import CHROMIUM, CHROMIUM_ARGS, AppServer

if not os.path.exists(CHROMIUM):
    pytest.skip(f"浏览器测试需要 Debian 的 chromium（{CHROMIUM} 不存在；请运行 make sysdeps）",
                allow_module_level=True)

from playwright.sync_api import expect, sync_playwright  # noqa: E402

TIMEOUT_MS = 60_000
expect.set_options(timeout=TIMEOUT_MS)     # two shared cores under load: a step can take more than 20 s (passing tests do not wait)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def app(tmp_path):
    server = AppServer(tmp_path / "appdata")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def page(browser, tmp_path):
    ctx = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True, locale="zh-CN")
    ctx.set_default_timeout(TIMEOUT_MS)
    pg = ctx.new_page()
    yield pg
    ctx.close()

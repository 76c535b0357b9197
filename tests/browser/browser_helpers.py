"""Helpers for the browser tests (imported by test modules as ``browser_helpers``)."""
from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

def open_app(page: Page, url: str) -> None:
    page.goto(url)
    app_shown(page)


def app_shown(page: Page) -> None:
    """Wait until the app (not the login page, not a half-loaded page) is shown."""
    expect(page.locator("#jx-sheet")).to_be_visible()
    expect(page.locator("#jx-chat .message-row").first).to_be_visible()


def messages(page: Page) -> int:
    return page.locator("#jx-chat .message-row").count()


def send(page: Page, text: str) -> str:
    """Type an answer, send it, wait for the reply; returns the last assistant message."""
    before = messages(page)
    page.locator("#jx-input textarea").fill(text)
    page.locator("#jx-send").click()
    page.wait_for_function(f"document.querySelectorAll('#jx-chat .message-row').length >= {before + 2}")
    expect(page.locator("#jx-input textarea")).to_have_value("")
    return page.locator("#jx-chat .message-row").last.inner_text()


def upload(page: Page, button: str, path: Path | list[Path]) -> None:
    with page.expect_file_chooser() as fc:
        page.locator(button).click()
    fc.value.set_files(path if isinstance(path, list) else str(path))


def download(page: Page, selector: str, dest: Path) -> Path:
    with page.expect_download() as dl:
        page.locator(selector).first.click()
    target = dest / dl.value.suggested_filename
    dl.value.save_as(target)
    return target

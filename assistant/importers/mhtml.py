"""Web archives (.mhtml/.mht, "网页，单个文件"): a MIME multipart message whose first HTML part is the page.

The message is parsed with the standard library's email package; the page part is decoded from its
transfer encoding (quoted-printable, base64) and its charset (the part's header, then the page's
<meta>). Nothing else in the archive is decoded: images, scripts and attachments are skipped, so a
compressed attachment can never be expanded. Parts and decoded size are bounded.
"""
from __future__ import annotations

import email
import email.policy

from ..errors import ReadError
from . import ImportResult, register
from .html_reader import read_html
from .limits import MAX_FILE_BYTES, MAX_ZIP_MEMBERS, human_size
from .safety import parser_guard

MAX_PARTS = MAX_ZIP_MEMBERS


def looks_mhtml(data: bytes) -> bool:
    """A MIME message with a multipart/related body (how browsers and Word save a page as one file)."""
    head = data[:4096].lower()
    return b"mime-version:" in head and b"multipart/" in head and b"content-type:" in head


@register("mhtml")
def read_mhtml(data: bytes, name: str) -> ImportResult:
    with parser_guard(name, "网页存档（.mhtml）"):
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
        page, charset = _page(msg, name)
    result = read_html(page, name, charset=charset, fmt="mhtml")
    return result


def _page(msg, name: str) -> tuple[bytes, str | None]:
    parts = 0
    for part in msg.walk():
        parts += 1
        if parts > MAX_PARTS:
            raise ReadError(name, f"网页存档包含的部分过多（超过 {MAX_PARTS} 个），拒绝读取。")
        if part.get_content_type() not in ("text/html", "application/xhtml+xml"):
            continue
        encoding = (part.get("Content-Transfer-Encoding") or "7bit").strip().lower()
        if encoding not in ("7bit", "8bit", "binary", "quoted-printable", "base64"):
            raise ReadError(name, f"网页存档的页面使用了不支持的编码（{encoding}）。")
        body = part.get_payload(decode=True) or b""
        if len(body) > MAX_FILE_BYTES:
            raise ReadError(name, f"网页存档中的页面过大（{human_size(len(body))}），拒绝读取。")
        return body, part.get_content_charset()
    raise ReadError(name, "网页存档（.mhtml）中没有网页内容（text/html）。")

"""Office 97–2003 and WPS files (.doc/.wps/.et, and .xls that xlrd cannot read), by their OLE2 streams.

``ole_kind`` tells a Word-like file from a workbook by the streams inside (olefile); workbooks go to
xls_reader. Word-like files are converted by LibreOffice headless when it is installed
(``soffice --convert-to docx``) and read by the .docx reader. The conversion runs in a private temp
directory with a private LibreOffice profile whose settings forbid macros, under a timeout that kills
LibreOffice's whole process group. Without LibreOffice the error names the Debian package to install.

Under a memory limit (RLIMIT_AS) LibreOffice inherits it: it needs SOFFICE_ADDRESS_SPACE.
"""
from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import olefile

from ..errors import ReadError
from . import ImportResult, register
from .safety import parser_guard

SOFFICE_TIMEOUT = 90                     # seconds for one conversion (a cold start takes 3–10 s)
SOFFICE_ADDRESS_SPACE = 1024 ** 3        # RLIMIT_AS LibreOffice needs (measured: converts at 0.5 GiB, fails at 0.25)
PACKAGES = {"docx": "libreoffice-writer-nogui", "xlsx": "libreoffice-calc-nogui"}
_KIND = {"docx": "Word", "xlsx": "Excel"}
# a fresh profile that forbids macros: security level 3 (very high, no macro runs) and macros disabled outright
_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


def ole_kind(data: bytes, name: str) -> str:
    """'xls' for a workbook (Excel, WPS 表格 .et), 'doc' for a Word-like document (Word, WPS 文字, Works)."""
    with parser_guard(name, "Office 文件"):
        ole = olefile.OleFileIO(io.BytesIO(data))
        try:
            streams = {"/".join(s) for s in ole.listdir(streams=True, storages=False)}
        finally:
            ole.close()
    if "EncryptedPackage" in streams or "EncryptionInfo" in streams:
        raise ReadError(name, "文件已加密（需要密码）。请另存为未加密的文件后重试。")
    if streams & {"Workbook", "Book", "WORKBOOK", "BOOK"}:
        return "xls"
    if streams & {"WordDocument", "CONTENTS", "MatOST"}:
        return "doc"
    ext = Path(name).suffix.lower()
    if ext in (".et", ".ett", ".xls"):
        return "xls"
    if ext in (".doc", ".wps", ".dot", ".wpt"):
        return "doc"
    raise ReadError(name, "这是旧版 Office 格式的文件，但不是 Word 或 Excel 文档（可能是 PowerPoint 等）。")


@register("doc")
def read_doc(data: bytes, name: str) -> ImportResult:
    from .docx_reader import read_docx
    return _converted(read_docx, convert(data, name, "docx"), name, "doc")


def read_converted_xls(data: bytes, name: str) -> ImportResult:
    """An .xls/.et that xlrd cannot read (WPS 表格, BIFF variants): LibreOffice's .xlsx of it."""
    from .xlsx_reader import read_xlsx
    return _converted(read_xlsx, convert(data, name, "xlsx"), name, "xls")


def _converted(reader, data: bytes, name: str, fmt: str) -> ImportResult:
    result = reader(data, name)
    result.format = fmt
    target = "docx" if fmt == "doc" else "xlsx"
    result.warnings.insert(0, f"已用 LibreOffice 将旧版文件转换为 .{target} 后读取，请核对。")
    return result


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(data: bytes, name: str, target: str) -> bytes:
    """The file converted to ``target`` ('docx' or 'xlsx') by LibreOffice headless; ReadError otherwise."""
    exe = soffice()
    if exe is None:
        raise ReadError(name, f"读取旧版 {_KIND[target]} 文件需要 LibreOffice，本机未安装。请安装 Debian 软件包 "
                              f"{PACKAGES[target]}（apt-get install {PACKAGES[target]}），或用 WPS/Office "
                              f"将文件另存为 .{target} 后重试。")
    with tempfile.TemporaryDirectory(prefix="jixiao-soffice-") as tmp:
        work = Path(tmp)
        profile = work / "profile" / "user"
        profile.mkdir(parents=True)
        (profile / "registrymodifications.xcu").write_text(_PROFILE, encoding="utf-8")
        source = work / ("input.xls" if target == "xlsx" else "input.doc")
        source.write_bytes(data)
        out = work / "out"
        cmd = [exe, "--headless", "--invisible", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
               f"-env:UserInstallation={(work / 'profile').as_uri()}", "--convert-to", target,
               "--outdir", str(out), str(source)]
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": tmp, "TMPDIR": tmp, "LANG": "C.UTF-8"}
        _run(cmd, env, name)
        produced = out / f"input.{target}"
        if not produced.is_file() or produced.stat().st_size == 0:
            raise ReadError(name, f"LibreOffice 无法转换此文件（文件可能已损坏，或转换时内存不足）。请用 WPS/Office 另存为 .{target} 后重试。")
        return produced.read_bytes()


def _run(cmd: list[str], env: dict, name: str) -> None:
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        proc.wait(timeout=SOFFICE_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise ReadError(name, f"LibreOffice 转换超时（超过 {SOFFICE_TIMEOUT} 秒），已停止。") from None
    finally:
        _kill_group(proc.pid)       # a helper left behind, or the whole group on a timeout
        proc.wait()


def _kill_group(pid: int) -> None:
    """LibreOffice starts helper processes in its session: end them all, not just the first."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass

"""What a batch reads: files, folders (recursive) and .zip archives (nested, bounded).

``collect(paths)`` lists every input as an ``Item`` without reading contents; ``load(item)``
reads one item's bytes. Archives are read in memory, never extracted, so a member name can
never write outside anything; it only becomes a label ``archive.zip/inner/name.docx``.
The importers' limits apply (limits.py): members, per-member ratio, per-file size; an archive
may hold more than one form's worth of data, up to ``MAX_ARCHIVE_UNZIPPED_BYTES`` in total.
Problems with one item become that item's ``error`` (a row in the report), never an exception.
"""
from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..importers.limits import MAX_FILE_BYTES, MAX_RATIO, MAX_UNZIPPED_BYTES, MAX_ZIP_MEMBERS, human_size

MAX_NESTING = 2                                   # a zip inside a zip inside the batch: no deeper
MAX_ARCHIVE_UNZIPPED_BYTES = 10 * MAX_UNZIPPED_BYTES
MAX_NESTED_ARCHIVE_BYTES = MAX_UNZIPPED_BYTES
JUNK_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}


@dataclass(frozen=True)
class Item:
    """One input file. ``chain`` is (fs path of the outer zip, inner zip member, …, member) for archive members."""
    name: str                       # label in reports and JSONL
    path: str = ""                  # file on disk (empty for archive members)
    chain: tuple[str, ...] = ()
    size: int = 0
    error: str = ""                 # known unreadable before reading
    ident: str = ""                 # where it lives: absolute path (+ "!" + member chain for archive members)
    stamp: str = ""                 # what its file looked like when listed (device, inode, size, mtime, ctime)
    changed_ns: int = 0             # the later of its file's mtime and ctime, ns since the epoch


def _stamp(st: os.stat_result) -> str:
    return f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"


def is_junk(name: str) -> bool:
    """Files no one means to submit: hidden files, Office lock files, OS thumbnails, __MACOSX."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    base = parts[-1] if parts else name
    return (any(p == "__MACOSX" or (p.startswith(".") and p not in (".", "..")) for p in parts) or base.lower() in JUNK_NAMES
            or base.startswith("~$"))


def is_archive_name(name: str) -> bool:
    return name.lower().endswith(".zip")


def collect(paths: list[str], names: dict[str, str] | None = None) -> list[Item]:
    """Every file under ``paths`` in a stable order; archives expanded to their members.

    ``names`` labels an input in reports instead of its path (the web app: the name the user
    uploaded, not the server's temporary upload path); a folder's or archive's files are labelled
    under it (``申报表.zip/内层/甲.docx``)."""
    items: list[Item] = []
    for arg in paths:
        p, label = Path(arg), (names or {}).get(arg, arg)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not is_junk(d))
                for f in sorted(files):
                    if not is_junk(f):
                        full = os.path.join(root, f)
                        named = full if label == arg else os.path.join(label, os.path.relpath(full, p))
                        items.extend(_file_items(full, named))
        elif p.exists():
            items.extend(_file_items(arg, label))
        else:  # missing: reading it gives the same reason jixiao check gives
            items.append(Item(name=label, path=arg))
    return items


def _file_items(path: str, label: str) -> list[Item]:
    try:
        st = os.stat(path)
    except OSError:  # reading it gives the same reason jixiao check gives
        return [Item(name=label, path=path)]
    size, ident, stamp = st.st_size, os.path.abspath(path), _stamp(st)
    changed = max(st.st_mtime_ns, st.st_ctime_ns)
    if not is_archive_name(path):
        return [Item(name=label, path=path, size=size, ident=ident, stamp=stamp, changed_ns=changed)]
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return [Item(name=label, path=path, size=size, error="不是有效的 .zip 压缩包（文件损坏或不完整），请重新打包后上传。")]
    with zf:
        items = _members(zf, label, (path,), depth=1)
    # a member is known by the archive's own identity: while the archive is unchanged, so is the member
    return [Item(i.name, i.path, i.chain, i.size, i.error, ident + "!" + "!".join(i.chain[1:]), stamp, changed)
            if i.chain and not i.error else i for i in items]


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its author wrote it: zips made on Chinese Windows store GBK without the UTF-8 flag."""
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            raw = name.encode("cp437")
        except UnicodeEncodeError:
            return name
        for enc in ("utf-8", "gb18030"):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                continue
    return name


def safe_member(name: str) -> str | None:
    """A normalised relative member path, or None when it tries to leave the archive (.., absolute, drive)."""
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or ".." in parts or name.startswith(("/", "\\")) or ":" in parts[0]:
        return None
    return "/".join(parts)


def _members(zf: zipfile.ZipFile, label: str, chain: tuple[str, ...], depth: int) -> list[Item]:
    infos = [i for i in zf.infolist() if not i.is_dir()]
    if len(infos) > MAX_ZIP_MEMBERS:
        return [Item(name=label, error=f"压缩包内文件过多（{len(infos)} 个，上限 {MAX_ZIP_MEMBERS} 个），请分批打包。")]
    total = sum(i.file_size for i in infos)
    if total > MAX_ARCHIVE_UNZIPPED_BYTES:
        return [Item(name=label, error=f"压缩包解压后过大（{human_size(total)}，上限 {human_size(MAX_ARCHIVE_UNZIPPED_BYTES)}），请分批打包。")]
    out: list[Item] = []
    for info in sorted(infos, key=member_name):
        raw = member_name(info)
        if is_junk(raw):
            continue
        rel = safe_member(raw)
        if rel is None:
            out.append(Item(name=f"{label}/{raw}", error="压缩包内的路径不安全（含“..”或绝对路径），已跳过该文件。"))
            continue
        name, mchain = f"{label}/{rel}", chain + (info.filename,)
        error = _member_error(info)
        if error:
            out.append(Item(name=name, chain=mchain, size=info.file_size, error=error))
        elif is_archive_name(rel):
            out.extend(_nested(zf, info, name, mchain, depth))
        else:
            out.append(Item(name=name, chain=mchain, size=info.file_size))
    return out


def _member_error(info: zipfile.ZipInfo) -> str:
    if info.flag_bits & 0x1:
        return "压缩包内的文件已加密，请解密后重新打包。"
    if info.compress_size and info.file_size > 1024 * 1024 and info.file_size / info.compress_size > MAX_RATIO:
        return "文件解压后异常膨胀（疑似压缩炸弹），拒绝读取。"
    if info.file_size > MAX_FILE_BYTES and not is_archive_name(info.filename):
        return f"文件过大（{human_size(info.file_size)}），上限为 {human_size(MAX_FILE_BYTES)}。"
    return ""


def _nested(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, chain: tuple[str, ...], depth: int) -> list[Item]:
    if depth >= MAX_NESTING:
        return [Item(name=name, chain=chain, error=f"压缩包嵌套超过 {MAX_NESTING} 层，请解开内层压缩包后重新打包。")]
    if info.file_size > MAX_NESTED_ARCHIVE_BYTES:
        return [Item(name=name, chain=chain, error=f"内层压缩包过大（{human_size(info.file_size)}），请解开后重新打包。")]
    try:
        inner = zipfile.ZipFile(io.BytesIO(zf.read(info)))
    except (zipfile.BadZipFile, OSError, EOFError):
        return [Item(name=name, chain=chain, error="内层压缩包已损坏，无法打开。")]
    with inner:
        return _members(inner, name, chain, depth + 1)


class Loader:
    """Reads items' bytes, keeping the last opened archive (members of one archive come together)."""

    def __init__(self):
        self._key: tuple[str, ...] = ()
        self._zip: zipfile.ZipFile | None = None

    def load(self, item: Item) -> bytes:
        """The item's bytes; raises OSError / zipfile.BadZipFile for the caller to turn into a row."""
        if not item.chain:
            with open(item.path, "rb") as fh:
                return fh.read(MAX_FILE_BYTES + 1)
        zf = self._archive(item.chain[:-1])
        with zf.open(item.chain[-1]) as fh:
            return fh.read(MAX_FILE_BYTES + 1)

    def _archive(self, key: tuple[str, ...]) -> zipfile.ZipFile:
        if key != self._key or self._zip is None:
            self.close()
            zf = zipfile.ZipFile(key[0])
            for inner in key[1:]:
                zf = zipfile.ZipFile(io.BytesIO(zf.read(inner)))
            self._key, self._zip = key, zf
        return self._zip

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
        self._key, self._zip = (), None

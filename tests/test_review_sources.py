"""Inputs of a batch: folders recursively, zips in memory with the importers' limits, no path tricks."""
from __future__ import annotations

import zipfile

from builders import zip_of as make_zip
from assistant.review.sources import MAX_NESTING, Loader, collect, member_name, safe_member

FORM = b'{"project_name": "x"}'




def test_folder_is_walked_recursively_in_order_skipping_junk(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.json").write_bytes(FORM)
    (tmp_path / "1.json").write_bytes(FORM)
    (tmp_path / ".hidden.json").write_bytes(FORM)
    (tmp_path / "~$lock.docx").write_bytes(b"x")
    (tmp_path / "Thumbs.db").write_bytes(b"x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.json").write_bytes(FORM)
    names = [i.name for i in collect([str(tmp_path)])]
    assert names == [str(tmp_path / "1.json"), str(tmp_path / "b" / "2.json")]


def test_missing_path_is_an_item_not_an_exception(tmp_path):
    items = collect([str(tmp_path / "nope.docx")])
    assert [(i.name, i.error) for i in items] == [(str(tmp_path / "nope.docx"), "")]


def test_zip_members_are_labelled_under_the_archive_and_loaded_in_memory(tmp_path):
    z = tmp_path / "batch.zip"
    z.write_bytes(make_zip({"内层/a.json": FORM, "__MACOSX/._a.json": b"junk", "b.json": b"{}"}))
    items = collect([str(z)])
    assert [i.name for i in items] == [f"{z}/b.json", f"{z}/内层/a.json"]
    loader = Loader()
    assert loader.load(items[1]) == FORM
    loader.close()


def test_path_traversal_member_becomes_an_error_row(tmp_path):
    z = tmp_path / "evil.zip"
    z.write_bytes(make_zip({"../../etc/x.json": FORM, "/abs.json": FORM, "ok.json": FORM}))
    items = {i.name: i.error for i in collect([str(z)])}
    assert items[f"{z}/ok.json"] == ""
    assert items[f"{z}/../../etc/x.json"] == "压缩包内的路径不安全（含“..”或绝对路径），已跳过该文件。"
    assert items[f"{z}//abs.json"].startswith("压缩包内的路径不安全")


def test_safe_member():
    assert safe_member("a/./b\\c.json") == "a/b/c.json"
    assert safe_member("a/../b.json") is None
    assert safe_member("C:/x.json") is None


def test_zip_bomb_member_is_refused_without_inflating(tmp_path):
    z = tmp_path / "bomb.zip"
    z.write_bytes(make_zip({"bomb.json": b"0" * (30 * 1024 * 1024), "ok.json": FORM}))
    assert z.stat().st_size < 200_000
    items = {i.name: i.error for i in collect([str(z)])}
    assert items[f"{z}/bomb.json"] == "文件解压后异常膨胀（疑似压缩炸弹），拒绝读取。"
    assert items[f"{z}/ok.json"] == ""


def test_nested_zip_is_expanded_and_depth_is_bounded(tmp_path):
    level3 = make_zip({"deep.json": FORM})
    level2 = make_zip({"c.zip": level3, "two.json": FORM})
    z = tmp_path / "outer.zip"
    z.write_bytes(make_zip({"inner.zip": level2, "one.json": FORM}))
    items = collect([str(z)])
    by_name = {i.name: i for i in items}
    assert list(by_name) == [f"{z}/inner.zip/c.zip", f"{z}/inner.zip/two.json", f"{z}/one.json"]
    assert by_name[f"{z}/inner.zip/c.zip"].error == f"压缩包嵌套超过 {MAX_NESTING} 层，请解开内层压缩包后重新打包。"
    loader = Loader()
    assert loader.load(by_name[f"{z}/inner.zip/two.json"]) == FORM
    loader.close()


def test_broken_zip_is_one_error_item(tmp_path):
    z = tmp_path / "half.zip"
    z.write_bytes(make_zip({"a.json": FORM})[:30])
    assert [(i.name, i.error) for i in collect([str(z)])] == [
        (str(z), "不是有效的 .zip 压缩包（文件损坏或不完整），请重新打包后上传。")]


def test_gbk_member_names_from_chinese_windows_are_decoded():
    info = zipfile.ZipInfo("申报表.json".encode("gbk").decode("cp437"))
    assert member_name(info) == "申报表.json"

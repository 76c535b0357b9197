"""A form copied off a government site (issue 12): breadcrumbs and the article line above it, 标签：值 header lines,
indicator rows with no header row whose cells are apart by one space or a tab, and the share bar, 上一篇/下一篇 and
the footer below it. Its fields and rows are read; the page's own lines are no value of any field."""
from pathlib import Path

import pytest

from assistant.importers import read_bytes
from assistant.importers.text_grid import layout

FIX = Path(__file__).parent / "fixtures" / "web_page"
ROWS = [("产出指标", "数量指标", "新发展桑园面积", "≥1000亩"), ("产出指标", "数量指标", "培训蚕农人次", "≥500人次"),
        ("产出指标", "质量指标", "桑苗成活率", "≥90%"), ("满意度指标", "服务对象满意度指标", "蚕农满意度", "≥90%")]


@pytest.mark.parametrize("name", ["chrome_spaces.txt", "chrome_tabs.txt"])
def test_page_copy_reads_header_lines_rows_and_no_page_text(name):
    data = (FIX / name).read_bytes()
    assert layout(data.decode("utf-8")) == "rows"
    r = read_bytes(data, name)
    f = r.form
    assert f.project_name == "蚕桑产业扶持项目"
    assert (f.department, f.unit) == ("县农业农村局", "县蚕桑技术推广站")
    assert f.funding.total == 80.0
    assert f.goals.annual == ["新发展桑园1000亩，培训蚕农500人次"]
    assert [(i.level1, i.level2, i.name, i.value) for i in f.indicators] == ROWS
    text = repr(f.to_json())
    for page in ("打印本页", "分享到", "上一篇", "版权所有", "ICP", "首页"):
        assert page not in text


def test_rows_without_header_need_level_word_name_and_value():
    """Headerless rows are read only when each is level words, a name and a value; a level word followed by
    words alone (no value) is no indicator."""
    text = "项目名称：某项目\n实施单位：某局\n数量指标 培训人次 ≥500人次\n质量指标 合格率 ≥90%\n效益指标 带动群众增收\n"
    f = read_bytes(text.encode("utf-8"), "x.txt").form
    assert [(i.level2, i.name, i.value) for i in f.indicators] == [("数量指标", "培训人次", "≥500人次"),
                                                                   ("质量指标", "合格率", "≥90%")]


def test_new_level1_does_not_carry_the_level2_above():
    """A row opening a new 一级 with no 二级 of its own: the 二级 above is not carried across (a merged 二级 cell
    never spans two 一级)."""
    text = ("项目名称：某项目\n一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 培训人次 ≥500人次\n"
            "效益指标 带动增收户数 ≥20户\n")
    f = read_bytes(text.encode("utf-8"), "x.txt").form
    assert [(i.level1, i.level2, i.name) for i in f.indicators][-1] == ("效益指标", "", "带动增收户数")


def test_dump_goal_ends_where_an_indicator_row_begins():
    """Read as the text of a PDF (the dump path), the 年度目标 ends at the first indicator row and the page's frame is
    no part of it."""
    from assistant.importers.text_reader import read_text
    data = (FIX / "chrome_spaces.txt").read_bytes()
    assert read_text(data, "x.txt", "dump").form.goals.annual == ["新发展桑园1000亩，培训蚕农500人次"]


def test_dump_labels_with_fewer_amounts_are_not_paired_in_order():
    """'上年结转资金 / 当年财政拨款 / 100万 / 其中:其它资金 / 0' printed one cell a line: the amounts after a row of
    labels that outnumber them are not handed out in order (0 is not 上年结转资金's)."""
    from assistant.importers.text_reader import read_text
    text = "项目资金（万元）\n年度本级预算金额\n100万\n上年结转资金\n当年财政拨款\n100万\n其中:其它资金\n0\n总体绩效目标\n"
    r = read_text(text.encode("utf-8"), "x.txt", "dump")
    assert r.form.funding.total == 100.0
    assert r.form.funding.carryover is None
    assert "funding.carryover" in r.unread          # its label is there: unread, never reported missing

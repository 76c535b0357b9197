"""A page that describes projects in numbered prose run into one line and then prints another project's table, cut
partway (issue 12; the shape of real_more8 805, written here as a new small text): the numbered items are read as if
each were on a line of its own, the form is the page's FIRST project, and nothing of the second project's prose or
of the later table's project is mixed into it.
"""
from __future__ import annotations

from assistant.importers import read_bytes
from assistant.importers.prose_fields import prose_pairs

PAGE = (
    "|\n"
    "1.“社区图书室运行经费”项目。 (1)项目概述。用于社区图书室日常运行。 (2)立项依据。公共文化服务保障需要。 "
    "(3)实施主体。某县图书馆。 (4)起止时间。2024年1月1日-2024年12月31日 (5)年度预算安排。财政拨款48.5万元。 (6)绩效目标。保障图书室全年开放,"
    "提升群众阅读服务水平。 2.“非遗保护专项经费”项目。 (1)项目概述。用于非遗保护工作。 (2)立项依据。非遗保护工作需要。 "
    "(3)实施主体。某县文化馆。 (4)起止时间。2024年3月1日-2024年10月31日 项目支出绩效目标表 |\n"
    "|||||||||\n"
    "| (2024年度) | |||||||||\n"
    "| 项目名称 | 全民健身器材更新资金 | ||||||||\n"
    "| 主管部门及代码 | [031]某县文化旅游体育"
)


def test_numbered_items_run_together_are_read_for_the_first_project_only():
    pairs = [(label, value) for label, value, _ in prose_pairs(PAGE)]
    assert ("项目名称", "社区图书室运行经费") in pairs
    assert ("实施主体", "某县图书馆") in pairs
    assert not any("文化馆" in v or "非遗" in v for _, v in pairs)          # the second project's items: not read


def test_the_first_project_takes_precedence_over_a_later_table():
    got = read_bytes(PAGE.encode("utf-8"), "x.txt")
    form = got.form
    assert form.project_name == "社区图书室运行经费"
    assert form.unit == "某县图书馆"
    assert (form.start, form.end) == ("2024-01", "2024-12")
    assert "全民健身" not in str(form.to_json())                             # the later table's project: not mixed in
    assert any("多个项目" in w and "全民健身器材更新资金" in w for w in got.warnings)


def test_a_table_of_the_same_project_after_its_prose_is_kept():
    page = PAGE.replace("全民健身器材更新资金", "社区图书室运行经费")
    got = read_bytes(page.encode("utf-8"), "x.txt")
    assert got.form.project_name == "社区图书室运行经费"
    assert got.form.year == 2024
    assert not any("多个项目" in w for w in got.warnings)


def test_one_project_described_then_its_table_is_one_project():
    # one quoted project only: the table after it is that project's own (its name written a little differently)
    one = PAGE.split(" 2.“非遗保护专项经费”项目。")[0] + " 项目支出绩效目标表 |\n" + PAGE.split("项目支出绩效目标表 |\n", 1)[1]
    got = read_bytes(one.encode("utf-8"), "x.txt")
    assert got.form.project_name == "全民健身器材更新资金"
    assert not any("多个项目" in w for w in got.warnings)


def test_a_numbered_budget_item_that_names_its_amount_gives_the_total_and_that_part():
    form = read_bytes(PAGE.encode("utf-8"), "x.txt").form
    assert (form.funding.total, form.funding.current_year) == (48.5, 48.5)     # '年度预算安排。财政拨款48.5万元'

"""The unit that files a form (填报单位 / 预算单位 / 申报单位, printed above it) and the form's own 实施单位 / 项目单位:
when both are written and differ, the form's unit is the one its own cell names (eval/real_more 109, real_more7 711:
'预算单位: 奉节县云雾土家族乡人民政府' over '实施单位 云雾土家族乡'); the filer stands in only when the form names
no unit of its own. New small texts (other units, other projects)."""
from __future__ import annotations

from pathlib import Path

from assistant.importers import read_bytes


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


SPACED = (
    "2024年某镇污水管网改造项目支出绩效目标审批表\n"
    "预算单位: 某县某某镇人民政府\n"
    "项目名称 2024年某镇污水管网改造项目 项目分类 基础设施类\n"
    "业务主管部门 某县住房和城乡建设委员会\n"
    "实施单位 某县某某镇 项目负责人 刘长河 联系电话 13512345678\n"
    "总预算 80 当年预算 80\n"
)

PIPES = (
    "填报单位:某市文化和旅游局 单位:万元\n"
    "项目名称 | 城墙遗址保护展示工程 |\n"
    "实施单位 | 某市文旅局 |\n"
    "年度资金总额 | 120 |\n"
)


def test_the_forms_own_unit_over_the_filer_printed_above_it():
    r = _read(SPACED)
    assert r.form.unit == "某县某某镇"
    assert r.form.department == "某县住房和城乡建设委员会"
    assert r.form.unit_head == "刘长河"


def test_the_forms_own_unit_over_the_filer_in_a_pipe_table():
    f = _read(PIPES).form
    assert f.unit == "某市文旅局"
    assert f.project_name == "城墙遗址保护展示工程"


def test_the_filer_is_the_unit_when_the_form_names_none():
    f = _read(PIPES.replace("实施单位 | 某市文旅局 |\n", "")).form
    assert f.unit == "某市文化和旅游局"
    f = _read(SPACED.replace("实施单位 某县某某镇 ", "")).form
    assert f.unit == "某县某某镇人民政府"


def test_the_filer_after_the_table_does_not_replace_the_unit():
    f = _read(PIPES.replace("填报单位:某市文化和旅游局 单位:万元\n", "") + "填报单位:某市文化和旅游局\n").form
    assert f.unit == "某市文旅局"


def test_a_stamped_filer_label_with_its_unit_typed_after_it():
    f = _read("填报单位（盖章）：某区林业局\n项目名称 | 森林防火专项 |\n年度资金总额 | 30 |\n").form
    assert f.unit == "某区林业局"


# --- amounts and their execution rate run together in a flattened self-evaluation (eval/real_more2 208) --------------
# tests/fixtures/glued_rate_ziping.txt: that layout with another project's words and numbers ('年度资金总额86.586.5100%')
GLUED = (Path(__file__).parent / "fixtures" / "glued_rate_ziping.txt").read_text(encoding="utf-8")


def test_amounts_and_a_rate_run_together_are_cut_where_the_rate_is_their_share():
    assert _read(GLUED).form.funding.total == 86.5


def test_a_run_no_cut_explains_gives_no_amount_of_its_digits():
    r = _read(GLUED.replace("86.586.5100%", "86.586.597%"))
    assert r.form.funding.total is None and "funding.total" in r.unread      # never 86.586


# --- a word in brackets inside a label of a PDF dump or notice ('专项(项目)名称', eval/real_more10 1001) --------------
NOTICE = (Path(__file__).parent / "fixtures" / "notice_bracketed_label.txt").read_text(encoding="utf-8")


def test_a_bracketed_word_inside_a_label_is_the_label():
    f = _read(NOTICE).form
    assert f.project_name == "森林防火物资储备和护林员培训"
    assert (f.unit, f.unit_head) == ("某县林业局", "陈国华")


def test_brackets_that_are_no_part_of_a_label_stay():
    from assistant.importers import text_dump as D
    from assistant.importers.text_grid import unbracket
    D._STOP = D._STOP or D._stoppers()

    def dump(flat: str) -> str:          # as text_dump reads a flattened text (unbracket moved to text_grid by reader15)
        return unbracket(flat, lambda s: [(m.start(), m.end()) for m in D._STOP.finditer(s)])
    assert dump("专项(项目)名称 某项目") == "专项名称 某项目"
    assert dump("资金总额(万元)120 其中(签字)") == "资金总额(万元)120 其中(签字)"      # the label's money unit
    assert dump("某县(市)林业局 实施单位") == "某县(市)林业局 实施单位"              # a name's own brackets


# --- 实施部门 over 预算单位: the department, and the unit the budget is filed under (eval/real_more10 1004) -----------
DEPT = "项目名称\n\n城区古籍修复中心运转经费\n\n实施部门\n\n某市文化广电和旅游局\n\n预算单位\n\n某市图书馆\n\n项目负责人\n\n\n\n联系电话\n\n"


def test_the_implementing_department_is_the_department():
    f = _read(DEPT).form
    assert (f.department, f.unit) == ("某市文化广电和旅游局", "某市图书馆")

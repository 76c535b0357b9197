"""A 蚕桑产业扶持 clerk, voices tried turn by turn (lead, 2026-12-02): fiscal years, a budget said as one sentence with 其中,
a remainder without an amount, figures in words at an indicator.
"""
import datetime as dt

import pytest

from assistant.interview.engine import Interview

TODAY = dt.date(2025, 3, 1)


def _asked(field, *before):
    iv = Interview(today=TODAY)
    iv.opening()
    iv.answer("蚕桑产业扶持项目")
    for f, m in before:
        iv.ask(f)
        iv.answer(m)
    iv.ask(field)
    return iv


@pytest.mark.parametrize("msg", ["2025财年", "2025年财政年度", "今年财年", "2025自然年"])
def test_a_fiscal_year_is_the_calendar_year(msg):
    iv = _asked("start")
    iv.answer(msg)
    assert (iv.form.start, iv.form.end) == ("2025-01", "2025-12")


def test_a_fiscal_year_without_a_year_asks_which():
    iv = _asked("start")
    r = iv.answer("财年")
    assert not iv.form.start and "哪一年" in r.question.render()


def _lines(msg):
    iv = _asked("budget_items", ("funding", "80万"))
    r = iv.answer(msg)
    return iv, r, [(b.name, b.amount) for b in iv.form.budget_items]


def test_the_total_said_before_its_lines_is_no_line():
    iv, r, lines = _lines("总共80万，其中桑苗采购50万，技术培训10万，其余20万用于蚕室改造")
    assert lines == [("桑苗采购", 50.0), ("技术培训", 10.0), ("蚕室改造", 20.0)] and iv.form.funding.total == 80.0


def test_lines_parted_by_a_pause_mark():
    iv, r, lines = _lines("其中桑苗采购50万元、技术培训10万元、蚕室改造20万元")
    assert lines == [("桑苗采购", 50.0), ("技术培训", 10.0), ("蚕室改造", 20.0)]


@pytest.mark.parametrize("msg", ["桑苗采购50万，技术培训10万，剩下的都是蚕室改造", "其中桑苗采购50万元、技术培训10万元，余下蚕室改造"])
def test_a_remainder_without_an_amount_is_computed_and_asked_not_stored(msg):
    iv, r, lines = _lines(msg)
    assert lines == [("桑苗采购", 50.0), ("技术培训", 10.0)]
    assert any("20万元" in s and "没有记下" in s and "蚕室改造" in s for s in r.said)


def test_figures_in_words_at_an_indicator_are_not_said_left():
    iv = _asked("indicators.质量指标")
    r = iv.answer("蚕茧合格率要达到九成五")
    assert [(i.name, i.value) for i in iv.form.indicators] == [("蚕茧合格率", "≥95%")]
    assert not any("没能读成指标" in s for s in r.said)


def test_a_page_copied_with_its_chrome_reads_only_the_form():
    """Lines a web page adds (breadcrumbs, 发布时间/浏览次数, 打印本页, 上一篇, the footer with its ICP number) were read as
    an indicator '湘ICP备' (1.23457), a hedge '15 来' (from 2024-01-15 来源) and a change of 绩效指标 with no value."""
    from pathlib import Path
    text = (Path(__file__).parent / "fixtures" / "paste_web_chrome.txt").read_text(encoding="utf-8")
    iv = Interview(today=dt.date(2025, 1, 10))
    iv.opening()
    r = iv.answer(text)
    said = " ".join(r.said)
    assert "ICP" not in said and "约数" not in said and "没读出新的值" not in said
    assert [(i.name, i.value) for i in iv.form.indicators] == [
        ("新发展桑园面积", "≥1000亩"), ("培训蚕农人次", "≥500人次"), ("桑苗成活率", "≥90%"), ("蚕农满意度", "≥90%")]
    assert (iv.form.project_name, iv.form.unit, iv.form.funding.total) == ("蚕桑产业扶持项目", "县蚕桑技术推广站", 80.0)


def test_a_message_that_is_only_page_words_is_kept_as_said():
    from assistant.interview.signature import unpage
    assert unpage("上一篇：xx\n下一篇：yy") == "上一篇：xx\n下一篇：yy"
    assert unpage("项目名称：甲\n【打印本页】【关闭窗口】") == "项目名称：甲"


def test_excel_rows_with_merged_cells_keep_every_row_and_its_named_level():
    """Rows copied from Excel, merged 一级/二级 cells left empty: the 效益 row ('效益指标\\t社会效益指标\\t带动农户增收\\t≥300户')
    was dropped without a word (its 一级 heading took an empty value), and a named 社会效益指标 was filed as 经济效益指标."""
    iv = _asked("indicators.数量指标")
    iv.answer("产出指标\t数量指标\t培训蚕农人次\t≥500人次\n\t\t新发展桑园面积\t≥1000亩\n\t质量指标\t桑苗成活率\t≥90%\n"
              "效益指标\t社会效益指标\t带动农户增收\t≥300户")
    assert sorted((i.level2, i.name, i.value) for i in iv.form.indicators) == sorted([
        ("数量指标", "培训蚕农人次", "≥500人次"), ("数量指标", "新发展桑园面积", "≥1000亩"), ("质量指标", "桑苗成活率", "≥90%"),
        ("社会效益指标", "带动农户增收", "≥300户")])


def test_a_question_in_brackets_leaves_her_answer_whole():
    """'为全县3000名学生购买校方责任险（概况要写多少字？），保费每人5元' stored ')，保费每人5元' as the 项目概况."""
    iv = _asked("overview")
    r = iv.answer("为全县3000名学生购买校方责任险（概况要写多少字？），保费每人5元")
    assert iv.form.overview == "为全县3000名学生购买校方责任险，保费每人5元"
    assert "question" in r.acts


def test_a_line_of_hers_that_ends_like_a_footer_stays():
    from assistant.interview.signature import unpage
    text = "项目概况：全县中小学生运动会\n本次运动会由县体育局主办\n经费12万元"
    assert unpage(text) == text

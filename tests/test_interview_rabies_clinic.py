"""A 县疾控中心 clerk filing next year's 狂犬病暴露处置门诊运行经费, tried turn by turn (lead, 2026-12-02).

- "要报明年的狂犬病…经费" kept 「明年的狂犬病…」 as the name, and "今年狂犬病…经费" was refused as "一句话": the relative year
  is taken off the name and said back ("“明年”按2024年理解").
- "你理解错了，我说的是明年，2024年全年" was "没找准是哪一项" (nothing changed): a correction that is a whole period is the
  period's, and "2024年全年" names the period for the last guard (it was put back as "没有提到").
- Her budget lines said again at the 数量指标 question ("那就疫苗采购30万，耗材6.8万，劳务5.5万") were stored as 数量指标
  rows =30万 …: a row that is a budget line (its name, its amount in money) is no indicator, and it is said.
"""
import datetime as dt

import pytest

from assistant.interview.engine import Interview

TODAY = dt.date(2023, 11, 15)


@pytest.mark.parametrize("msg,said", [("要报明年的狂犬病暴露处置门诊运行经费", "“明年”按2024年理解"),
                                      ("今年狂犬病暴露处置门诊运行经费", "“今年”按2023年理解"),
                                      ("明年的狂犬病暴露处置门诊运行经费", "“明年”按2024年理解")])
def test_a_relative_year_leaves_the_name_and_is_said_back(msg, said):
    iv = Interview(today=TODAY)
    iv.opening()
    r = iv.answer(msg)
    assert iv.form.project_name == "狂犬病暴露处置门诊运行经费"
    assert any(said in s for s in r.said)


def test_a_year_written_out_stays_in_the_name():
    iv = Interview(today=TODAY)
    iv.opening()
    iv.answer("2024年狂犬病暴露处置门诊运行经费")
    assert iv.form.project_name == "2024年狂犬病暴露处置门诊运行经费"


def test_a_correction_that_is_a_whole_year_sets_the_period():
    iv = Interview(today=TODAY)
    iv.opening()
    iv.answer("您好，我是县疾控中心的，要报明年的狂犬病暴露处置门诊运行经费，单位就是县疾病预防控制中心，主管是县卫健局")
    r = iv.answer("你理解错了，我说的是明年，2024年全年")
    assert (iv.form.start, iv.form.end) == ("2024-01", "2024-12")
    assert not any("没找准" in s for s in r.said)


def _at_quantity(msg):
    iv = Interview(today=TODAY)
    iv.opening()
    iv.answer("狂犬病暴露处置门诊运行经费")
    iv.ask("funding")
    iv.answer("42.3万")
    iv.ask("budget_items")
    iv.answer("其中疫苗采购三十万元，耗材六万八千元，人员劳务五万五千元")
    iv.ask("indicators.数量指标")
    return iv, iv.answer(msg)


def test_budget_lines_said_again_are_no_indicators():
    iv, r = _at_quantity("那就疫苗采购30万，耗材6.8万，劳务5.5万")
    assert not iv.form.indicators
    assert any("预算明细" in s for s in r.said)


def test_an_indicator_beside_a_budget_line_is_kept_and_the_line_is_not():
    iv, r = _at_quantity("接诊暴露者不少于3000人次，疫苗采购30万元")
    assert [(i.name, i.value) for i in iv.form.indicators] == [("接诊暴露者", "≥3000人次")]
    assert not any("没能读成指标" in s for s in r.said)


def test_a_cost_that_is_not_a_budget_line_is_kept():
    iv, r = _at_quantity("疫苗采购 30万支")
    assert [i.value for i in iv.form.indicators] == ["=30万支"]


@pytest.mark.parametrize("msg", ["负责人是王建军\n--\n张丽 | 办公室\n电话：0731-12345678\n手机 13800001111",
                                 "王建军局长\n\n此致\n张丽\n县农业农村局办公室\n0731-12345678"])
def test_a_signature_phone_is_never_the_heads(msg):
    """'负责人是王建军 -- 张丽 | 办公室 … 手机 13800001111' stored the sender's mobile as the 负责人's phone."""
    iv = Interview(today=TODAY)
    iv.opening()
    iv.answer("狂犬病暴露处置门诊运行经费")
    iv.ask("unit_head")
    r = iv.answer(msg)
    assert iv.form.unit_head == "王建军" and not iv.form.unit_phone
    assert any("签名" in s for s in r.said) and "chatter" in r.acts


@pytest.mark.parametrize("msg,phone", [("王建军，0731-5553333\n谢谢！", "0731-5553333"), ("王建军\n13900002222", "13900002222")])
def test_her_own_phone_on_the_next_line_is_kept(msg, phone):
    iv = Interview(today=TODAY)
    iv.opening()
    iv.answer("狂犬病暴露处置门诊运行经费")
    iv.ask("unit_head")
    iv.answer(msg)
    assert (iv.form.unit_head, iv.form.unit_phone) == ("王建军", phone)

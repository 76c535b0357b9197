"""The LLM extractor against a local fake OpenAI-compatible server: grounded values, offline fallback."""
from __future__ import annotations

import datetime as dt

import pytest


from assistant.interview.engine import Interview  # noqa: E402
from assistant.interview.llm_extract import llm_extractor  # noqa: E402


@pytest.fixture
def fake(fake_openai):
    return fake_openai


def started(extractor) -> Interview:
    """An interview at the unit question, the model plugged in from here on."""
    iv = Interview(today=dt.date(2020, 8, 19))
    iv.opening()
    iv.answer("社会化聘用人员经费")
    iv.extractor = extractor
    return iv


def test_no_model_configured_means_no_llm_extractor():
    assert llm_extractor() is None


def test_llm_patch_fills_what_the_parsers_missed_and_an_ungrounded_number_is_refused(fake):
    fake.reply_json({"unit": "乌海市信访局", "department": "乌海市信访局", "funding_total": 24.0,
                     "funding_carryover": 3.0, "headcount": 4, "monthly_per_person_yuan": 5000, "months": 12,
                     "indicators": [{"category": "满意度指标", "name": "来访群众满意度", "value": "不低于90%"}]})
    iv = started(llm_extractor())
    reply = iv.answer("乌海市信访局，主管部门也是我们。要聘四个人，每人每月五千，来访群众满意度要九成以上")
    f = iv.form
    assert (f.unit, f.department) == ("乌海市信访局", "乌海市信访局")
    assert f.funding.total == 24.0                                  # 4×5000×12 read by the model as facts
    assert f.funding.carryover is None          # the answer neither names the carry-over nor states 3: refused
    assert "misfiled:funding.carryover" in iv.last_refused
    assert {i.name: i.value for i in f.indicators}["来访群众满意度"] == "≥90%"
    assert "department" in reply.changed
    body = fake.bodies[0]
    assert "乌海市信访局，主管部门也是我们" in body and "项目单位" in body


def test_model_failure_falls_back_to_the_offline_reading_and_says_so(fake):
    fake.reply(status=500)
    iv = started(llm_extractor())
    reply = iv.answer("市信访局")
    assert iv.form.unit == "市信访局"
    assert any(s.startswith("大模型暂时不可用") and s.endswith("已改用离线方式理解您的回答。") for s in reply.said)


def test_a_model_patch_that_invents_a_number_for_a_named_field_is_refused_and_said(fake):
    fake.reply_json({"funding_total": 50.0, "funding_carryover": 3.0})
    iv = started(llm_extractor())
    iv.ask("funding")
    reply = iv.answer("一共四十八万六千，上年结转也有一点")
    assert iv.form.funding.total == 48.6                # the offline reading of her words
    assert iv.form.funding.carryover != 3.0             # "一点" is not 3
    assert any("回答里没有这个数" in s for s in reply.said)


def test_a_model_patch_that_misfiles_the_answer_is_refused(fake):
    fake.reply_json({"department": "社会化聘用人员经费", "unit": "市信访局"})
    iv = started(llm_extractor())
    iv.ask("unit")
    iv.answer("市信访局")
    assert iv.form.unit == "市信访局"
    assert iv.form.department == ""                      # never named: the model's department is refused
    assert "misfiled:department" in iv.last_refused


def test_the_model_reads_the_act_the_offline_reader_could_not(fake):
    fake.reply_json({"acts": ["chatter"]})
    iv = started(llm_extractor())
    iv.ask("unit")
    reply = iv.answer("今天单位里来了好多人，忙得团团转")
    assert reply.acts == ["chatter"] and iv.form.unit == ""       # read as talk; nothing stored
    assert reply.question.field == "unit"

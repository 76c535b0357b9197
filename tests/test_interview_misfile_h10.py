"""The causes of the misfilings found by holdout10, each a general rule, and the readings that came with them:

- a picture sent instead of text ("[图片] 这是去年批复的截图") was stored as the 项目名称: a chat app's tag for a picture is
  no speaker, and her talk about the picture is taken out before the acts are read (media.py);
- a question in dialect ("么子叫立项依据咯 我冒搞清楚") was stored as the 立项依据: 湘 / 客家 words are read as Mandarin first;
- "开工时间又改了，领导说25年Q2才开工" at the 立项依据 question was stored there: 开工时间 / 完工时间 name the start and the
  end, and a quarter is the month it stands for (its first for a start, its last for an end), said back.
Besides: the 主管部门 said inside the unit's answer ("主管的就是县教育局", "主管县水利局"), the office she names kept as the
unit ("区民政局养老服务科") unless she says what to write, a title and a name as a clause ("主任韩晓东"), 你帮我写/找一个 as
不知道, states said in words at the 效益 question, and talk between an indicator's clauses in voice input."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2025, 2, 14)
FORM = {"project_name": "城市公共停车场建设", "unit": "市停车设施建设管理中心", "start": "2025-03", "end": "2025-12", "year": 2025}


def _rows(iv):
    return {i.name: (i.level2, i.value) for i in iv.form.indicators}


@pytest.mark.parametrize("say", ["[图片] 这是去年批复的截图", "[表格截图：实施单位｜主管部门｜负责人 三列]", "【截图：预算明细表】"])
def test_a_picture_is_no_answer(say):
    iv = asked_on(TODAY, "project_name")
    reply = iv.answer(say)
    assert not iv.form.project_name
    assert reply.acts == ["unclear"] and any("图片" in s for s in reply.said)
    assert reply.question.field == "project_name"


@pytest.mark.parametrize("say,name", [("截图看不了是吧，我打字：公共资源交易平台运维", "公共资源交易平台运维"),
                                      ("[图片] 老照片数字化", "老照片数字化")])
def test_what_she_types_beside_a_picture_is_read(say, name):
    iv = asked_on(TODAY, "project_name")
    iv.answer(say)
    assert iv.form.project_name == name


def test_a_name_with_a_picture_word_in_it_is_no_picture_talk():
    iv = asked_on(TODAY, "project_name")
    iv.answer("老照片数字化")
    assert iv.form.project_name == "老照片数字化"


def test_a_question_in_dialect_is_a_question():
    iv = asked_on(TODAY, "basis", FORM)
    reply = iv.answer("么子叫立项依据咯 我冒搞清楚")
    assert not iv.form.basis
    assert "question" in reply.acts and reply.question.field == "basis"


@pytest.mark.parametrize("say,field,value", [("开工时间又改了，领导说25年Q2才开工", "start", "2025-04"),
                                             ("完工时间改成2025年第三季度", "end", "2025-09"),
                                             ("开工日期改成2025年6月", "start", "2025-06")])
def test_a_start_or_end_named_at_another_question_changes_it(say, field, value):
    iv = asked_on(TODAY, "basis", FORM)
    reply = iv.answer(say)
    assert getattr(iv.form, field) == value
    assert not iv.form.basis
    assert "correction" in reply.acts


def test_a_quarter_is_said_back_as_its_month():
    iv = asked_on(TODAY, "basis", FORM)
    reply = iv.answer("开工时间又改了，领导说25年Q2才开工")
    assert any("Q2" in s and "4月" in s for s in reply.said), reply.said


def test_a_time_word_inside_an_indicator_row_is_the_row_name():
    iv = asked_on(TODAY, "indicators.时效指标", FORM)
    iv.answer("产出指标\t时效指标\t完工时间\t2025年11月底前")
    assert iv.form.end == "2025-12"
    assert "完工时间" in _rows(iv)


@pytest.mark.parametrize("say,unit,department", [
    ("实施单位是县教育局基础教育股 主管的就是县教育局啰", "县教育局基础教育股", "县教育局"),
    ("县水资源管理中心，主管县水利局", "县水资源管理中心", "县水利局"),
    ("县水资源管理中心，主管的是县水利局", "县水资源管理中心", "县水利局"),
    ("实施单位红旗镇农业农村办公室 主管的是县农业农村局", "红旗镇农业农村办公室", "县农业农村局"),
])
def test_the_department_said_in_the_units_answer(say, unit, department):
    iv = asked_on(TODAY, "unit")
    iv.answer(say)
    assert (iv.form.unit, iv.form.department) == (unit, department)


def test_a_title_and_a_name_as_a_clause_is_the_head():
    iv = asked_on(TODAY, "unit")
    iv.answer("县水资源管理中心，主管县水利局，主任韩晓东")
    assert (iv.form.unit, iv.form.department, iv.form.unit_head) == ("县水资源管理中心", "县水利局", "韩晓东")


def test_a_clause_of_a_title_and_no_name_names_nobody():
    iv = asked_on(TODAY, "unit")
    iv.answer("县林业局，局长说了算")
    assert iv.form.unit == "县林业局" and not iv.form.unit_head


def test_a_title_of_a_section_head_before_the_name():
    iv = asked_on(TODAY, "unit_head")
    iv.answer("负责人是股长彭志刚")
    assert iv.form.unit_head == "彭志刚"


@pytest.mark.parametrize("say,field", [("目标你帮我写一个吧", "goals.annual"), ("依据你帮我找一个吧", "basis"),
                                       ("你帮我写咯 我霸得蛮也写不好", "goals.annual")])
def test_asking_the_assistant_to_write_it_is_no_answer(say, field):
    iv = asked_on(TODAY, field, FORM)
    reply = iv.answer(say)
    assert "dont_know" in reply.acts
    assert not iv.form.basis and not iv.form.goals.annual


@pytest.mark.parametrize("say,name,value", [("不发生较大以上生产安全事故", "较大以上生产安全事故发生情况", "不发生"),
                                            ("地下水位止跌回升", "地下水位", "止跌回升"),
                                            ("政务新媒体年度检查合格", "政务新媒体年度检查结果", "合格")])
def test_a_state_said_in_words_is_an_effect_row(say, name, value):
    iv = asked_on(TODAY, "indicators.效益指标", FORM)
    iv.answer(say)
    rows = _rows(iv)
    assert rows.get(name, ("", ""))[1] == value, rows


def test_talk_between_the_clauses_of_an_indicator():
    iv = asked_on(TODAY, "indicators.满意度指标", FORM)
    reply = iv.answer("群众满意度九成以上 这个贼重要 镇长天天念叨")
    assert _rows(iv) == {"群众满意度": ("服务对象满意度指标", "≥90%")}
    assert "chatter" in reply.acts


def test_a_hakka_clerk_names_her_unit():
    iv = asked_on(TODAY, "unit")
    iv.answer("𠊎兜系梅坑镇林业站")
    assert iv.form.unit == "梅坑镇林业站"


@pytest.mark.parametrize("say", ["关系到全镇群众", "联系电话"])
def test_xi_inside_a_word_is_no_dialect(say):
    from assistant.interview.traditional import fold
    assert fold(say) == say

"""Talk beside a typed answer (issue 11, the chatter class of holdout…holdout11): once the asked field took its
value, a clause that gave nothing to the form is chatter when someone is speaking in it — she of herself
("我是财务股的", "我刚去问了会计"), a colleague of the value ("会计核过了", "小李刚发我的"), a greeting
("您好呀") — or it describes the thing by where it is ("就是人民路上那个"). The value stands either way, and
what supports the value is no talk: 我 as the one named (写我, 就是我), 我们 of the unit, a function code's
name, where the money comes from, a doubt about it (我也不太确定)."""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.apply import get
from interview_helpers import asked_on

TODAY = dt.date(2025, 7, 3)


@pytest.mark.parametrize("field, says, path, value", [
    ("filler", "填报人：王芳，我是财务股的", "filler", "王芳"),
    ("filler", "赵敏，我刚调到办公室", "filler", "赵敏"),
    ("funding", "会计核过了，是58万", "funding.total", 58.0),
    ("funding", "我刚去问了会计，是73.5万", "funding.total", 73.5),
    ("function_code", "2120501，小李刚发我的", "function_code", "2120501"),
    ("unit", "县中医院，就是汽车站对面那个", "unit", "县中医院"),
    ("project_name", "农村公路养护。早上好呀", "project_name", "农村公路养护"),
    ("project_name", "农村公路养护，这个项目我报了三年了", "project_name", "农村公路养护"),
    ("filler", "李娜，档案室的", "filler", "李娜"),
    ("filler", "我是周敏，刚调过来的", "filler", "周敏"),
    ("unit", "县民政局，社会救助股具体办", "unit", "县民政局"),
    ("unit_head", "主任罗斌，他这周出差了", "unit_head", "罗斌"),
    ("unit", "县卫生健康局（疾控科负责）", "unit", "县卫生健康局"),
    ("funding", "73.5万，刚翻到批复了", "funding.total", 73.5),
    ("unit_phone", "0731-84561234，是站办公室的", "unit_phone", "0731-84561234"),
])
def test_talk_beside_the_answer_is_chatter_and_the_value_stands(field, says, path, value):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    assert get(iv.form, path) == value, get(iv.form, path)
    assert "answer" in reply.acts and "chatter" in reply.acts, reply.acts


@pytest.mark.parametrize("field, says", [
    ("filler", "写我吧，王芳"),
    ("filler", "王芳，就是我"),
    ("filler", "填我的名字，王芳"),
    ("function_code", "2130108 病虫害控制"),
    ("department", "县农业农村局，我们的上级"),
    ("funding", "无结转，县级财政全额保障"),
    ("funding", "那个那个，结转没有"),
    ("project_name", "应该叫农村公路养护吧，我也不太确定"),
    ("unit_head", "主任吕思远，手机18972005531，填报人写我"),
    ("funding", "52万，都是县财政给的"),
    ("unit", "县人民医院，我县最大的医院"),
    ("indicators.质量指标", "验收合格率100%，省里考核要求的"),
    ("overview", "建成监测信息系统，召开推进会议4次，大家都离不开了哈哈"),
    ("necessity", "我县地处山区，群众出行难，需要养护农村公路"),
    ("basis", "晓得了 就是县政府关于农村公路养护的通知"),
    ("basis", "有个省厅的文件，关于农村公路养护的通知，文号我记不住了"),
    ("funding", "73.5万，刚才说错了"),
    ("unit", "县农业农村局（渔业主管）"),
    ("funding", "48万（含税）"),
])
def test_words_that_support_the_answer_are_no_talk(field, says):
    reply = asked_on(TODAY, field).answer(says)
    assert "chatter" not in reply.acts, reply.acts


@pytest.mark.parametrize("field, says, row", [
    ("indicators.质量指标", "验收合格率100%，这个是我们科自己定的", "验收合格率"),
    ("indicators.质量指标", "验收合格率100%，我刚问了科长", "验收合格率"),
    ("indicators", "群众满意度≥90%，好家伙系统又卡了", "群众满意度"),
])
def test_talk_beside_an_indicator_is_chatter_and_the_row_stands(field, says, row):
    reply = asked_on(TODAY, field).answer(says)
    assert f"indicators:{row}" in reply.changed, reply.changed
    assert "answer" in reply.acts and "chatter" in reply.acts, reply.acts


@pytest.mark.parametrize("field, says, kept", [
    ("necessity", "群众看病难，需要建设卫生室。写这个真费脑子", "群众看病难"),
    ("overview", "全年开展河道巡查120次。我婆婆就住在河边那个村", "河道巡查120次"),
    ("overview", "完成禁牧巡查。今年雨水多，巡查的同志们挺辛苦", "禁牧巡查"),
])
def test_talk_inside_her_text_is_chatter_and_her_text_stands(field, says, kept):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    assert kept in get(iv.form, field)
    assert "answer" in reply.acts and "chatter" in reply.acts, reply.acts


@pytest.mark.parametrize("field, says", [
    ("necessity", "不好意思，刚刚楼里停电了，电脑一直在响"),
    ("basis", "我电脑快没电了，后面让小王跟你弄，她就在我对面"),
    ("overview", "这个我真不清楚，去年是老张报的，他退休了"),
    ("necessity", "抱歉哈，刚才科长喊我去开会"),
])
def test_a_text_question_answered_with_talk_only_keeps_nothing_and_asks_again(field, says):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    assert get(iv.form, field) in (None, "", []), get(iv.form, field)
    assert "answer" not in reply.acts, reply.acts
    assert field not in reply.changed


def test_a_colleague_who_answered_is_talk_beside_the_value_named_at_the_goals_question():
    iv = asked_on(TODAY, "goals.annual")
    reply = iv.answer("对了财务回话了，功能科目是2130108")
    assert get(iv.form, "function_code") == "2130108"
    assert get(iv.form, "goals.annual") in (None, "", []), get(iv.form, "goals.annual")
    assert "chatter" in reply.acts and "answer" not in reply.acts, reply.acts


@pytest.mark.parametrize("field, says", [
    ("necessity", "他们生活困难，需要帮扶"),
    ("necessity", "老年人补贴发放不及时，群众意见大"),
    ("overview", "刚刚建成的15个站点要运维"),
])
def test_a_text_of_hers_about_others_is_kept(field, says):
    iv = asked_on(TODAY, field)
    reply = iv.answer(says)
    assert "answer" in reply.acts and get(iv.form, field), (reply.acts, get(iv.form, field))


@pytest.mark.parametrize("says, name", [
    ("名字就是低产茶园提质增效项目哩", "低产茶园提质增效项目"),
    ("就叫咖哩饭店改造", "咖哩饭店改造"),
])
def test_a_particle_at_the_end_is_no_part_of_the_name(says, name):
    iv = asked_on(TODAY, "project_name")
    iv.answer(says)
    assert iv.form.project_name == name

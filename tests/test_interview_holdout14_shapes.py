"""The causes of the misfilings and the invented figure found by holdout14, each a general rule:

- a project name's own numbers ("…提升工程三期", "第二批…") became a 数量指标 row: the text read as the asked
  name is not read again for facts (extract.py);
- "全年7×24小时" in the 概况 became 项目资金总额 7万元 (全年 is one of the total's words): a figure multiplied by
  another is a factor of a product, never an amount (answers.FACTOR, fields.py);
- "不要长期的", "不用写这么长，不要" to a drafted goal were stored as the goal: a no that comes first, said of the
  asked field's own words or of how the draft is written, is a no to the draft (acts.py);
- "资金总额是多少——资金总额是四百六十八万" gave 168万: the words after the asking word ran on into the figure; they end
  at a dash or a figure, so the figure is read whole (asking.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from interview_helpers import asked_on

TODAY = dt.date(2024, 3, 6)
FORM = {"project_name": "乡村公路养护提升", "unit": "县交通运输局", "department": "县交通运输局",
        "start": "2024-03", "end": "2024-11", "year": 2024, "overview": "养护农村公路120公里",
        "funding": {"total": 260, "carryover": 0, "current_year": 260, "other": 0},
        "budget_items": [{"name": "路面养护", "amount": 200}, {"name": "桥涵维修", "amount": 60}],
        "indicators": [{"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "养护农村公路里程", "value": "=120公里"},
                       {"scope": "annual", "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "沿线群众满意度", "value": "≥90%"}]}


@pytest.mark.parametrize("say,name", [("项目名称：乡村公路提升工程三期", "乡村公路提升工程三期"),
                                      ("就叫城北污水管网改造二期工程", "城北污水管网改造二期工程"),
                                      ("项目名称是县第二中学新建宿舍楼二期", "县第二中学新建宿舍楼二期")])
def test_a_names_own_numbers_are_no_count(say, name):
    iv = asked_on(TODAY, "project_name")
    iv.answer(say)
    assert iv.form.project_name == name
    assert iv.form.indicators == []


@pytest.mark.parametrize("say", ["服务大厅设窗口8个，全年5×8小时对外开放，预计办理业务3.6万件",
                                 "调度中心配值班员6名，全年7x24小时值守，接警约1.2万起"])
def test_a_factor_of_a_product_is_no_amount(say):
    iv = asked_on(TODAY, "overview", {"project_name": "政务服务大厅运行"})
    iv.answer(say)
    assert iv.form.funding.total is None
    assert say.split("，")[0] in iv.form.overview


@pytest.mark.parametrize("field,say", [("goals.long_term", "不要中长期的"), ("goals.long_term", "不需要长期目标"),
                                       ("goals.annual", "不用弄这么复杂，不要"), ("goals.annual", "写得太啰嗦了，不用")])
def test_a_no_to_the_drafted_goal_is_no_goal(field, say):
    iv = asked_on(TODAY, field, FORM)
    assert iv.pending.proposal is not None          # a drafted goal was offered
    reply = iv.answer(say)
    assert "deny" in reply.acts and "answer" not in reply.acts
    assert getattr(iv.form.goals, field.split(".")[1]) == []


@pytest.mark.parametrize("say,total", [("项目资金总额是多少——总额是三百二十六万", 326),
                                       ("资金总额是多少—资金总额是五百零八万", 508),
                                       ("总额是多少——总额是1280万", 1280)])
def test_an_echoed_question_leaves_her_figure_whole(say, total):
    iv = asked_on(TODAY, "funding", {"project_name": "乡村公路养护提升"})
    iv.answer(say)
    assert iv.form.funding.total == pytest.approx(total)


@pytest.mark.parametrize("field,say,path,value", [
    ("unit", "实施单位是哪个——县城乡规划服务中心", "unit", "县城乡规划服务中心"),
    ("funding", "资金总额是多少，资金总额是212万", "funding.total", 212),
    ("unit", "主管部门是哪个？县自然资源局", "department", "县自然资源局"),     # another field's echo: its value goes there
])
def test_her_echo_of_a_question_then_its_answer(field, say, path, value):
    iv = asked_on(TODAY, field, {"project_name": "国土空间规划编制"})
    reply = iv.answer(say)
    assert "question" not in reply.acts
    got = iv.form.funding.total if path == "funding.total" else getattr(iv.form, path)
    assert got == value
    if path not in (field, "funding.total"):
        assert not getattr(iv.form, field)


@pytest.mark.parametrize("field,say", [("unit", "实施单位是哪个？"), ("indicators.成本指标", "一个点位合多少钱？你帮我算下")])
def test_a_question_with_no_answer_after_it_stays_a_question(field, say):
    iv = asked_on(TODAY, field, FORM)
    reply = iv.answer(say)
    assert "question" in reply.acts and reply.question.field == field


@pytest.mark.parametrize("field,say,name", [
    ("unit_head", "主任努尔艾合买提", "努尔艾合买提"), ("unit_head", "格桑旺堆，站长", "格桑旺堆"),
    ("filler", "古丽娜尔·买买提", "古丽娜尔·买买提"), ("filler", "阿苏拉则", "阿苏拉则"),
    ("unit_head", "负责人是我师傅潘立新", "潘立新"),
])
def test_names_without_a_han_surname_are_names(field, say, name):
    iv = asked_on(TODAY, field, {"project_name": "牧区饮水安全巡检"})
    reply = iv.answer(say)
    assert getattr(iv.form, field) == name and "answer" in reply.acts


@pytest.mark.parametrize("say", ["哈哈哈", "还没定呢", "等我问问"])
def test_talk_is_still_no_name(say):
    iv = asked_on(TODAY, "unit_head", {"project_name": "牧区饮水安全巡检"})
    iv.answer(say)
    assert not iv.form.unit_head


@pytest.mark.parametrize("say,unit", [("县残疾人福利基金会", "县残疾人福利基金会"), ("市红十字慈善总会", "市红十字慈善总会")])
def test_a_society_is_a_unit(say, unit):
    iv = asked_on(TODAY, "unit", {"project_name": "困难群众临时救助"})
    iv.answer(say)
    assert iv.form.unit == unit


def test_a_dash_after_a_label_is_its_colon():
    iv = asked_on(TODAY, "unit_head", {"project_name": "困难群众临时救助"})
    iv.answer("负责人——所长 龚玉林，电话 0731-5566778")
    assert (iv.form.unit_head, iv.form.unit_phone) == ("龚玉林", "0731-5566778")


@pytest.mark.parametrize("field,say", [("goals.annual", "这段写得可以，就用吧"), ("goals.annual", "年度目标就用你这个"),
                                       ("goals.long_term", "中长期目标也行"), ("goals.annual", "咋写都行，用你的")])
def test_a_yes_to_the_drafted_goal_keeps_the_draft(field, say):
    iv = asked_on(TODAY, field, FORM)
    drafted = iv.pending.proposal
    reply = iv.answer(say)
    assert "confirm" in reply.acts and "answer" not in reply.acts
    stored = getattr(iv.form.goals, field.split(".")[1])
    assert stored and stored == (drafted if isinstance(drafted, list) else [drafted])
    assert not any("用" in s and len(s) < 12 for s in stored)          # never her yes stored as the goal


def test_a_yes_with_thanks_at_the_final_check_is_a_yes():
    iv = asked_on(TODAY, "confirm", FORM)
    reply = iv.answer("这下确认了，辛苦啦")
    assert "confirm" in reply.acts and "chatter" in reply.acts


@pytest.mark.parametrize("say,due", [("端午节前完成第二次集中巡查", "端午节前"), ("元旦前全部拨付到户", "元旦前"),
                                     ("汛期前完成河道清障", "汛期前")])
def test_a_holiday_is_a_deadline(say, due):
    iv = asked_on(TODAY, "indicators.时效指标", FORM)
    reply = iv.answer(say)
    timed = [i for i in iv.form.indicators if i.level2 == "时效指标"]
    assert "answer" in reply.acts and [i.value for i in timed] == [due]
    assert not any(i.level2 == "数量指标" and "第" in i.name for i in iv.form.indicators)   # 第二次 is no count


@pytest.mark.parametrize("slip", ["讲错了", "敲错了", "录错了"])
def test_her_own_slip_words_mark_a_correction(slip):
    form = dict(FORM, indicators=[{"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "培训人数", "value": "=240人"}])
    iv = asked_on(TODAY, "filler", form)
    reply = iv.answer(f"刚才人数{slip}，培训是260人。填报人钟晓梅")
    assert iv.form.filler == "钟晓梅" and "correction" in reply.acts
    assert [i.value for i in iv.form.indicators if i.name == "培训人数"] == ["=260人"]


@pytest.mark.parametrize("say,start,end", [("本预算年度全年", "2024-01", "2024-12"), ("本预算年度5月开工，11月底前完工", "2024-05", "2024-11"),
                                           ("本预算年度全年，就是明年1到12月", "2025-01", "2025-12")])
def test_the_budget_year_she_means(say, start, end):
    iv = asked_on(TODAY, "start", {"project_name": "乡村公路养护提升"})
    iv.answer(say)
    assert (iv.form.start, iv.form.end, iv.form.year) == (start, end, int(start[:4]))


@pytest.mark.parametrize("field,say,value", [("project_name", "项目叫城区公厕提质改造，巴适得很", "城区公厕提质改造"),
                                             ("unit", "结果出来了，是县市场监督管理局", "县市场监督管理局")])
def test_talk_beside_the_answer_is_chatter(field, say, value):
    iv = asked_on(TODAY, field, {"project_name": "城区公厕提质改造"} if field != "project_name" else None)
    reply = iv.answer(say)
    assert getattr(iv.form, field) == value and {"answer", "chatter"} <= set(reply.acts)


@pytest.mark.parametrize("say,carry,other", [("结转没有其他资金有村集体自筹四十万", 0, 40),
                                             ("上年结转没有 其他资金是企业出资一百二十万", 0, 120)])
def test_an_amount_is_the_part_named_nearest_before_it(say, carry, other):
    iv = asked_on(TODAY, "funding.carryover", {"project_name": "村级道路硬化", "funding": {"total": 500}})
    iv.answer(say)
    assert (iv.form.funding.carryover, iv.form.funding.other) == (carry, other)


def test_an_ok_before_the_name_is_no_name():
    iv = asked_on(TODAY, "project_name")
    iv.answer("得嘞，您呐记一下：城区背街小巷改造")
    assert iv.form.project_name == "城区背街小巷改造"


@pytest.mark.parametrize("say", ["主管部门跟项目单位是同一个", "和实施单位是一家"])
def test_the_same_one_as_the_unit(say):
    iv = asked_on(TODAY, "department", {"project_name": "城区背街小巷改造", "unit": "区住房和城乡建设局"})
    iv.answer(say)
    assert iv.form.department == "区住房和城乡建设局" and iv.form.unit == "区住房和城乡建设局"


def test_the_attribute_said_after_its_label():
    iv = asked_on(TODAY, "function_code", {"project_name": "城区背街小巷改造"})
    iv.answer("2120399，属性延续")
    assert (iv.form.function_code, iv.form.attribute) == ("2120399", "延续")


@pytest.mark.parametrize("first,again", [("热依拉古丽", "热依拉·古丽"), ("巴图孟和", "巴图·孟和")])
def test_a_name_written_again_with_its_dot(first, again):
    iv = asked_on(TODAY, "unit_head", {"project_name": "牧区饮水安全巡检"})
    iv.answer(first)
    assert iv.form.unit_head == first
    reply = iv.answer(f"名字中间要加个点，是{again}。电话0991-2345678")
    assert (iv.form.unit_head, iv.form.unit_phone) == (again, "0991-2345678") and "correction" in reply.acts


def test_words_inside_a_named_field_changed():
    iv = asked_on(TODAY, "department", {"project_name": "乡村公路养护提升项目", "unit": "县公路事业发展中心"})
    reply = iv.answer("名称里养护提升改成安全提升，主管是县交通运输局")
    assert iv.form.project_name == "乡村公路安全提升项目" and iv.form.department == "县交通运输局"
    assert "correction" in reply.acts


def test_a_cell_of_a_pasted_table_on_two_lines_is_one_value():
    iv = asked_on(TODAY, "project_name")
    iv.answer("项目名称\t农村危房改造\n\t及抗震加固补助")
    assert iv.form.project_name == "农村危房改造及抗震加固补助"


def test_a_beijing_skip():
    iv = asked_on(TODAY, "goals.long_term", {"project_name": "城区背街小巷改造"})
    reply = iv.answer("拉倒吧，中长期目标甭填了")
    assert "skip" in reply.acts and iv.form.goals.long_term == []


@pytest.mark.parametrize("say", ["按上级要求", "领导安排的", "上面要求的"])
def test_an_order_from_above_is_no_reason(say):
    iv = asked_on(TODAY, "necessity", {"project_name": "城区背街小巷改造"})
    iv.answer(say)
    assert iv.form.necessity == ""


def test_her_wan_stays_when_she_leads_in():
    iv = asked_on(TODAY, "indicators.成本指标", FORM)
    iv.answer("那就写每座桥涵维修成本不超过二十八万")
    assert [i.value for i in iv.form.indicators if i.level2 == "成本指标"] == ["≤28万元"]


def test_back_with_the_reason_it_was_wrong():
    iv = asked_on(TODAY, "start", {"project_name": "城区背街小巷改造"})
    iv.answer("2024年5月到11月")
    iv.ask("basis")
    reply = iv.answer("撤回刚才那条，月份写早了")
    assert reply.acts == ["back"]


def test_rows_in_sentences_with_a_topic_word():
    iv = asked_on(TODAY, "indicators.数量指标", FORM)
    iv.answer("查到了！安装路灯320盏。质量的话亮灯率≥98%")
    rows = {(i.level2, i.name, i.value) for i in iv.form.indicators}
    assert ("质量指标", "亮灯率", "≥98%") in rows
    assert any(i.level2 == "数量指标" and i.value == "=320盏" for i in iv.form.indicators)


def test_a_code_is_offered_for_a_neighbourhood_shops_project():
    iv = asked_on(TODAY, "function_code", {"project_name": "社区便民生活圈建设", "overview": "改造提升社区商业网点60个"})
    assert iv.pending.proposal == "2160299"
    iv.answer("你看着办")
    reply = iv.answer("就这个吧")
    assert iv.form.function_code == "2160299" and "confirm" in reply.acts

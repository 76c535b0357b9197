"""How clerks of the seventeenth held-out set said ordinary things (issue 11: understanding; a hedge stores nothing):

- a reply written as a questionnaire's ("答：…", "问：<label> 答：…"): the 答： is no part of the value;
- rough figures said in more ways: "…的样子", "两百六七十万" (neighbouring digits after a hundred), "0.8个亿左右",
  "总额不少于…吧" (a lower bound of money), "…（大概）": asked exactly, stored nowhere — even after the asked
  field's own label ("总额…");
- "待定" with what it waits on ("待定，要看招标"): not known yet (dont_know), not a skip of hers; "待定" alone stays a skip;
- news of a settled value at the final check ("科目也核了，2140106"): the label's value, and talk;
- "开工时间：明年4月开工，11月完工": both ends under one label;
- two amounts named together with none of either ("结转和其他资金两样都没有"): both 0.
Sentences here are our own, not the dialogues'.
"""
from __future__ import annotations

import datetime as dt

import pytest

from assistant.interview.engine import Interview
from interview_helpers import asked_after

TODAY = dt.date(2025, 9, 15)


def _asked(field: str, *before: tuple[str, str]) -> Interview:
    return asked_after(TODAY, field, *before)


@pytest.mark.parametrize("field,said,want", [
    ("unit", "答：县文化馆", "县文化馆"),
    ("unit", "问：实施单位 答：县文化馆", "县文化馆"),
    ("basis", "答：县非遗保护传承三年行动方案", "县非遗保护传承三年行动方案"),
])
def test_a_questionnaires_marks_are_no_value(field, said, want):
    iv = _asked(field, ("project_name", "非遗传承人扶持"))
    r = iv.answer(said)
    assert getattr(iv.form, field) == want
    assert "answer" in r.acts


def test_a_questionnaires_yes_is_a_yes():
    iv = _asked("goals.annual", ("project_name", "2025年乡镇公共厕所改造"), ("unit", "县城市管理局"),
                ("indicators.数量指标", "改造公厕30座"))
    assert iv.pending.proposal
    r = iv.answer("答：确认")
    assert r.acts == ["confirm"]
    assert iv.form.goals.annual


@pytest.mark.parametrize("said", ["总额一百三四十万的样子", "总投资1.2个亿左右", "总额不少于150万吧", "总额88万（大概）",
                                  "一百三四十万", "一共也就90万的样子"])
def test_rough_totals_are_asked_not_stored(said):
    iv = _asked("funding", ("project_name", "非遗传承人扶持"))
    r = iv.answer(said)
    assert iv.form.funding.total is None
    assert "hedge" in r.acts


def test_a_lower_bound_at_an_indicator_is_its_row():
    iv = _asked("indicators.数量指标", ("project_name", "非遗传承人扶持"))
    r = iv.answer("扶持传承人不少于30名")
    assert "hedge" not in r.acts
    assert any("30" in i.value for i in iv.form.indicators)


@pytest.mark.parametrize("field,said", [("function_code", "待定，要等财政局批"), ("start", "时间还待定，看招标结果"),
                                        ("funding", "待定，预算还没批下来")])
def test_pending_on_others_is_not_known_yet(field, said):
    iv = _asked(field, ("project_name", "非遗传承人扶持"))
    r = iv.answer(said)
    assert r.acts == ["dont_know"]
    assert not r.changed


def test_news_of_a_settled_value_at_the_final_check():
    iv = _asked("confirm", ("project_name", "非遗传承人扶持"), ("funding", "总额50万"))
    r = iv.answer("科目也核了，2070204")
    assert iv.form.function_code == "2070204"
    assert "facts" in r.acts and "chatter" in r.acts


def test_both_ends_said_under_the_start_label():
    iv = _asked("confirm", ("project_name", "非遗传承人扶持"), ("funding", "总额50万"))
    iv.answer("开工时间也定了，明年3月开工，10月完工")
    assert (iv.form.start, iv.form.end) == ("2026-03", "2026-10")


@pytest.mark.parametrize("said", ["结转和其他资金两样都没有", "上年结转、其他资金都为零", "结转没有，其他资金也没有"])
def test_none_of_two_amounts_named_together(said):
    iv = _asked("confirm", ("project_name", "非遗传承人扶持"), ("funding", "总额50万"))
    iv.form.funding.carryover = None
    iv.form.funding.other = None
    iv.answer(said)
    assert (iv.form.funding.carryover, iv.form.funding.other) == (0, 0)


def test_a_ditto_mark_is_the_field_before():
    iv = _asked("department", ("project_name", "职工书屋建设"), ("unit", "县总工会"))
    r = iv.answer("〃")
    assert iv.form.department == "县总工会"
    assert r.acts == ["answer"]


@pytest.mark.parametrize("field,said", [("project_name", "同去年"), ("basis", "依据和上年一样的")])
def test_same_as_last_year_is_a_source_not_given(field, said):
    iv = _asked(field)
    r = iv.answer(said)
    assert r.acts == ["dont_know"]
    assert getattr(iv.form, field) == ""


@pytest.mark.parametrize("field,said,want", [
    ("filler", "万晓东", "万晓东"),                       # 万 is a surname before a name, no amount
    ("filler", "辅警杜明", "杜明"),                       # her post, then her name
    ("unit_head", "工会主席 萧红梅 0731-5550123", "萧红梅"),   # a title, her name and a phone, spaced as on a sheet
    ("unit_head", "负责人\t贝立新\t13812340000", "贝立新"),
])
def test_names_said_with_posts_and_rarer_surnames(field, said, want):
    iv = _asked(field, ("project_name", "职工书屋建设"))
    r = iv.answer(said)
    assert getattr(iv.form, field) == want
    assert "answer" in r.acts


def test_a_grain_depot_is_a_unit():
    iv = _asked("unit", ("project_name", "粮仓维修"))
    iv.answer("市粮食储备库")
    assert iv.form.unit == "市粮食储备库"


def test_a_lower_bound_of_a_quantity_in_ten_thousands_is_no_rough_money():
    iv = _asked("goals.long_term", ("project_name", "国有林场森林抚育"))
    r = iv.answer("到2030年林场森林蓄积量不低于40万立方米")
    assert "hedge" not in r.acts
    assert any("40万立方米" in g for g in iv.form.goals.long_term)


def test_same_as_last_year_beside_the_value_is_the_value():
    iv = _asked("unit", ("project_name", "学生交通补助"))
    r = iv.answer("跟上年一样，县教育服务中心")
    assert iv.form.unit == "县教育服务中心"
    assert "dont_know" not in r.acts


def test_roman_numerals_of_a_typeset_list_are_bullets_and_picks():
    from assistant.interview.slips import marks
    assert marks("Ⅰ 路面修补 30万\nⅡ 桥涵维护 12万") == "路面修补 30万；桥涵维护 12万"
    assert marks("Ⅰ和Ⅲ") == "1和3"
    assert marks("Ⅱ改成13万") == "Ⅱ改成13万"        # a line of her list pointed at: never the figure 2


def test_roman_bullets_stay_out_of_budget_names():
    iv = _asked("budget_items", ("project_name", "职工书屋建设"), ("funding", "总额42万"), ("funding.carryover", "都没有"))
    iv.answer("Ⅰ 图书采购 30万\nⅡ 阅读设备 12万")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("图书采购", 30), ("阅读设备", 12)]


@pytest.mark.parametrize("field,said,want", [("department", "县民政局么", "县民政局"), ("attribute", "延续么，年年都有", "延续")])
def test_me_after_a_value_is_a_particle_not_a_question(field, said, want):
    iv = _asked(field, ("project_name", "农村保洁"), ("unit", "县环卫服务中心"))
    r = iv.answer(said)
    assert getattr(iv.form, field) == want
    assert "question" not in r.acts


def test_me_after_a_word_that_asks_is_a_question():
    from assistant.interview.guard import asks
    assert asks("这样写行么") and asks("是这个么")
    assert not asks("县民政局么")


def test_meiyou_typed_for_none():
    iv = _asked("funding.carryover", ("project_name", "农村保洁"), ("funding", "总额80万"))
    iv.answer("结转么有，其他也么有")
    assert (iv.form.funding.carryover, iv.form.funding.other) == (0, 0)
    from assistant.interview.slips import spoken
    assert spoken("这里怎么有两个") == "这里怎么有两个"


def test_a_unit_named_without_a_figure_is_no_amount():
    from assistant.interview.answers import amounts
    assert amounts("总的是三〇五点六，单位万元") == []
    iv = _asked("funding", ("project_name", "劳动教育实践基地建设"))
    iv.answer("总的我再核一下，单位万元")
    assert iv.form.funding.total is None


@pytest.mark.parametrize("said,picks", [("亲，要1和3哦", {1, 3}), ("亲爱的，第2个就好", {2})])
def test_a_shops_address_before_a_pick(said, picks):
    iv = _asked("indicators.数量指标", ("project_name", "基本公共卫生服务补助"))
    choices = list(iv.pending.choices or [])
    assert len(choices) >= 3
    r = iv.answer(said)
    assert r.acts == ["choice"]
    names = {i.name for i in iv.form.indicators}
    assert {choices[k - 1].name for k in picks} <= names


def test_the_goals_label_then_a_yes_word_is_a_yes():
    iv = _asked("goals.annual", ("project_name", "2025年乡镇公共厕所改造"), ("unit", "县城市管理局"),
                ("indicators.数量指标", "改造公厕30座"))
    r = iv.answer("年度目标就这样")
    assert r.acts == ["confirm"] and iv.form.goals.annual


def test_what_to_write_is_no_goal():
    iv = _asked("goals.long_term", ("project_name", "2025年乡镇公共厕所改造"), ("unit", "县城市管理局"),
                ("indicators.数量指标", "改造公厕30座"))
    r = iv.answer("长期的写啥我也不清楚")
    assert r.acts == ["dont_know"]
    assert not iv.form.goals.long_term


@pytest.mark.parametrize("field,said", [("funding", "总额xx万，等财政批了再说"), ("indicators.满意度指标", "群众满意度XX%，我再想想")])
def test_a_placeholder_figure_is_not_known_yet(field, said):
    iv = _asked(field, ("project_name", "农村保洁员补助"))
    r = iv.answer(said)
    assert r.acts == ["dont_know"]
    assert iv.form.funding.total is None and not iv.form.indicators


def test_a_placeholder_beside_a_value_leaves_the_value():
    iv = _asked("unit_head", ("project_name", "农村保洁员补助"))
    r = iv.answer("负责人韩金山，电话xxxx")
    assert iv.form.unit_head == "韩金山" and iv.form.unit_phone == ""
    assert set(r.acts) == {"answer", "dont_know"}


def test_placeholders_of_her_text_filled_later():
    iv = _asked("function_code", ("project_name", "农村保洁员补助"), ("overview", "全镇xx个自然村各配保洁员，共聘xx名"))
    assert "xx" in iv.form.overview
    r = iv.answer("概况里的xx问到了，38个自然村，保洁员76名")
    assert iv.form.overview == "全镇38个自然村各配保洁员，共聘76名"
    assert "correction" in r.acts and iv.form.function_code == ""


def test_placeholders_that_do_not_match_her_figures_stay():
    from assistant.interview.placeholders import fill_in
    assert fill_in("共xx个村，xx个组", "12个村") == "共xx个村，xx个组"    # two places in 个: not guessed


def test_a_label_cut_short_before_its_colon():
    iv = _asked("filler", ("project_name", "送戏下乡"))
    r = iv.answer("填报：钱小雨")
    assert iv.form.filler == "钱小雨" and "answer" in r.acts


def test_a_date_with_slashes_in_a_deadline():
    iv = _asked("indicators.时效指标", ("project_name", "送戏下乡"))
    r = iv.answer("2026/10/15前全部演完")
    assert "answer" in r.acts
    assert any("2026年10月15日" in i.value for i in iv.form.indicators)


def test_going_back_to_the_question_she_skipped():
    iv = _asked("indicators.满意度指标", ("project_name", "送戏下乡"))
    iv.answer("跳过")
    iv.ask("goals.annual")
    r = iv.answer("回到刚才跳过的满意度")
    assert r.question is not None and r.question.field == "indicators.满意度指标"


def test_another_source_said_with_lingyou_is_other_money():
    iv = _asked("funding.carryover", ("project_name", "养老护理员培训"), ("funding", "总额40万"))
    iv.answer("无结转，另有残联补助3.5万元")
    assert (iv.form.funding.carryover, iv.form.funding.other) == (0, 3.5)


@pytest.mark.parametrize("field,said,acts", [("goals.long_term", "科长说长期目标先不填", {"skip", "chatter"}),
                                             ("funding.carryover", "算准了，结转2.6万", {"answer", "chatter"})])
def test_who_said_it_and_having_checked_are_talk(field, said, acts):
    iv = _asked(field, ("project_name", "养老护理员培训"), ("funding", "总额40万"))
    r = iv.answer(said)
    assert set(r.acts) == acts


def test_a_page_she_cannot_read_is_not_known():
    iv = _asked("funding.carryover", ("project_name", "养老护理员培训"), ("funding", "总额40万"))
    r = iv.answer("这一页看不清楚了，结转那格的数被划掉了")
    assert r.acts == ["dont_know"]
    assert iv.form.funding.carryover is None


@pytest.mark.parametrize("field,said", [("basis", "依据的文件名我记不全了"), ("unit_head", "负责人的名字我一下想不起来了")])
def test_the_thing_she_cannot_recall_is_no_value(field, said):
    iv = _asked(field, ("project_name", "妇女儿童之家建设"))
    r = iv.answer(said)
    assert r.acts == ["dont_know"]
    assert getattr(iv.form, field) == ""


def test_thousands_written_with_k_between_digits():
    from assistant.interview.answers import amounts, prep
    assert [a[2] for a in amounts(prep("标识牌6个×400=2k4"))] == [0.24]
    assert prep("型号K3k5") == "型号K3k5"          # a model's code, no amount
    iv = _asked("budget_items", ("project_name", "粮库维修"), ("funding", "总额30.24万"), ("funding.carryover", "都没有"))
    iv.answer("屋面防水30w；标识牌6个×400=2k4")
    assert [(b.name, b.amount) for b in iv.form.budget_items] == [("屋面防水", 30), ("标识牌", 0.24)]

"""Cells run together with no separator (a page copied as one line): labels and values are paired only when the
pairing is unambiguous; what cannot be told apart is left empty and reported unread, never guessed."""
from __future__ import annotations

from assistant.importers import read_bytes
from assistant.review_one import review_form

HEAD = ("某县2025年项目支出绩效目标表项目名称某县乡村道路养护工程主管部门某县交通运输局实施单位某县公路养护中心"
        "项目负责人及电话李明 1390000****项目属性新增项目实施期2025年1月至12月")
IND_HEAD = "一级指标二级指标三级指标指标值"


def _read(text: str):
    return read_bytes(text.encode("utf-8"), "x.txt")


def _codes(text: str) -> set[str]:
    r = _read(text)
    return {f"{f.code}@{f.field}" for f in review_form(r.form, imported=r).report.findings}


def test_funding_values_run_together_are_unread_not_guessed_nor_missing():
    text = HEAD + "资金总额上年结转当年财政拨款其他资金120.51020.50" + IND_HEAD + "产出指标数量指标养护里程=50公里"
    r = _read(text)
    assert r.form.funding.total is None and r.form.funding.carryover is None and r.form.funding.other is None
    assert {"funding.total", "funding.carryover", "funding.current_year", "funding.other"} <= set(r.unread)
    codes = _codes(text)
    assert not any(c.startswith(("field_missing@funding", "funding_sum_mismatch")) for c in codes)


def test_a_number_before_qizhong_is_the_number():
    r = _read(HEAD + "资金总额45上年结转资金4.5其中:财政拨款40.5其他资金0" + IND_HEAD + "产出指标数量指标养护里程=50公里")
    f = r.form.funding
    assert (f.total, f.carryover, f.current_year, f.other) == (45, 4.5, 40.5, 0)


def test_one_text_after_two_goal_labels_is_given_to_neither():
    text = HEAD + "中期目标年度目标三年内道路优良率达到85%以上。2025年完成50公里道路养护。" + IND_HEAD + "产出指标数量指标养护里程=50公里"
    r = _read(text)
    assert r.form.goals.long_term == [] and r.form.goals.annual == []
    assert {"goals.long_term", "goals.annual"} <= set(r.unread)
    assert not any(c.startswith(("goal_long_term_missing", "goal_annual_missing")) for c in _codes(text))


def test_a_blank_label_before_a_value_of_another_kind_still_lets_the_next_label_take_it():
    r = _read("填报单位（盖章）项目名称某县乡村道路养护工程主管部门某县交通运输局实施单位某县公路养护中心项目属性新增"
              "项目负责人及电话李明 1390000****实施期2025年1月至12月" + IND_HEAD + "产出指标数量指标养护里程=50公里")
    assert r.form.project_name == "某县乡村道路养护工程"


def test_an_indicator_row_whose_value_is_run_into_its_name_is_left_out_with_its_level_words_kept():
    text = (HEAD + "资金总额50上年结转资金0其中:财政拨款50其他资金0" + IND_HEAD
            + "产出指标数量指标养护里程=50公里质量指标路面完好率≥90%时效指标养护服务全年不间断"
              "效益指标社会效益指标群众出行条件≥95%满意度指标服务对象满意度指标群众满意度≥90%")
    r = _read(text)
    got = [(i.level2, i.name, i.value) for i in r.form.indicators]
    assert ("数量指标", "养护里程", "=50公里") in got and ("质量指标", "路面完好率", "≥90%") in got
    assert ("社会效益指标", "群众出行条件", "≥95%") in got
    assert not any("不间断" in name + value for _, name, value in got)     # name and value not told apart
    assert "indicators" in r.unread
    codes = _codes(text)
    assert not any(c.startswith(("indicator_category_missing", "indicator_value_missing")) for c in codes)


def test_budget_amounts_run_together_are_kept_only_when_they_make_the_total():
    tail = IND_HEAD + "产出指标数量指标养护里程=50公里"
    fine = _read(HEAD + "支出内容金额（万元）路面修补30道路巡查20合计50" + tail)
    assert [(b.name, b.amount) for b in fine.form.budget_items] == [("路面修补", 30), ("道路巡查", 20)]
    # a second number column run into the amounts (预算数 then 上年实际): 3028 is not an amount of this table
    off = _read(HEAD + "支出内容预算数（万元）上年实际执行数路面修补3028道路巡查2018合计50" + tail)
    assert off.form.budget_items == []
    assert any("预算明细表" in w and "未导入" in w for w in off.warnings)


def test_a_unit_after_a_number_stays_with_it_before_a_sign_off_label():
    from assistant.importers.text_grid import split_run
    parts = split_run("监测断面数量=36个财政部门审核意见(盖章)")
    assert parts[:2] == ["监测断面数量=36个", "财政部门审核意见"]


def test_value_heads_that_name_their_year_are_cut_and_the_rows_under_them_read():
    # '2021年实际实现值预期2022年实现值': two heads run together; the row's one value is under the second (the plan)
    text = (HEAD + "资金总额45上年结转资金4.5其中:财政拨款40.5其他资金0一级指标二级指标三级指标2021年实际实现值预期2022年实现值"
            "产出指标数量指标养护里程=50公里质量指标路面完好率≥90%效益指标社会效益指标群众出行条件改善率≥95%财政部门审核意见(盖章)")
    got = [(i.level2, i.name, i.value) for i in _read(text).form.indicators]
    assert ("数量指标", "养护里程", "=50公里") in got and ("质量指标", "路面完好率", "≥90%") in got
    assert ("社会效益指标", "群众出行条件改善率", "≥95%") in got


def test_the_unit_of_a_number_stays_with_it_before_any_label():
    from assistant.importers.text_grid import split_run
    assert split_run("食宿费支出≤10万元财政部门审核意见(盖章)")[:2] == ["食宿费支出≤10万元", "财政部门审核意见"]


def test_a_budget_name_head_before_an_amount_head_ends_the_goal_before_it():
    tail = "一级指标二级指标三级指标指标值产出指标数量指标养护里程=50公里"
    for head in ("支出项目", "用途"):
        r = _read(HEAD + "资金总额50上年结转资金0其中:财政拨款50其他资金0年度目标2025年完成50公里道路养护。"
                  + head + "金额路面修补30道路巡查20合计50" + tail)
        assert r.form.goals.annual == ["2025年完成50公里道路养护。"]
        assert [(b.name, b.amount) for b in r.form.budget_items] == [("路面修补", 30), ("道路巡查", 20)]


def test_funding_amounts_run_together_are_cut_where_the_total_is_the_sum_of_its_parts():
    tail = IND_HEAD + "产出指标数量指标养护里程=50公里财政部门审核意见(盖章)"
    r = _read(HEAD + "资金总额上年结转当年财政拨款其他资金223.2万22.32200.880" + tail)
    f = r.form.funding
    assert (f.total, f.carryover, f.current_year, f.other) == (223.2, 22.32, 200.88, 0)
    r = _read(HEAD + "资金总额上年结转当年财政拨款其他资金40040万元0" + tail)
    assert (r.form.funding.total, r.form.funding.current_year) == (40, 40)


def test_funding_amounts_run_together_with_more_than_one_reading_are_not_guessed():
    from assistant.importers.fold import sum_cut
    # 100 | 100 with two parts blank, or 10 | 0 | 10 | 0: blank cells leave no trace
    assert sum_cut("100100", 4) is None
    # the parts do not add up to any total: nothing read
    assert sum_cut("120.51020.50", 4) is None
    # printed alike: '200.880' is no amount of a row whose others are as short as they go
    assert sum_cut("223.2万22.32200.880", 4) == ["223.2", "22.32", "200.88", "0"]
    r = _read(HEAD + "资金总额上年结转当年财政拨款其他资金100100" + IND_HEAD + "产出指标数量指标养护里程=50公里财政部门审核意见(盖章)")
    assert r.form.funding.total is None and "funding.total" in r.unread


def test_a_name_holding_project_funds_is_not_cut_as_a_budget_head():
    from assistant.importers.text_grid import split_run
    assert split_run("质量指标项目资金使用合规性≥95%") == ["质量指标", "项目资金使用合规性≥95%"]


_IND = IND_HEAD + "产出指标数量指标养护里程=50公里财政部门审核意见(盖章)"
_MONEY = "资金总额50上年结转资金0其中:财政拨款50其他资金0"


def test_a_budget_amount_and_last_years_spending_run_together_are_cut_where_the_amounts_make_the_total():
    r = _read(HEAD + _MONEY + "支出项目金额2020年实际执行数路面修补30.527.45道路巡查19.518万合计50" + _IND)
    assert [(b.name, b.amount) for b in r.form.budget_items] == [("路面修补", 30.5), ("道路巡查", 19.5)]
    # two cuts make the total (10 | 10 and 101 | 0, or 101 | 0 and 10 | 10): none is taken
    r = _read(HEAD + _MONEY + "支出项目金额2020年实际执行数路面修补1010道路巡查1010合计111" + _IND)
    assert r.form.budget_items == []


def test_a_basis_column_run_into_the_next_name_is_cut_off_only_when_every_row_has_the_last_rows_basis():
    same = _read(HEAD + _MONEY + "项目预算成本构成金额（万元）测算依据路面修补30据实测算道路巡查20据实测算合计50" + _IND)
    assert [(b.name, b.amount) for b in same.form.budget_items] == [("路面修补", 30), ("道路巡查", 20)]
    other = _read(HEAD + _MONEY + "项目预算成本构成金额（万元）测算依据路面修补30按市场价道路巡查20据实测算合计50" + _IND)
    assert other.form.budget_items == []         # '按市场价道路巡查': where the basis ends is not printed
    assert any("预算明细表" in w and "未导入" in w for w in other.warnings)


def test_a_budget_amount_keeps_no_unit_of_time_from_the_name_after_it():
    # '673.8日常养护': 日 opens the next name (an amount's unit is money's), and Excel's 6.276e+02 is an amount
    r = _read(HEAD + "资金总额1123上年结转资金0其中:财政拨款1123其他资金0支出项目预算数（万元）路面病害修补6.738e+02日常养护336.9"
              "工程监理费112.3合计1123" + _IND)
    assert [(b.name, b.amount) for b in r.form.budget_items] == [("路面病害修补", 673.8), ("日常养护", 336.9),
                                                                  ("工程监理费", 112.3)]


def test_a_budget_name_head_before_an_amount_head_with_its_unit_is_two_heads():
    from assistant.importers.text_grid import split_run
    assert split_run("工作开展。支出项目金额（元）路面修补")[1:3] == ["支出项目", "金额（元）"]
    assert split_run("项目资金项目金额（元）100") == ["项目资金", "项目金额（元）", "100"]



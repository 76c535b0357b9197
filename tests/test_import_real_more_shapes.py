"""Shapes of real published forms (eval/real_more, eval/real_more2) that the plain-text reader met, each read by
a general rule (issue 12): list numbers are never amounts, an amount under a label the lexicon lacks makes the
funding sums unchecked (never a false 资金来源合计不符), a unit's name ends before a money heading glued onto it,
a stamped label with a unit written after it, a goal cell under its section heading, a self-evaluation's
header row whose first cell is merged down over the values row, and a period printed as a year alone.
"""
from __future__ import annotations

from assistant.importers import read_bytes
from assistant.importers.trim import trim_value
from assistant.review_one import review_file

DUMP_FUNDING = """项目支出绩效目标申报表
(2021年度)
项目名称 特困家庭再扶助(独生子女死亡再扶助)
预算单位 区卫生健康局
项目资金(万元) 年度资金总额 金额(万元)
   (一)财政拨款小计 6.30
       1、一般公共预算 6.30
       2、政府性基金 0.00
       3、国有资本经营预算 0.00
   (二)自有资金小计 0.00
       1、事业收入 0.00
   (三)其他收入 0.00

总体
目标
年度目标
区域内符合政策的特扶家庭进行政策特别扶助,增强服务意识
绩效指标 一级指标 二级指标 三级指标 指标值(包含数字及文字描述)
数量指标 对符合政策法规的家庭进行扶助 63人
时效指标 资金拨付 12月底到位
"""


def _read(text: str, name: str = "x.txt"):
    return read_bytes(text.encode("utf-8"), name)


def test_list_numbers_before_funding_labels_are_not_amounts():
    form = _read(DUMP_FUNDING).form
    assert form.funding.current_year == 6.3            # not the '1' of '1、一般公共预算' nor the '2' of '2、政府性基金'
    assert form.unit == "区卫生健康局"                   # '项目资金(万元)' glued on in the dump is cut off


FLAT_FUNDING = ("项目绩效目标表_第1页\n项目绩效目标表_第2页\n全文预览已结束\n\n下载本文档\n\n"
                "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n\n文档简介\n\n"
                "项目绩效目标表(2021年度)填报单位(盖章):宁乡市某镇人民政府 项目名称镇域内基础设施建设项目属性新增项目□延续项目√"
                "主管部门某镇项目单位某镇起止时间2021年度资金总额及构成总额10606.7522万元财政拨款:6923.3552万元"
                "(其中:上级财政资金:6923.3552万元;本级财政:0万元)二、自有资金:0万元三、其他:3683.3970万元"
                "项目概况镇域内水利、道路、机关、学校及乡村振兴等基础设施建设项目\n")


def test_amount_under_an_unknown_label_leaves_the_funding_sum_unchecked(tmp_path):
    got = _read(FLAT_FUNDING)
    assert got.form.funding.total == 10606.7522 and got.form.funding.current_year == 6923.3552
    assert "funding.other" in got.unread                # 0 from 自有资金, but 3683.397 under '其他:' was not placed
    assert "funding.current_year" not in got.unread     # '(其中:…)' only breaks the 6923.3552 down
    assert (got.form.start, got.form.end) == ("2021-01", "2021-12")   # '起止时间2021' then 年度资金总额: that year
    path = tmp_path / "flat.txt"
    path.write_text(FLAT_FUNDING, encoding="utf-8")
    codes = [f.code for f in review_file(str(path)).report.findings]
    assert "funding_sum_mismatch" not in codes


def test_the_sum_is_still_checked_when_every_amount_has_its_label(tmp_path):
    text = FLAT_FUNDING.replace("三、其他:3683.3970万元", "")
    got = _read(text)
    assert "funding.other" not in got.unread
    path = tmp_path / "flat.txt"
    path.write_text(text, encoding="utf-8")
    assert "funding_sum_mismatch" in [f.code for f in review_file(str(path)).report.findings]


def test_unit_name_ends_before_a_money_heading():
    assert trim_value("org", "中江县水利局资金情况(万元)全年") == "中江县水利局"
    assert trim_value("org", "粮食调控储备与产业发展股项目资金(万元)全年") == "粮食调控储备与产业发展股"
    assert trim_value("org", "某某学校(万元)") == "某某学校"
    assert trim_value("org", "武汉市教育局") == "武汉市教育局"
    assert trim_value("org", "某项目资金(万元)") == "某项目资金(万元)".replace("(万元)", "")   # no unit ending: only the mark


ROWS = """2025年项目支出绩效目标表 | |||||||
填报单位(盖章):南县疾病预防控制中心 | 金额单位:万元 | ||||||
项目支出名称 | 基本公共卫生服务和应急处理专项 | 部门预算 | 70.00 | ||||
项目支出实施期 | 2025年 | ||||||
项目绩效目标 | 对全县突发卫生公共事件进行相关人员培训、物质储备、应急能力建设,及时处理预警信息。 | ||||||
一级指标 | 二级指标 | 三级指标 | 指标值 | |||
产出指标 | 数量指标 | 培训人次 | ≥200人次 | |||
"""


def test_stamped_unit_label_with_a_unit_after_it_and_a_goal_under_its_heading():
    form = _read(ROWS).form
    assert form.unit == "南县疾病预防控制中心"
    assert form.goals.annual and form.goals.annual[0].startswith("对全县突发卫生公共事件")


def test_stamp_alone_after_a_stamped_label_is_no_unit():
    form = _read(ROWS.replace("填报单位(盖章):南县疾病预防控制中心", "填报单位(盖章):")).form
    assert form.unit == ""


SELF_EVAL = """绩效目标自评表 | ||||||||||
(2023年度) | ||||||||||
项目名称 | 特色种养业奖补项目 | ||||||||||
主管部门 | 某县农业农村局 | 实施单位 | 某镇人民政府 | ||||||
年度总体目标 | 年初设定目标 | 年度总体目标完成情况综述 | ||||||||
落实39户特色种养业奖补政策,增加脱贫户家庭收入 | 已落实39户奖补政策,脱贫户家庭收入增加 | |||||||||
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | ||||||
产出指标 | 数量指标 | 补助鱼塘面积 | 3亩 | 3亩 | ||||||
"""


def test_self_evaluation_target_column_under_a_merged_heading():
    form = _read(SELF_EVAL).form
    assert form.goals.annual == ["落实39户特色种养业奖补政策,增加脱贫户家庭收入"]   # the target, not the 完成情况


def test_project_year_goal_label():
    from assistant.importers import labels as L
    assert L.field_of("项目年度目标") == "goals.annual"
    assert L.field_of("年初设定目标") == "goals.annual"


SELF_EVAL_RUN = ("绩效目标自评表(2022年度)项目名称某县小型水库水标尺制作安装项目主管部门某县水利局实施单位某县水利局"
                 "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施"
                 "产出指标(70分)数量指标安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10"
                 "质量指标项目(工程)验收合格率20100%100%20成本指标项目计划总投资1020万元20万元10"
                 "效益指标(20分)社会效益指标群众生产生活条件改善状况10显著提升显著提升10"
                 "满意度指标(10分)服务对象满意度指标受益户满意度10≥95%≥95%10……总分100100"
                 "注:1.一级指标分值统一设置为:产出指标50分、效益指标30分,得分最高不能超过该指标分值上限,分别按照该指标对应区间")


def test_self_evaluation_run_together_scores_split_from_targets():
    got = _read(SELF_EVAL_RUN)
    rows = {i.name: i.value for i in got.form.indicators}
    assert rows == {"安装坡面水标尺": "≥266米", "水标尺宽度": "≥50厘米", "项目(工程)验收合格率": "100%",
                    "项目计划总投资": "20万元", "群众生产生活条件改善状况": "显著提升", "受益户满意度": "≥95%"}


def test_warning_names_what_a_left_out_row_is():
    from assistant.importers.fold import _why_left
    assert "合计或得分行" in _why_left([("……总分", "name", 0, 2), ("100100", "value", 0, 4)])
    assert "页面内容" in _why_left([("附件下载:", "name", 0, 2), ("扫一扫", "value", 0, 4)])
    assert "没有指标值" in _why_left([("培训人次", "name", 0, 2)])
    assert "名称与指标值连在一起" in _why_left([("培训人次达到", "name", 0, 2), ("个别", "value", 0, 4)])


def test_a_number_is_never_an_indicator_name_in_a_loose_read():
    text = ("项目名称 | 某项目 |\n一级指标 | 二级指标 | 三级指标 | 指标值 |\n产出指标 | 数量指标 | 培训人次 | ≥200人次 |\n"
            "效益指标 | 生态效益指标 | 100 | 其他需要说明事项 |\n")
    names = [i.name for i in _read(text).form.indicators]
    assert "100" not in names and "培训人次" in names


NOTICE = ("区残联:\n根据市财政局《关于下达2023年中央残疾人事业发展补助资金的通知》文件精神,现将2023年补助资金134.39万元下达给你们,"
          "其中:一般公共预算资金50.29万元。一般公共预算资金功能分类科目列“2081199其他残疾人事业支出”,用于残疾人康复等方面支出。"
          "此次下达的资金为中央直达资金,贯穿资金分配、拨付、使用等整个环节,且保持不变。请专款专用,同时对照绩效目标做好绩效监控,"
          "确保年度绩效目标如期完成。\n"
          "项目名称 |\n残疾人事业发展补助资金 | ||||\n区级主管部门 |\n区残联 | ||||\n")


def test_a_notice_paragraph_above_the_form_is_not_cells_run_together():
    from assistant.importers.text_grid import is_run
    assert not is_run(NOTICE.splitlines()[1])
    form = _read(NOTICE).form
    assert form.goals.annual == []                 # '…确保年度绩效目标如期完成。' is a sentence, not a goal cell
    assert form.department == "区残联"              # 区级主管部门; an abbreviated unit name (残联) is a unit


def test_letter_spaced_label_and_funding_amount_synonym_in_a_run():
    text = ("附件 2 残疾人事业发展补助资金区域绩效目标表 ( 2019 年度) 专项名称 残疾人事业发展补助资金 主管部门 省残联 资金额度 4623 万 "
            "年 度 总 体 目 标 目标 1:为残疾人提供基本康复服务,为精神病患者提供服药补贴。 目标 2:补助基层残联基础设施建设。\n")
    form = _read(text).form
    assert form.funding.total == 4623
    assert form.goals.annual[0] == "为残疾人提供基本康复服务,为精神病患者提供服药补贴。" and not form.goals.long_term


def test_label_alone_on_its_row_takes_the_cell_opening_the_next_row():
    text = ("东莞市财政项目支出绩效目标批复表 | |||||||||\n( 2019 年度) | |||||||||\n预算单位:东莞市交通运输局 | |||||||||\n"
            "项目 名称 |\n镇际联网路升级改造工程一期 | 中期市财政预算(万元) | 284500.00 | 本年度申请市财政预算资金(万元) | 919.00 | ||||\n"
            "总体目标 | 中期滚动目标(2019年--2021年) | 年度目标 | |||||||\n"
            "新建或改造道路,共29个项目,规划里程169公里。 | 督促完成勘察设计费结算532万元。 | ||||||||\n")
    form = _read(text).form
    assert form.project_name == "镇际联网路升级改造工程一期"
    assert (form.funding.total, form.funding.current_year) == (284500, 919)
    assert form.goals.long_term == ["新建或改造道路,共29个项目,规划里程169公里。"]
    assert form.goals.annual == ["督促完成勘察设计费结算532万元。"]


def test_indicator_rows_without_a_header_are_unread_not_missing():
    text = ("产出指标数量指标足额保障率=100% 22.5 科目调整次数≤10次 22.5 时效指标按时发放率=100% 22.5 效益指标经济效益指标"
            "结余率(计算方法为:结余数/预算数)≤5% 22.5 合计100 评价结论及时、足额缴纳。存在问题暂无改进措施暂无项目负责人:财务负责人:")
    got = _read(text)
    assert got.form.indicators or "indicators" in got.unread


SPAN = """项目名称  特殊人群病种筛查经费
起始日期:2019年1月1日 结束日期:2021年12月31日
项目总预算(万元) 75.00      项目当年预算(万元) 25.00
项目绩效目标  贯彻落实特殊人群疾病防治工作决策和部署,依法做好防控工作。
"""


def test_a_whole_project_total_over_several_years_is_not_checked_against_the_year(tmp_path):
    path = tmp_path / "span.txt"
    path.write_text(SPAN, encoding="utf-8")
    result = review_file(str(path))
    assert (result.form.funding.total, result.form.funding.current_year) == (75, 25)
    assert "funding_sum_mismatch" not in [f.code for f in result.report.findings]
    assert any("总预算" in w and "未作加总核对" in w for w in result.warnings)


def test_a_one_year_project_total_is_still_checked(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(SPAN.replace("2021年12月31日", "2019年12月31日"), encoding="utf-8")
    assert "funding_sum_mismatch" in [f.code for f in review_file(str(path)).report.findings]


def test_the_year_budget_alone_is_the_total_only_when_no_total_label_exists():
    from assistant.importers.funding_span import only_year_budget
    from assistant.model import Declaration
    form = Declaration.model_validate({"funding": {"current_year": 229.66}})
    assert only_year_budget(form, "专项资金名称 | 某项目 |\n当年预算 | 229.66 |")
    assert not only_year_budget(form, "年度资金总额 | |\n当年预算 | 229.66 |")     # a blank total is a blank field


def test_cell_per_line_self_evaluation_ends_at_its_total_row():
    cells = ["项目名称", "工资性支出", "绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
             "完成值", "权重", "得分", "未完成原因分析", "产出指标", "数量指标", "发放(缴纳)覆盖率", "=", "100", "%", "", "60", "",
             "", "效益指标", "社会效益指标", "足额保障率(参保率)", "=", "100", "%", "", "30", "", "", "合计", "100", "", "",
             "评价结论", "结合自评情况,说明项目自评总分。(200字以内)", "项目负责人:", "财务负责人:"]
    text = "".join(f"{c} |\n" for c in cells)
    got = _read(text)
    assert [(i.name, i.value) for i in got.form.indicators] == [("发放(缴纳)覆盖率", "=100%"), ("足额保障率(参保率)", "=100%")]
    assert got.form.project_name == "工资性支出"

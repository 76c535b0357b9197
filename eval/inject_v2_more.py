"""Clean twins full of near-misses, and the second batch of catalogue-v2 wordings, for eval/inject_v2.py:
a clerk's other phrasings of the same defects and more near-misses, written after the rules and
measured once before any fix."""
from __future__ import annotations

import copy
import datetime as _dt

import re

from eval.inject_v2 import _add, _path, _period, _rows


# --- clean twins: the near-misses the spec names as fine, and more ------------------------------

_NEAR_ROWS = [("效益指标", "社会效益指标", "家庭经济困难学生因贫失学人数", "=0人"),
              ("产出指标", "质量指标", "安全事故发生率", "=0%"), ("产出指标", "质量指标", "群众投诉率", "≤5%"),
              ("效益指标", "经济效益指标", "服务量增长率", "≥120%"), ("效益指标", "经济效益指标", "群众出行时间节约", "≥10%"),
              ("产出指标", "质量指标", "投诉办结率", "≥95%"), ("产出指标", "质量指标", "登记信息不合格率", "≤2%"),
              ("产出指标", "时效指标", "故障响应时间", "≤2小时"), ("产出指标", "时效指标", "服务期限", "≥12个月"),
              ("产出指标", "数量指标", "服务人次", "=45000人次"), ("效益指标", "社会效益指标", "重复投诉率", "较上年下降≥10%"),
              ("效益指标", "经济效益指标", "挽回经济损失", "≥5万元"), ("效益指标", "社会效益指标", "参保人数比例", "≥38%"),
              ("效益指标", "社会效益指标", "服务秩序指数", "≥90%"), ("产出指标", "时效指标", "按时间节点完成率", "≥95%"),
              ("满意度指标", "服务对象满意度指标", "投诉处理满意度", "≥90%"), ("产出指标", "质量指标", "安全事故发生次数", "=0次"),
              ("产出指标", "质量指标", "家庭医生签约率", "≥40%"),
              ("产出指标", "数量指标", "安全事故应急演练次数", "≥2次"), ("产出指标", "质量指标", "事故隐患整改率", "≥95%"),
              ("产出指标", "数量指标", "违规行为检查次数", "≥12次"), ("产出指标", "质量指标", "投诉热线接听率", "≥95%"),
              ("产出指标", "质量指标", "违规问题查处率", "≥90%"), ("产出指标", "质量指标", "经济损失挽回率", "≥80%"),
              ("产出指标", "时效指标", "审批时间", "≤3个工作日"), ("产出指标", "数量指标", "培训课时数", "≥40课时"),
              ("产出指标", "成本指标", "资金支出进度", "≥90%"), ("产出指标", "数量指标", "年接待游客人数", "=45000人"),
              ("效益指标", "社会效益指标", "事故发生率下降", "≥5%"), ("产出指标", "质量指标", "未完成率", "≤5%"),
              ("产出指标", "质量指标", "群众不满意率", "≤5%"), ("产出指标", "时效指标", "维修响应时间", "≤24小时")]


def twin(f: dict, rng) -> dict:
    t = copy.deepcopy(f)
    for row in rng.sample(_NEAR_ROWS, 6):
        _add(t, *row)
    total = t["funding"]["total"]
    bits = [f"人均补助{rng.choice([520, 89, 2000])}元，每人每月{rng.choice([3000, 6000])}元", "通过集中采购节约10%的费用",
            "带动上下游2家企业", "成立十多年来工作量逐年增加", "联系电话0473-2760599，功能科目2010308",
            "经费标准为每人3000元", "资金使用率100%", "每年预算5万元用于设备维护", "上年结转资金8万元已全部支出",
            "预算执行率达到90%以上", "签约服务覆盖率100%"]
    if total:
        bits.append(f"全年经费{total:g}万元，其中中央资金{round(total * 0.3, 2):g}万元")
        bits.append(f"预算资金共计{int(round(total * 10000))}元")
        bits.append(f"主要用于人员经费{round(total * 0.7, 2):g}万元、公用经费{round(total * 0.3, 2):g}万元")
        bits.append(f"中央财政资金{round(total * 0.6, 2):g}万元，省级补助资金{round(total * 0.4, 2):g}万元")
    t["overview"] = t["overview"].rstrip("。") + "。" + "，".join(rng.sample(bits, 3)) + "。"
    if (p := _period(t)) and t["goals"]["annual"]:
        t["goals"]["annual"][0] = t["goals"]["annual"][0].rstrip("。") + rng.choice(
            [f"，较{p[0] - 1}年有所提高。", f"，在{p[0] - 1}年基础上进一步巩固。", f"，落实“十四五”规划（{p[0] - 2}-{p[0] + 2}年）要求。",
             f"，与{p[0] - 1}年同期相比有所增加。", f"，按照《{p[0] - 1}年度工作要点》部署推进。"])
        t["goals"]["long_term"] = t["goals"]["long_term"] + [f"到{p[1] + 3}年，形成长效机制。"]
    for i in _rows(t, lambda r: "数量" in r["level2"] and re.fullmatch(r"[=≥]?\d+(人|个)", r["value"])):
        r = t["indicators"][i]
        stem = re.sub(r"(?:数量|人数|数)$", "", r["name"])
        n = re.search(r"\d+", r["value"]).group(0)
        other = "人次" if r["value"].endswith("人") else "个样次"
        if t["goals"]["annual"]:
            t["goals"]["annual"].append(rng.choice([f"累计服务{stem}{int(n) + 7}{other}，其中新增{stem}2{r['value'][-1]}。",
                                                    f"{stem}{n}{r['value'][-1]}，为{int(n) * 9 + 50}名群众提供服务。",
                                                    f"{stem}{n}{r['value'][-1]}，每{r['value'][-1]}服务{int(n) + 30}人。"]))
        break
    return t


def holdout(f, rng):
    """One of the later wordings (a clerk's other phrasings of the same defects)."""
    p = _period(f)
    total = f["funding"]["total"]
    opts = []
    if p and f["goals"]["annual"]:
        y = p[1] + rng.randint(1, 3)
        opts += [lambda: (f["goals"]["annual"].append(f"计划于{y}年上半年完成全部任务。"),
                          [("date_outside_period", f"goals.annual[{len(f['goals']['annual']) - 1}]")])[1],
                 lambda: [("date_outside_period", _add(f, "产出指标", "时效指标", "资金发放时间", f"{y}年6月30日之前"))]]
    if total:
        wrong = round(total + 7.3, 2)
        opts += [lambda: (f.__setitem__("overview", f["overview"] + f"项目预计总投入{wrong:g}万元。"), [("text_number_mismatch", "overview")])[1],
                 lambda: (f.__setitem__("overview", f["overview"] + f"本项目经费为人民币{int(wrong * 10000)}元整。"),
                          [("text_number_mismatch", "overview")])[1]]
    opts += [lambda: (f["indicators"].__getitem__(rows[0]).__setitem__("value", "≥3个"), [("indicator_unit_mismatch", _path(f, rows[0]))])[1]
             if (rows := _rows(f, lambda r: r["name"].endswith("合格率"))) else None,
             lambda: [("indicator_unit_mismatch", _add(f, "产出指标", "时效指标", "设备安装时间", "≥10台"))],
             lambda: [("indicator_unit_mismatch", _add(f, "效益指标", "社会效益指标", "新增就业人数", "≥80%"))],
             lambda: [("indicator_direction_conflict", _add(f, "产出指标", "质量指标", "安全生产事故起数", "≥1起"))],
             lambda: [("indicator_direction_conflict", _add(f, "产出指标", "质量指标", "审计发现违规问题数", "≥1个"))],
             lambda: [("indicator_direction_conflict", _add(f, "产出指标", "质量指标", "项目验收通过率", "<90%"))],
             lambda: [("text_approximate", _add(f, "产出指标", "数量指标", "改造面积", "1000余平方米"))],
             lambda: (f.__setitem__("overview", f["overview"] + "每户补助二十多元。"), [("text_approximate", "overview")])[1],
             lambda: (f.__setitem__("basis", rng.choice(["暂未出台相关文件", "请参考附件", "同项目概况", "见上", "待领导研究"])),
                      [("text_non_answer", "basis")])[1],
             lambda: [("indicator_value_missing", _add(f, "产出指标", "数量指标", "新增服务网点数量", rng.choice(["≥ XX 个", "个/年", "≥　"])))],
             lambda: (f["indicators"].append({"scope": "annual", "level1": "产出指标", "level2": "数量指标",
                                              "name": rng.choice(["（无）", "无。", "0.0"]), "value": "=1项"}),
                      [("indicator_name_missing", f"indicators[{len(f['indicators']) - 1}]")])[1]]
    if p:
        n = (_dt.date(p[1], 6, 30) - _dt.date(1899, 12, 30)).days
        opts.append(lambda: [("indicator_value_serial_date", _add(f, "产出指标", "时效指标", "验收时间", f"{n}日"))])
    return rng.choice(opts)()


_HOLDOUT_NEAR = [("效益指标", "社会效益指标", "道路通行时间缩短", "≥20%"), ("产出指标", "时效指标", "办理时限压缩率", "≥30%"),
                 ("产出指标", "时效指标", "服务时长", "≥2000小时"), ("效益指标", "社会效益指标", "就业人数占比", "≥60%"),
                 ("产出指标", "质量指标", "事故隐患排查整改率", "≥95%"), ("产出指标", "质量指标", "违规违纪案件", "=0件"),
                 ("产出指标", "质量指标", "差错率", "控制在1%以内"), ("产出指标", "质量指标", "群众投诉率", "低于3%"),
                 ("产出指标", "数量指标", "0-6岁儿童健康管理率", "≥90%"), ("产出指标", "数量指标", "服务人次", "≥50000人次"),
                 ("产出指标", "时效指标", "资金发放时间", "次年3月底前"), ("产出指标", "质量指标", "安全生产", "无事故"),
                 ("产出指标", "数量指标", "年均增长", "≥5%")]


def holdout_twin(f: dict, rng) -> dict:
    t = copy.deepcopy(f)
    for row in rng.sample(_HOLDOUT_NEAR, 5):
        _add(t, *row)
    total = t["funding"]["total"]
    bits = ["每户补助资金2000元", "申请资金占全年预算的30%", "经费来源为财政拨款", "节约用水3000吨",
            "上下半年各举办一次", "结余资金5万元已上缴", "统一多部门力量开展3次联合检查"]
    if total:
        bits.append(f"项目总投资{total * 3:g}万元，本年度安排资金{total:g}万元")
    t["overview"] = t["overview"].rstrip("。") + "。" + "，".join(rng.sample(bits, 3)) + "。"
    if (p := _period(t)) and t["goals"]["annual"]:
        t["goals"]["annual"].append(f"{p[0]}年1月1日至{p[1]}年12月31日期间，新增服务网点2个，累计达到10个。")
    return t

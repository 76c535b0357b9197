"""Indicators: categories present, values filled, measurable and in range."""
from __future__ import annotations

from functools import lru_cache

from ..recache import compile as recompile
from ..lexicon import (GROWTH_WORDS, INPUT_AS_OUTPUT, MIN_SATISFACTION, PLACEHOLDER_NAME, PLACEHOLDER_NAME_NOISE,
                       QUALITATIVE_OK, VAGUE_WORDS)
from ..formdata import PlainDeclaration as Declaration, PlainIndicator as Indicator, _category, _family, category_of, \
    family_of, row_path
from ..values import is_leftover, parse_value
from . import Context, finding, rule
from .measures import serial_of

_REQUIRED = [("数量指标", "数量指标"), ("质量指标", "质量指标"), ("时效指标", "时效指标"),
             ("成本指标", "成本指标"), ("效益指标", "效益指标"), ("满意度指标", "满意度指标")]
_UNIT_IN_NAME = recompile(r"[（(]\s*([^()（）]{1,8})\s*[)）]\s*$")
_HAS_DIGIT = recompile(r"\d")
_SATISFACTION_NAME = recompile(r"满意(?:度|率)\s*(?:[（(][^）)]*[）)])?$")


Head = tuple[str, str, str, str, bool]     # a row's scope, level1, level2, name, and whether its value is empty


def _heads(form: Declaration, ctx: Context) -> tuple[Head, ...]:
    """Each indicator row's head: all that the table-wide rules below read of a form (a row's value only as filled
    or not). Made once per check; a batch repeats its tables' heads with new values, and each rule remembers what it
    says of a table's heads (lru)."""
    return ctx.once("indicators.heads", form, _heads_of)


def _heads_of(form: Declaration) -> tuple[Head, ...]:
    return tuple([(ind.scope, ind.level1, ind.level2, ind.name, not ind.value) for ind in form.indicators])


def _rows(heads: tuple[Head, ...]) -> list[Head]:
    """The filled rows' heads (a name or a value): the annual ones, all of them when none is annual."""
    filled = [h for h in heads if h[3] or not h[4]]
    return [h for h in filled if h[0] == "annual"] or filled


@rule("indicator_category_missing", "error", title="缺少某类指标")
def indicator_category_missing(form: Declaration, ctx: Context):
    """缺少某类绩效指标（数量/质量/时效/成本/效益/满意度）。

    Why: 88号文、财预〔2021〕101号：产出指标应涵盖数量、质量、时效、成本，并设置效益和满意度指标。
    Bad:  只有数量指标和质量指标
    Good: 数量、质量、时效、成本、效益、满意度指标各至少一项
    """
    for cat, label in _missing_categories(_heads(form, ctx)):
        yield finding("indicator_category_missing", f"indicators.{cat}", f"年度绩效指标中缺少{label}。",
                      _CATEGORY_HINTS[cat])


@lru_cache(maxsize=4096)     # a batch repeats its tables' heads
def _missing_categories(heads: tuple[Head, ...]) -> tuple[tuple[str, str], ...]:
    """(category, label) of each required category no row of ``_rows`` is of."""
    present = set()
    for _, l1, l2, _, _ in _rows(heads):
        present.add(_category(l1, l2))
        present.add(_family(l1, l2))
    return tuple((cat, label) for cat, label in _REQUIRED if cat not in present)


_CATEGORY_HINTS = {
    "数量指标": "请补充数量指标，如“聘用人数 =4人”“培训人次 ≥200人次”。",
    "质量指标": "请补充质量指标，如“验收合格率 =100%”“考核合格率 ≥90%”。",
    "时效指标": "请补充时效指标，如“完成时间 2024年12月底前”“工资按月发放及时率 =100%”。",
    "成本指标": "请补充成本指标，用金额表述，如“人均月成本 ≤5000元/人·月”“项目总成本 ≤24万元”。",
    "效益指标": "请补充效益指标（社会/经济/生态效益或可持续影响），说明项目带来的效果。",
    "满意度指标": "请补充满意度指标，如“服务对象满意度 ≥90%”。",
}


@lru_cache(maxsize=8192)
def placeholder_name(name: str) -> bool:
    """A 三级指标 name that is only a template placeholder: 0, 无, /, —, XX (the row has no real name)."""
    return bool(name) and bool(PLACEHOLDER_NAME.fullmatch(PLACEHOLDER_NAME_NOISE.sub("", name)))


@rule("indicator_value_missing", "error", title="指标值未填写", row=True,
      gate=lambda ind: ind.name and not placeholder_name(ind.name))
def indicator_value_missing(ind: Indicator, i: int):
    """三级指标没有填写指标值，或只留着模板的单位、方向符号或 **/XX 占位。

    Why: 88号文"细化量化"：每项指标须有目标值，才能据以评价；只剩“公里”“≥ %”“≥XX%”说明模板没有填完。
    Bad:  居民满意度 （空）；道路硬化里程 公里；受益人口 ≥**人
    Good: 居民满意度 ≥85%；道路硬化里程 ≥100公里；受益人口 ≥500人
    """
    if not ind.name or placeholder_name(ind.name):
        return
    if not ind.value:
        yield finding("indicator_value_missing", row_path(ind, i), f"指标「{ind.name}」没有填写指标值。",
                      "请填写目标值，写成“方向+数值+单位”，如“≥90%”“=4人”。")
    elif is_leftover(ind.value):
        yield finding("indicator_value_missing", row_path(ind, i),
                      f"指标「{ind.name}」的值「{ind.value}」只有模板留下的单位或符号，没有填写目标数值。",
                      f"请在「{ind.value}」中填上具体数值，写成“方向+数值+单位”，如“≥100公里”“≥90%”。")


@rule("indicator_name_missing", "error", title="指标名称缺失", row=True,
      gate=lambda ind: not ind.name or placeholder_name(ind.name))
def indicator_name_missing(ind: Indicator, i: int):
    """有指标值但没有三级指标名称，或名称只是占位符（0、无、/、—、XX）。

    Why: 指标值须对应明确的三级指标，否则无法理解和评价；名称为“0”的行是模板没有填完。
    Bad:  数量指标 | （空） | =4人；经济成本指标 | 0 | 0.00%
    Good: 数量指标 | 聘用人数 | =4人；经济成本指标 | 聘用人员工资支出 | ≤19.2万元
    """
    if not ind.value or (ind.name and not placeholder_name(ind.name)):
        return
    what = f"的名称「{ind.name}」只是占位符" if ind.name else "没有对应的三级指标名称"
    yield finding("indicator_name_missing", f"indicators[{i}]", f"指标值「{ind.value[:20]}」{what}。",
                  "请填写具体的三级指标名称（如“聘用人数”“聘用人员工资支出”）；不需要的空行请删除。")


@rule("indicator_unit_missing", "warning", title="指标值缺少单位", row=True,
      gate=lambda ind: not _UNIT_IN_NAME.search(ind.name))
def indicator_unit_missing(ind: Indicator, i: int):
    """定量指标值没有计量单位。

    Why: 计量单位是指标值的一部分，缺少单位会导致口径不清（人？万元？%？）。
    Bad:  ≥70
    Good: ≥70%
    """
    if not ind.value:     # (a filled row: a name or a value)
        return
    pv = parse_value(ind.value)
    if pv.is_quantitative and not pv.is_formula and not pv.unit and not _UNIT_IN_NAME.search(ind.name) \
            and serial_of(ind) is None:  # a date serial raises only indicator_value_serial_date
        yield finding("indicator_unit_missing", row_path(ind, i),
                      f"指标「{ind.name or ind.value}」的值「{ind.value}」没有计量单位。",
                      _unit_hint(ind.name or "", ind.value, ind.level2 or ""))


_RATE_NAME = recompile(r"(?:率|比例|比率|占比|覆盖面)$")
_SHARE = recompile(r"\s*([≥≤<>=＝]?)\s*(0?\.\d+|1(?:\.0+)?)\s*")


def _unit_hint(name: str, value: str, level2: str = "") -> str:
    """What unit to add, by what the name measures: a rate is a percentage (a bare 1 or 0.95 is likely 100% or 95% written
    as a share), a cost is money, else the usual units."""
    if _RATE_NAME.search(name):
        share = _SHARE.fullmatch(value)
        if share:
            pct = f"{float(share.group(2)) * 100:g}"
            return f"「{name}」是比率，请写成百分数，如“{share.group(1)}{pct}%”（若「{value}」是按小数写的）或“{value}%”。"
        return f"「{name}」是比率，请补上“%”，如“{value}%”。"
    if "成本" in level2:                 # "每件案子补贴律师 ≤1500": a cost is money, never % or 人
        return f"成本指标请补上金额单位，如“{value}元”或“{value}万元”。"
    return f"请补上单位，如“{value}%”或“{value}人”“{value}万元”。"


def _is_vague(value: str) -> bool:
    v = value.strip()
    if not v or _HAS_DIGIT.search(v) or QUALITATIVE_OK.match(v):
        return False
    if parse_value(v).is_date:
        return False
    return bool(VAGUE_WORDS.search(v))


@rule("indicator_vague", "warning", kind="heuristic", title="指标值不可衡量", row=True)
def indicator_vague(ind: Indicator, i: int):
    """指标值只有方向词（有效提升、明显改善等），没有可衡量的目标。

    Why: 88号文"细化量化"；审计常把"有效提升、明显改善、进一步加强"列为不可衡量的问题。
    Bad:  聘用人员数量 有效提升
    Good: 聘用人员数量 =4人
    """
    if (ind.name or ind.value) and _is_vague(ind.value):       # (a filled row)
        path = row_path(ind, i)
        yield finding("indicator_vague", path, f"指标「{ind.name or path}」的值「{ind.value}」不可衡量。",
                      "请改为“方向+数值+单位”（如“≥95%”“=4人”），定性指标请用分级表述（优/良/中/差，达到/未达到）。")


@rule("percent_out_of_range", "error", title="百分比超出范围", row=True)
def percent_out_of_range(ind: Indicator, i: int):
    """百分比指标值超出0–100%。

    Why: 比率类指标的取值在0–100%之间（增长率、增幅等除外）。
    Bad:  工程验收合格率 ≥120%
    Good: 工程验收合格率 =100%
    """
    pv = parse_value(ind.value) if ind.value else None      # (a value: a filled row)
    if pv is None or not pv.is_percent or pv.number is None:
        return
    if pv.number > 100 and GROWTH_WORDS.search(ind.name):
        return
    if pv.number > 100 or pv.number < 0:
        yield finding("percent_out_of_range", row_path(ind, i), f"指标「{ind.name}」的值「{ind.value}」超出0–100%。",
                      "比率不能超过100%或小于0，请核对（如合格率最高为100%）。")


@rule("satisfaction_target_low", "warning", title="满意度目标偏低", row=True,
      gate=lambda ind: (family_of(ind) == "满意度指标" or _SATISFACTION_NAME.search(ind.name))
      and not GROWTH_WORDS.search(ind.name))
def satisfaction_target_low(ind: Indicator, i: int):
    """满意度指标目标值低于80%。

    Why: 公开的申报表满意度目标一般为≥85%或≥90%，低于80%说明目标设置偏低。
    Bad:  沿线群众满意度 ≥70%
    Good: 沿线群众满意度 ≥85%
    """
    if not ind.value:      # (the value decides: a filled row)
        return
    if family_of(ind) != "满意度指标" and not _SATISFACTION_NAME.search(ind.name):
        return
    if GROWTH_WORDS.search(ind.name):
        return
    pv = parse_value(ind.value)
    if pv.number is None or pv.is_date or pv.op in ("≤", "<"):
        return
    if (pv.is_percent or (not pv.unit and pv.number <= 100)) and 0 <= pv.number < MIN_SATISFACTION:
        yield finding("satisfaction_target_low", row_path(ind, i), f"满意度指标「{ind.name}」目标值{ind.value}低于80%。",
                      "满意度目标一般不低于85%，请提高目标值或说明理由。")


_BARE_WAN = recompile(r"^[万亿](?:/|$)")


@rule("cost_indicator_not_monetary", "warning", title="成本指标未用金额", row=True,
      gate=lambda ind: category_of(ind) == "成本指标")
def cost_indicator_not_monetary(ind: Indicator, i: int):
    """成本指标没有用金额表述。

    Why: 财预〔2021〕101号：成本指标反映项目的直接经济成本，应以金额（总成本或单位成本）表述。
    Bad:  路面修补单价 合理控制
    Good: 路面修补单价 ≤120元/平方米
    """
    if category_of(ind) != "成本指标" or not ind.value or is_leftover(ind.value):
        return  # an empty or unfilled value raises only indicator_value_missing (a value: a filled row)
    pv = parse_value(ind.value)
    if not pv.is_money and not _BARE_WAN.match(pv.unit):   # '250万' in a 成本 row is 250万元: an amount
        yield finding("cost_indicator_not_monetary", row_path(ind, i), f"成本指标「{ind.name}」的值「{ind.value}」不是金额。",
                      "请用金额表述成本，如“≤5000元/人·月”“≤24万元”。")


@rule("indicator_duplicate", "warning", title="指标重复")
def indicator_duplicate(form: Declaration, ctx: Context):
    """同一三级指标在同一类范围内重复出现。

    Why: 101号文"重点突出"：指标应精简，重复指标使评价口径混乱。
    Bad:  系统年可用率 ≥99% …… 系统年可用率 ≥99.5%
    Good: 只保留一项 系统年可用率
    """
    for i in _repeated(_heads(form, ctx)):
        ind = form.indicators[i]
        yield finding("indicator_duplicate", row_path(ind, i), f"指标「{ind.name}」重复出现。",
                      "请删除重复的指标，或改为不同的具体指标。")


@lru_cache(maxsize=4096)     # a batch repeats its tables' heads
def _repeated(heads: tuple[Head, ...]) -> tuple[int, ...]:
    """Indices of the named rows whose (scope, name without spaces) an earlier named row has (a named row is a filled
    one: the unnamed ones are neither repeated nor repeat one)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for i, (scope, _, _, name, _) in enumerate(heads):
        if not name:
            continue
        key = (scope, "".join(name.split()))    # spaces dropped (split: the same whitespace as \s)
        if key in seen:
            out.append(i)
        seen.add(key)
    return tuple(out)


@rule("indicator_input_as_output", "warning", kind="heuristic", title="以资金投入作产出指标", row=True,
      gate=lambda ind: family_of(ind) != "成本指标" and INPUT_AS_OUTPUT.search(ind.name))
def indicator_input_as_output(ind: Indicator, i: int):
    """产出指标只是复述资金投入（资金到位率、预算执行率等）。

    Why: 财预〔2021〕101号：资金投入、预算执行类内容不作为产出或效益指标，预算执行率在自评中单独计分。
    Bad:  数量指标 资金到位率 =100%
    Good: 数量指标 聘用人数 =4人
    """
    if family_of(ind) == "成本指标" or not INPUT_AS_OUTPUT.search(ind.name):
        return      # (a name: a filled row)
    yield finding("indicator_input_as_output", row_path(ind, i), f"「{ind.name}」反映的是资金投入或预算执行，不是项目产出。",
                  "请删除该指标，改用反映实际产出的指标（完成了什么、多少、什么质量）。")

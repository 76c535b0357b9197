"""Helpers shared by the benchmarks: peak memory, percentiles, generated forms."""
from __future__ import annotations

import random
import resource
import statistics


def peak_rss_mb() -> float:
    """Peak resident memory of this process (and waited-for children) in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


def generated_forms(n: int, seed: int = 7):
    """n varied, realistic declarations (some with defects) built from the test fixtures' shapes."""
    from assistant.model import Declaration
    rng = random.Random(seed)
    kinds = [("聘用人员", "人", "2010308"), ("设备购置", "台", "2050204"), ("业务培训", "人次", "2080299"),
             ("道路养护", "公里", "2140106"), ("水质监测", "个", "2110299"), ("公共卫生服务", "人", "2100408")]
    for k in range(n):
        name, unit, code = kinds[k % len(kinds)]
        qty = rng.randint(2, 500)
        total = round(rng.uniform(10, 2000), 2)
        carry = round(total * rng.choice([0, 0, 0.1, 0.2]), 2)
        cur = round(total - carry, 2)
        if k % 7 == 3:
            cur = round(cur + 1, 2)  # a funding slip
        a, b = round(total * 0.6, 2), round(total * 0.25, 2)
        items = [{"name": "主体支出", "amount": a, "start": "2025-01", "end": "2025-12"},
                 {"name": "配套支出", "amount": b, "start": "2025-01", "end": "2025-12"},
                 {"name": "其他支出", "amount": round(total - a - b, 2), "start": "2025-01", "end": "2025-12"}]
        if k % 11 == 5:
            items[1]["amount"] = b * 10000
        yield Declaration.model_validate({
            "year": 2025, "project_name": f"{name}项目{k}", "department": "某市某局", "unit": "某市某中心",
            "function_code": code, "attribute": "延续" if carry else "新增", "start": "2025-01", "end": "2025-12",
            "overview": f"计划完成{qty}{unit}，测算：{qty}{unit}×1000元={qty * 1000 + (k % 5 == 0)}元。",
            "basis": "某发〔2024〕1号", "necessity": "必要且可行。",
            "funding": {"total": total, "carryover": carry, "current_year": cur, "other": 0},
            "budget_items": items,
            "goals": {"long_term": ["三年内服务覆盖率达到95%以上。"],
                      "annual": [f"2025年完成{qty}{unit}，合格率100%。" if k % 4 else "进一步提升工作水平。"]},
            "indicators": [
                {"scope": "annual", "level1": "产出指标", "level2": "数量指标", "name": "完成数量", "value": f"={qty}{unit}"},
                {"scope": "annual", "level1": "产出指标", "level2": "质量指标", "name": "验收合格率", "value": "≥95%" if k % 9 else "≥120%"},
                {"scope": "annual", "level1": "产出指标", "level2": "时效指标", "name": "完成时间", "value": "2025年12月底前"},
                {"scope": "annual", "level1": "产出指标", "level2": "成本指标", "name": "单位成本", "value": "≤1000元/" + unit},
                {"scope": "annual", "level1": "效益指标", "level2": "社会效益指标", "name": "服务覆盖率", "value": "≥90%" if k % 6 else "有效提升"},
                {"scope": "annual", "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "服务对象满意度", "value": "≥90%" if k % 8 else "≥70%"},
            ],
            "filler": "张三", "fill_date": "2024-10-15",
        })

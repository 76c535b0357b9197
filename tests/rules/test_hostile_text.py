"""Rules on hostile text stay bounded: long runs of spaces after a year, thousands of amounts or counts
in one field (the work is linear in the text; a regression to backtracking would not finish)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent

SCRIPT = """
import json, sys, yaml
from assistant.model import Declaration
from assistant.rules import check
data = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
n = 4000
data["overview"] = "，".join(f"经费{i}万元" for i in range(n))
data["necessity"] = "2024" + " " * n + "年"
data["goals"]["annual"] = ["".join(f"聘用{i}人" for i in range(n)), "2024" + " " * n + "x",
                           "约".join(str(i) for i in range(n))]
data["indicators"].append({"scope": "annual", "level1": "产出指标", "level2": "时效指标", "name": "时间",
                           "value": "≥" + " " * n + "%"})
report = check(Declaration.model_validate(data))
print(json.dumps(sorted({f.code for f in report.findings})))
"""


def test_hostile_text_is_checked_in_bounded_time():
    r = subprocess.run([sys.executable, "-c", SCRIPT, str(HERE / "base.yaml")], capture_output=True, text=True,
                       timeout=300, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    codes = json.loads(r.stdout)
    assert {"text_number_mismatch", "text_approximate", "indicator_value_missing"} <= set(codes)

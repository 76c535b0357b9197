"""`make bench`: runs every eval/bench_*.py module's ``run()`` and prints its lines.

Each module measures one area (check, import, interview, rewrite, review, llm) and
returns ``[(label, value), ...]``. Speed goals live here, never in timed tests.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    wanted = set(argv)
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    failed = 0
    for name in names:
        if wanted and name.removeprefix("bench_") not in wanted:
            continue
        mod = importlib.import_module(f"eval.{name}")
        print(f"== {name.removeprefix('bench_')} ==", flush=True)
        t0 = time.perf_counter()
        try:
            for label, value in mod.run():
                print(f"  {label}: {value}", flush=True)
        except Exception as e:  # a broken benchmark is reported, the others still run
            failed += 1
            print(f"  失败：{type(e).__name__}: {e}", flush=True)
        print(f"  (用时 {time.perf_counter() - t0:.1f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

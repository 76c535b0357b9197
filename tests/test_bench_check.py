"""The check bench measures each command's own peak memory and CPU time (eval/bench_check.py ``_timed``), not
those of the process that started it."""
from __future__ import annotations

import sys

from eval.bench_check import _timed, _versus

GROW = "x = bytearray({mb} * 1024 * 1024); x[::4096] = b'1' * len(x[::4096]); print('ok')"


def test_a_small_command_started_from_a_large_process_reports_its_own_peak():
    held = bytearray(300 * 1024 * 1024)
    held[::4096] = b"1" * len(held[::4096])          # this process is now over 300 MB resident
    wall, cpu, peak, out = _timed([sys.executable, "-S", "-c", "print('ok')"], {})
    assert out == b"ok\n" and peak < 100 and 0 < cpu <= wall + 0.5
    _, _, big, _ = _timed([sys.executable, "-S", "-c", GROW.format(mb=150)], {})
    assert 150 <= big < 250
    del held


def test_the_ratio_is_said_against_its_target():
    assert _versus(1.83, 2) == "1.83×（目标 ≤ 2×，达标）"
    assert _versus(3.0, 1.5) == "3.00×（目标 ≤ 1.5×，未达标：为目标的 2.00 倍）"

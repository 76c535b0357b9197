"""Child processes that never outlive their parent, and the measures of a process's memory.

``die_with_parent(origin_pid)`` is called first thing in every worker and reader process: the
kernel sends SIGKILL to it when the process that forked it dies (``prctl(PR_SET_PDEATHSIG)``;
with multiprocessing's forkserver that is the fork server, which exits as soon as the process
that started it is gone). A parent that died before the call is caught after it: ``origin_pid``,
the process that asked for the worker, no longer exists. So ``kill -9`` of ``jixiao review``, ``jixiao check`` or the web app
leaves no worker running. Linux only; elsewhere a no-op.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def die_with_parent(origin_pid: int | None = None) -> None:
    """Be killed when the parent process dies; exit at once if it (or ``origin_pid``) already has."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):   # no prctl: the checks below still catch a parent already gone
        pass
    if origin_pid and not alive(origin_pid):
        os._exit(1)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:     # exists, owned by someone else
        return True
    return True


def vm_kb(key: str = "VmSize") -> int:
    """A line of /proc/self/status in KiB (VmSize: address space, VmHWM: peak resident memory); 0 if unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0

"""Child processes that never outlive the process that asked for them, and a process's memory measures.

``die_with_parent(origin_pid)`` is called first thing in every worker and reader process. The
kernel kills a process whose parent dies when it asked for that (``prctl(PR_SET_PDEATHSIG)``),
but multiprocessing's fork server is the parent of pool workers, and it stays alive as long as
any of them does (they hold its pipe) — so each worker also watches ``origin_pid``, the process
that asked for it, through a pidfd (readable once that process has ended; polled once a second
where pidfds are missing) and exits with it. So ``kill -9`` of ``jixiao review``, ``jixiao check``
or the web app leaves no worker running. Linux only; elsewhere the watch is by polling.
"""
from __future__ import annotations

import ctypes
import os
import select
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1


def die_with_parent(origin_pid: int | None = None) -> None:
    """Be killed when the parent process dies, and exit when ``origin_pid`` ends (at once if it already has)."""
    if origin_pid:
        _watch(origin_pid)
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):   # no prctl: the watch above still ends this process with its origin
        pass


def _watch(pid: int) -> None:
    """Exit this process as soon as ``pid`` has ended (at once when it already has)."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):       # no pidfd (old kernel, not Linux): poll
        fd = None
    if fd is None and not alive(pid):
        os._exit(1)

    def wait() -> None:
        if fd is not None:
            select.select([fd], [], [])
        else:
            while alive(pid):
                time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=wait, name="jixiao-watch-parent", daemon=True).start()


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

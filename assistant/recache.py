"""Regular expressions compiled once per installation, not once per process: what ``.pyc`` files are to modules.

``re.compile`` parses a pattern and turns it into the regex engine's code in Python (``re._parser``,
``re._compiler``); for the rules' word lists that is most of what a one-form ``jixiao check`` does besides
starting Python (189 M of its instructions for the 94 patterns a batch of JSON forms reaches). ``compile`` here
keeps each pattern's engine code — its code words, flags and group names — in ``__pycache__`` next to this
module, and a later process hands the kept code straight to the engine (``_sre.compile``, which checks it, as
``re`` itself does last). The result is the pattern ``re.compile`` makes: the same code, flags and groups.

Like bytecode: nothing is written when ``sys.dont_write_bytecode`` (``PYTHONDONTWRITEBYTECODE``) or the folder is
not writable; the file is keyed by the Python build and the engine's version (``_sre.MAGIC``), written whole to a
temporary name and renamed, and a file that does not read (or an entry the engine refuses) is ignored: the
pattern is compiled as ``re`` would. Only patterns written in this package's code go through here (never text
from a form), and the file holds at most ``MAX_PATTERNS``.
"""
from __future__ import annotations

import os
import re
import sys

import _sre
from array import array
try:
    from re import _compiler, _parser
except ImportError:      # a Python whose re is laid out otherwise: every pattern compiled by re.compile
    _compiler = _parser = None

MAX_PATTERNS = 2048
PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__",
                    f"regex.{sys.implementation.cache_tag}.marshal")
_CODE = "I" if array("I").itemsize == _sre.CODESIZE else "L"      # an array of the engine's code words
_STAMP = (sys.hexversion, _sre.MAGIC, _sre.CODESIZE, _CODE)

_kept: dict | None = None          # (pattern, flags) -> (flags, code, groups, groupindex, indexgroup), as read
_new: dict = {}                    # what this process compiled that the file did not hold


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, its engine code taken from the cache when it holds the pattern."""
    if type(pattern) is not str or flags & (re.DEBUG | re.TEMPLATE):
        return re.compile(pattern, flags)
    flags = int(flags)
    key = (pattern, flags)
    entry = _entries().get(key)
    if entry is not None:
        try:
            final, code, groups, groupindex, indexgroup = entry
            return _sre.compile(pattern, final, _codes(code), groups, groupindex, indexgroup)
        except Exception:     # noqa: BLE001 – an entry the engine refuses: compiled anew below
            pass
    try:
        final, code, groups, groupindex, indexgroup = _engine_code(pattern, flags)
        compiled = _sre.compile(pattern, final, code, groups, groupindex, indexgroup)
    except Exception:         # noqa: BLE001 – re's private steps changed in this Python: re itself, nothing kept
        return re.compile(pattern, flags)
    _remember(key, (final, array(_CODE, code).tobytes(), groups, groupindex, indexgroup))
    return compiled


def longest_first(words) -> list[str]:
    """The words longest first, words of one length in code-point order: for an alternation that prefers the
    longest word at a position. ``sorted(a_set, key=len, reverse=True)`` leaves words of one length in the set's
    order, which follows the per-process string hash — the pattern's text then differs from run to run, is never
    found kept, and is compiled anew by every process (20 M instructions for the unit list of ``is_leftover``). At a
    position at most one word of a given length matches, so the order among them changes no match."""
    return sorted(words, key=lambda w: (-len(w), w))


def _codes(data: bytes) -> list[int]:
    """The engine code kept as the bytes of an array of code words (a list of ints reads back 20 times slower)."""
    a = array(_CODE)
    a.frombytes(data)
    return a.tolist()


def _engine_code(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for this pattern (its own steps: private to ``re``, so
    ``compile`` falls back to ``re.compile`` when any of them fails or is gone)."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (int(flags | p.state.flags), code, p.state.groups - 1, dict(groupindex), tuple(indexgroup))


def _entries() -> dict:
    global _kept
    if _kept is None:
        _kept = _read()
    return _kept


def _read() -> dict:
    import marshal
    try:
        with open(PATH, "rb") as f:
            data = marshal.loads(f.read())     # (marshal.load reads a file object a few bytes at a time)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if type(data) is not tuple or len(data) != 2 or data[0] != _STAMP or type(data[1]) is not dict:
        return {}
    return data[1]


def _remember(key: tuple, entry: tuple) -> None:
    if sys.dont_write_bytecode or len(_entries()) + len(_new) >= MAX_PATTERNS:
        return
    if not _new:
        import atexit
        atexit.register(save)
    _new[key] = entry


def save() -> None:
    """Write what this process compiled to the cache, with what the file holds now (another process may have
    added to it meanwhile). Quietly nothing when it cannot be written."""
    if not _new or sys.dont_write_bytecode:
        return
    import marshal
    kept = {**_read(), **_new}
    if len(kept) > MAX_PATTERNS:
        return
    tmp = f"{PATH}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(PATH), exist_ok=True)
        with open(tmp, "wb") as f:
            marshal.dump((_STAMP, kept), f)
        os.replace(tmp, PATH)
    except (OSError, ValueError):
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return
    _new.clear()

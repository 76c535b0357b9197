"""The interview's undo history as it is stored: each snapshot keeps only what differs from the one after it.

A snapshot (``Interview.to_state(history=False)`` plus the question asked) is taken every turn for 返回;
twenty of them made 85 % of a saved draft (70 of 82 KB), all written again at every answer although a
turn changes a field or two. Stored, a snapshot is a patch against the newer one (the newest: against
the current state): ``SAME`` lists the keys whose value is unchanged, a dict that changed is itself a
patch (under ``PATCH``), anything else is kept whole. ``expand`` rebuilds the full snapshots from the
newest back. Drafts saved before hold full snapshots (no markers) and are read as they are.
"""
from __future__ import annotations

from typing import Any

SAME = "~same"          # keys whose value the newer snapshot (or the current state) holds unchanged
PATCH = "~patch"        # a dict value given as a patch against the newer one's


def compact(history: list[dict[str, Any]], current: dict[str, Any]) -> list[dict[str, Any]]:
    """``history`` (oldest first) as stored: each snapshot as a patch against the next one."""
    out, newer = [], current
    for snap in reversed(history):
        out.append(_diff(snap, newer))
        newer = snap
    out.reverse()
    return out


def expand(stored: list[dict[str, Any]], current: dict[str, Any]) -> list[dict[str, Any]]:
    """The full snapshots back from what ``compact`` stored (or the full snapshots of an older draft)."""
    out, newer = [], current
    for entry in reversed(stored):
        snap = _apply(entry, newer)
        out.append(snap)
        newer = snap
    out.reverse()
    return out


def _diff(old: dict, ref: dict) -> dict:
    out: dict[str, Any] = {}
    same = []
    for k, v in old.items():
        r = ref.get(k, _MISSING)
        if r is not _MISSING and r == v:
            same.append(k)
        elif isinstance(v, dict) and isinstance(r, dict):
            out[k] = {PATCH: _diff(v, r)}
        else:
            out[k] = v
    if same:
        out[SAME] = same
    return out


def _apply(patch: dict, ref: dict) -> dict:
    snap = {k: ref[k] for k in patch.get(SAME, ()) if k in ref}
    for k, v in patch.items():
        if k == SAME:
            continue
        if isinstance(v, dict) and set(v) == {PATCH} and isinstance(ref.get(k), dict):
            snap[k] = _apply(v[PATCH], ref[k])
        else:
            snap[k] = v
    return snap


_MISSING = object()

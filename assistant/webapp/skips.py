"""Blocks whose skipped outputs cost nothing on the server.

Gradio answers every output of an event, a skip (``gr.skip()``, an update with no property) included,
by building the component anew from its arguments and describing it again for the session
(``SessionState._update_config``: the component's whole config with its JSON schema). For a skip that
rebuilds exactly what was there: the page is told "no change" and the session's copy ends up the same.
Under 50 sessions it was the largest single cost of an answer on the server, about a quarter of the
interpreter's time (two tables, the drafts list and the preview skipped on most turns; issue 14).

``Blocks.postprocess_data`` here hands gradio only the outputs that carry something and puts the
bare skips back in their places, as gradio itself words them (``postprocess_update_dict``). The
session's copy of a skipped component keeps its value (gradio's rebuild dropped it, so a page
reloaded from the session showed an empty table).
"""
from __future__ import annotations

import copy
from typing import Any

import gradio as gr
from gradio.blocks import postprocess_update_dict
from gradio.utils import is_prop_update

_SKIP = {"__type__": "update"}


def bare_skip(value: Any) -> bool:
    return is_prop_update(value) and value == _SKIP


class Blocks(gr.Blocks):
    async def postprocess_data(self, block_fn, predictions, state):       # noqa: D102 (gradio's hook)
        outputs = list(block_fn.outputs)
        if not isinstance(predictions, (list, tuple)) or len(outputs) < 2 or len(predictions) != len(outputs):
            return await super().postprocess_data(block_fn, predictions, state)
        bare = {i for i, (block, p) in enumerate(zip(outputs, predictions)) if bare_skip(p) and not block.stateful}
        if not bare:
            return await super().postprocess_data(block_fn, predictions, state)
        keep = [i for i in range(len(outputs)) if i not in bare]
        done: list = []
        if keep:
            part = copy.copy(block_fn)
            part.outputs = [outputs[i] for i in keep]
            given = [predictions[i] for i in keep]
            done = list(await super().postprocess_data(part, given if len(keep) > 1 else given[0], state))
        it = iter(done)
        return [postprocess_update_dict(outputs[i], dict(_SKIP), block_fn.postprocess) if i in bare else next(it)
                for i in range(len(outputs))]

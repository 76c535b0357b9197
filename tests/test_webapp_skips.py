"""Skipped outputs are answered like gradio answers them, without rebuilding the components (skips.py)."""
from __future__ import annotations

import asyncio
import concurrent.futures
import copy

import gradio as gr
import pytest
from gradio.state_holder import SessionState

from assistant.webapp.skips import Blocks


def _app(cls):
    with cls() as demo:
        st = gr.State(None)
        html = gr.HTML("a")
        table = gr.Dataframe([["1", "2"]], headers=["x", "y"], type="array")
        drop = gr.Dropdown(choices=["p", "q"], value="p")
        btn = gr.Button("b")
        btn.click(lambda: None, None, [st, html, table, drop], postprocess=False)
    return demo


def _run(coroutine):
    """The coroutine run to its end in a thread of its own: another test (the browser's) may leave an
    event loop running in this one, where asyncio.run refuses to start."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


CASES = [
    [gr.skip(), "<b>new</b>", gr.skip(), gr.skip()],                  # a turn that changes the preview only
    ["s", gr.skip(), [["3", "4"]], gr.update(choices=["p", "q", "r"], value="r")],
    [gr.skip(), gr.skip(), gr.skip(), gr.skip()],
    [gr.skip(), gr.skip(), gr.skip(), "q"],                               # one output left: given unwrapped
]


@pytest.mark.parametrize("predictions", CASES)
def test_the_page_gets_what_gradio_would_send_and_nothing_is_rebuilt_for_a_skip(predictions, monkeypatch):
    out = {}
    for name, cls in (("ours", Blocks), ("theirs", gr.Blocks)):
        demo = _app(cls)
        state = SessionState(demo)
        before = copy.deepcopy(state.config_values)
        rebuilt = []
        real = SessionState._update_config
        monkeypatch.setattr(SessionState, "_update_config", lambda self, key, real=real: (rebuilt.append(key), real(self, key)))
        data = _run(demo.postprocess_data(demo.fns[0], copy.deepcopy(predictions), state))
        monkeypatch.setattr(SessionState, "_update_config", real)
        ids = [b._id for b in demo.fns[0].outputs]
        out[name] = (data, before, state.config_values, ids, len(rebuilt))
    (data, before, after, ids, rebuilt), (their_data, _, their_after, their_ids, their_rebuilt) = out["ours"], out["theirs"]
    assert data == their_data
    skipped = [k for k, p in enumerate(predictions) if k and p == gr.skip()]
    for k in range(1, len(ids)):
        if k in skipped:        # what the session keeps for the page is left as it was (gradio's rebuild drops the value)
            assert after[ids[k]] == before[ids[k]]
        else:
            assert dict(after[ids[k]], id=0) == dict(their_after[their_ids[k]], id=0)
    assert rebuilt == their_rebuilt - len(skipped)

"""The OCR models with their element-wise tails folded (ocr_models.py) compute what the shipped models do,
with fewer operators: checked on the recogniser and the detector on inputs made here."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
rapidocr = pytest.importorskip("rapidocr_onnxruntime")

from assistant.importers.ocr_models import folded  # noqa: E402

MODELS = Path(rapidocr.__file__).parent / "models"


def _run(model, x: np.ndarray) -> np.ndarray:
    options = ort.SessionOptions()
    options.log_severity_level = 4
    session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
    return session.run(None, {session.get_inputs()[0].name: x})[0]


def _ops(model) -> Counter:
    graph = (onnx.load_from_string(model) if isinstance(model, bytes) else onnx.load(str(model))).graph
    return Counter(n.op_type for n in graph.node if n.op_type != "Constant")


@pytest.mark.parametrize("name, shape", [
    ("ch_PP-OCRv4_rec_infer.onnx", (2, 3, 48, 296)),      # two text lines
    ("ch_PP-OCRv4_det_infer.onnx", (1, 3, 224, 160)),     # a small page
])
def test_folded_model_gives_the_shipped_models_output_with_fewer_operators(name, shape):
    shipped = MODELS / name
    rng = np.random.default_rng(7)
    # a picture, normalised as RapidOCR feeds it: mostly paper (1.0) with strokes of ink (-1.0)
    x = np.where(rng.random(shape) < 0.15, -1.0, 1.0).astype(np.float32) + rng.normal(0, 0.05, shape).astype(np.float32)
    model = folded(shipped)
    np.testing.assert_allclose(_run(model, x), _run(str(shipped), x), atol=2e-4)
    before, after = _ops(shipped), _ops(model)
    assert after["Clip"] == 0 and after["HardSwish"] == before["Clip"] > 0     # every hard-swish spelt out is one op
    assert after["Mul"] + after["Add"] + after["Div"] < (before["Mul"] + before["Add"] + before["Div"]) / 2
    assert after["Conv"] > before["Conv"]                    # c·x + d as 1×1 depthwise Convs where it cannot fold
    assert _scalar_steps_on_feature_maps(model) == 0 < _scalar_steps_on_feature_maps(shipped.read_bytes())


def _scalar_steps_on_feature_maps(model: bytes) -> int:
    """Element-wise Mul/Add of a scalar on what a Conv (or its activation) made: onnxruntime takes such a step out
    of its blocked NCHWc layout and back (a reorder each way), where a Conv stays in it."""
    from onnx import numpy_helper
    graph = onnx.load_from_string(model).graph
    scalars = {i.name for i in graph.initializer if np.prod(i.dims) == 1}
    scalars |= {n.output[0] for n in graph.node
                if n.op_type == "Constant" and numpy_helper.to_array(n.attribute[0].t).size == 1}
    maps = {n.output[0] for n in graph.node if n.op_type in ("Conv", "HardSwish")}
    return sum(n.op_type in ("Mul", "Add") and any(i in scalars for i in n.input) and any(i in maps for i in n.input)
               for n in graph.node)

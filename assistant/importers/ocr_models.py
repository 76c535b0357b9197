"""The OCR models (RapidOCR's PP-OCRv4 detector and recogniser, shipped in its wheel) with their element-wise
tails folded away, built in memory when the models load: the same networks, about a third less work a page.

PaddlePaddle's exporter writes each PPLCNetV3 layer as nine operators: Conv, then a learnable affine
(Mul by a, Add b), then hard-swish spelt out (Add 3, Clip 0..6, Mul, Div 6), then another affine (Mul c,
Add d). onnxruntime fuses none of them (its Conv+Mul fusion wants the constant second), and those
element-wise passes over every feature map took half the recogniser's time (profiled: Conv 34 %,
Mul/Add/Div/Clip 48 %). Here, with the ``onnx`` library, each pattern becomes what it is:

- Conv → Mul(a) → Add(b): the Conv with weights × a and bias × a + b;
- Add 3 → Clip 0..6 → Mul x → Div 6: one HardSwish (ONNX opset 14; the model is converted to it first);
- Mul(c) → Add(d) → Conv: c into the Conv's weights, d into its bias when the Conv is 1×1 without padding
  (with padding the border would change: there only c is folded, and x + d / c is a 1×1 depthwise Conv of
  weights 1 and bias d / c);
- Mul(c) → Add(d) left (it feeds two Convs, a squeeze-excitation or a pooling): a 1×1 depthwise Conv of
  weights c and bias d.

The last two are Convs rather than element-wise steps because onnxruntime keeps Convs in its blocked NCHWc
layout and takes an element-wise step with a scalar out of it and back (a reorder each way): as Adds and Muls
they cost the recogniser 20 % of its time (profiled: reorders 12 %, Add 8 %), as Convs 10 % less CPU for the
recogniser and 20 % less for the detector, the same outputs up to float rounding (the dev scans read the same).

Every rewrite is exact arithmetic up to float rounding; tests/test_ocr_models.py checks the outputs against
the shipped model's. Nothing is written to disk and nothing is downloaded.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import numpy as np

OPSET = 14                  # HardSwish's
_FOLDED: dict[str, bytes] = {}


def model(part: str) -> bytes:
    """RapidOCR's shipped model for ``part`` ("Det", "Rec", as its config.yaml names them), folded; once a process."""
    if part not in _FOLDED:
        import rapidocr_onnxruntime
        from rapidocr_onnxruntime.main import DEFAULT_CFG_PATH, read_yaml
        path = Path(rapidocr_onnxruntime.__file__).parent / read_yaml(str(DEFAULT_CFG_PATH))[part]["model_path"]
        _FOLDED[part] = folded(path)
    return _FOLDED[part]


def folded(path: str | Path) -> bytes:
    """The model at ``path`` with its affine and hard-swish tails folded, serialised for onnxruntime."""
    import onnx
    from onnx import version_converter
    model = version_converter.convert_version(onnx.load(str(path)), OPSET)
    _Graph(model.graph).fold()
    return model.SerializeToString()


class _Graph:
    def __init__(self, graph):
        from onnx import numpy_helper
        self.graph = graph
        self.consts: dict[str, np.ndarray] = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
        for n in graph.node:
            if n.op_type == "Constant" and n.attribute and n.attribute[0].name == "value":
                self.consts[n.output[0]] = numpy_helper.to_array(n.attribute[0].t)
        self.dropped: set[int] = set()

    def fold(self) -> None:
        self._index()
        for k, node in enumerate(self.graph.node):
            if k not in self.dropped and node.op_type == "Conv":
                self._affine_after(node)
        self._index()
        for k, node in enumerate(self.graph.node):
            if k not in self.dropped and node.op_type == "Add":
                self._hard_swish(k, node)
        self._index()
        for k, node in enumerate(self.graph.node):
            if k not in self.dropped and node.op_type == "Conv":
                self._affine_before(node)
        self._index()
        for k, node in enumerate(self.graph.node):
            if k not in self.dropped and node.op_type == "Mul":
                self._affine_alone(node)
        kept = [n for k, n in enumerate(self.graph.node) if k not in self.dropped]
        used = {name for n in kept for name in n.input} | self.outputs
        kept = [n for n in kept if n.op_type != "Constant" or n.output[0] in used]    # the folded-away constants
        inits = [i for i in self.graph.initializer if i.name in used]
        del self.graph.node[:], self.graph.initializer[:]
        self.graph.node.extend(kept)
        self.graph.initializer.extend(inits)

    def _index(self) -> None:
        self.users: dict[str, list[int]] = defaultdict(list)
        self.maker: dict[str, int] = {}
        for k, n in enumerate(self.graph.node):
            if k in self.dropped:
                continue
            for name in n.input:
                self.users[name].append(k)
            for name in n.output:
                self.maker[name] = k
        self.outputs = {o.name for o in self.graph.output}

    def _only_user(self, name: str, op: str):
        """The one node that reads ``name``, when it is an ``op`` (and ``name`` is no graph output)."""
        users = self.users.get(name, [])
        if len(users) != 1 or name in self.outputs or users[0] in self.dropped:
            return None
        node = self.graph.node[users[0]]
        return (users[0], node) if node.op_type == op else None

    def _scalar(self, node, other: str) -> float | None:
        """The scalar constant ``node`` combines ``other`` with (either operand), or None."""
        if len(node.input) != 2 or other not in node.input:
            return None
        const = node.input[1] if node.input[0] == other else node.input[0]
        value = self.consts.get(const)
        return float(value.reshape(-1)[0]) if value is not None and value.size == 1 else None

    def _weights(self, conv) -> tuple[np.ndarray, np.ndarray] | None:
        w = self.consts.get(conv.input[1])
        if w is None or w.dtype != np.float32:
            return None
        b = self.consts.get(conv.input[2]) if len(conv.input) > 2 else np.zeros(w.shape[0], np.float32)
        return (w, b) if b is not None else None

    def _set_weights(self, conv, w: np.ndarray, b: np.ndarray) -> None:
        from onnx import numpy_helper
        names = []
        for role, value in (("w", w), ("b", b)):
            name = f"{conv.output[0]}__folded_{role}{len(self.graph.initializer)}"
            self.graph.initializer.append(numpy_helper.from_array(value.astype(np.float32), name))
            self.consts[name] = value
            names.append(name)
        del conv.input[1:]
        conv.input.extend(names)

    def _affine_after(self, conv) -> None:
        """Conv → Mul(a) → Add(b) (either or both, any number) into the Conv."""
        wb = self._weights(conv)
        if wb is None:
            return
        w, b = wb
        folded = False
        while True:
            for op in ("Mul", "Add"):
                found = self._only_user(conv.output[0], op)
                value = self._scalar(found[1], conv.output[0]) if found else None
                if value is not None and found[1].output[0] not in self.outputs:
                    break
            else:
                break
            w, b = (w * value, b * value) if op == "Mul" else (w, b + value)
            self._bypass(*found, conv.output[0])
            folded = True
        if folded:
            self._set_weights(conv, w, b)

    def _hard_swish(self, k: int, add) -> None:
        """x + 3 → Clip(0, 6) → × x → ÷ 6 as HardSwish(x)."""
        from onnx import helper
        if len(add.input) != 2:
            return
        x = add.input[0] if self.consts.get(add.input[1]) is not None else add.input[1]
        if self._scalar(add, x) != 3.0:
            return
        clip = self._only_user(add.output[0], "Clip")
        if not clip or [self._const_value(n) for n in clip[1].input[1:3]] != [0.0, 6.0]:
            return
        mul = self._only_user(clip[1].output[0], "Mul")
        if not mul or x not in mul[1].input:
            return
        div = self._only_user(mul[1].output[0], "Div")
        if not div or div[1].input[0] != mul[1].output[0] or self._const_value(div[1].input[1]) != 6.0:
            return
        self.dropped |= {k, clip[0], mul[0]}
        div[1].CopyFrom(helper.make_node("HardSwish", [x], [div[1].output[0]], name=f"{div[1].output[0]}__hswish"))

    def _const_value(self, name: str) -> float | None:
        value = self.consts.get(name)
        return float(value.reshape(-1)[0]) if value is not None and value.size == 1 else None

    def _affine_before(self, conv) -> None:
        """Mul(c) → Add(d) → Conv: c into the weights; d into the bias of a 1×1 Conv without padding."""
        wb = self._weights(conv)
        source = conv.input[0]
        if wb is None or source not in self.maker:
            return
        add_k = self.maker[source]
        add = self.graph.node[add_k]
        if add.op_type != "Add" or self.users.get(source) != [self._k(conv)] or source in self.outputs:
            return
        mul_out = next((i for i in add.input if i not in self.consts), None)
        d = self._scalar(add, mul_out) if mul_out else None
        if d is None or mul_out not in self.maker or len(self.users.get(mul_out, [])) != 1:
            return
        mul = self.graph.node[self.maker[mul_out]]
        x = next((i for i in mul.input if i not in self.consts), None)
        c = self._scalar(mul, x) if mul.op_type == "Mul" and x else None
        if c is None or c == 0.0:
            return
        w, b = wb
        w = w * c
        pads = next((list(a.ints) for a in conv.attribute if a.name == "pads"), [])
        auto_pad = next((a.s for a in conv.attribute if a.name == "auto_pad"), b"NOTSET")
        one_by_one = w.shape[2:] == (1, 1) and not any(pads) and auto_pad in (b"NOTSET", b"VALID")
        if one_by_one:                       # conv(W, c·x + d) = conv(c·W, x) + d·ΣW
            b = b + d * wb[0].sum(axis=(1, 2, 3))
            self.dropped |= {add_k, self.maker[mul_out]}
            conv.input[0] = x
        else:                                # conv(W, c·x + d) = conv(c·W, x + d/c): the border stays right
            from onnx import helper, numpy_helper
            # x + d/c as a 1×1 depthwise Conv (weights 1, bias d/c), not an Add of a scalar: onnxruntime keeps
            # a Conv in its blocked (NCHWc) layout, an Add of a scalar it does not — each such Add cost a
            # reorder out of the layout and back in around it (12 % of the recogniser's time, profiled)
            channels = w.shape[1] * next((a.i for a in conv.attribute if a.name == "group"), 1)
            add.CopyFrom(self._per_channel(x, add.output[0], channels, 1.0, d / c, f"{add.output[0]}__shift"))
            self.dropped.add(self.maker[mul_out])
        self._set_weights(conv, w, b)

    def _affine_alone(self, mul) -> None:
        """Mul(c) → Add(d) on a Conv's feature map left unfolded (it feeds no Conv of its own: a squeeze-excitation,
        two Convs, a pooling): one 1×1 depthwise Conv of weights c and bias d, which onnxruntime keeps in its
        blocked layout — two element-wise passes, and the reorders out of the layout and back, less."""
        x = next((i for i in mul.input if i not in self.consts), None)
        c = self._scalar(mul, x) if x else None
        add = self._only_user(mul.output[0], "Add") if c is not None else None
        d = self._scalar(add[1], mul.output[0]) if add else None
        channels = self._channels(x) if d is not None else None
        if not channels or add[1].output[0] in self.outputs:
            return
        self.dropped.add(add[0])
        mul.CopyFrom(self._per_channel(x, add[1].output[0], channels, c, d, f"{add[1].output[0]}__affine"))

    def _channels(self, name: str) -> int | None:
        """The channels of a Conv's output, or of an activation of it."""
        node = self.graph.node[self.maker[name]] if name in self.maker else None
        while node is not None and node.op_type in ("HardSwish", "Relu", "HardSigmoid", "Sigmoid"):
            node = self.graph.node[self.maker[node.input[0]]] if node.input[0] in self.maker else None
        w = self.consts.get(node.input[1]) if node is not None and node.op_type == "Conv" else None
        return int(w.shape[0]) if w is not None and w.ndim == 4 else None

    def _per_channel(self, x: str, out: str, channels: int, scale: float, shift: float, name: str):
        """scale · x + shift as a 1×1 depthwise Conv (a Conv onnxruntime keeps in its blocked NCHWc layout)."""
        from onnx import helper, numpy_helper
        for role, value in (("w", np.full((channels, 1, 1, 1), scale, np.float32)),
                            ("b", np.full(channels, shift, np.float32))):
            self.graph.initializer.append(numpy_helper.from_array(value, f"{name}_{role}"))
            self.consts[f"{name}_{role}"] = value
        return helper.make_node("Conv", [x, f"{name}_w", f"{name}_b"], [out], name=name, group=channels,
                                kernel_shape=[1, 1])

    def _k(self, node) -> int:
        return self.maker[node.output[0]]

    def _bypass(self, k: int, node, source: str) -> None:
        """Drop ``node`` (one input from ``source``): whatever read its output reads ``source``."""
        out = node.output[0]
        self.dropped.add(k)
        for j in self.users.pop(out, []):
            reader = self.graph.node[j]
            for i, name in enumerate(reader.input):
                if name == out:
                    reader.input[i] = source
            self.users[source].append(j)
        self.users[source] = [j for j in self.users[source] if j != k]

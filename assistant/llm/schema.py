"""JSON Schemas for the model: refs inlined (small, flat), and a strict variant for json_schema mode."""
from __future__ import annotations

import copy
from typing import Any

from pydantic import BaseModel, Field, create_model


def inline_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON Schema with $defs inlined and defaults/titles of fields dropped (fewer tokens)."""
    full = model.model_json_schema()
    defs = full.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                target = walk(copy.deepcopy(defs[node["$ref"].split("/")[-1]]))
                extra = {k: walk(v) for k, v in node.items() if k != "$ref"}
                return {**target, **extra}
            return {k: walk(v) for k, v in node.items() if k not in ("default", "title")}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    out = walk(full)
    out["title"] = model.__name__
    return out


def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """OpenAI strict mode: every property required, no additional properties."""
    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            node = {k: walk(v) for k, v in node.items()}
            if node.get("type") == "object" and "properties" in node:
                node["required"] = list(node["properties"])
                node["additionalProperties"] = False
            return node
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(inline_schema(model))


def text_fields_model(name: str, doc: str, keys: tuple[str, ...],
                      base: type[BaseModel] = BaseModel) -> type[BaseModel]:
    """A flat model of Declaration text fields (``keys``), each described as in the declaration model."""
    from ..model import Declaration
    fields = {k: (str, Field("", description=Declaration.model_fields[k].description)) for k in keys}
    model = create_model(name, __base__=base, **fields)
    model.__doc__ = doc
    return model

"""The brief's JSON Schema, generated from the pydantic model and published at schemas/brief.schema.json."""

import json
from pathlib import Path
from typing import Any

from domain.paths import PROJECT_ROOT
from store.brief.model import Brief

SCHEMA_PATH = PROJECT_ROOT / "schemas" / "brief.schema.json"


def brief_json_schema() -> dict[str, Any]:
    schema = Brief.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def brief_json_schema_text() -> str:
    return json.dumps(brief_json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_brief_json_schema(path: Path = SCHEMA_PATH) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(brief_json_schema_text(), encoding="utf-8")
    return path

"""Reading a brief from a YAML or JSON file (or from already-parsed data) into a validated Brief."""

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from domain.errors import UserError
from store.brief.model import Brief
from store.brief.yaml_loader import load_yaml
from store.validation_messages import one_line

SUFFIXES = (".yaml", ".yml", ".json")


def load_brief(path: Path) -> Brief:
    """The brief in `path`; a UserError naming the field when anything in it is wrong."""
    if path.suffix.lower() not in SUFFIXES:
        raise UserError(f"{path}: a brief must be a .yaml, .yml or .json file")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise UserError(f"{path}: cannot read the brief ({error.strerror or error})") from error
    return parse_brief(_parse_text(path, text), base_dir=path.parent)


def parse_brief(data: Any, base_dir: Path | None = None) -> Brief:
    """Validates parsed brief data; a relative `store.logo` is resolved against `base_dir` and must exist."""
    if not isinstance(data, dict):
        raise UserError(f"brief: must be a mapping of fields (got {type(data).__name__})")
    try:
        brief = Brief.model_validate(data)
    except ValidationError as error:
        raise UserError(one_line(error, "brief")) from None
    if brief.store.logo is None:
        return brief
    logo = ((base_dir or Path.cwd()) / brief.store.logo).resolve()
    if not logo.is_file():
        raise UserError(f"brief.store.logo: no file at {logo}; give a path relative to the brief file")
    store = brief.store.model_copy(update={"logo": str(logo)})
    return brief.model_copy(update={"store": store})


def _parse_text(path: Path, text: str) -> Any:
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise UserError(f"{path}: not valid JSON (line {error.lineno}: {error.msg})") from None
    try:
        return load_yaml(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(error, "problem", None) or "syntax error"
        raise UserError(f"{path}: not valid YAML ({where}{problem})") from None

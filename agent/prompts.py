"""Every text the model reads comes from prompts/ (Jinja, StrictUndefined); this module only renders it."""

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from store.config import PROJECT_ROOT

PROMPTS_DIR = PROJECT_ROOT / "prompts"


@cache
def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(PROMPTS_DIR),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(name: str, **variables: Any) -> str:
    return environment().get_template(name).render(**variables)


@dataclass(frozen=True)
class Skill:
    """Remotion know-how with Incorrect/Correct code pairs (prompts/skills/*.md, YAML front matter)."""

    name: str
    title: str
    body: str


def load_skills(folder: Path = PROMPTS_DIR / "skills") -> list[Skill]:
    skills = []
    for path in sorted(folder.glob("*.md")):
        _, front_matter, body = path.read_text().split("---", 2)
        meta = yaml.safe_load(front_matter)
        skills.append(Skill(name=path.stem, title=str(meta["title"]), body=body.strip()))
    return skills

"""Every text the model reads comes from prompts/ (Jinja, StrictUndefined); this module only renders it."""

from dataclasses import dataclass
from pathlib import Path

import yaml

from domain.paths import PROMPTS_DIR
from video.text_templates import render

__all__ = ["PROMPTS_DIR", "Skill", "load_skills", "render"]


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

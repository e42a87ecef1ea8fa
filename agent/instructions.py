"""The agent's static instructions: rules, skills, the generated component reference and three examples.

They depend only on prompts/ and remotion/src, so they are built once per content hash and cached on disk;
every
job then sends the same prefix (which Anthropic caches)."""

import asyncio
import hashlib
import json
from pathlib import Path
from typing import Any

from agent.prompts import PROMPTS_DIR, load_skills, render
from domain.paths import REMOTION_DIR
from video.engine import EngineClient

CACHE_DIR = REMOTION_DIR / ".cache" / "instructions"
PROMPT_EXAMPLES = ("FollowGatesVideo", "SaturationCourseVideo", "BeatLeaseVideo")
EXAMPLES_DIR = REMOTION_DIR / "src" / "examples"
COMPONENT_KINDS = ("component", "function", "hook", "constant", "type")


def _inputs_hash() -> str:
    digest = hashlib.sha256()
    sources = [*sorted(PROMPTS_DIR.rglob("*")), *sorted((REMOTION_DIR / "src").rglob("*.ts*"))]
    for path in sources:
        if path.is_file():
            digest.update(str(path.relative_to(path.parent.parent)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _split_reference(reference: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    component_names = {item["name"] for item in reference if item["kind"] == "component"}
    groups: dict[str, list[dict[str, Any]]] = {kind: [] for kind in COMPONENT_KINDS}
    for item in reference:
        if item["kind"] == "type" and item["name"].removesuffix("Props") in component_names:
            continue
        groups[item["kind"]].append(item)
    return {
        "components": groups["component"],
        "functions": groups["function"] + groups["hook"],
        "constants": groups["constant"],
        "types": groups["type"],
    }


async def _examples(engine: EngineClient) -> list[dict[str, str]]:
    listed = await engine.request("compositions", withProps=True, timeout=180)
    props_by_id = {item["id"]: item.get("props", {}) for item in listed}
    return [
        {
            "name": name,
            "props_json": json.dumps(props_by_id[name], indent=1, ensure_ascii=False),
            "source": (EXAMPLES_DIR / f"{name}.tsx").read_text(),
        }
        for name in PROMPT_EXAMPLES
    ]


async def build_instructions(engine: EngineClient, cache_dir: Path = CACHE_DIR) -> str:
    """The full static instructions, from the disk cache when prompts/ and remotion/src are unchanged."""
    cached = cache_dir / f"{await asyncio.to_thread(_inputs_hash)}.md"
    if await asyncio.to_thread(cached.exists):
        return await asyncio.to_thread(cached.read_text)
    reference = await engine.request("reference", timeout=120)
    text = render(
        "instructions.md.jinja",
        skills=load_skills(),
        component_reference=render("component_reference.md.jinja", **_split_reference(reference)),
        examples=await _examples(engine),
    )
    await asyncio.to_thread(cache_dir.mkdir, parents=True, exist_ok=True)
    await asyncio.to_thread(cached.write_text, text)
    return text

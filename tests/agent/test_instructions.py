"""The static instructions: generated from the library's real exports (they cannot drift) and the examples."""

from pathlib import Path

from agent.instructions import EXAMPLES_DIR, PROMPT_EXAMPLES, build_instructions
from video.services import Services


async def test_instructions_hold_the_generated_reference_and_three_examples(
    services: Services, tmp_path: Path
) -> None:
    text = await build_instructions(services.engine, cache_dir=tmp_path)
    reference = await services.engine.request("reference")
    components = [item["name"] for item in reference if item["kind"] == "component"]
    assert len(components) >= 25
    for name in components:
        assert f"### <{name}>" in text
    for name in PROMPT_EXAMPLES:
        assert (EXAMPLES_DIR / f"{name}.tsx").read_text().strip()[:400] in text
    assert "{%" not in text and "{#" not in text
    # Built once per content hash: the second call is served from the cache file.
    cached = [path.name for path in tmp_path.iterdir()]  # noqa: ASYNC240
    assert len(cached) == 1 and await build_instructions(services.engine, cache_dir=tmp_path) == text

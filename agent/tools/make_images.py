"""Tool: make_images."""

from pydantic_ai import ModelRetry, RunContext

from agent.deps import VideoDeps
from agent.prompts import render
from domain.aspect import Aspect
from store.job_records import record_asset_work
from video.assets.images import make_images as generate_images
from video.snapshot import save_snapshot


async def make_images(ctx: RunContext[VideoDeps]) -> str:
    """Generate one background image per scene from the script's image prompts (fal.ai Flux, or procedural
    images offline), in parallel. The composition receives them as `images` (one URL per scene, null where an
    image failed). Identical prompts are not generated twice."""
    deps = ctx.deps
    draft = deps.state.draft
    if draft is None:
        raise ModelRetry("write the script first: make_images uses its image prompts")
    aspect: Aspect = deps.aspect  # type: ignore[assignment]
    with deps.progress.step("generating_assets", f"{len(draft.image_prompts)} images") as step:
        batch = await generate_images(
            draft.image_prompts,
            aspect,
            draft.script.color_palette,
            [scene.mood for scene in draft.script.scenes],
            deps.services.asset_store,
            generator=deps.services.image_generator,
        )
        made = sum(work.outcome != "cache_hit" for work in batch.work)
        step.detail = f"{len(batch.assets) - batch.failed} images ({made} made, {batch.failed} failed)"
    deps.state.images = list(batch.assets)
    save_snapshot(deps.state.images, deps.state.voice, deps.work_dir)
    if any(work.outcome != "cache_hit" for work in batch.work):
        record_asset_work(
            deps.session,
            deps.job,
            "images",
            {"provider": batch.provider, "items": [work.to_json_dict() for work in batch.work]},
        )
    return render(
        "tool_results/images.md.jinja",
        provider=batch.provider,
        outcomes=[work.outcome for work in batch.work],
        failed=batch.failed,
    )

"""Tool: gather_context."""

import json

from pydantic_ai import RunContext

from agent.deps import VideoDeps
from agent.prompts import render
from store.context import gather_context as gather_from_store
from store.facts import facts_from_context


async def gather_context(ctx: RunContext[VideoDeps]) -> str:
    """Read everything known about this video: the creator's request (prompt, style, duration, aspect, voice),
    the course or product it promotes (title, description, price, modules, features), the store (name, domain,
    brand colours), sales and reviews, the facts the composition receives as `facts` props, and on an
    iteration
    the creator's feedback and what the previous version contains. Call this first."""
    deps = ctx.deps
    with deps.progress.step("gathering_context", "reading the catalog") as step:
        context = gather_from_store(deps.session, deps.job)
        deps.state.context = context
        deps.state.facts = facts_from_context(context)
        step.detail = f"{deps.state.facts.kind}: {deps.state.facts.title[:80]}"
    previous = None
    if deps.state.draft is not None:
        previous = {
            "script": deps.state.draft.script.to_json_dict(),
            "voiceover": deps.state.draft.voiceover,
            "image_prompts": deps.state.draft.image_prompts,
            "has_voice": deps.state.voice is not None,
            "composition_lines": len((deps.state.tsx or "").splitlines()),
        }
    return render(
        "tool_results/context.md.jinja",
        context_json=json.dumps(context.model_dump(mode="json"), indent=1, ensure_ascii=False),
        facts_json=json.dumps(deps.state.facts.to_json_dict(), indent=1, ensure_ascii=False),
        previous_json=json.dumps(previous, indent=1, ensure_ascii=False) if previous else None,
    )

"""Tool: validate."""

from pydantic_ai import ModelRetry, RunContext

from agent.deps import VideoDeps
from agent.finishing import accept_validated, decide_fallback
from agent.prompts import render
from agent.validation_feedback import format_for_model
from store.job_records import record_validation
from video.rendering import asset_urls
from video.validation import validate_composition


async def validate(ctx: RunContext[VideoDeps]) -> str:
    """Check the current composition with the TypeScript compiler (against the real types of remotion,
    React and
    the component library), the security checker and the structure checker (duration, palette, exits). Errors
    come back with the offending lines marked; fix them with edit_composition and validate again."""
    deps = ctx.deps
    state = deps.state
    if state.tsx is None:
        raise ModelRetry("there is no composition yet: use write_composition first")
    if state.draft is None:
        raise ModelRetry("write the script first: validation checks the composition against it")
    if state.fallback is not None:
        return f"The job already uses the {state.fallback} template; call render_video."
    tsx = state.tsx
    with deps.progress.step("generating_code", "validating") as step:
        result = await validate_composition(
            deps.services.engine,
            tsx,
            script=state.draft.script,
            assets=asset_urls(deps.services, deps.media()),
        )
        step.detail = "passed" if result.ok else f"{len(result.diagnostics)} finding(s)"
    state.validation_attempts += 1
    record_validation(deps.session, deps.job, result.ok)
    if result.ok:
        assert result.js is not None
        accept_validated(deps, tsx, result.js)
        return render("tool_results/validation_passed.md.jinja", warnings=result.warnings)
    state.validation_failures += 1
    if state.validation_failures >= deps.settings.max_validation_failures:
        template = decide_fallback(
            deps, f"the composition failed validation {state.validation_failures} times"
        )
        return render(
            "tool_results/validation_fallback.md.jinja", failures=state.validation_failures, template=template
        )
    raise ModelRetry(format_for_model(result, tsx))

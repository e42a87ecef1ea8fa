"""Tool: validate."""

from pydantic_ai import ModelRetry, RunContext

from agent.deps import VideoDeps
from agent.fallback import template_for
from agent.prompts import render
from agent.rendering import audio_url, image_urls
from agent.validation import format_for_model, validate_composition
from store.job_records import add_job_note, record_agent_outcome, record_validation


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
    assets = [url for url in [*image_urls(deps), audio_url(deps)] if url]
    with deps.progress.step("generating_code", "validating"):
        result = await validate_composition(
            deps.services.engine, tsx, script=state.draft.script, assets=assets
        )
    state.validation_attempts += 1
    record_validation(deps.session, deps.job, result.ok)
    if result.ok:
        state.validated_tsx, state.compiled_js = tsx, result.js
        record_agent_outcome(deps.session, deps.job, generated_code=tsx)
        return render("tool_results/validation_passed.md.jinja", warnings=result.warnings)
    state.validation_failures += 1
    if state.validation_failures >= deps.settings.max_validation_failures:
        assert state.facts is not None
        state.fallback = template_for(state.facts)
        record_agent_outcome(deps.session, deps.job, fallback=state.fallback)
        add_job_note(
            deps.session,
            deps.job,
            f"the composition failed validation {state.validation_failures} times; "
            f"the {state.fallback} template was used",
        )
        return render(
            "tool_results/validation_fallback.md.jinja",
            failures=state.validation_failures,
            template=state.fallback,
        )
    raise ModelRetry(format_for_model(result, tsx))

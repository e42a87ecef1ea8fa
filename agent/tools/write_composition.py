"""Tools: write_composition and edit_composition."""

from pydantic import BaseModel, Field
from pydantic_ai import ModelRetry, RunContext

from agent.deps import VideoDeps

MAX_TSX_CHARS = 80_000


class Edit(BaseModel):
    old: str = Field(description="Exact text of the current TSX to replace; it must occur exactly once.")
    new: str = Field(description="The replacement text.")


def _store(deps: VideoDeps, tsx: str) -> str:
    if len(tsx) > MAX_TSX_CHARS:
        raise ModelRetry(f"the composition has {len(tsx)} characters; keep it under {MAX_TSX_CHARS}")
    deps.state.tsx = tsx
    return f"Composition saved ({len(tsx.splitlines())} lines). Run validate next."


async def write_composition(ctx: RunContext[VideoDeps], tsx: str) -> str:
    """Write the whole Remotion composition: a TSX module whose default export receives
    `{ script, facts, images }: GeneratedVideoProps`. It replaces the current composition; for changes to an
    existing composition prefer edit_composition.

    Args:
        tsx: The complete TSX source, without Markdown fences.
    """
    with ctx.deps.progress.step("generating_code", "writing the composition"):
        return _store(ctx.deps, tsx.strip() + "\n")


async def edit_composition(ctx: RunContext[VideoDeps], edits: list[Edit]) -> str:
    """Change the current composition with targeted replacements, applied in order. Use this for revisions;
    rewrite with write_composition only when the structure changes.

    Args:
        edits: {old, new} pairs; each `old` must match the current TSX exactly once.
    """
    deps = ctx.deps
    tsx = deps.state.tsx
    if tsx is None:
        raise ModelRetry("there is no composition yet: use write_composition first")
    if not edits:
        raise ModelRetry("give at least one {old, new} edit")
    with deps.progress.step("generating_code", f"{len(edits)} edit(s)"):
        for number, edit in enumerate(edits, start=1):
            count = tsx.count(edit.old) if edit.old else 0
            if count != 1:
                where = "does not occur in" if count == 0 else f"occurs {count} times in"
                raise ModelRetry(
                    f"edit {number}: `old` {where} the current composition; copy it exactly from the current "
                    "TSX (including spaces) and make it long enough to be unique. No edit was applied."
                )
            tsx = tsx.replace(edit.old, edit.new, 1)
        return _store(deps, tsx)

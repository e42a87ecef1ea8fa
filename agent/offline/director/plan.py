"""The offline director's next move, decided from the transcript: the same tools, in a sensible order."""

import re
from typing import Any

from agent.offline.director.composer import director_composition
from agent.offline.director.design import Design, design_edits, read_design
from agent.offline.director.moves import Call, Move, current_script, current_tsx, script_call
from agent.offline.director.refine import plan_refinement, refine_moves
from agent.offline.director.stills_fixes import error_kinds, fixes_for
from agent.offline.director.transcript import Transcript
from agent.offline.scriptwriter import default_draft
from agent.offline.scriptwriter.voiceover import shorten
from domain.script import VideoFacts, VideoScript
from store.context import VideoContext

TOO_LONG = re.compile(r"cut about (\d+) of its (\d+) words")
MAX_VOICE_FITS = 2


def _script_of(transcript: Transcript) -> tuple[VideoScript, str, list[str]]:
    script = current_script(transcript)
    assert script is not None
    return script


def _asset_moves(transcript: Transcript, context: VideoContext) -> Move | None:
    calls = []
    if transcript.last_ok("make_images") is None:
        calls.append(Call("make_images", {}))
    if context.voice and transcript.last_ok("make_voice") is None:
        calls.append(Call("make_voice", {}))
    return calls or None


def _voice_fit(transcript: Transcript) -> Move | None:
    """Narration longer than the video: cut words from the voice-over and narrate again (twice at most)."""
    voice = transcript.last_ok("make_voice")
    if voice is None or transcript.index_of_last("make_voice") < transcript.index_of_last("write_script"):
        return None
    match = TOO_LONG.search(voice.text)
    if match is None or transcript.count("make_voice", ok=True) > MAX_VOICE_FITS:
        return None
    script, voiceover, prompts = _script_of(transcript)
    cut, total = int(match.group(1)), int(match.group(2))
    return [script_call(script, shorten(voiceover, max(4, total - cut - 2)), prompts)]


def _code_moves(
    transcript: Transcript, context: VideoContext, facts: VideoFacts, script: VideoScript
) -> Move | None:
    tsx = current_tsx(transcript)
    if tsx is None:
        return [Call("write_composition", {"tsx": director_composition(context, facts, script)})]
    validated = transcript.last("validate")
    if validated is not None and "template" in validated.text and validated.ok:
        return None
    last_change = transcript.index_of_last("write_composition", "edit_composition")
    if validated is None or transcript.index_of_last("validate") < last_change:
        return [Call("validate", {})]
    if validated is not None and not validated.ok:
        # Director code that fails is rewritten from scratch with the safest knobs, then validated again.
        return [Call("write_composition", {"tsx": director_composition(context, facts, script, Design())})]
    stills = transcript.last("check_stills")
    if stills is None or transcript.index_of_last("check_stills") < transcript.index_of_last("validate"):
        return [Call("check_stills", {})]
    if stills.ok and "render now" not in stills.text and "No still checks left" not in stills.text:
        design = read_design(tsx)
        changes = fixes_for(error_kinds(stills.text), design) if design else {}
        if changes:
            _, edits = design_edits(tsx, **changes)
            return [Call("edit_composition", {"edits": [edit.model_dump() for edit in edits]})]
    return None


def _finishing(
    transcript: Transcript,
    context: VideoContext,
    facts: VideoFacts,
    script: VideoScript,
    render_args: dict[str, Any] | None = None,
    publish_args: dict[str, Any] | None = None,
) -> Move | None:
    """validate -> check_stills (and its fixes) -> render_video -> publish; None when all are done."""
    code = _code_moves(transcript, context, facts, script)
    if code:
        return code
    if transcript.last_ok("render_video") is None:
        return [Call("render_video", render_args or {})]
    if transcript.last_ok("publish") is None:
        return [Call("publish", publish_args or {})]
    return None


def _iteration_move(
    transcript: Transcript, context: VideoContext, facts: VideoFacts, previous: dict[str, Any]
) -> Move:
    """A revision of an earlier version: the refinements the feedback asks for, then the finishing steps."""
    refinement = plan_refinement(context, facts, previous, transcript.prompt_tsx())
    moves = refine_moves(transcript, refinement) or _voice_fit(transcript)
    if moves:
        return moves
    written = current_script(transcript)
    script = written[0] if written else refinement.draft.script
    finishing = _finishing(
        transcript, context, facts, script, refinement.render_args, refinement.publish_args
    )
    return finishing or refinement.summary()


def next_move(transcript: Transcript) -> Move:
    if transcript.last_ok("gather_context") is None:
        return [Call("gather_context", {})]
    context, facts, previous = transcript.context()
    if previous is not None and context.feedback:
        return _iteration_move(transcript, context, facts, previous)
    if transcript.last_ok("write_script") is None:
        draft = default_draft(context, facts, total_seconds=context.duration_s)
        return [script_call(draft.script, draft.voiceover, draft.image_prompts)]
    for moves in (_asset_moves(transcript, context), _voice_fit(transcript)):
        if moves:
            return moves
    if transcript.index_of_last("make_voice") < transcript.index_of_last("write_script") and context.voice:
        return [Call("make_voice", {})]
    script, _, _ = _script_of(transcript)
    finishing = _finishing(transcript, context, facts, script)
    if finishing:
        return finishing
    return (
        f"Made a {script.total_duration:g} s {context.style} video about {facts.title} in {context.aspect}: "
        f"{len(script.scenes)} scenes, " + ", ".join(scene.id for scene in script.scenes) + "."
    )

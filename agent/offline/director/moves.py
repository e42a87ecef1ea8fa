"""The offline director's moves: tool calls it can make, and what it reads back of its own earlier calls."""

from dataclasses import dataclass
from typing import Any

from agent.offline.director.transcript import Transcript
from domain.script import VideoScript


@dataclass(frozen=True)
class Call:
    tool: str
    args: dict[str, Any]


Move = list[Call] | str


def current_tsx(transcript: Transcript) -> str | None:
    """The composition as the tools hold it: the last full write (or the prompt's) with later edits."""
    tsx = transcript.prompt_tsx()
    for event in transcript.events:
        if not event.ok:
            continue
        if event.name == "write_composition":
            tsx = event.args["tsx"].strip() + "\n"
        elif event.name == "edit_composition" and tsx is not None:
            for edit in event.args["edits"]:
                tsx = tsx.replace(edit["old"], edit["new"], 1)
    return tsx


def script_call(script: VideoScript, voiceover: str, image_prompts: list[str]) -> Call:
    return Call(
        "write_script",
        {"script": script.to_json_dict(), "voiceover": voiceover, "image_prompts": image_prompts},
    )


def current_script(transcript: Transcript) -> tuple[VideoScript, str, list[str]] | None:
    """The script the tools hold: the last accepted write_script of this run, or None."""
    event = transcript.last_ok("write_script")
    if event is None:
        return None
    return (
        VideoScript.model_validate(event.args["script"]),
        event.args["voiceover"],
        event.args["image_prompts"],
    )

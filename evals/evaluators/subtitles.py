"""`subtitle_sync_ms`: the mean offset between each subtitle cue's start and the narration's word timing of
its first word, when there is a voice."""

import re
from dataclasses import dataclass

from pydantic_evals.evaluators import EvaluatorContext

from domain.script import WordTiming
from evals.dataset import CaseInput
from evals.evaluators.base import CaseEvaluator, Scores, score
from evals.evaluators.text_match import normal
from evals.output import EvalOutput

_TIME = re.compile(r"(\d+):(\d\d):(\d\d)[,.](\d{3})\s*-->")
# How many words past the last match a cue's first word may be (a word the subtitles dropped).
LOOKAHEAD_WORDS = 8


def cue_starts(srt: str) -> list[tuple[int, str]]:
    """(start in ms, text) of each cue of an SRT file."""
    cues = []
    for block in re.split(r"\n\s*\n", srt.strip()):
        lines = block.strip().splitlines()
        for index, line in enumerate(lines):
            match = _TIME.match(line.strip())
            if match:
                hours, minutes, seconds, millis = (int(part) for part in match.groups())
                start = ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis
                cues.append((start, " ".join(lines[index + 1 :])))
                break
    return cues


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", normal(text))


def cue_offsets(srt: str, words: list[WordTiming]) -> list[int]:
    """For each cue whose first word is found in order in the narration: |cue start - word start| in ms."""
    # Token by token, as the cues are split: "Neo-soul" is two tokens that both start with the word.
    spoken = [(token, round(word.start * 1000)) for word in words for token in _words(word.word)]
    offsets, position = [], 0
    for start, text in cue_starts(srt):
        tokens = _words(text)
        if not tokens:
            continue
        window = spoken[position : position + LOOKAHEAD_WORDS]
        found = next((index for index, (token, _) in enumerate(window) if token == tokens[0]), None)
        if found is None:
            continue
        offsets.append(abs(start - window[found][1]))
        position += found + len(tokens)
    return offsets


@dataclass(repr=False)
class SubtitleSync(CaseEvaluator):
    def evaluate(self, ctx: EvaluatorContext[CaseInput, EvalOutput, None]) -> Scores:
        output = ctx.output
        voice = output.snapshot.voice if output.snapshot else None
        if not ctx.inputs.brief.voice or voice is None or not output.subtitles_srt:
            return {}
        offsets = cue_offsets(output.subtitles_srt, voice.words)
        if not offsets:
            return {}
        cues = len(cue_starts(output.subtitles_srt))
        return {
            "subtitle_sync_ms": score(
                sum(offsets) / len(offsets), f"{len(offsets)} of {cues} cues matched, worst {max(offsets)} ms"
            )
        }

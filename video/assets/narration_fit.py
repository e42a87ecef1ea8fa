"""Whether a voice-over fits its video, worded for the agent so it can shorten the copy when it does not."""

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class NarrationFit:
    fits: bool
    narration_s: float
    video_s: float
    message: str


def narration_fit(narration_s: float, word_count: int, video_s: float) -> NarrationFit:
    """Whether the voice-over ends within the video; if not, by how many words the copy should shrink."""
    if narration_s <= video_s:
        spare = video_s - narration_s
        message = f"narration {narration_s:.1f} s fits the {video_s:.1f} s video ({spare:.1f} s spare)"
        return NarrationFit(True, narration_s, video_s, message)
    over = narration_s - video_s
    words_to_cut = max(1, math.ceil(word_count * over / narration_s))
    message = (
        f"narration runs {narration_s:.1f} s but the video is {video_s:.1f} s ({over:.1f} s too long); "
        f"cut about {words_to_cut} of its {word_count} words, or lengthen the scenes"
    )
    return NarrationFit(False, narration_s, video_s, message)

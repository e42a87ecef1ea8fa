"""Subtitles: cues from word timings (or from the scenes' text without voice), written as SRT or WebVTT.

Every cue has at most two lines of 42 characters, lasts 1 to 7 seconds and never overlaps the next.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass

from domain.script import VideoScript, WordTiming
from video.assets.subtitle_layout import (
    clean_word,
    ends_clause,
    ends_sentence,
    layout,
    split_long_word,
    words_of,
)

MIN_CUE_MS = 1000
MAX_CUE_MS = 7000
# A silence this long in the narration ends a cue, like a full stop.
_PAUSE_MS = 600
# A clause (comma, colon, dash) ends a cue only once the cue holds this many characters.
_CLAUSE_BREAK_CHARS = 30


@dataclass(frozen=True)
class SubtitleCue:
    start_ms: int
    end_ms: int
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class _Token:
    text: str
    start_ms: int
    end_ms: int
    ends_piece: bool = False


def _tokens_from_words(words: Sequence[WordTiming]) -> list[_Token]:
    tokens: list[_Token] = []
    for word in words:
        text = clean_word(word.word)
        if not text:
            continue
        start, end = round(word.start * 1000), max(round(word.end * 1000), round(word.start * 1000))
        pieces = split_long_word(text)
        span = end - start
        for index, piece in enumerate(pieces):
            tokens.append(
                _Token(piece, start + span * index // len(pieces), start + span * (index + 1) // len(pieces))
            )
    return tokens


def _group(tokens: list[_Token]) -> list[list[_Token]]:
    groups: list[list[_Token]] = []
    current: list[_Token] = []
    for index, token in enumerate(tokens):
        candidate = [*current, token]
        if current and (
            layout([t.text for t in candidate]) is None or token.end_ms - current[0].start_ms > MAX_CUE_MS
        ):
            groups.append(current)
            candidate = [token]
        current = candidate
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is None:
            break
        # A break only where the cue can last its minimum second before the next one starts.
        room = following.start_ms - current[0].start_ms >= MIN_CUE_MS
        chars = len(" ".join(t.text for t in current))
        natural_end = (
            token.ends_piece
            or ends_sentence(token.text)
            or following.start_ms - token.end_ms >= _PAUSE_MS
            or (ends_clause(token.text) and chars >= _CLAUSE_BREAK_CHARS)
        )
        if room and natural_end:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _timed(
    groups: list[list[_Token]], earliest_ms: int = 0, latest_ms: float = math.inf
) -> list[SubtitleCue]:
    """Cue times: stretched to the minimum, cut at the maximum, after the previous cue, before `latest_ms`."""
    cues: list[SubtitleCue] = []
    previous_end = earliest_ms
    for index, group in enumerate(groups):
        start = max(group[0].start_ms, previous_end)
        if start + MIN_CUE_MS > latest_ms:
            break
        next_start = groups[index + 1][0].start_ms if index + 1 < len(groups) else latest_ms
        end = min(max(group[-1].end_ms, start + MIN_CUE_MS), start + MAX_CUE_MS)
        if end > next_start:
            end = max(int(next_start), start + MIN_CUE_MS)
        lines = layout([token.text for token in group])
        if lines is None:
            raise AssertionError(f"cue text does not fit two lines: {group}")
        cues.append(SubtitleCue(start, end, lines))
        previous_end = end
    return cues


def cues_from_words(words: Sequence[WordTiming]) -> list[SubtitleCue]:
    """Cues from narration word timings (ElevenLabs or espeak-ng)."""
    return _timed(_group(_tokens_from_words(words)))


def _shares(weights: list[int], start_ms: int, end_ms: int, floor_ms: int = 0) -> list[tuple[int, int]]:
    """Splits [start, end) into consecutive spans: `floor_ms` each when there is room, the rest by weight."""
    floor = floor_ms if (end_ms - start_ms) >= floor_ms * len(weights) else 0
    spare = end_ms - start_ms - floor * len(weights)
    total = sum(weights) or 1
    spans, cumulative = [], 0
    for index, weight in enumerate(weights):
        begin = start_ms + floor * index + spare * cumulative // total
        cumulative += weight
        spans.append((begin, start_ms + floor * (index + 1) + spare * cumulative // total))
    return spans


def _scene_tokens(pieces: list[str], start_ms: int, end_ms: int) -> list[_Token]:
    """Each text piece gets a share of the scene (a second at least, if it fits); its words share that."""
    tokens: list[_Token] = []
    piece_words = [words_of(piece) for piece in pieces]
    piece_spans = _shares([len(" ".join(words)) for words in piece_words], start_ms, end_ms, MIN_CUE_MS)
    for words, (piece_start, piece_end) in zip(piece_words, piece_spans, strict=True):
        spans = _shares([len(word) + 1 for word in words], piece_start, piece_end)
        tokens += [
            _Token(word, begin, end, index == len(words) - 1)
            for index, (word, (begin, end)) in enumerate(zip(words, spans, strict=True))
        ]
    return tokens


def cues_from_script(script: VideoScript) -> list[SubtitleCue]:
    """Cues from each scene's on-screen text in the scene's time; text too long to read in time is dropped."""
    cues: list[SubtitleCue] = []
    start_ms = 0
    for scene in script.scenes:
        end_ms = start_ms + round(scene.duration * 1000)
        pieces = [
            text
            for text in [scene.headline, scene.subhead, *(scene.bullet_points or [])]
            if text and text.strip()
        ]
        tokens = _scene_tokens(pieces, start_ms, end_ms)
        cues += _timed(_group(tokens), earliest_ms=start_ms, latest_ms=end_ms)
        start_ms = end_ms
    return cues


def _timestamp(ms: int, separator: str) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def to_srt(cues: Sequence[SubtitleCue]) -> str:
    blocks = [
        f"{number}\n{_timestamp(cue.start_ms, ',')} --> {_timestamp(cue.end_ms, ',')}\n{cue.text}\n"
        for number, cue in enumerate(cues, start=1)
    ]
    return "\n".join(blocks)


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(cues: Sequence[SubtitleCue]) -> str:
    blocks = [
        f"{_timestamp(cue.start_ms, '.')} --> {_timestamp(cue.end_ms, '.')}\n{_vtt_escape(cue.text)}\n"
        for cue in cues
    ]
    return "\n".join(["WEBVTT\n", *blocks])

"""Strict readers for the SRT and WebVTT the studio writes, and the rules every cue must keep."""

import re
from dataclasses import dataclass

_SRT_TIME = r"(\d{2}):([0-5]\d):([0-5]\d),(\d{3})"
_VTT_TIME = r"(\d{2}):([0-5]\d):([0-5]\d)\.(\d{3})"


@dataclass(frozen=True)
class ParsedCue:
    start_ms: int
    end_ms: int
    lines: list[str]


def _ms(hours: str, minutes: str, seconds: str, millis: str) -> int:
    return ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(millis)


def _blocks(body: str) -> list[str]:
    if body == "":
        return []
    assert body.endswith("\n") and not body.endswith("\n\n"), repr(body[-20:])
    return body[:-1].split("\n\n")


def parse_srt(text: str) -> list[ParsedCue]:
    cues = []
    for number, block in enumerate(_blocks(text), start=1):
        index, timing, *lines = block.split("\n")
        assert index == str(number), block
        match = re.fullmatch(f"{_SRT_TIME} --> {_SRT_TIME}", timing)
        assert match, timing
        assert lines and all(line.strip() for line in lines), block
        groups = match.groups()
        cues.append(ParsedCue(_ms(*groups[:4]), _ms(*groups[4:]), lines))
    return cues


def parse_vtt(text: str) -> list[ParsedCue]:
    assert text.startswith("WEBVTT\n"), text[:20]
    body = text.removeprefix("WEBVTT\n")
    assert body == "" or body.startswith("\n")
    cues = []
    for block in _blocks(body.removeprefix("\n")):
        timing, *lines = block.split("\n")
        match = re.fullmatch(f"{_VTT_TIME} --> {_VTT_TIME}", timing)
        assert match, timing
        for line in lines:
            assert line.strip() and "-->" not in line and "<" not in line, line
            assert re.fullmatch(r"([^&]|&(amp|lt|gt);)*", line), line
        groups = match.groups()
        unescaped = [line.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") for line in lines]
        cues.append(ParsedCue(_ms(*groups[:4]), _ms(*groups[4:]), unescaped))
    return cues


def assert_cue_rules(cues: list[ParsedCue]) -> None:
    previous_end = 0
    for cue in cues:
        assert 1 <= len(cue.lines) <= 2, cue
        assert all(len(line) <= 42 for line in cue.lines), cue
        assert 1000 <= cue.end_ms - cue.start_ms <= 7000, cue
        assert cue.start_ms >= previous_end, cue
        previous_end = cue.end_ms

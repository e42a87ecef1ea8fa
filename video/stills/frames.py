"""Which frames to check, which scene each frame belongs to, and the time and memory a frame may take."""

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from domain.script import FPS, VideoScript

# Just after a scene's entrance animation has started: springs are most of the way in by ~0.4 s.
ENTRANCE_OFFSET = 12
FRAMES_WITHOUT_SCRIPT = 8

# The watchdog's bounds on generated code (wall 4 of sealed rendering), the same as the render engine's
# (remotion/engine/watchdog.ts): a frame may take DEFAULT_FRAME_TIMEOUT_S (PPR_FRAME_TIMEOUT_MS lowers it, for
# tests), a page's JavaScript heap is PAGE_HEAP_MB (PPR_PAGE_HEAP_MB).
DEFAULT_FRAME_TIMEOUT_S = 10.0
DEFAULT_PAGE_HEAP_MB = 512


def _positive_int_from_env(name: str) -> int | None:
    value = os.environ.get(name, "")
    return int(value) if value.isdigit() and int(value) > 0 else None


def frame_timeout_s() -> float:
    """How long one frame of a composition may take, in seconds."""
    ms = _positive_int_from_env("PPR_FRAME_TIMEOUT_MS")
    return ms / 1000 if ms is not None else DEFAULT_FRAME_TIMEOUT_S


def page_heap_mb() -> int:
    """The V8 heap a page that runs generated code may use (Chromium's --max-old-space-size), in MB."""
    return _positive_int_from_env("PPR_PAGE_HEAP_MB") or DEFAULT_PAGE_HEAP_MB


def _seconds(value: float) -> str:
    return f"{round(value, 1):g}"


def frame_timeout_message(frame: int, limit_s: float) -> str:
    """The engine's words for the same event (remotion/engine/watchdog.ts, frameTimeoutMessage)."""
    return f"frame {frame} took longer than {_seconds(limit_s)} s"


def frame_crashed_message(frame: int) -> str:
    """The engine's words for the same event (remotion/engine/watchdog.ts, frameCrashedMessage)."""
    return (
        f"frame {frame} crashed its page (out of memory? a render page may use {page_heap_mb()} MB of "
        "JavaScript heap)"
    )


@dataclass(frozen=True)
class SceneSpan:
    id: str
    start: int
    end: int  # exclusive

    @property
    def length(self) -> int:
        return self.end - self.start


def scene_spans(script: VideoScript | Mapping[str, Any] | None, fps: int = FPS) -> list[SceneSpan]:
    """Frame ranges of the scenes, from a VideoScript or its camelCase JSON (read leniently)."""
    if script is None:
        return []
    scenes: Sequence[Any] = script.scenes if isinstance(script, VideoScript) else script.get("scenes") or []
    spans, start = [], 0
    for index, scene in enumerate(scenes):
        scene_id = scene.id if not isinstance(scene, Mapping) else str(scene.get("id") or f"scene{index + 1}")
        duration = scene.duration if not isinstance(scene, Mapping) else float(scene.get("duration") or 0)
        length = round(duration * fps)
        if length <= 0:
            continue
        spans.append(SceneSpan(id=scene_id, start=start, end=start + length))
        start += length
    return spans


def scene_at(spans: Sequence[SceneSpan], frame: int) -> str | None:
    for span in spans:
        if span.start <= frame < span.end:
            return span.id
    return None


def evenly_spaced(duration_in_frames: int, count: int = FRAMES_WITHOUT_SCRIPT) -> list[int]:
    """First and last frame and evenly spaced ones between them, `count` in all (fewer for short videos)."""
    last = max(0, duration_in_frames - 1)
    if count <= 1 or last == 0:
        return [0]
    return sorted({round(i * last / (count - 1)) for i in range(count)})


def pick_frames(
    duration_in_frames: int,
    spans: Sequence[SceneSpan] = (),
    *,
    entrance_offset: int = ENTRANCE_OFFSET,
    count_without_script: int = FRAMES_WITHOUT_SCRIPT,
) -> list[int]:
    """The frames worth looking at: the first and last, and for each scene the frame just after its
    entrance and its midpoint. Without scenes: the first, the last and evenly spaced ones,
    `count_without_script` in all.
    """
    last = max(0, duration_in_frames - 1)
    if not spans:
        return evenly_spaced(duration_in_frames, count_without_script)
    picked = {0, last}
    for span in spans:
        picked.add(span.start + min(entrance_offset, span.length // 3))
        picked.add(span.start + span.length // 2)
    return sorted(frame for frame in picked if 0 <= frame <= last)

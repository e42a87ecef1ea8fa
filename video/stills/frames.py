"""Which frames to check, and which scene each frame belongs to."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from domain.script import FPS, VideoScript

# Just after a scene's entrance animation has started: springs are most of the way in by ~0.4 s.
ENTRANCE_OFFSET = 12
FRAMES_WITHOUT_SCRIPT = 8


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

"""Which chunks of a new version are painted and which are copied out of an earlier version's video."""

from collections.abc import Sequence
from dataclasses import dataclass

from video.render_reuse.identity import chunk_ranges
from video.render_reuse.manifest import SourceVideo


@dataclass(frozen=True)
class Paint:
    """Frames first..last of the new video, rendered now."""

    first: int
    last: int

    @property
    def frames(self) -> int:
        return self.last - self.first + 1


@dataclass(frozen=True)
class Copy:
    """Frames first..last of the new video, copied from `source` where they start at `source_first`."""

    source: SourceVideo
    source_first: int
    first: int
    last: int

    @property
    def frames(self) -> int:
        return self.last - self.first + 1


Segment = Paint | Copy


def plan_segments(
    keys: Sequence[str], frames: int, chunk_frames: int, sources: Sequence[SourceVideo]
) -> list[Segment]:
    """The new video as runs of painted and copied chunks, in order. `sources` come in order of preference and
    must share the new video's identity; a copy continues in the same source while it can (fewer cuts)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for source_index, source in enumerate(sources):
        for chunk_index, key in enumerate(source.manifest.chunk_keys):
            found.setdefault(key, []).append((source_index, chunk_index))
    segments: list[Segment] = []
    for (first, last), key in zip(chunk_ranges(frames, chunk_frames), keys, strict=True):
        places = found.get(key, [])
        previous = segments[-1] if segments else None
        if not places:
            if isinstance(previous, Paint):
                segments[-1] = Paint(previous.first, last)
            else:
                segments.append(Paint(first, last))
            continue
        if isinstance(previous, Copy) and any(
            sources[source_index] is previous.source
            and chunk_index * chunk_frames == previous.source_first + previous.frames
            for source_index, chunk_index in places
        ):
            segments[-1] = Copy(previous.source, previous.source_first, previous.first, last)
            continue
        source_index, chunk_index = places[0]
        segments.append(Copy(sources[source_index], chunk_index * chunk_frames, first, last))
    return segments

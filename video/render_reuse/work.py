"""What a final render did: how many frames it painted and how many it copied from earlier versions."""

from typing import Literal

from pydantic import BaseModel

RenderMode = Literal["whole", "painted", "spliced"]


class RenderWork(BaseModel):
    """`whole`: rendered without fingerprints (nothing can be reused from it or for it, `reason` says why);
    `painted`: every frame painted, chunks recorded for later versions; `spliced`: some chunks copied."""

    mode: RenderMode
    frames: int
    painted_frames: int
    reused_frames: int = 0
    reused_from_jobs: list[int] = []
    fingerprint_s: float | None = None
    splice_s: float | None = None
    reason: str | None = None

"""The closed sets of values the store accepts: styles, durations, aspects, statuses, products, platforms."""

from typing import Final, Literal, get_args

Style = Literal["educational", "hype", "cinematic", "minimalist"]
Duration = Literal[15, 30, 60, 90]
Aspect = Literal["9:16", "16:9", "1:1"]
ProductType = Literal["sample_pack", "preset", "beat", "midi_pack", "template", "other"]
Platform = Literal["instagram", "tiktok", "youtube_shorts", "x"]
PostStatus = Literal["scheduled", "cancelled", "posted"]
Plan = Literal["free", "starter", "creator", "creator_pro", "business"]
JobStatus = Literal[
    "queued",
    "gathering_context",
    "generating_script",
    "generating_assets",
    "generating_voice",
    "generating_code",
    "rendering",
    "completed",
    "failed",
    "cancelled",
]

STYLES: Final = get_args(Style)
DURATIONS: Final = get_args(Duration)
ASPECTS: Final = get_args(Aspect)
PRODUCT_TYPES: Final = get_args(ProductType)
PLATFORMS: Final = get_args(Platform)
POST_STATUSES: Final = get_args(PostStatus)
PLANS: Final = get_args(Plan)
JOB_STATUSES: Final = get_args(JobStatus)

# generating_assets and generating_voice run in parallel, so they share a rank and may come in either order.
PIPELINE_RANK: Final[dict[JobStatus, int]] = {
    "queued": 0,
    "gathering_context": 1,
    "generating_script": 2,
    "generating_assets": 3,
    "generating_voice": 3,
    "generating_code": 4,
    "rendering": 5,
    "completed": 6,
}
FINISHED_STATUSES: Final[tuple[JobStatus, ...]] = ("completed", "failed", "cancelled")
RUNNING_STATUSES: Final[tuple[JobStatus, ...]] = (
    "gathering_context",
    "generating_script",
    "generating_assets",
    "generating_voice",
    "generating_code",
    "rendering",
)
MAX_RETRIES: Final = 3

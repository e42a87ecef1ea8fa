"""What asset work a job did: one record per image or narration: generated, cached, failed or skipped."""

from dataclasses import dataclass
from typing import Literal

AssetKind = Literal["image", "voice"]
WorkOutcome = Literal["generated", "cache_hit", "failed", "skipped"]


@dataclass(frozen=True)
class AssetWork:
    kind: AssetKind
    provider: str
    outcome: WorkOutcome
    key: str | None = None
    seconds: float = 0.0
    detail: str | None = None

    def to_json_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "provider": self.provider,
            "outcome": self.outcome,
            "key": self.key,
            "seconds": round(self.seconds, 3),
            "detail": self.detail,
        }

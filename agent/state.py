"""What one agent run has made so far. Tools read and write it; the runner reads it when the run ends."""

from dataclasses import dataclass, field

from domain.script import VideoFacts, VideoScript
from store.context import VideoContext
from video.assets.asset_store import StoredAsset
from video.assets.voice import VoiceResult
from video.engine.results import RenderResult


@dataclass
class ScriptDraft:
    script: VideoScript
    voiceover: str
    image_prompts: list[str]


@dataclass
class JobState:
    context: VideoContext | None = None
    facts: VideoFacts | None = None
    draft: ScriptDraft | None = None
    script_failures: int = 0
    images: list[StoredAsset | None] = field(default_factory=list)
    voice: VoiceResult | None = None
    voice_notice: str | None = None
    tsx: str | None = None
    validated_tsx: str | None = None
    compiled_js: str | None = None
    validation_attempts: int = 0
    validation_failures: int = 0
    stills_rounds: int = 0
    stills_passed_tsx: str | None = None
    script_saved: bool = False
    replayed_messages: int = 0
    aspect: str | None = None
    fallback: str | None = None
    render: RenderResult | None = None
    published: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def script(self) -> VideoScript | None:
        return self.draft.script if self.draft else None

    def stills_passed(self) -> bool:
        """The still checks of this run passed on the current validated code."""
        return self.validated_tsx is not None and self.stills_passed_tsx == self.validated_tsx

    def composition_ready(self) -> bool:
        """A validated composition for the current code, or a template fallback decided."""
        return self.fallback is not None or (self.tsx is not None and self.tsx == self.validated_tsx)

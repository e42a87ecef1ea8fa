"""Why narration failed: the provider failed (the job may fall back) or refused the key (it must not)."""

from domain.errors import UserError


class VoiceProviderError(Exception):
    """The voice provider failed: a timeout, a server error or an answer that cannot be read."""


class VoiceAuthError(UserError):
    """The voice provider refused the key."""

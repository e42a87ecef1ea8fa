"""Failures of engine requests, each with a kind Python code can act on."""


class EngineError(Exception):
    """The engine refused or failed a request (bad code, a runtime error in a frame, a frame timeout...)."""

    def __init__(self, kind: str, message: str, frame: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.frame = frame


class EngineCrashed(EngineError):
    """The engine process died while the request was in flight; the next request starts a fresh one."""

    def __init__(self, message: str) -> None:
        super().__init__("crashed", message)


class EngineTimeout(EngineError):
    """The request took longer than its timeout; the engine was restarted so nothing stays stuck."""

    def __init__(self, message: str) -> None:
        super().__init__("timeout", message)

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


class FrameAborted(EngineError):
    """The watchdog stopped a frame of the composition (remotion/engine/watchdog.ts, or the still checks):
    the code at that frame hangs or exhausts its page's memory. The page was replaced and the engine serves
    the next request; the same code would do it again, so it needs a fix, or its template instead."""

    frame: int

    def __init__(self, kind: str, message: str, frame: int) -> None:
        super().__init__(kind, message, frame)


class FrameTimeout(FrameAborted):
    """A frame did not finish within the frame time limit ("frame 41 took longer than 10 s"): an endless loop,
    a catastrophic regular expression, a delayRender() that is never continued."""

    def __init__(self, message: str, frame: int) -> None:
        super().__init__("frame_timeout", message, frame)


class FrameCrashed(FrameAborted):
    """A frame crashed its page, most likely by allocating past the page's heap limit."""

    def __init__(self, message: str, frame: int) -> None:
        super().__init__("frame_crashed", message, frame)


def engine_error(kind: str, message: str, frame: int | None = None) -> EngineError:
    """The typed error for an error the engine reported."""
    if frame is not None and kind == "frame_timeout":
        return FrameTimeout(message, frame)
    if frame is not None and kind == "frame_crashed":
        return FrameCrashed(message, frame)
    return EngineError(kind, message, frame)

"""Checks on what the page itself reported: exceptions and console errors, images that did not load."""

from collections.abc import Mapping

from video.stills.context import FrameContext
from video.stills.dom import FrameReport
from video.stills.models import AbortedFrame, LayoutIssue

_ABORT_HINTS = {
    "frame_timeout": "an endless loop, a regular expression that backtracks without end, or a delayRender() "
    "that is never continued? Every loop must end and nothing may wait at this frame",
    "frame_crashed": "a huge allocation? Keep arrays and strings to what the frame shows",
}


def runtime_issues(ctx: FrameContext, report: FrameReport) -> list[LayoutIssue]:
    issues: list[LayoutIssue] = []
    seen: set[tuple[str, int | None]] = set()
    for error in report.errors:
        frame = error.frame if error.frame is not None else ctx.frame
        if (error.message, frame) in seen:
            continue
        seen.add((error.message, frame))
        if error.source == "console":
            issues.append(
                ctx.issue(
                    "runtime_error",
                    "warning",
                    error.message,
                    f"console.error at frame {frame}: {error.message}",
                    frame=frame,
                )
            )
            continue
        issues.append(
            ctx.issue(
                "runtime_error",
                "error",
                error.message,
                f"the composition throws at frame {frame} and shows the 'Render Error' frame instead: "
                f"{error.message}; fix the code path that runs at this frame",
                frame=frame,
            )
        )
    return issues


def has_render_failure(report: FrameReport) -> bool:
    """The frame shows DynamicVideo's fallback instead of the composition, so layout checks do not apply."""
    return any(error.source == "render" and error.frame == report.frame for error in report.errors)


def broken_image_issues(
    ctx: FrameContext, report: FrameReport, failed: Mapping[str, str]
) -> list[LayoutIssue]:
    issues: list[LayoutIssue] = []
    for image in report.images:
        if image.loaded:
            continue
        if image.src:
            reason = failed.get(image.src, "it did not load")
            described = image.src
        else:
            # Remotion's <Img> drops the src between retries; the network log still knows which URL failed.
            described = ", ".join(failed) or "an image without a source"
            reason = "; ".join(failed.values()) or "it has no source"
        issues.append(
            ctx.issue(
                "broken_image",
                "error",
                described,
                f"image {described} is broken ({reason}); use one of the images passed in props.images, or a "
                "gradient where it is null",
                box=image.rect,
                measured=reason,
            )
        )
    for background in report.background_images:
        if background.src in failed:
            issues.append(
                ctx.issue(
                    "broken_image",
                    "error",
                    background.src,
                    f"background image {background.src} is broken ({failed[background.src]}); use one of the "
                    "images passed in props.images",
                    box=background.rect,
                    measured=failed[background.src],
                )
            )
    return issues


def blocked_request_issues(ctx: FrameContext, blocked: Mapping[str, str]) -> list[LayoutIssue]:
    """Requests for anything but images that left the allowed origins: renders have no network either."""
    return [
        ctx.issue(
            "runtime_error",
            "warning",
            url,
            f"the composition requested a {resource_type} from {url}, which renders cannot reach (no "
            "network); use only the theme font F, the component library and the images in props.images",
        )
        for url, resource_type in blocked.items()
    ]


def aborted_frame_issue(aborted: AbortedFrame, scene: str | None) -> LayoutIssue:
    """The watchdog stopped this frame (too slow, or its page crashed): nothing after it was checked."""
    return LayoutIssue(
        frame=aborted.frame,
        scene=scene,
        kind="runtime_error",
        severity="error",
        text=f"frame {aborted.frame}",
        message=f"{aborted.message} ({_ABORT_HINTS[aborted.kind]}); the remaining frames were not checked",
    )

"""A job's events as lines a person reads (`ppr-video show JOB_ID --follow`)."""

from domain.events import JobEvent


def event_line(event: JobEvent) -> str:
    data = event.data
    time = event.at[11:19]
    match data.type:
        case "status":
            text = f"status   {data.status} ({data.progress} %)"
        case "step_started":
            text = f"start    {data.step}" + (f": {data.detail}" if data.detail else "")
        case "step_finished":
            outcome = "done" if data.ok else "failed"
            text = f"{outcome:<8} {data.step} in {data.seconds:.1f} s" + (
                f": {data.detail}" if data.detail else ""
            )
        case "render_progress":
            text = f"render   {data.frames_rendered}/{data.frames_total} frames ({data.fraction:.0%})"
        case "preview_ready":
            size = f"{data.width}x{data.height}"
            text = f"preview  ready: {size}, {data.duration_in_frames} frames at {data.fps} fps"
        case "completed":
            text = f"completed: video {data.video_id}, {data.files.get('video', '')}"
        case "failed":
            text = f"failed: {data.error}"
    return f"{time} {text}"

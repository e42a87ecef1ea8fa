"""Cutting chunks out of an MP4 without re-encoding, and joining pieces with the narration into the final MP4,
with the ffmpeg that ships with Remotion's compositor."""

import asyncio
import json
from collections.abc import Sequence
from pathlib import Path

from video.engine.media import compositor_tool

# Remotion's own AAC settings for the narration track.
AUDIO_ARGS = ["-c:a", "aac", "-b:a", "320k", "-ar", "48000", "-ac", "2"]


class SpliceError(RuntimeError):
    """ffmpeg failed, or a piece does not hold the frames it should."""


async def _run(tool: str, *args: str) -> str:
    executable, env = compositor_tool(tool)
    process = await asyncio.create_subprocess_exec(
        str(executable),
        "-v",
        "error",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=env,
    )
    stdout, stderr = await process.communicate()
    if process.returncode != 0:
        last_line = stderr.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
        raise SpliceError(f"{tool} failed (exit {process.returncode}): {last_line[0]}")
    return stdout.decode()


async def video_packets(path: Path) -> int:
    """How many frames the video stream of `path` holds, counted from its packets (nothing is decoded)."""
    output = await _run(
        "ffprobe",
        "-select_streams",
        "v:0",
        "-count_packets",
        "-show_entries",
        "stream=nb_read_packets",
        "-of",
        "json",
        str(path),
    )
    try:
        return int(json.loads(output)["streams"][0]["nb_read_packets"])
    except (ValueError, KeyError, IndexError, TypeError) as error:
        raise SpliceError(f"ffprobe found no video stream in {path.name}") from error


async def _starts_with_keyframe(source: Path, seconds: float, fps: int) -> bool:
    """Whether the first packet at or before `seconds` is a keyframe exactly there (else a cut would start
    elsewhere, or on a frame that needs the ones before it)."""
    output = await _run(
        "ffprobe",
        "-select_streams",
        "v:0",
        "-read_intervals",
        f"{seconds:.6f}%+#1",
        "-show_entries",
        "packet=pts_time,flags",
        "-of",
        "json",
        str(source),
    )
    try:
        packet = json.loads(output)["packets"][0]
        return "K" in packet["flags"] and abs(float(packet["pts_time"]) - seconds) < 0.5 / fps
    except (ValueError, KeyError, IndexError, TypeError):
        return False


async def cut_chunks(source: Path, *, first_frame: int, frames: int, fps: int, out: Path) -> None:
    """Copies `frames` frames of the video stream from `first_frame` on into an MPEG-TS piece. `first_frame`
    must hold a keyframe that closes the group of pictures before it (renders here force one per chunk)."""
    seconds = first_frame / fps
    if not await _starts_with_keyframe(source, seconds, fps):
        raise SpliceError(f"{source.name} has no keyframe at frame {first_frame} to cut at")
    await _run(
        "ffmpeg",
        "-y",
        "-ss",
        f"{seconds:.6f}",
        "-i",
        str(source),
        "-map",
        "0:v:0",
        "-c",
        "copy",
        "-frames:v",
        str(frames),
        "-f",
        "mpegts",
        str(out),
    )
    found = await video_packets(out)
    if found != frames:
        raise SpliceError(
            f"the piece cut from {source.name} at frame {first_frame} has {found} frames, not {frames}"
        )


def _concat_list(pieces: Sequence[Path]) -> str:
    def quoted(path: Path) -> str:
        return "'" + str(path.resolve()).replace("'", "'\\''") + "'"

    return "".join(f"file {quoted(piece)}\n" for piece in pieces)


async def join_pieces(
    pieces: Sequence[Path], *, narration: Path | None, frames: int, fps: int, out: Path, work_dir: Path
) -> None:
    """The pieces' video streams one after the other, with the narration from the first frame (padded with
    silence, cut at the end of the video), as an MP4 that starts playing before it has fully downloaded."""
    listing = work_dir / "pieces.txt"
    listing.write_text(_concat_list(pieces))
    audio_input = ["-i", str(narration)] if narration else []
    audio_output = ["-map", "1:a:0", "-af", "apad", *AUDIO_ARGS] if narration else []
    await _run(
        "ffmpeg",
        "-y",
        "-f",
        "concat",
        "-safe",
        "0",
        "-i",
        str(listing),
        *audio_input,
        "-map",
        "0:v:0",
        "-c:v",
        "copy",
        *audio_output,
        "-t",
        f"{frames / fps:.6f}",
        "-video_track_timescale",
        "90000",
        "-movflags",
        "+faststart",
        str(out),
    )
    found = await video_packets(out)
    if found != frames:
        raise SpliceError(f"the joined video has {found} frames, not {frames}")

"""Facts about rendered media, read with the ffprobe that ships with Remotion's compositor package."""

import json
import os
import subprocess
from fractions import Fraction
from pathlib import Path

from pydantic import BaseModel

from domain.paths import REMOTION_DIR

COMPOSITOR_DIR = REMOTION_DIR / "node_modules" / "@remotion" / "compositor-linux-x64-gnu"


class MediaInfo(BaseModel):
    codec: str
    width: int
    height: int
    frames: int
    fps: float
    duration_s: float
    has_audio: bool


def compositor_tool(name: str) -> tuple[Path, dict[str, str]]:
    """The path of `ffmpeg` or `ffprobe` from the compositor, and the environment it needs to run."""
    tool = COMPOSITOR_DIR / name
    if not tool.exists():
        raise FileNotFoundError(f"{tool} is missing: run `make setup` (it installs remotion/ npm packages)")
    env = {**os.environ, "LD_LIBRARY_PATH": str(COMPOSITOR_DIR)}
    return tool, env


def probe(path: Path) -> MediaInfo:
    ffprobe, env = compositor_tool("ffprobe")
    output = subprocess.run(
        [
            str(ffprobe),
            "-v",
            "error",
            "-count_frames",
            "-show_entries",
            "stream=codec_type,codec_name,width,height,nb_read_frames,avg_frame_rate:format=duration",
            "-of",
            "json",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    data = json.loads(output)
    video = next(stream for stream in data["streams"] if stream["codec_type"] == "video")
    return MediaInfo(
        codec=video["codec_name"],
        width=int(video["width"]),
        height=int(video["height"]),
        frames=int(video["nb_read_frames"]),
        fps=float(Fraction(video["avg_frame_rate"])),
        duration_s=float(data["format"]["duration"]),
        has_audio=any(stream["codec_type"] == "audio" for stream in data["streams"]),
    )

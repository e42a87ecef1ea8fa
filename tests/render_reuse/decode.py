"""Reading rendered MP4s back for the tests: decoded frames (grey levels) and where the keyframes are."""

import json
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from video.engine.media import compositor_tool


def decoded_frames(video: Path) -> NDArray[np.int16]:
    """Every frame of the video stream as grey levels, frame by frame (through PNG: the compositor's ffmpeg
    has no raw video output)."""
    ffmpeg, env = compositor_tool("ffmpeg")
    with tempfile.TemporaryDirectory(prefix="decoded-") as folder:
        pattern = str(Path(folder) / "frame-%05d.png")
        command = [str(ffmpeg), "-v", "error", "-i", str(video), "-map", "0:v:0", "-c:v", "png", pattern]
        subprocess.run(command, check=True, env=env)
        pictures = sorted(Path(folder).glob("frame-*.png"))
        return np.stack([np.asarray(Image.open(path).convert("L"), dtype=np.int16) for path in pictures])


def keyframe_indices(video: Path) -> list[int]:
    """The frame numbers of the video stream's keyframes."""
    ffprobe, env = compositor_tool("ffprobe")
    command = [str(ffprobe), "-v", "error", "-select_streams", "v:0", "-show_entries", "packet=pts,flags"]
    output = subprocess.run(
        [*command, "-of", "json", str(video)], check=True, capture_output=True, text=True, env=env
    ).stdout
    packets = sorted(json.loads(output)["packets"], key=lambda packet: int(packet["pts"]))
    return [index for index, packet in enumerate(packets) if "K" in packet["flags"]]

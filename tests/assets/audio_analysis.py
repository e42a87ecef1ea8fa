"""Independent measurements of decoded audio for the voice tests: samples, and where the pauses are."""

import io
import subprocess
import tempfile
import wave

import numpy as np

from video.engine.media import compositor_tool

_FRAME_S = 0.01


def wav_samples(data: bytes) -> tuple[np.ndarray, int]:
    with wave.open(io.BytesIO(data)) as file:
        assert file.getnchannels() == 1 and file.getsampwidth() == 2
        return np.frombuffer(file.readframes(file.getnframes()), "<i2").astype(
            np.float32
        ), file.getframerate()


def pauses(samples: np.ndarray, rate: int, min_pause_s: float = 0.15) -> list[tuple[float, float]]:
    """Silences inside the audio (not at its ends): 10 ms frames quieter than 2% of the loud frames."""
    frame = round(rate * _FRAME_S)
    count = len(samples) // frame
    loudness = np.abs(samples[: count * frame]).reshape(count, frame).mean(axis=1)
    silent = loudness < 0.02 * np.percentile(loudness, 95)
    found, index = [], 0
    while index < count:
        if not silent[index]:
            index += 1
            continue
        end = index
        while end < count and silent[end]:
            end += 1
        if index > 0 and end < count and (end - index) * frame / rate >= min_pause_s:
            found.append((index * frame / rate, end * frame / rate))
        index = end
    return found


def ffprobe_duration_s(data: bytes, suffix: str) -> float:
    ffprobe, env = compositor_tool("ffprobe")
    with tempfile.NamedTemporaryFile(suffix=f".{suffix}") as file:
        file.write(data)
        file.flush()
        command = [
            str(ffprobe),
            "-v",
            "error",
            "-show_entries",
            "format=duration",
            "-of",
            "csv=p=0",
            file.name,
        ]
        result = subprocess.run(command, capture_output=True, check=True, env=env)
    return float(result.stdout)


def wav_to_mp3(data: bytes) -> bytes:
    ffmpeg, env = compositor_tool("ffmpeg")
    result = subprocess.run(
        [
            str(ffmpeg),
            "-v",
            "error",
            "-f",
            "wav",
            "-i",
            "-",
            "-ar",
            "44100",
            "-b:a",
            "128k",
            "-f",
            "mp3",
            "-",
        ],
        input=data,
        capture_output=True,
        check=True,
        env=env,
    )
    return result.stdout

"""The playing time of an MP3 or WAV file, measured from the file itself (MP3 by counting its frames)."""

import io
import wave

_MPEG1_LAYER3_KBPS = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_MPEG2_LAYER3_KBPS = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


class AudioFormatError(ValueError):
    """The bytes are not audio this module can measure."""


def _frame(data: bytes, position: int) -> tuple[int, int, int, int] | None:
    """(bytes, samples, sample rate, side-info size) of the Layer III frame at `position`, if one is there."""
    if position + 4 > len(data) or data[position] != 0xFF or data[position + 1] & 0xE0 != 0xE0:
        return None
    version = (data[position + 1] >> 3) & 3
    layer = (data[position + 1] >> 1) & 3
    bitrate_index = data[position + 2] >> 4
    rate_index = (data[position + 2] >> 2) & 3
    if version == 1 or layer != 1 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    mpeg1 = version == 3
    kbps = (_MPEG1_LAYER3_KBPS if mpeg1 else _MPEG2_LAYER3_KBPS)[bitrate_index]
    sample_rate = _SAMPLE_RATES[version][rate_index]
    padding = (data[position + 2] >> 1) & 1
    samples = 1152 if mpeg1 else 576
    length = samples // 8 * kbps * 1000 // sample_rate + padding
    mono = data[position + 3] >> 6 == 3
    side_info = (17 if mono else 32) if mpeg1 else (9 if mono else 17)
    return length, samples, sample_rate, side_info


def _skip_id3v2(data: bytes) -> int:
    if data[:3] != b"ID3" or len(data) < 10:
        return 0
    size = (data[6] & 0x7F) << 21 | (data[7] & 0x7F) << 14 | (data[8] & 0x7F) << 7 | (data[9] & 0x7F)
    footer = 10 if data[5] & 0x10 else 0
    return 10 + size + footer


def _gapless_trim(data: bytes, tag: int) -> int:
    """Encoder delay plus padding, in samples, from a Xing/Info frame's LAME extension (0 when absent)."""
    flags = int.from_bytes(data[tag + 4 : tag + 8], "big")
    lame = tag + 8 + 4 * bool(flags & 1) + 4 * bool(flags & 2) + 100 * bool(flags & 4) + 4 * bool(flags & 8)
    if data[lame : lame + 4] not in (b"LAME", b"Lavc", b"Lavf") or lame + 24 > len(data):
        return 0
    packed = int.from_bytes(data[lame + 21 : lame + 24], "big")
    return (packed >> 12) + (packed & 0xFFF)


def mp3_duration_s(data: bytes) -> float:
    position = _skip_id3v2(data)
    total_samples = trimmed = 0
    sample_rate = None
    first = True
    while position < len(data):
        frame = _frame(data, position)
        if frame is None:
            next_sync = data.find(b"\xff", position + 1)
            if next_sync < 0:
                break
            position = next_sync
            continue
        length, samples, rate, side_info = frame
        tag = position + 4 + side_info
        if first and data[tag : tag + 4] in (b"Xing", b"Info"):
            trimmed = _gapless_trim(data, tag)
        else:
            total_samples += samples
        first = False
        sample_rate = rate
        position += length
    if sample_rate is None:
        raise AudioFormatError("no MPEG Layer III frames found")
    return max(0, total_samples - trimmed) / sample_rate


def wav_duration_s(data: bytes) -> float:
    try:
        with wave.open(io.BytesIO(data)) as file:
            return file.getnframes() / file.getframerate()
    except (wave.Error, EOFError) as error:
        raise AudioFormatError(f"not a readable WAV file ({error})") from error


def audio_duration_s(data: bytes, extension: str) -> float:
    if extension == "mp3":
        return mp3_duration_s(data)
    if extension == "wav":
        return wav_duration_s(data)
    raise AudioFormatError(f"cannot measure .{extension} audio")

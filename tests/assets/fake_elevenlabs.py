"""A fake of ElevenLabs' text-to-speech-with-timestamps endpoint on 127.0.0.1.

For a good request it speaks the text with espeak-ng, encodes MP3 with Remotion's ffmpeg and answers with a
per-character alignment spread over espeak's word timings, so the answer is real audio with known timings.
Voice ids steer the failures: missing-voice (404), stall-voice (never answers), server-error (500),
html-voice (200 with HTML), broken-audio, bad-base64, no-alignment, mismatched-alignment.
"""

import base64
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from domain.script import WordTiming
from tests.assets.audio_analysis import wav_to_mp3
from tests.assets.local_http import JsonHandler, LocalHTTPServer
from video.assets.voice_espeak import synthesize_offline

GOOD_KEY = "good-elevenlabs-key"


@dataclass
class ElevenLabsState:
    requests: list[dict[str, Any]] = field(default_factory=list)
    spoken: dict[str, list[WordTiming]] = field(default_factory=dict)
    release: threading.Event = field(default_factory=threading.Event)


def alignment(text: str, words: list[WordTiming]) -> dict[str, list[Any]]:
    """Each word's characters share its time evenly; the spaces between words fill the gaps."""
    characters, starts, ends = [], [], []
    word_index, position_in_word, previous_end = 0, 0, 0.0
    for character in text:
        if character.isspace():
            following = words[word_index].start if word_index < len(words) else previous_end
            characters.append(character)
            starts.append(previous_end)
            ends.append(following)
            continue
        word = words[word_index]
        step = (word.end - word.start) / len(word.word)
        characters.append(character)
        starts.append(round(word.start + step * position_in_word, 3))
        ends.append(round(word.start + step * (position_in_word + 1), 3))
        position_in_word += 1
        if position_in_word == len(word.word):
            word_index, position_in_word, previous_end = word_index + 1, 0, word.end
    return {
        "characters": characters,
        "character_start_times_seconds": starts,
        "character_end_times_seconds": ends,
    }


class _ElevenLabsHandler(JsonHandler):
    state: ElevenLabsState

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        body = self.read_json()
        self.state.requests.append(
            {
                "path": url.path,
                "query": parse_qs(url.query),
                "body": body,
                "api_key": self.headers.get("xi-api-key"),
            }
        )
        if self.headers.get("xi-api-key") != GOOD_KEY:
            self.send_json(401, {"detail": {"status": "invalid_api_key", "message": "Invalid API key"}})
            return
        voice_id = url.path.split("/")[3]
        self._answer(voice_id, body["text"])

    def _answer(self, voice_id: str, text: str) -> None:
        if voice_id == "missing-voice":
            self.send_json(404, {"detail": {"status": "voice_not_found", "message": "Voice not found"}})
        elif voice_id == "stall-voice":
            self.state.release.wait(10)
        elif voice_id == "server-error":
            self.send_json(500, {"detail": "Internal error"})
        elif voice_id == "html-voice":
            self.send_bytes(200, b"<html>maintenance</html>", "text/html")
        else:
            self.send_json(200, self._speech(voice_id, text))

    def _speech(self, voice_id: str, text: str) -> dict[str, Any]:
        narration = synthesize_offline(text)
        assert [word.word for word in narration.words] == text.split(), "use texts espeak times word by word"
        self.state.spoken[text] = narration.words
        timings = alignment(text, narration.words)
        audio = base64.b64encode(wav_to_mp3(narration.audio)).decode()
        if voice_id == "broken-audio":
            audio = base64.b64encode(b"definitely not an mp3 file").decode()
        elif voice_id == "bad-base64":
            audio = "!!!not base64!!!"
        answer: dict[str, Any] = {
            "audio_base64": audio,
            "alignment": timings,
            "normalized_alignment": timings,
        }
        if voice_id == "no-alignment":
            del answer["alignment"], answer["normalized_alignment"]
        elif voice_id == "mismatched-alignment":
            timings["character_end_times_seconds"] = timings["character_end_times_seconds"][:-3]
        return answer


class FakeElevenLabs:
    def __init__(self) -> None:
        self.state = ElevenLabsState()
        handler = type("ElevenLabsHandler", (_ElevenLabsHandler,), {"state": self.state})
        self._server = LocalHTTPServer(handler)
        self.base_url = self._server.origin

    def __enter__(self) -> "FakeElevenLabs":
        self._server.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.state.release.set()
        self._server.__exit__(None, None, None)

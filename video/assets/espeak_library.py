"""libespeak-ng through ctypes: synthesises text to 16-bit mono samples and reports where each word starts."""

import ctypes
import ctypes.util
import threading
from dataclasses import dataclass

import numpy as np

# speak_lib.h (espeak-ng 1.51): constants and the espeak_EVENT layout.
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_EVENT_LIST_TERMINATED = 0
_EVENT_WORD = 1
_PARAMETER_RATE = 1


class _EventId(ctypes.Union):
    _fields_ = (("number", ctypes.c_int), ("name", ctypes.c_char_p), ("string", ctypes.c_char * 8))


class _Event(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", _EventId),
    )


class _VoiceSpec(ctypes.Structure):
    _fields_ = (
        ("name", ctypes.c_char_p),
        ("languages", ctypes.c_char_p),
        ("identifier", ctypes.c_char_p),
        ("gender", ctypes.c_ubyte),
        ("age", ctypes.c_ubyte),
        ("variant", ctypes.c_ubyte),
        ("xx1", ctypes.c_ubyte),
        ("score", ctypes.c_int),
        ("spare", ctypes.c_void_p),
    )


_SynthCallback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event)
)


class EspeakUnavailable(Exception):
    """libespeak-ng is not installed or failed to start."""


class EspeakVoiceMissing(ValueError):
    """No installed espeak-ng voice matches the name or language."""


@dataclass(frozen=True)
class WordEvent:
    """espeak's WORD event: the word at `text_position` (1-based, in characters) starts at `sample`."""

    text_position: int
    length: int
    sample: int


@dataclass(frozen=True)
class Synthesis:
    samples: np.ndarray
    sample_rate: int
    words: list[WordEvent]


class _Espeak:
    """The library is process-global and not reentrant: one instance, one synthesis at a time."""

    def __init__(self) -> None:
        path = ctypes.util.find_library("espeak-ng") or "libespeak-ng.so.1"
        try:
            self._lib = ctypes.CDLL(path)
        except OSError as error:
            raise EspeakUnavailable(
                f"libespeak-ng not found ({error}); install the espeak-ng package"
            ) from error
        self._lib.espeak_Initialize.restype = ctypes.c_int
        self._lib.espeak_Initialize.argtypes = (ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int)
        self._lib.espeak_SetVoiceByName.argtypes = (ctypes.c_char_p,)
        self._lib.espeak_SetVoiceByProperties.argtypes = (ctypes.POINTER(_VoiceSpec),)
        self._lib.espeak_Synth.argtypes = (
            ctypes.c_void_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        )
        self.sample_rate = self._lib.espeak_Initialize(
            _AUDIO_OUTPUT_SYNCHRONOUS, 0, None, _INITIALIZE_DONT_EXIT
        )
        if self.sample_rate <= 0:
            raise EspeakUnavailable("libespeak-ng failed to initialise (no espeak-ng-data?)")
        self._chunks: list[np.ndarray] = []
        self._events: list[WordEvent] = []
        self._callback = _SynthCallback(self._on_audio)
        self._lib.espeak_SetSynthCallback(self._callback)
        self.lock = threading.Lock()

    def _on_audio(
        self, wav: "ctypes._Pointer[ctypes.c_short]", count: int, events: "ctypes._Pointer[_Event]"
    ) -> int:
        if wav and count > 0:
            self._chunks.append(np.ctypeslib.as_array(wav, shape=(count,)).copy())
        index = 0
        while events[index].type != _EVENT_LIST_TERMINATED:
            event = events[index]
            if event.type == _EVENT_WORD:
                self._events.append(WordEvent(event.text_position, event.length, event.sample))
            index += 1
        return 0

    def _select_voice(self, voice: str) -> None:
        """A voice file (`gmw/en-US`) or, failing that, a language (`en-gb`)."""
        if self._lib.espeak_SetVoiceByName(voice.encode()) == 0:
            return
        spec = _VoiceSpec(languages=voice.encode())
        if self._lib.espeak_SetVoiceByProperties(ctypes.byref(spec)) != 0:
            raise EspeakVoiceMissing(f"espeak-ng has no voice {voice!r}")

    def synthesize(self, text: str, voice: str, words_per_minute: int) -> Synthesis:
        with self.lock:
            self._select_voice(voice)
            self._lib.espeak_SetParameter(_PARAMETER_RATE, words_per_minute, 0)
            self._chunks, self._events = [], []
            encoded = text.encode()
            status = self._lib.espeak_Synth(
                encoded, len(encoded) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None
            )
            self._lib.espeak_Synchronize()
            if status != 0:
                raise EspeakUnavailable(f"espeak-ng failed to synthesise (error {status})")
            samples = np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.int16)
            return Synthesis(samples=samples, sample_rate=self.sample_rate, words=list(self._events))


_instance: _Espeak | None = None
_instance_lock = threading.Lock()


def espeak() -> _Espeak:
    """The process's one libespeak-ng, loaded on first use."""
    global _instance
    with _instance_lock:
        if _instance is None:
            _instance = _Espeak()
        return _instance

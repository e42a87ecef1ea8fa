"""What a video promotes, finer than its palette's topic: the product type and the instrument or technique
it is about (a drum kit, a keys pack, presets, a beat, a MIDI pack, a template, a mixing or a vocal
course...). The hooks, the pains, the imagery and the hook's visual follow it."""

import re
from dataclasses import dataclass
from typing import Literal

from domain.script import VideoFacts
from store.context import VideoContext

HookVisual = Literal["waveform", "pads", "keys", "knobs", "lanes", "meters"]
GENRES = {
    "trap": r"trap",
    "drill": r"drill",
    "lo-fi": r"lo-?fi|lofi",
    "hip-hop": r"hip-?hop|boom ?bap",
    "R&B": r"r&b|rnb",
    "neo-soul": r"neo[- ]?soul",
    "house": r"house",
    "techno": r"techno",
    "afrobeats": r"afrobeats?",
    "synthwave": r"synthwave",
    "ambient": r"ambient",
}
# Keywords match whole Latin words; CJK text has no spaces, so a keyword there matches anywhere.
EDGE_BEFORE, EDGE_AFTER = r"(?<![A-Za-z0-9-])", r"(?![A-Za-z0-9])"
# Where a keyword counts most: the title names the subject, the prompt says what the creator wants.
FIELD_WEIGHTS = {"title": 3, "prompt": 2, "text": 1}


@dataclass(frozen=True)
class Subject:
    name: str
    # What the hook lines talk about, as a plural noun ("drums", "mixes", "presets").
    noun: str
    hooks: dict[str, tuple[str, ...]]
    pains: tuple[str, ...]
    imagery: str
    visual: HookVisual | None
    keywords: str = ""
    # Hook lines for a video whose text names a genre; "{genre}" is replaced by it.
    genre_hooks: tuple[str, ...] = ()


def _subject(
    name: str,
    noun: str,
    hooks: dict[str, tuple[str, ...]],
    pains: tuple[str, str, str],
    imagery: str,
    visual: HookVisual | None,
    keywords: str = "",
    genre_hooks: tuple[str, ...] = (),
) -> Subject:
    return Subject(name, noun, hooks, pains, imagery, visual, keywords, genre_hooks)


SATURATION = _subject(
    "saturation",
    "mixes",
    {
        "hype": ("Thin mixes? Add warmth.", "Make your mixes feel expensive.", "Stop mixing thin."),
        "educational": (
            "Why do pro mixes sound warm?",
            "Saturation, explained by ear.",
            "Warmth is a skill.",
        ),
        "cinematic": (
            "Warmth you can hear.",
            "Every great record has a secret.",
            "Tape, tubes and a little heat.",
        ),
        "minimalist": ("Warmer mixes.", "Less mud. More warmth.", "Warmth, simplified."),
    },
    ("Mixes that sound flat and lifeless", "Muddy low end you can't fix", "Plugins everywhere, no direction"),
    "warm analog mixing console with glowing VU meters and tube gear",
    "waveform",
    r"saturat\w*|tape|tubes?|warmth|analog|console|harmonics",
)
MIXING = _subject(
    "mixing",
    "mixes",
    {
        "hype": ("Mixes that hit harder.", "Your mixes deserve better.", "Stop settling for muddy mixes."),
        "educational": (
            "What separates pro mixes from yours?",
            "Mixing, step by step.",
            "Learn to mix by ear.",
        ),
        "cinematic": ("Hear every layer.", "Every great record has a secret.", "Space for every sound."),
        "minimalist": ("Better mixes.", "Less guessing. Better mixes.", "Mixing, simplified."),
    },
    ("Mixes that sound flat and lifeless", "Muddy low end you can't fix", "Plugins everywhere, no direction"),
    "mixing desk with glowing meters in a dark control room",
    "meters",
    r"mix\w*|eq|compress\w*|low[- ]end|bass|sidechain|phase|mono|translat\w*|reverb|bus",
)
MASTERING = _subject(
    "mastering",
    "masters",
    {
        "hype": (
            "Loud, clear, finished.",
            "Masters that stand next to the pros.",
            "Stop releasing quiet masters.",
        ),
        "educational": ("How loud is loud enough?", "Mastering, step by step.", "Master your own music."),
        "cinematic": ("The last one percent.", "Every release deserves this.", "Finished. For real."),
        "minimalist": ("Better masters.", "Loud. Clear. Done.", "Mastering, simplified."),
    },
    (
        "Masters that sound quiet next to references",
        "Limiters that crush the life out",
        "Releases that fall apart on phones",
    ),
    "mastering studio with a glowing loudness meter and monitors",
    "meters",
    r"master(?:ing|ed|s)?|loudness|limit\w*|lufs|release[- ]ready",
)
VOCALS = _subject(
    "vocals",
    "vocals",
    {
        "hype": (
            "Vocals that cut through.",
            "Make your vocals sound expensive.",
            "Stop burying your vocals.",
        ),
        "educational": (
            "How do pros make vocals sit?",
            "Vocal production, step by step.",
            "Record vocals you're proud of.",
        ),
        "cinematic": ("Your voice, front and centre.", "Every word, felt.", "Let the vocal breathe."),
        "minimalist": ("Better vocals.", "Clear vocals. No fuss.", "Vocals, simplified."),
    },
    ("Vocals that sit on top of the mix", "Harsh, thin takes from a bedroom", "Tuning that sounds robotic"),
    "condenser microphone with a pop filter in a softly lit vocal booth",
    "meters",
    r"vocals?|vox|singers?|singing|songwriters?|topline|acapella|a cappella|microphone|mic",
)
SOUND_DESIGN = _subject(
    "sound design",
    "sounds",
    {
        "hype": ("Sounds nobody else has.", "Stop using stock sounds.", "Design sounds that stand out."),
        "educational": (
            "How are great sounds built?",
            "Sound design, step by step.",
            "Design your own sounds.",
        ),
        "cinematic": ("A new palette of sound.", "The sound you hear in your head.", "Sounds from nothing."),
        "minimalist": ("Better sounds.", "Your sound, designed.", "Sound design, simplified."),
    },
    ("Presets that all sound stock", "Synths you never get past", "Ideas stuck in your head"),
    "modular synthesizer with glowing patch cables in a dark studio",
    "knobs",
    r"synth\w*|sound design|oscillat\w*|wavetable|modulat\w*|patch\w*|serum|vital|granular|fm",
)
ARRANGEMENT = _subject(
    "arrangement",
    "tracks",
    {
        "hype": (
            "Stop looping. Start finishing.",
            "Turn loops into finished tracks.",
            "Finish what you start.",
        ),
        "educational": (
            "How do loops become songs?",
            "Arrangement, step by step.",
            "Learn to finish tracks.",
        ),
        "cinematic": (
            "Every song starts as a loop.",
            "From idea to finished track.",
            "The loop is only the beginning.",
        ),
        "minimalist": ("Finish more tracks.", "From loop to song.", "Arrangement, simplified."),
    },
    ("Eight-bar loops that never become songs", "Drops that fall flat", "Folders full of unfinished ideas"),
    "arrangement view of a DAW on a studio screen with coloured clips",
    "lanes",
    r"arrang\w*|songwriting|song structure|transitions?|finish\w*|loops? to",
)
DRUMS = _subject(
    "drums",
    "drums",
    {
        "hype": ("Drums that hit harder.", "Your drums should knock.", "Stop using the same tired drums."),
        "educational": ("What makes drums knock?", "Drums, tuned and ready.", "Build drums that knock."),
        "cinematic": ("Every hit, on purpose.", "Drums with weight.", "Feel every hit."),
        "minimalist": ("Better drums.", "Drums that hit.", "Less digging. Better drums."),
    },
    ("Drums that don't cut through", "Hours digging for the right snare", "808s that clash with the key"),
    "drum machine pads and a snare drum under a hard spotlight",
    "pads",
    r"drums?|808s?|snares?|kicks?|hi-?hats?|hats|percussion|breaks|drum ?kit|ドラム|鼓",
    ("{genre} drums that hit harder.", "Drums built for {genre}."),
)
KEYS = _subject(
    "keys",
    "keys",
    {
        "hype": ("Keys with real character.", "Flip keys nobody else has.", "Stop using sterile pianos."),
        "educational": (
            "Where do great keys come from?",
            "Keys, recorded the real way.",
            "Play keys with character.",
        ),
        "cinematic": ("Warm keys, worn in.", "Every note carries a room.", "Keys with a past."),
        "minimalist": ("Better keys.", "Keys with character.", "Warm keys. No fuss."),
    },
    (
        "Stock pianos that sound sterile",
        "Loops that clash with your key",
        "Samples every producer already used",
    ),
    "vintage electric piano keys in warm low light",
    "keys",
    r"keys|piano\w*|rhodes|wurlitzer|wurli|organ|electric piano",
    ("{genre} keys with real character.", "Keys made for {genre}."),
)
CHORDS = _subject(
    "chords",
    "chords",
    {
        "hype": (
            "Chords you'd never find alone.",
            "Drag, drop, write.",
            "Stop looping the same four chords.",
        ),
        "educational": (
            "Why do these chords sound so good?",
            "Chord progressions, decoded.",
            "Write richer chords.",
        ),
        "cinematic": (
            "Every progression tells a story.",
            "Chords that feel like something.",
            "Every chord, a mood.",
        ),
        "minimalist": ("Better chords.", "Drag. Drop. Write.", "Chords, simplified."),
    },
    ("Stuck on the same four chords", "Progressions that go nowhere", "Theory getting in the way of ideas"),
    "piano roll of glowing MIDI chords on a studio screen",
    "keys",
    r"chords?|progressions?|midi|melod\w*|voicings?",
    ("{genre} chords, ready to drop in.", "Chords made for {genre}."),
)
BEATS = _subject(
    "beats",
    "beats",
    {
        "hype": (
            "Your next single starts here.",
            "A beat built for your voice.",
            "Stop waiting for the right beat.",
        ),
        "educational": (
            "What makes a beat ready to record on?",
            "A beat, built to record on.",
            "Write to this beat.",
        ),
        "cinematic": ("Every verse needs a world.", "A beat with a story.", "Your next record starts here."),
        "minimalist": ("Your next single.", "Write to this.", "One beat. Your record."),
    },
    (
        "Beats that don't fit your voice",
        "Tagged beats you can't release",
        "Hours digging for the right sound",
    ),
    "neon-lit beat-making setup with drum pads and an 808 glow",
    "pads",
    genre_hooks=("A {genre} beat, ready for your verse.", "Your next {genre} single starts here."),
)
PRESETS = _subject(
    "presets",
    "presets",
    {
        "hype": (
            "Presets that don't sound stock.",
            "New sounds, one click away.",
            "Stop scrolling stock presets.",
        ),
        "educational": (
            "What makes a great preset?",
            "Presets, mapped and ready.",
            "Learn from every patch.",
        ),
        "cinematic": ("A new palette of sound.", "Sounds with a story.", "Turn one knob. Hear a world."),
        "minimalist": ("Better presets.", "New sounds. Zero setup.", "Presets, simplified."),
    },
    ("Presets that all sound stock", "Hours tweaking, nothing usable", "Patches that vanish in the mix"),
    "synthesizer with glowing knobs and a patch screen in a dark studio",
    "knobs",
    genre_hooks=("{genre} presets that don't sound stock.", "Presets built for {genre}."),
)
TEMPLATES = _subject(
    "templates",
    "sessions",
    {
        "hype": (
            "Skip the setup. Start the song.",
            "Open it. Start writing.",
            "Stop wiring. Start finishing.",
        ),
        "educational": (
            "How do pros set up a session?",
            "A session, ready to go.",
            "Learn from a finished setup.",
        ),
        "cinematic": (
            "From idea to arrangement.",
            "Every track needs a map.",
            "The session is ready. Are you?",
        ),
        "minimalist": ("Open. Write. Finish.", "Less setup. More music.", "Sessions, simplified."),
    },
    (
        "Hours spent on routing, not music",
        "Loops that never become songs",
        "Blank sessions that kill the vibe",
    ),
    "DAW session with colour-coded tracks and buses on a studio screen",
    "lanes",
)
SAMPLES = _subject(
    "samples",
    "samples",
    {
        "hype": ("Samples that flip themselves.", "Sounds nobody else has.", "Stop digging. Start flipping."),
        "educational": (
            "What makes a sample flippable?",
            "Samples, labelled and ready.",
            "Flip samples like a pro.",
        ),
        "cinematic": ("Every sound has a story.", "Sounds worth flipping.", "Dig no further."),
        "minimalist": ("Better samples.", "Less digging. More music.", "Samples, simplified."),
    },
    (
        "Samples every producer already used",
        "Hours digging for the right sound",
        "Loops that clash with your key",
    ),
    "crates of records and a sampler glowing in a dark studio",
    "pads",
    genre_hooks=("{genre} samples nobody else has.", "Samples made for {genre}."),
)
BUSINESS = _subject(
    "music business",
    "music business",
    {
        "hype": (
            "Your music business deserves better.",
            "Stop leaving sales to luck.",
            "Grow your music business.",
        ),
        "educational": (
            "How do producers sell online?",
            "The music business, step by step.",
            "Learn to sell your music.",
        ),
        "cinematic": ("Every fan counts.", "Build something that lasts.", "Your music, your business."),
        "minimalist": ("Sell more music.", "Less admin. More music.", "Selling, simplified."),
    },
    ("Fans who never come back", "Hours lost on manual work", "Sales that depend on luck"),
    "futuristic creator dashboard glowing in a dark home studio",
    None,
    r"email\w*|automat\w*|sell\w*|sales|marketing|fans?|store|follow gates?|business",
)
PRODUCTION = _subject(
    "production",
    "productions",
    {
        "hype": (
            "Your productions deserve better.",
            "Stop settling for average productions.",
            "Level up your productions.",
        ),
        "educational": (
            "What separates pro productions from yours?",
            "Music production, step by step.",
            "Learn production the right way.",
        ),
        "cinematic": (
            "Every great record has a secret.",
            "Listen closer.",
            "The sound you hear in your head.",
        ),
        "minimalist": ("Better productions.", "Less guessing. More music.", "Production, simplified."),
    },
    ("Endless tutorials, no progress", "Not knowing what to learn next", "Tracks that never get finished"),
    "producer learning at a desk with monitors and soft studio light",
    "lanes",
)
BRAND = _subject(
    "brand",
    "music",
    {
        "hype": (
            "Your music deserves better.",
            "Stop settling for average music.",
            "This changes your music.",
        ),
        "educational": (
            "What separates pro music from yours?",
            "Learn music the right way.",
            "Grow as a producer.",
        ),
        "cinematic": (
            "Every great record has a secret.",
            "Listen closer.",
            "The sound you hear in your head.",
        ),
        "minimalist": ("Better music.", "Less guessing. More music.", "Music, simplified."),
    },
    ("Endless tutorials, no progress", "Not knowing what to learn next", "Tracks that never get finished"),
    "producer learning at a desk with monitors and soft studio light",
    "meters",
)
# A sample pack is about its instrument; a course about its technique. Ties go to the earlier subject.
INSTRUMENTS = (DRUMS, KEYS, VOCALS, CHORDS)
TECHNIQUES = (SATURATION, MIXING, MASTERING, VOCALS, SOUND_DESIGN, ARRANGEMENT, DRUMS, KEYS, CHORDS, BUSINESS)
PRODUCT_TYPES = {"preset": PRESETS, "beat": BEATS, "midi_pack": CHORDS, "template": TEMPLATES}


def _score(subject: Subject, fields: dict[str, str]) -> int:
    pattern = re.compile(rf"{EDGE_BEFORE}(?:{subject.keywords}){EDGE_AFTER}", re.IGNORECASE)
    return sum(FIELD_WEIGHTS[name] * len(pattern.findall(text)) for name, text in fields.items())


def _best(candidates: tuple[Subject, ...], fields: dict[str, str]) -> Subject | None:
    scored = [(_score(subject, fields), -index, subject) for index, subject in enumerate(candidates)]
    score, _, best = max(scored, key=lambda item: item[:2])
    return best if score > 0 else None


def _fields(context: VideoContext, facts: VideoFacts) -> dict[str, str]:
    lines = [*(facts.features or []), *(facts.modules or [])]
    return {
        "title": facts.title,
        "prompt": context.prompt,
        "text": " ".join([facts.description or "", *lines]),
    }


def subject_of(context: VideoContext, facts: VideoFacts) -> Subject:
    """The product type decides for presets, beats, MIDI packs and templates; a sample pack is about its
    instrument; a course (or another product) about the technique its title, prompt and text name most."""
    if facts.kind == "brand":
        return BRAND
    fields = _fields(context, facts)
    product_type = context.product.type if context.product else None
    if product_type in PRODUCT_TYPES:
        return PRODUCT_TYPES[product_type]
    if product_type == "sample_pack":
        return _best(INSTRUMENTS, fields) or SAMPLES
    return _best(TECHNIQUES, fields) or PRODUCTION


def genre_of(context: VideoContext, facts: VideoFacts) -> str | None:
    """The first genre the title, prompt or description names ("trap", "lo-fi"), if any."""
    text = " ".join(_fields(context, facts).values())
    found = [
        (match.start(), name)
        for name, pattern in GENRES.items()
        if (match := re.search(rf"{EDGE_BEFORE}(?:{pattern}){EDGE_AFTER}", text, re.IGNORECASE))
    ]
    return min(found)[1] if found else None

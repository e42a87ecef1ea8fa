"""The Pause Play Repeat demo store, described with the brief models: its courses, products and reviews."""

from store.brief.model import BrandColours, BriefCourse, BriefModule, BriefProduct, BriefStore

STORE = BriefStore(
    name="Pause Play Repeat",
    slug="pause-play-repeat",
    domain="pauseplayrepeat.com",
    brand=BrandColours(primary="#FF5A1F", secondary="#FFB347", accent="#7C5CFF", background="#0E0B14"),
)
SOCIALS = {
    "instagram": "https://instagram.com/pauseplayrepeat",
    "tiktok": "https://tiktok.com/@pauseplayrepeat",
    "youtube": "https://youtube.com/@pauseplayrepeat",
    "x": "https://x.com/pauseplayrepeat",
}


def _module(title: str, *lessons: str) -> BriefModule:
    return BriefModule(title=title, lessons=list(lessons))


COURSES = [
    BriefCourse(
        slug="saturation-secrets",
        title="Saturation Secrets: Warmth Without the Mud",
        description=(
            "Tape, tube and console saturation for producers who want mixes that feel warm and loud "
            "without turning the low end to mud. Every lesson starts from a real session "
            "and ends with a before/after."
        ),
        price=79,
        creator="Dario Vance",
        modules=[
            _module(
                "Why Saturation Works",
                "Harmonics you can hear",
                "Even vs odd harmonics",
                "Gain staging first",
            ),
            _module(
                "Tape Warmth",
                "Tape emulations compared",
                "Head bump and low-end weight",
                "Tape on the mix bus",
            ),
            _module(
                "Tubes and Transformers",
                "Tube warmth on vocals",
                "Transformer weight on bass",
                "Driving the input, not the output",
            ),
            _module(
                "Parallel and Multiband Saturation",
                "Parallel saturation on drums",
                "Warming the low mids only",
                "Keeping the sub clean",
            ),
            _module(
                "Saturation on the Master",
                "Soft clipping vs limiting",
                "Loud without harsh",
                "Final checklist",
            ),
        ],
    ),
    BriefCourse(
        slug="low-end-theory",
        title="Low End Theory: Kick and Bass That Translate",
        description=(
            "Make kick and bass sit together on studio monitors, earbuds and club systems: tuning, "
            "sidechain, phase and the mono-compatibility checks that professional mix engineers "
            "run on every record."
        ),
        price=99,
        creator="Aisha Okafor",
        modules=[
            _module(
                "Tuning the Low End", "Find the key of your kick", "Tuning 808s", "Choosing the bass range"
            ),
            _module(
                "Making Room", "Sidechain that breathes", "Dynamic EQ instead of ducking", "Phase alignment"
            ),
            _module("Translation", "Mono checks", "Earbud and phone checks", "Reference tracks done right"),
            _module("Mastering the Low End", "Low-end limiting", "Club-ready sub", "Delivering stems"),
        ],
    ),
    BriefCourse(
        slug="arrangement-blueprint",
        title="Arrangement Blueprint: From 8-Bar Loop to Finished Track",
        description=(
            "Break out of the loop. A repeatable method for turning an 8-bar idea into a full arrangement "
            "with energy curves, transitions and a drop that lands."
        ),
        price=59,
        creator="Dario Vance",
        modules=[
            _module("Escaping the Loop", "Why loops stall", "Mapping a reference track", "The energy curve"),
            _module("Sections That Build", "Intros that hook", "Breakdowns", "Drops that land"),
            _module("Transitions", "Risers and impacts", "Automation moves", "Silence as a transition"),
        ],
    ),
]

PRODUCTS = [
    BriefProduct(
        slug="dusty-keys-vol-2",
        name="Dusty Keys Vol. 2",
        type="sample_pack",
        price=29,
        description="Warm, worn keys recorded on a 1978 Rhodes and an upright piano through tape.",
        features=[
            "142 loops and one-shots, tempo and key labelled",
            "24-bit WAV, recorded through a Tascam 388",
            "Royalty-free for commercial releases",
        ],
    ),
    BriefProduct(
        slug="analog-warmth-presets",
        name="Analog Warmth: 60 Serum Presets",
        type="preset",
        price=19,
        description="Basses, pads and leads modelled on vintage polysynths, with macros for drive and age.",
        features=["60 presets for Serum 1.3+", "4 macros on every patch", "Demo project included"],
    ),
    BriefProduct(
        slug="midnight-drive",
        name="Midnight Drive (Exclusive Lease)",
        type="beat",
        price=49.99,
        description="A 92 BPM synthwave-trap beat with tracked-out stems, ready for a topline.",
        features=["Tracked-out WAV stems", "92 BPM, A minor", "Unlimited streams"],
    ),
    BriefProduct(
        slug="neo-soul-chords",
        name="Neo-Soul Chord Progressions",
        type="midi_pack",
        price=15,
        description="Extended and altered chords played by a session keyboardist, ready for any DAW.",
        features=["120 MIDI progressions", "Voicings with 9ths, 11ths and 13ths", "Humanised velocities"],
    ),
    BriefProduct(
        slug="lofi-mix-template",
        name="Lo-Fi Mix Template for Ableton Live",
        type="template",
        price=25,
        description="The bus routing, saturation chain and master settings behind our lo-fi releases.",
        features=[
            "Ableton Live 12 project",
            "Pre-routed drum, keys and vocal buses",
            "Annotated master chain",
        ],
    ),
]

REVIEW_TEXTS = {
    5: [
        "Finally understand why my mixes sounded thin. The before/afters are gold.",
        "Changed how I approach every session. Worth ten times the price.",
        "Clear, practical and straight to the point. No filler.",
        "The tape module alone fixed my mix bus.",
    ],
    4: [
        "Great material, I wish there were more genre examples.",
        "Very useful. A couple of lessons could be shorter.",
    ],
    3: ["Good, but most of it I already knew."],
}

# enrollments, sales and reviews per course / product slug: (enrollments, sales, five-star share)
ACTIVITY = {
    "saturation-secrets": (412, 388, 0.82),
    "low-end-theory": (275, 260, 0.74),
    "arrangement-blueprint": (163, 151, 0.70),
    "dusty-keys-vol-2": (0, 540, 0.78),
    "analog-warmth-presets": (0, 820, 0.66),
    "midnight-drive": (0, 37, 0.90),
    "neo-soul-chords": (0, 615, 0.72),
    "lofi-mix-template": (0, 204, 0.68),
}
REVIEWS_PER_SALE = 0.15

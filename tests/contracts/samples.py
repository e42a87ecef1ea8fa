"""Props shaped as the templates' contracts say (emphasis lists, every optional field given), and bad ones."""

import copy
from typing import Any

PALETTE = {"primary": "#F97316", "secondary": "#F472B6", "accent": "#FACC15", "background": "#0B0708"}
STORE = "Kessler Sound Lab"
DOMAIN = "kesslersound.example/saturation"


def script(seconds_each: float = 1.0) -> dict[str, Any]:
    """Four scenes, every optional scene field given, emphasis as lists; the last one is the end card."""
    scenes = [
        {
            "id": "hook",
            "duration": seconds_each,
            "headline": "Why do pro mixes sound so warm?",
            "subhead": "It's saturation.",
            "bulletPoints": [],
            "emphasis": ["warm", "pro mixes"],
            "mood": "intrigue",
        },
        {
            "id": "problem",
            "duration": seconds_each,
            "headline": "Your mixes sound...",
            "subhead": None,
            "bulletPoints": ["Thin drums", "Lifeless masters"],
            "emphasis": [],
            "mood": "frustration",
        },
        {
            "id": "inside",
            "duration": seconds_each,
            "headline": "Everything inside",
            "subhead": "Eight modules",
            "bulletPoints": None,
            "emphasis": ["inside"],
            "mood": "solution",
        },
        {
            "id": "cta",
            "duration": seconds_each,
            "headline": "Make it warm",
            "subhead": "Enroll today",
            "bulletPoints": None,
            "emphasis": ["warm"],
            "mood": "excitement",
        },
    ]
    return {"totalDuration": seconds_each * len(scenes), "scenes": scenes, "colorPalette": PALETTE}


def media(image_url: str | None = None, audio_url: str | None = None) -> dict[str, Any]:
    return {"imageUrls": [image_url or ""] * 4, "audioUrl": audio_url}


def course(image_url: str | None = None, audio_url: str | None = None) -> dict[str, Any]:
    return {
        "storeName": STORE,
        "domain": DOMAIN,
        "script": script(),
        **media(image_url, audio_url),
        "title": "Saturation & Warmth",
        "description": "Learn how pros use saturation.",
        "price": 49,
        "currency": "USD",
        "moduleCount": 8,
        "modules": ["What saturation does", "Tape and tubes", "Drums that hit"],
        "lessonCount": 42,
        "enrollmentCount": 2400,
        "averageRating": 4.9,
        "creatorName": "Mara Kessler",
    }


def product(image_url: str | None = None, audio_url: str | None = None) -> dict[str, Any]:
    return {
        "storeName": STORE,
        "domain": DOMAIN,
        "script": script(),
        **media(image_url, audio_url),
        "productName": "Midnight Drums Vol. 2",
        "productType": "Drum Sample Pack",
        "price": 29,
        "description": "370 one-shots and loops.",
        "features": ["250 one-shots", "Tuned 808s", "Royalty-free"],
    }


def feature(image_url: str | None = None, audio_url: str | None = None) -> dict[str, Any]:
    return {
        "storeName": STORE,
        "domain": DOMAIN,
        "script": script(),
        **media(image_url, audio_url),
        "featureName": "Email Automations",
        "tagline": "Turn downloads into fans.",
        "painPoints": ["Fans vanish"],
        "solution": [{"icon": "automation", "title": "Sequences", "description": "They send themselves."}],
        "stats": [{"value": "3.2x", "label": "repeat buyers"}],
        "steps": [{"time": "Day 0", "icon": "download", "text": "A fan grabs your kit"}],
    }


TEMPLATES = {
    "CoursePromoTemplate": course,
    "ProductLaunchTemplate": product,
    "FeatureExplainerTemplate": feature,
}


def dynamic_video() -> dict[str, Any]:
    return {
        "script": {
            "totalDuration": 2,
            "scenes": [
                {"id": "hook", "duration": 2, "headline": "Warm it up", "emphasis": "warm", "mood": "proof"}
            ],
            "colorPalette": PALETTE,
        },
        "facts": {
            "kind": "course",
            "title": "Saturation",
            "storeName": STORE,
            "domain": DOMAIN,
            "cta": "Enroll",
        },
        "images": [None],
        "code": "module.exports.default = function Empty() { return null; };",
        "audioUrl": None,
        "durationInFrames": 60,
        "width": 270,
        "height": 480,
        "words": [{"word": "Warm", "start": 0, "end": 0.4}],
        "burnCaptions": True,
    }


def changed(props: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A deep copy of `props` with the value at the dotted `path` replaced (or removed, for value=...)."""
    result = copy.deepcopy(props)
    *parents, last = path.split(".")
    target: Any = result
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    key: Any = int(last) if isinstance(target, list) else last
    if value is ...:
        del target[key]
    else:
        target[key] = value
    return result

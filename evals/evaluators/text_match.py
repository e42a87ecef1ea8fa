"""Finding a fact in what frames show: text compared without case, spacing or punctuation (a title may be
split into word spans or broken over lines), prices by amount and currency."""

import re
import unicodedata
from collections.abc import Iterable

from store.facts import CURRENCY_SYMBOLS

FREE_WORDS = ("free", "gratis", "gratuit", "kostenlos", "無料", "免费")
# Phrases a call to action starts with, after any emoji or arrow.
CTA_OPENINGS = (
    "enroll",
    "enrol",
    "join",
    "get it",
    "get yours",
    "get the",
    "get instant",
    "grab",
    "buy",
    "shop",
    "download",
    "visit",
    "sign up",
    "start",
    "learn more",
    "link in bio",
    "order",
    "claim",
    "book",
    "register",
    "try",
    "listen",
    "explore",
    "discover",
    "subscribe",
    "pre-order",
    "preorder",
    "use code",
    "tap",
    "save",
    "reserve",
)


def normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def compact(text: str) -> str:
    """Letters and digits only, case folded: 'Saturation Secrets: Warmth' -> 'saturationsecretswarmth'."""
    return "".join(character for character in normal(text) if character.isalnum())


def shows(texts: Iterable[str], wanted: str) -> bool:
    """Whether the joined `texts` contain `wanted`, ignoring case, spacing and punctuation."""
    needle = compact(wanted)
    return bool(needle) and needle in compact(" ".join(texts))


def _amounts(price: float) -> list[str]:
    if price == int(price):
        whole = int(price)
        return [f"{whole:,}", f"{whole:,}".replace(",", "."), f"{whole:,}".replace(",", " "), str(whole)]
    return [f"{price:,.2f}", f"{price:.2f}", f"{price:.2f}".replace(".", ","), f"{price:g}"]


def price_pattern(price: float, currency: str) -> re.Pattern[str]:
    """The price next to its currency's symbol or code, either side: '$79', '79 USD', '€24,50', '¥3,200'."""
    symbols = {
        currency,
        CURRENCY_SYMBOLS.get(currency, currency),
        {"JPY": "￥", "CNY": "¥"}.get(currency, ""),
    }
    money = "|".join(re.escape(symbol) for symbol in sorted(symbols - {""}, key=len, reverse=True))
    amount = "|".join(re.escape(value) for value in dict.fromkeys(_amounts(price)))
    return re.compile(
        rf"(?:(?:{money})\s?(?:{amount})(?![\d.,]\d))|(?:(?<![\d.,])(?:{amount})\s?(?:{money}))",
        re.IGNORECASE,
    )


def shows_price(texts: Iterable[str], price: float, currency: str) -> bool:
    """A price of 0 is shown as a word for free; any other as its amount with its currency."""
    joined = unicodedata.normalize("NFKC", " ".join(texts))
    if price == 0:
        words = normal(joined)
        return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", words) for word in FREE_WORDS)
    return price_pattern(price, currency).search(joined) is not None


def is_call_to_action(text: str) -> bool:
    words = normal(text).lstrip(" \t\n→👉➡️▶►>-–—•·*✨🔥🎧🎹")
    return words.startswith(CTA_OPENINGS)


def shows_number(texts: Iterable[str], number: str) -> bool:
    """'50%' as '50%' or '50 %', '7pm' as '7 PM', '72' as a number of its own (not inside 1720)."""
    match = re.fullmatch(r"([$€£¥]?)(\d+(?:[.,]\d+)?)\s?(.*)", number.strip())
    if match is None:
        return shows(texts, number)
    sign, digits, unit = match.groups()
    unit_pattern = r"\s?" + r"\.?".join(re.escape(character) for character in unit) if unit else ""
    pattern = rf"{re.escape(sign)}\s?(?<![\d.,]){re.escape(digits)}(?![\d]){unit_pattern}"
    joined = unicodedata.normalize("NFKC", " ".join(texts))
    return re.search(pattern, joined, re.IGNORECASE) is not None

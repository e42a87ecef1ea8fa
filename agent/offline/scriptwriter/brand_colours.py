"""The video's palette: the store's brand colours, for every kind of video. Whether the text reads on them is
the composition's job (it picks dark text on a light brand, and tones colours down until they read)."""

from domain.script import ColorPalette
from store.context import BrandColours

# CIE76 distance under which a colour is a shade of another (about 2.3 is just noticeable): the same distance
# under which the brand_adherence eval counts a colour as the brand's.
SHADE_OF = 25.0


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def _lab(colour: str) -> tuple[float, float, float]:
    red, green, blue = (_linear(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    x = (0.4124564 * red + 0.3575761 * green + 0.1804375 * blue) / 0.95047
    y = 0.2126729 * red + 0.7151522 * green + 0.0721750 * blue
    z = (0.0193339 * red + 0.1191920 * green + 0.9503041 * blue) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def colour_distance(first: str, second: str) -> float:
    """How different two '#RRGGBB' colours look (CIE76)."""
    return sum((a - b) ** 2 for a, b in zip(_lab(first), _lab(second), strict=True)) ** 0.5


def brand_palette(brand: BrandColours, topic: ColorPalette | None = None) -> ColorPalette:
    """The brand's colours. When the topic's primary is a shade of the brand's primary, the topic's tuned
    shade is kept (it is still the brand's colour); everything else is the brand's."""
    palette = ColorPalette(**brand.model_dump())
    if topic is not None and colour_distance(brand.primary, topic.primary) <= SHADE_OF:
        return palette.model_copy(update={"primary": topic.primary})
    return palette

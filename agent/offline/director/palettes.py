"""New colour palettes for a refinement: named hues, warmer / cooler shifts, darker / brighter shades.

The named palettes keep their text colours light over a near-black background (the still checks' contrast);
a director composition picks readable text colours for any background, a light brand's included."""

import colorsys

from domain.script import ColorPalette
from store.context import BrandColours


def _palette(primary: str, secondary: str, accent: str, background: str) -> ColorPalette:
    return ColorPalette(primary=primary, secondary=secondary, accent=accent, background=background)


HUE_PALETTES = {
    "blue": _palette("#60A5FA", "#22D3EE", "#818CF8", "#030712"),
    "red": _palette("#F87171", "#FB923C", "#FB7185", "#0C0405"),
    "green": _palette("#4ADE80", "#A3E635", "#2DD4BF", "#03100A"),
    "purple": _palette("#A78BFA", "#E879F9", "#818CF8", "#0A0514"),
    "pink": _palette("#F472B6", "#F9A8D4", "#C084FC", "#10040A"),
    "orange": _palette("#FB923C", "#FBBF24", "#F87171", "#0C0603"),
    "gold": _palette("#FACC15", "#FDE68A", "#FB923C", "#0C0A03"),
    "teal": _palette("#2DD4BF", "#22D3EE", "#60A5FA", "#03100F"),
    "mono": _palette("#F5F5F5", "#A3A3A3", "#D4D4D4", "#0A0A0A"),
}
WARM_HUE, COOL_HUE = 18.0, 215.0
# Lightness above which a background is light, and the lightness "darker" takes a light one to.
LIGHT, DEEP = 0.5, 0.08


def _hls(color: str) -> tuple[float, float, float]:
    red, green, blue = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(red, green, blue)


def _hex(hue: float, lightness: float, saturation: float) -> str:
    red, green, blue = colorsys.hls_to_rgb(
        hue % 1.0, min(max(lightness, 0.0), 1.0), min(max(saturation, 0.0), 1.0)
    )
    return "#" + "".join(f"{round(channel * 255):02X}" for channel in (red, green, blue))


def _map(palette: ColorPalette, change: "ColourChange") -> ColorPalette:
    """The change applied to the text colours; the background stays."""
    return palette.model_copy(
        update={name: change(getattr(palette, name)) for name in ("primary", "secondary", "accent")}
    )


class ColourChange:
    """One colour in, one colour out, in hue / lightness / saturation terms."""

    def __init__(
        self,
        *,
        hue_to: float | None = None,
        pull: float = 0.0,
        lighten: float = 0.0,
        scale_light: float = 1.0,
    ) -> None:
        self.hue_to, self.pull, self.lighten, self.scale_light = hue_to, pull, lighten, scale_light

    def __call__(self, color: str) -> str:
        hue, lightness, saturation = _hls(color)
        if self.hue_to is not None:
            target = self.hue_to / 360
            # The short way round the colour wheel.
            delta = (target - hue + 0.5) % 1.0 - 0.5
            hue += delta * self.pull
        return _hex(hue, lightness * self.scale_light + self.lighten, saturation)


def mean_hue(palette: ColorPalette) -> float:
    """The palette's main hue in degrees (its primary's)."""
    return _hls(palette.primary)[0] * 360


def is_warm(palette: ColorPalette) -> bool:
    hue = mean_hue(palette)
    return hue < 70 or hue > 330


def hue_palette(hues: tuple[str, ...], current: ColorPalette, brand: BrandColours) -> ColorPalette:
    """The palette for the named hues: the first names the palette, a second one gives its secondary."""
    first = hues[0]
    if first == "brand":
        palette = ColorPalette(**brand.model_dump())
    elif first == "warm":
        palette = (
            HUE_PALETTES["orange"]
            if not is_warm(current)
            else _map(current, ColourChange(hue_to=WARM_HUE, pull=0.6))
        )
    elif first == "cool":
        palette = (
            HUE_PALETTES["blue"]
            if is_warm(current)
            else _map(current, ColourChange(hue_to=COOL_HUE, pull=0.5))
        )
    else:
        palette = HUE_PALETTES[first]
    second = next((hue for hue in hues[1:] if hue in HUE_PALETTES), None)
    if second is not None:
        palette = palette.model_copy(update={"secondary": HUE_PALETTES[second].primary})
    return palette


def shaded(palette: ColorPalette, shade: str) -> ColorPalette:
    """Darker: a deeper background (the text colours stay legible). Brighter: lighter text and accents."""
    if shade == "darker":
        # A light background (a light brand) goes to a deep shade of its own hue, not to a muddy grey.
        lightness = _hls(palette.background)[1]
        scale = 0.45 if lightness <= LIGHT else DEEP / lightness
        return palette.model_copy(update={"background": ColourChange(scale_light=scale)(palette.background)})
    return _map(palette, ColourChange(lighten=0.08))

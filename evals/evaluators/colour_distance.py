"""Colour distance as people see it: CIE L*a*b* and the CIE76 difference (about 2.3 is just noticeable)."""

import numpy as np
from numpy.typing import NDArray

_SRGB_TO_XYZ = np.array(
    [[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.0721750], [0.0193339, 0.1191920, 0.9503041]]
)
_D65_WHITE = np.array([0.95047, 1.0, 1.08883])


def hex_rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def lab(colours: list[str]) -> NDArray[np.float64]:
    """L*a*b* of '#RRGGBB' colours, one row each."""
    rgb = np.array([hex_rgb(colour) for colour in colours], dtype=np.float64).reshape(-1, 3) / 255
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    xyz = linear @ _SRGB_TO_XYZ.T / _D65_WHITE
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.stack([116 * f[:, 1] - 16, 500 * (f[:, 0] - f[:, 1]), 200 * (f[:, 1] - f[:, 2])], axis=1)


def nearest_distances(colours: list[str], palette: list[str]) -> NDArray[np.float64]:
    """For each colour, its CIE76 distance to the nearest colour of `palette`."""
    if not colours:
        return np.zeros(0)
    pairs = lab(colours)[:, None, :] - lab(palette)[None, :, :]
    return np.asarray(np.sqrt((pairs**2).sum(axis=2)).min(axis=1), dtype=np.float64)

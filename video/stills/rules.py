"""Every threshold the still checks use, in one place. Sizes are shares of the frame: they scale with it."""

from dataclasses import dataclass

from video.stills.dom import Box


@dataclass(frozen=True)
class SafeInsets:
    top: float
    right: float
    bottom: float
    left: float

    def area(self, width: int, height: int) -> Box:
        return Box(
            x=self.left * width,
            y=self.top * height,
            width=width * (1 - self.left - self.right),
            height=height * (1 - self.top - self.bottom),
        )


# 9:16: TikTok, Reels and Shorts draw their UI over the top ~14 % (status bar, tabs, "Following | For You")
# and the bottom ~22 % (caption, user name, audio ticker, progress bar); 6 % at the sides. The component
# library (remotion/src/components/Layout.tsx safeInsets) keeps to the same numbers. Meta's ad guidance asks
# for 35 % at the bottom of Reels ads; that stricter band is not enforced here.
PORTRAIT_SAFE = SafeInsets(top=0.14, right=0.06, bottom=0.22, left=0.06)
# 16:9 and 1:1: the broadcast title-safe area, 5 % on every side.
TITLE_SAFE = SafeInsets(top=0.05, right=0.05, bottom=0.05, left=0.05)


def is_portrait(width: int, height: int) -> bool:
    """Tall frames (9:16, 4:5) get the platform UI bands; the same 0.9 ratio as Layout.tsx orientationOf."""
    return width / height < 0.9


def safe_insets(width: int, height: int) -> SafeInsets:
    return PORTRAIT_SAFE if is_portrait(width, height) else TITLE_SAFE


@dataclass(frozen=True)
class CheckRules:
    # Geometry noise allowed before a box counts as outside another: anti-aliasing, sub-pixel layout.
    tolerance_share: float = 0.004
    # Elements fading or scaling in or out: below these they are skipped, since the frame shows a transition.
    min_opacity: float = 0.5
    min_scale: float = 0.9
    # Font size as a share of the frame's shorter side (1080 px at 1080x1920 or 1920x1080). A 1080 px wide
    # frame fills a phone about 390 CSS px wide, so 24 px is about 8.7 CSS px (the component library's
    # smallest labels) and 18 px about 6.5 CSS px, which nobody reads at a glance.
    small_text_warning_share: float = 24 / 1080
    small_text_error_share: float = 18 / 1080
    # WCAG 2.x AA: 4.5:1 for normal text, 3:1 for large text. Large = 18 pt (24 CSS px) or 14 pt bold
    # (18.66 CSS px), scaled by the same 1080/390 phone ratio: 66 px, or 52 px at weight 700 and above.
    contrast_normal: float = 4.5
    # Text still fading in or out is judged once it has arrived: a half-faded word is a transition.
    contrast_min_opacity: float = 0.9
    contrast_large: float = 3.0
    large_text_share: float = 66 / 1080
    large_bold_text_share: float = 52 / 1080
    # Share of the smaller text's area two texts must share to count as overlapping.
    overlap_share: float = 0.15
    # Share of sample points on a text covered by an opaque element for it to count as hidden.
    occluded_share: float = 0.3
    # A frame whose luminance spread (0.5th to 99.5th percentile, 0-255) is below this shows nothing.
    blank_luminance_spread: float = 10.0

    def tolerance(self, width: int, height: int) -> float:
        return max(2.0, self.tolerance_share * min(width, height))


DEFAULT_RULES = CheckRules()

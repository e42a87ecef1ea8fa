"""New scene lengths for a refinement: a new total shared out like the old one, or one scene made shorter or
longer with the other scenes absorbing the difference. Frame counts always add up exactly."""

from domain.script import FPS, ColorPalette, VideoScene, VideoScript

MIN_SCENE_FRAMES = 36
SHORTER, LONGER = 2 / 3, 1.5
SCENE_SHORTER, SCENE_LONGER = 0.6, 1.5
MIN_TOTAL_S, MAX_TOTAL_S = 6, 90


def share(weights: list[float], total_frames: int, minimum: int = MIN_SCENE_FRAMES) -> list[int]:
    """Whole frame counts in proportion to `weights`, each at least `minimum`, adding up to `total_frames`."""
    frames = [max(minimum, int(total_frames * weight / sum(weights))) for weight in weights]
    index = 0
    while sum(frames) != total_frames:
        step = 1 if sum(frames) < total_frames else -1
        if step == 1 or frames[index % len(frames)] > minimum:
            frames[index % len(frames)] += step
        index += 1
    return frames


def with_scene(script: VideoScript, scene: VideoScene, index: int) -> VideoScript:
    """The script with `scene` inserted at `index`, given an average share of the same total."""
    weights = [float(existing.duration_frames()) for existing in script.scenes]
    weights.insert(index, sum(weights) / len(weights))
    scenes = [*script.scenes]
    scenes.insert(index, scene)
    return with_frames(scenes, script.color_palette, share(weights, script.total_frames()))


def with_frames(scenes: list[VideoScene], palette: ColorPalette, frames: list[int]) -> VideoScript:
    timed = [
        scene.model_copy(update={"duration": round(count / FPS, 4)})
        for scene, count in zip(scenes, frames, strict=True)
    ]
    return VideoScript(total_duration=round(sum(frames) / FPS, 4), scenes=timed, color_palette=palette)


def min_total_s(script: VideoScript) -> float:
    return max(MIN_TOTAL_S, len(script.scenes) * MIN_SCENE_FRAMES / FPS)


def new_total_s(script: VideoScript, length: str | None, seconds: float | None) -> float:
    """The asked total in whole seconds: the number given, else two thirds (shorter) or 1.5 times (longer)."""
    target = seconds or script.total_duration * (SHORTER if length == "shorter" else LONGER)
    return float(min(MAX_TOTAL_S, max(min_total_s(script), int(target + 0.5))))


def retimed(script: VideoScript, total_s: float) -> VideoScript:
    """The script at a new total length, every scene keeping its share."""
    weights = [float(scene.duration_frames()) for scene in script.scenes]
    return with_frames(script.scenes, script.color_palette, share(weights, round(total_s * FPS)))


def scene_retimed(script: VideoScript, index: int, length: str | None, seconds: float | None) -> VideoScript:
    """One scene shorter or longer (or `seconds` long) at the same total; the others share the difference."""
    scenes: list[VideoScene] = script.scenes
    if len(scenes) < 2:
        return script
    total = script.total_frames()
    current = scenes[index].duration_frames()
    factor = SCENE_SHORTER if length == "shorter" else SCENE_LONGER
    wanted = round(seconds * FPS) if seconds else round(current * factor)
    others_minimum = MIN_SCENE_FRAMES * (len(scenes) - 1)
    wanted = min(max(MIN_SCENE_FRAMES, wanted), total - others_minimum)
    rest = share(
        [float(scene.duration_frames()) for i, scene in enumerate(scenes) if i != index], total - wanted
    )
    frames = [*rest[:index], wanted, *rest[index:]]
    return with_frames(scenes, script.color_palette, frames)

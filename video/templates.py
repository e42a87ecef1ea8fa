"""The template fallback: when the model's own composition cannot pass validation, the matching template
renders the video from the script and the catalog facts alone."""

from typing import Any

from domain.script import VideoFacts, VideoScene, VideoScript
from domain.template_props import (
    ColorPalette,
    CoursePromoProps,
    FeaturePromoProps,
    ProductPromoProps,
    SolutionItem,
    TemplateProps,
    TemplateScene,
    TemplateScript,
)

TEMPLATE_FOR_KIND = {
    "course": "CoursePromoTemplate",
    "product": "ProductLaunchTemplate",
    "brand": "FeatureExplainerTemplate",
}


def template_for(facts: VideoFacts) -> str:
    return TEMPLATE_FOR_KIND[facts.kind]


def _scene_lines(script: VideoScript) -> list[str]:
    lines: list[str] = []
    for scene in script.scenes:
        lines.extend(scene.bullet_points or [])
    return lines


def template_scene(scene: VideoScene) -> TemplateScene:
    """The agent's scene as the templates take it: its one emphasised phrase becomes a list of one."""
    return TemplateScene(
        id=scene.id,
        duration=scene.duration,
        headline=scene.headline,
        subhead=scene.subhead,
        bullet_points=scene.bullet_points,
        emphasis=[scene.emphasis] if scene.emphasis else None,
        mood=scene.mood,
    )


def template_script(script: VideoScript) -> TemplateScript:
    return TemplateScript(
        total_duration=script.total_duration,
        scenes=[template_scene(scene) for scene in script.scenes],
        color_palette=ColorPalette.model_validate(script.color_palette.model_dump()),
    )


def template_props(
    template: str, facts: VideoFacts, script: VideoScript, images: list[str | None], audio_url: str | None
) -> dict[str, Any]:
    """Input props of `template` (CoursePromoProps, ProductPromoProps or FeaturePromoProps in
    domain/template_props.py, the mirrors of the templates' zod schemas).

    Optional fields are sent as null rather than left out: Remotion merges the composition's demo
    defaultProps under the input props, and a missing key would show the demo course's data. The templates'
    calculateMetadata now draws a render's input props alone, but complete props keep every other reader (the
    still-check page) right too; the template schemas accept null for every optional field."""
    common: dict[str, Any] = {
        "store_name": facts.store_name,
        "domain": facts.domain,
        "script": template_script(script),
        "image_urls": [url or "" for url in images],
        "audio_url": audio_url,
    }
    props: TemplateProps
    if template == "CoursePromoTemplate":
        props = CoursePromoProps(
            **common,
            title=facts.title,
            description=facts.description or facts.title,
            price=facts.price or 0,
            currency=facts.currency or "USD",
            module_count=facts.module_count,
            modules=facts.modules,
            lesson_count=facts.lesson_count,
            enrollment_count=facts.enrollment_count,
            average_rating=facts.average_rating,
            creator_name=facts.creator_name or facts.store_name,
        )
    elif template == "ProductLaunchTemplate":
        props = ProductPromoProps(
            **common,
            product_name=facts.title,
            product_type=facts.product_type or "product",
            price=facts.price or 0,
            description=facts.description or facts.title,
            features=facts.features or _scene_lines(script),
        )
    else:
        pains = [scene.headline for scene in script.scenes if scene.mood == "frustration" and scene.headline]
        props = FeaturePromoProps(
            **common,
            feature_name=facts.title,
            tagline=script.scenes[0].headline or facts.title,
            pain_points=pains,
            solution=[
                SolutionItem(icon="bolt", title=line, description="") for line in _scene_lines(script)[:4]
            ],
            stats=[],
            steps=None,
        )
    return props.to_props()

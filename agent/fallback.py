"""The template fallback: when the model's own composition cannot pass validation, the matching template
renders
the video from the script and the catalog facts alone."""

from typing import Any

from store.script import VideoFacts, VideoScript

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


def template_props(
    template: str, facts: VideoFacts, script: VideoScript, images: list[str | None], audio_url: str | None
) -> dict[str, Any]:
    """Input props of `template` (CoursePromoProps, ProductPromoProps or FeaturePromoProps).

    Optional fields are sent as null rather than left out: Remotion merges the composition's demo defaultProps
    under the input props, so a missing key would show the demo course's data."""
    script_json = script.to_json_dict()
    image_urls = [url or "" for url in images]
    if template == "CoursePromoTemplate":
        props: dict[str, Any] = {
            "title": facts.title,
            "description": facts.description or facts.title,
            "price": facts.price or 0,
            "currency": facts.currency or "USD",
            "moduleCount": facts.module_count,
            "modules": facts.modules,
            "lessonCount": facts.lesson_count,
            "enrollmentCount": facts.enrollment_count,
            "averageRating": facts.average_rating,
            "creatorName": facts.creator_name or facts.store_name,
            "storeName": facts.store_name,
            "domain": facts.domain,
            "script": script_json,
            "imageUrls": image_urls,
            "audioUrl": audio_url,
        }
    elif template == "ProductLaunchTemplate":
        props = {
            "productName": facts.title,
            "productType": facts.product_type or "product",
            "price": facts.price or 0,
            "description": facts.description or facts.title,
            "features": facts.features or _scene_lines(script),
            "domain": facts.domain,
            "script": script_json,
            "imageUrls": image_urls,
        }
    else:
        pains = [scene.headline for scene in script.scenes if scene.mood == "frustration" and scene.headline]
        props = {
            "featureName": facts.title,
            "tagline": script.scenes[0].headline or facts.title,
            "painPoints": pains,
            "solution": [
                {"icon": "bolt", "title": line, "description": ""} for line in _scene_lines(script)[:4]
            ],
            "stats": [],
            "steps": None,
            "domain": facts.domain,
            "script": script_json,
        }
    return props

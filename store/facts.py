"""The catalog facts a composition may show (domain.script.VideoFacts): price label and call to action."""

from domain.script import VideoFacts
from store.context import VideoContext

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CAD": "CA$", "AUD": "A$", "INR": "₹"}
PRODUCT_TYPE_NAMES = {
    "sample_pack": "Sample pack",
    "preset": "Preset pack",
    "beat": "Beat",
    "midi_pack": "MIDI pack",
    "template": "Project template",
    "other": "Digital product",
}


def price_label(price: float, currency: str) -> str:
    """'$79', '$49.99', '€15', '120 SEK'; 'Free' for a price of 0."""
    if price == 0:
        return "Free"
    amount = f"{price:,.0f}" if price == int(price) else f"{price:,.2f}"
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{amount}" if symbol else f"{amount} {currency}"


def facts_from_context(context: VideoContext) -> VideoFacts:
    store, analytics = context.store, context.analytics
    common = {
        "store_name": store.name,
        "domain": store.domain,
        "review_count": analytics.review_count or None,
        "average_rating": None if analytics.average_rating is None else round(analytics.average_rating, 1),
    }
    if context.course is not None:
        course = context.course
        return VideoFacts(
            kind="course",
            title=course.title,
            description=course.description or None,
            price=course.price,
            currency=course.currency,
            price_label=price_label(course.price, course.currency),
            modules=[module.title for module in course.modules] or None,
            module_count=len(course.modules) or None,
            lesson_count=course.lesson_count or None,
            enrollment_count=course.enrollment_count or None,
            creator_name=course.creator_name,
            cta=f"Enroll now at {store.domain}",
            **common,
        )
    if context.product is not None:
        product = context.product
        return VideoFacts(
            kind="product",
            title=product.name,
            description=product.description or None,
            price=product.price,
            currency=product.currency,
            price_label=price_label(product.price, product.currency),
            product_type=PRODUCT_TYPE_NAMES.get(product.type, product.type),
            features=product.features or None,
            cta=f"Get it at {store.domain}",
            **common,
        )
    return VideoFacts(kind="brand", title=store.name, cta=f"Visit {store.domain}", **common)

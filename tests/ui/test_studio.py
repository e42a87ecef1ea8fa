"""A creator's whole workflow in the browser: log in, generate a 15 s video and watch its steps advance, see
the Preview play before any <video> exists, then the MP4; download the SRT, schedule a post, refine once and
see Version 2. A second creator gets a 404 page for the first one's job, and the page logs no console
errors."""

import itertools
import re
import subprocess
import time
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, ViewportSize, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from domain.paths import job_dir
from tests.ui.conftest import ALICE, BOB, Console, LiveStudio, log_in, new_context, screenshot
from video.engine.media import compositor_tool, probe

pytestmark = pytest.mark.render

JOB_URL = re.compile(r"/jobs/(\d+)$")
PHONE: ViewportSize = {"width": 390, "height": 844}


def preview(page: Page) -> Locator:
    return page.get_by_role("region", name="Preview")


def step(page: Page, label: str) -> Locator:
    return page.locator(f'[data-step="{label}"]')


def wait_until_playing(page: Page, timeout_ms: int = 60_000) -> None:
    """The Player paints and its frame moves on."""
    expect(preview(page)).to_have_attribute("data-preview-state", "playing", timeout=timeout_ms)
    first = int(preview(page).get_attribute("data-frame") or 0)
    deadline = time.monotonic() + 10
    while int(preview(page).get_attribute("data-frame") or 0) == first:
        assert time.monotonic() < deadline, "the Player does not advance"
        page.wait_for_timeout(200)


def wait_for_first_frame(page: Page, timeout_ms: int = 30_000) -> None:
    """The Preview's MP4 shows its first frame, so a screenshot shows the video and not the player's loading
    spinner: the video can show its first frame (readyState HAVE_CURRENT_DATA), then the player is still.
    Chromium's spinner finishes its last turn after the video is ready (about a second), inside the player's
    closed shadow DOM where no animation can be read, so "still" is the player's picture not changing."""
    video = preview(page).locator("video")
    expect(video).to_be_visible()
    try:
        page.wait_for_function(
            "video => video.readyState >= 2", arg=video.element_handle(), timeout=timeout_ms
        )
    except PlaywrightTimeoutError:
        state = video.evaluate(
            "video => `readyState ${video.readyState}, networkState ${video.networkState}, "
            "error ${video.error ? video.error.code : 'none'}, src ${video.currentSrc}`"
        )
        pytest.fail(f"the MP4 cannot show its first frame after {timeout_ms / 1000:g} s ({state})")
    deadline = time.monotonic() + 10
    picture, same = video.screenshot(), 0
    while same < 2:  # the same picture three times in a row, 200 ms apart
        assert time.monotonic() < deadline, "the MP4 player still moves (its spinner) 10 s after loading"
        page.wait_for_timeout(200)
        previous, picture = picture, video.screenshot()
        same = same + 1 if picture == previous else 0


def gray_frame(video: Path, at_s: float) -> bytes:
    ffmpeg, env = compositor_tool("ffmpeg")
    command = [str(ffmpeg), "-v", "error", "-ss", str(at_s), "-i", str(video), "-frames:v", "1"]
    command += ["-f", "image2pipe", "-c:v", "rawvideo", "-pix_fmt", "gray", "-"]
    return subprocess.run(command, capture_output=True, check=True, env=env).stdout


def changed_pixels(plain: Path, burned: Path, at_s: float) -> int:
    """Pixels that differ by far more than encoding noise between the two videos' frames at `at_s`."""
    before, after = gray_frame(plain, at_s), gray_frame(burned, at_s)
    assert len(before) == len(after) > 0
    return sum(abs(a - b) > 60 for a, b in zip(before, after, strict=True))


def no_sideways_scroll(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page is {width} px wide at phone width"


def one_column_of_usable_cards(page: Page, cards: Locator) -> None:
    """At phone width the cards stack in one column, each inside the screen, and each card's link (its
    thumbnail and title) is visible, fully on screen once scrolled to, clickable and reached with Tab."""
    boxes = []
    for index in range(cards.count()):
        card = cards.nth(index)
        box = card.bounding_box()
        assert box is not None, f"card {index + 1} has no box"
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (
            f"card {index + 1} spans x {box['x']:.0f} to {box['x'] + box['width']:.0f} at phone width"
        )
        boxes.append(box)
        link = card.get_by_role("link")
        expect(link).to_have_count(1)
        expect(link).to_be_visible()
        title = link.locator(".video-title")
        expect(title).not_to_be_empty()
        link.scroll_into_view_if_needed()
        expect(link).to_be_in_viewport(ratio=1)
        expect(title).to_be_in_viewport(ratio=1)
        link.click(trial=True)  # visible, stable, enabled and not covered by anything else
        expect(card.locator(".status")).to_be_visible()
    for above, below in itertools.pairwise(boxes):
        assert below["x"] == above["x"], "the cards are not in one column"
        assert below["y"] >= above["y"] + above["height"], "a card is beside or over the one before it"
    page.get_by_label("Filter by aspect ratio").focus()
    for index in range(cards.count()):
        page.keyboard.press("Tab")
        expect(cards.nth(index).get_by_role("link")).to_be_focused()


def test_a_creator_makes_watches_refines_and_shares_a_video(live: LiveStudio, browser: Browser) -> None:
    console = Console()
    context = new_context(browser, live.origin)
    page = console.watch(context.new_page())

    log_in(page, ALICE)
    expect(page.get_by_role("button", name="Generate video")).to_be_visible()
    screenshot(page, "studio")

    page.get_by_label("Describe the video you want to create").fill(
        "Promote my saturation course to bedroom producers"
    )
    subject = page.get_by_label("Course or product")
    subject.select_option(index=1)
    page.get_by_label("Style").select_option(label="Hype")
    page.get_by_label("Duration").select_option(label="15 s")
    page.get_by_label("Aspect ratio").select_option(label="9:16")
    expect(page.get_by_role("switch", name="Voice")).to_have_attribute("aria-checked", "true")
    expect(page.get_by_label("Voice-over voice")).to_be_visible()
    page.get_by_role("button", name="Generate video").click()

    page.wait_for_url(JOB_URL)
    match = JOB_URL.search(page.url)
    assert match
    first_job = int(match.group(1))
    page.evaluate("window.pprNoReload = true")

    # The steps advance live, from the event stream.
    expect(step(page, "Gathering data")).to_have_attribute("data-state", "done", timeout=60_000)
    expect(step(page, "Gathering data")).to_contain_text(re.compile(r"\d+(\.\d)? s"))
    expect(step(page, "Script")).to_have_attribute("data-state", "done", timeout=60_000)
    expect(step(page, "Script")).to_contain_text("scene")

    # The Player plays in the Preview before the MP4 exists.
    wait_until_playing(page)
    assert page.locator("video").count() == 0
    expect(preview(page).locator("iframe")).to_have_attribute("sandbox", "allow-scripts")
    screenshot(page, "job-previewing")

    # Then the MP4.
    expect(preview(page).locator("video")).to_be_visible(timeout=300_000)
    expect(step(page, "Rendering")).to_have_attribute("data-state", "done")
    expect(step(page, "Rendering")).to_contain_text(re.compile(r"(\d+) of \1 frames"))
    for label in ("Images", "Voice-over", "Composition", "Frame checks"):
        expect(step(page, label)).to_have_attribute("data-state", "done")
    assert page.evaluate("window.pprNoReload") is True
    video_src = preview(page).locator("video").get_attribute("src")
    assert video_src == f"/api/videos/{first_job}/files/video.mp4"
    expect(page.get_by_role("link", name="Download MP4", exact=True)).to_be_visible()
    expect(
        page.get_by_role("group", name="Instagram").get_by_role("button", name="Copy caption")
    ).to_be_visible()
    expect(page.get_by_role("link", name="Version 1 (original)")).to_be_visible()
    wait_for_first_frame(page)
    screenshot(page, "job-finished")

    # The SRT downloads.
    with page.expect_download() as download:
        page.get_by_role("link", name="Download SRT").click()
    srt = download.value.path().read_text()
    assert srt.startswith("1\n") and "-->" in srt

    # The MP4 with subtitles is rendered on demand (from the keyboard), with progress, then downloads.
    expect(page.get_by_role("link", name="Download MP4 with subtitles")).to_have_count(0)
    page.get_by_role("button", name="Download MP4 with subtitles").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("progressbar", name="Subtitles render progress")).to_be_visible()
    captioned = page.get_by_role("link", name="Download MP4 with subtitles")
    expect(captioned).to_have_attribute(
        "href", f"/api/videos/{first_job}/files/video-captioned.mp4", timeout=300_000
    )
    with page.expect_download() as download:
        captioned.click()
    burned = download.value.path()
    assert abs(probe(burned).frames - 450) <= 1
    plain = job_dir(first_job) / "video.mp4"
    assert max(changed_pixels(plain, burned, at) for at in (2.0, 4.0, 6.0, 8.0)) > 200, "no subtitles drawn"

    # A post is scheduled.
    schedule = page.get_by_role("region", name="Schedule post")
    schedule.get_by_label("TikTok").check()
    expect(schedule.get_by_label("TikTok caption")).not_to_be_empty()
    expect(schedule.get_by_label("TikTok post preview")).to_be_visible()
    schedule.get_by_role("button", name="Schedule post").click()
    expect(schedule.get_by_role("status")).to_contain_text("Scheduled for")
    expect(schedule.get_by_role("list", name="Scheduled posts")).to_contain_text("Instagram, TikTok")

    # Refine once: the new version previews in the page, and Version 2 is in the history.
    page.get_by_role("textbox", name="Refine", exact=True).fill("make the hook more aggressive")
    page.get_by_role("button", name="Regenerate").click()
    page.wait_for_url(lambda url: not url.endswith(f"/jobs/{first_job}"))
    second = JOB_URL.search(page.url)
    assert second and int(second.group(1)) != first_job
    wait_until_playing(page)
    expect(page.get_by_role("link", name=re.compile(r"^Version 2 \(.+\)$"))).to_be_visible()
    expect(page.get_by_role("list", name="Refine chat")).to_contain_text("make the hook more aggressive")
    expect(preview(page).locator("video")).to_be_visible(timeout=300_000)

    # The Studio lists both versions, newest first; the Library finds them by search.
    page.get_by_role("link", name="Studio", exact=True).click()
    cards = page.get_by_role("list", name="Your videos, newest first").get_by_role("listitem")
    expect(cards).to_have_count(2)
    expect(cards.first).to_contain_text("Version 2")
    screenshot(page, "studio-with-videos")
    page.get_by_role("link", name="Library", exact=True).click()
    library = page.get_by_role("list", name="Every version of every video").get_by_role("listitem")
    expect(library).to_have_count(2)
    screenshot(page, "library")
    page.get_by_label("Search").fill("version 2")
    expect(library).to_have_count(1)
    page.get_by_label("Search").fill("no such video")
    expect(page.get_by_text("No video matches that search.")).to_be_visible()

    # The phone layout: no sideways scroll on the Studio, the job page or the Library, whose cards stack in
    # one column and can each be reached and opened.
    phone = context.new_page()
    console.watch(phone)
    phone.set_viewport_size(PHONE)
    phone.goto(f"/jobs/{first_job}")
    expect(preview(phone).locator("video")).to_be_visible()
    no_sideways_scroll(phone)
    wait_for_first_frame(phone)
    screenshot(phone, "phone-job")
    phone.goto("/")
    expect(phone.get_by_role("button", name="Generate video")).to_be_visible()
    no_sideways_scroll(phone)
    screenshot(phone, "phone-studio")
    phone.goto("/library")
    phone_library = phone.get_by_role("list", name="Every version of every video").get_by_role("listitem")
    expect(phone_library).to_have_count(2)
    expect(phone_library.first).to_contain_text("Version 2")
    expect(phone_library.last).to_contain_text("Version 1 (original)")
    no_sideways_scroll(phone)
    one_column_of_usable_cards(phone, phone_library)
    phone_library.last.get_by_role("link").blur()
    phone.evaluate("window.scrollTo(0, 0)")
    screenshot(phone, "phone-library")
    phone_library.last.get_by_role("link").click()
    phone.wait_for_url(f"**/jobs/{first_job}")
    expect(preview(phone).locator("video")).to_be_visible()

    assert console.errors == [], "\n".join(console.errors)
    context.close()

    # Another creator: the first one's job is a 404 page.
    other = new_context(browser, live.origin)
    bob = other.new_page()
    log_in(bob, BOB)
    response = bob.goto(f"/jobs/{first_job}")
    assert response is not None and response.status == 404
    expect(bob.get_by_role("heading", name="404: not found")).to_be_visible()
    assert bob.locator("iframe, video").count() == 0
    other.close()

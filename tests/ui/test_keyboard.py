"""The Studio form from the keyboard alone: every control is reached with Tab in order, the Voice switch
toggles with Space, and Enter on "Generate video" queues the video. Errors show in the page, in plain
words."""

import re

from playwright.sync_api import Browser, expect

from tests.ui.conftest import ALICE, PASSWORD, Console, LiveStudio, log_in, new_context

WORKERS = 0  # the queued job is not run: this is about the form


def test_the_studio_form_works_from_the_keyboard(live: LiveStudio, browser: Browser) -> None:
    console = Console()
    context = new_context(browser, live.origin)
    page = console.watch(context.new_page())
    log_in(page, ALICE)

    page.get_by_role("button", name="Generate video").press("Enter")
    expect(page.get_by_role("alert").filter(has_text="Describe the video first")).to_be_visible()

    page.get_by_label("Describe the video you want to create").focus()
    page.keyboard.type("Announce our spring sale")
    focused = []
    for _ in range(6):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.id"))
    assert focused == ["subject", "style", "duration", "aspect", "voice", "voice-choice"]
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")
    expect(page.get_by_role("switch", name="Voice")).to_have_attribute("aria-checked", "false")
    expect(page.get_by_label("Voice-over voice")).to_have_count(0)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Generate video"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/jobs/\d+$"))
    expect(page.get_by_role("list", name="Progress")).to_be_visible()
    assert console.errors == [], "\n".join(console.errors)
    context.close()


def test_a_wrong_password_is_said_in_the_page(live: LiveStudio, browser: Browser) -> None:
    context = new_context(browser, live.origin)
    page = context.new_page()
    page.goto("/")
    page.get_by_label("Email").fill(ALICE)
    page.get_by_label("Password").fill(PASSWORD + " typo")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert")).to_have_text("That email and password do not match an account.")
    context.close()

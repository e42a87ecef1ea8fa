"""A job that failed shows its error in plain words with "Retry" and "Try with template"; retrying with the
template queues it again and the page follows it without a reload."""

from playwright.sync_api import Browser, expect

from domain.events import Failed
from store.accounts import find_account
from store.events import append_event
from store.status import update_job_status
from tests.store.builders import queue_from_brief
from tests.ui.conftest import ALICE, Console, LiveStudio, log_in, new_context, screenshot
from tests.web.stand_ins import job

WORKERS = 0  # the job fails by hand and stays queued after the retry

ERROR = "The image service refused the request: this month's image quota is used up."


def test_a_failed_job_says_why_and_offers_retry_and_the_template(live: LiveStudio, browser: Browser) -> None:
    alice = find_account(live.db, ALICE)
    assert alice is not None
    queued = queue_from_brief(live.db, alice, duration=15)
    assert queued.id is not None
    update_job_status(live.db, queued, "gathering_context")
    failed = update_job_status(live.db, queued, "failed", error=ERROR)
    append_event(live.db, failed, Failed(error=ERROR))

    console = Console()
    context = new_context(browser, live.origin)
    page = console.watch(context.new_page())
    log_in(page, ALICE)
    page.goto(f"/jobs/{queued.id}")
    failure = page.get_by_role("alert").filter(has_text="This video could not be made")
    expect(failure).to_contain_text(ERROR)
    expect(page.get_by_role("region", name="Preview")).to_have_attribute("data-preview-state", "waiting")
    # No step recorded a failure: it shows on the first step the job did not reach.
    expect(page.locator('[data-step="Gathering data"]')).to_have_attribute("data-state", "failed")
    expect(page.locator('[data-step="Script"]')).to_have_attribute("data-state", "unreached")
    screenshot(page, "job-failed", full_page=False)

    page.evaluate("window.pprNoReload = true")
    page.get_by_role("button", name="Try with template").click()
    expect(failure).to_have_count(0, timeout=15_000)
    assert job(live.db, queued.id).template_only
    assert page.evaluate("window.pprNoReload") is True
    expect(page.get_by_text("Queued").first).to_be_visible()
    assert console.errors == [], "\n".join(console.errors)
    context.close()

"""The Player iframe holds on its own: a composition that passed validation (made here by hand: the security
validator would refuse it first) tries the creator's cookie, the API and the parent page, inside the realm
and, as if it had escaped the realm, from the iframe's own window. It reaches nothing."""

import re

from playwright.sync_api import Browser, Request, expect

from domain.paths import job_dir
from store.accounts import find_account
from tests.store.builders import queue_from_brief
from tests.ui.conftest import ALICE, LiveStudio, log_in, new_context
from tests.web.stand_ins import validate

WORKERS = 0  # the job is moved along by hand, to a composition no worker would make

HOSTILE_COMPOSITION = """
Object.defineProperty(exports, "__esModule", { value: true });
const React = require("react");
const tries = {
  cookie: () => document.cookie,
  fetch: () => fetch("/api/library"),
  parent: () => parent.document.title,
  global: () => globalThis.document.cookie,
  constructor: () => (function () {}).constructor("return document.cookie")(),
};
function Hostile() {
  const lines = Object.keys(tries).map((name) => {
    try {
      const value = tries[name]();
      return name + ": reached " + String(value).slice(0, 60);
    } catch (error) {
      return name + ": blocked";
    }
  });
  return React.createElement(
    "div",
    { id: "hostile-report", style: { color: "white", fontSize: 48, padding: 40 } },
    lines.map((line) => React.createElement("p", { key: line }, line)),
  );
}
exports.default = Hostile;
"""

# What the iframe's own window meets (as code that escaped the realm would): each line says how it ended.
ESCAPED = """async () => {
  const outcome = async (attempt) => {
    try {
      return 'reached ' + String(await attempt()).slice(0, 60);
    } catch (error) {
      return 'blocked: ' + error.name;
    }
  };
  return {
    cookie: await outcome(() => document.cookie),
    fetch: await outcome(() => fetch('/api/library').then((response) => response.status)),
    absoluteFetch: await outcome(() => fetch(location.origin + '/api/library').then((r) => r.status)),
    parent: await outcome(() => parent.document.title),
    storage: await outcome(() => localStorage.length),
    origin: self.origin,
  };
}"""


def test_code_in_the_player_iframe_reaches_no_cookie_no_api_and_no_parent(
    live: LiveStudio, browser: Browser
) -> None:
    alice = find_account(live.db, ALICE)
    assert alice is not None
    job = queue_from_brief(live.db, alice, duration=15)
    assert job.id is not None
    validate(live.db, job.id)
    (job_dir(job.id) / "composition.js").write_text(HOSTILE_COMPOSITION)

    context = new_context(browser, live.origin)
    page = context.new_page()
    requests: list[Request] = []
    page.on("request", lambda request: requests.append(request))
    log_in(page, ALICE)
    page.goto(f"/jobs/{job.id}")

    player = page.frame_locator("iframe[title='Video preview player']")
    report = player.locator("#hostile-report")
    expect(report).to_be_visible(timeout=30_000)
    lines = report.locator("p").all_inner_texts()
    assert len(lines) == 5 and all(line.endswith(": blocked") for line in lines), lines

    frame = next(f for f in page.frames if re.search(r"/player/\d+$", f.url))
    escaped = frame.evaluate(ESCAPED)
    assert escaped["origin"] == "null"
    for name in ("cookie", "fetch", "absoluteFetch", "parent", "storage"):
        assert escaped[name].startswith("blocked"), (name, escaped[name])

    api_calls = [r.url for r in requests if "/api/library" in r.url and r.frame == frame]
    assert api_calls == []
    context.close()

"""The rendered page in a real browser (headless Chromium driven by Playwright): every parsed item
is highlighted, hovering shows its value, the outline links work, and markup in a document's text
raises no dialog and runs nothing. Screenshots go to ``test-artifacts/``.

Chromium is Debian's ``chromium`` (``.ci/run`` installs it); Playwright only drives it, it
downloads no browser. Without them the test fails in CI (``CI`` set) and is skipped elsewhere.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SEED_IDS, corpus_text

from vnplan_extract import parse_text
from vnplan_extract.models import PlanDocument
from vnplan_extract.render import render_html

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str | None:
    for name in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", "chromium"):
        if name and (found := shutil.which(name)):
            return found
    return None


def unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser test cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed (pip install playwright)")
    executable = chromium_path()
    if executable is None:
        unavailable("no Chromium at /usr/bin/chromium (apt-get install chromium)")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def expected_items(doc: PlanDocument) -> int:
    """The parsed items a reader should see marked, counted from the model itself."""
    return (
        sum(len(r.mentions) for r in doc.references)
        + len(doc.time_expressions)
        + sum(len(o.mentions) for o in doc.organizations)
        + len(doc.tasks)
    )


class Visit:
    """One page opened from a file, with every dialog, script error and request recorded."""

    def __init__(self, browser: Any, doc: PlanDocument, file: Path) -> None:
        file.write_text(render_html(doc), encoding="utf-8")
        self.url = file.resolve().as_uri()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})

        def on_dialog(dialog: Any) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        self.page.on("dialog", on_dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("request", lambda req: self.requests.append(req.url))
        self.page.goto(self.url)
        self.page.wait_for_load_state("load")

    def marked_items(self) -> int:
        return int(
            self.page.eval_on_selector_all(
                "mark.hl", "els => new Set(els.map(e => e.dataset.item)).size"
            )
        )


@pytest.mark.parametrize("doc_id", SEED_IDS)
def test_seed_page_in_chromium(browser: Any, tmp_path: Path, doc_id: str) -> None:
    doc = parse_text(corpus_text(doc_id))
    visit = Visit(browser, doc, tmp_path / f"{doc_id}.html")
    page = visit.page
    try:
        assert visit.marked_items() == expected_items(doc)
        assert expected_items(doc) > 0
        # Hovering an item of each kind shows its value in the tooltip.
        kinds = page.eval_on_selector_all(
            "mark.hl", "els => [...new Set(els.map(e => e.dataset.kind))]"
        )
        assert kinds
        for kind in kinds:
            mark = page.locator(f"mark.hl-{kind}:not([data-part])").first
            mark.scroll_into_view_if_needed()
            # The middle of the item's first line: a task spanning lines has its box's middle
            # in text that may not be its own.
            box = mark.evaluate(
                "el => { const r = el.getClientRects()[0];"
                " return {x: r.left + Math.min(r.width / 2, 8), y: r.top + r.height / 2}; }"
            )
            page.mouse.move(box["x"], box["y"])
            tip = page.locator("#tip")
            tip.wait_for(state="visible", timeout=2000)
            value = mark.get_attribute("data-value")
            assert value and value in tip.inner_text(), (kind, value)
        # The outline links to the sections.
        if doc.sections:
            page.locator(".toc a").first.click()
            assert page.evaluate("location.hash") == f"#sec-{doc.sections[0].id}"
        ARTIFACTS.mkdir(exist_ok=True)
        page.mouse.move(5, 5)
        page.screenshot(path=str(ARTIFACTS / f"render-{doc_id}.png"))
        assert visit.dialogs == [] and visit.errors == []
        assert visit.requests == [visit.url], "the page loads nothing but itself"
    finally:
        page.close()


HOSTILE = (
    "KẾ HOẠCH\nthực hiện Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương\n"
    "<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n"
    '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">\n'
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
    'Ban Tuyên giáo Tỉnh ủy <svg onload="alert(3)"></svg> hoàn thành trước ngày 20/4/2026.\n'
)


def test_markup_in_the_text_raises_no_dialog_and_runs_nothing(browser: Any, tmp_path: Path) -> None:
    doc = parse_text(HOSTILE)
    visit = Visit(browser, doc, tmp_path / "hostile.html")
    page = visit.page
    try:
        # Hover everything, in case something listens for it.
        for mark in page.locator("mark.hl").all():
            mark.hover()
        page.wait_for_timeout(300)
        assert visit.dialogs == []
        assert visit.errors == []
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert page.locator("#doc img, #doc script, #doc svg").count() == 0
        assert page.locator("script").count() == 1
        shown = page.locator("#doc").inner_text()
        assert "<script>alert(1)</script>" in shown and "<img src=x onerror=alert(1)>" in shown
        assert visit.requests == [visit.url]
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "render-hostile.png"))
    finally:
        page.close()

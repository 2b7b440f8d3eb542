"""Open a local page in the system's headless Chromium and record what it does.

Playwright drives Debian's /usr/bin/chromium (no browser download). Every request the page
makes is recorded, and any that is not file: or data: is aborted, so a leak fails the test at
once instead of waiting on a network that isn't there. Dialogs (alert, confirm) are recorded
and dismissed: an alert is how injected script usually shows itself.

    with open_page(path) as visit:
        visit.page.wait_for_function("() => window.kgReady === true")
        assert visit.outside_requests == []
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run",
]
LOCAL_SCHEMES = ("file:", "data:")


def unavailable() -> str | None:
    """Why browser tests cannot run here, or None when they can."""
    if not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)) \
            and shutil.which(CHROMIUM) is None:
        return f"no Chromium at {CHROMIUM} (set KG_CHROMIUM to a chromium binary)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright==1.65.2)"
    return None


@dataclass
class Visit:
    page: Any  # playwright.sync_api.Page
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    @property
    def outside_requests(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(LOCAL_SCHEMES)]


@contextlib.contextmanager
def open_page(path: str | os.PathLike, *, viewport: tuple[int, int] = (1280, 800),
              timeout_s: float = 15) -> Iterator[Visit]:
    """Load ``path`` (a local file) and yield the live :class:`Visit`; closes the browser after."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        # Playwright gives each launch a fresh temporary --user-data-dir.
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(
                viewport={"width": viewport[0], "height": viewport[1]},
                service_workers="block")
            context.set_default_timeout(timeout_s * 1000)
            page = context.new_page()
            visit = Visit(page)
            page.on("request", lambda request: visit.requests.append(request.url))
            page.on("dialog", lambda dialog: (visit.dialogs.append(dialog.message),
                                              dialog.dismiss()))
            page.on("console", lambda message: message.type == "error"
                    and visit.console_errors.append(message.text))
            page.on("pageerror", lambda error: visit.page_errors.append(str(error)))
            context.route("**/*", lambda route: route.continue_()
                          if route.request.url.startswith(LOCAL_SCHEMES) else route.abort())
            page.goto(Path(path).resolve().as_uri())
            yield visit
        finally:
            browser.close()


def drawn_pixels(page: Any, selector: str = "canvas") -> int:
    """How many pixels of the first canvas under ``selector`` are not blank (transparent/white)."""
    return page.evaluate(
        """(selector) => {
            const canvas = document.querySelector(selector);
            if (!canvas) return 0;
            const {data} = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
            let drawn = 0;
            for (let i = 0; i < data.length; i += 4) {
                const blank = data[i + 3] === 0
                    || (data[i] > 250 && data[i + 1] > 250 && data[i + 2] > 250);
                if (!blank) drawn++;
            }
            return drawn;
        }""",
        selector,
    )

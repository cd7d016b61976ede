"""The web page in real headless Chromium: search, apply a facet, open a record, open the regional view,
pick a powiat on its map."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from api_testing import running

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (make browser / scripts/install-chromium installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def base_url(app):
    with running(app) as url:
        yield url


@pytest.mark.parametrize("width,height,device", [(1280, 900, "desktop"), (390, 844, "phone")])
def test_search_facet_record_and_region(browser, base_url, width, height, device):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(base_url + "/")
    page.fill("input[name=q]", "spotkanie organizacji")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"q=spotkanie"))
    total = int(page.inner_text("#total"))
    assert total > 0 and page.locator("li.hit").count() == min(total, 20)
    assert page.locator("li.hit .snippet mark").count() > 0
    page.screenshot(path=str(ARTIFACTS / f"search-{device}.png"), full_page=False)

    if device == "phone":  # facets are folded on a phone
        page.click("#facet-panel summary")
    facet = page.locator('[data-facet="voivodeship"] a').first
    value, count = facet.get_attribute("data-value"), int(facet.locator(".n").inner_text())
    facet.click()
    page.wait_for_url(re.compile(r"voivodeship="))
    assert int(page.inner_text("#total")) == count
    assert page.locator(".chip").first.is_visible()
    regions = page.locator("li.hit .region").all_inner_texts()
    assert regions and all(value in text for text in regions)

    page.locator("li.hit h2 a").first.click()
    page.wait_for_url(re.compile(r"/ogloszenia/[0-9a-f]{16}$"))
    assert page.locator("#record-text mark.ev").count() > 0
    assert page.locator(".values tbody tr").count() > 0
    page.screenshot(path=str(ARTIFACTS / f"record-{device}.png"), full_page=True)

    page.click("header nav >> text=Region")
    page.select_option("select[name=voivodeship]", value)  # the script submits on change
    page.wait_for_url(re.compile(r"/region\?voivodeship="))
    assert page.locator("#region-map path[data-teryt]").count() > 0
    assert page.locator("#month-chart rect").count() > 0
    assert page.locator('[data-table="coverage"] tbody tr').count() > 0
    page.screenshot(path=str(ARTIFACTS / f"region-{device}.png"), full_page=True)
    page.close()


def test_docs_render_offline(browser, base_url):
    page = browser.new_page()
    outside = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(base_url) else None)
    page.goto(base_url + "/docs")
    page.locator(".opblock-summary-path", has_text="/api/search").first.wait_for(timeout=15000)
    assert not outside
    page.close()


@pytest.mark.parametrize("width,height,device", [(1280, 900, "desktop"), (390, 844, "phone")])
def test_region_map_click_filters_to_a_powiat(browser, base_url, width, height, device):
    """Click a powiat on the map of lubelskie: the page is about that powiat, and says so."""
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": height})
    outside = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(base_url) else None)
    page.goto(base_url + "/region?voivodeship=lubelskie&from=2000-01-01&to=2030-12-31")
    shapes = page.locator("#region-map path[data-teryt]")
    assert shapes.count() == 24
    whole = int(page.inner_text("#region-total"))
    page.locator("#region-map").screenshot(path=str(ARTIFACTS / f"region-map-{device}.png"))

    target = page.locator('#region-map path[data-teryt="0610"]')  # powiat łęczyński, with records
    count = int(target.get_attribute("data-count"))
    assert 0 < count < whole
    target.hover()
    assert "powiat łęczyński" in page.inner_text("#map-info")
    target.click()
    page.wait_for_url(re.compile(r"powiat=0610"))
    assert int(page.inner_text("#region-total")) == count
    assert "powiat łęczyński" in page.inner_text("h1")
    assert page.locator("#region-map a.chosen path").get_attribute("data-teryt") == "0610"
    assert page.locator('[data-table="gmina"] tbody tr').count() == 6
    page.locator("#region-map").screenshot(path=str(ARTIFACTS / f"region-map-powiat-{device}.png"))
    page.screenshot(path=str(ARTIFACTS / f"region-powiat-{device}.png"), full_page=True)

    # The keyboard reaches the areas and Enter opens one.
    page.locator('#region-map a.area:has(path[data-teryt="0663"])').focus()
    assert "Lublin" in page.inner_text("#map-info")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"powiat=0663"))
    assert "Lublin" in page.inner_text("h1")
    assert not outside
    page.close()

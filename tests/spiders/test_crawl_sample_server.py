"""The local site server behaves like the real web servers the crawler meets."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from crawlkit import FIXTURE_SITES
from spiders.sample_server import serve_sites


def _get(url: str, headers: dict[str, str] | None = None, timeout: float = 5):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@pytest.fixture(scope="module")
def served():
    with serve_sites(FIXTURE_SITES) as sites:
        yield sites


def test_each_site_has_its_own_port_and_declared_charset(served) -> None:
    assert len({url for url in served.values()}) == len(served) >= 8
    status, headers, body = _get(served["bip-iso"] + "/ogloszenia/")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=iso-8859-2"
    assert "Ogłoszenia".encode("iso-8859-2") in body
    # the wrong declaration is served as configured
    _s, headers, body = _get(served["stara-cp1250"] + "/art/101.html")
    assert headers["Content-Type"] == "text/html; charset=utf-8" and "Świętochłowo".encode("cp1250") in body


def test_conditional_requests_get_304(served) -> None:
    status, headers, _body = _get(served["gmina-wp"] + "/aktualnosci/")
    assert status == 200 and headers["ETag"] and headers["Last-Modified"]
    assert _get(served["gmina-wp"] + "/aktualnosci/", {"If-None-Match": headers["ETag"]})[0] == 304
    assert _get(served["gmina-wp"] + "/aktualnosci/", {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert _get(served["gmina-wp"] + "/aktualnosci/", {"If-None-Match": '"other"'})[0] == 200
    # a site configured without validators sends none and ignores conditions
    status, headers, _body = _get(served["centrum-ngo"] + "/")
    assert status == 200 and "ETag" not in headers and "Last-Modified" not in headers


def test_placeholders_become_the_served_base_url(served) -> None:
    _s, headers, body = _get(served["ngo-rss"] + "/feed.xml")
    assert headers["Content-Type"] == "application/rss+xml"
    assert f"{served['ngo-rss']}/wpisy/".encode() in body and b"{{BASE_URL}}" not in body


def test_failure_behaviours(served) -> None:
    base = served["kalendarz-awarie"]
    assert _get(base + "/wydarzenie/awaria-serwera/")[0] == 500
    request = urllib.request.Request(base + "/wydarzenie/petla/")
    with pytest.raises(urllib.error.HTTPError, match="redirect"):
        urllib.request.urlopen(request, timeout=5)
    _s, _h, body = _get(base + "/wydarzenie/bardzo-duza-strona/")
    assert len(body) >= 600000
    with pytest.raises(TimeoutError):
        _get(base + "/wydarzenie/wolna-strona/", timeout=0.5)
    assert _get(base + "/nie-ma-takiej-strony/")[0] == 404
    assert _get(served["gmina-wp"] + "/wp-content/uploads/2026/11/program-szkolenia.pdf")[2].startswith(b"%PDF-")


def test_requests_are_logged_and_paths_cannot_escape(served) -> None:
    served.clear_log()
    assert _get(served["gmina-wp"] + "/../sites.json")[0] == 404
    _get(served["gmina-wp"] + "/kontakt/")
    logged = [(r.site, r.path, r.status) for r in served.requests("gmina-wp")]
    assert ("gmina-wp", "/kontakt/", 200) in logged


def test_sites_json_problems_are_reported(tmp_path: Path) -> None:
    (tmp_path / "sites.json").write_text(json.dumps({"version": 1, "sites": [{"key": "brak"}]}), encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="brak"):
        with serve_sites(tmp_path):
            pass

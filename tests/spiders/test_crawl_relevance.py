"""The relevance decision: announcements and reports of meetings pass, ordinary news does not."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.relevance import judge

SEEDS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seeds").glob("*.txt"))

NEWS = [
    ("Remont drogi gminnej w Lipnikach", "Trwa remont drogi. Prace wykonuje firma wyłoniona w przetargu. Przepraszamy za utrudnienia."),
    ("Harmonogram odbioru odpadów", "Przedstawiamy harmonogram odbioru odpadów komunalnych na 2027 rok."),
    ("Wyniki konkursu plastycznego", "Komisja wyłoniła zwycięzców konkursu. Gratulujemy laureatom!"),
    ("Zakończono remont świetlicy", "W świetlicy będą odbywać się spotkania i warsztaty dla mieszkańców."),
    ("Konkurs ofert dla organizacji", "Burmistrz ogłasza otwarty konkurs ofert. Oferty do 15.03.2026 do godz. 15:00, ul. Rynek 1."),
]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_announcements_pass(seed: Path) -> None:
    verdict = judge("", seed.read_text(encoding="utf-8"))
    assert verdict.is_announcement, verdict
    assert verdict.reasons


@pytest.mark.parametrize("title, text", NEWS, ids=[t for t, _ in NEWS])
def test_ordinary_news_does_not_pass(title: str, text: str) -> None:
    verdict = judge(title, text)
    assert not verdict.is_announcement, verdict


def test_inflected_forms_count_and_threshold_is_configurable() -> None:
    verdict = judge("Zaproszenie", "Zapraszamy na spotkaniu w sprawie konsultacjach programu, 12 marca o godz. 10:00.")
    assert verdict.is_announcement
    assert any("spotkanie" in reason for reason in verdict.reasons)
    assert not judge("Zaproszenie", "Zapraszamy na spotkaniu.", threshold=0.99).is_announcement


def test_environment_overrides_the_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    weak = ("Kasa urzędu", "Kasa czynna do 12:00, ul. Rynek 1.")   # only a time and a street: a low score
    assert 0 < judge(*weak).score < 0.5 and not judge(*weak).is_announcement
    monkeypatch.setenv("CIVIC_RELEVANCE_THRESHOLD", "0.04")
    assert judge(*weak).is_announcement
    monkeypatch.setenv("CIVIC_RELEVANCE_THRESHOLD", "1.01")
    assert not judge("Szkolenie dla NGO", "Zapraszamy na szkolenie 12 marca o godz. 10:00, sala 12.").is_announcement

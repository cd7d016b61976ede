"""Template setup and the helpers the web page's templates use (Polish labels, dates, highlights)."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlencode

from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from pipeline.formats import venue_label

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")

FACET_LABELS = {"voivodeship": "Województwo", "powiat": "Powiat", "gmina": "Gmina", "organiser": "Organizator",
                "funder": "Finansujący", "programme": "Program", "event_type": "Rodzaj wydarzenia",
                "status": "Status", "source": "Źródło", "source_type": "Rodzaj źródła",
                "from": "Wydarzenia od", "to": "Wydarzenia do", "published_from": "Opublikowane od",
                "published_to": "Opublikowane do", "q": "Zapytanie"}
VALUE_LABELS = {
    "status": {"upcoming": "nadchodzące", "past": "minione", "cancelled": "odwołane", "unknown": "nieznany"},
    "source_type": {"municipal": "samorząd", "rops": "ROPS", "ngo": "organizacja pozarządowa", "other": "inne"},
}
SORT_LABELS = {"relevance": "trafność", "event_date": "data wydarzenia", "published": "data publikacji"}
MONTHS = ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru")


def value_label(field: str, value: str | None) -> str:
    if value is None:
        return ""
    return VALUE_LABELS.get(field, {}).get(value, value)


def pl_date(value: str | None) -> str:
    """`2023-10-19T14:00` -> `19.10.2023, 14:00`; `2023-10-19` -> `19.10.2023`."""
    if not value:
        return ""
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?", value)
    if not match:
        return value
    year, month, day, clock = match.groups()
    return f"{day}.{month}.{year}" + (f", {clock}" if clock else "")


def event_range(event: dict[str, Any]) -> str:
    start, end = event.get("start") or "", event.get("end") or ""
    if not end:
        return pl_date(start)
    if end[:10] == start[:10] and "T" in end:
        return f"{pl_date(start)}–{end[11:16]}"
    return f"{pl_date(start)} – {pl_date(end)}"


def month_label(key: str) -> str:
    """`2024-03` -> `mar 2024`."""
    try:
        year, month = key.split("-")[:2]
        return f"{MONTHS[int(month) - 1]} {year}"
    except (ValueError, IndexError):
        return key


def plural(count: int, one: str, few: str, many: str) -> str:
    """The Polish form for a count: 1 ogłoszenie, 2–4 (22–24, …) ogłoszenia, else ogłoszeń."""
    count = abs(int(count))
    if count == 1:
        return one
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return few
    return many


def safe_snippet(snippet: str | None) -> Markup:
    """The index's snippet with only its <mark> tags kept as markup; everything else escaped."""
    text = html.unescape(snippet or "")
    parts = re.split(r"(</?mark>)", text)
    return Markup("".join(p if p in ("<mark>", "</mark>") else str(escape(p)) for p in parts))


def safe_url(url: str | None) -> str:
    """Links taken from crawled pages, kept only when they are web (or mail/phone) links."""
    url = (url or "").strip()
    return url if re.match(r"(?i)^(https?://|mailto:|tel:)", url) else "#"


def url_with(path: str, items: list[tuple[str, str]]) -> str:
    query = urlencode([(k, v) for k, v in items if v not in (None, "")])
    if not query:
        return path
    return f"{path}{'&' if '?' in path else '?'}{query}"


# ---- the record page: extracted values highlighted where they were found ------------------
@dataclass
class ExtractedValue:
    number: int
    kind: str           # css class and key: event, deadline, venue, organiser, funding
    label: str          # Polish name of the kind
    value: str          # the normalised value
    evidence: str
    span: tuple[int, int] | None


_KINDS: tuple[tuple[str, str, str, Callable[[dict[str, Any]], str]], ...] = (
    ("event", "events", "Termin", event_range),
    ("deadline", "deadlines", "Termin zgłoszeń", lambda d: pl_date(d.get("date"))),
    ("venue", "venues", "Miejsce", venue_label),
    ("organiser", "organisers", "Organizator", lambda o: o.get("name") or ""),
    ("funding", "funding", "Finansowanie",
     lambda f: f.get("funder", "") + (f" ({f['programme']})" if f.get("programme") else "")),
)


def extracted_values(record: dict[str, Any]) -> list[ExtractedValue]:
    text_length = len(record.get("text") or "")
    values: list[ExtractedValue] = []
    for kind, key, label, render in _KINDS:
        for item in record.get(key) or []:
            span = item.get("span")
            valid = (isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(x, int) for x in span)
                     and 0 <= span[0] < span[1] <= text_length)
            values.append(ExtractedValue(len(values) + 1, kind, label, render(item), item.get("text") or "",
                                         (span[0], span[1]) if valid else None))
    return values


def highlighted_text(text: str, values: list[ExtractedValue]) -> Markup:
    """The text with each value's evidence wrapped in <mark>; overlaps show the innermost value."""
    spanned = [v for v in values if v.span]
    bounds = sorted({0, len(text)} | {p for v in spanned for p in v.span})
    out: list[str] = []
    anchored: set[int] = set()
    for start, end in zip(bounds, bounds[1:]):
        segment = str(escape(text[start:end]))
        covering = [v for v in spanned if v.span[0] <= start and end <= v.span[1]]
        if not covering:
            out.append(segment)
            continue
        value = min(covering, key=lambda v: v.span[1] - v.span[0])
        anchor = ""
        if value.number not in anchored:
            anchored.add(value.number)
            anchor = f' id="v{value.number}"'
        title = escape(f"{value.label}: {value.value}")
        out.append(f'<mark class="ev ev-{value.kind}"{anchor} data-value="{value.number}" '
                   f'title="{title}">{segment}</mark>')
    return Markup("".join(out))


templates.env.filters.update(safe_url=safe_url, pl_date=pl_date, event_range=event_range, snippet=safe_snippet,
                             month_label=month_label, venue=venue_label, plural=plural)
templates.env.globals.update(FACET_LABELS=FACET_LABELS, SORT_LABELS=SORT_LABELS, value_label=value_label)

"""Records as CSV rows, JSON Lines, iCalendar events and Atom entries, one record at a time (for streaming).

Shared by `civic export` and the HTTP API, so a file exported either way is the same.
"""
from __future__ import annotations

import csv
import functools
import io
import json
import re
from datetime import date, datetime, timedelta, timezone
from typing import Any, Callable, Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr
from zoneinfo import ZoneInfo

WARSAW = ZoneInfo("Europe/Warsaw")
CSV_COLUMNS = ("id", "title", "url", "published", "first_event", "events", "venue", "city", "organisers",
               "funders", "programmes", "event_type", "status", "voivodeship", "powiat", "gmina", "source")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _unique(values: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def event_label(event: dict[str, Any]) -> str:
    """`2023-10-19T14:00` or `2023-10-19T14:00/2023-10-19T16:00` (ISO 8601 interval)."""
    return f"{event['start']}/{event['end']}" if event.get("end") else event["start"]


def venue_label(venue: dict[str, Any]) -> str:
    return ", ".join(_unique((venue.get("name"), venue.get("address"), venue.get("city"))))


# ---- CSV -------------------------------------------------------------------------------
def csv_row(record: dict[str, Any]) -> list[str]:
    """One flat row; several values in a cell are separated by `; `."""
    events = record.get("events") or []
    venues = record.get("venues") or []
    funding = record.get("funding") or []
    region = record.get("region") or {}
    return [
        record["id"], record.get("title") or "", record.get("url") or "", record.get("published") or "",
        events[0]["start"] if events else "",
        "; ".join(event_label(e) for e in events),
        "; ".join(_unique(venue_label(v) for v in venues)),
        "; ".join(_unique(v.get("city") for v in venues)),
        "; ".join(_unique(o.get("name") for o in record.get("organisers") or [])),
        "; ".join(_unique(f.get("funder") for f in funding)),
        "; ".join(_unique(f.get("programme") for f in funding)),
        record.get("event_type") or "", record.get("status") or "",
        region.get("voivodeship") or "", region.get("powiat") or "", region.get("gmina") or "",
        record.get("source_id") or "",
    ]


def csv_chunks(items: Iterable[dict[str, Any]], batch: int = 200, *, columns: Iterable[str] = CSV_COLUMNS,
               row: Callable[[dict[str, Any]], list[Any]] = csv_row) -> Iterator[str]:
    """CSV text (header first), a few hundred rows per chunk: records by default, or any
    items with their own columns and row (one row per event)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    rows = 0
    for item in items:
        writer.writerow(row(item))
        rows += 1
        if rows % batch == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def jsonl_chunks(items: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON object per line (records or events)."""
    for item in items:
        yield json.dumps(item, ensure_ascii=False) + "\n"


# ---- iCalendar ---------------------------------------------------------------------------
def parse_when(value: str | None) -> date | datetime | None:
    """`YYYY-MM-DD` -> date; `YYYY-MM-DDTHH:MM` -> Warsaw-local datetime; anything else -> None."""
    if not value:
        return None
    try:
        if "T" in value:
            return datetime.fromisoformat(value).replace(tzinfo=WARSAW)
        return date.fromisoformat(value)
    except ValueError:
        return None


def _stamp(record: dict[str, Any]) -> datetime:
    try:
        stamp = datetime.fromisoformat(record.get("fetched_at") or "")
    except ValueError:
        return datetime(2000, 1, 1, tzinfo=timezone.utc)
    return (stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


@functools.cache
def _calendar_head(name: str) -> bytes:
    from icalendar import Calendar, Timezone

    calendar = Calendar()
    calendar.add("prodid", "-//civic//Ogloszenia o spotkaniach//PL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", " ".join(name.split()))   # a filter typed with a line break stays one line
    calendar.add("x-wr-timezone", "Europe/Warsaw")
    head = calendar.to_ical().replace(b"END:VCALENDAR\r\n", b"")
    zone = Timezone.from_tzid("Europe/Warsaw", first_date=date(2000, 1, 1), last_date=date(2040, 1, 1))
    return head + zone.to_ical()


def ics_events(record: dict[str, Any], page_url: str) -> Iterator[bytes]:
    """One VEVENT per event date of the record, with its venue and a link to the source."""
    from icalendar import Event

    venues = record.get("venues") or []
    organisers = _unique(o.get("name") for o in record.get("organisers") or [])
    funders = _unique(f.get("funder") for f in record.get("funding") or [])
    description = [f"Źródło: {record.get('url')}", f"Szczegóły: {page_url}"]
    if organisers:
        description.append("Organizator: " + "; ".join(organisers))
    if funders:
        description.append("Finansowanie: " + "; ".join(funders))
    for number, item in enumerate(record.get("events") or []):
        start = parse_when(item.get("start"))
        if start is None:
            continue
        end = parse_when(item.get("end"))
        event = Event()
        event.add("uid", f"{record['id']}-{number}@civic")
        event.add("dtstamp", _stamp(record))
        event.add("summary", record.get("title") or "Spotkanie")
        event.add("dtstart", start)
        if end is not None and type(end) is type(start) and end >= start:
            event.add("dtend", end + timedelta(days=1) if not isinstance(end, datetime) else end)
        elif not isinstance(start, datetime):
            event.add("dtend", start + timedelta(days=1))
        if venues:
            event.add("location", venue_label(venues[min(number, len(venues) - 1)]))
        event.add("url", record.get("url") or page_url)
        event.add("description", "\n".join(description))
        if record.get("status") == "cancelled":
            event.add("status", "CANCELLED")
        yield event.to_ical()


def ics_chunks(records: Iterable[dict[str, Any]], page_url_for, name: str) -> Iterator[bytes]:
    yield _calendar_head(name)
    for record in records:
        yield from ics_events(record, page_url_for(record["id"]))
    yield b"END:VCALENDAR\r\n"


# ---- Atom --------------------------------------------------------------------------------
def _x(text: str | None) -> str:
    return escape(_XML_INVALID.sub("", text or ""))


def _xa(text: str) -> str:
    return quoteattr(_XML_INVALID.sub("", text))


def _updated(record: dict[str, Any]) -> str:
    if record.get("published"):
        try:
            return date.fromisoformat(record["published"]).isoformat() + "T00:00:00Z"
        except ValueError:
            pass
    return _stamp(record).strftime("%Y-%m-%dT%H:%M:%SZ")


def atom_feed(records: list[dict[str, Any]], *, title: str, self_url: str, html_url: str,
              page_url_for) -> str:
    """A valid Atom 1.0 document (RFC 4287) for the records, newest first."""
    updated = max((_updated(r) for r in records), default=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pl">',
             f"<title>{_x(title)}</title>", f"<id>{_x(self_url)}</id>", f"<updated>{updated}</updated>",
             f'<link rel="self" type="application/atom+xml" href={_xa(self_url)}/>',
             f'<link rel="alternate" type="text/html" href={_xa(html_url)}/>',
             "<author><name>civic</name></author>", "<generator>civic</generator>"]
    for record in records:
        page = page_url_for(record["id"])
        lines = []
        if record.get("events"):
            lines.append("Termin: " + ", ".join(event_label(e).replace("T", " ") for e in record["events"]))
        if record.get("venues"):
            lines.append("Miejsce: " + "; ".join(_unique(venue_label(v) for v in record["venues"])))
        organisers = _unique(o.get("name") for o in record.get("organisers") or [])
        if organisers:
            lines.append("Organizator: " + "; ".join(organisers))
        text = record.get("text") or ""
        lines.append(text[:400] + ("…" if len(text) > 400 else ""))
        region = record.get("region") or {}
        parts += ["<entry>", f"<title>{_x(record.get('title') or record['id'])}</title>",
                  f"<id>{_x(page)}</id>", f"<updated>{_updated(record)}</updated>",
                  f'<link rel="alternate" type="text/html" href={_xa(record.get("url") or page)}/>',
                  f'<link rel="related" type="text/html" href={_xa(page)}/>',
                  f"<summary>{_x(chr(10).join(lines))}</summary>"]
        if record.get("published"):
            parts.append(f"<published>{_updated(record)}</published>")
        for value in (record.get("event_type"), region.get("voivodeship"), region.get("powiat")):
            if value:
                parts.append(f"<category term={_xa(value)}/>")
        parts.append("</entry>")
    parts.append("</feed>\n")
    return "\n".join(parts)

"""The extraction pipeline: a spaCy `Language` with registered rule components.

`spacy.blank("pl")` gives tokenisation and the batching of `nlp.pipe`; each component adds
one kind of value to `doc._.civic` (dates, contacts, venues, organisers, funding, type and
status, region), every value with its evidence text and span. No statistical model runs:
the rules follow Polish grammar through Morfeusz 2 and lexicons kept as data files, which
is both more accurate on these pages and fast enough for a whole crawl on one core.
What each document needs beyond its text (publication date, source region, title, today)
travels in `doc._.civic_context`.
"""
from __future__ import annotations

import copy
import datetime as dt
import gc
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from nlp import EXTRACTOR_VERSION  # noqa: E402  (one version for the package)
from nlp.layout import join_wrapped_lines, restore_lost_quotes, restore_table_rows, unglue_bullets
from nlp.mojibake import as_written, mend_code_page

PIPE_NAMES = ("civic_dates", "civic_contacts", "civic_venues", "civic_organisers", "civic_funding",
              "civic_classify", "civic_region")

log = logging.getLogger(__name__)

if not Doc.has_extension("civic"):
    Doc.set_extension("civic", default=None)
if not Doc.has_extension("civic_context"):
    Doc.set_extension("civic_context", default=None)


@dataclass(frozen=True, slots=True)
class Context:
    """What a page tells besides its text."""
    published: dt.date | None = None
    source_region: str | None = None
    title: str = ""
    today: dt.date | None = None
    url: str = ""


def _as_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise ValueError(f"published must be a date or YYYY-MM-DD, not {value!r}") from exc


def _results(doc: Doc) -> dict[str, Any]:
    found = doc._.civic
    if found is None:
        found = doc._.civic = {}
    return found


def _context(doc: Doc) -> Context:
    return doc._.civic_context or Context()


def _text(doc: Doc) -> str:
    """The document's text, rebuilt from its tokens once (`doc.text` joins every token
    on each access, which would cost more than all the rules together)."""
    text = doc.user_data.get("civic_text")
    if text is None:
        text = doc.user_data["civic_text"] = doc.text
    return text


# What a component leaves when it fails on a document: its own fields empty.
_EMPTY_FIELDS: dict[str, dict[str, Any]] = {
    "civic_dates": {"events": [], "deadlines": [], "_mentions": []},
    "civic_contacts": {"contacts": {"emails": [], "phones": [], "urls": []}},
    "civic_venues": {"venues": []},
    "civic_organisers": {"organisers": []},
    "civic_funding": {"funding": []},
    "civic_classify": {"event_type": None, "status": None},
    "civic_region": {"region": None},
}


def _guarded(name: str, component: Callable[[Doc], Doc]) -> Callable[[Doc], Doc]:
    """The component, such that failing on a document costs only its own fields: they are left
    empty, the error is logged and listed in the output's `errors`, and the other components
    still read the document (an unreadable date must not lose the page's organisers)."""
    def run(doc: Doc) -> Doc:
        try:
            return component(doc)
        except Exception as exc:  # noqa: BLE001 - reported in the output; the other fields are kept
            message = f"{name}: {type(exc).__name__}: {exc}".splitlines()[0]
            out = _results(doc)
            out.update(copy.deepcopy(_EMPTY_FIELDS[name]))
            out.setdefault("errors", []).append(message)
            log.warning("extraction: %s", message)
            log.debug("the component's error", exc_info=True)
            return doc
    return run


# --- components ---------------------------------------------------------------------------

@Language.factory("civic_dates")
def make_dates(nlp: Language, name: str):
    from nlp.dates import find_dates, find_published
    from nlp.url_dates import posted_by

    def civic_dates(doc: Doc) -> Doc:
        ctx = _context(doc)
        out = _results(doc)
        published = ctx.published
        if published is None:
            found = find_published(_text(doc))
            published = found[0] if found else None
        # a page dated by nothing but its address (`/2016/11/10/zebranie/`) was written by then
        reference = ctx.today if published is not None else posted_by(ctx.url, ctx.today) or ctx.today
        mentions = find_dates(_text(doc), published=published, today=reference)
        out["published"] = published.isoformat() if published else None
        out["_mentions"] = mentions
        out["events"] = [{"start": m.start, "end": m.end, "text": m.text, "span": list(m.span)}
                         for m in mentions if m.kind == "event"]
        out["deadlines"] = [{"date": m.last_day, "text": m.text, "span": list(m.span)}
                            for m in mentions if m.kind == "deadline"]
        return doc

    return _guarded("civic_dates", civic_dates)


@Language.factory("civic_contacts")
def make_contacts(nlp: Language, name: str):
    from nlp.contacts import find_contacts

    def civic_contacts(doc: Doc) -> Doc:
        found = find_contacts(_text(doc))
        _results(doc)["contacts"] = {key: list(found.get(key) or []) for key in ("emails", "phones", "urls")}
        return doc

    return _guarded("civic_contacts", civic_contacts)


@Language.factory("civic_venues")
def make_venues(nlp: Language, name: str):
    from nlp.event_listed_places import events_of_listed_places
    from nlp.event_venues import one_event_a_place, venue_of_each_event
    from nlp.gazetteer import gazetteer
    from nlp.venues import context_city, find_venues

    gazetteer()  # load once, not on the first document

    def civic_venues(doc: Doc) -> Doc:
        ctx = _context(doc)
        out = _results(doc)
        prefer = ctx.source_region if ctx.source_region and ctx.source_region.isdigit() else None
        default_city = context_city(_text(doc), prefer)
        if default_city is None and prefer and len(prefer) >= 6:
            default_city = gazetteer().region_of_code(prefer).gmina
        event_spans = [tuple(e["span"]) for e in out.get("events") or []]
        venues = find_venues(_text(doc), default_city=default_city, prefer=prefer, event_spans=event_spans)
        out["venues"] = [v.as_dict() for v in venues]
        for event, venue in zip(out.get("events") or [], venue_of_each_event(_text(doc), event_spans,
                                                                          [v.span for v in venues])):
            event["venue"] = venue
        towns = frozenset(k for k, v in enumerate(out["venues"]) if not (v.get("name") or v.get("address")))
        out["events"] = one_event_a_place(_text(doc), out.get("events") or [], [v.span for v in venues], towns)
        out["events"] = events_of_listed_places(_text(doc), out["events"], out.get("_mentions") or [],
                                                [v.span for v in venues])
        return doc

    return _guarded("civic_venues", civic_venues)


@Language.factory("civic_organisers")
def make_organisers(nlp: Language, name: str):
    from nlp.organisers import find_organisers

    def civic_organisers(doc: Doc) -> Doc:
        _results(doc)["organisers"] = [o.as_dict() for o in find_organisers(_text(doc))]
        return doc

    return _guarded("civic_organisers", civic_organisers)


@Language.factory("civic_funding")
def make_funding(nlp: Language, name: str):
    from nlp.funding import find_funding

    def civic_funding(doc: Doc) -> Doc:
        _results(doc)["funding"] = [f.as_dict() for f in find_funding(_text(doc))]
        return doc

    return _guarded("civic_funding", civic_funding)


@Language.factory("civic_classify")
def make_classify(nlp: Language, name: str):
    from nlp.classify import event_type, status

    def civic_classify(doc: Doc) -> Doc:
        ctx = _context(doc)
        out = _results(doc)
        events = [m for m in out.get("_mentions", []) if m.kind == "event"]
        published = _as_date(out.get("published"))
        out["event_type"] = event_type(_text(doc), ctx.title or "", has_event=bool(events))
        out["status"] = status(_text(doc), events, published, ctx.today or dt.date.today())
        return doc

    return _guarded("civic_classify", civic_classify)


@Language.factory("civic_region")
def make_region(nlp: Language, name: str):
    from nlp.gazetteer import gazetteer
    from nlp.regions import page_area, region_for

    def civic_region(doc: Doc) -> Doc:
        ctx = _context(doc)
        out = _results(doc)
        venues = out.get("venues") or []
        source = ctx.source_region if ctx.source_region and ctx.source_region.isdigit() else None
        # (a page of a source with no code of its own: the area its villages share)
        source = source or page_area(gazetteer(), venues) or ctx.source_region
        out["region"] = region_for(gazetteer(), venues, source)
        for event in out.get("events") or []:
            # an event at its own venue is in that venue's region; else in the record's
            own = event.get("venue")
            event["region"] = region_for(gazetteer(), [venues[own]], source) \
                if own is not None else out["region"]
        return doc

    return _guarded("civic_region", civic_region)


def whitespace_tokenizer(vocab) -> Tokenizer:
    """Tokens split at white space, the text kept exactly (`doc.text == text`).

    The civic components read the text with Polish rules and Morfeusz, not spaCy's tokens,
    and spaCy's Polish rule tokenizer costs about 1 ms per kilobyte, more than all components
    together. Its tokenizer with no rules at all (no prefixes, suffixes, infixes or special
    cases) splits at white space only, in compiled code with a cache per chunk: about a
    quarter of the cost of building the Doc from a list of words. One space after a word is
    that word's trailing space; any other run of white space (line breaks) is a token of its
    own, so paragraph structure survives in the Doc.
    """
    return Tokenizer(vocab)


def build() -> Language:
    """The Polish pipeline with every civic component, in order."""
    nlp = spacy.blank("pl")
    nlp.tokenizer = whitespace_tokenizer(nlp.vocab)
    for pipe in PIPE_NAMES:
        nlp.add_pipe(pipe)
    return nlp


# --- public API ---------------------------------------------------------------------------

_OUTPUT_KEYS = ("published", "events", "deadlines", "venues", "organisers", "funding", "contacts",
                "event_type", "status", "region")


def _settle_survivors() -> None:
    """Collect a batch's cyclic garbage, then move what survives (the lexicons and the word
    caches, which grow as new words are read) out of the collector's generations, so later
    collections walk only the objects of the texts in hand. Objects moved so are still freed
    when nothing refers to them; only new cycles among them would wait, and they form none."""
    gc.collect()
    gc.freeze()


# A short announcement of our own, read once when an Extractor is built.
_WARM_UP_TEXT = ("Gminny Ośrodek Kultury w Borkach zaprasza na spotkanie konsultacyjne 12 maja 2024 r. o godz. 17.00 "
                 "w świetlicy wiejskiej, ul. Polna 3. Projekt współfinansowany ze środków Unii Europejskiej. "
                 "Zgłoszenia do 5 maja 2024 r.: tel. 12 345 67 89.")


def _quote_from(source: str, out: dict[str, Any]) -> None:
    """Evidence quoted from the page as it came (its spans are the same in the text read)."""
    for key in ("events", "deadlines", "venues", "organisers", "funding"):
        for item in out.get(key) or ():
            if isinstance(item, dict) and item.get("span") and "text" in item:
                start, end = item["span"]
                item["text"] = source[start:end]


def _names_as_written(read: str, page: str, mended: str, out: dict[str, Any]) -> None:
    """Names and addresses with a misread page's own letters (`Koœcioła`), as the page writes them."""
    for key, fields in (("venues", ("name", "address")), ("organisers", ("name",))):
        for item in out.get(key) or ():
            for field in fields:
                if isinstance(item, dict) and item.get(field) and item.get("span"):
                    item[field] = as_written(item[field], read, tuple(item["span"]), page, mended)


class Extractor:
    """Extract announcement fields from Polish text; build once, call many times."""

    def __init__(self, today: dt.date | None = None) -> None:
        self.today = today
        self.nlp = build()
        self.extract(_WARM_UP_TEXT)   # every lexicon, the gazetteer and Morfeusz loaded now
        _settle_survivors()

    def _doc(self, text: str, published: str | dt.date | None, source_region: str | None,
             title: str | None, url: str | None = None) -> Doc:
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        mended = mend_code_page(text)
        read = restore_lost_quotes(unglue_bullets(join_wrapped_lines(restore_table_rows(mended))))
        doc = self.nlp.make_doc(read)
        doc.user_data["civic_text"] = read   # the tokenizer keeps it exactly; no need to rebuild it
        if read is not text:
            doc.user_data["civic_source"] = text
        if mended is not text:
            doc.user_data["civic_misread"] = (text, mended)
        doc._.civic_context = Context(_as_date(published), source_region or None, title or "", self.today, url or "")
        return doc

    @staticmethod
    def _output(doc: Doc) -> dict[str, Any]:
        found = doc._.civic or {}
        out = {key: found.get(key) for key in _OUTPUT_KEYS}
        source = doc.user_data.get("civic_source")
        if source is not None:
            _quote_from(source, out)
        misread = doc.user_data.get("civic_misread")
        if misread is not None:
            _names_as_written(_text(doc), *misread, out)
        out["event_type"] = out["event_type"] or "inne"
        out["status"] = out["status"] or "unknown"
        out["errors"] = list(found.get("errors") or [])   # the components that failed on it, if any
        out["extractor_version"] = EXTRACTOR_VERSION
        return out

    def extract(self, text: str, *, published: str | dt.date | None = None, source_region: str | None = None,
                title: str | None = None, url: str | None = None) -> dict[str, Any]:
        doc = self.nlp(self._doc(text, published, source_region, title, url))
        return self._output(doc)

    def extract_many(self, items: Iterable[tuple[str, dict]], batch_size: int = 64) -> Iterator[dict[str, Any]]:
        """Extract a stream of (text, context) pairs in order, in batches through `nlp.pipe`."""
        def docs():
            for index, (text, context) in enumerate(items):
                context = context or {}
                yield self._doc(text, context.get("published"), context.get("source_region"),
                                context.get("title"), context.get("url")), index

        for doc, index in self.nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
            yield self._output(doc)
            if index % batch_size == batch_size - 1:
                _settle_survivors()

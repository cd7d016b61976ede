"""Deterministic synthetic announcements for benchmarks: realistic Polish texts, real TERYT
regions, organisers, funders and programmes, publication and event dates 2010–2026.

The same `n` and `seed` always give the same records, and the first k records of any run
are the same, so figures from different runs compare. Every record follows the published
schema (evidence spans point into the text). Regions come from the TERYT copy in
nlp/data/teryt/gminas.csv; a small built-in list stands in when it is missing.

    .venv/bin/python bench/synthetic.py 1000 > records.jsonl
    .venv/bin/python bench/synthetic.py 100000 --db data/bench.db
"""
from __future__ import annotations

import argparse
import csv
import functools
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.schema import content_hash, record_id  # noqa: E402

GMINAS = ROOT / "nlp" / "data" / "teryt" / "gminas.csv"
REFERENCE_DAY = date(2026, 6, 1)  # "today" for statuses, fixed so output never changes
FIRST_DAY, LAST_DAY = date(2010, 1, 1), date(2026, 12, 31)

_FALLBACK_GMINAS = [  # teryt7, kind, name, powiat, voivodeship
    ("0610033", "miejsko-wiejska", "Łęczna", "łęczyński", "lubelskie"),
    ("0663011", "miejska", "Lublin", "Lublin", "lubelskie"),
    ("1061011", "miejska", "Łódź", "Łódź", "łódzkie"),
    ("0223012", "wiejska", "Czernica", "wrocławski", "dolnośląskie"),
    ("1261011", "miejska", "Kraków", "Kraków", "małopolskie"),
    ("1465011", "miejska", "Warszawa", "Warszawa", "mazowieckie"),
    ("2261011", "miejska", "Gdańsk", "Gdańsk", "pomorskie"),
    ("3064011", "miejska", "Poznań", "Poznań", "wielkopolskie"),
    ("2061011", "miejska", "Białystok", "Białystok", "podlaskie"),
    ("1863011", "miejska", "Rzeszów", "Rzeszów", "podkarpackie"),
    ("2661011", "miejska", "Kielce", "Kielce", "świętokrzyskie"),
    ("2862011", "miejska", "Olsztyn", "Olsztyn", "warmińsko-mazurskie"),
    ("1661011", "miejska", "Opole", "Opole", "opolskie"),
    ("3262011", "miejska", "Szczecin", "Szczecin", "zachodniopomorskie"),
    ("0862011", "miejska", "Zielona Góra", "Zielona Góra", "lubuskie"),
    ("0461011", "miejska", "Bydgoszcz", "Bydgoszcz", "kujawsko-pomorskie"),
    ("2469011", "miejska", "Katowice", "Katowice", "śląskie"),
]

MONTHS_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
              "września", "października", "listopada", "grudnia"]

# event_type: (weight, title noun, accusative for "zaprasza na …", locative for "w …")
EVENT_TYPES = {
    "spotkanie": (30, "Spotkanie", "spotkanie", "spotkaniu"),
    "szkolenie": (20, "Szkolenie", "szkolenie", "szkoleniu"),
    "konsultacje": (12, "Konsultacje społeczne", "konsultacje społeczne", "konsultacjach społecznych"),
    "warsztaty": (12, "Warsztaty", "warsztaty", "warsztatach"),
    "konferencja": (10, "Konferencja", "konferencję", "konferencji"),
    "debata": (5, "Debata", "debatę", "debacie"),
    "forum": (5, "Forum", "forum", "forum"),
    "inne": (6, "Wydarzenie", "wydarzenie", "wydarzeniu"),
}

# Topics in nominative, genitive and locative.
TOPICS = [
    ("ekonomia społeczna", "ekonomii społecznej", "ekonomii społecznej"),
    ("przeciwdziałanie przemocy w rodzinie", "przeciwdziałania przemocy w rodzinie", "przeciwdziałaniu przemocy w rodzinie"),
    ("pomoc społeczna", "pomocy społecznej", "pomocy społecznej"),
    ("organizacje pozarządowe", "organizacji pozarządowych", "organizacjach pozarządowych"),
    ("wolontariat", "wolontariatu", "wolontariacie"),
    ("piecza zastępcza", "pieczy zastępczej", "pieczy zastępczej"),
    ("aktywizacja zawodowa", "aktywizacji zawodowej", "aktywizacji zawodowej"),
    ("osoby z niepełnosprawnościami", "osób z niepełnosprawnościami", "osobach z niepełnosprawnościami"),
    ("polityka senioralna", "polityki senioralnej", "polityce senioralnej"),
    ("budżet obywatelski", "budżetu obywatelskiego", "budżecie obywatelskim"),
    ("rewitalizacja", "rewitalizacji", "rewitalizacji"),
    ("usługi społeczne", "usług społecznych", "usługach społecznych"),
    ("deinstytucjonalizacja", "deinstytucjonalizacji", "deinstytucjonalizacji"),
    ("wsparcie rodziny", "wsparcia rodziny", "wsparciu rodziny"),
    ("bezdomność", "bezdomności", "bezdomności"),
    ("profilaktyka uzależnień", "profilaktyki uzależnień", "profilaktyce uzależnień"),
    ("zdrowie psychiczne dzieci i młodzieży", "zdrowia psychicznego dzieci i młodzieży", "zdrowiu psychicznym dzieci i młodzieży"),
    ("edukacja ekologiczna", "edukacji ekologicznej", "edukacji ekologicznej"),
    ("bezpieczeństwo mieszkańców", "bezpieczeństwa mieszkańców", "bezpieczeństwie mieszkańców"),
    ("transport publiczny", "transportu publicznego", "transporcie publicznym"),
    ("mieszkalnictwo społeczne", "mieszkalnictwa społecznego", "mieszkalnictwie społecznym"),
    ("integracja cudzoziemców", "integracji cudzoziemców", "integracji cudzoziemców"),
    ("partycypacja obywatelska", "partycypacji obywatelskiej", "partycypacji obywatelskiej"),
    ("dostępność przestrzeni publicznej", "dostępności przestrzeni publicznej", "dostępności przestrzeni publicznej"),
    ("opieka wytchnieniowa", "opieki wytchnieniowej", "opiece wytchnieniowej"),
    ("asystencja osobista", "asystencji osobistej", "asystencji osobistej"),
    ("przedsiębiorczość społeczna", "przedsiębiorczości społecznej", "przedsiębiorczości społecznej"),
    ("kompetencje cyfrowe seniorów", "kompetencji cyfrowych seniorów", "kompetencjach cyfrowych seniorów"),
    ("ochrona klimatu", "ochrony klimatu", "ochronie klimatu"),
    ("program współpracy z organizacjami pozarządowymi", "programu współpracy z organizacjami pozarządowymi",
     "programie współpracy z organizacjami pozarządowymi"),
    ("strategia rozwiązywania problemów społecznych", "strategii rozwiązywania problemów społecznych",
     "strategii rozwiązywania problemów społecznych"),
    ("kultura i dziedzictwo lokalne", "kultury i dziedzictwa lokalnego", "kulturze i dziedzictwie lokalnym"),
    ("sport i rekreacja", "sportu i rekreacji", "sporcie i rekreacji"),
    ("gospodarka odpadami", "gospodarki odpadami", "gospodarce odpadami"),
    ("rady seniorów", "rad seniorów", "radach seniorów"),
    ("młodzieżowe rady gmin", "młodzieżowych rad gmin", "młodzieżowych radach gmin"),
]

AUDIENCES = ["mieszkańców", "rodziców", "seniorów", "nauczycieli", "pracowników socjalnych",
             "asystentów rodziny", "członków stowarzyszeń", "liderów lokalnych", "sołtysów", "radnych",
             "wolontariuszy", "przedsiębiorców", "rolników", "młodzież", "opiekunów osób niesamodzielnych",
             "kadrę pomocy społecznej", "przedstawicieli organizacji pozarządowych", "koła gospodyń wiejskich",
             "rodziny zastępcze", "animatorów lokalnych"]

NGO_NAMES = [
    "Fundacja Aktywni Razem", "Fundacja Dobra Wola", "Fundacja Nowe Horyzonty", "Fundacja Wspólna Przestrzeń",
    "Fundacja Otwarte Drzwi", "Fundacja Rozwoju Społeczeństwa Obywatelskiego", "Fundacja Szklany Dom",
    "Fundacja Pole Dialogu", "Fundacja Civis Polonus", "Fundacja Instytut Spraw Publicznych",
    "Stowarzyszenie Klanza", "Stowarzyszenie Centrum Wolontariatu", "Stowarzyszenie Aktywnych Kobiet",
    "Stowarzyszenie na rzecz Osób Niepełnosprawnych", "Stowarzyszenie Rozwoju Wsi", "Stowarzyszenie Bona Fides",
    "Stowarzyszenie Sieć Obywatelska Watchdog Polska", "Stowarzyszenie Lokalna Grupa Działania Razem",
    "Stowarzyszenie Przyjaciół Dzieci", "Stowarzyszenie Inicjatyw Społecznych", "Polski Czerwony Krzyż",
    "Caritas Diecezji", "Uniwersytet Trzeciego Wieku", "Związek Harcerstwa Polskiego",
    "Ochotnicza Straż Pożarna", "Koło Gospodyń Wiejskich", "Fundacja Dzieci Niczyje",
    "Stowarzyszenie Centrum Promocji i Rozwoju Inicjatyw Obywatelskich OPUS",
]

PROJECTS = ["Razem dla regionu", "Aktywni seniorzy", "Silna rodzina", "Lokalne partnerstwa", "Wspólnie możemy więcej",
            "Akademia lidera", "Sąsiedzka sieć wsparcia", "Kuźnia inicjatyw", "Otwarta gmina", "Bez barier"]

VENUES = ["sali konferencyjnej urzędu", "Gminnym Ośrodku Kultury", "świetlicy wiejskiej", "bibliotece publicznej",
          "Centrum Aktywności Lokalnej", "sali sesyjnej rady", "szkole podstawowej", "remizie OSP",
          "Domu Kultury", "centrum organizacji pozarządowych"]

SENTENCES = [
    "Podczas spotkania omówimy zagadnienia {topic_gen} oraz {topic2_gen}.",
    "Rozmawiać będziemy o {topic_loc} i o współpracy samorządu z organizacjami pozarządowymi.",
    "Udział jest bezpłatny, liczba miejsc ograniczona.",
    "Serdecznie zapraszamy wszystkich zainteresowanych mieszkańców gminy {gmina}.",
    "Spotkanie poprowadzą eksperci z zakresu {topic_gen}.",
    "W programie przewidziano prezentacje, dyskusję w grupach oraz wymianę doświadczeń.",
    "Materiały ze spotkania zostaną opublikowane na stronie internetowej urzędu.",
    "Uwagi i opinie można składać w formie elektronicznej lub osobiście w sekretariacie.",
    "Organizatorzy zapewniają tłumacza języka migowego oraz poczęstunek.",
    "Wydarzenie odbywa się w ramach projektu „{project}”.",
    "Zależy nam na opiniach osób, których dotyczą problemy {topic_gen}.",
    "Wyniki konsultacji posłużą do przygotowania dokumentu na kolejne lata.",
    "Zajęcia mają charakter praktyczny i są prowadzone w małych grupach.",
    "Uczestnicy otrzymają zaświadczenia o ukończeniu szkolenia.",
    "Na spotkaniu zaprezentowane zostaną dobre praktyki z innych gmin województwa {voiv_gen}.",
    "Zapraszamy także przedstawicieli instytucji publicznych i lokalnych liderów.",
    "Dla rodziców z dziećmi przewidziano opiekę animatora.",
    "Budynek jest dostępny dla osób poruszających się na wózkach.",
]


@functools.cache
def _gminas() -> list[tuple[str, str, str, str, str]]:
    if not GMINAS.exists():
        return list(_FALLBACK_GMINAS)
    with GMINAS.open(encoding="utf-8", newline="") as fh:
        rows = [(r["teryt7"], r["gmina_type"], r["name"], r["powiat_name"], r["voivodeship"])
                for r in csv.DictReader(fh)]
    return rows or list(_FALLBACK_GMINAS)


@functools.lru_cache(maxsize=None)
def _voiv_gen(voivodeship: str) -> str:
    """`lubelskie` -> `Lubelskiego`, `kujawsko-pomorskie` -> `Kujawsko-Pomorskiego`."""
    return "-".join(p[:1].upper() + p[1:-2] + "iego" if p.endswith("ie") else p.capitalize()
                    for p in voivodeship.split("-"))


def _powiat_loc(powiat: str) -> str:
    """`łęczyński` -> `łęczyńskim` (powiat names are adjectives)."""
    return powiat + "m" if powiat.endswith("i") else powiat


@functools.lru_cache(maxsize=100_000)
def _slug(text: str) -> str:
    table = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
    out = "".join(c if c.isalnum() else "-" for c in text.translate(table).lower())
    return "-".join(p for p in out.split("-") if p)[:60]


def _organiser(rng: random.Random, kind: str, gmina: tuple) -> tuple[str, str]:
    """(name as the text gives it, the sentence that introduces it), some in the genitive."""
    _code, gtype, name, powiat, voiv = gmina
    if kind == "rops":
        nom = f"Regionalny Ośrodek Polityki Społecznej Województwa {_voiv_gen(voiv)}"
        gen = f"Regionalnego Ośrodka Polityki Społecznej Województwa {_voiv_gen(voiv)}"
    elif kind == "ngo":
        nom = rng.choice(NGO_NAMES)
        if nom.endswith(("Diecezji", "Pożarna", "Wiejskich", "Wieku")):
            nom = f"{nom} w gminie {name}"
        gen = None
    else:
        options = [
            (f"Urząd Gminy {name}", f"Urzędu Gminy {name}"),
            (f"Wójt Gminy {name}" if gtype == "wiejska" else f"Burmistrz Gminy {name}",
             f"Wójta Gminy {name}" if gtype == "wiejska" else f"Burmistrza Gminy {name}"),
            (f"Gminny Ośrodek Pomocy Społecznej w gminie {name}", f"Gminnego Ośrodka Pomocy Społecznej w gminie {name}"),
            (f"Gminne Centrum Kultury w gminie {name}", f"Gminnego Centrum Kultury w gminie {name}"),
        ]
        if powiat[:1].islower():
            options.append((f"Powiatowe Centrum Pomocy Rodzinie w powiecie {_powiat_loc(powiat)}",
                            f"Powiatowego Centrum Pomocy Rodzinie w powiecie {_powiat_loc(powiat)}"))
        nom, gen = rng.choice(options)
    if gen is not None and rng.random() < 0.35:
        return gen, f"Wydarzenie organizowane jest z inicjatywy {gen}."
    return nom, f"Organizatorem wydarzenia jest {nom}."


def _funding(rng: random.Random, gmina: tuple) -> tuple[str, str | None, str] | None:
    """(funder, programme, evidence sentence) or None."""
    _code, _t, name, _p, voiv = gmina
    roll = rng.random()
    if roll < 0.30:
        return None
    if roll < 0.50:
        programme = rng.choice([f"Fundusze Europejskie dla {_voiv_gen(voiv)} 2021-2027",
                                "Fundusze Europejskie dla Rozwoju Społecznego 2021-2027"])
        return ("Europejski Fundusz Społeczny Plus", programme,
                f"ze środków Europejskiego Funduszu Społecznego Plus w ramach programu {programme}")
    if roll < 0.60:
        programme = rng.choice(["Program Operacyjny Wiedza Edukacja Rozwój", "Program Operacyjny Kapitał Ludzki"])
        return ("Europejski Fundusz Społeczny", programme,
                f"ze środków Europejskiego Funduszu Społecznego w ramach programu {programme}")
    if roll < 0.72:
        programme = rng.choice(["Fundusz Inicjatyw Obywatelskich", "NOWEFIO", "Program Rozwoju Organizacji Obywatelskich",
                                "Korpus Solidarności"])
        return ("Narodowy Instytut Wolności", programme,
                f"przez Narodowy Instytut Wolności ze środków programu {programme}")
    if roll < 0.80:
        programme = rng.choice(["Aktywny Samorząd", None])
        return ("PFRON", programme, "ze środków Państwowego Funduszu Rehabilitacji Osób Niepełnosprawnych"
                + (f" w ramach programu {programme}" if programme else ""))
    if roll < 0.90:
        programme = rng.choice(["Senior+", "Aktywni+", "Asystent osobisty osoby z niepełnosprawnością", None])
        return ("budżet państwa", programme, "z budżetu państwa" + (f" w ramach programu {programme}" if programme else ""))
    if roll < 0.95:
        return (f"Samorząd Województwa {_voiv_gen(voiv)}", None,
                f"przez Samorząd Województwa {_voiv_gen(voiv)}")
    return (f"Gmina {name}", None, f"ze środków budżetu Gminy {name}")


def _when(day: date, rng: random.Random) -> tuple[str, str | None, str]:
    """(start, end, text) of one event."""
    text = f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year} r."
    roll = rng.random()
    if roll < 0.1:  # several days
        last = day + timedelta(days=rng.randint(1, 2))
        text = f"od {day.day} do {last.day} {MONTHS_GEN[last.month - 1]} {last.year} r." if last.month == day.month \
            else f"od {text} do {last.day} {MONTHS_GEN[last.month - 1]} {last.year} r."
        return day.isoformat(), last.isoformat(), text
    if roll < 0.75:
        hour = rng.choice([9, 10, 11, 12, 13, 15, 16, 17, 18])
        minute = rng.choice([0, 0, 0, 30])
        start = f"{day.isoformat()}T{hour:02d}:{minute:02d}"
        if rng.random() < 0.5:
            end_hour = hour + rng.choice([1, 2, 3])
            return start, f"{day.isoformat()}T{end_hour:02d}:{minute:02d}", \
                f"{text}, w godz. {hour}:{minute:02d}-{end_hour}:{minute:02d}"
        return start, None, f"{text}, godz. {hour}:{minute:02d}"
    return day.isoformat(), None, text


def _record(i: int, rng: random.Random) -> dict[str, Any]:
    gminas = _gminas()
    gmina = gminas[rng.randrange(len(gminas))]
    code, _gtype, gname, powiat, voiv = gmina
    roll = rng.random()
    kind, source_type = ("rops", "rops") if roll < 0.12 else ("ngo", "ngo") if roll < 0.40 else ("ug", "municipal")
    et_names = list(EVENT_TYPES)
    event_type = rng.choices(et_names, weights=[EVENT_TYPES[e][0] for e in et_names])[0]
    _w, title_noun, type_acc, type_loc = EVENT_TYPES[event_type]
    topic, topic2 = rng.sample(TOPICS, 2)
    audience = rng.choice(AUDIENCES)
    published = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days - 60))
    organiser, organiser_sentence = _organiser(rng, kind, gmina)
    funding = _funding(rng, gmina)

    title = rng.choice([
        f"{title_noun} dotyczące {topic[1]}" if event_type not in ("konferencja", "debata") else f"{title_noun} o {topic[2]}",
        f"{title_noun} w gminie {gname}",
        f"Zaproszenie na {type_acc} – {topic[0]}",
        f"{title_noun} dla {audience if audience != 'młodzież' else 'młodzieży'}",
    ])
    parts: list[str] = []
    lead = rng.choice([
        f"Zapraszamy {audience} na {type_acc} poświęcone tematowi {topic[1]}.",
        f"Serdecznie zapraszamy na {type_acc} dotyczące {topic[1]} w gminie {gname}.",
        f"Gmina {gname} zaprasza {audience} do udziału w {type_loc} o {topic[2]}.",
    ])
    parts.append(lead)
    n_events = rng.choices([0, 1, 2, 3], weights=[8, 72, 15, 5])[0]
    events = []
    day = published + timedelta(days=rng.randint(3, 60))
    for _ in range(n_events):
        start, end, when_text = _when(day, rng)
        venue = rng.choice(VENUES)
        sentence = f"Termin: {when_text} w {venue}." if events else \
            f"{title_noun} odbędzie się {when_text} w {venue}."
        events.append((start, end, when_text, len(" ".join(parts)) + 1 + sentence.index(when_text)))
        parts.append(sentence)
        day = day + timedelta(days=rng.randint(1, 21))
    parts.append(organiser_sentence)
    org_at = len(" ".join(parts)) - len(organiser_sentence) + organiser_sentence.index(organiser)
    for template in rng.sample(SENTENCES, rng.randint(3, 7)):
        parts.append(template.format(topic_gen=topic[1], topic2_gen=topic2[1], topic_loc=topic[2], gmina=gname,
                                     project=rng.choice(PROJECTS), voiv_gen=_voiv_gen(voiv)))
    fund_at = None
    if funding:
        sentence = f"Projekt jest współfinansowany {funding[2]}."
        parts.append(sentence)
        fund_at = len(" ".join(parts)) - len(sentence) + sentence.index(funding[2])
    deadlines = []
    if event_type == "konsultacje" and events:
        due = date.fromisoformat(events[-1][0][:10]) + timedelta(days=7)
        due_text = f"do {due.day} {MONTHS_GEN[due.month - 1]} {due.year} r."
        sentence = f"Uwagi można zgłaszać {due_text}"
        parts.append(sentence + ".")
        deadlines.append({"date": due.isoformat(), "text": due_text,
                          "span": [len(" ".join(parts)) - len(sentence) - 1 + sentence.index(due_text),
                                   len(" ".join(parts)) - 1 - len(sentence) + sentence.index(due_text) + len(due_text)]})
    cancelled = rng.random() < 0.03
    if cancelled:
        parts.append("Wydarzenie zostało odwołane z przyczyn niezależnych od organizatorów.")
    text = " ".join(parts)

    if kind == "rops":
        host = f"rops.{_slug(voiv)}.pl"
        source_id = f"rops-{_slug(voiv)}"
        region = {"teryt": code[:2], "voivodeship": voiv, "powiat": None, "gmina": None}
    else:
        host = f"{'ngo.' if kind == 'ngo' else ''}{_slug(gname)}-{code}.pl"
        source_id = f"{kind}-{_slug(gname)}-{code}"
        region = {"teryt": code, "voivodeship": voiv, "powiat": powiat, "gmina": gname}
    url = f"https://{host}/aktualnosci/{i}-{_slug(title)}"
    if cancelled:
        status = "cancelled"
    elif not events:
        status = "unknown"
    else:
        status = "upcoming" if events[-1][0][:10] >= REFERENCE_DAY.isoformat() else "past"
    record = {
        "id": record_id(url), "url": url, "source_id": source_id, "source_type": source_type,
        "title": title, "text": text, "published": published.isoformat() if rng.random() > 0.05 else None,
        "fetched_at": f"{(published + timedelta(days=1)).isoformat()}T06:{i % 60:02d}:00+00:00",
        "content_hash": content_hash(text), "lang": "pl", "region": region,
        "events": [{"start": s, "end": e, "text": t, "span": [at, at + len(t)]} for s, e, t, at in events],
        "deadlines": deadlines, "venues": [],
        "organisers": [{"name": organiser, "text": organiser, "span": [org_at, org_at + len(organiser)]}],
        "funding": ([{"funder": funding[0], "programme": funding[1], "text": funding[2],
                      "span": [fund_at, fund_at + len(funding[2])]}] if funding else []),
        "contacts": {"emails": [], "phones": [], "urls": []},
        "event_type": event_type, "status": status, "extractor_version": "synthetic-1",
        "relevance": {"score": 1.0, "reasons": ["synthetic"]}, "attachments": [],
    }
    return record


def generate_records(n: int, seed: int = 2026) -> Iterator[dict[str, Any]]:
    """`n` synthetic records; the same arguments always give the same records."""
    rng = random.Random(seed)
    for i in range(n):
        yield _record(i, rng)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many records")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--db", help="write them into this store instead of printing JSON Lines")
    args = parser.parse_args(argv)
    if args.db:
        from pipeline.store import Store

        store = Store(args.db)
        with store.transaction():
            for record in generate_records(args.n, args.seed):
                store.upsert_record(record)
        print(f"{args.n} records in {args.db}", file=sys.stderr)
        return 0
    out = sys.stdout
    for record in generate_records(args.n, args.seed):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

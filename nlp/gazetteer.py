"""Polish places (GUS TERYT) by name, in any inflected form, and TERYT codes by name.

A venue city or a source region becomes a gmina, a powiat and a voivodeship, so records
can be filtered and counted by region. Names are found the way Polish writes them:
`w Łęcznej`, `Gminy Czernica`, `w Nowym Mieście Lubawskim` all map to the nominative
name in the register, through Morfeusz lemmas and, for forms SGJP does not know,
regular declension endings.
"""
from __future__ import annotations

import csv
import functools
import gzip
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from nlp.morph import analyse, fold, geo_lemmas, lemmas, nominative

DATA_DIR = Path(__file__).with_name("data") / "teryt"

# SIMC locality types, best first when one name belongs to several places.
_RM_RANK = {"96": 0, "01": 1, "04": 2, "02": 3, "03": 4, "05": 5}

# Regular endings of oblique cases of place names -> nominative endings, for names SGJP
# does not know (`Kazimierzu Dolnym`, small villages). A guess only counts when the
# register has a place of that name.
_ENDING_RULES = (
    ("owie", "ów"), ("owie", "owo"), ("ach", "y"), ("ach", "e"), ("ach", "a"), ("cach", "ce"), ("icach", "ice"),
    ("ej", "a"), ("iej", "a"), ("ie", ""), ("u", ""), ("y", "a"), ("i", "a"), ("ii", "ia"),
    ("ą", "a"), ("em", ""), ("ym", "y"), ("im", "i"), ("a", ""), ("i", ""), ("y", ""),
    ("kowie", "ków"), ("niu", "ń"), ("ziu", "ź"), ("siu", "ś"), ("ciu", "ć"), ("dzi", "dź"),
    ("sku", "sko"), ("cku", "cko"),
)


# Abbreviated second words of town names (`Gorzów Wlkp.`, `Mińsk Maz.`).
_ABBREVIATIONS = {"Wlkp": "Wielkopolski", "Maz": "Mazowiecki", "Śl": "Śląski", "Kuj": "Kujawski", "Lub": "Lubelski",
                  "Pom": "Pomorski", "Gd": "Gdański", "Tryb": "Trybunalski", "Zdr": "Zdrój", "Wlk": "Wielki"}
_ABBREVIATION_RE = re.compile(r"\b(" + "|".join(_ABBREVIATIONS) + r")\.?(?=\s|$)")

_ADJ_ENDINGS = ("iego", "ego", "iemu", "emu", "iej", "ej", "ym", "im", "ie", "ą", "a", "e", "y", "i", "o")


def _stem_key(name: str) -> str:
    """A key that ignores case and gender endings of each word (`Nowym Mieście
    Lubawskim` and `Nowe Miasto Lubawskie` both give `now miast lubawsk`)."""
    out = []
    for word in fold(name).replace("-", " - ").split():
        for ending in _ADJ_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                break
        out.append(word)
    return " ".join(out)


@dataclass(frozen=True, slots=True)
class Place:
    name: str           # nominative, as in the register
    teryt6: str         # gmina (WOJ+POW+GMI)
    rm: str             # SIMC locality type; "gm" for a gmina, "pw" for a city with powiat rights


_Row = tuple[str, str, str]   # a place as stored: (name, teryt6, rm)


@dataclass(frozen=True, slots=True)
class Region:
    teryt: str | None
    voivodeship: str | None
    powiat: str | None
    gmina: str | None

    def as_dict(self) -> dict[str, str | None]:
        return {"teryt": self.teryt, "voivodeship": self.voivodeship, "powiat": self.powiat, "gmina": self.gmina}


def _read_csv(name: str) -> list[dict[str, str]]:
    path = DATA_DIR / name
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


class Gazetteer:
    """Name -> place and code -> region lookups over the copied TERYT tables."""

    def __init__(self) -> None:
        self.voivodeships = {r["woj_code"]: r["name_lower"] for r in _read_csv("voivodeships.csv")}
        self.powiats = {r["powiat_code"]: r for r in _read_csv("powiats.csv")}
        self.gminas: dict[str, dict[str, str]] = {r["teryt6"]: r for r in _read_csv("gminas.csv")}
        # Places are kept as plain tuples of strings (name, teryt6, rm), made `Place`s when
        # looked up: the garbage collector stops tracking such tuples, and then no longer walks
        # the register's hundred thousand entries on each full collection.
        by_name: dict[str, list[_Row]] = {}
        by_stem: dict[str, list[_Row]] = {}
        rows = [(row["NAZWA"], row["WOJ"] + row["POW"] + row["GMI"], row["RM"]) for row in _read_csv("localities.csv.gz")]
        rows = [place for place in rows if place[1] in self.gminas]
        rows += [(row["name"], teryt6, "gm") for teryt6, row in self.gminas.items()]
        for place in rows:
            name = place[0]
            by_name.setdefault(fold(name), []).append(place)
            if " " in name or "-" in name:
                by_stem.setdefault(_stem_key(name), []).append(place)
        self._by_name: dict[str, tuple[_Row, ...]] = {key: tuple(found) for key, found in by_name.items()}
        self._by_stem: dict[str, tuple[_Row, ...]] = {key: tuple(found) for key, found in by_stem.items()}
        self._voiv_by_adj = {fold(name): code for code, name in self.voivodeships.items()}

    # -- names -----------------------------------------------------------------------
    def candidates(self, phrase: str) -> list[Place]:
        """Every place the phrase (any case) may name; empty when none."""
        return [place for _, place in self._ranked_candidates(" ".join(phrase.split()))]

    @functools.lru_cache(maxsize=50_000)
    def _ranked_candidates(self, phrase: str) -> tuple[tuple[int, Place], ...]:
        phrase = _ABBREVIATION_RE.sub(lambda m: _ABBREVIATIONS[m.group(1)], phrase).rstrip(".")
        if not phrase or not phrase[:1].isupper():
            return ()
        if " " not in phrase and "-" not in phrase and not geo_lemmas(phrase) \
                and any(r.lemma[:1].islower() for r in analyse(phrase)):
            return ()   # a common word SGJP knows (`Miasta`, `Rady`), not a place name (`Gdynia`: a surname too)
        found: dict[_Row, int] = {}
        for order, key in enumerate(self._keys(phrase)):
            for place in self._by_name.get(key, ()):
                found.setdefault(place, order)
            if " " in key or "-" in key:
                for place in self._by_stem.get(_stem_key(key), ()):
                    found.setdefault(place, order)
        ranked = tuple((order, Place(*place)) for place, order in found.items())
        if phrase.isupper() and len(phrase) <= 4:
            # (`USC`, `GOK`: an acronym; a short place in capitals is spelled as the place is, `EŁK`)
            ranked = tuple(c for c in ranked if c[1].name.upper() == phrase)
        if _place_numbers(phrase.split()[-1]) == {"pl"}:
            # `w Kamionkach`, `w Górach`: a form that is plural only names a place whose name is
            # plural (`Kamionki`, `Góry`), not the town or village whose name is one thing
            plural = tuple(c for c in ranked if _name_numbers(c[1].name.split()[-1]) != {"sg"})
            ranked = plural or ranked
        return ranked

    @functools.lru_cache(maxsize=50_000)
    def _keys_cached(self, phrase: str) -> tuple[str, ...]:
        keys: list[str] = [fold(phrase)]
        keys.append(fold(nominative(phrase)))
        parts = phrase.split()
        if len(parts) == 1 and "-" not in phrase:
            keys.extend(fold(name) for name in geo_lemmas(phrase))
        options = [sorted(lemmas(p)) for p in phrase.replace("-", " - ").split()]
        if all(len(o) <= 4 for o in options):
            for combo in itertools.islice(itertools.product(*options), 32):
                keys.append(fold(" ".join(combo)))
        last = parts[-1].lower()
        for old, new in _ENDING_RULES:
            if last.endswith(old) and len(last) - len(old) >= 3:
                keys.append(fold(" ".join(parts[:-1] + [last[: len(last) - len(old)] + new])))
        if len(parts) > 1 and "-" not in phrase:
            keys.append(fold("-".join(parts)))   # `Zaręby Kromki` as written for the register's `Zaręby-Kromki`
        if "-" in phrase:
            keys.append(fold(phrase.replace("-", " ")))   # `Stepna-Stara` as written for the register's `Stepna Stara`
        seen: dict[str, None] = {}
        for key in keys:
            seen.setdefault(key, None)
        return tuple(seen)

    def _keys(self, phrase: str) -> tuple[str, ...]:
        return self._keys_cached(phrase)

    def is_place(self, phrase: str) -> bool:
        return bool(self.candidates(phrase))

    def registered_name(self, phrase: str) -> str | None:
        """The register's name of a locality the phrase may name even where it is also a common
        word SGJP knows (`w Węgorzycach` for the osada Węgorzyce): for a caller that already knows
        the phrase names a place (a town after a venue's `w`)."""
        return next((self._by_name[key][0][0] for key in self._keys(" ".join(phrase.split())) if key in self._by_name),
                    None)

    @functools.lru_cache(maxsize=100_000)
    def resolve(self, phrase: str, prefer: str | None = None) -> Place | None:
        """The most likely place a phrase names: the closest to the preferred TERYT code
        first (same gmina, then powiat), then cities, then the same voivodeship, then towns
        before villages, then places that give their name to their gmina."""
        found = self._ranked_candidates(" ".join(phrase.split()))
        if not found:
            return None
        prefer = (prefer or "")[:6]

        def rank(item: tuple[int, Place]) -> tuple:
            order, place = item
            gmina = self.gminas.get(place.teryt6, {})
            shared = next((k for k in (6, 4, 2) if len(prefer) >= k and place.teryt6.startswith(prefer[:k])), 0)
            return (
                -shared if shared > 2 else 0,   # the same gmina or powiat first,
                0 if place.rm == "96" else 1,   # then a city (`Lublin`, not the village `Lublino`
                -shared,                        # of the voivodeship the page is from)
                0 if place.rm in ("96", "gm") else 1,
                order,
                0 if gmina.get("name") == place.name else 1,
                _RM_RANK.get(place.rm, 6),
                place.teryt6,
            )

        return min(found, key=rank)[1]

    @functools.lru_cache(maxsize=50_000)
    def sole_place(self, phrase: str, area: str = "") -> Place | None:
        """The place a phrase names (among those whose TERYT code starts with `area`) when
        it can name only one: every candidate lies in one gmina, or exactly one candidate is
        a town (`w Zamościu` is the town, not a hamlet of the same name). None for names
        shared by places in several gminas (`Stara Wieś`) and for unknown names."""
        found = [place for _, place in self._ranked_candidates(" ".join(phrase.split()))
                 if place.teryt6.startswith(area)]
        if not found:
            return None
        if len({place.teryt6 for place in found}) == 1:
            return self.resolve(phrase, found[0].teryt6)
        towns = {place.teryt6: place for place in found if place.rm in ("96", "pw")}
        if len(towns) == 1:
            return next(iter(towns.values()))
        return None

    def city_name(self, phrase: str, prefer: str | None = None) -> str | None:
        place = self.resolve(phrase, prefer)
        return place.name if place else None

    # -- codes -----------------------------------------------------------------------
    def region_of_place(self, place: Place) -> Region:
        gmina = self.gminas.get(place.teryt6)
        return self.region_of_code(gmina["teryt7"] if gmina else place.teryt6)

    def region_of_code(self, code: str | None) -> Region:
        """Names for a TERYT code of 2, 4, 6 or 7 digits; unknown parts stay None."""
        code = (code or "").strip()
        if not code.isdigit() or len(code) not in (2, 4, 6, 7):
            return Region(None, None, None, None)
        voiv = self.voivodeships.get(code[:2])
        if voiv is None:
            return Region(None, None, None, None)
        if len(code) == 2:
            return Region(code, voiv, None, None)
        powiat_row = self.powiats.get(code[:4])
        powiat = powiat_row["name"] if powiat_row else None
        if len(code) == 4:
            return Region(code if powiat_row else code[:2], voiv, powiat, None)
        gmina_row = self.gminas.get(code[:6])
        if gmina_row is None:
            return Region(code[:4] if powiat_row else code[:2], voiv, powiat, None)
        return Region(gmina_row["teryt7"], voiv, powiat, gmina_row["name"])

    def voivodeship_code(self, adjective: str) -> str | None:
        """`lubelskiego`/`Lubelskie` -> `06`."""
        for lemma_ in [adjective, *lemmas(adjective)]:
            key = fold(lemma_)
            for candidate in (key, key[:-1] + "ie" if key.endswith("i") else key):
                if candidate in self._voiv_by_adj:
                    return self._voiv_by_adj[candidate]
        return None


def _place_numbers(form: str) -> frozenset[str]:
    """The grammatical numbers a form reads in as a place's name (`Kamionkach`: plural only;
    `Jastrzębi`: singular too, `Szczecin`: singular, though a common noun's plural too)."""
    return frozenset(n for r in analyse(form) if r.pos == "subst" and "nazwa_geograficzna" in r.qualifiers
                     for n in r.tag.split(":")[1].split("."))


def _name_numbers(name: str) -> frozenset[str]:
    """The grammatical numbers of a place's name read as itself, its nominative (`Kamionka`:
    singular; `Kamionki`, `Góry`: plural); none for a name SGJP does not know."""
    own = [r for r in analyse(name) if r.pos == "subst" and r.lemma.split(":")[0].lower() == name.lower()]
    places = [r for r in own if "nazwa_geograficzna" in r.qualifiers]
    return frozenset(n for r in places or own for n in r.tag.split(":")[1].split("."))


@functools.cache
def gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded once per process (about 0.3 s)."""
    return Gazetteer()

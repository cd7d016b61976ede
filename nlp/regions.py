"""Which gmina, powiat and voivodeship a record is about, from its venues' towns through TERYT."""
from __future__ import annotations

from nlp.gazetteer import Gazetteer


def region_for(gaz: Gazetteer, venues: list[dict], source_region: str | None) -> dict[str, str | None]:
    """The venues' town mapped through TERYT; else the source's own region.

    Among same-named places the one nearest the source's region wins. A town outside the
    source's area is trusted only when its name is unambiguous: a municipality's page
    about `Stara Wieś` means its own village, not one of dozens elsewhere, and a regional
    centre's page about a name several of its villages share keeps the region only.
    Venues in several gminas give the smallest unit holding them all (a round of meetings
    in four towns of a voivodeship is the voivodeship's)."""
    code = (source_region or "").strip()
    prefer = code if code.isdigit() else None
    area = prefer[:6] if prefer else ""
    places = []
    for venue in venues:
        if venue.get("city"):
            place = gaz.resolve(venue["city"], prefer)
            if place is not None and area:
                inside = any(p.teryt6.startswith(area) for p in gaz.candidates(venue["city"]))
                # inside the source's area: the one place of that name there (or its one
                # town); outside it: only a name no other place bears
                place = gaz.sole_place(venue["city"], area if inside else "")
            if place is not None:
                places.append(place)
    if places:
        codes = {place.teryt6 for place in places}
        if len(codes) == 1:
            return gaz.region_of_place(places[0]).as_dict()
        for size in (4, 2):
            if len({c[:size] for c in codes}) == 1:
                return gaz.region_of_code(places[0].teryt6[:size]).as_dict()
        return gaz.region_of_place(places[0]).as_dict()
    if prefer:
        return gaz.region_of_code(prefer).as_dict()
    if code:
        place = gaz.resolve(code)
        if place is not None:
            return gaz.region_of_place(place).as_dict()
        voiv = gaz.voivodeship_code(code)
        if voiv:
            return gaz.region_of_code(voiv).as_dict()
    return {"teryt": None, "voivodeship": None, "powiat": None, "gmina": None}


def page_area(gaz: Gazetteer, venues: list[dict]) -> str | None:
    """The gmina (else the powiat) holding every town of the page that names one place only,
    when each other town of the page has a namesake there: a schedule of village meetings in
    one gmina (`Żebry-Żabin`, `Stepna Stara`) means its own `Nowa Wieś` and `Łazy`, not the
    first of a hundred elsewhere. None when the page's towns lie apart or none is sure."""
    gminas = [{p.teryt6 for p in gaz.candidates(city)} for city in {v["city"] for v in venues if v.get("city")}]
    # (a name one gmina alone bears; `Łazy`, a town and many villages, is not sure)
    sure = {next(iter(codes)) for codes in gminas if len(codes) == 1}
    for size in (6, 4):
        areas = {code[:size] for code in sure}
        if len(areas) == 1:
            area = areas.pop()
            if all(any(code.startswith(area) for code in codes) for codes in gminas):
                return area
    return None

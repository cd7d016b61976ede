"""The phrases that open a funding statement, and what each kind of phrase lets it name.

Most statements read forward from a funding participle or phrase (`współfinansowany ze
środków X`). A few name the funder before the phrase, so the statement is the whole sentence:
a grant someone awarded (`eksperci Programu X przyznali pieniądze`), money received from a
named source (`Z Narodowego Instytutu Wolności … otrzymali 85 tysięcy złotych`), a body that
supported it financially (`Starostwo … wsparło finansowo`, `wsparcia finansowego udzielił X`,
`Miasto X dofinansowało organizację konferencji`) or covers its costs (`koszty pokrywa
Powiat Kłodzki`) and a grant
agreement (`podpisana z Wojewódzkim Funduszem … umowa na dofinansowanie`). A label line
(`Współfinansowanie: Województwo Pomorskie`) names its funders after the colon. Realisation verbs
and the purposes of an agreement live in
`lexicons/funding_cues.json`.
"""
from __future__ import annotations

import re

from nlp.caseless import Caseless
from nlp.vocabulary import lexicon

_CUES = lexicon("funding_cues.json")


def _stems(key: str) -> str:
    return "|".join(rf"{re.escape(s)}\w*" for s in _CUES[key])


PARTICIPLE = r"(?:współ|do|s)?finansowan(?:y|a|e|ego|ej|emu|ym|ych|ymi|ą|o|i)"
# participles and `realizuje`, never the gerund (`na zorganizowanie wycieczki` is what an offer is for)
_REALISED = "|".join(rf"{re.escape(s)}(?:y|a|e|ego|ej|emu|ym|ych|ymi|ą|i|o)\b" if s.endswith("n") else rf"{re.escape(s)}\w*"
                     for s in _CUES["realisation_verbs"])
GRANTED = (r"\bprzyzna(?:ł[aoy]?|li|ły|ją|je)\s+(?:\S+\s+){0,3}?"
           r"(?:pieniądze|środki|dotacj\w*|dofinansowani\w*|grant\w*|kwot\w*)")
RECEIVED_AMOUNT = (r"\b(?:otrzymał|uzyskał)\w*\s+(?:\S+\s+){0,2}?\d[\d\s.,]*\s*(?:tys\.|tysięcy|tys|mln|milion\w*)?\s*"
                   r"(?:zł\b|złotych|euro|PLN)")
# `Zarząd Województwa X przeznaczy na organizację seminarium z budżetu Województwa kwotę 11 tys. zł`
ALLOCATED = (r"\bprzeznacz(?:y|ył[aoy]?|yli|yły|a|ają)\s+(?:\S+\s+){0,8}?(?:kwot\w*|środk\w*|\d[\d\s.,]*\s*"
             r"(?:tys\.|tysięcy|zł\b|złotych))")
COSTS_COVERED = (r"\bkoszt\w*\s+(?:\S+\s+){0,5}?(?:pokryw\w*|pokrył\w*|pokryj\w*)|\bpokryw\w*\s+koszt\w*"
                 r"|\bpokrył\w*\s+(?:\S+\s+){0,3}?koszt\w*")
SUPPORTED = (r"\bwspar(?:ł[aoy]?|li|ły)\s+finansowo\b|\bwspiera(?:ją|ł[aoy]?|li|ły)?\s+finansowo\b|\bfinansowo\s+wspar\w+"
             r"|\bwsparci\w+\s+finansow\w+\s+udzielił\w*|\budzielił\w*\s+(?:\S+\s+){0,2}?wsparci\w+\s+finansow\w+"
             r"|\b(?:współ|do|s)finansował[aoy]?\s+(?:\S+\s+){0,2}?(?:organizacj|przeprowadzeni|realizacj|spotkani|konferencj"
             r"|szkoleni|warsztat|wydarzeni|projekt|zadani)\w*")
LABEL = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in _CUES["funding_labels"])
LABEL_LINE = rf"(?m:^)[ \t•*-]*(?:{LABEL})[ \t]*:"
AGREEMENT_PURPOSE = rf"\bumow\w*(?=[^.;\n]{{0,200}}?\bna\s+(?:{_stems('agreement_purposes')}))"

# `nie byłoby możliwe bez wsparcia finansowego X`: what made it possible pays (a bare `bez
# dofinansowania` says the opposite); `wkład własny Powiatu X`: the share a body paid itself
ENABLED_BY = (r"\bmożliw\w*\s+(?:\S+\s+){0,2}?bez\s+(?:\S+\s+)?(?:wsparci\w+\s+finansow\w+|dofinansowani\w+"
              r"|finansowani\w+|środków|dotacji)")
OWN_SHARE = r"\bwkład\w*\s+własn\w+"
# `X jest beneficjentem programu Dom Kultury+`: a grant's recipient, paid by the programme's funder
BENEFICIARY = r"\bbeneficjent\w*\s+(?=(?:programu|konkursu|projektu|dotacji|grantu)\b)"
# `w ramach projektu X Działanie 1.2 Priorytet I Programu Operacyjnego Kapitał Ludzki`: a project's
# programme named after it, funding only where the programme implies its funder
WITHIN_PROJECT = r"\bw\s+ramach\s+(?:projektu|zadania)\b"
WITHIN_PROJECT_RE = re.compile(WITHIN_PROJECT, re.IGNORECASE)
ENABLED_BY_RE = re.compile(ENABLED_BY, re.IGNORECASE)
# `projekt „Jesteśmy aktywni” w ramach Programu Operacyjnego X`: a titled project run within a programme
# `realizowane na zlecenie Gminy X`: a task commissioned, so paid, by a body
COMMISSIONED = r"(?:realizowan|realizuj)\w*\s+na\s+zlecenie"
_PROJECT_OPEN = r"projekt\w*\s+(?:pn\.\s*|pt\.\s*)?[„\"]"
PROJECT_IN = rf"\b{_PROJECT_OPEN}[^”\"\n]{{1,150}}[”\"]\s*,?\s*w\s+ramach\s+(?=\w\w)"

# searched over whole texts, so through `Caseless`
TRIGGER = Caseless(
    rf"\b{PARTICIPLE}\b|\b(?:współ|do|s)?finansowano\b|\b(?:współ|do|s)?finans(?:uj[eą]|ował[aoy]?|owali)\b"
    r"|\bdzięki\s+(?:[a-ząćęłńóśźż]+(?:emu|ym)\s+)?(?:wsparciu|dofinansowaniu|dotacji|środkom|finansowaniu|grantowi)\b"
    r"(?:\s+finansow\w+)?"   # (`dzięki hojnemu wsparciu`, `dzięki pozyskanym środkom`)
    r"|\bkorzysta\w*\s+z\s+(?:dofinansowania|dotacji|grantu|wsparcia\s+finansowego)\b|\bz\s+dofinansowaniem\b"
    r"|\bprzy\s+(?:współ|do)?finansowaniu\b|\bprzy\s+(?:\w+\s+)?udziale\s+środków\b"
    r"|\bprzy\s+finansowym\s+(?:współ)?udziale\b|\bprzy\s+(?:współ)?udziale\s+finansowym\b"
    rf"|\b(?:{_REALISED})\s+(?:(?!dzięki\b|ze?\s+(?:środków|budżetu|dotacji)|przy\b|\w*finansow|\w*dotacj)(?:pn\.|pt\.|[^\s.;]+)\s+)"
    r"{0,18}?w\s+ramach\s+(?=\w\w)"
    rf"|{PROJECT_IN}"
    r"|\bprzy\s+(?:finansowym\s+)?wsparciu\s+(?:finansowym\s+)?(?:ze\s+środków\s+)?"
    r"|\bz\s+dotacji\b|\bze\s+środków\b|\bz\s+budżetu\b|\bw\s+ramach\s+(?:dotacji|grantu|dofinansowania)\b"
    r"|\b(?:środki|pieniądze|fundusze|(?:do|współ)?finansowanie|dotacja)\s+(?:\S+\s+){0,4}?pochodz\w+\s+(?=ze?\s)"
    # (`Środki na zadanie pochodzą z EFS`, `Dofinansowanie pochodzi z EFS`)
    rf"|\bzlecon\w*\s+(?:do\s+realizacji\s+)?przez\b|\b{COMMISSIONED}\b"
    r"|\b(?:środk\w*|dotacj\w*|grant\w*)\s+(?:finansow\w+\s+)?(?:przyznan|przekazan)\w*\s+"
    r"(?:(?:zostały|został[aoy]?|są|będą)\s+)?(?:przez|od|w\s+ramach)\b"
    rf"|\bsfinansowan\w*|\bdotowan\w*\b|\bsponsorowan\w*|\bze\s+wsparciem\s+finansowym\b|{AGREEMENT_PURPOSE}|\bumow\w*\b"
    r"|\b(?:otrzymał|uzyskał|pozyskał)\w*\s+(?:\S+\s+){0,4}?(?:dofinansowani\w*|dotacj\w*|grant\w*|wsparci\w+\s+finansow\w*)"
    rf"\s+(?:\S+\s+){{0,2}}?(?:z|ze|od)\s"
    r"|\b(?:otrzymał|uzyskał|pozyskał)\w*\s+(?:\S+\s+){0,2}?unijn\w+\s+(?:dofinansowani|dotacj|wsparci|grant|środk)\w*"
    rf"|{GRANTED}|{RECEIVED_AMOUNT}|{SUPPORTED}|{COSTS_COVERED}|{ALLOCATED}|{ENABLED_BY}|{OWN_SHARE}|{WITHIN_PROJECT}"
    rf"|{BENEFICIARY}")
TRIGGER_RE = TRIGGER.exact
# `realizowany w ramach Programu X` states funding only through a funder it names or implies
IN_PROGRAMME_RE = re.compile(rf"(?:{_REALISED})\s|{_PROJECT_OPEN}", re.IGNORECASE)
PROJECT_OPEN_RE = re.compile(_PROJECT_OPEN, re.IGNORECASE)
WEAK_RE = re.compile(r"(?:przy|dzięki)\s+wsparciu(?!\s+finansow)", re.IGNORECASE)
AGREEMENT_RE = re.compile(r"umow", re.IGNORECASE)
AGREEMENT_PURPOSE_RE = re.compile(AGREEMENT_PURPOSE, re.IGNORECASE)
# the funder comes before these phrases: the statement is the whole sentence
BACKWARD_RE = re.compile(rf"{GRANTED}|{RECEIVED_AMOUNT}|{SUPPORTED}|{COSTS_COVERED}|{ALLOCATED}", re.IGNORECASE)
# searched on its own: a line-start alternative would slow the scan for every other phrase
LABEL_RE = re.compile(LABEL_LINE, re.IGNORECASE)
RECEIVED_AMOUNT_RE = re.compile(RECEIVED_AMOUNT, re.IGNORECASE)
STRONG_RE = re.compile(rf"{PARTICIPLE}|korzysta|(?:{_REALISED})\s|{_PROJECT_OPEN}|przy\s+(?:współ|do)?finansowaniu"
                       r"|z\s+dofinansowaniem|finansowano|(?:współ|do|s)?finans(?:uj|ował)|sfinansowan|dotowan|sponsorowan|otrzymał|uzyskał|pozyskał|zlecon"
                       r"|dzięki|przy\s|przyzna|przeznacz|wspar|wspiera|finansowo|koszt|pokryw|pokrył"
                       rf"|{COMMISSIONED}|{ENABLED_BY}|{OWN_SHARE}|{WITHIN_PROJECT}|{BENEFICIARY}"
                       r"|środk|dotacj\w*\s+\w*\s*(?:przyznan|przekazan)|grant\w*\s+\w*\s*(?:przyznan|przekazan)|umow",
                       re.IGNORECASE)

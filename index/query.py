"""The one query language, parsed into a tree that each backend compiles for itself.

    spotkanie organizacji           words (implicit AND)
    "Fundusz Inicjatyw Obywatelskich"  exact phrase
    szkolenie OR warsztaty          OR, AND, NOT, and -word
    fundusz*                        prefix
    (a OR b) c                      parentheses
    organiser:GOPS  funder:"EFS+"   field filters

User text never reaches an engine's own query syntax: backends compile this tree into
their query objects, so nothing a user types can be injected.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from nlp.morph import words

MAX_QUERY_LENGTH = 1000
MAX_DEPTH = 32

# Field names users may type, mapped to the canonical filter field.
FIELDS = {
    "organiser": "organiser", "organizer": "organiser", "organizator": "organiser",
    "funder": "funder", "fundator": "funder", "finansowanie": "funder",
    "programme": "programme", "program": "programme",
    "voivodeship": "voivodeship", "wojewodztwo": "voivodeship", "województwo": "voivodeship",
    "powiat": "powiat",
    "gmina": "gmina",
    "type": "event_type", "typ": "event_type", "event_type": "event_type",
    "status": "status",
    "source": "source", "zrodlo": "source", "źródło": "source",
    "source_type": "source_type",
    "title": "title", "tytul": "title", "tytuł": "title",
}


class QuerySyntaxError(ValueError):
    """A malformed query; the message says what is wrong and where, for the user."""

    def __init__(self, message: str, position: int | None = None):
        self.position = position
        super().__init__(message if position is None else f"{message} (at character {position + 1})")


@dataclass(frozen=True)
class MatchAll:
    """Every record (an empty query, or the base a purely negative query subtracts from)."""


@dataclass(frozen=True)
class Term:
    """One word, matched by lemma and folded diacritics (or, with a field, against that field)."""
    text: str
    field: str | None = None


@dataclass(frozen=True)
class Phrase:
    """Words that must appear exactly and in this order."""
    words: tuple[str, ...]
    field: str | None = None


@dataclass(frozen=True)
class Prefix:
    """Words starting with `text` (`fundusz*`)."""
    text: str
    field: str | None = None


@dataclass(frozen=True)
class And:
    children: tuple["Node", ...]


@dataclass(frozen=True)
class Or:
    children: tuple["Node", ...]


@dataclass(frozen=True)
class Not:
    child: "Node"


Node = Union[MatchAll, Term, Phrase, Prefix, And, Or, Not]


@dataclass(frozen=True)
class _Token:
    kind: str       # WORD, PHRASE, LPAREN, RPAREN, AND, OR, NOT, MINUS
    value: str
    pos: int
    field: str | None = None
    prefix: bool = False


def _tokenize(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "()":
            tokens.append(_Token("LPAREN" if ch == "(" else "RPAREN", ch, i))
            i += 1
            continue
        if ch == "-" and i + 1 < n and not query[i + 1].isspace():
            tokens.append(_Token("MINUS", ch, i))
            i += 1
            continue
        start = i
        field = None
        # A field name, `name:`, directly followed by its value.
        j = i
        while j < n and (query[j].isalnum() or query[j] == "_"):
            j += 1
        if j < n and query[j] == ":" and j > i:
            name = query[i:j].lower()
            if name not in FIELDS:
                known = ", ".join(sorted({k for k, v in FIELDS.items() if k == v or k == "type"}))
                raise QuerySyntaxError(f"unknown field '{query[i:j]}:'; known fields: {known}", i)
            field = FIELDS[name]
            i = j + 1
            if i >= n or query[i].isspace() or query[i] == ")":
                raise QuerySyntaxError(f"field '{name}:' needs a value", start)
        if query[i] == '"':
            end = query.find('"', i + 1)
            if end < 0:
                raise QuerySyntaxError("unterminated phrase: a closing \" is missing", i)
            tokens.append(_Token("PHRASE", query[i + 1:end], start, field))
            i = end + 1
            continue
        j = i
        while j < n and not query[j].isspace() and query[j] not in '()"':
            j += 1
        value = query[i:j]
        i = j
        if field is None and value in ("AND", "OR", "NOT"):
            tokens.append(_Token(value, value, start))
            continue
        prefix = value.endswith("*")
        value = value.rstrip("*")
        tokens.append(_Token("WORD", value, start, field, prefix))
    return tokens


class _Parser:
    def __init__(self, query: str):
        self.tokens = _tokenize(query)
        self.i = 0
        self.depth = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def parse(self) -> Node | None:
        if not self.tokens:
            return None
        node = self.or_expr()
        token = self.peek()
        if token is not None:
            raise QuerySyntaxError("unexpected ')'" if token.kind == "RPAREN" else f"unexpected '{token.value}'",
                                   token.pos)
        return node

    def or_expr(self) -> Node | None:
        parts = [self.and_expr()]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.take()
            if self.peek() is None or self.peek().kind in ("OR", "AND", "RPAREN"):
                raise QuerySyntaxError("OR needs a term on both sides", token.pos)
            parts.append(self.and_expr())
        parts = [p for p in parts if p is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def and_expr(self) -> Node | None:
        first = self.peek()
        if first is not None and first.kind in ("AND", "OR"):
            raise QuerySyntaxError(f"{first.kind} needs a term on both sides", first.pos)
        parts = [self.unary()]
        while (token := self.peek()) is not None and token.kind not in ("OR", "RPAREN"):
            if token.kind == "AND":
                self.take()
                nxt = self.peek()
                if nxt is None or nxt.kind in ("OR", "AND", "RPAREN"):
                    raise QuerySyntaxError("AND needs a term on both sides", token.pos)
            parts.append(self.unary())
        parts = [p for p in parts if p is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def unary(self) -> Node | None:
        token = self.peek()
        if token is not None and token.kind in ("NOT", "MINUS"):
            self.take()
            if self.peek() is None or self.peek().kind in ("OR", "AND", "RPAREN"):
                raise QuerySyntaxError(f"'{token.value}' needs a term after it", token.pos)
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise QuerySyntaxError(f"negations nested deeper than {MAX_DEPTH}", token.pos)
            child = self.unary()
            self.depth -= 1
            return Not(child) if child is not None else None
        return self.primary()

    def primary(self) -> Node | None:
        if self.peek() is None:
            raise QuerySyntaxError("the query ends where a term is expected")
        token = self.take()
        if token.kind == "LPAREN":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise QuerySyntaxError(f"parentheses nested deeper than {MAX_DEPTH}", token.pos)
            if self.peek() is None:
                raise QuerySyntaxError("a '(' is not closed", token.pos)
            if self.peek() is not None and self.peek().kind == "RPAREN":
                raise QuerySyntaxError("empty parentheses", token.pos)
            node = self.or_expr()
            closing = self.peek()
            if closing is None or closing.kind != "RPAREN":
                raise QuerySyntaxError("a '(' is not closed", token.pos)
            self.take()
            self.depth -= 1
            return node
        if token.kind == "RPAREN":
            raise QuerySyntaxError("unexpected ')'", token.pos)
        if token.kind == "PHRASE":
            found = tuple(w for _, _, w in words(token.value))
            if not found:
                return None
            if len(found) == 1 and token.field is None:
                return Term(found[0])
            return Phrase(found, token.field)
        # WORD
        found = tuple(w for _, _, w in words(token.value))
        if not found:
            if token.field is not None:
                raise QuerySyntaxError(f"field '{token.field}:' needs a value", token.pos)
            return None  # punctuation only: nothing to match
        if token.field is not None and len(found) > 1:
            return Phrase(found, token.field)
        if len(found) > 1:
            return Prefix(" ".join(found), token.field) if token.prefix else Phrase(found)
        if token.prefix:
            return Prefix(found[0], token.field)
        return Term(found[0], token.field)


def has_ranking_words(node: Node) -> bool:
    """Whether a query has words to rank by (otherwise relevance means newest first)."""
    if isinstance(node, (Term, Phrase, Prefix)):
        return node.field in (None, "title")
    if isinstance(node, (And, Or)):
        return any(has_ranking_words(c) for c in node.children)
    return False


def _normalise(node: Node | None) -> Node:
    """Give purely negative queries something to subtract from."""
    if node is None:
        return MatchAll()
    if isinstance(node, Not):
        return And((MatchAll(), node))
    if isinstance(node, And):
        children = tuple(_normalise_inner(c) for c in node.children)
        if all(isinstance(c, Not) for c in children):
            children = (MatchAll(), *children)
        return And(children)
    if isinstance(node, Or):
        return Or(tuple(_normalise(c) for c in node.children))
    return node


def _normalise_inner(node: Node) -> Node:
    return node if isinstance(node, Not) else _normalise(node)


def parse(query: str | None) -> Node:
    """Parse a user query into a tree; raises QuerySyntaxError with a readable message."""
    query = (query or "").strip()
    if len(query) > MAX_QUERY_LENGTH:
        raise QuerySyntaxError(f"query longer than {MAX_QUERY_LENGTH} characters")
    return _normalise(_Parser(query).parse())

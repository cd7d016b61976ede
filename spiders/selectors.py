"""Simple CSS selectors (`tag`, `.class`, `#id`, `[attr=value]`, `[attr*=value]`, and lists
of them), matched in one pass over a document.

lxml's cssselect turns a long selector list into an XPath union that scans the document once
per alternative; the selectors the crawler keeps in its cue files (navigation, footers,
content containers) are all of these simple forms, and one pass in Python over the elements
answers them all at once, several times faster on a long page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

import lxml.html

_PART = re.compile(r"""^(?:(?P<tag>[a-z][a-z0-9]*)|\.(?P<cls>[\w-]+)|\#(?P<id>[\w-]+)|
                       \[(?P<attr>[\w-]+)(?:(?P<op>\*?=)["']?(?P<value>[^\]"']*)["']?)?\])$""", re.X | re.I)


@dataclass(frozen=True)
class SimpleSelector:
    tags: frozenset[str]
    classes: frozenset[str]                    # whole class tokens
    ids: frozenset[str]
    equals: tuple[tuple[str, str], ...]        # [attr=value]
    contains: tuple[tuple[str, str], ...]      # [attr*=value]
    present: tuple[str, ...]                   # [attr]

    @classmethod
    def parse(cls, selector: str) -> "SimpleSelector":
        tags, classes, ids, equals, contains, present = set(), set(), set(), [], [], []
        for part in (p.strip() for p in selector.split(",")):
            m = _PART.match(part)
            if not m:
                raise ValueError(f"not a simple selector: {part!r}")
            if m["tag"]:
                tags.add(m["tag"].lower())
            elif m["cls"]:
                classes.add(m["cls"])
            elif m["id"]:
                ids.add(m["id"])
            elif m["op"] == "=":
                equals.append((m["attr"].lower(), m["value"]))
            elif m["op"] == "*=":
                contains.append((m["attr"].lower(), m["value"]))
            else:
                present.append(m["attr"].lower())
        return cls(frozenset(tags), frozenset(classes), frozenset(ids), tuple(equals), tuple(contains),
                   tuple(present))

    def matches(self, el: lxml.html.HtmlElement) -> bool:
        if el.tag in self.tags:
            return True
        attrib = el.attrib
        if not attrib:
            return False
        cls = attrib.get("class")
        if cls and self.classes and not self.classes.isdisjoint(cls.split()):
            return True
        if self.ids and attrib.get("id") in self.ids:
            return True
        for name, value in self.equals:
            if attrib.get(name) == value:
                return True
        for name, value in self.contains:
            found = attrib.get(name)
            if found and value in found:
                return True
        return any(name in attrib for name in self.present)

    def select(self, tree: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
        """Matching elements in document order."""
        names = {"class"} if self.classes else set()
        names |= {"id"} if self.ids else set()
        names |= {name for name, _v in self.equals + self.contains} | set(self.present)
        # Elements that carry none of the attributes and are none of the tags cannot match:
        # let libxml2 skip them (a table-layout page is thousands of bare cells).
        wanted = [f"@{name}" for name in sorted(names)] + [f"self::{tag}" for tag in sorted(self.tags)]
        if not wanted:
            return
        for el in tree.xpath("descendant-or-self::*[" + " or ".join(wanted) + "]"):
            if self.matches(el):
                yield el

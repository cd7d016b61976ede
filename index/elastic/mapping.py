"""The versioned index template and mapping in index/es/, made ready for one alias.

The JSON files are the source of truth (reviewable, diffable, usable with curl); this
module only fills in the alias-specific index pattern and merges the optional `polish`
(analysis-stempel) extra when the cluster has it.
"""
from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

from index.document import DOCUMENT_VERSION

ES_DIR = Path(__file__).resolve().parent.parent / "es"
MAPPING_VERSION = 2
TEMPLATE_FILE = ES_DIR / f"civic-v{MAPPING_VERSION}.json"
POLISH_FILE = ES_DIR / f"polish-v{MAPPING_VERSION}.json"


@functools.cache
def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _strip_comments(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if k != "_comment"}


def index_pattern(alias: str) -> str:
    """Names of the physical indexes behind an alias: `<alias>-v<mapping version>-<built at>`."""
    return f"{alias}-v{MAPPING_VERSION}-*"


def index_template(alias: str, *, polish: bool = False) -> dict[str, Any]:
    """The composable index template body for `PUT _index_template/<alias>-v<N>`."""
    template = copy.deepcopy(_strip_comments(_load(TEMPLATE_FILE)))
    template["index_patterns"] = [index_pattern(alias)]
    if polish:
        template["template"]["mappings"]["properties"].update(copy.deepcopy(_load(POLISH_FILE)["properties"]))
        template["template"]["mappings"]["_meta"]["civic"]["polish"] = True
    meta = template["template"]["mappings"]["_meta"]["civic"]
    if meta["document_version"] != DOCUMENT_VERSION:
        raise RuntimeError(f"{TEMPLATE_FILE.name} maps document version {meta['document_version']}, but "
                           f"index.document builds version {DOCUMENT_VERSION}: add a new mapping version")
    return template


def index_body(alias: str, *, polish: bool = False, building: bool = False) -> dict[str, Any]:
    """Settings and mappings for `PUT <index>`, the same as the template gives.

    Sent explicitly as well, so an index is right even where templates are not applied.
    While a fresh index is built nobody searches it, so refreshing is off until it is done.
    """
    template = index_template(alias, polish=polish)["template"]
    body = {"settings": copy.deepcopy(template["settings"]), "mappings": copy.deepcopy(template["mappings"])}
    if building:
        body["settings"]["index"]["refresh_interval"] = "-1"
    return body


def mapped_fields(alias: str = "civic") -> set[str]:
    return set(index_template(alias)["template"]["mappings"]["properties"])

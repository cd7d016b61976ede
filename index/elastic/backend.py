"""The cluster backend: the same index, queries and answers as the embedded one, on
Elasticsearch 8/9 or OpenSearch 2+, through the official clients.

Physical indexes are versioned (`<alias>-v<mapping>-<built at>`) and only ever read and
written through the alias, so a rebuild can fill a fresh index while the old one keeps
serving, and switch with one atomic alias update. How far the index has caught up with
the store (the store's sequence number) lives in the index's own mapping `_meta`, so it
travels with the index it describes.
"""
from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator

from index.base import IndexBackend, IndexUnavailable, SearchRequest, SearchResult
from index.breakdown import Breakdown, Grouping, aggregations, read_aggregations
from index.document import DOCUMENT_VERSION, index_document
from index.elastic import dsl
from index.elastic.bulk import BulkConnectionLost, BulkReport, writer_for
from index.elastic.client import ClusterSettings, create_client, describe, server_info, translate_errors
from index.elastic.mapping import MAPPING_VERSION, index_body, index_template

log = logging.getLogger(__name__)

SCAN_PAGE = 1000
# How long a search trusts what it learnt about the index behind the alias (whether it has
# the stemmed extra); a rebuild elsewhere is picked up after this long.
INDEX_INFO_TTL = 60.0


class IndexWriteRefused(IndexUnavailable):
    """The cluster refused some documents for good; `report` lists each one."""

    def __init__(self, message: str, report: BulkReport):
        super().__init__(message)
        self.report = report


def _body(response: Any) -> Any:
    return getattr(response, "body", response)


class ClusterIndex(IndexBackend):
    """An IndexBackend on a search cluster, addressed by an alias."""

    def __init__(self, client: Any, settings: ClusterSettings, *, info: dict[str, Any] | None = None,
                 bulk_options: dict[str, Any] | None = None):
        self.client = client
        self.settings = settings
        self.alias = settings.alias
        self.name = settings.flavour
        self.info = info or {}
        self.writer = writer_for(client, settings.flavour, **(bulk_options or {}))
        self.last_report: BulkReport | None = None
        self._polish: bool | None = None
        self._index_polish: tuple[float, bool] | None = None

    @classmethod
    def connect(cls, settings: ClusterSettings, *, node_class: Any = None, **options: Any) -> "ClusterIndex":
        """Connect and check the server answers as a cluster, before anything else is sent."""
        client = create_client(settings, node_class=node_class)
        info = server_info(client, settings)
        version = info.get("version") or {}
        log.info("connected to %s %s at %s (alias %s)", version.get("distribution", "elasticsearch"),
                 version.get("number", "?"), settings.display_url, settings.alias)
        return cls(client, settings, info=info, **options)

    # ---- indexes and the alias -------------------------------------------------------------

    def _errors(self, *, missing_alias: bool = False):
        return translate_errors(self.settings, alias=self.alias if missing_alias else None)

    def physical_indexes(self) -> list[str]:
        """The indexes the alias points to (normally one), or [] when there is no index yet."""
        with self._errors():
            if not _body(self.client.indices.exists_alias(name=self.alias)):
                if _body(self.client.indices.exists(index=self.alias)):
                    raise IndexUnavailable(
                        f"'{self.alias}' at {self.settings.display_url} is a plain index, not an alias: "
                        f"choose another --es-index or remove it")
                return []
            return sorted(_body(self.client.indices.get_alias(name=self.alias)))

    def has_polish(self) -> bool:
        """Whether the cluster can run the `polish` analyser (the analysis-stempel plugin)."""
        if self._polish is None:
            try:
                self.client.indices.analyze(body={"analyzer": "polish", "text": "spotkaniu"})
                self._polish = True
            except Exception:  # any refusal means: no such analyser here
                self._polish = False
        return self._polish

    def _new_index_name(self) -> str:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S%f")
        return f"{self.alias}-v{MAPPING_VERSION}-{stamp}"

    def _create_index(self, *, building: bool, with_alias: bool) -> str:
        polish = self.has_polish()
        name = self._new_index_name()
        body = index_body(self.alias, polish=polish, building=building)
        if with_alias:
            body["aliases"] = {self.alias: {}}
        with self._errors():
            self.client.indices.put_index_template(name=f"{self.alias}-v{MAPPING_VERSION}",
                                                   body=index_template(self.alias, polish=polish))
            self.client.indices.create(index=name, body=body)
        log.info("created index %s (polish analyser: %s)", name, polish)
        return name

    def _meta(self, index: str) -> dict[str, Any]:
        with self._errors():
            mapping = _body(self.client.indices.get_mapping(index=index))
        return (mapping.get(index, {}).get("mappings", {}).get("_meta") or {}).get("civic") or {}

    @staticmethod
    def _is_current(meta: dict[str, Any]) -> bool:
        """Built with this version's mapping and documents."""
        return meta.get("mapping_version") == MAPPING_VERSION and meta.get("document_version") == DOCUMENT_VERSION

    def _write_index(self) -> str:
        """The one index writes go to, created (behind the alias) on the first write."""
        found = self.physical_indexes()
        if not found:
            return self._create_index(building=False, with_alias=True)
        if len(found) > 1:
            raise IndexUnavailable(f"alias '{self.alias}' at {self.settings.display_url} points to "
                                   f"{len(found)} indexes ({', '.join(found)}); point it at one")
        if not self._is_current(self._meta(found[0])):
            raise IndexUnavailable(f"index '{found[0]}' at {self.settings.display_url} has an older mapping: "
                                   f"rebuild it with `civic index --rebuild --backend {self.settings.flavour}`")
        return found[0]

    # ---- writing ---------------------------------------------------------------------------

    def _write(self, actions: Iterable[dict[str, Any]], index: str) -> BulkReport:
        try:
            report = self.writer.write(actions)
        except BulkConnectionLost as lost:
            self.last_report = lost.report
            raise IndexUnavailable(describe(lost.cause, self.settings) +
                                   f" ({lost.report.written} written, {lost.report.deleted} deleted before "
                                   f"that; run the command again to resume)") from None
        self.last_report = report
        with self._errors():
            self.client.indices.refresh(index=index)
        return report

    def _refused(self, report: BulkReport) -> None:
        if report.errors:
            for error in report.errors:
                log.error("document %s refused: %s %s", error.id, error.status, error.reason)
            raise IndexWriteRefused(f"{report.summary()}; the index was not marked up to date", report)

    def upsert(self, records: Iterable[dict[str, Any]]) -> int:
        index = self._write_index()
        actions = ({"_op_type": "index", "_index": index, "_id": record["id"], "_source": index_document(record)}
                   for record in records)
        report = self._write(actions, index)
        self._refused(report)
        return report.written

    def delete(self, ids: Iterable[str]) -> int:
        ids = list(ids)
        if not ids:
            return 0
        found = self.physical_indexes()
        if not found:
            return 0
        index = self._write_index()
        report = self._write(({"_op_type": "delete", "_index": index, "_id": i} for i in ids), index)
        self._refused(report)
        return report.deleted

    def rebuild(self, records: Iterable[dict[str, Any]]) -> int:
        """Fill a fresh index completely, then swap the alias to it in one atomic update.

        Until the swap the old index keeps answering; if anything fails before it, the
        fresh index is removed and the old one stays as it was.
        """
        old = self.physical_indexes()
        new = self._create_index(building=True, with_alias=False)
        swapped = False
        try:
            actions = ({"_op_type": "index", "_index": new, "_id": record["id"],
                        "_source": index_document(record)} for record in records)
            report = self._write(actions, new)
            self._refused(report)
            with self._errors():
                self.client.indices.put_settings(index=new, body={"index": {"refresh_interval": None}})
                self.client.indices.refresh(index=new)
                actions = [{"remove": {"index": index, "alias": self.alias}} for index in old]
                actions.append({"add": {"index": new, "alias": self.alias}})
                self.client.indices.update_aliases(body={"actions": actions})
            swapped = True
            self._index_polish = None
        finally:
            if not swapped:
                self._drop(new)
        for index in old:
            self._drop(index)
        return report.written

    def _drop(self, index: str) -> None:
        try:
            self.client.indices.delete(index=index)
        except Exception as exc:  # leftover indexes are harmless; say so and go on
            log.warning("could not delete index %s: %s", index, exc)

    # ---- state -------------------------------------------------------------------------------

    def get_state(self) -> int:
        found = self.physical_indexes()
        if len(found) != 1:
            return 0
        meta = self._meta(found[0])
        return int(meta.get("seq") or 0) if self._is_current(meta) else 0

    def outdated(self) -> bool:
        found = self.physical_indexes()
        return len(found) == 1 and not self._is_current(self._meta(found[0]))

    def set_state(self, seq: int) -> None:
        index = self._write_index()
        meta = self._meta(index)
        meta.update({"seq": int(seq), "mapping_version": MAPPING_VERSION, "document_version": DOCUMENT_VERSION,
                     "updated_at": datetime.now(timezone.utc).isoformat(timespec="seconds")})
        with self._errors():
            self.client.indices.put_mapping(index=index, body={"_meta": {"civic": meta}})

    # ---- reading -------------------------------------------------------------------------------

    def count(self) -> int:
        if not self.physical_indexes():
            return 0
        with self._errors(missing_alias=True):
            return int(_body(self.client.count(index=self.alias))["count"])

    def _search(self, body: dict[str, Any]) -> dict[str, Any]:
        with self._errors(missing_alias=True):
            return _body(self.client.search(index=self.alias, body=body))

    def search(self, request: SearchRequest) -> SearchResult:
        compiled = dsl.compile_search(request, polish=self._index_has_polish())
        response = self._search(compiled.body)
        return dsl.read_search(response, request, compiled)

    def stats(self, group_by: str, request: SearchRequest) -> dict[str, int]:
        body = dsl.compile_stats(group_by, request)
        return dsl.read_stats(self._search(body), group_by)

    def breakdown(self, request: SearchRequest, groupings: dict[str, Grouping]) -> Breakdown:
        body = dsl.compile_breakdown(request, aggregations(groupings, engine="elasticsearch"))
        response = self._search(body)
        return Breakdown(total=dsl.read_total(response),
                         groups=read_aggregations(response.get("aggregations") or {}, groupings))

    def iter_ids(self, request: SearchRequest, batch: int = SCAN_PAGE) -> Iterator[str]:
        """Pages of ids walked with `search_after` on the sort (ids break ties), so each
        page is one cheap request however deep the walk goes."""
        body = dsl.compile_scan(request, batch)
        while True:
            hits = self._search(body)["hits"]["hits"]
            for hit in hits:
                yield hit["_id"]
            if len(hits) < batch:
                return
            body = {**body, "search_after": hits[-1]["sort"]}

    def _index_has_polish(self) -> bool:
        """Whether the index behind the alias has the stemmed fields (cached: searches are hot)."""
        now = time.monotonic()
        if self._index_polish is not None and now - self._index_polish[0] < INDEX_INFO_TTL:
            return self._index_polish[1]
        found = self.physical_indexes()
        polish = bool(found) and bool(self._meta(found[0]).get("polish"))
        if found:  # a missing index is reported by the search itself
            self._index_polish = (now, polish)
        return polish

    def close(self) -> None:
        try:
            self.client.close()
        except Exception:
            pass

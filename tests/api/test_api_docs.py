"""The OpenAPI description and the interactive docs."""
from __future__ import annotations


def test_openapi_describes_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) >= {"/api/search", "/api/announcements/{rid}", "/api/stats", "/api/export",
                                  "/api/feed", "/api/sources", "/healthz"}
    assert all(set(ops) == {"get"} for ops in spec["paths"].values())  # read-only
    names = {p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert names >= {"q", "voivodeship", "powiat", "gmina", "from", "to", "published_from", "published_to",
                     "organiser", "funder", "programme", "event_type", "status", "source", "source_type",
                     "sort", "page", "size", "cursor"}


def test_docs_page_loads_its_assets_locally(client):
    html = client.get("/docs").text
    assert "/docs-assets/swagger-ui-bundle.js" in html and "cdn" not in html.lower()
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    assert client.get("/docs-assets/swagger-ui.css").status_code == 200


def test_responses_match_their_documented_schemas(client):
    import jsonschema

    spec = client.get("/openapi.json").json()
    for path, params, model in (("/api/search", {"q": "szkolenie", "size": 3}, "SearchResponse"),
                                ("/api/stats", {"group_by": "month"}, "StatsResponse"),
                                ("/healthz", {}, "Health")):
        schema = {"$ref": f"#/components/schemas/{model}", "components": spec["components"]}
        jsonschema.validate(client.get(path, params=params).json(), schema)

"""The generic spiders: a handful of them read every registered source.

- `discovery`: from the homepage, finds feeds, sitemaps and announcement sections itself;
- `feed`, `sitemap`, `listing`: start only from a source's configured feeds, sitemaps or
  listing pages (`start_urls`), for sites whose structure is known.

All take `-a sources=ID,ID` (registry ids), `-a homepage=URL` (an ad-hoc site), or
`sources=[Source, ...]` when started from Python (pipeline.crawl.run_crawl).
"""

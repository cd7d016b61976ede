"""Scrapy settings of the project: polite, bounded, incremental crawling of public sites.

Every value can be overridden the usual Scrapy ways (`scrapy crawl ... -s NAME=VALUE`,
`run_crawl(settings_overrides=...)`); the few a deployment changes most also read
`CIVIC_*` environment variables, so a cron job needs no code change.
"""
from __future__ import annotations

import os

BOT_NAME = "civic"
SPIDER_MODULES = ["spiders.spiders"]
NEWSPIDER_MODULE = "spiders.spiders"

# Who we are: site owners must be able to find out and reach us.
CIVIC_CONTACT_URL = os.environ.get("CIVIC_CONTACT_URL", "https://github.com/civic-announcements/civic")
USER_AGENT = os.environ.get(
    "CIVIC_USER_AGENT",
    f"civic-announcements-bot/0.1 (+{CIVIC_CONTACT_URL}; collects public meeting announcements)")

# Politeness.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = int(os.environ.get("CIVIC_CONCURRENT_REQUESTS", "16"))
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = float(os.environ.get("CIVIC_DOWNLOAD_DELAY", "0.5"))
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = float(os.environ.get("CIVIC_AUTOTHROTTLE_START_DELAY", "1.0"))
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Bounds: municipal sites host huge scans and hang on slow backends.
DOWNLOAD_MAXSIZE = int(os.environ.get("CIVIC_DOWNLOAD_MAXSIZE", str(20 * 1024 * 1024)))
DOWNLOAD_WARNSIZE = int(os.environ.get("CIVIC_DOWNLOAD_WARNSIZE", str(5 * 1024 * 1024)))
DOWNLOAD_TIMEOUT = float(os.environ.get("CIVIC_DOWNLOAD_TIMEOUT", "30"))
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
DEPTH_LIMIT = 0          # the spiders bound their own depth (listing pages, pagination)
COOKIES_ENABLED = False

# We keep raw pages in our own store; Scrapy's cache would be a second copy.
HTTPCACHE_ENABLED = False

# Resumable crawls: set JOBDIR (e.g. `-s JOBDIR=data/jobs/all`, or `civic crawl --resume`).
JOBDIR = os.environ.get("CIVIC_JOBDIR") or None

DOWNLOADER_MIDDLEWARES = {
    "spiders.middlewares.SourceHealthMiddleware": 950,
    "spiders.middlewares.IncrementalMiddleware": 560,
}
ITEM_PIPELINES = {
    "pipeline.scrapy_pipelines.StorePipeline": 300,
}

# The store every item lands in (`civic --db` / CIVIC_DB; default data/civic.db).
CIVIC_DB = os.environ.get("CIVIC_DB", "data/civic.db")
# Run id under which per-source health is recorded; run_crawl sets one per run.
CIVIC_RUN_ID = None
# Relevance threshold (0..1); None means the default in pipeline/relevance.json.
CIVIC_RELEVANCE_THRESHOLD = os.environ.get("CIVIC_RELEVANCE_THRESHOLD") or None
# How far the generic spiders go on one source.
CIVIC_MAX_SECTIONS = 8           # announcement sections given first place from a homepage
CIVIC_MAX_LISTING_PAGES = 500    # pagination depth per listing (a guard against endless calendars)
# The page budget: pages (listings and articles) fetched per source per run, spent on the
# most announcement-like first. Large enough for a whole municipal BIP.
CIVIC_MAX_PAGES = int(os.environ.get("CIVIC_MAX_PAGES", "12000"))
CIVIC_MAX_ATTACHMENTS = 3        # PDF attachments read per article
CIVIC_ATTACHMENT_MAXSIZE = 5 * 1024 * 1024
# Skip already stored articles when their server sends no validators (no ETag/Last-Modified).
CIVIC_SKIP_KNOWN = True
# On a re-crawl, stop following a listing's pagination at a page with no new article (only
# when the source's previous crawl ended normally).
CIVIC_STOP_AT_KNOWN_LISTING = True
# The whole archive again (`civic crawl --backfill`): walk older listing pages even when a
# newer one held nothing new.
CIVIC_BACKFILL = False
# Only pages published on or after this date (`civic crawl --since YYYY-MM-DD`): older
# archives and listing pages are not walked, older documents not kept; implies a backfill.
CIVIC_SINCE = os.environ.get("CIVIC_SINCE") or None

# Feed exports (`scrapy crawl discovery -O pages.jsonl`): UTF-8, readable Polish.
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORT_FIELDS = ["url", "source_id", "status", "title", "published", "attachments", "text"]

LOG_LEVEL = os.environ.get("CIVIC_LOG_LEVEL", "INFO")
TELNETCONSOLE_ENABLED = False
# No remote-control port: a crawler on a shared machine should not listen for commands.
REMOTE_CONTROL_ENABLED = False

"""Orchestration: Scrapy item pipelines, the store of record, and the `civic` command."""

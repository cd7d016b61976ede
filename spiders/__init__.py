"""Scrapy project: settings, generic spiders, middlewares, the source registry and sample sites."""

"""Scrapy side of Rasd: spiders only discover and fetch; raw responses go to the lake untouched.

Entry point for callers: :func:`spiders.runner.crawl` (runs Scrapy in a subprocess).
"""

"""URL hygiene: canonical URLs, tracking parameters, Arabic IRIs both ways, article ids."""

from __future__ import annotations

import hashlib

import pytest

from pipeline.urls import (
    article_id,
    canonical_url,
    in_domains,
    iri_to_uri,
    is_tracking_param,
    uri_to_iri,
)

ARABIC = "https://www.enabbaladi.net/archives/هجوم-تدمر"
ENCODED = "https://www.enabbaladi.net/archives/%D9%87%D8%AC%D9%88%D9%85-%D8%AA%D8%AF%D9%85%D8%B1"


def test_canonical_drops_tracking_fragment_default_port_and_lowercases_host() -> None:
    url = (
        "HTTPS://WWW.Example.COM:443/a/b?utm_source=fb&utm_medium=x&fbclid=1&gclid=2&id=5#comments"
    )
    assert canonical_url(url) == "https://www.example.com/a/b?id=5"


def test_canonical_sorts_remaining_query_and_keeps_non_default_port() -> None:
    assert canonical_url("http://127.0.0.1:8080/p?b=2&a=1") == "http://127.0.0.1:8080/p?a=1&b=2"


@pytest.mark.parametrize("name", ["utm_campaign", "UTM_Source", "fbclid", "mc_eid", "_ga"])
def test_tracking_params(name: str) -> None:
    assert is_tracking_param(name)
    assert not is_tracking_param("page")


def test_arabic_iri_is_percent_encoded_and_decoded_back() -> None:
    assert canonical_url(ARABIC) == ENCODED
    assert iri_to_uri(ARABIC) == ENCODED
    assert uri_to_iri(ENCODED) == ARABIC
    # idempotent both ways, and lower-case escapes are normalised to upper case
    assert iri_to_uri(ENCODED) == ENCODED
    assert canonical_url(ENCODED.lower().replace("https://www", "https://WWW")) == ENCODED


def test_encoded_reserved_characters_stay_encoded() -> None:
    url = "http://x.com/a%2fb/%7euser/%D8%AA?q=%D8%AA%20x"
    assert canonical_url(url) == "http://x.com/a%2Fb/~user/%D8%AA?q=%D8%AA%20x"
    assert uri_to_iri("http://x.com/a%2Fb/%D8%AA") == "http://x.com/a%2Fb/ت"


def test_arabic_query_values_encoded() -> None:
    assert (
        canonical_url("http://x.com/search?q=داعش")
        == "http://x.com/search?q=%D8%AF%D8%A7%D8%B9%D8%B4"
    )


def test_article_id_is_sha256_prefix_of_canonical_url() -> None:
    canon = canonical_url(ARABIC + "?utm_source=t")
    assert article_id(canon) == hashlib.sha256(ENCODED.encode()).hexdigest()[:16]
    assert len(article_id(canon)) == 16


def test_in_domains_accepts_subdomains_only() -> None:
    assert in_domains("https://www.syriahr.com/x", ["syriahr.com"])
    assert in_domains("https://syriahr.com/x", ["syriahr.com"])
    assert not in_domains("https://evilsyriahr.com/x", ["syriahr.com"])
    assert not in_domains("http://localhost:80/x", ["127.0.0.1"])

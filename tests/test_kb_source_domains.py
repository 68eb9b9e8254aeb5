"""Outlets' web domains live on their sources in the actor knowledge base (sources.yaml);
the attribution stage reads a report's own outlet from them."""

from __future__ import annotations

import pytest

from rasd.events.attribution import own_source
from rasd.kb.actors import KBError, default_kb, parse_kb


def _source(ident: str, **extra: object) -> dict[str, object]:
    return {"id": ident, "name": ident.title(), "name_ar": "وكالة " + ident, "kind": "foreign-media",
            "country": None, "aliases": ["وكالة " + ident], **extra}


def test_domains_are_checked_host_names_owned_once():
    with pytest.raises(KBError) as err:
        parse_kb([("s.yaml", {"sources": [
            _source("alpha", domains=["https://alpha.example/news", "www.alpha.example"]),
            _source("beta", domains=["beta.example"]),
            _source("gamma", domains=["beta.example"])]})])
    text = str(err.value)
    assert "'https://alpha.example/news' is not a lower-case host name" in text
    assert "'www.alpha.example' is not a lower-case host name" in text
    assert "domain 'beta.example' is also 'beta'" in text
    kb = parse_kb([("s.yaml", {"sources": [_source("beta", domains=["beta.example"]),
                                           _source("delta")]})])
    assert kb.domains == {"beta.example": "beta"}


def test_packaged_sources_carry_the_outlets_domains():
    domains = default_kb().domains
    assert domains["sana.sy"] == "sana" and domains["syriahr.com"] == "sohr"
    assert all(default_kb().sources[s].kind != "generic" for s in domains.values())


def test_own_source_from_the_host_or_a_parent_domain():
    assert own_source("www.enabbaladi.net") == "enab-baladi"
    assert own_source("arabic.rt.com") == "rt"  # a sub-domain of the outlet's site
    # a look-alike host is nobody's
    assert own_source("enabbaladi.net.example.org") is None
    assert own_source("notrt.com") is None

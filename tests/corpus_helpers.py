"""Builders for the across-documents tests: real Arabic sentences, mentions built directly."""

from __future__ import annotations

from typing import Any

from rasd.document import Document, EventMention, Evidence, Meta
from rasd.store.sqlite import Store

STRIKE = ("استهدفت غارات جوية إسرائيلية فجر الأربعاء مواقع للميليشيات الإيرانية في مدينة البوكمال "
          "بريف دير الزور الشرقي، ما أسفر عن مقتل عدد من العناصر.")
ISRAEL_AF = {"id": "israel-air-force", "name": "Military Forces of Israel (1948-) Air Force",
             "name_ar": "سلاح الجو الإسرائيلي", "type": "State forces", "country": "Israel",
             "parent": "israel-military", "chain": ["israel-military", "israel-government"]}
ISRAEL = {"id": "israel-military", "name": "Military Forces of Israel (1948-)", "name_ar": "الجيش الإسرائيلي",
          "type": "State forces", "country": "Israel", "parent": "israel-government",
          "chain": ["israel-government"]}
COALITION = {"id": "us-coalition", "name": "Global Coalition Against Daesh", "name_ar": "التحالف الدولي",
             "type": "External/Other forces", "country": None}
IRGC = {"id": "iran-irgc", "name": "Military Forces of Iran (1979-) Islamic Revolutionary Guard Corps",
        "name_ar": "الحرس الثوري الإيراني", "type": "State forces", "country": "Iran",
        "parent": "iran-military", "chain": ["iran-military", "iran-government"]}
SYRIAN_ARMY = {"id": "syria-military", "name": "Military Forces of Syria (2000-2024)", "name_ar": "الجيش السوري",
               "type": "State forces", "country": "Syria", "parent": "syria-government",
               "chain": ["syria-government"]}
ALBUKAMAL = {"name": "Albukamal", "name_ar": "البوكمال", "country": "Syria", "admin1": "Deir ez-Zor",
             "admin2": "Albukamal", "latitude": 34.4536, "longitude": 40.9367, "geo_precision": 1,
             "gazetteer_id": "geonames:170794"}
DEIR_EZ_ZOR_GOV = {"name": "Deir ez-Zor", "name_ar": "دير الزور", "country": "Syria", "admin1": "Deir ez-Zor",
                   "admin2": None, "latitude": 35.3359, "longitude": 40.1408, "geo_precision": 3,
                   "gazetteer_id": "geonames:170792"}
MAYADIN = {"name": "Al Mayadin", "name_ar": "الميادين", "country": "Syria", "admin1": "Deir ez-Zor",
           "admin2": "Al Mayadin", "latitude": 35.0196, "longitude": 40.4513, "geo_precision": 1,
           "gazetteer_id": "geonames:170017"}


def strike(doc_id: str, outlet: str, *, killed: int | None = None, cited: list[str] | None = None,
           actor1: dict[str, Any] | None = ISRAEL_AF, target: dict[str, Any] | None = IRGC,
           place: dict[str, Any] | None = ALBUKAMAL,
           day: str | None = "2021-01-13", precision: int = 1, text: str = STRIKE,
           published: str = "2021-01-13") -> Document:
    """A report of the Albukamal strike as one outlet gives it."""
    doc = Document(Meta(id=doc_id, outlet=outlet, published=published, published_precision="day"),
                   raw=f"{text}\n{outlet}")
    doc.events.append(EventMention(
        plover="ASSAULT", plover_mode="aerial", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", sentence_start=0, sentence_end=len(text),
        actor1=actor1, actor2=target, location=place, event_date=day, time_precision=precision,
        fatalities=killed, fatalities_max=killed, cited=cited or [], attribution="named outlet",
        notes="Israeli aircraft struck Iranian-backed militia positions in Albukamal.",
        evidence=[Evidence(0, len(text), text, "event", "test")],
    ))
    return doc


def add(store: Store, *docs: Document) -> None:
    for doc in docs:
        store.add_document(doc)

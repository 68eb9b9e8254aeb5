"""'The armed forces' with a demonym name that state's forces, China's included."""

from __future__ import annotations

import rasd


def _actors(text: str) -> list[str]:
    doc = rasd.extract(text, published="2017-12-01")
    return [(s.value or {}).get("name") for s in doc.spans_of("ACTOR")]


def test_the_armed_forces_with_a_demonym_are_that_states_military():
    assert _actors("وقالت القوات المسلحة الإيرانية إن طائراتها قصفت مواقع أمس .") == ["Military Forces of Iran (1979-)"]
    assert _actors("وصلت وحدة خاصة تابعة للقوات المسلحة الصينية إلى الميناء أمس .") == [
        "Military Forces of China (1949-)"]


def test_a_chinese_envoy_is_the_government_not_the_army():
    assert _actors("وقال السفير الصيني في دمشق أمس إن بلاده تدعم الحل السياسي .") == ["Government of China"]


def test_chinese_fighters_in_syria_are_not_chinas_army():
    assert "Military Forces of China (1949-)" not in _actors("وقتل عشرات المقاتلين الصينيين في ريف إدلب أمس .")
    assert _actors("وقتل جندي صيني في هجوم أمس .") == ["Military Forces of China (1949-)"]

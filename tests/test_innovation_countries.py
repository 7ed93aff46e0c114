"""The country list: real ISO 3166-1 countries, partners first, the rest in the reader's alphabet."""

from __future__ import annotations

import random
import re

import pycountry
import pytest
from babel import Locale

from innovation.collation import sort_key
from innovation.countries import PARTNER_COUNTRIES, is_country_code

OPTION = re.compile(r'<option[^>]*value="([A-Z]{2})"[^>]*>([^<]+)</option>')
PSEUDO_TERRITORIES = [
    "Pseudo-Accents",
    "Pseudo-Bidi",
    "Eurozone",
    "United Nations",
    "European Union",
    "Unknown Region",
    "Outlying Oceania",
    "World",
]


def country_options(client, language: str) -> list[tuple[str, str]]:
    """(code, name) of the register form's country select, as the browser receives them."""
    page = client.get("/auth/register", headers={"Accept-Language": language}).get_data(as_text=True)
    select = page[page.index('<select id="country"') : page.index("</select>")]
    return [(code, name.replace("&#39;", "'")) for code, name in OPTION.findall(select)]


def test_country_list_holds_only_real_countries(client) -> None:
    options = country_options(client, "en")
    names = [name for _, name in options]
    assert [pseudo for pseudo in PSEUDO_TERRITORIES if pseudo in names] == []
    assert {code for code, _ in options} == {country.alpha_2 for country in pycountry.countries}
    assert len(options) == len(set(options))


def test_partner_countries_come_first(client) -> None:
    assert [code for code, _ in country_options(client, "en")[:5]] == list(PARTNER_COUNTRIES)
    assert [name for _, name in country_options(client, "vi")[:5]] == [
        "Việt Nam",
        "Hàn Quốc",
        "Nhật Bản",
        "Hoa Kỳ",
        "Phần Lan",
    ]


def test_vietnamese_country_order(client) -> None:
    names = [name for _, name in country_options(client, "vi")[5:]]
    expected = [
        "Ai Cập",
        "Áo",
        "Azerbaijan",
        "Ấn Độ",  # â is a letter after a (and ă): after every A name
        "Ba Lan",
        "Bắc Macedonia",  # ă after a: after every Ba… name, before Be…
        "Belarus",
        "Botswana",
        "Bồ Đào Nha",  # ô after o
        "Brazil",
        "Dominica",
        "Đài Loan",  # đ right after d
        "Đan Mạch",
        "Đức",
        "Ecuador",
        "Mozambique",
        "Mông Cổ",
        "Myanmar (Miến Điện)",
        "Thụy Điển",
        "Thụy Sĩ",
    ]
    assert [name for name in names if name in expected] == expected


def test_english_country_order(client) -> None:
    names = [name for _, name in country_options(client, "en")[5:]]
    expected = ["Afghanistan", "Åland Islands", "Albania", "Costa Rica", "Côte d’Ivoire", "Croatia", "Cuba"]
    expected += ["Curaçao", "Cyprus", "Réunion", "Romania", "Tunisia", "Türkiye", "Turkmenistan"]
    assert [name for name in names if name in expected] == expected


def test_is_country_code_accepts_only_real_codes() -> None:
    assert all(is_country_code(code) for code in ("VN", "KR", "jp", "US", "FI", "AX", "CI"))
    assert not any(is_country_code(code) for code in ("EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "001", ""))


@pytest.mark.parametrize(
    ("locale", "ordered"),
    [
        # CLDR's Vietnamese tone order: level, huyền, hỏi, ngã, sắc, nặng; then lower case before upper.
        ("vi", ["ma", "Ma", "mà", "mả", "mã", "má", "mạ", "mac", "mă", "mâ", "md", "mđ", "me"]),
        ("vi", ["Hoa", "Hòa", "Hoa Kỳ", "Hoang", "Hùng", "Hưng"]),
        ("en", ["cote", "Cote", "côte", "Côte", "coted", "Dan", "Đan", "Danish", "Ørsted", "Oslo"]),
    ],
)
def test_sort_key_orders_letters_then_accents_then_case(locale: str, ordered: list[str]) -> None:
    shuffled = ordered[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=lambda text: sort_key(text, Locale.parse(locale))) == ordered

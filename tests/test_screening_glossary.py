"""The bilingual glossary: it loads, covers the product's sectors, and carries statements across languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening.engine import text
from screening.engine.glossary import GLOSSARY_PATH, Glossary, default_glossary, shared_names

# The sectors the platform's calls come from, in English and in Vietnamese: each must name a concept.
SECTORS = {
    "en": [
        "air quality", "rooftop solar", "electronic invoice", "cold chain", "metro", "battery swapping",
        "land subsidence", "dengue", "eco-tourism", "textile dyeing", "port", "logistics", "chip packaging",
        "green finance", "solid waste", "flooding", "traffic congestion", "hospital", "agriculture",
        "small and medium enterprise", "digital transformation", "artificial intelligence", "semiconductor",
        "new materials", "biotechnology", "smart manufacturing", "smart city", "culture industry",
    ],
    "vi": [
        "chất lượng không khí", "điện mặt trời áp mái", "hóa đơn điện tử", "chuỗi lạnh", "tàu điện ngầm",
        "trạm đổi pin", "sụt lún", "sốt xuất huyết", "du lịch sinh thái", "dệt nhuộm", "cảng biển", "logistics",
        "bán dẫn", "tài chính xanh", "rác thải sinh hoạt", "ngập lụt", "ùn tắc giao thông", "bệnh viện",
        "nông nghiệp", "doanh nghiệp nhỏ và vừa", "chuyển đổi số", "trí tuệ nhân tạo", "vật liệu mới",
        "công nghệ sinh học", "sản xuất thông minh", "đô thị thông minh", "công nghiệp văn hóa",
    ],
}  # fmt: skip


def test_the_shipped_glossary_is_broad_and_every_concept_has_both_languages() -> None:
    glossary = default_glossary()
    assert len(glossary.concepts) > 800
    assert all(concept.english and concept.vietnamese for concept in glossary.concepts)


@pytest.mark.parametrize("language", ["en", "vi"])
def test_every_sector_of_the_platform_is_in_the_glossary(language: str) -> None:
    glossary = default_glossary()
    missing = [sector for sector in SECTORS[language] if not glossary.find(sector, language)]
    assert not missing


def test_a_vietnamese_statement_is_written_in_english_words() -> None:
    statement = (
        "Thành phố cần mạng lưới cảm biến giá rẻ đo bụi mịn PM2.5 gần trường học và bệnh viện, "
        "cảnh báo sớm qua Zalo khi chất lượng không khí xấu; thí điểm 6 tháng tại Thủ Đức."
    )
    english = set(text.folded_words(default_glossary().translate(statement, "vi", "en")))
    assert {"sensor", "school", "hospital", "warning", "air", "quality", "pilot", "zalo"} <= english
    assert {"pm2", "thu", "duc"} <= english  # figures and names carry over as they are


def test_an_english_statement_is_written_in_vietnamese_words() -> None:
    statement = "We need battery swapping stations for delivery riders and a cold chain for fruit exports."
    vietnamese = default_glossary().translate(statement, "en", "vi")
    assert "đổi pin" in vietnamese and "chuỗi lạnh" in vietnamese and "giao hàng" in vietnamese
    assert "xuất khẩu" in vietnamese and "trái cây" in vietnamese


def test_marked_vietnamese_is_matched_as_written_and_unmarked_only_on_longer_phrases() -> None:
    glossary = default_glossary()
    rain = {index for index in glossary.find("mưa lớn gây ngập", "vi")}
    buy = {index for index in glossary.find("người dân mua hàng", "vi")}
    assert rain and not rain & buy  # "mưa" (rain) is not "mua" (buy)
    assert glossary.find("canh bao som chat luong khong khi", "vi") == glossary.find(
        "cảnh báo sớm chất lượng không khí", "vi"
    )


def test_names_figures_and_acronyms_are_shared_by_both_languages() -> None:
    assert shared_names("Pilot at Cát Lái in 2026. The Port of Saigon uses IoT and NO2 sensors.") == [
        "Cát", "Lái", "2026", "Port", "Saigon", "IoT", "NO2",
    ]  # fmt: skip


def test_a_malformed_glossary_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "glossary.tsv"
    path.write_text("# comment\nair quality\tchất lượng không khí\nno tab here\n", encoding="utf-8")
    with pytest.raises(ValueError, match=":3:"):
        Glossary.read(path)
    path.write_text("air quality\t  \n", encoding="utf-8")
    with pytest.raises(ValueError, match="both languages"):
        Glossary.read(path)
    assert GLOSSARY_PATH.is_file()

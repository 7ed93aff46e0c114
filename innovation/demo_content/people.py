"""Founders' names, home cities and startup name parts, by country, for realistic demo startups."""

from __future__ import annotations

import random

VI_FAMILY = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
    "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Tạ",
]  # fmt: skip
VI_MALE_MIDDLE = ["Văn", "Minh", "Quốc", "Hoàng", "Thanh", "Gia", "Hữu", "Đức", "Anh", "Công", "Tuấn", "Nhật"]
VI_FEMALE_MIDDLE = ["Thị", "Ngọc", "Thu", "Thanh", "Bảo", "Thùy", "Minh", "Phương", "Khánh", "Mỹ", "Hoài"]
VI_MALE_GIVEN = [
    "An", "Bình", "Dũng", "Hải", "Hiếu", "Hùng", "Khoa", "Long", "Nam", "Phúc", "Quân", "Trung",
    "Tú", "Khang", "Duy", "Tài", "Vinh", "Thắng", "Sơn", "Đạt", "Kiên", "Lộc", "Nghĩa", "Thịnh",
]  # fmt: skip
VI_FEMALE_GIVEN = [
    "Châu", "Hà", "Linh", "Mai", "Nhi", "Tâm", "Thảo", "Trang", "Vy", "Yến", "Hương", "Lan",
    "Ngân", "Quỳnh", "Trâm", "Uyên", "Diệp", "Hạnh", "My", "Giang", "Khuê", "Oanh",
]  # fmt: skip

KR_FAMILY = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Seo"]
KR_GIVEN = [
    "Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-hyun", "Su-bin", "Jae-won", "Eun-ji", "Hyun-woo",
    "Ye-jin", "Sung-min", "Da-eun", "Tae-yang", "Yu-na", "Joon-ho",
]  # fmt: skip
JP_FAMILY = [
    "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
    "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura",
]  # fmt: skip
JP_GIVEN = [
    "Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Daiki", "Misaki", "Kenta", "Sakura", "Takumi",
    "Riko", "Shota", "Nanami",
]  # fmt: skip
FI_GIVEN = [
    "Mikko",
    "Aino",
    "Juha",
    "Laura",
    "Antti",
    "Elina",
    "Ville",
    "Sanna",
    "Jussi",
    "Tiina",
    "Eero",
    "Noora",
]
FI_FAMILY = [
    "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
    "Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Niemi",
]  # fmt: skip
US_GIVEN = [
    "Emily", "Daniel", "Sarah", "Michael", "Jessica", "David", "Ashley", "Kevin", "Rachel", "Brian",
    "Maria", "Jason", "Priya", "Carlos", "Grace",
]  # fmt: skip
US_FAMILY = [
    "Carter", "Nguyen", "Patel", "Johnson", "Garcia", "Miller", "Chen", "Davis", "Lopez", "Wilson",
    "Tran", "Brooks", "Reyes", "Sullivan",
]  # fmt: skip
OTHER_NAMES = {
    "SG": ["Tan Wei Ling", "Lim Jun Hao", "Rachel Ong", "Marcus Goh", "Nur Aisyah", "Daniel Koh"],
    "TH": ["Somchai Wongsakul", "Nattaya Chaiyaporn", "Kittipong Srisuk", "Pimchanok Rattana"],
    "DE": ["Jonas Becker", "Lena Hoffmann", "Felix Wagner", "Clara Schulz"],
    "FR": ["Camille Laurent", "Julien Moreau", "Léa Fontaine", "Thomas Girard"],
}

CITIES = {
    "VN": ["TP. Hồ Chí Minh"] * 7 + ["Thủ Đức", "Hà Nội", "Đà Nẵng", "Cần Thơ", "Bình Dương"],
    "KR": ["Seoul", "Seoul", "Seongnam", "Daejeon", "Busan"],
    "JP": ["Tokyo", "Tokyo", "Osaka", "Fukuoka", "Kyoto"],
    "US": ["San Francisco", "Boston", "Austin", "Seattle", "San Jose"],
    "FI": ["Helsinki", "Espoo", "Tampere", "Oulu"],
    "SG": ["Singapore"],
    "TH": ["Bangkok"],
    "DE": ["Berlin", "Munich"],
    "FR": ["Paris", "Lyon"],
}

# Country shares of the call: mostly Vietnamese, then the partner countries of the program.
COUNTRY_WEIGHTS = {"VN": 62, "KR": 12, "JP": 9, "US": 7, "FI": 5, "SG": 2, "TH": 1, "DE": 1, "FR": 1}

NAME_SUFFIXES = {
    "VN": ["AI", "Tech", "Labs", "Link", "Vision", "Data", "Go", "Hub", "X", "Sense", "Mate", "Flow"],
    "KR": ["AI", "Labs", "Systems", "Tech", "Dynamics"],
    "JP": ["Technologies", "Vision", "Works", "Analytics", "Lab"],
    "US": ["ly", "io", "Labs", "Analytics", "Logic", "Stack"],
    "FI": ["Analytics", "Oy", "Systems", "Labs", "Solutions"],
    "SG": ["Labs", "Technologies", "AI"],
    "TH": ["Tech", "Labs"],
    "DE": ["Systems", "Technik", "Labs"],
    "FR": ["Labs", "Technologies"],
}
# Korean, Japanese and Finnish startups often take a word of their own language.
NATIVE_PREFIXES = {
    "KR": ["Hanbit", "Nuri", "Dasan", "Saebyeok", "Haneul", "Bada", "Gaon", "Arum"],
    "JP": ["Mirai", "Kaze", "Hikari", "Tsubasa", "Kizuna", "Sora", "Minato", "Nagi"],
    "FI": ["Kuura", "Lumo", "Revontuli", "Sisu", "Taiga", "Halla", "Aalto", "Kide"],
    "VN": ["Sao", "Mekong", "Lotus", "Saigon", "Bamboo", "Sen", "Việt", "Mây", "Lúa", "Phố"],
}


def person_name(rng: random.Random, country: str) -> str:
    """A realistic full name for a founder from `country`, written as people there write it."""
    if country == "VN":
        if rng.random() < 0.5:
            return f"{rng.choice(VI_FAMILY)} {rng.choice(VI_MALE_MIDDLE)} {rng.choice(VI_MALE_GIVEN)}"
        return f"{rng.choice(VI_FAMILY)} {rng.choice(VI_FEMALE_MIDDLE)} {rng.choice(VI_FEMALE_GIVEN)}"
    if country == "KR":
        return f"{rng.choice(KR_FAMILY)} {rng.choice(KR_GIVEN)}"
    if country == "JP":
        return f"{rng.choice(JP_FAMILY)} {rng.choice(JP_GIVEN)}"
    if country == "FI":
        return f"{rng.choice(FI_GIVEN)} {rng.choice(FI_FAMILY)}"
    if country == "US":
        return f"{rng.choice(US_GIVEN)} {rng.choice(US_FAMILY)}"
    return rng.choice(OTHER_NAMES[country])


def startup_name(rng: random.Random, country: str, stems: list[str]) -> str:
    """A startup name from a field's stems, in the naming habits of `country` (uniqueness is the caller's)."""
    # Only Vietnamese founders name their company with a Vietnamese word.
    stem = rng.choice(stems if country == "VN" else [s for s in stems if s.isascii()])
    suffix = rng.choice(NAME_SUFFIXES[country])
    native = NATIVE_PREFIXES.get(country)
    roll = rng.random()
    if native and roll < 0.3:
        return f"{rng.choice(native)} {stem}" if country == "VN" else f"{rng.choice(native)} {suffix}"
    # Suffixes such as -ly and -io only read as one word; the others go either way.
    if suffix in ("ly", "io", "X", "Go") or roll < 0.65:
        return f"{stem}{suffix}"
    return f"{stem} {suffix}"


# How English texts name Vietnamese cities (the startup record keeps the Vietnamese spelling).
CITY_EN = {
    "TP. Hồ Chí Minh": "Ho Chi Minh City",
    "Thủ Đức": "Thủ Đức City",
    "Hà Nội": "Hanoi",
    "Đà Nẵng": "Da Nang",
    "Cần Thơ": "Cần Thơ",
    "Bình Dương": "Bình Dương",
}

"""A deterministic generator of challenges and applications for benchmarks and tests.

Texts are built from sentence templates filled with each topic's phrases (smart city, logistics, health,
fintech, agritech, energy), in English and Vietnamese, 150-400 words per application. Some applications
copy a statement (echo) and some are near-copies of another application, as happens in real calls.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from screening.engine.documents import Application, Challenge, Version

TOPICS: dict[str, dict[str, list[str]]] = {
    "smart_city": {
        "en": [
            "traffic congestion",
            "smart traffic lights",
            "flood sensors",
            "public transport data",
            "citizen app",
            "parking occupancy",
            "air quality monitoring",
            "urban heat",
            "digital twin of the district",
            "street lighting",
            "waste collection routes",
            "open city data",
        ],
        "vi": [
            "ùn tắc giao thông",
            "đèn tín hiệu thông minh",
            "cảm biến ngập nước",
            "dữ liệu giao thông công cộng",
            "ứng dụng cho người dân",
            "bãi đỗ xe",
            "quan trắc chất lượng không khí",
            "bản sao số của quận",
            "chiếu sáng đô thị",
            "thu gom rác thải",
            "dữ liệu mở của thành phố",
            "chuyển đổi số đô thị",
        ],
    },
    "logistics": {
        "en": [
            "container dwell time",
            "port gate queues",
            "truck appointment system",
            "cold chain",
            "last mile delivery",
            "warehouse robots",
            "customs clearance",
            "route optimization",
            "inland waterway barges",
            "freight matching",
            "yard crane scheduling",
            "shipment tracking",
        ],
        "vi": [
            "thời gian lưu container",
            "hàng chờ cổng cảng",
            "hệ thống đặt lịch xe tải",
            "chuỗi cung ứng lạnh",
            "giao hàng chặng cuối",
            "robot kho hàng",
            "thông quan hải quan",
            "tối ưu tuyến đường",
            "sà lan đường thủy nội địa",
            "kết nối vận tải",
            "điều phối cẩu bãi",
            "theo dõi lô hàng",
        ],
    },
    "health": {
        "en": [
            "hospital waiting times",
            "telemedicine",
            "electronic health records",
            "medical imaging AI",
            "elderly care",
            "drug supply",
            "patient triage",
            "remote monitoring",
            "clinic scheduling",
            "vaccination records",
            "mental health support",
            "diagnostic tests",
        ],
        "vi": [
            "thời gian chờ khám bệnh",
            "khám chữa bệnh từ xa",
            "hồ sơ sức khỏe điện tử",
            "AI chẩn đoán hình ảnh",
            "chăm sóc người cao tuổi",
            "cung ứng thuốc",
            "phân loại bệnh nhân",
            "theo dõi từ xa",
            "đặt lịch phòng khám",
            "sổ tiêm chủng",
            "hỗ trợ sức khỏe tinh thần",
            "xét nghiệm chẩn đoán",
        ],
    },
    "fintech": {
        "en": [
            "digital payments",
            "credit scoring",
            "micro loans",
            "small merchants",
            "QR code payments",
            "fraud detection",
            "e-wallet",
            "financial inclusion",
            "invoice financing",
            "remittances",
            "bookkeeping for households",
            "insurance claims",
        ],
        "vi": [
            "thanh toán số",
            "chấm điểm tín dụng",
            "khoản vay nhỏ",
            "tiểu thương",
            "thanh toán bằng mã QR",
            "phát hiện gian lận",
            "ví điện tử",
            "tài chính toàn diện",
            "tài trợ hóa đơn",
            "kiều hối",
            "sổ sách hộ kinh doanh",
            "bồi thường bảo hiểm",
        ],
    },
    "agritech": {
        "en": [
            "salinity intrusion",
            "rice yield",
            "soil moisture sensors",
            "shrimp farming",
            "drone spraying",
            "crop disease detection",
            "farm traceability",
            "irrigation scheduling",
            "fruit export quality",
            "weather forecasts for farmers",
            "fertilizer use",
            "cooperative market prices",
        ],
        "vi": [
            "xâm nhập mặn",
            "năng suất lúa",
            "cảm biến độ ẩm đất",
            "nuôi tôm",
            "phun thuốc bằng drone",
            "phát hiện bệnh cây trồng",
            "truy xuất nguồn gốc nông sản",
            "lịch tưới tiêu",
            "chất lượng trái cây xuất khẩu",
            "dự báo thời tiết cho nông dân",
            "sử dụng phân bón",
            "giá thị trường của hợp tác xã",
        ],
    },
    "energy": {
        "en": [
            "rooftop solar",
            "battery storage",
            "energy efficiency in factories",
            "electric motorbikes",
            "charging stations",
            "smart meters",
            "peak demand",
            "carbon accounting",
            "waste heat recovery",
            "grid balancing",
            "building energy audits",
            "green hydrogen",
        ],
        "vi": [
            "điện mặt trời áp mái",
            "lưu trữ pin",
            "tiết kiệm năng lượng trong nhà máy",
            "xe máy điện",
            "trạm sạc",
            "công tơ thông minh",
            "phụ tải đỉnh",
            "kiểm kê carbon",
            "thu hồi nhiệt thải",
            "cân bằng lưới điện",
            "kiểm toán năng lượng tòa nhà",
            "hydro xanh",
        ],
    },
}

TEMPLATES = {
    "en": [
        "Our team works on {a} and {b} for customers in Ho Chi Minh City.",
        "We have piloted a solution for {a} with two partners and measured the results.",
        "The main problem today is {a}, which costs operators time and money.",
        "Our product combines {a} with {b} so that managers can act earlier.",
        "In the next twelve months we plan to scale {a} to three more provinces.",
        "The founders have ten years of experience in {a} and in software engineering.",
        "Customers pay a monthly subscription, and the pilot reduced costs related to {a}.",
        "We use machine learning on data about {a} and {b} collected every day.",
        "Regulation on {a} is changing, and our platform helps companies comply.",
        "We are looking for a partner who can open real data on {b} for a pilot.",
    ],
    "vi": [
        "Đội ngũ của chúng tôi tập trung vào {a} và {b} cho khách hàng tại Thành phố Hồ Chí Minh.",
        "Chúng tôi đã thử nghiệm giải pháp về {a} cùng hai đối tác và đo lường kết quả.",
        "Vấn đề lớn nhất hiện nay là {a}, gây tốn thời gian và chi phí cho doanh nghiệp.",
        "Sản phẩm kết hợp {a} với {b} để người quản lý có thể hành động sớm hơn.",
        "Trong mười hai tháng tới chúng tôi dự kiến mở rộng {a} ra ba tỉnh thành.",
        "Các nhà sáng lập có mười năm kinh nghiệm về {a} và phát triển phần mềm.",
        "Khách hàng trả phí hằng tháng, và giai đoạn thử nghiệm đã giảm chi phí liên quan đến {a}.",
        "Chúng tôi dùng học máy trên dữ liệu về {a} và {b} được thu thập mỗi ngày.",
        "Quy định về {a} đang thay đổi, và nền tảng của chúng tôi giúp doanh nghiệp tuân thủ.",
        "Chúng tôi tìm đối tác có thể mở dữ liệu thực tế về {b} để thử nghiệm.",
    ],
}

STATEMENT_TEMPLATES = {
    "en": [
        "The city faces growing problems with {a}.",
        "We invite startups to propose solutions for {a} and {b}.",
        "Today, data on {a} is scattered and decisions are slow.",
        "A successful pilot should show measurable results on {a} within six months.",
        "The owner can provide access to data on {b} and a test site.",
    ],
    "vi": [
        "Thành phố đang gặp nhiều khó khăn về {a}.",
        "Chúng tôi mời các startup đề xuất giải pháp cho {a} và {b}.",
        "Hiện nay dữ liệu về {a} còn phân tán và việc ra quyết định còn chậm.",
        "Một dự án thử nghiệm thành công cần cho thấy kết quả đo được về {a} trong sáu tháng.",
        "Đơn vị đặt đề bài có thể cung cấp dữ liệu về {b} và địa điểm thử nghiệm.",
    ],
}


@dataclass(frozen=True)
class SyntheticCall:
    """A generated call: its challenges and applications, and what the generator knows about them."""

    challenges: list[Challenge]
    applications: list[Application]
    topic_of_challenge: list[str]
    topic_of_application: list[str]
    applied_to: list[int]
    echoes: list[bool]  # the application has its challenge's statement pasted in

    def records(
        self, eligibility: dict[str, object] | None = None, facts: dict[str, object] | None = None
    ) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
        """The call as ``pipeline.prescreen`` takes it: challenges and applications as plain mappings."""
        challenges = []
        for challenge in self.challenges:
            versions = [
                {"lang": v.lang, "title": v.title, "description": v.description} for v in challenge.versions
            ]
            challenges.append(
                {"id": challenge.id, "title": challenge.title, "description": challenge.description,
                 "lang": challenge.lang, "versions": versions, "eligibility": eligibility}
            )  # fmt: skip
        applications = [
            {"id": a.id, "title": a.title, "text": a.text, "lang": a.lang,
             "challenge_id": self.challenges[target].id, **(facts or {})}
            for a, target in zip(self.applications, self.applied_to, strict=True)
        ]  # fmt: skip
        return challenges, applications


def _paragraph(rng: np.random.Generator, templates: list[str], phrases: list[str], words: int) -> str:
    sentences: list[str] = []
    count = 0
    while count < words:
        template = templates[rng.integers(len(templates))]
        a, b = rng.choice(len(phrases), size=2, replace=False)
        sentence = template.format(a=phrases[a], b=phrases[b])
        sentences.append(sentence)
        count += len(sentence.split())
    return " ".join(sentences)


def generate(
    applications: int,
    challenges: int = 20,
    seed: int = 2026,
    bilingual: bool = False,
    statement_words: tuple[int, int] = (150, 300),
) -> SyntheticCall:
    """`challenges` statements over the six topics and `applications` applications, reproducibly.

    With `bilingual`, each Vietnamese statement also carries an English version (as international calls do);
    `statement_words` bounds the length of the statements (a short one is a few sentences).
    """
    rng = np.random.default_rng(seed)
    topics = list(TOPICS)
    made_challenges: list[Challenge] = []
    topic_of_challenge: list[str] = []
    for index in range(challenges):
        topic = topics[index % len(topics)]
        language = "vi" if index % 2 == 0 else "en"
        phrases = TOPICS[topic][language]
        title = phrases[rng.integers(len(phrases))].capitalize()
        body = _paragraph(rng, STATEMENT_TEMPLATES[language], phrases, int(rng.integers(*statement_words)))
        versions: tuple[Version, ...] = ()
        if bilingual and language == "vi":
            english = TOPICS[topic]["en"]
            english_body = _paragraph(
                rng, STATEMENT_TEMPLATES["en"], english, int(rng.integers(*statement_words))
            )
            versions = (Version("en", english[int(rng.integers(len(english)))].capitalize(), english_body),)
        made_challenges.append(
            Challenge(id=f"c{index:03d}", title=title, description=body, lang=language, versions=versions)
        )
        topic_of_challenge.append(topic)
    made: list[Application] = []
    topic_of_application: list[str] = []
    applied_to: list[int] = []
    echoes: list[bool] = []
    for index in range(applications):
        target = int(rng.integers(challenges))
        topic = topic_of_challenge[target]
        language = "vi" if rng.random() < 0.6 else "en"
        if rng.random() < 0.8:
            phrases = TOPICS[topic][language]
        else:  # applications that wander off topic, as some do
            topic = topics[int(rng.integers(len(topics)))]
            phrases = TOPICS[topic][language]
        body = _paragraph(rng, TEMPLATES[language], phrases, int(rng.integers(150, 400)))
        roll = rng.random()
        echoes.append(bool(roll < 0.02))
        if roll < 0.02:
            body += "\n\n" + made_challenges[target].description  # echo: the statement pasted in
        elif roll < 0.04 and made:
            source_index = int(rng.integers(len(made)))
            source = made[source_index]
            body, language = source.text.replace(".", "!", 1), source.lang or language  # a near-copy
            topic = topic_of_application[source_index]
        made.append(Application(id=f"a{index:06d}", title=f"Startup {index}", text=body, lang=language))
        topic_of_application.append(topic)
        applied_to.append(target)
    return SyntheticCall(made_challenges, made, topic_of_challenge, topic_of_application, applied_to, echoes)

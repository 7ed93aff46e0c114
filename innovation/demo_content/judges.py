"""The demo's judges and its first round: who judges, what they know, which languages they read, what they
declare, and how each scores (some judges are harsh, some lenient, as in a real panel)."""

from __future__ import annotations

ROUND_ONE = {
    "slug": "smart-city-round-1-2026",
    "name_vi": "Thách thức Thành phố thông minh 2026, đợt 1",
    "name_en": "Smart City Challenge 2026, first round",
    "description_vi": "Đợt đầu năm của chương trình: bốn bài toán về cảng, giao thông, ngập nước và khám "
    "ngoại trú. Hồ sơ đã đóng, danh sách rút gọn đang được giám khảo chấm điểm.",
    "description_en": "The year's first round: four problems on the port, traffic, flooding and outpatient "
    "care. Applications have closed; judges are scoring the shortlist.",
    "challenges": ["port-5g", "adaptive-traffic-signals", "flood-tide-warning", "outpatient-flow"],
    "shortlist_per_challenge": 6,
}

# An earlier round of the year, carried to the pitch day: judged, decided, published and scheduled.
ROUND_GREEN = {
    "slug": "green-economy-round-2026",
    "name_vi": "Thách thức Kinh tế xanh 2026",
    "name_en": "Green Economy Challenge 2026",
    "description_vi": "Ba bài toán về tín dụng xanh cho doanh nghiệp nhỏ, vật liệu ít phát thải và chuỗi "
    "lạnh Đồng bằng sông Cửu Long. Các quyết định đã công bố; các đội vào chung kết thuyết trình tại "
    "ngày trình bày (pitch day).",
    "description_en": "Three problems on green loans for small firms, low-carbon materials and the Mekong "
    "cold chain. Decisions are published; the finalists pitch on the pitch day.",
    "challenges": ["green-sme-loans", "low-carbon-materials", "mekong-cold-chain"],
    "shortlist_per_challenge": 4,
    "finalists_per_challenge": 2,
    "rooms": ["Phòng Sen / Lotus room", "Phòng Mai / Apricot room"],
    "venue": "Saigon Innovation Hub, 273 Điện Biên Phủ, Quận 3, TP.HCM",
}

# The three judges of `innovation.demo.STAFF` (Kim, Sato, Virtanen) are described here too; the others are
# created with the round. Organization "owner:<key>" is a challenge owner's organization (a derived conflict).
JUDGES: list[dict] = [
    {
        "email": "judge.kim@demo.kr",
        "languages": ["en", "vi"],
        "sectors": ["smart_city", "ai"],
        "expertise": "Smart city platforms for Seoul and Ho Chi Minh City: adaptive traffic signal control, "
        "AI video analytics at intersections, open mobility data. Lives in Ho Chi Minh City.",
        "bias": 0.0,
        "declares_startups": 1,
        "scores_share": 0.75,
    },
    {
        "email": "judge.sato@demo.jp",
        "languages": ["en"],
        "sectors": ["logistics_ports", "smart_manufacturing"],
        "expertise": "Container terminal operations at the Port of Yokohama, truck appointment systems, "
        "private 5G networks for cranes and yard equipment.",
        "bias": 0.4,
        "declares_startups": 0,
        "scores_share": 1.0,
    },
    {
        "email": "judge.virtanen@demo.fi",
        "languages": ["en"],
        "sectors": ["smart_city", "green_finance"],
        "expertise": "Climate adaptation in Helsinki: flood modelling, storm water sensors, early warning "
        "systems for residents, and public health services.",
        "bias": -1.1,  # the panel's harsh judge
        "declares_startups": 0,
        "scores_share": 1.0,
    },
    {
        "email": "judge.bao@demo.vn",
        "name": "Trần Quốc Bảo",
        "locale": "vi",
        "organization": "Saigon Innovation Hub",
        "kind": "partner",
        "country": "VN",
        "languages": ["vi", "en"],
        "sectors": ["smart_city", "ai", "sme_digital"],
        "expertise": "Nền tảng dữ liệu đô thị, giao thông thông minh, camera AI và chuyển đổi số cho cơ quan "
        "nhà nước tại TP.HCM.",
        "bias": 0.2,
        "declares_startups": 1,
        "scores_share": 0.6,
    },
    {
        "email": "judge.ha@demo.vn",
        "name": "Lê Thu Hà",
        "locale": "vi",
        "organization": "owner:tancang",  # works for the port challenge's owner: never on its applications
        "languages": ["vi", "en"],
        "sectors": ["logistics_ports"],
        "expertise": "Khai thác cảng container, điều phối xe đầu kéo, kho bãi và logistics lạnh.",
        "bias": 0.0,
        "declares_startups": 0,
        "scores_share": 0.5,
    },
    {
        "email": "judge.tuan@demo.vn",
        "name": "Phạm Minh Tuấn",
        "locale": "vi",
        "organization": "University of Medicine and Pharmacy at HCMC",
        "kind": "partner",
        "country": "VN",
        "languages": ["vi", "en"],
        "sectors": ["ai", "other", "biotech"],
        "expertise": "Quản lý bệnh viện, luồng bệnh nhân khám ngoại trú, hệ thống đặt lịch khám và tin học "
        "y tế.",
        "bias": -0.3,
        "declares_startups": 0,
        "scores_share": 0.0,  # has not started: the organizer reminds them
    },
    {
        "email": "judge.nam@demo.vn",
        "name": "Nguyễn Hoàng Nam",
        "locale": "vi",
        "organization": "HCMC Startup Fund",
        "kind": "partner",
        "country": "VN",
        "languages": ["vi"],
        "sectors": ["logistics_ports", "smart_city"],
        "expertise": "Nhà đầu tư hạt giống: logistics, cảng biển, giao thông đô thị và phòng chống ngập.",
        "bias": 0.9,  # the panel's lenient judge
        "declares_startups": 2,  # invested in two of the shortlisted startups
        "scores_share": 0.8,
    },
    {
        "email": "judge.carter@demo.us",
        "name": "Emily Carter",
        "locale": "en",
        "organization": "Boston Civic Tech Lab",
        "kind": "partner",
        "country": "US",
        "languages": ["en"],
        "sectors": ["smart_city", "ai"],
        "expertise": "Civic technology and mobility data in Boston; patient flow and scheduling at a "
        "teaching hospital; flood resilience programs.",
        "bias": 0.5,
        "declares_startups": 0,
        "scores_share": 0.7,
    },
    {
        "email": "judge.khoa@demo.vn",
        "name": "Võ Đăng Khoa",
        "locale": "vi",
        "organization": "Vietnam National University HCMC",
        "kind": "partner",
        "country": "VN",
        "languages": ["vi", "en"],
        "sectors": ["smart_city", "ai", "logistics_ports"],
        "expertise": "Thủy văn đô thị, cảnh báo ngập và triều cường, cảm biến IoT và mô hình dự báo.",
        "bias": -0.2,
        "declares_startups": 0,
        "scores_share": 0.4,
    },
]

COMMENTS = {
    "vi": [
        "Giải pháp bám sát bài toán, cần làm rõ chi phí thí điểm.",
        "Đội ngũ mạnh về kỹ thuật, kế hoạch triển khai còn chung chung.",
        "Ý tưởng tốt nhưng mức sẵn sàng công nghệ chưa thuyết phục.",
    ],
    "en": [
        "Answers the problem closely; the pilot budget needs detail.",
        "Strong technical team; the rollout plan is still generic.",
        "Good idea, but the stated readiness is not convincing yet.",
    ],
}
FEEDBACK = {
    "vi": [
        "Hãy nêu rõ số liệu đo lường thành công của dự án thí điểm.",
        "Nên bổ sung kinh nghiệm triển khai thực tế tại Việt Nam.",
    ],
    "en": [
        "State how the pilot's success will be measured, in figures.",
        "Add evidence of deployments comparable to this site.",
    ],
}

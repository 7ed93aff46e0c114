"""The default rubric of a program: five criteria on a 1-5 scale, named and explained in both languages."""

from __future__ import annotations

DEFAULT_CRITERIA = (
    {
        "name_en": "Relevance to the challenge",
        "name_vi": "Mức độ phù hợp với thách thức",
        "guidance_en": "Does the solution answer the owner's problem as stated, for the users and site "
        "named?",
        "guidance_vi": "Giải pháp có trả lời đúng bài toán của đơn vị đặt đề bài, cho người dùng và "
        "địa điểm đã nêu?",
        "weight": 0.3,
    },
    {
        "name_en": "Innovation",
        "name_vi": "Tính đổi mới",
        "guidance_en": "What is new compared with what exists today in Vietnam and abroad?",
        "guidance_vi": "Điểm mới so với những gì đang có tại Việt Nam và nước ngoài là gì?",
        "weight": 0.2,
    },
    {
        "name_en": "Feasibility and technology readiness",
        "name_vi": "Tính khả thi và mức độ sẵn sàng công nghệ",
        "guidance_en": "Can it be piloted within the program's time and budget? Is the stated TRL credible?",
        "guidance_vi": "Có thể thí điểm trong thời gian và ngân sách của chương trình không? TRL nêu ra "
        "có đáng tin?",
        "weight": 0.2,
    },
    {
        "name_en": "Team",
        "name_vi": "Đội ngũ",
        "guidance_en": "Has the team the skills and local presence the pilot needs?",
        "guidance_vi": "Đội ngũ có đủ năng lực và sự hiện diện tại địa phương mà dự án thí điểm cần?",
        "weight": 0.15,
    },
    {
        "name_en": "Impact and scalability",
        "name_vi": "Tác động và khả năng nhân rộng",
        "guidance_en": "How much would a success change for the city, and could it spread beyond the pilot?",
        "guidance_vi": "Nếu thành công, thành phố thay đổi được bao nhiêu, và có nhân rộng ra ngoài dự án "
        "thí điểm?",
        "weight": 0.15,
    },
)
DEFAULT_SCALE = 5

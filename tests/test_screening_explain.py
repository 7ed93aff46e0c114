"""Explanations: the matching terms as the applicant wrote them, and the applicant's own best sentences."""

from __future__ import annotations

from screening.engine.explain import Explanation
from screening.engine.pipeline import prescreen

STATEMENT = "Chuyển đổi số cho cảng biển: giảm thời gian chờ của xe container tại cảng Cát Lái."
APPLICATION = (
    "Đội ngũ của chúng tôi có năm kỹ sư. Giải pháp chuyen doi so dự báo thời gian chờ của xe container. "
    "Chúng tôi đã thử nghiệm tại cảng Cát Lái trong ba tháng."
)
OTHERS = [
    "Ứng dụng của chúng tôi giúp học sinh tiểu học học tiếng Anh với trò chơi và bài hát.",
    "A marketplace for handmade ceramics from Bát Tràng village.",
    "Phần mềm của chúng tôi quản lý nhà hàng, gọi món bằng mã QR và in hóa đơn trong thời gian ngắn.",
    "Drone photography for weddings and real-estate listings.",
    "Chúng tôi giao rau sạch từ nông trại tới cửa hàng của khách trong hai giờ.",
    "Nền tảng của chúng tôi kết nối người chạy xe công nghệ với khách đi chợ cho người già.",
] * 2


def explain(statement: str, application: str) -> Explanation:
    applications = [
        {"id": f"a{i}", "title": "", "text": text} for i, text in enumerate([application, *OTHERS])
    ]
    return prescreen([{"id": "c", "title": "", "description": statement}], applications).explain(0, 0)


def test_terms_are_reported_as_the_application_writes_them() -> None:
    terms = explain(STATEMENT, APPLICATION).terms
    assert "cảng Cát Lái" in terms and "chuyen doi so" in terms  # phrases, as written, marks or not
    assert any("xe container" in term for term in terms)
    assert not any("Đội" in term for term in terms)  # "đội" folds to "doi" like "đổi" but is another word


def test_best_sentences_are_the_applicants_own() -> None:
    assert explain(STATEMENT, APPLICATION).sentences == (
        "Giải pháp chuyen doi so dự báo thời gian chờ của xe container.",
        "Chúng tôi đã thử nghiệm tại cảng Cát Lái trong ba tháng.",
    )


def test_a_sentence_copied_from_the_statement_is_not_shown_as_the_applicants() -> None:
    explanation = explain(STATEMENT, APPLICATION + " " + STATEMENT)
    assert STATEMENT not in explanation.sentences and explanation.sentences


def test_an_english_application_is_explained_in_its_own_words() -> None:
    application = "PortFlow forecasts container dwell time and schedules trucks at the port gate of Cat Lai."
    terms = explain(STATEMENT, application).terms
    assert "container" in terms and any("port" in term for term in terms)


def test_nothing_in_common_means_an_empty_explanation() -> None:
    explanation = explain(STATEMENT, "Solar-powered irrigation pumps for rice farmers.")
    assert explanation.terms == () and explanation.sentences == ()


def test_a_word_is_reported_only_as_the_statement_writes_it_or_without_marks() -> None:
    statement = "Đổi mới cảng biển."
    assert explain(statement, "Đội ngũ kỹ sư giỏi. Cảng biển.").terms == ("Cảng biển",)  # "Đội" is not "Đổi"
    unmarked = explain(statement, "Chung toi doi moi quy trinh cho cac cang bien va nguoi dan.").terms
    assert "doi moi" in unmarked and "cang bien" in unmarked  # written without marks, it may be either

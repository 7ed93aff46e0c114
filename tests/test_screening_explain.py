"""Explanations: the matching terms as the applicant wrote them, and the best sentences."""

from __future__ import annotations

import numpy as np

from screening.engine.explain import explain_pairs, surface_forms
from screening.engine.rankers import WordSpace, rich_features

STATEMENT = "Chuyển đổi số cho cảng biển: giảm thời gian chờ của xe container tại cảng Cát Lái."
APPLICATION = (
    "Đội ngũ của chúng tôi có năm kỹ sư. Giải pháp chuyen doi so dự báo thời gian chờ của xe container. "
    "Chúng tôi đã thử nghiệm tại cảng Cát Lái trong ba tháng."
)


def explain(statement: str, application: str):
    space = WordSpace.fit([statement, application], rich_features)
    [explanation] = explain_pairs(space, [statement], [application], np.array([[0, 0]]))
    return explanation


def test_terms_are_reported_as_the_application_writes_them() -> None:
    explanation = explain(STATEMENT, APPLICATION)
    assert "Cát Lái" in explanation.terms and "container" in explanation.terms
    assert any("chuyen doi" in term or "doi so" in term for term in explanation.terms)
    assert "Đội" not in explanation.terms  # "đội" folds to "doi" like "đổi" but is another word


def test_best_sentences_are_the_applicants_own() -> None:
    explanation = explain(STATEMENT, APPLICATION)
    assert explanation.sentences == (
        "Giải pháp chuyen doi so dự báo thời gian chờ của xe container.",
        "Chúng tôi đã thử nghiệm tại cảng Cát Lái trong ba tháng.",
    )


def test_nothing_in_common_means_an_empty_explanation() -> None:
    explanation = explain(STATEMENT, "QR payments for street vendors.")
    assert explanation.terms == () and explanation.sentences == ()


def test_surface_forms_prefer_the_statements_spelling() -> None:
    forms = surface_forms("Đội bóng. Chuyển đổi số.", "chuyển đổi số")
    assert forms["doi"] == "đổi" and forms["chuyen doi"] == "Chuyển đổi"

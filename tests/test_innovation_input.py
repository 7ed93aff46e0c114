"""Bad input anywhere answers 4xx (or a safe redirect), never a 500: a sweep over every route."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.factories import PASSWORD, ProgramFactory, UserFactory, make_user_with_role

NASTY_VALUES = [
    "9" * 23,  # past every integer column
    "-1",
    "0",
    "a\r\nSet-Cookie: x=1",
    "%0d%0aLocation:%20https://evil.example",
    "../../etc/passwd",
    "x" * 3000,
    "nguye\u0302\u0303n",  # decomposed Vietnamese
    "<script>alert(1)</script>",
    "\x00",
]


def swept_paths(app: Flask) -> list[tuple[str, str]]:
    """(method, path) for every route with each argument replaced by each nasty value."""
    requests: list[tuple[str, str]] = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        methods = sorted((rule.methods or set()) & {"GET", "POST"})
        for value in NASTY_VALUES:
            path = rule.rule
            for argument in rule.arguments:
                path = path.replace(f"<int:{argument}>", value).replace(f"<{argument}>", value)
            requests.extend((method, path) for method in methods)
    return requests


@pytest.mark.parametrize("role", [None, "startup", "organizer", "judge", "admin"])
def test_no_route_answers_500_to_nasty_path_values(client, login, role) -> None:
    program = ProgramFactory(slug="oid-2026")
    user = make_user_with_role(role, program) if role else None
    failures = []
    for method, path in swept_paths(client.application):
        if user is not None:
            login(user)  # a sweep through "sign out everywhere" must not end the sweep
        response = client.open(path, method=method, data={"next": "/\r\nX: y"})
        if response.status_code >= 500:
            failures.append((method, path[:80], response.status_code))
    assert failures == []


@pytest.mark.parametrize(
    "target",
    [
        "/\r\nSet-Cookie: stolen=1",
        "/%0d%0aSet-Cookie:%20stolen=1",
        "/\nhttps://evil.example",
        "/\\evil.example",
    ],
)
def test_next_with_control_characters_falls_back_home(client, target) -> None:
    user = UserFactory()
    response = client.post(
        "/auth/login", query_string={"next": target}, data={"email": user.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.headers["Location"] in {"/", target} and "\n" not in response.headers["Location"]
    assert "stolen" not in " ".join(response.headers.getlist("Set-Cookie"))
    switch = client.post("/language", data={"locale": "en", "next": target})
    assert switch.status_code == 302 and "\n" not in switch.headers["Location"]


@pytest.mark.parametrize(
    "path",
    [f"/programs/oid-2026/invitations/{'9' * 23}/revoke", f"/admin/users/{'9' * 23}/active"],
)
def test_a_23_digit_id_is_a_404(client, login, path) -> None:
    ProgramFactory(slug="oid-2026")
    login(make_user_with_role("admin"))
    assert client.get(path).status_code == 404
    assert client.post(path, data={"active": "0"}).status_code == 404


def test_a_nul_character_in_a_form_or_query_is_a_400(client) -> None:
    assert (
        client.post("/auth/register", data={"name": "Lan\x00", "email": "lan@example.org"}).status_code == 400
    )
    assert client.get("/auth/login", query_string={"next": "/\x00"}).status_code == 400
    assert client.post("/auth/login", data={"email": "a@example.org", "password": "\x00"}).status_code == 400

"""How forms and pages present themselves: error summary, required marks, contrast, styled classes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from innovation.extensions import db
from tests.factories import PASSWORD, UserFactory

STYLESHEET = Path(__file__).resolve().parents[1] / "innovation" / "static" / "css" / "site.css"
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
WHITE = "#ffffff"


def css_rules() -> list[tuple[list[str], dict[str, str]]]:
    """(selectors, declarations) of every rule of the site's stylesheet."""
    text = re.sub(r"/\*.*?\*/", "", STYLESHEET.read_text(), flags=re.S)
    rules = []
    for selectors, body in RULE.findall(text):
        declarations = dict(
            (name.strip(), value.strip())
            for name, _, value in (part.partition(":") for part in body.split(";"))
            if value.strip()
        )
        rules.append(([selector.strip() for selector in selectors.split(",")], declarations))
    return rules


def declarations_for(selector: str) -> dict[str, str]:
    """Every declaration of the rules naming `selector`, later rules winning."""
    found: dict[str, str] = {}
    for selectors, declarations in css_rules():
        if selector in selectors:
            found.update(declarations)
    return found


def resolve(value: str) -> str:
    """The first colour of a declaration, with var(--name) looked up in :root."""
    variables = declarations_for(":root")
    value = re.sub(r"var\((--[\w-]+)\)", lambda match: variables[match.group(1)], value)
    return re.search(r"#[0-9a-fA-F]{6}\b", value).group(0)


def relative_luminance(colour: str) -> float:
    channels = [int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def error_summary(page: str) -> str:
    """The error summary's markup, up to its closing tag."""
    start = page.index('class="form-errors"')
    return page[start : page.index("</div>", start)]


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert round(contrast_ratio("#000000", WHITE), 1) == 21.0
    assert round(contrast_ratio("#767676", WHITE), 2) == 4.54
    assert round(contrast_ratio("#8bb8e8", WHITE), 1) == 2.1  # the old focus ring


@pytest.mark.parametrize(
    "selector", ["input:focus", "select:focus", "button:focus-visible", "a:focus-visible"]
)
def test_focus_ring_contrast_meets_wcag(selector: str) -> None:
    outline = declarations_for(selector)["outline"]
    variables = declarations_for(":root")
    ring = resolve(outline)
    for background in (variables["--paper"], variables["--wash"]):
        assert contrast_ratio(ring, background) >= 3, (selector, ring, background)


def test_input_borders_contrast_meets_wcag() -> None:
    variables = declarations_for(":root")
    for selector in ('input[type="text"]', 'input[type="email"]', 'input[type="password"]', "select"):
        border = resolve(declarations_for(selector)["border"])
        assert contrast_ratio(border, variables["--paper"]) >= 3, (selector, border)


def test_classes_of_the_admin_users_page_are_styled(client, login) -> None:
    login(UserFactory(is_site_admin=True, name="Nguyễn Quản Trị"))
    UserFactory(name="Trần Văn Minh")  # an account the admin can deactivate
    page = client.get("/admin/users").get_data(as_text=True)
    assert (
        'class="visually-hidden"' in page and 'class="badge"' in page and 'class="button-secondary"' in page
    )
    hidden = declarations_for(".visually-hidden")
    assert hidden.get("position", "").startswith("absolute") and hidden.get("clip-path") == "inset(50%)"
    assert hidden.get("width") == "1px" and hidden.get("overflow") == "hidden"
    badge = declarations_for(".badge")
    assert "margin-left" in badge and "padding" in badge and "background" in badge
    button = declarations_for(".button-secondary")
    assert "border" in button and "padding" in button and declarations_for(".button-secondary:hover")


def test_error_summary_links_to_fields(client) -> None:
    response = client.post(
        "/auth/register", data={"name": "Lê An", "email": "not-an-address", "country": "VN"}
    )
    page = response.get_data(as_text=True)
    summary = error_summary(page)
    assert 'role="alert"' in summary and 'tabindex="-1"' in summary
    links = re.findall(r'<a href="#([\w-]+)">([^<]+)</a>', summary)
    assert ("email", "E-mail: Invalid email address.") in links
    assert ("password", "Password: This field is required.") in links
    assert ("consent", "Your consent is needed to create an account.") in links
    assert "name" not in {target for target, _ in links}  # a valid field is not listed
    for target, _ in links:
        assert f'id="{target}"' in page


def test_error_summary_lists_form_errors_too(client) -> None:
    UserFactory(email="an@example.vn")
    response = client.post("/auth/login", data={"email": "an@example.vn", "password": PASSWORD + "x"})
    assert "<li>Wrong e-mail or password.</li>" in error_summary(response.get_data(as_text=True))


def test_pages_without_errors_have_no_summary(client) -> None:
    assert "data-error-summary" not in client.get("/auth/register").get_data(as_text=True)


def test_site_script_is_served_from_the_site(client) -> None:
    page = client.get("/auth/register").get_data(as_text=True)
    assert '<script src="/static/js/site.js" defer></script>' in page
    assert re.findall(r"<script(?![^>]*\bsrc=)", page) == []  # the CSP allows no inline script
    with client.get("/static/js/site.js") as script:
        assert script.status_code == 200 and "javascript" in script.content_type
        assert "data-error-summary" in script.get_data(as_text=True)


def test_consent_errors_sit_in_the_label_column(client) -> None:
    page = client.post("/auth/register", data={}).get_data(as_text=True)
    start = page.index('<div class="field field-invalid field-check">')
    consent = page[start : page.index("</div>", start)]
    assert consent.index('type="checkbox"') < consent.index("<label") < consent.index('class="errors"')
    assert declarations_for(".field-check .errors").get("grid-column") == "2"
    assert declarations_for(".field-check .hint").get("grid-column") == "2"


def test_required_fields_are_marked(client) -> None:
    page = client.get("/auth/login").get_data(as_text=True)
    assert re.search(
        r'<label for="email">E-mail <span class="required-marker" aria-hidden="true">\*</span>', page
    )
    assert re.search(r'<input[^>]*id="email"[^>]*\brequired\b', page)  # what assistive technology announces
    assert re.search(r'<label for="remember">Keep me signed in on this device</label>', page)
    assert '<span class="required-marker" aria-hidden="true">*</span> Required field</p>' in page
    vietnamese = client.get("/auth/login", headers={"Accept-Language": "vi"}).get_data(as_text=True)
    assert "Trường bắt buộc" in vietnamese


def test_website_without_scheme_is_accepted(client, as_role) -> None:
    founder = as_role("startup")
    response = client.post(
        "/startup/profile", data={"name": "Circulr", "country": "FI", "website": " circulr.fi "}
    )
    assert response.status_code == 302
    startup = founder.memberships[0].organization
    db.session.refresh(startup)
    assert startup.website == "https://circulr.fi"
    client.post(
        "/startup/profile", data={"name": "Circulr", "country": "FI", "website": "http://circulr.fi/en"}
    )
    db.session.refresh(startup)
    assert startup.website == "http://circulr.fi/en"


@pytest.mark.parametrize("garbage", ["not a url", "circulr", "https://", "javascript:alert(1)"])
def test_website_garbage_is_still_refused(client, as_role, garbage: str) -> None:
    as_role("startup")
    response = client.post("/startup/profile", data={"name": "Circulr", "country": "FI", "website": garbage})
    assert response.status_code == 200
    assert '<a href="#website">Website: Invalid URL.</a>' in response.get_data(as_text=True)

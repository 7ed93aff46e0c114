"""The application form: saved as a draft at any time, checked in full only when submitted."""

from __future__ import annotations

import secrets

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    HiddenField,
    IntegerField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import URL, Length, NumberRange, Optional

from challenges.applications.models import REVENUE_BANDS, Application
from challenges.applications.operations import SUMMARY_WORD_LIMIT, ApplicationFields
from challenges.forms import with_web_scheme
from innovation.auth.forms import strip
from innovation.forms import Form
from innovation.labels import REVENUE_LABELS
from screening.engine.text import word_count

# Fields a submission needs (a draft needs none of them).
REQUIRED_TO_SUBMIT = ("title", "summary", "proposal", "fit", "trl", "pilot_plan", "team")


class NeededToSubmit:
    """Marks a field as needed for a submission (its asterisk); a draft may leave it empty."""

    field_flags = {"required": True}

    def __call__(self, form: object, field: object) -> None:
        return None


def _optional_int(value: object) -> int | None:
    return value if isinstance(value, int) else None


class ApplicationForm(Form):
    """Everything a startup tells about its solution to one challenge."""

    title = StringField(
        _l("Title of your solution"), validators=[NeededToSubmit(), Length(max=300)], filters=[strip]
    )
    summary = TextAreaField(
        _l("Summary"),
        validators=[NeededToSubmit(), Length(max=3000)],
        filters=[strip],
        description=_l(
            "At most %(count)d words: what you propose, for whom, and why it works.", count=SUMMARY_WORD_LIMIT
        ),
    )
    proposal = TextAreaField(
        _l("Detailed proposal"), validators=[NeededToSubmit(), Length(max=20000)], filters=[strip]
    )
    fit = TextAreaField(
        _l("How it answers this challenge"),
        validators=[NeededToSubmit(), Length(max=6000)],
        filters=[strip],
        description=_l("Refer to the owner's problem, context and expected outcomes."),
    )
    trl = SelectField(
        _l("Technology readiness level (TRL)"),
        validators=[NeededToSubmit()],
        choices=[SelectChoice("", "—")] + [SelectChoice(str(level), str(level)) for level in range(1, 10)],
        default="",
        description=_l("1: the idea is observed in principle … 9: proven in operation."),
    )
    customers = IntegerField(_l("Paying customers"), validators=[Optional(), NumberRange(min=0, max=10**7)])
    pilots = IntegerField(_l("Pilots run so far"), validators=[Optional(), NumberRange(min=0, max=10**5)])
    revenue_band = SelectField(
        _l("Revenue"),
        choices=[SelectChoice("", "—")]
        + [SelectChoice(code, REVENUE_LABELS[code]) for code in REVENUE_BANDS],
        default="",
    )
    pilot_plan = TextAreaField(
        _l("Pilot plan for this challenge"),
        validators=[NeededToSubmit(), Length(max=6000)],
        filters=[strip],
        description=_l("Where, how long, with whom, and what you will measure."),
    )
    team = TextAreaField(_l("Team"), validators=[NeededToSubmit(), Length(max=4000)], filters=[strip])
    video_url = StringField(
        _l("Video link (optional)"),
        validators=[Optional(), URL(require_tld=True), Length(max=500)],
        filters=[with_web_scheme],
    )
    deck = FileField(
        _l("Pitch deck (PDF, recommended)"),
        description=_l("A PDF of at most %(size)d MB. Upload a new one to replace it.", size=10),
    )
    lang = SelectField(
        _l("Language of the application"),
        choices=[
            SelectChoice("", _l("Detect from the text")),
            SelectChoice("vi", "Tiếng Việt"),
            SelectChoice("en", "English"),
        ],
        default="",
    )
    consent = BooleanField(
        _l(
            "I agree that the organizers, the challenge owner and the judges process the personal data "
            "in this application to assess it (Decree 13/2023/ND-CP)."
        )
    )
    form_token = HiddenField()
    seen_version = HiddenField()

    def prepare(self, application: Application | None, upload_limit_mb: int) -> None:
        """Fill a fresh form from the stored application, with a new form token."""
        self.deck.description = _l(
            "A PDF of at most %(size)d MB. Upload a new one to replace it.", size=upload_limit_mb
        )
        if application is not None and not self.is_submitted():
            for name in (
                "title",
                "summary",
                "proposal",
                "fit",
                "pilot_plan",
                "team",
                "video_url",
                "lang",
                "revenue_band",
            ):
                getattr(self, name).data = getattr(application, name)
            self.trl.data = str(application.trl) if application.trl else ""
            self.customers.data = application.customers
            self.pilots.data = application.pilots
            self.consent.data = application.consent_at is not None
        if not self.is_submitted():
            self.form_token.data = secrets.token_urlsafe(24)
            self.seen_version.data = str(application.version if application else 0)

    def values(self) -> ApplicationFields:
        """What the form holds, for the operations."""
        return ApplicationFields(
            title=self.title.data or "",
            summary=self.summary.data or "",
            proposal=self.proposal.data or "",
            fit=self.fit.data or "",
            trl=int(self.trl.data) if self.trl.data else None,
            customers=_optional_int(self.customers.data),
            pilots=_optional_int(self.pilots.data),
            revenue_band=self.revenue_band.data or "",
            pilot_plan=self.pilot_plan.data or "",
            team=self.team.data or "",
            video_url=self.video_url.data or "",
            lang=self.lang.data or "",
        )

    def check_for_submission(self, accepted_languages: list[str]) -> bool:
        """What a submission needs beyond a draft: every field, the word limit, consent; a message at each."""
        complete = True
        for name in REQUIRED_TO_SUBMIT:
            field = getattr(self, name)
            if not field.data:
                field.errors = [*field.errors, _l("Needed to submit.")]
                complete = False
        if word_count(self.summary.data or "") > SUMMARY_WORD_LIMIT:
            self.summary.errors = [
                *self.summary.errors,
                _l(
                    "%(count)d words: at most %(limit)d.",
                    count=word_count(self.summary.data),
                    limit=SUMMARY_WORD_LIMIT,
                ),
            ]
            complete = False
        if self.lang.data and self.lang.data not in accepted_languages:
            self.lang.errors = [
                *self.lang.errors,
                _l("This challenge does not accept applications in this language."),
            ]
            complete = False
        if not self.consent.data:
            self.consent.errors = [*self.consent.errors, _l("Your consent is needed to submit.")]
            complete = False
        return complete

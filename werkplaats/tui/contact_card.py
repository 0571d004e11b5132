"""A person's email, phone and consent, typed in on the spot: the contact dialog.

Opened from the intro round: Ctrl+N asks a walk-in's name together with these details (Enter
after the name alone still adds them, as before), F2 opens them for the person on the card or
in the queue, to fill them in or fix a typo of the registration list. The dialog only answers
with what was typed (:class:`ContactForm`); the round saves it through the session editor.

Consent is never assumed: both boxes start as the person's stored consent, which is *no* for a
walk-in. Checking is light on purpose: an email without "@" or a phone number phonenumbers
cannot read gets one calm line, and the text is saved as typed - in a busy room a half-right
address the facilitator can fix later beats one that was thrown away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Checkbox, Input, Label, Static

from werkplaats.contact.vcard import DEFAULT_REGION, can_share
from werkplaats.i18n import t
from werkplaats.model import Consent, Contact, Participant, Session
from werkplaats.summary.privacy import gets_mail
from werkplaats.tui.dialogs import Dialog
from werkplaats.tui.styles import use_stylesheet


@dataclass(frozen=True)
class ContactForm:
    """What the dialog answers: the typed details, trimmed, and the two consents."""

    name: str
    email: str
    phone: str
    share_contact: bool
    in_summary: bool

    @classmethod
    def of(cls, person: Participant) -> ContactForm:
        return cls(person.name, person.contact.email, person.contact.phone,
                   person.consent.share_contact, person.consent.in_summary)

    def contact(self) -> Contact:
        return Contact(email=self.email, phone=self.phone)

    def consent(self) -> Consent:
        return Consent(share_contact=self.share_contact, in_summary=self.in_summary)

    def is_blank(self) -> bool:
        """Nothing but a name: a walk-in added as before."""
        return not (self.email or self.phone or self.share_contact or self.in_summary)

    def differs_from(self, person: Participant) -> bool:
        return (self.contact(), self.consent()) != (person.contact, person.consent)


def store_contact(pid: str, form: ContactForm) -> Callable[[Session], bool]:
    """The change ``SessionEditor.apply`` makes: person ``pid`` gets the form's details.

    It returns True: ``perform`` reads None as a save that failed."""

    def change(session: Session) -> bool:
        person = session.participant(pid)
        person.contact, person.consent = form.contact(), form.consent()
        return True

    return change


def email_problem(email: str) -> bool:
    return bool(email) and "@" not in email


def phone_problem(phone: str, region: str = DEFAULT_REGION) -> bool:
    """True when phonenumbers cannot read ``phone`` as a possible number (the vCard then
    carries the text as typed, which a phone may not dial)."""
    if not phone:
        return False
    import phonenumbers  # only when a number is checked: it is slow to import

    try:
        number = phonenumbers.parse(phone, region)
    except phonenumbers.NumberParseException:
        return True
    return not phonenumbers.is_possible_number(number)


def form_notice(form: ContactForm | None, language: str, *, email: bool = True,
                phone: bool = True) -> str:
    """One line on what looks wrong in ``form`` (email first), or "" when nothing does."""
    if form is None:
        return ""
    if email and email_problem(form.email):
        return t("app.contact_email_no_at", language)
    if phone and phone_problem(form.phone):
        return t("app.contact_phone_unreadable", language)
    return ""


def contact_summary(person: Participant, language: str) -> str:
    """One line for the speaker's card: will this person get a QR code and a summary mail?

    Says what the consent means for the person instead of showing the address itself: the
    laptop is turned towards pairs in the contact round.
    """
    _ = language
    if person.contact.is_empty():
        return t("app.card_contact_none", _)
    qr = t("app.card_qr_yes" if can_share(person) else "app.card_qr_no", _)
    mail = t("app.card_mail_yes" if gets_mail(person) else "app.card_mail_no", _)
    return t("app.card_contact", _, qr=qr, mail=mail)


class ConsentBox(Checkbox, inherit_bindings=False):
    """A checkbox that Space toggles; Enter is left to the dialog (it saves)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_button", "Toggle", show=False),
    ]


class ContactDialog(Dialog[ContactForm | None]):
    """Email, phone and the two consents of one person (and a walk-in's name).

    ``walk_in`` adds a name field on top; Enter in any field saves, Esc cancels.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", show=False),
        Binding("enter", "save", "Save", show=False),
    ]

    def __init__(self, form: ContactForm, language: str, *, walk_in: bool = False) -> None:
        super().__init__(classes="dialog")
        use_stylesheet(self.app, "contact_card.tcss")
        self.form = form
        self.language = language
        self.walk_in = walk_in

    def compose(self) -> ComposeResult:
        _ = self.language
        form = self.form
        title = (t("app.walk_in_title", _) if self.walk_in
                 else t("app.contact_title", _, name=form.name))
        with Vertical(id="contact-box", classes="dialog-box"):
            yield Static(title, classes="dialog-title", markup=False)
            if self.walk_in:
                yield from self._row("name", t("app.contact_name", _), form.name,
                                     t("app.walk_in_placeholder", _))
            yield from self._row("email", t("app.contact_email", _), form.email,
                                 t("app.contact_email_placeholder", _))
            yield from self._row("phone", t("app.contact_phone", _), form.phone,
                                 t("app.contact_phone_placeholder", _))
            yield ConsentBox(t("app.contact_share", _), form.share_contact, id="contact-share",
                             compact=True)
            yield ConsentBox(t("app.contact_summary", _), form.in_summary, id="contact-summary",
                             compact=True)
            yield Static(id="contact-notice")
            yield Static(t("app.contact_hint", _), classes="dialog-hint")

    def _row(self, field: str, label: str, value: str, placeholder: str) -> ComposeResult:
        with Horizontal(classes="contact-row"):
            yield Label(label, classes="contact-label")
            yield Input(value, placeholder=placeholder, id=f"contact-{field}", compact=True)

    def on_mount(self) -> None:
        first = "#contact-name" if self.walk_in else "#contact-email"
        self.query_one(first, Input).focus()

    def typed(self) -> ContactForm:
        def text(field: str) -> str:
            return " ".join(self.query_one(f"#contact-{field}", Input).value.split())

        return ContactForm(
            name=text("name") if self.walk_in else self.form.name,
            email=text("email").replace(" ", ""),  # an address never holds a space
            phone=text("phone"),
            share_contact=self.query_one("#contact-share", Checkbox).value,
            in_summary=self.query_one("#contact-summary", Checkbox).value,
        )

    # -- the one-line notice: shown when a field is left, gone as soon as it is right ----------
    def _show_notice(self, text: str) -> None:
        notice = self.query_one("#contact-notice", Static)
        notice.update(text)
        notice.set_class(bool(text), "-shown")

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        if isinstance(event.widget, Input) and event.widget.id in ("contact-email",
                                                                    "contact-phone"):
            self._show_notice(form_notice(self.typed(), self.language))

    def on_input_changed(self, event: Input.Changed) -> None:
        notice = self.query_one("#contact-notice", Static)
        if notice.has_class("-shown"):  # only clear or update; no nagging mid-word
            self._show_notice(form_notice(self.typed(), self.language))

    # -- answers -----------------------------------------------------------------------------
    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        form = self.typed()
        if self.walk_in and not form.name:
            self.query_one("#contact-name", Input).focus()  # a walk-in needs a name
            return
        self.answer(form)

    def action_cancel(self) -> None:
        self.answer(None)

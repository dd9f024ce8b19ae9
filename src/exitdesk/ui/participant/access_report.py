"""The access report as the participant reads it: HTML in the current language from the
service's plain data, rendered to PDF or sent to a printer by the caller."""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from exitdesk.app.access_report import AccessReport, Held, Received
from exitdesk.domain import Consent, DataCategory, Goal, Meeting, Note, SafetyAssessment
from exitdesk.ui.i18n import Translations
from exitdesk.ui.participant.labels import (
    DomainText,
    contact_text,
    format_date,
    party_name,
    recipient_text,
)
from exitdesk.ui.pdf import write_pdf

DEFAULT_FILE_NAME = "access-report.pdf"


def e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _list(items: Iterable[str], empty: str) -> str:
    rows = [f"<li>{item}</li>" for item in items]
    return f"<ul>{''.join(rows)}</ul>" if rows else f"<p><i>{e(empty)}</i></p>"


class AccessReportText(QObject):
    """Builds the report's HTML; every sentence through ``tr`` (context "AccessReportText")."""

    def pdf_title(self) -> str:
        # Goes into the PDF metadata: neutral on purpose.
        return self.tr("Access report")

    def save_title(self) -> str:
        return self.tr("Save access report")

    def _receipt(self, received: Received) -> str:
        text = (
            self.tr("received from %1 on %2 under consent %3")
            .replace("%1", contact_text(received.sender, received.sender_party))
            .replace("%2", format_date(received.received_at))
            .replace("%3", received.consent_reference)
        )
        return e(text)

    def _origin(self, received: tuple[Received, ...]) -> str:
        """Every receipt that keeps the record here (a record can be held under more than one
        consent), or that the worker recorded it."""
        if not received:
            return e(self.tr("recorded here"))
        return "; ".join(self._receipt(r) for r in received)

    def _item(self, text: str, received: tuple[Received, ...]) -> str:
        return f"{text} <small>({self._origin(received)})</small>"

    def _goal(self, held: Held[Goal], words: DomainText) -> str:
        g = held.record
        actions = "".join(f"<br>– {e(a.description)}" for a in g.actions)
        ratings = ", ".join(f"{r.score}/10 ({format_date(r.on)})" for r in g.ratings)
        progress = self.tr("Progress:")
        rated = f"<br>{e(progress)} {e(ratings)}" if ratings else ""
        status = words.plan_status(g.status)
        head = f"<b>{e(words.domain(g.domain))}</b>: {e(g.description)} ({e(status)})"
        return self._item(head + actions + rated, held.received)

    def _meeting(self, held: Held[Meeting], words: DomainText) -> str:
        m = held.record
        text = f"<b>{e(format_date(m.on))}</b> {e(words.mode(m.mode))}, {e(words.method(m.method))}"
        if m.summary:
            text += f": {e(m.summary)}"
        if m.next_steps:
            label = self.tr("Next steps:")
            text += f"<br>{e(label)} {e(m.next_steps)}"
        return self._item(text, held.received)

    def _safety(self, held: Held[SafetyAssessment], words: DomainText) -> str:
        a = held.record
        text = f"<b>{e(format_date(a.assessed_on))}</b> {e(words.level(a.level))}"
        if a.summary:
            text += f": {e(a.summary)}"
        if a.persons_at_risk:
            people = ", ".join(words.relation(p.relation) for p in a.persons_at_risk)
            label = self.tr("Persons at risk:")
            text += f"<br>{e(label)} {e(people)}"
        for s in a.arrangements:
            text += f"<br>– {e(s.description)} ({e(party_name(s.owner_party_id))})"
        return self._item(text, held.received)

    def _note(self, held: Held[Note]) -> str:
        n = held.record
        return self._item(f"<b>{e(format_date(n.created_at))}</b> {e(n.text)}", held.received)

    def _consent(self, held: Held[Consent], words: DomainText) -> str:
        c = held.record
        whom = ", ".join(recipient_text(r) for r in c.recipients)
        what = ", ".join(words.category(k) for k in sorted(c.categories))
        text = (
            self.tr("Consent %1: to %2; what: %3; why: %4; valid %5 – %6")
            .replace("%1", c.reference())
            .replace("%2", whom)
            .replace("%3", what)
            .replace("%4", c.purpose)
            .replace("%5", format_date(c.valid_from))
            .replace("%6", format_date(c.valid_until))
        )
        body = e(text)
        if c.withdrawn_at is not None:
            withdrawn = self.tr("withdrawn on %1").replace("%1", format_date(c.withdrawn_at))
            body += f" — <b>{e(withdrawn)}</b>"
        return self._item(body, held.received)

    def _identity(self, report: AccessReport, words: DomainText) -> str:
        p = report.participant.record
        rows = [
            (self.tr("Alias"), p.alias),
            (self.tr("Name"), p.legal_name),
            (self.tr("Year of birth"), p.birth_year),
            (self.tr("Contact details"), p.contact),
            (self.tr("Institution"), p.institution),
            (self.tr("Release date"), format_date(p.release_date) if p.release_date else None),
            (self.tr("Parties"), ", ".join(party_name(x) for x in sorted(p.parties))),
        ]
        items = [f"{e(label)}: {e(value)}" for label, value in rows if value]
        origin = f"<p><small>({self._origin(report.participant.received)})</small></p>"
        states = [f"{e(format_date(ev.at))}: {e(words.state(ev.state))}" for ev in p.history] or [
            e(words.state(p.state))
        ]
        status = _list(states, "")
        status_origin = f"<p><small>({self._origin(report.lifecycle_received)})</small></p>"
        stage = self.tr("Stage in the programme")
        return _list(items, "") + origin + f"<h3>{e(stage)}</h3>" + status + status_origin

    def _shares(self, report: AccessReport, words: DomainText) -> str:
        rows = []
        for s in report.shares:
            acknowledged = (
                self.tr("confirmed received on %1").replace("%1", format_date(s.acknowledged_at))
                if s.acknowledged_at
                else self.tr("no confirmation")
            )
            what = ", ".join(words.category(DataCategory(c)) for c in s.categories)
            text = (
                self.tr("%1: to %2 under consent %3; %4 records (%5); %6")
                .replace("%1", format_date(s.at))
                .replace("%2", contact_text(s.recipient, s.recipient_party))
                .replace("%3", s.consent_reference)
                .replace("%4", str(s.records))
                .replace("%5", what)
                .replace("%6", acknowledged)
            )
            rows.append(e(text))
        return _list(rows, self.tr("Nothing about you has been shared from this vault."))

    def _withdrawals(self, report: AccessReport) -> str:
        rows = []
        for w in report.withdrawals:
            state = (
                self.tr("they confirmed deleting it on %1").replace(
                    "%1", format_date(w.acknowledged_at)
                )
                if w.acknowledged_at
                else self.tr("not yet confirmed")
            )
            text = (
                self.tr("%1: %2 was told that consent %3 was withdrawn; %4")
                .replace("%1", format_date(w.at))
                .replace("%2", contact_text(w.recipient, w.recipient_party))
                .replace("%3", w.consent_reference)
                .replace("%4", state)
            )
            rows.append(e(text))
        for p in report.purges:
            text = (
                self.tr("%1: %2 records received from %3 were deleted here after a withdrawal")
                .replace("%1", format_date(p.at))
                .replace("%2", str(p.records))
                .replace("%3", contact_text(p.sender, p.sender_party))
            )
            rows.append(e(text))
        return _list(rows, self.tr("No withdrawals or deletions."))

    def html(self, report: AccessReport) -> str:
        words = DomainText()
        # Each tr() call on its own: lupdate does not look inside f-strings.
        title = self.tr("What this vault holds about you")
        intro = (
            self.tr(
                "Made on %1 by %2. This report lists everything this worker's ExitDesk vault "
                "holds about you, where each item came from, and everything that was shared "
                "with others, with your consents. You may ask for corrections, or withdraw a "
                "consent at any time."
            )
            .replace("%1", format_date(report.made_at))
            .replace("%2", contact_text(report.worker, report.worker_party))
        )
        none = self.tr("Nothing recorded.")
        sections = [
            (self.tr("Who you are"), self._identity(report, words)),
            (
                self.tr("Support plan"),
                _list((self._goal(g, words) for g in report.goals), none),
            ),
            (
                self.tr("Meetings"),
                _list((self._meeting(m, words) for m in report.meetings), none),
            ),
            (
                self.tr("Safety"),
                _list((self._safety(s, words) for s in report.safety), none),
            ),
            (self.tr("Notes"), _list((self._note(n) for n in report.notes), none)),
            (
                self.tr("Your consents"),
                _list((self._consent(c, words) for c in report.consents), none),
            ),
            (self.tr("What was shared, and with whom"), self._shares(report, words)),
            (self.tr("Withdrawals and deletions"), self._withdrawals(report)),
        ]
        parts = [f"<h1>{e(title)}</h1>", f"<p>{e(intro)}</p>"]
        parts += [f"<h2>{e(heading)}</h2>{body}" for heading, body in sections]
        return "<html><body>" + "".join(parts) + "</body></html>"


def write_report_pdf(report: AccessReport, path: Path, language: str) -> None:
    """The report as a PDF in ``language``, for the CLI: starts a window-less Qt if none runs
    (the offscreen platform, so it works without a display) and loads that language."""
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["exitdesk", "-platform", "offscreen"])
    translations = Translations(app)
    translations.set_language(language)
    text = AccessReportText()
    write_pdf(path, text.html(report), text.pdf_title())

"""The printable consent form: what is shared, with whom, why, for how long, and signature lines.
It carries the participant's alias because it is made for them to sign."""

from __future__ import annotations

import base64
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from exitdesk.domain import Consent, ConsentMethod, DataCategory
from exitdesk.ui.participant.labels import DomainText, format_date, recipient_text
from exitdesk.ui.printing import Asker, print_or_save
from exitdesk.ui.widgets import choose_save_file

DEFAULT_FILE_NAME = "consent-form.pdf"

PathChooser = Callable[[QWidget, str], Path | None]


def e(text: str) -> str:
    return html.escape(text, quote=True)


class ConsentForm(QObject):
    """Builds the form's HTML in the current language."""

    def pdf_title(self) -> str:
        # Goes into the PDF metadata: neutral on purpose.
        return self.tr("Consent form")

    def save_title(self) -> str:
        return self.tr("Save consent form")

    def category_text(self, category: DataCategory) -> str:
        texts = {
            DataCategory.IDENTITY: self.tr(
                "Who you are: alias, name, year of birth and contact details"
            ),
            DataCategory.STATUS: self.tr(
                "Where you are in the programme (for example active, or after release)"
            ),
            DataCategory.PLAN: self.tr("Your support plan: goals, actions and progress"),
            DataCategory.MEETINGS: self.tr("Dates and summaries of your meetings"),
            DataCategory.SAFETY: self.tr("Your safety assessment and security arrangements"),
        }
        return texts[category]

    def html(self, consent: Consent, alias: str, worker_name: str, signature_png: bytes) -> str:
        words = DomainText()
        days = max(1, (consent.valid_until - consent.valid_from).days)
        categories = "".join(
            f"<li><b>{e(words.category(c))}</b> — {e(self.category_text(c))}</li>"
            for c in DataCategory
            if c in consent.categories
        )
        recipients = "".join(f"<li>{e(recipient_text(r))}</li>" for r in consent.recipients)
        # Each tr() call on its own: lupdate does not look inside f-strings.
        title = self.tr("Consent to share information")
        participant = self.tr("Participant:")
        what = self.tr("What may be shared")
        whom = self.tr("With whom")
        why = self.tr("Why")
        how_long = self.tr("For how long")
        how_given = self.tr("How consent is given")
        parts = [
            f"<h1>{e(title)}</h1>",
            f"<p>{e(participant)} <b>{e(alias)}</b></p>",
            f"<h3>{e(what)}</h3><ul>{categories}</ul>",
            f"<h3>{e(whom)}</h3><ul>{recipients}</ul>",
            f"<h3>{e(why)}</h3><p>{e(consent.purpose)}</p>",
            f"<h3>{e(how_long)}</h3><p>"
            + e(
                self.tr("From %1 until %2 (%3 days).")
                .replace("%1", format_date(consent.valid_from))
                .replace("%2", format_date(consent.valid_until))
                .replace("%3", str(days))
            )
            + "</p>",
            f"<h3>{e(how_given)}</h3><p>{e(words.consent_method(consent.method))}</p>",
            "<p>"
            + e(
                self.tr(
                    "Taking part is voluntary. You can withdraw this consent at any time, "
                    "without any consequences. When you withdraw it, the recipients delete what "
                    "they received under it. Information is shared only to support you in "
                    "leaving crime behind."
                )
            )
            + "</p>",
        ]
        parts.append(self._signature_block(self.tr("Participant's signature"), signature_png))
        if consent.guardian:
            parts.append(
                self._signature_block(
                    self.tr("Guardian or social services (%1)").replace("%1", consent.guardian),
                    b"",
                )
            )
        if consent.method is ConsentMethod.VERBAL_WITNESSED or consent.witness:
            witness = consent.witness or ""
            parts.append(self._signature_block(self.tr("Witness (%1)").replace("%1", witness), b""))
        parts.append(self._signature_block(self.tr("Worker (%1)").replace("%1", worker_name), b""))
        return "<html><body>" + "".join(parts) + "</body></html>"

    def _signature_block(self, who: str, png: bytes) -> str:
        image = ""
        if png:
            data = base64.b64encode(png).decode("ascii")
            image = f'<img src="data:image/png;base64,{data}" height="80"><br>'
        line = "_" * 48
        date = self.tr("Date:")
        return f"<p><br>{image}{line}&nbsp;&nbsp;&nbsp;{e(date)} ____________<br>{e(who)}</p>"


def default_chooser(parent: QWidget, title: str) -> Path | None:
    """The shell's save dialog: neutral default name, no dialog history left behind."""
    return choose_save_file(parent, title, DEFAULT_FILE_NAME, "PDF (*.pdf)")


def print_consent_form(
    parent: QWidget,
    consent: Consent,
    alias: str,
    worker_name: str,
    signature_png: bytes,
    choose: PathChooser,
    ask: Asker,
) -> Path | None:
    """Print the form, or save it as a PDF after the warning that the file is not encrypted.
    Returns the saved file, or None when printed or cancelled."""
    form = ConsentForm()
    html_text = form.html(consent, alias, worker_name, signature_png)
    return print_or_save(parent, html_text, form.pdf_title(), form.save_title(), ask, choose)

"""The words of the statistics PDF (dimension and category names, the legend) as templates in
the "Statistics" context, looked up in the reader's language by whoever renders them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from exitdesk.app.statistics_pdf import ChartText
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.statistics import Dimension

CONTEXT = "Statistics"
# (context, source) -> the text in the reader's language
Lookup = Callable[[str, str], str]

_DIMENSIONS = {
    Dimension.STAGE: QT_TRANSLATE_NOOP("Statistics", "Participants by lifecycle state"),
    Dimension.DURATION: QT_TRANSLATE_NOOP("Statistics", "Duration of ended participations"),
    Dimension.AGE: QT_TRANSLATE_NOOP("Statistics", "Age band"),
    Dimension.PARTY: QT_TRANSLATE_NOOP("Statistics", "Party"),
    Dimension.START_YEAR: QT_TRANSLATE_NOOP("Statistics", "Year of first contact"),
}
_VALUES = {
    "enquiry": QT_TRANSLATE_NOOP("Statistics", "enquiry"),
    "assessment": QT_TRANSLATE_NOOP("Statistics", "assessment"),
    "active": QT_TRANSLATE_NOOP("Statistics", "active support"),
    "after_release": QT_TRANSLATE_NOOP("Statistics", "after release"),
    "ended_by_participant": QT_TRANSLATE_NOOP("Statistics", "ended by the participant"),
    "ended_by_party": QT_TRANSLATE_NOOP("Statistics", "ended by a party"),
    "ongoing": QT_TRANSLATE_NOOP("Statistics", "not ended"),
    "under_6_months": QT_TRANSLATE_NOOP("Statistics", "under 6 months"),
    "6_to_12_months": QT_TRANSLATE_NOOP("Statistics", "6 to 12 months"),
    "1_to_2_years": QT_TRANSLATE_NOOP("Statistics", "1 to 2 years"),
    "2_years_or_more": QT_TRANSLATE_NOOP("Statistics", "2 years or more"),
    "under_18": QT_TRANSLATE_NOOP("Statistics", "under 18"),
    "18_to_24": QT_TRANSLATE_NOOP("Statistics", "18 to 24"),
    "25_to_34": QT_TRANSLATE_NOOP("Statistics", "25 to 34"),
    "35_to_49": QT_TRANSLATE_NOOP("Statistics", "35 to 49"),
    "50_or_over": QT_TRANSLATE_NOOP("Statistics", "50 or over"),
    "unknown": QT_TRANSLATE_NOOP("Statistics", "not known"),
}
_TITLE = QT_TRANSLATE_NOOP("Statistics", "Monitoring statistics")
_PERIOD = QT_TRANSLATE_NOOP("Statistics", "First contact from {first} to {last}; state on {last}")
_LEGEND = (
    QT_TRANSLATE_NOOP("Statistics", "<5: from 0 to 4 participants, not shown"),
    QT_TRANSLATE_NOOP(
        "Statistics", "x: 5 or more, hidden so that a small number cannot be worked out"
    ),
)


def chart_text(lookup: Lookup, first: date, last: date) -> ChartText:
    """The PDF's words for a period, each looked up with ``lookup(context, source)``."""

    def value(dimension: Dimension, code: str) -> str:
        source = _VALUES.get(code)
        # Parties and years are names and numbers already; they read the same everywhere.
        return code if source is None else lookup(CONTEXT, source)

    return ChartText(
        title=lookup(CONTEXT, _TITLE),
        period=lookup(CONTEXT, _PERIOD).format(first=first.isoformat(), last=last.isoformat()),
        legend=tuple(lookup(CONTEXT, line) for line in _LEGEND),
        dimension=lambda d: lookup(CONTEXT, _DIMENSIONS[d]),
        value=value,
    )

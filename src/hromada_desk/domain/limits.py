"""How long a typed text and how large a number may be: one table for the domain, the forms
and the imports, the same limits the community file's schema enforces.

The schema's CHECK constraints are frozen in numbered migrations (a released migration never
changes), so they are written out there and not generated from here; a test compares the two
so that they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt

MIN_YEAR = 1990
MAX_YEAR = 2100
MIN_DATE = dt.date(MIN_YEAR, 1, 1)
MAX_DATE = dt.date(MAX_YEAR, 12, 31)

# Counts of people (population, indicator values): the largest Ukrainian city is ~3 million.
MAX_POPULATION = 10_000_000
MAX_SERVICE_COUNT = 100_000
MAX_RAYON_POPULATION = 100_000_000
MAX_MEETING_NUMBER = 1000
# Votes on an agenda item: a council has a few dozen members; the schema only asks ≥ 0.
MAX_VOTES = 999

# The community and its settlements.
COMMUNITY_NAME = 300
COUNCIL_NAME = 300
COUNCIL_NAME_GENITIVE = 300
EXECUTIVE_COMMITTEE = 300
REGION = 100  # an oblast's or a rayon's name
SETTLEMENT_NAME = 200
STAROSTA_DISTRICT = 200
PARAMETER_VALUE = 100
PARAMETER_REASON = 1000

# Council members.
NAME_PART = 100  # surname, given name, patronymic each
POSITION = 500
ORGANISATION = 300
PHONE = 50

# Meetings and their protocols.
MEETING_PLACE = 200
MEETING_TITLE = 1000
ABSENCE_REASON = 500
GUEST_NAME = 200
GUEST_POSITION = 500
AGENDA_TITLE = 2000
AGENDA_TEXT = 100_000  # heard, heard (closing), spoke, decided
SPEAKER_NAME = 200
SPEAKER_ROLE = 300
SIGNATURE_ROLE = 300

# Action plans and execution reports.
PLAN_TITLE = 1000
APPROVED_BY = 1000
APPROVED_NUMBER = 50
SIGNATORY_POSITION = 300
SIGNATORY_NAME = 200
SECTION_TITLE = 300
SECTION_STATEMENT = 5000
GOAL_TEXT = 5000
GOAL_INDICATORS = 5000
MEASURE_NUMBER = 20
MEASURE_TEXT = 5000
COORDINATOR = 2000
INVOLVED = 2000
DEADLINE = 200
FUNDING = 1000
FOOTNOTE_MARKER = 5
FOOTNOTE_TEXT = 2000
REPORT_DONE = 10_000
# Assignments of decisions, their status, and the council's yearly work plan.
ASSIGNMENT_TEXT = 5000
RESPONSIBLE = 500
ASSIGNMENT_DEADLINE = 200
STATUS_NOTE = 5000
WORK_QUESTION_TITLE = 2000  # as an agenda item's title: a planned question becomes one
WORK_QUESTION_RESPONSIBLE = 200  # the speaker (SPEAKER_NAME) of the agenda item it becomes
# What the program writes about the file itself (an identity, a time stamp).
FILE_INFO_VALUE = 100

# Every text column of the schema with its limit: (table, column) → characters.
TEXT_COLUMNS: dict[tuple[str, str], int] = {
    ("community", "name"): COMMUNITY_NAME,
    ("community", "council_name"): COUNCIL_NAME,
    ("community", "council_name_genitive"): COUNCIL_NAME_GENITIVE,
    ("community", "executive_committee"): EXECUTIVE_COMMITTEE,
    ("community", "oblast"): REGION,
    ("community", "rayon"): REGION,
    ("settlement", "name"): SETTLEMENT_NAME,
    ("settlement", "starosta_district"): STAROSTA_DISTRICT,
    ("calculation_parameter", "value"): PARAMETER_VALUE,
    ("calculation_parameter", "reason"): PARAMETER_REASON,
    ("member", "surname"): NAME_PART,
    ("member", "given_name"): NAME_PART,
    ("member", "patronymic"): NAME_PART,
    ("member", "position"): POSITION,
    ("member", "organisation"): ORGANISATION,
    ("member", "phone"): PHONE,
    ("meeting", "place"): MEETING_PLACE,
    ("meeting", "title"): MEETING_TITLE,
    ("attendance", "absence_reason"): ABSENCE_REASON,
    ("guest", "name"): GUEST_NAME,
    ("guest", "position"): GUEST_POSITION,
    ("agenda_item", "title"): AGENDA_TITLE,
    ("agenda_item", "heard"): AGENDA_TEXT,
    ("agenda_item", "heard_closing"): AGENDA_TEXT,
    ("agenda_item", "spoke"): AGENDA_TEXT,
    ("agenda_item", "decided"): AGENDA_TEXT,
    ("agenda_speaker", "name"): SPEAKER_NAME,
    ("agenda_speaker", "role"): SPEAKER_ROLE,
    ("meeting_signature", "role"): SIGNATURE_ROLE,
    ("action_plan", "title"): PLAN_TITLE,
    ("action_plan", "approved_by"): APPROVED_BY,
    ("action_plan", "approved_number"): APPROVED_NUMBER,
    ("action_plan", "signatory_position"): SIGNATORY_POSITION,
    ("action_plan", "signatory_name"): SIGNATORY_NAME,
    ("plan_section", "title"): SECTION_TITLE,
    ("plan_section", "statement"): SECTION_STATEMENT,
    ("plan_goal", "text"): GOAL_TEXT,
    ("plan_goal", "indicators"): GOAL_INDICATORS,
    ("plan_measure", "number"): MEASURE_NUMBER,
    ("plan_measure", "text"): MEASURE_TEXT,
    ("plan_measure", "coordinator"): COORDINATOR,
    ("plan_measure", "involved"): INVOLVED,
    ("plan_measure", "deadline"): DEADLINE,
    ("plan_measure", "funding"): FUNDING,
    ("plan_footnote", "marker"): FOOTNOTE_MARKER,
    ("plan_footnote", "text"): FOOTNOTE_TEXT,
    ("measure_report", "done"): REPORT_DONE,
    ("file_info", "value"): FILE_INFO_VALUE,
    ("assignment", "text"): ASSIGNMENT_TEXT,
    ("assignment", "responsible"): RESPONSIBLE,
    ("assignment", "deadline_text"): ASSIGNMENT_DEADLINE,
    ("assignment", "status_note"): STATUS_NOTE,
    ("work_plan_question", "title"): WORK_QUESTION_TITLE,
    ("work_plan_question", "responsible"): WORK_QUESTION_RESPONSIBLE,
}

# A code of the Codifier of administrative-territorial units (КАТОТТГ): «UA» and 17 digits
# (0–9 only), as the schema's GLOB checks it; the columns that may hold one (or NULL).
KATOTTG_PREFIX = "UA"
KATOTTG_DIGITS = 17
KATOTTG_GLOB = KATOTTG_PREFIX + "[0-9]" * KATOTTG_DIGITS
CODE_COLUMNS: frozenset[tuple[str, str]] = frozenset(
    {
        ("community", "katottg"),
        ("settlement", "katottg"),
    }
)

# Every bounded whole-number column: (table, column) → (least, largest).
NUMBER_COLUMNS: dict[tuple[str, str], tuple[int, int]] = {
    ("population", "total"): (0, MAX_POPULATION),
    ("population", "men"): (0, MAX_POPULATION),
    ("population", "women"): (0, MAX_POPULATION),
    ("population", "children"): (0, MAX_POPULATION),
    ("indicator_value", "value"): (0, MAX_POPULATION),
    ("existing_service", "count"): (0, MAX_SERVICE_COUNT),
    ("rayon_figures", "population"): (1, MAX_RAYON_POPULATION),
    ("rayon_figures", "cases"): (0, MAX_POPULATION),
    ("meeting", "number"): (1, MAX_MEETING_NUMBER),
    ("action_plan", "period_start"): (MIN_YEAR, MAX_YEAR),
    ("action_plan", "period_end"): (MIN_YEAR, MAX_YEAR),
    ("work_plan_question", "quarter"): (1, 4),
}

# The needs calculation's whole-number parameters a person may set: (least, largest).
PARAMETER_BOUNDS: dict[str, tuple[int, int]] = {
    "population_per_family_place": (1, 1_000_000),
    "brigade_cases_per_month": (1, 10_000),
    "months": (1, 12),
}

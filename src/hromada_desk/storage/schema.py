"""The community file's schema, as forward migrations numbered by PRAGMA user_version."""

from __future__ import annotations

from hromada_desk.domain.indicators import INDICATOR_CODES, SERVICE_KEYS

# «HRMD»: a community file says it is one of ours in its header, so a foreign SQLite
# file (another program's database renamed) is recognised and refused.
APPLICATION_ID = 0x48524D44

_YEAR = "CHECK (year BETWEEN 1990 AND 2100)"
_COUNT = "INTEGER CHECK ({0} IS NULL OR {0} BETWEEN 0 AND 10000000)"
_TEXT = "TEXT NOT NULL DEFAULT '' CHECK (length({0}) <= {1})"
_NAME = "TEXT NOT NULL CHECK (length(trim({0})) > 0 AND length({0}) <= {1})"
# An ISO date that SQLite itself reads back unchanged (so 2023-02-30 is refused), 1990–2100.
_VALID_DATE = "(date({0}) IS {0} AND {0} BETWEEN '1990-01-01' AND '2100-12-31')"
_INDICATORS = ",".join(f"'{code}'" for code in INDICATOR_CODES)
_SERVICES = ",".join(f"'{key}'" for key in SERVICE_KEYS)


def _count(col: str) -> str:
    return _COUNT.format(col)


def _text(col: str, limit: int = 2000) -> str:
    return _TEXT.format(col, limit)


def _name(col: str, limit: int = 300) -> str:
    return _NAME.format(col, limit)


def _date(col: str) -> str:
    return f"TEXT CHECK ({col} IS NULL OR {_VALID_DATE.format(col)})"


# Version 1: the community, its settlements and figures, the council and its meetings.
_V1 = f"""
CREATE TABLE community (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name {_name("name")},
    council_name {_name("council_name")},
    council_name_genitive {_text("council_name_genitive", 300)},
    executive_committee {_text("executive_committee", 300)},
    oblast {_text("oblast", 100)},
    rayon {_text("rayon", 100)}
);

CREATE TABLE settlement (
    id INTEGER PRIMARY KEY,
    name {_name("name", 200)},
    kind TEXT NOT NULL DEFAULT 'village' CHECK (kind IN ('city', 'settlement', 'village')),
    admin_center INTEGER NOT NULL DEFAULT 0 CHECK (admin_center IN (0, 1)),
    area_km2 REAL CHECK (area_km2 IS NULL OR area_km2 >= 0),
    starosta_district {_text("starosta_district", 200)},
    distance_km REAL CHECK (distance_km IS NULL OR distance_km >= 0),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX settlement_one_admin_center ON settlement (admin_center) WHERE admin_center = 1;

CREATE TABLE population (
    settlement_id INTEGER NOT NULL REFERENCES settlement (id) ON DELETE CASCADE,
    year INTEGER NOT NULL {_YEAR},
    total INTEGER NOT NULL CHECK (total BETWEEN 0 AND 10000000),
    men {_count("men")},
    women {_count("women")},
    children {_count("children")},
    PRIMARY KEY (settlement_id, year)
);
CREATE INDEX population_year ON population (year);

CREATE TABLE indicator_value (
    year INTEGER NOT NULL {_YEAR},
    code TEXT NOT NULL CHECK (code IN ({_INDICATORS})),
    value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10000000),
    PRIMARY KEY (year, code)
);

CREATE TABLE existing_service (
    year INTEGER NOT NULL {_YEAR},
    service TEXT NOT NULL CHECK (service IN ({_SERVICES})),
    count INTEGER NOT NULL CHECK (count BETWEEN 0 AND 100000),
    PRIMARY KEY (year, service)
);

-- Figures of the whole rayon, used by the mobile-brigade calculation when known.
CREATE TABLE rayon_figures (
    year INTEGER PRIMARY KEY {_YEAR},
    population INTEGER CHECK (population IS NULL OR population BETWEEN 1 AND 100000000),
    cases INTEGER CHECK (cases IS NULL OR cases BETWEEN 0 AND 10000000)
);

-- Calculation parameters changed from the Methodology's defaults, each with its reason.
CREATE TABLE calculation_parameter (
    year INTEGER NOT NULL {_YEAR},
    name TEXT NOT NULL CHECK (name IN ('population_per_family_place',
        'brigade_cases_per_month', 'months', 'cases_indicator', 'counselling_basis',
        'counselling_threshold', 'served_population')),
    value TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 100),
    reason {_text("reason", 1000)},
    PRIMARY KEY (year, name)
);

CREATE TABLE member (
    id INTEGER PRIMARY KEY,
    surname {_name("surname", 100)},
    given_name {_name("given_name", 100)},
    patronymic {_text("patronymic", 100)},
    gender TEXT CHECK (gender IS NULL OR gender IN ('m', 'f')),
    position {_text("position", 500)},
    organisation {_text("organisation", 300)},
    phone {_text("phone", 50)},
    role TEXT NOT NULL DEFAULT 'member'
        CHECK (role IN ('chair', 'deputy_chair', 'secretary', 'member')),
    member_from {_date("member_from")},
    member_to {_date("member_to")},
    sort_order INTEGER NOT NULL DEFAULT 0,
    CHECK (member_to IS NULL OR member_from IS NULL OR member_to >= member_from)
);

CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL {_YEAR},
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 1000),
    date TEXT NOT NULL CHECK {_VALID_DATE.format("date")},
    place {_text("place", 200)},
    title {_text("title", 1000)},
    kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'extraordinary')),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    CHECK (year = CAST(substr(date, 1, 4) AS INTEGER)),
    UNIQUE (year, number)
);

CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
    present INTEGER NOT NULL CHECK (present IN (0, 1)),
    absence_reason {_text("absence_reason", 500)},
    PRIMARY KEY (meeting_id, member_id)
);

CREATE TABLE guest (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position_in_list INTEGER NOT NULL,
    name {_name("name", 200)},
    position {_text("position", 500)},
    UNIQUE (meeting_id, position_in_list)
);

CREATE TABLE agenda_item (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position_in_agenda INTEGER NOT NULL CHECK (position_in_agenda >= 1),
    title {_name("title", 2000)},
    heard {_text("heard", 100000)},
    heard_closing {_text("heard_closing", 100000)},
    spoke {_text("spoke", 100000)},
    decided {_text("decided", 100000)},
    votes_for INTEGER CHECK (votes_for IS NULL OR votes_for >= 0),
    votes_against INTEGER CHECK (votes_against IS NULL OR votes_against >= 0),
    votes_abstained INTEGER CHECK (votes_abstained IS NULL OR votes_abstained >= 0),
    CHECK ((votes_for IS NULL) = (votes_against IS NULL)
           AND (votes_for IS NULL) = (votes_abstained IS NULL)),
    UNIQUE (meeting_id, position_in_agenda)
);

CREATE TABLE agenda_speaker (
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    position_in_list INTEGER NOT NULL,
    member_id INTEGER REFERENCES member (id) ON DELETE RESTRICT,
    name {_text("name", 200)},
    role {_text("role", 300)},
    CHECK (member_id IS NOT NULL OR length(trim(name)) > 0),
    PRIMARY KEY (agenda_item_id, position_in_list)
);

-- The needs calculation of a year attached to an agenda item (its tables go into the protocol).
CREATE TABLE agenda_calculation (
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    year INTEGER NOT NULL {_YEAR},
    PRIMARY KEY (agenda_item_id, year)
);

CREATE TABLE meeting_signature (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position_in_list INTEGER NOT NULL,
    member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
    role {_name("role", 300)},
    PRIMARY KEY (meeting_id, position_in_list)
);

-- A finalised meeting's content, frozen: the protocol is a legal record and must not change
-- when the underlying figures are corrected later.
CREATE TABLE meeting_snapshot (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    finalised_at TEXT NOT NULL,
    content TEXT NOT NULL CHECK (json_valid(content))
);
"""

# Version 2: action plans and their execution reports.
_V2 = f"""
CREATE TABLE action_plan (
    id INTEGER PRIMARY KEY,
    title {_name("title", 1000)},
    period_start INTEGER NOT NULL CHECK (period_start BETWEEN 1990 AND 2100),
    period_end INTEGER NOT NULL CHECK (period_end BETWEEN 1990 AND 2100),
    approved_by {_text("approved_by", 1000)},
    approved_date {_date("approved_date")},
    approved_number {_text("approved_number", 50)},
    signatory_position {_text("signatory_position", 300)},
    signatory_name {_text("signatory_name", 200)},
    CHECK (period_end >= period_start)
);

CREATE TABLE plan_section (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    position_in_plan INTEGER NOT NULL,
    title {_name("title", 300)},
    statement {_text("statement", 5000)},
    UNIQUE (plan_id, position_in_plan)
);

CREATE TABLE plan_goal (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES plan_section (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 1),
    text {_name("text", 5000)},
    indicators {_text("indicators", 5000)},
    UNIQUE (section_id, number)
);

CREATE TABLE plan_measure (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES plan_goal (id) ON DELETE CASCADE,
    position_in_goal INTEGER NOT NULL,
    number {_name("number", 20)},
    text {_name("text", 5000)},
    coordinator {_text("coordinator", 2000)},
    involved {_text("involved", 2000)},
    deadline {_text("deadline", 200)},
    funding {_text("funding", 1000)},
    UNIQUE (goal_id, position_in_goal)
);

CREATE TABLE plan_footnote (
    plan_id INTEGER NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    position_in_plan INTEGER NOT NULL,
    marker {_name("marker", 5)},
    text {_name("text", 2000)},
    PRIMARY KEY (plan_id, position_in_plan)
);

CREATE TABLE measure_report (
    measure_id INTEGER NOT NULL REFERENCES plan_measure (id) ON DELETE CASCADE,
    period TEXT NOT NULL CHECK (period GLOB '[12][0-9][0-9][0-9]'
                                OR period GLOB '[12][0-9][0-9][0-9]-Q[1-4]'),
    status TEXT NOT NULL CHECK (status IN ('done', 'in_progress', 'not_done', 'not_started')),
    done {_text("done", 10000)},
    money_spent REAL CHECK (money_spent IS NULL OR money_spent >= 0),
    PRIMARY KEY (measure_id, period)
);
"""

# Version 3: what the file knows about itself. «community_uid» is made when the community's
# file is first made (or upgraded) and travels with every copy, so copies of one community
# are recognised as such wherever they lie (backups are kept per community, the rayon's
# consolidation knows a resent file); «modified_at» is when a change was last written.
_V3 = """
CREATE TABLE file_info (
    key TEXT PRIMARY KEY CHECK (key IN ('community_uid', 'modified_at')),
    value TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 100)
);
"""

# Version 4: the codes of the Codifier of administrative-territorial units (КАТОТТГ). A code
# is data, like a name: a community or settlement the codifier does not list has none (NULL),
# and a later edition of the codifier needs no new schema. Two settlements of one community
# never share a code.
_KATOTTG = "TEXT CHECK ({0} IS NULL OR {0} GLOB 'UA" + "[0-9]" * 17 + "')"
_V4 = f"""
ALTER TABLE community ADD COLUMN katottg {_KATOTTG.format("katottg")};
ALTER TABLE settlement ADD COLUMN katottg {_KATOTTG.format("katottg")};
CREATE UNIQUE INDEX settlement_katottg ON settlement (katottg) WHERE katottg IS NOT NULL;
"""

# Version 5: the council's year. A meeting may be planned ahead (its agenda before it takes
# place): «planned» is a draft whose meeting has not yet been held (SQLite cannot widen the
# status's CHECK without building the table anew). A decision's assignments: what, who
# answers for it (a member, whose name stays when the member is deleted, or a name typed
# freely), the deadline (a date or words), and the status last recorded with its day and
# note: beside the protocol, which a finalised meeting keeps frozen. The yearly work plan:
# questions by quarter, the meeting that adopted it, the meeting each question went to.
_V5 = f"""
ALTER TABLE meeting ADD COLUMN planned INTEGER NOT NULL DEFAULT 0
    CHECK (planned IN (0, 1) AND (planned = 0 OR status = 'draft'));

CREATE TABLE assignment (
    id INTEGER PRIMARY KEY,
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    position_in_item INTEGER NOT NULL CHECK (position_in_item >= 1),
    text {_name("text", 5000)},
    member_id INTEGER REFERENCES member (id) ON DELETE SET NULL,
    responsible {_text("responsible", 500)},
    deadline_date {_date("deadline_date")},
    deadline_text {_text("deadline_text", 200)},
    status TEXT CHECK (status IS NULL
                       OR status IN ('done', 'in_progress', 'not_done', 'withdrawn')),
    status_date {_date("status_date")},
    status_note {_text("status_note", 5000)},
    CHECK (member_id IS NOT NULL OR length(trim(responsible)) > 0),
    CHECK (deadline_date IS NULL OR deadline_text = ''),
    CHECK ((status IS NULL) = (status_date IS NULL)),
    CHECK (status IS NOT NULL OR status_note = ''),
    UNIQUE (agenda_item_id, position_in_item)
);
CREATE INDEX assignment_member ON assignment (member_id) WHERE member_id IS NOT NULL;

CREATE TABLE work_plan (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL UNIQUE {_YEAR},
    adopted_meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL
);

CREATE TABLE work_plan_question (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES work_plan (id) ON DELETE CASCADE,
    quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    position_in_quarter INTEGER NOT NULL CHECK (position_in_quarter >= 1),
    title {_name("title", 2000)},
    responsible {_text("responsible", 200)},
    meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
    UNIQUE (plan_id, quarter, position_in_quarter)
);
CREATE INDEX work_plan_question_meeting ON work_plan_question (meeting_id)
    WHERE meeting_id IS NOT NULL;
"""

# Version 6: what the meetings' documents need: the body whose meetings these are
# (координаційна рада, комісія, робоча група; its name in the protocol and the roles), and a
# meeting's starting time (the notice of the meeting says it).
_V6 = """
ALTER TABLE community ADD COLUMN council_body TEXT NOT NULL DEFAULT 'council'
    CHECK (council_body IN ('council', 'commission', 'working_group'));
ALTER TABLE meeting ADD COLUMN time TEXT NOT NULL DEFAULT ''
    CHECK (time = '' OR time GLOB '[0-9]:[0-5][0-9]' OR time GLOB '[01][0-9]:[0-5][0-9]'
           OR time GLOB '2[0-3]:[0-5][0-9]');
"""

# MIGRATIONS[n] takes a file from user_version n to n + 1.
MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5, _V6)
SCHEMA_VERSION = len(MIGRATIONS)

# The digest (storage.health.statements_digest) of the schema statements each version's
# migrations make, as this program's SQLite writes them: a file whose statements have it is
# known sound in schema without replaying every migration in memory. A file whose statements
# differ (another SQLite's wording, a damaged file) is compared in full. A test recomputes
# them from MIGRATIONS: a new migration needs its digest here.
STATEMENT_DIGESTS: dict[int, str] = {
    1: "87e51ea7736d3ac0-8840",
    2: "78d3df018d13344f-12258",
    3: "6bde2dd5d5b87146-12465",
    4: "6744be26e74cef43-12891",
    5: "54162e9672d30aac-15507",
    6: "efaf7900cea35b22-15792",
}

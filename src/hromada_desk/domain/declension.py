"""Names and roles in the cases a protocol's sentences need: after СЛУХАЛИ the speaker is in
the accusative («Голову координаційної ради Удовиченка К.О., який повідомив…»), after
«інформацію» in the genitive («інформацію голови координаційної ради Удовиченка К.О.»).

Surnames and most position words are declined by shevchenko-py (the rules and corpora of
shevchenko-js); the first-declension nouns it does not know (голова, староста, заступниця…)
by a small rule here. A name whose gender is unknown is left as it is: Тимошко is Тимошка
for a man and Тимошко for a woman, and guessing would be worse than not declining.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from hromada_desk.domain.names import Gender, PersonName


class Case(StrEnum):
    NOMINATIVE = "nominative"
    GENITIVE = "genitive"
    DATIVE = "dative"
    ACCUSATIVE = "accusative"


# First-declension nouns of positions (-а, -я) that shevchenko-py leaves as they are:
# ending → (genitive, dative, accusative) endings.
_FIRST_DECLENSION = (
    ("иця", ("иці", "иці", "ицю")),  # заступниця, начальниця, керівниця
    ("иня", ("ині", "ині", "иню")),  # фахівчиня
    ("ка", ("ки", "ці", "ку")),  # секретарка, працівниця-ка
    ("а", ("и", "і", "у")),  # голова, староста
)
_FIRST_DECLENSION_WORDS = re.compile(
    r"(голова|староста|\w+иця|\w+иня|\w+арка|\w+ниця)", re.IGNORECASE
)
# Feminine adjectives before such a noun (сільська голова): genitive, dative, accusative.
_FEMININE_ADJECTIVE = re.compile(r"\w+(ська|цька|зька|ьна|на|ва|ша|жна|тна|ча)", re.IGNORECASE)
_MASCULINE_ADJECTIVE = re.compile(r"\w+(ий|ій)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _keep_case(model: str, word: str) -> str:
    """``word`` written with the capitals of ``model`` (first letter, or all)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _shevchenko_case(case: Case) -> str:
    return str(case)


@lru_cache(maxsize=4096)
def _surname(surname: str, gender: Gender, case: Case) -> str:
    if case is Case.NOMINATIVE:
        return surname
    import shevchenko

    result = shevchenko.in_case(
        _shevchenko_case(case),
        family_name=surname,
        gender="masculine" if gender is Gender.MALE else "feminine",
    )
    return str(result.get("family_name", surname))


def gender_of(name: PersonName) -> Gender | None:
    """The gender recorded, else the one the given name or patronymic shows (when written in
    full), else None."""
    if name.gender is not None:
        return name.gender
    fields = {
        key: value
        for key, value in (("given_name", name.given_name), ("patronymic_name", name.patronymic))
        if len(value.rstrip(".")) > 1
    }
    if not fields:
        return None
    import shevchenko

    try:
        found = shevchenko.detect_gender(**fields)
    except ValueError:
        return None
    return {"masculine": Gender.MALE, "feminine": Gender.FEMALE}.get(str(found))


def surname_in(name: PersonName, case: Case) -> str | None:
    """The surname in ``case``; None when the gender is not known (see the module's note)."""
    gender = gender_of(name)
    if gender is None:
        return None
    return _surname(name.surname, gender, case)


def short_in(name: PersonName, case: Case) -> str | None:
    """«Удовиченка К.О.»: the list form with the surname in ``case``; None when the gender
    is not known."""
    surname = surname_in(name, case)
    if surname is None:
        return None
    initials = name.initials
    return f"{surname} {initials}" if initials else surname


def all_surname_forms(name: PersonName) -> set[str]:
    """Every case form the surname may take for either gender (to recognise it in text)."""
    forms = {name.surname}
    for gender in Gender:
        for case in Case:
            forms.add(_surname(name.surname, gender, case))
    return forms


def _first_declension(word: str, case: Case) -> str:
    index = {Case.GENITIVE: 0, Case.DATIVE: 1, Case.ACCUSATIVE: 2}[case]
    lower = word.lower()
    for ending, forms in _FIRST_DECLENSION:
        if lower.endswith(ending):
            return _keep_case(word, lower[: -len(ending)] + forms[index])
    return word


def _feminine_adjective(word: str, case: Case) -> str:
    form = {Case.GENITIVE: "ої", Case.DATIVE: "ій", Case.ACCUSATIVE: "у"}[case]
    return _keep_case(word, word.lower()[:-1] + form)


@lru_cache(maxsize=4096)
def _position_word(word: str, case: Case) -> str:
    import shevchenko

    result = shevchenko.in_case(_shevchenko_case(case), military_appointment=word)
    return str(result.get("military_appointment", word))


@lru_cache(maxsize=1024)
def phrase_in(phrase: str, case: Case) -> str:
    """A role or position in ``case``: the adjectives before the main noun and that noun
    change, what follows it (already in the genitive: «… координаційної ради») stays.

    «голова координаційної ради» → «голову координаційної ради» (accusative), «сільський
    голова» → «сільського голови» (genitive), «секретар» → «секретаря». A phrase that starts
    with an abbreviation (т.в.о., в.о.) or a word no rule knows is left as it is.
    """
    if case is Case.NOMINATIVE or not phrase.strip():
        return phrase
    words = phrase.split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        last = i == len(words) - 1
        if not _WORD.fullmatch(word) or (word.isupper() and len(word) > 1):
            break  # an abbreviation, a number, a quotation: the rest stays
        if _FIRST_DECLENSION_WORDS.fullmatch(word):
            out.append(_first_declension(word, case))
            return " ".join(out + words[i + 1 :])
        if _MASCULINE_ADJECTIVE.fullmatch(word) and not last:
            out.append(_position_word(word, case))
            continue
        if (
            _FEMININE_ADJECTIVE.fullmatch(word)
            and not last
            and _FIRST_DECLENSION_WORDS.fullmatch(words[i + 1])
        ):
            out.append(_feminine_adjective(word, case))
            continue
        declined = _position_word(word, case)
        if declined == word:
            break  # no rule knows it: leave the phrase from here as typed
        out.append(declined)
        return " ".join(out + words[i + 1 :])
    return " ".join(out + words[len(out) :])


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def role_and_name(role: str, name: PersonName, case: Case) -> str:
    """«голову координаційної ради Удовиченка К.О.»; the name stays in the nominative when
    its gender is unknown."""
    who = short_in(name, case) or name.short
    role = phrase_in(role.strip(), case)
    return f"{role} {who}" if role else who


def heard_opening(role: str, name: PersonName) -> str:
    """What a secretary writes after СЛУХАЛИ: «Голову координаційної ради Удовиченка К.О.,
    який повідомив, що »."""
    gender = gender_of(name)
    verb = (
        {Gender.MALE: "який повідомив", Gender.FEMALE: "яка повідомила"}.get(
            gender, "який (яка) повідомив (повідомила)"
        )
        if gender
        else "який (яка) повідомив (повідомила)"
    )
    return f"{capitalised(role_and_name(role, name, Case.ACCUSATIVE))}, {verb}, що "


def decided_opening(role: str, name: PersonName) -> str:
    """What a secretary writes after ВИРІШИЛИ: «Взяти до відома інформацію голови
    координаційної ради Удовиченка К.О. про »."""
    return f"Взяти до відома інформацію {role_and_name(role, name, Case.GENITIVE)} про "


# -- checking typed texts ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Correction:
    """A stretch of a text (``start``–``end``) that names a member in the wrong case, and
    what it should say; offered to the person, never applied unasked."""

    start: int
    end: int
    found: str
    proposed: str
    case: Case

    def apply(self, text: str) -> str:
        """``text`` with the correction made (the caller checks it still says ``found``)."""
        if text[self.start : self.end] != self.found:
            return text
        return text[: self.start] + self.proposed + text[self.end :]


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A member as texts name them: the name, and the role and position that may precede it."""

    name: PersonName
    roles: tuple[str, ...] = ()


_HEARD_END = re.compile(
    r",?\s+(який|яка|які)\b|\s+(повідом|проінформув|доповів|доповіла)", re.IGNORECASE
)
_INFORMATION = re.compile(r"\bінформаці[юї]\s+", re.IGNORECASE)
_SPACE = "[ \u00a0]+"


def _initials_pattern(name: PersonName) -> str:
    parts = [re.escape(p) for p in re.findall(r"[^.\-]+\.|-", name.initials)]
    return "[ \u00a0]?".join(parts)


def _name_matches(text: str, person: KnownPerson, start: int, end: int) -> list[re.Match[str]]:
    initials = _initials_pattern(person.name)
    if not initials:
        return []
    pattern = re.compile(rf"(?<![\w’'-])([^\W\d_][\w’'-]*){_SPACE}{initials}")
    forms = {f.casefold() for f in all_surname_forms(person.name)}
    return [m for m in pattern.finditer(text, start, end) if m.group(1).casefold() in forms]


def _correction(
    text: str, person: KnownPerson, match: re.Match[str], role_start: int, case: Case
) -> Correction | None:
    expected = short_in(person.name, case)
    if expected is None:
        return None
    found_surname = match.group(1)
    surname = surname_in(person.name, case) or found_surname
    start, end = match.start(), match.end()
    proposed = text[start:end].replace(found_surname, _keep_case(found_surname, surname), 1)
    typed_role = text[role_start:start].strip()
    role_at = text.find(typed_role, role_start) if typed_role else start
    for role in person.roles:
        if typed_role and typed_role.casefold() == role.strip().casefold():
            declined = _keep_case(typed_role, phrase_in(role.strip(), case))
            if declined != typed_role:
                proposed = f"{declined}{text[role_at + len(typed_role) : start]}{proposed}"
                start = role_at
            break
    found = text[start:end]
    return Correction(start, end, found, proposed, case) if proposed != found else None


def _check(
    text: str, people: list[KnownPerson], start: int, end: int, case: Case
) -> list[Correction]:
    corrections = []
    for person in people:
        for match in _name_matches(text, person, start, end):
            found = _correction(text, person, match, start, case)
            if found is not None:
                corrections.append(found)
    return sorted(corrections, key=lambda c: c.start)


def check_heard(text: str, people: list[KnownPerson]) -> list[Correction]:
    """Members named at the start of the text after СЛУХАЛИ (up to «який повідомив» or the
    like) whose name or role is not in the accusative."""
    stop = _HEARD_END.search(text)
    end = stop.start() if stop else min(len(text), 300)
    return _check(text, people, 0, end, Case.ACCUSATIVE)


def check_information(text: str, people: list[KnownPerson]) -> list[Correction]:
    """Members named after «інформацію» («Взяти до відома інформацію голови … Удовиченка
    К.О.») whose name or role is not in the genitive."""
    corrections: list[Correction] = []
    for found in _INFORMATION.finditer(text):
        rest = text[found.end() : found.end() + 300]
        stop = re.search(r"\s(про|щодо|стосовно)\s|[,;:]", rest)
        end = found.end() + (stop.start() if stop else len(rest))
        corrections += _check(text, people, found.end(), end, Case.GENITIVE)
    return corrections

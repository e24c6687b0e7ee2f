"""People's names in the forms Ukrainian official documents use, and grammatical gender."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Every apostrophe-like character a keyboard or Word may produce becomes the one the seed
# documents use, so that «Мар'яна» and «Мар’яна» are the same name in every document.
APOSTROPHE = "\u2019"
_APOSTROPHES = str.maketrans(
    {
        "'": APOSTROPHE,
        "`": APOSTROPHE,
        "\u02bc": APOSTROPHE,
        "\u2018": APOSTROPHE,
        "\u00b4": APOSTROPHE,
        "\u2032": APOSTROPHE,
    }
)


class Gender(StrEnum):
    MALE = "m"
    FEMALE = "f"


def normalise_name_part(text: str) -> str:
    """Trim, fold inner white space and unify apostrophes in one part of a name."""
    return " ".join(text.translate(_APOSTROPHES).split())


def _initial(part: str) -> str:
    """«Костянтин» → «К.»; a hyphenated name gives both initials («Анна-Марія» → «А.-М.»)."""
    pieces = [p for p in part.split("-") if p]
    return "-".join(p[0].upper() + "." for p in pieces)


def _is_initial_only(part: str) -> bool:
    return len(part.rstrip(".")) == 1


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's surname, given name and patronymic.

    Where only an initial is known (as in many published protocols) the given name or
    patronymic holds just that letter; the formats below then stay correct.
    """

    surname: str
    given_name: str
    patronymic: str = ""
    gender: Gender | None = None

    @classmethod
    def of(
        cls, surname: str, given_name: str, patronymic: str = "", gender: Gender | str | None = None
    ) -> PersonName:
        return cls(
            normalise_name_part(surname),
            normalise_name_part(given_name),
            normalise_name_part(patronymic),
            Gender(gender) if gender else None,
        )

    @property
    def initials(self) -> str:
        """«К.О.»"""
        parts = [self.given_name, self.patronymic]
        return "".join(_initial(p) for p in parts if p)

    @property
    def short(self) -> str:
        """The list form: «Удовиченко К.О.»."""
        initials = self.initials
        return f"{self.surname} {initials}" if initials else self.surname

    @property
    def signature(self) -> str:
        """The form under a signature: «Костянтин УДОВИЧЕНКО» (or «К. УДОВИЧЕНКО»)."""
        given = self.given_name
        if given and _is_initial_only(given):
            given = _initial(given)
        surname = self.surname.upper()
        return f"{given} {surname}" if given else surname

    @property
    def full(self) -> str:
        """«Удовиченко Костянтин О.» — surname, given name, patronymic as known."""
        parts = []
        for part in (self.given_name, self.patronymic):
            if part:
                parts.append(_initial(part) if _is_initial_only(part) else part)
        return " ".join([self.surname, *parts])

    def gendered(self, masculine: str, feminine: str) -> str:
        """Choose the word form that agrees with the person («який» / «яка»).

        With the gender unknown both are given, as Ukrainian forms do: «який (яка)».
        """
        if self.gender is Gender.MALE:
            return masculine
        if self.gender is Gender.FEMALE:
            return feminine
        return f"{masculine} ({feminine})"

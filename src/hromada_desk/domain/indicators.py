"""Annex 1 yearly indicators and Annex 2 specialised services of Methodology No. 787."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Indicator:
    code: str
    section: int
    wording: str


# Wording as in Annex 1 of the Methodology (quoted verbatim in the Lanna protocol).
INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "5.1",
        5,
        "кількість сімей, які числяться на обліку / отримують соціальні послуги як "
        "такі, що перебувають у складних життєвих обставинах внаслідок вчинення щодо них "
        "домашнього насильства та насильства за ознакою статі",
    ),
    Indicator(
        "5.2",
        5,
        "кількість дітей, які числяться на обліку служби у справах дітей як такі, "
        "що перебувають у складних життєвих обставинах у зв’язку із вчиненням щодо них "
        "домашнього насильства за ознакою статі",
    ),
    Indicator(
        "5.3",
        5,
        "кількість осіб, які перебувають на профілактичному обліку органів "
        "Національної поліції України у зв’язку із вчиненням домашнього насильства (у тому "
        "числі неповнолітніх)",
    ),
    Indicator(
        "5.4", 5, "кількість осіб, які звернулись із заявою про проходження програм для кривдників"
    ),
    Indicator("5.5", 5, "кількість осіб, які пройшли програму для кривдників"),
    Indicator(
        "6.1",
        6,
        "кількість заяв і повідомлень про вчинення домашнього насильства та / або "
        "насильства за ознакою статі, що надійшли до різних суб’єктів (дані відповідних "
        "журналів реєстрації, електронних інформаційних ресурсів тощо)",
    ),
    Indicator(
        "6.2",
        6,
        "кількість повідомлень про факти жорстокого поводження з дитиною, зокрема "
        "домашнього насильства",
    ),
    Indicator(
        "6.3",
        6,
        "кількість звернень до закладів охорони здоров’я за отриманням медичної "
        "допомоги внаслідок вчинення домашнього насильства",
    ),
    Indicator(
        "6.4",
        6,
        "кількість звернень на телефони довіри, «гарячі лінії» (у тому числі "
        "анонімні) щодо вчинення домашнього насильства та насильства за ознакою статі (у "
        "тому числі неповнолітніх)",
    ),
    Indicator(
        "6.5",
        6,
        "кількість винесених органами Національної поліції термінових заборонних "
        "приписів стосовно кривдника",
    ),
    Indicator(
        "6.6",
        6,
        "кількість винесених судових рішень про направлення осіб, які вчиняють "
        "домашнє насильство та насильство за ознакою статі, на проходження програми для "
        "кривдників",
    ),
    Indicator("6.7", 6, "кількість винесених судами обмежувальних приписів стосовно кривдника"),
)

INDICATOR_CODES: tuple[str, ...] = tuple(i.code for i in INDICATORS)
INDICATORS_BY_CODE: dict[str, Indicator] = {i.code: i for i in INDICATORS}


class ServiceKey(StrEnum):
    """The five specialised services the needs calculation covers, in the order of Annex 2."""

    SHELTER = "shelter"
    MOBILE_BRIGADE = "mobile_brigade"
    MEDICAL_REHAB_CENTER = "medical_rehab_center"
    DAY_CENTER = "day_center"
    COUNSELLING_SERVICE = "counselling_service"


# The indicator of Annex 1 that counts the victims who need medical help (item 6.3).
MEDICAL_INDICATOR = "6.3"


@dataclass(frozen=True, slots=True)
class Service:
    """A service and its facts, the one place every page, document and command reads them.

    ``unit``: what its existing number and its need count. ``counts_persons``: its
    calculation gives the persons to be referred to a centre (in an oblast centre), not a
    number of services to create, so it has no «required» and no «deficit» to print.
    """

    key: ServiceKey
    name: str
    unit: str
    genitive: str  # «потреба у створенні …»
    label: str  # a table's short name with its unit
    counts_persons: bool = False


SERVICES: tuple[Service, ...] = (
    Service(
        ServiceKey.SHELTER,
        "Притулок для осіб, які постраждали від домашнього "
        "насильства та насильства за ознакою статі",
        "сімейних місць",
        "притулку",
        "Притулок (сімейних місць)",
    ),
    Service(
        ServiceKey.MOBILE_BRIGADE,
        "Мобільна бригада соціально-психологічної допомоги "
        "особам, які постраждали від домашнього насильства та насильства за ознакою статі",
        "бригад",
        "мобільної бригади соціально-психологічної допомоги",
        "Мобільна бригада (бригад)",
    ),
    Service(
        ServiceKey.MEDICAL_REHAB_CENTER,
        "Центр медико-соціальної реабілітації осіб, які "
        "постраждали від домашнього насильства та насильства за ознакою статі",
        "центрів",
        "центру медико-соціальної реабілітації",
        f"Центр медико-соціальної реабілітації (осіб, показник {MEDICAL_INDICATOR})",
        counts_persons=True,
    ),
    Service(
        ServiceKey.DAY_CENTER,
        "Денний центр соціально-психологічної допомоги особам, які "
        "постраждали від домашнього насильства та насильства за ознакою статі",
        "сімейних місць",
        "денного центру соціально-психологічної допомоги",
        "Денний центр, кризова кімната (сімейних місць)",
    ),
    Service(
        ServiceKey.COUNSELLING_SERVICE,
        "Спеціалізована служба первинного "
        "соціально-психологічного консультування осіб, які постраждали від домашнього "
        "насильства та насильства за ознакою статі",
        "фахівців",
        "служби первинного соціально-психологічного консультування",
        "Первинне консультування (фахівців)",
    ),
)

SERVICE_KEYS: tuple[str, ...] = tuple(s.key for s in SERVICES)
SERVICES_BY_KEY: dict[str, Service] = {s.key: s for s in SERVICES}

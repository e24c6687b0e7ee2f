from hromada_desk.domain.names import APOSTROPHE, Gender, PersonName


def test_list_form_uses_surname_and_initials():
    assert PersonName.of("Удовиченко", "Костянтин", "Олександрович").short == "Удовиченко К.О."


def test_signature_form_is_given_name_and_capitalised_surname():
    assert PersonName.of("Удовиченко", "Костянтин", "О").signature == "Костянтин УДОВИЧЕНКО"
    assert PersonName.of("Швирид", "Ірина", "В").signature == "Ірина ШВИРИД"


def test_only_initials_known_gives_correct_forms():
    name = PersonName.of("Підгайна", "О", "М")
    assert name.short == "Підгайна О.М."
    assert name.signature == "О. ПІДГАЙНА"
    assert name.full == "Підгайна О. М."


def test_missing_patronymic():
    name = PersonName.of("Вийбер", "Наталія")
    assert name.short == "Вийбер Н."
    assert name.full == "Вийбер Наталія"


def test_hyphenated_given_name_gives_both_initials():
    assert PersonName.of("Коваль", "Анна-Марія", "Петрівна").short == "Коваль А.-М.П."


def test_apostrophes_and_spaces_are_normalised():
    typed = PersonName.of("  Дем'яненко ", "Мар`яна", "Василівна")
    assert typed.surname == f"Дем{APOSTROPHE}яненко"
    assert typed == PersonName.of(f"Дем{APOSTROPHE}яненко", "Марʼяна", "Василівна")
    assert typed.signature == f"Мар{APOSTROPHE}яна ДЕМ{APOSTROPHE}ЯНЕНКО"


def test_grammatical_gender_chooses_the_word_form():
    assert PersonName.of("Швирид", "Ірина", gender="f").gendered("який", "яка") == "яка"
    assert PersonName.of("Чухрай", "С", gender=Gender.MALE).gendered("який", "яка") == "який"
    assert PersonName.of("Голик", "В").gendered("який", "яка") == "який (яка)"

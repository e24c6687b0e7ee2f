from hromada_desk.domain.indicators import INDICATORS, SERVICE_KEYS, SERVICES
from hromada_desk.domain.methodology import CALCULATION_METHOD, MINIMUM_REQUIREMENTS


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_annex_texts_are_quoted_verbatim_from_the_seed(seed_text):
    seed = flat(seed_text)
    for key in SERVICE_KEYS:
        for line in (*MINIMUM_REQUIREMENTS[key], *CALCULATION_METHOD[key]):
            assert flat(line) in seed, line


def test_service_names_and_indicator_wording_are_the_seeds(seed_text):
    seed = flat(seed_text)
    for service in SERVICES:
        assert flat(service.name) in seed
    for indicator in INDICATORS:
        assert flat(indicator.wording) in seed

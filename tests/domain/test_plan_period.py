"""An action plan's period in words: several years, or one."""

from hromada_desk.domain.plans import ActionPlan, period_text, plan_title


def test_a_period_of_several_years_and_of_one():
    assert period_text(2024, 2026) == "2024–2026"
    assert period_text(2026, 2026) == "2026"
    assert ActionPlan("План", 2023, 2025).period == "2023–2025"
    assert ActionPlan("План", 2026, 2026).period == "2026"


def test_the_usual_title_says_years_or_year():
    assert plan_title(2024, 2026).endswith("статі на 2024–2026 роки")
    assert plan_title(2026, 2026).endswith("статі на 2026 рік")

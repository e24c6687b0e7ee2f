def test_the_year_proposed_for_new_figures():
    from hromada_desk.domain.records import proposed_year, reporting_year

    assert reporting_year(2026) == 2025
    assert proposed_year([], 2026) == 2025  # the last complete year comes first
    assert proposed_year([2025], 2026) == 2026
    assert proposed_year([2022, 2023], 2026) == 2025  # a gap up to the year being reported
    assert proposed_year([2025, 2026], 2026) == 2027

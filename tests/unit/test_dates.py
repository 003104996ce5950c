"""reader_date: one function for every date a reader sees, as precise as the data knows it."""

from __future__ import annotations

import pytest

from plan_site.model.dates import reader_date

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("iso", "vi", "en"), [
    ("2025-06-12", "12/06/2025", "12 June 2025"),
    ("2021-02-02", "02/02/2021", "2 February 2021"),
    ("2025-12-31", "31/12/2025", "31 December 2025"),
    ("2025-06", "06/2025", "June 2025"),
    ("2024-12", "12/2024", "December 2024"),
    ("2025", "2025", "2025"),
])
def test_full_and_partial_dates_in_both_languages(iso: str, vi: str, en: str) -> None:
    assert (reader_date(iso, "vi"), reader_date(iso, "en")) == (vi, en)


@pytest.mark.parametrize("wrong", ["2025-02-30", "2025-13", "12/06/2025", "2025-6-1", "", "2025-06-12T00:00"])
def test_anything_but_an_iso_date_month_or_year_is_an_error(wrong: str) -> None:
    with pytest.raises(ValueError):
        reader_date(wrong, "en")

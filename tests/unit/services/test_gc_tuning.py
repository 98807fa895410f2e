"""A bulk walk collects the young generation less often, and puts the setting back."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from incadea_desk.services.gc_tuning import BULK_THRESHOLD, bulk_allocations


@pytest.fixture(autouse=True)
def default_threshold() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_a_walk_raises_the_young_threshold_and_puts_it_back():
    with bulk_allocations():
        assert gc.get_threshold() == (BULK_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_overlapping_walks_put_it_back_when_the_last_one_ends():
    first, second = bulk_allocations(), bulk_allocations()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_threshold()[0] == BULK_THRESHOLD
    second.__exit__(None, None, None)
    assert gc.get_threshold() == (700, 10, 10)


def test_a_failing_walk_puts_it_back_too():
    with pytest.raises(RuntimeError), bulk_allocations():
        raise RuntimeError("the walk failed")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_threshold_or_collection_switched_off_is_left_alone():
    gc.set_threshold(50_000, 5, 5)
    with bulk_allocations():
        assert gc.get_threshold() == (50_000, 5, 5)
    gc.set_threshold(0, 10, 10)
    with bulk_allocations():
        assert gc.get_threshold() == (0, 10, 10)
    assert gc.get_threshold() == (0, 10, 10)

"""Every calque pattern flags its examples and none of its counter-examples, and the seeds' calques."""

import pytest
from conftest import spans

from rules.calque import calques


@pytest.mark.parametrize("calque", calques(), ids=lambda c: c.id)
def test_examples_flagged_and_counter_examples_not(calque):
    assert calque.examples and calque.counter, "every pattern documents what it must and must not flag"
    for example in calque.examples:
        assert calque.pattern.search(example), example
        assert calque.may_match(example.lower()), f"'requires' must admit the example: {example}"
        assert spans(example, "CQ001"), example
    for counter in calque.counter:
        assert not calque.pattern.search(counter), counter


def test_seed_calques():
    text = (
        "He German Chancellor Olaf Scholz said. Canada has no plans to deploy troops from combat in the country. "
        "The EU will not meet its goal of providing one million ammunition to Ukraine by March 1."
    )
    found = spans(text, "CQ001")
    assert "He " in found or any(span.startswith("He") for span in found)
    assert "troops from combat" in found
    assert "one million ammunition" in found

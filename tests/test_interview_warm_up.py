"""The app's start-up interview (engine.warm_up): first-use loading done before the first clerk."""
from __future__ import annotations


def test_the_warm_up_interview_runs_to_the_end_and_loads_what_turns_load_on_first_use():
    from assistant.interview import engine, glossary, questions
    questions._codes.cache_clear()
    glossary._words.cache_clear()
    given = engine.warm_up()
    assert 10 < given < 80                      # finished by itself, not cut at the limit
    assert questions._codes.cache_info().currsize == 1 and glossary._words.cache_info().currsize == 1

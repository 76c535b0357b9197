"""The guided interview: questions in plain Chinese that fill a Declaration, with provenance
and drafts saved every turn.

Public API (what the CLI and the web app use):

- ``engine.Interview`` — the state. ``opening()``, ``next_question() -> Question | None``,
  ``answer(text) -> Reply(said, changed, question, done)``, ``form``, ``provenance``,
  ``unconfirmed_numbers()``, ``confirm(paths)``, ``set_form(form, note)``, ``report()``,
  ``to_state()`` / ``Interview.from_state(state)``, ``transcript``.
- ``questions.Question`` — ``field`` (declaration path), ``render()`` (the text to show),
  ``choices`` (numbered indicator suggestions), ``kind``.
- ``provenance`` — ``Source(kind, detail, turn, confirmed)`` per field path; kinds
  stated / imported / computed / suggested; ``Unconfirmed(path, value, source)``.
- ``store.DraftStore`` — SQLite (WAL) drafts: ``open_store()``, ``create``, ``save``, ``get``,
  ``list``, ``duplicate``, ``delete``.

Modules: answers (readers for numbers, money, months, names), extract (offline extractor),
derive (totals and indicators from facts), choices (indicator choices), edits (corrections),
apply (fills → form + provenance), flow (question order and answer handling).
"""

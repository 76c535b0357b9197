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

- ``engine.Reply.acts`` — how a message was read: answer, facts, correction, question, dont_know,
  hedge, skip, back, confirm, deny, choice, chatter, unclear (acts.py).
- ``engine.Interview.ask(field)`` — make a field's question the pending one; ``Question.replies`` —
  the quick replies that fit it (numbered choices, 是/不是, 同上, 今天, 就一项, 不知道, 跳过).
- ``glossary.lookup(text)`` / ``glossary.for_field(path)`` — every term of the form (glossary.yaml).

How a message is handled: acts (what she did) → fields (which fields it names: the field lexicon
fields.yaml) → readers (a typed reader per kind of field; speech: chatter, hedges, Chinese digits;
when: years and periods; rows: indicator rows) → gate (one check for every patch, offline or LLM:
nothing misfiled, nothing invented) → ops/turns/answer (the form changed, what follows recomputed,
what was understood said back) → flow (the next question: empty fields, follow-ups, every remaining
finding, the numbers to confirm, the closing with how to get the file). Also extract (the offline
extractor and the facts of an answer), derive (totals and indicators from facts), choices
(indicator suggestions), apply (fills → form + provenance), provenance, store.
"""

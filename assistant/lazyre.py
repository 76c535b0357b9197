"""Regular expressions compiled on first use.

The rules' word lists are large alternations; compiling them all when a module is imported made every
``jixiao check`` pay for patterns most forms never reach (a clean JSON form touches about two thirds of
them). ``lazy(pattern)`` stands in for ``re.compile(pattern)`` in a module's constants: the first method
call compiles it, and from then on its methods are the compiled pattern's own (no wrapper per call).

Use it through its methods (``WORDS.search(text)``), as those modules do: ``re.search(WORDS, text)`` and
``isinstance(WORDS, re.Pattern)`` need a real pattern.
"""
from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern          # the source text, as re.Pattern.pattern (other patterns are built from it)
        self._flags = flags

    def __getattr__(self, name: str):
        """Called only for what is not set yet: compiles, then keeps the compiled pattern's methods on self."""
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("compiled")
        if compiled is None:
            from .recache import compile as recompile
            compiled = recompile(self.pattern, self._flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
            self.compiled = compiled
            self.__class__ = _Compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


class _Compiled:
    """A ``LazyPattern`` once compiled: its methods are the compiled pattern's own, in its ``__dict__``, and the
    class has no ``__getattr__`` — a class with one makes every attribute read go through a slower slot (the
    generic lookup first, then the hook), and Python 3.11 does not specialise those reads: each
    ``WORDS.search`` of a rule paid for that."""
    __repr__ = LazyPattern.__repr__

    flags = property(lambda self: self.compiled.flags)
    groups = property(lambda self: self.compiled.groups)
    groupindex = property(lambda self: self.compiled.groupindex)
    scanner = property(lambda self: self.compiled.scanner)


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)

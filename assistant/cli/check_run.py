"""What ``jixiao check`` does, without click: the click command (``check.py``) and the plain command line
(``plain_args``, from ``main`` before click is loaded) both run ``run``."""
from __future__ import annotations

import json
import sys

from . import EXIT_ERROR, EXIT_FAIL, EXIT_SUCCESS

FLAGS = {"--json": "as_json", "--llm": "use_llm"}


def plain_args(argv: list[str]) -> tuple[list[str], bool, bool] | None:
    """``(files, as_json, use_llm)`` when ``argv`` is ``check`` with only these flags and file names (none starting
    with -, at least one); None for anything click must read (help, another command, an option it rejects)."""
    if argv[:1] != ["check"] or len(argv) < 2:
        return None
    import os
    if "_JIXIAO_COMPLETE" in os.environ:      # click's shell completion
        return None
    files, flags = [], set()
    for a in argv[1:]:
        if a in FLAGS:
            flags.add(FLAGS[a])
        elif a.startswith("-"):
            return None
        else:
            files.append(a)
    return (files, "as_json" in flags, "use_llm" in flags) if files else None


def run_plain(files: list[str], as_json: bool, use_llm: bool) -> None:
    """``run`` as click's standalone mode would end it: Ctrl-C is 已中止 (exit 1), a closed pipe exits 1 quietly."""
    try:
        code = run(files, as_json, use_llm, settle=True)
    except (EOFError, KeyboardInterrupt):
        from .zh import ZH
        sys.stderr.write("\n" + ZH["Aborted!"] + "\n")
        sys.stderr.flush()
        sys.exit(1)
    except OSError as e:
        import errno
        if e.errno != errno.EPIPE:
            raise
        from click.utils import PacifyFlushWrapper
        sys.stdout = PacifyFlushWrapper(sys.stdout)
        sys.stderr = PacifyFlushWrapper(sys.stderr)
        sys.exit(1)
    sys.exit(code)


def run(files: list[str], as_json: bool, use_llm: bool, settle: bool = False) -> int:
    """Read and review each file, print its report (or one JSON line); the exit code.

    A small declaration JSON that the plain twins read (``json_reader.read_plain``) is reviewed without
    pydantic; anything else — other formats, data pydantic must read or refuse, ``--llm`` — is read by
    ``review_file``, which is loaded on first use. Both give the same result (eval/same_output.py).

    ``settle``: this process is the command (``run_plain``), and what it has made by the end of the first file —
    the modules, their tables and patterns — lives until it exits: the garbage collector is told so
    (``gc.freeze``), and its collections on a batch no longer walk all of that again and again. Until then it does
    not collect at all (``gc.disable``: a collection then only walked the modules being loaded, kept whole anyway —
    3 M instructions of a one-form check); from the second file on it collects again."""
    if settle:
        import gc
        gc.disable()
    out, err = _Consoles(), _Consoles(stderr=True)    # rich is loaded only when something is printed with it
    engine = None
    if use_llm:
        from ..engine import get_engine
        engine = get_engine(llm=True, warn=lambda m: err.say(m, "yellow"))
    lines: list[bytes] = []    # JSON lines not yet written: one write per batch of them, not per form
    try:
        worst = _each(files, as_json, engine, lines, out, err, settle)
    finally:
        if settle:
            gc.enable()       # (whatever happened: collections again)
        _write(lines)
    sys.stdout.flush()
    return worst


_BATCH = 64     # JSON lines written at once


def _binary_stdout() -> tuple[object, str] | None:
    """(the byte stream under sys.stdout, its ``errors``) when it writes UTF-8: the JSON lines are written there as
    bytes (``jsontext.review_bytes``: the text the stream would write). None for any other stdout (another
    encoding, a stream of text only: a test's), which is given the lines as text."""
    import codecs
    buffer = getattr(sys.stdout, "buffer", None)
    encoding = getattr(sys.stdout, "encoding", None)
    try:
        utf8 = buffer is not None and codecs.lookup(encoding).name == "utf-8"
    except (LookupError, TypeError):
        return None
    return (buffer, getattr(sys.stdout, "errors", None) or "strict") if utf8 else None


def _write(lines: list[bytes]) -> None:
    if lines:
        data = b"\n".join(lines) + b"\n"
        lines.clear()
        binary = _binary_stdout()
        if binary is None:
            sys.stdout.write(data.decode("utf-8", "surrogatepass"))
        else:
            sys.stdout.flush()        # (what was written to sys.stdout as text goes first)
            binary[0].write(data)


def _each(files: list[str], as_json: bool, engine, lines: list[bytes], out: _Consoles, err: _Consoles,
          settle: bool = False) -> int:
    from ..errors import ReadError
    from ..importers.json_reader import read_plain
    from ..jsontext import review_bytes
    from ..review_one import review_form
    worst = EXIT_SUCCESS
    binary = _binary_stdout() if as_json else None
    errors = binary[1] if binary is not None else "surrogatepass"      # (text: decoded back as it was)
    general = None
    width = _UNSET       # the text report: the console's width when rich would not style it (render.plain_width)
    for n, path in enumerate(files):
        if n == 1 and settle:       # (after the first file, read or not: what it loaded stays)
            settle = _settle()
        imported = read_plain(path) if engine is None else None
        if imported is not None:
            result = review_form(imported.form, file=path, imported=imported)
        else:
            _write(lines)     # what was read so far is out before this file's messages (a scan's progress, an error)
            general = general or _general(len(files))
            try:
                with general.reporting(lambda m, path=path: err.say(f"{path}：{m}", "dim")):
                    result = general.review_file(path, engine=engine)     # a scan reports each page it reads by OCR
            except ReadError as e:
                worst = EXIT_ERROR
                if as_json:
                    sys.stdout.write(json.dumps({"file": path, "error": e.reason}, ensure_ascii=False) + "\n")
                err.say(f"无法读取 {path}：{e.reason}", "red")
                continue
        if result.report.has_errors and worst == EXIT_SUCCESS:
            worst = EXIT_FAIL
        if as_json:
            lines.append(review_bytes(result, errors))      # json.dumps(result.to_json()), in UTF-8
            if len(lines) >= _BATCH:
                _write(lines)
        else:
            from .render import plain_width, render_report, write_plain
            if width is _UNSET:
                width = plain_width()
            if width is None or not write_plain(sys.stdout.write, width, path, result.form, result.report):
                render_report(out.console, path, result.form, result.report)
            for w in result.warnings:
                err.say(f"{path}：{w}", "yellow")
    if settle:      # (a batch of one file)
        _settle()
    return worst


def _settle() -> bool:
    """What the process has made so far stays (``gc.freeze``); collections from now on (``gc.enable``). False."""
    import gc
    gc.freeze()
    gc.enable()
    return False


_UNSET = object()


def _general(forms: int):
    """The path for any file: the importers' registry and pydantic (loaded on the first file that needs it)."""
    from types import SimpleNamespace
    from ..importers.progress import reporting
    from ..model import build_models
    from ..review_one import review_file
    build_models(forms)       # many forms: pydantic-core reads and dumps them faster, once it is built
    return SimpleNamespace(reporting=reporting, review_file=review_file)


class _Consoles:
    """A rich console made on first use: a run that prints no message (nor a report it cannot write plainly)
    never imports rich."""

    def __init__(self, stderr: bool = False):
        self.stderr, self._console = stderr, None

    @property
    def console(self):
        if self._console is None:
            from rich.console import Console
            self._console = Console(stderr=self.stderr, highlight=False)
        return self._console

    def say(self, text: str, style: str) -> None:
        from rich.markup import escape
        self.console.print(f"[{style}]{escape(text)}[/{style}]", soft_wrap=True)

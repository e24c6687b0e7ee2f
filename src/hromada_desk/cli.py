"""The command line: the window by default, sub-commands for work without a screen.

Exit codes: 0 success, 1 a user error (one clear line on stderr, no traceback), 2 wrong usage.
The commands themselves live in ``cli_files`` and ``cli_documents``, imported only to run one;
Qt and the export libraries are imported only by the commands that need them, so that
``--version`` and the headless commands start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, Protocol, TextIO, TypeVar, cast

from hromada_desk import APP_NAME, __version__
from hromada_desk.console import utf8
from hromada_desk.domain.parsing import shown
from hromada_desk.errors import KnownError, os_reason
from hromada_desk.usage import EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR, UsageError

if TYPE_CHECKING:
    from _typeshed import SupportsWrite


class _Parser(argparse.ArgumentParser):
    """argparse with Ukrainian framing of its usage errors (exit 2), and --help and
    --version that fail like any report when stdout cannot take them (argparse drops
    them silently and exits 0)."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        stream = file or sys.stderr
        if not message or stream is None:
            return
        try:
            stream.write(message)
        except BrokenPipeError:
            raise
        except OSError as exc:
            if stream is sys.stderr:  # nowhere left to say it
                return
            raise KnownError(f"Не вдалося вивести результат: {os_reason(exc)}.") from exc

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        # argparse quotes the arguments it did not expect as they were typed
        self.exit(EXIT_USAGE, f"{self.prog}: неправильний виклик: {shown(message, 10_000)}\n")


# Each command's one-line help and the module (cli_files or cli_documents) that builds its
# arguments and runs it: the table is all the window and ``--version`` need of the commands.
_COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("записати демонстраційну громаду у новий файл", "files"),
    "new": ("створити файл громади за її кодом у КАТОТТГ", "files"),
    "check": ("перевірити цілісність і дані файлу громади", "files"),
    "needs": ("розрахунок потреб за Методикою № 787 за один рік", "documents"),
    "protocol": ("зберегти протокол засідання або витяг з нього у PDF або DOCX", "documents"),
    "notice": (
        "зберегти повідомлення про засідання (дата, час, місце, порядок денний)",
        "documents",
    ),
    "plan": ("зберегти план дій або звіт про його виконання у PDF або XLSX", "documents"),
    "statistics": ("зберегти статистику громади у робочу книгу XLSX", "documents"),
    "consolidate": ("звести файли кількох громад у робочу книгу XLSX для району", "documents"),
    "template": ("зберегти шаблон XLSX для збирання даних за рік", "documents"),
    "assignments": (
        "зберегти стан виконання доручень координаційної ради у PDF або XLSX",
        "documents",
    ),
    "due": (
        "що на черзі: прострочені й близькі доручення, наступне засідання, акція, дані "
        "за рік, план дій",
        "documents",
    ),
    "import": ("перенести дані із заповненого шаблону XLSX у файл громади", "files"),
    "link": ("пов’язати файл громади з КАТОТТГ: коди громади й населених пунктів", "files"),
    "katottg": ("знайти код громади, району чи області в КАТОТТГ", "files"),
    "restore": (
        "відновити файл громади з резервної копії (поточний стан теж зберігається)",
        "files",
    ),
}


class _CommandModule(Protocol):
    """What ``cli_files`` and ``cli_documents`` offer for each of their commands."""

    def add_arguments(self, name: str, parser: argparse.ArgumentParser) -> None: ...

    def run(self, name: str, args: argparse.Namespace, out: TextIO) -> int: ...


def _command_module(name: str) -> _CommandModule:
    if _COMMANDS[name][1] == "files":
        from hromada_desk import cli_files

        return cli_files
    from hromada_desk import cli_documents

    return cli_documents


def command_parser(name: str) -> _Parser:
    """The argument parser of command ``name`` (a key of ``_COMMANDS``)."""
    parser = _Parser(prog=f"{APP_NAME} {name}", description=_COMMANDS[name][0])
    _command_module(name).add_arguments(name, parser)
    return parser


def _gui_parser() -> _Parser:
    commands = "\n".join(f"  {name:<13}{help_}" for name, (help_, _) in _COMMANDS.items())
    parser = _Parser(
        prog=APP_NAME,
        description="Облік координаційної ради з питань запобігання та протидії домашньому "
        "насильству і розрахунок потреб за Методикою № 787.",
        epilog=f"Команди без вікна ({APP_NAME} КОМАНДА --help):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", metavar="ФАЙЛ", help="відкрити файл громади")
    parser.add_argument(
        "--demo", action="store_true", help="відкрити свіжу копію демонстраційної громади"
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    checks = parser.add_argument_group("перевірки (для тестів, збирання і вимірювань)")
    checks.add_argument(
        "--self-test",
        action="store_true",
        help="відкрити вікно, пройти всі сторінки, виконати розрахунок і "
        "експорт у тимчасову теку; код 0, якщо все вдалося",
    )
    checks.add_argument(
        "--screenshots",
        metavar="ТЕКА",
        help="зберегти знімки всіх сторінок і діалогів у ТЕКУ і вийти",
    )
    checks.add_argument(
        "--exit-when-ready", action="store_true", help="вийти, щойно вікно намалює першу сторінку"
    )
    return parser


_GUI_FLAGS = {"--demo": "demo", "--self-test": "self_test", "--exit-when-ready": "exit_when_ready"}


def _plain_gui_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The window's everyday command lines (a file, --demo, the unattended switches) read
    without argparse: building its parser looks up argparse's own gettext catalogues, several
    milliseconds on the way to the window. Anything else (--help, --version, --screenshots,
    abbreviations, mistakes) returns None and goes through ``_gui_parser``."""
    args = argparse.Namespace(
        file=None, demo=False, self_test=False, screenshots=None, exit_when_ready=False
    )
    for arg in argv:
        if arg in _GUI_FLAGS:
            setattr(args, _GUI_FLAGS[arg], True)
        elif arg.startswith("-") or args.file is not None:
            return None
        else:
            args.file = arg
    return None if args.demo and args.file else args


_T = TypeVar("_T")


class _Report(io.TextIOBase):
    """Where a command's report goes: a write that fails (a full disk, a closed stdout)
    ends the command with one clear line instead of a traceback or a report lost unsaid."""

    def __init__(self, stream: TextIO | None) -> None:
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        return self._do(lambda stream: stream.write(text))

    def flush(self) -> None:
        if self._stream is not None:  # a closed stdout has nothing waiting
            self._do(lambda stream: stream.flush())

    def _do(self, action: Callable[[TextIO], _T]) -> _T:
        if self._stream is None:
            raise KnownError("Не вдалося вивести результат: стандартний вивід закрито.")
        try:
            return action(self._stream)
        except BrokenPipeError:  # the reader went away: ``main`` ends quietly
            raise
        except OSError as exc:
            raise KnownError(f"Не вдалося вивести результат: {os_reason(exc)}.") from exc


def _say(err: TextIO, line: str) -> None:
    """The one line of a failed command; a stderr that cannot take it changes nothing."""
    with contextlib.suppress(OSError, ValueError):
        print(line, file=err, flush=True)


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    report = _Report(utf8(sys.stdout) if out is None else out)
    err = err or utf8(sys.stderr) or io.StringIO()  # stderr closed: nowhere to say it
    try:
        try:
            code = _run(argv, report, err)
        except SystemExit as exc:  # --help, --version and usage errors from argparse
            code = exc.code if isinstance(exc.code, int) else EXIT_USAGE
        if code == EXIT_OK:
            report.flush()  # a report that never reached stdout is no success
        return code
    except KnownError as exc:
        _say(err, f"{APP_NAME}: {exc}")
        return EXIT_USER_ERROR
    except BrokenPipeError:  # the reader (| head) went away: nothing more to say
        if sys.stdout is not None:  # and nothing more to flush into the closed pipe
            devnull = os.open(os.devnull, os.O_WRONLY)
            with contextlib.suppress(OSError, ValueError):
                os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        _say(err, f"{APP_NAME}: перервано")
        return EXIT_USER_ERROR


def _run(argv: list[str], report: _Report, err: TextIO) -> int:
    if argv and argv[0] in _COMMANDS:
        parser = command_parser(argv[0])
        args = parser.parse_args(argv[1:])
        args.err = err  # for warnings that do not stop a command
        try:
            return _command_module(argv[0]).run(argv[0], args, cast(TextIO, report))
        except UsageError as exc:
            parser.error(str(exc))
    args = _plain_gui_args(argv) or _gui_parser().parse_args(argv)
    if args.demo and args.file:
        _gui_parser().error("вкажіть або ФАЙЛ, або --demo")
    from hromada_desk.app import GuiOptions, run_gui

    return run_gui(
        GuiOptions(
            path=Path(args.file) if args.file else None,
            demo=args.demo,
            self_test=args.self_test,
            screenshots=Path(args.screenshots) if args.screenshots else None,
            exit_when_ready=args.exit_when_ready,
        )
    )


def run() -> NoReturn:
    """Console entry point (``hromada-desk`` and ``python -m hromada_desk``).

    A command without a window is a short-lived process: it runs without the cyclic garbage
    collector and, once its output is flushed and its files are closed, ends without tearing
    every module down — about a fifth of the time of a whole ``protocol`` command.

    The window starts without the collector too: start-up creates tens of thousands of
    long-lived objects (modules, Qt wrappers) that it would scan again and again. Once the
    window is painted they are frozen and collection resumes (see ``app.run_gui``).
    """
    argv = sys.argv[1:]
    headless = bool(argv) and argv[0] in _COMMANDS
    gc.disable()
    code = main(argv)
    if headless:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None: closed when the program started
                with contextlib.suppress(OSError, ValueError):
                    stream.flush()
        os._exit(code)
    sys.exit(code)

"""The command line: the window by default, sub-commands for work without a screen.

Exit codes: 0 success, 1 a user error (one clear line on stderr, no traceback), 2 wrong usage.
Qt and the export libraries are imported only by the commands that need them, so that
``--version`` and the headless commands start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from hromada_desk import APP_NAME, __version__
from hromada_desk.errors import KnownError

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse with Ukrainian framing of its usage errors (exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: неправильний виклик: {message}\n")


def _backup_policy():  # type: ignore[no-untyped-def]
    from hromada_desk.app import command_line_backup_policy

    return command_line_backup_policy()  # where the window's Settings say, as in the window


def _cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.services.demo import write_demo

    path = Path(args.path)
    if path.suffix != ".hromada":
        raise KnownError(f"Файл громади має мати розширення .hromada, а не «{path.name}».")
    with write_demo(path) as cf:
        from hromada_desk.storage.community_repo import get_community

        community = get_community(cf)
    print(f"Створено демонстраційну громаду «{community.name if community else ''}»: {path}",
          file=out)
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.services.check import check_file
    from hromada_desk.storage.database import open_file, read_header

    path = Path(args.file)
    stored_version = read_header(path).user_version
    with open_file(path, readonly=True) as cf:
        report = check_file(cf)
    years = ", ".join(str(y) for y in report.years) or "немає"
    version = str(stored_version)
    if stored_version < report.schema_version:
        version += (f" (застаріла: програма оновить файл до версії {report.schema_version}, "
                    "коли відкриє його для змін)")
    lines = [
        f"Файл: {path}",
        f"Версія схеми: {version}",
        f"Громада: {report.community.name if report.community else '— (не заповнено)'}",
        f"Населені пункти: {report.settlements}; роки з даними: {years}",
        f"Члени ради: {report.members}; засідання: {report.meetings}; "
        f"плани дій: {report.plans}",
        "Цілісність: " + ("гаразд" if not report.integrity else "ПОРУШЕНО"),
    ]
    lines += [f"  {problem}" for problem in report.integrity]
    errors = [f for f in report.findings if f.is_error]
    warnings = [f for f in report.findings if not f.is_error]
    lines.append(f"Перевірка даних: помилок {len(errors)}, попереджень {len(warnings)}")
    lines += [f"  {finding}" for finding in errors + warnings]
    print("\n".join(lines), file=out)
    if not report.usable:
        reason = ("файл пошкоджено" if report.integrity
                  else "у файлі немає даних громади")
        raise KnownError(f"Файлом «{path.name}» не можна користуватися: {reason}.")
    return EXIT_OK


def _read_document(name: str) -> object:
    import json

    try:
        if name == "-":
            text = sys.stdin.read()
        else:
            with open(name, encoding="utf-8-sig") as handle:
                text = handle.read()
    except FileNotFoundError:
        raise KnownError(f"Файл «{name}» не знайдено.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KnownError(f"Не вдалося прочитати «{name}» як текст UTF-8: {exc}.") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise KnownError(f"«{name}» не є правильним JSON: рядок {exc.lineno}, позиція "
                         f"{exc.colno}: {exc.msg}.") from None


def _cmd_needs(args: argparse.Namespace, out: TextIO) -> int:
    import json

    from hromada_desk.domain.needs import calculate
    from hromada_desk.services import needs

    if args.input is not None:
        if args.file is not None or args.year is not None:
            _command_parser("needs").error("з --input не вказують ФАЙЛ і --year")
        data = needs.input_from_document(_read_document(args.input))
    else:
        if args.file is None or args.year is None:
            _command_parser("needs").error("вкажіть ФАЙЛ і --year РІК або --input ДОКУМЕНТ.json")
        from hromada_desk.storage.database import open_file

        with open_file(Path(args.file), readonly=True) as cf:
            data = needs.input_from_file(cf, args.year)
    result = calculate(data)
    if args.json:
        json.dump(needs.result_as_json(result, data), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print(needs.result_as_text(result, data), file=out)
    return EXIT_OK


def _meeting_label(text: str) -> tuple[int, int]:
    """«1/2023» → (1, 2023)."""
    number, slash, year = text.strip().partition("/")
    if not (slash and number.isdigit() and year.isdigit() and len(year) == 4
            and int(number) > 0):
        raise KnownError(f"Номер засідання вказують як НОМЕР/РІК, наприклад 1/2023, а не "
                         f"«{text}».")
    return int(number), int(year)


def _cmd_protocol(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.services.protocol import protocol_for
    from hromada_desk.storage import council_repo
    from hromada_desk.storage.database import open_file

    number, year = _meeting_label(args.meeting)
    output = Path(args.output)
    if output.suffix.lower() not in (".pdf", ".docx"):
        raise KnownError(f"Протокол можна зберегти лише як PDF або DOCX, а не «{output.name}» "
                         "(вкажіть -o ФАЙЛ.pdf або -o ФАЙЛ.docx).")
    with open_file(Path(args.file), readonly=True) as cf:
        meeting = council_repo.find_meeting(cf, number, year)
        if meeting is None:
            raise KnownError(f"У файлі «{Path(args.file).name}» немає засідання №{number} "
                             f"за {year} рік.")
        data = protocol_for(cf, meeting)
    from hromada_desk.exports.protocol import export_protocol

    path = export_protocol(data, output, font_path=Path(args.font) if args.font else None)
    print(f"Протокол №{number} від {data.day:%d.%m.%Y} збережено: {path}", file=out)
    return EXIT_OK


def _suppress_below(text: str) -> int:
    if not text.isdigit() or int(text) < 2:
        raise argparse.ArgumentTypeError(f"очікується ціле число від 2, а не «{text}»")
    return int(text)


def _cmd_statistics(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.services.statistics import parse_years, statistics_for
    from hromada_desk.storage.database import open_file

    output = Path(args.output)
    if output.suffix.lower() != ".xlsx":
        raise KnownError(f"Статистику можна зберегти лише як XLSX, а не «{output.name}» "
                         "(вкажіть -o ФАЙЛ.xlsx).")
    years = parse_years(args.years) if args.years else None
    with open_file(Path(args.file), readonly=True) as cf:
        data = statistics_for(cf, years)
    from hromada_desk.exports.statistics import StatisticsOptions, export_statistics

    path = export_statistics(data, output, StatisticsOptions(args.suppress_below))
    shown = ", ".join(str(y) for y in data.years)
    print(f"Статистику за {shown} збережено: {path}", file=out)
    return EXIT_OK


def _cmd_consolidate(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.services.consolidate import consolidate
    from hromada_desk.services.statistics import parse_years

    output = Path(args.output)
    if output.suffix.lower() != ".xlsx":
        raise KnownError(f"Зведення можна зберегти лише як XLSX, а не «{output.name}» "
                         "(вкажіть -o ФАЙЛ.xlsx).")
    years = parse_years(args.years) if args.years else None
    # every file is read before anything is written: a bad file stops the whole command
    data = consolidate([Path(f) for f in args.files], years, skip_bad=args.skip_bad)
    from hromada_desk.exports.consolidate import export_consolidated
    from hromada_desk.exports.statistics import StatisticsOptions

    path = export_consolidated(data, output, StatisticsOptions(args.suppress_below))
    err = getattr(args, "err", None) or sys.stderr
    for bad in data.skipped:
        print(f"{APP_NAME}: пропущено {bad.path}: {bad.problem}", file=err)
    for duplicate in data.duplicates:
        print(f"Повторний файл враховано один раз: {duplicate}", file=out)
    shown = ", ".join(str(y) for y in data.years)
    skipped = f", пропущено файлів: {len(data.skipped)}" if data.skipped else ""
    print(f"Зведення за {shown} (громад: {len(data.communities)}{skipped}) збережено: {path}",
          file=out)
    return EXIT_OK


def _cmd_plan(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.exports.plan import check_format
    from hromada_desk.services.plan_export import choose_plan, period_reports
    from hromada_desk.storage.database import open_file

    output = Path(args.output)
    check_format(output)
    with open_file(Path(args.file), readonly=True) as cf:
        plan = choose_plan(cf, args.plan, Path(args.file).name)
        if args.report is not None:
            period, reports = period_reports(cf, plan, args.report)
    font = Path(args.font) if args.font else None
    if args.report is None:
        from hromada_desk.exports.plan import export_plan

        path = export_plan(plan, output, font_path=font)
        print(f"План дій {plan.period_start}–{plan.period_end} збережено: {path}", file=out)
    else:
        from hromada_desk.exports.plan import export_report

        path = export_report(plan, reports, period, output, font_path=font)
        print(f"Звіт про виконання плану дій за {period} збережено: {path}", file=out)
    return EXIT_OK


def _cmd_template(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.domain.records import MAX_YEAR, MIN_YEAR
    from hromada_desk.services.statistics_import import template_for
    from hromada_desk.storage.database import open_file

    output = Path(args.output)
    if output.suffix.lower() != ".xlsx":
        raise KnownError(f"Шаблон зберігають лише як XLSX, а не «{output.name}» "
                         "(вкажіть -o ФАЙЛ.xlsx).")
    if not MIN_YEAR <= args.year <= MAX_YEAR:
        raise KnownError(f"Рік має бути від {MIN_YEAR} до {MAX_YEAR}, а не {args.year}.")
    with open_file(Path(args.file), readonly=True) as cf:
        data = template_for(cf, args.year)
    from hromada_desk.exports.template import export_template

    path = export_template(data, output)
    print(f"Шаблон за {args.year} рік ({len(data.places)} населених пунктів) збережено: {path}",
          file=out)
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.imports.workbook import read_template
    from hromada_desk.services.statistics_import import apply_import, plan_import
    from hromada_desk.storage.database import open_file

    # the whole workbook is read and checked before the community file is opened
    filled = read_template(Path(args.workbook))
    backups = None if args.dry_run else _backup_policy()
    if not args.dry_run:
        _refuse_if_open_in_a_window(Path(args.file))
    with open_file(Path(args.file), readonly=args.dry_run, backups=backups) as cf:
        plan = plan_import(cf, filled)
        if not plan.changes:
            print(f"Усі значення за {plan.year} рік збігаються з файлом: змін немає.", file=out)
            return EXIT_OK
        if not args.dry_run:
            apply_import(cf, plan)
    lines = [f"{'Буде змінено' if args.dry_run else 'Змінено'} за {plan.year} рік "
             f"({len(plan.changes)}):"]
    lines += [f"  {change}" for change in plan.changes]
    if args.dry_run:
        lines.append("Це перевірка (--dry-run): файл громади не змінено.")
    print("\n".join(lines), file=out)
    return EXIT_OK


def _refuse_if_open_in_a_window(path: Path) -> None:
    """A window with the file open would write its own state back over this command's."""
    from hromada_desk.storage.lock_info import refuse_if_locked

    refuse_if_locked(path)


def _cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.storage.copies import restore_backup

    path, backup = Path(args.file), Path(args.backup)
    _refuse_if_open_in_a_window(path)
    existed = path.exists()
    saved = restore_backup(path, backup, _backup_policy())
    if not existed:
        print(f"Файл громади «{path}» створено з резервної копії «{backup}».", file=out)
        return EXIT_OK
    print(f"Файл громади «{path}» відновлено з резервної копії «{backup}».", file=out)
    if saved is not None:
        print(f"Попередній стан файлу збережено в резервній копії: {saved}", file=out)
    else:
        print("Попередній стан файлу не збережено: його не вдалося прочитати "
              "(файл був порожній або пошкоджений).", file=out)
    return EXIT_OK


_COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace, TextIO], int]]] = {
    "demo": ("записати демонстраційну громаду у новий файл", _cmd_demo),
    "check": ("перевірити цілісність і дані файлу громади", _cmd_check),
    "needs": ("розрахунок потреб за Методикою № 787 за один рік", _cmd_needs),
    "protocol": ("зберегти протокол засідання у PDF або DOCX", _cmd_protocol),
    "plan": ("зберегти план дій або звіт про його виконання у PDF або XLSX", _cmd_plan),
    "statistics": ("зберегти статистику громади у робочу книгу XLSX", _cmd_statistics),
    "consolidate": ("звести файли кількох громад у робочу книгу XLSX для району",
                    _cmd_consolidate),
    "template": ("зберегти шаблон XLSX для збирання даних за рік", _cmd_template),
    "import": ("перенести дані із заповненого шаблону XLSX у файл громади", _cmd_import),
    "restore": ("відновити файл громади з резервної копії (поточний стан теж зберігається)",
                _cmd_restore),
}


def _command_parser(name: str) -> _Parser:
    parser = _Parser(prog=f"{APP_NAME} {name}", description=_COMMANDS[name][0])
    if name == "demo":
        parser.add_argument("path", metavar="ФАЙЛ", help="новий файл .hromada")
    elif name == "check":
        parser.add_argument("file", metavar="ФАЙЛ", help="файл громади .hromada")
    elif name == "needs":
        parser.add_argument("file", nargs="?", metavar="ФАЙЛ", help="файл громади .hromada")
        parser.add_argument("--year", type=int, metavar="РІК", help="рік розрахунку")
        parser.add_argument("--input", metavar="ДОКУМЕНТ.json",
                            help="дані одного року у форматі JSON (див. README); - = stdin")
        parser.add_argument("--json", action="store_true",
                            help="вивести результат як JSON (числа з повною точністю)")
    elif name == "protocol":
        parser.add_argument("file", metavar="ФАЙЛ", help="файл громади .hromada")
        parser.add_argument("--meeting", required=True, metavar="НОМЕР/РІК",
                            help="засідання, наприклад 1/2023")
        parser.add_argument("-o", "--output", required=True, metavar="ВИХІД",
                            help="файл протоколу: .pdf або .docx")
        parser.add_argument("--font", metavar="ШРИФТ.ttf",
                            help="файл шрифту TrueType для PDF (типово Times New Roman, "
                                 "Liberation Serif або DejaVu Serif)")
    elif name == "plan":
        parser.add_argument("file", metavar="ФАЙЛ", help="файл громади .hromada")
        parser.add_argument("-o", "--output", required=True, metavar="ВИХІД",
                            help="файл документа: .pdf або .xlsx")
        parser.add_argument("--plan", type=int, metavar="НОМЕР",
                            help="номер плану у файлі (типово найновіший)")
        parser.add_argument("--report", metavar="ПЕРІОД",
                            help="звіт про виконання за рік (2024) або квартал (2024-Q1)")
        parser.add_argument("--font", metavar="ШРИФТ.ttf",
                            help="файл шрифту TrueType для PDF")
    elif name == "statistics":
        parser.add_argument("file", metavar="ФАЙЛ", help="файл громади .hromada")
        parser.add_argument("-o", "--output", required=True, metavar="ВИХІД.xlsx",
                            help="робоча книга Excel")
        parser.add_argument("--years", metavar="РІК-РІК",
                            help="роки, наприклад 2022-2023 або 2023 (типово всі)")
        parser.add_argument("--suppress-below", type=_suppress_below, metavar="N",
                            help="показники від 1 до N-1 показати як «<N»")
    elif name == "consolidate":
        parser.add_argument("files", nargs="+", metavar="ФАЙЛ", help="файли громад .hromada")
        parser.add_argument("-o", "--output", required=True, metavar="РАЙОН.xlsx",
                            help="робоча книга Excel зі зведенням")
        parser.add_argument("--skip-bad", action="store_true",
                            help="пропустити непридатні файли (і перелічити їх), а не зупинятися")
        parser.add_argument("--years", metavar="РІК-РІК",
                            help="роки, наприклад 2022-2023 або 2023 (типово всі)")
        parser.add_argument("--suppress-below", type=_suppress_below, metavar="N",
                            help="показники від 1 до N-1 показати як «<N»")
    elif name == "template":
        parser.add_argument("file", metavar="ФАЙЛ", help="файл громади .hromada")
        parser.add_argument("-o", "--output", required=True, metavar="ШАБЛОН.xlsx",
                            help="новий шаблон для заповнення")
        parser.add_argument("--year", type=int, required=True, metavar="РІК",
                            help="рік, за який збирають дані")
    elif name == "import":
        parser.add_argument("file", metavar="ФАЙЛ", help="файл громади .hromada")
        parser.add_argument("workbook", metavar="КНИГА.xlsx", help="заповнений шаблон")
        parser.add_argument("--dry-run", action="store_true",
                            help="лише показати, що зміниться (було → стане), нічого не "
                                 "записуючи")
    elif name == "restore":
        parser.add_argument("file", metavar="ФАЙЛ", help="файл громади .hromada, який відновити")
        parser.add_argument("backup", metavar="КОПІЯ",
                            help="резервна копія .hromada (з теки резервних копій програми)")
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
    parser.add_argument("--demo", action="store_true",
                        help="відкрити свіжу копію демонстраційної громади")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    checks = parser.add_argument_group("перевірки (для тестів, збирання і вимірювань)")
    checks.add_argument("--self-test", action="store_true",
                        help="відкрити вікно, пройти всі сторінки, виконати розрахунок і "
                             "експорт у тимчасову теку; код 0, якщо все вдалося")
    checks.add_argument("--screenshots", metavar="ТЕКА",
                        help="зберегти знімки всіх сторінок і діалогів у ТЕКУ і вийти")
    checks.add_argument("--exit-when-ready", action="store_true",
                        help="вийти, щойно вікно намалює першу сторінку")
    return parser


_GUI_FLAGS = {"--demo": "demo", "--self-test": "self_test", "--exit-when-ready": "exit_when_ready"}


def _plain_gui_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The window's everyday command lines (a file, --demo, the unattended switches) read
    without argparse: building its parser looks up argparse's own gettext catalogues, several
    milliseconds on the way to the window. Anything else (--help, --version, --screenshots,
    abbreviations, mistakes) returns None and goes through ``_gui_parser``."""
    args = argparse.Namespace(file=None, demo=False, self_test=False, screenshots=None,
                              exit_when_ready=False)
    for arg in argv:
        if arg in _GUI_FLAGS:
            setattr(args, _GUI_FLAGS[arg], True)
        elif arg.startswith("-") or args.file is not None:
            return None
        else:
            args.file = arg
    return None if args.demo and args.file else args


def _utf8(stream: TextIO) -> TextIO:
    """Pipes and files get UTF-8 whatever the code page (JSON and Ukrainian text need it)."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and not stream.isatty():
        reconfigure(encoding="utf-8")
    return stream


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if out is None:
        out = _utf8(sys.stdout)
    err = err or _utf8(sys.stderr)
    try:
        if argv and argv[0] in _COMMANDS:
            args = _command_parser(argv[0]).parse_args(argv[1:])
            args.err = err  # for warnings that do not stop a command
            return _COMMANDS[argv[0]][1](args, out)
        args = _plain_gui_args(argv) or _gui_parser().parse_args(argv)
        if args.demo and args.file:
            _gui_parser().error("вкажіть або ФАЙЛ, або --demo")
        from hromada_desk.app import GuiOptions, run_gui

        return run_gui(GuiOptions(
            path=Path(args.file) if args.file else None, demo=args.demo,
            self_test=args.self_test,
            screenshots=Path(args.screenshots) if args.screenshots else None,
            exit_when_ready=args.exit_when_ready))
    except KnownError as exc:
        print(f"{APP_NAME}: {exc}", file=err)
        return EXIT_USER_ERROR
    except SystemExit as exc:  # --help, --version and usage errors from argparse
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except BrokenPipeError:  # the reader (| head) went away: nothing more to say
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print(f"{APP_NAME}: перервано", file=err)
        return EXIT_USER_ERROR


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
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(code)
    sys.exit(code)


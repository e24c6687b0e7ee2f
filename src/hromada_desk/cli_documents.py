"""The headless commands that read community files and write a document or a report: needs,
protocol (and its extract), notice, plan, statistics, consolidate, template, assignments and
due (``cli`` imports this module only to run one of them)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from hromada_desk import APP_NAME
from hromada_desk.domain.limits import MAX_MEETING_NUMBER, MAX_POPULATION, MAX_YEAR, MIN_YEAR
from hromada_desk.domain.parsing import shown, shown_path, whole_in
from hromada_desk.errors import KnownError
from hromada_desk.usage import EXIT_OK, UsageError

if TYPE_CHECKING:
    from hromada_desk.documents.protocol import ProtocolData


def _file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="ФАЙЛ", help="файл громади .hromada")


def _output_option(parser: argparse.ArgumentParser, metavar: str, what: str) -> None:
    parser.add_argument("-o", "--output", required=True, metavar=metavar, help=what)


def _meeting_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--meeting", required=True, metavar="НОМЕР/РІК", help="засідання, наприклад 1/2023"
    )


def _font_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--font",
        metavar="ШРИФТ.ttf",
        help="файл шрифту TrueType для PDF (типово Times New Roman, "
        "Liberation Serif або DejaVu Serif)",
    )


def _years_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--years", metavar="РІК-РІК", help="роки, наприклад 2022-2023 або 2023 (типово всі)"
    )
    parser.add_argument(
        "--suppress-below",
        type=_suppress_below,
        metavar="N",
        help="показники від 1 до N-1 показати як «<N»",
    )


def _date_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--date", type=_day, metavar="ДАТА", help=what)


def add_arguments(name: str, parser: argparse.ArgumentParser) -> None:
    """The arguments of command ``name`` (one of ``RUNNERS``)."""
    if name == "needs":
        parser.add_argument("file", nargs="?", metavar="ФАЙЛ", help="файл громади .hromada")
        parser.add_argument("--year", type=_year, metavar="РІК", help="рік розрахунку")
        parser.add_argument(
            "--input",
            metavar="ДОКУМЕНТ.json",
            help="дані одного року у форматі JSON (див. README); - = stdin",
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help="вивести результат як JSON (числа з повною точністю)",
        )
    elif name == "protocol":
        _file_argument(parser)
        _meeting_option(parser)
        _output_option(parser, "ВИХІД", "файл протоколу: .pdf або .docx")
        parser.add_argument(
            "--extract",
            type=_item_number,
            metavar="ПИТАННЯ",
            help="зберегти витяг з протоколу: одне питання порядку денного (номер від 1)",
        )
        _font_option(parser)
    elif name == "notice":
        _file_argument(parser)
        _meeting_option(parser)
        _output_option(parser, "ВИХІД", "файл повідомлення: .pdf або .docx")
        _font_option(parser)
    elif name == "plan":
        _file_argument(parser)
        _output_option(parser, "ВИХІД", "файл документа: .pdf або .xlsx")
        parser.add_argument(
            "--plan",
            type=_plan_number,
            metavar="НОМЕР",
            help="номер плану у файлі (типово найновіший)",
        )
        parser.add_argument(
            "--report",
            metavar="ПЕРІОД",
            help="звіт про виконання за рік (2024) або квартал (2024-Q1)",
        )
        _font_option(parser)
    elif name == "statistics":
        _file_argument(parser)
        _output_option(parser, "ВИХІД.xlsx", "робоча книга Excel")
        _years_options(parser)
    elif name == "consolidate":
        parser.add_argument("files", nargs="+", metavar="ФАЙЛ", help="файли громад .hromada")
        _output_option(parser, "РАЙОН.xlsx", "робоча книга Excel зі зведенням")
        parser.add_argument(
            "--skip-bad",
            action="store_true",
            help="пропустити непридатні файли (і перелічити їх), а не зупинятися",
        )
        parser.add_argument(
            "--newer",
            action="store_true",
            help="якщо одну громаду подано кількома різними файлами, узяти "
            "новіший (за часом останньої зміни) і зазначити це у "
            "зведенні, а не зупинятися",
        )
        _years_options(parser)
    elif name == "template":
        _file_argument(parser)
        _output_option(parser, "ШАБЛОН.xlsx", "новий шаблон для заповнення")
        parser.add_argument(
            "--year", type=_year, required=True, metavar="РІК", help="рік, за який збирають дані"
        )
    elif name == "assignments":
        _file_argument(parser)
        _output_option(parser, "ВИХІД", "файл документа: .pdf або .xlsx")
        parser.add_argument(
            "--open-only",
            action="store_true",
            help="лише доручення на контролі (без виконаних і знятих з контролю)",
        )
        _date_option(parser, "станом на цей день, ДД.ММ.РРРР (типово сьогодні)")
        _font_option(parser)
    elif name == "due":
        _file_argument(parser)
        _date_option(parser, "що на черзі цього дня, ДД.ММ.РРРР (типово сьогодні)")


def run(name: str, args: argparse.Namespace, out: TextIO) -> int:
    """Run command ``name`` with its parsed arguments; its report goes to ``out``."""
    return RUNNERS[name](args, out)


def _year(text: str) -> int:
    year = whole_in(text, MIN_YEAR, MAX_YEAR)
    if year is None:
        raise argparse.ArgumentTypeError(
            f"очікується рік від {MIN_YEAR} до {MAX_YEAR}, а не «{shown(text)}»"
        )
    return year


def _day(text: str) -> dt.date:
    from hromada_desk.domain.deadlines import parse_day

    day = parse_day(text)
    if day is None:
        raise argparse.ArgumentTypeError(
            f"очікується дата ДД.ММ.РРРР від {MIN_YEAR} до {MAX_YEAR} року, а не «{shown(text)}»"
        )
    return day


def _plan_number(text: str) -> int:
    number = whole_in(text, 1, 2**63 - 1)  # a row id of the community file
    if number is None:
        raise argparse.ArgumentTypeError(
            f"очікується номер плану (ціле число від 1), а не «{shown(text)}»"
        )
    return number


def _read_document(name: str) -> object:
    from hromada_desk.services.json_input import read_json

    stdin = None
    if name == "-" and sys.stdin is not None:
        stdin = getattr(sys.stdin, "buffer", None)
        if stdin is None:  # a text stream put in place of stdin (tests, embedding)
            import io

            stdin = io.BytesIO(sys.stdin.read().encode("utf-8", "surrogatepass"))
    return read_json(name, stdin)


def _cmd_needs(args: argparse.Namespace, out: TextIO) -> int:
    import json

    from hromada_desk.domain.needs import calculate
    from hromada_desk.services import needs

    if args.input is not None:
        if args.file is not None or args.year is not None:
            raise UsageError("з --input не вказують ФАЙЛ і --year")
        from hromada_desk.documents.needs_year import input_from_document

        data = input_from_document(_read_document(args.input))
    else:
        if args.file is None or args.year is None:
            raise UsageError("вкажіть ФАЙЛ і --year РІК або --input ДОКУМЕНТ.json")
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
    number_text, slash, year_text = text.strip().partition("/")
    number = whole_in(number_text, 1, MAX_MEETING_NUMBER)
    year = whole_in(year_text, MIN_YEAR, MAX_YEAR)
    if not slash or number is None or year is None:
        raise KnownError(
            f"Номер засідання вказують як НОМЕР/РІК (номер від 1 до "
            f"{MAX_MEETING_NUMBER}, рік від {MIN_YEAR} до {MAX_YEAR}), наприклад "
            f"1/2023, а не «{shown(text)}»."
        )
    return number, year


def _item_number(text: str) -> int:
    number = whole_in(text, 1, MAX_MEETING_NUMBER)
    if number is None:
        raise argparse.ArgumentTypeError(
            f"очікується номер питання (ціле число від 1), а не «{shown(text)}»"
        )
    return number


def _meeting_protocol(args: argparse.Namespace, what: str) -> tuple[ProtocolData, Path]:
    """The protocol of --meeting in FILE (as it stands: frozen if finalised) and -o."""
    from hromada_desk.services.protocol import protocol_for
    from hromada_desk.storage import council_repo
    from hromada_desk.storage.database import open_file

    number, year = _meeting_label(args.meeting)
    output = _output(args.output, [args.file])
    if output.suffix.lower() not in (".pdf", ".docx"):
        raise KnownError(
            f"{what} можна зберегти лише як PDF або DOCX, а не "
            f"«{shown(output.name)}» (вкажіть -o ФАЙЛ.pdf або -o ФАЙЛ.docx)."
        )
    with open_file(Path(args.file), readonly=True) as cf:
        meeting = council_repo.find_meeting(cf, number, year)
        if meeting is None:
            raise KnownError(
                f"У файлі «{Path(args.file).name}» немає засідання №{number} за {year} рік."
            )
        return protocol_for(cf, meeting), output


def _cmd_protocol(args: argparse.Namespace, out: TextIO) -> int:
    extract = args.extract
    data, output = _meeting_protocol(args, "Протокол" if extract is None else "Витяг з протоколу")
    from hromada_desk.exports import protocol

    label = f"№{data.number} від {data.day:%d.%m.%Y}"
    if extract is None:
        path = protocol.export_protocol(data, output, font_path=_font(args.font))
        print(f"Протокол {label} збережено: {shown_path(path)}", file=out)
        _warn_contradictions(data, out)
    else:
        path = protocol.export_extract(data, extract, output, font_path=_font(args.font))
        print(
            f"Витяг з протоколу {label} (питання {extract}) збережено: {shown_path(path)}", file=out
        )
    return EXIT_OK


def _cmd_notice(args: argparse.Namespace, out: TextIO) -> int:
    data, output = _meeting_protocol(args, "Повідомлення про засідання")
    from hromada_desk.exports.protocol import export_notice

    path = export_notice(data, output, font_path=_font(args.font))
    print(
        f"Повідомлення про засідання №{data.number} від {data.day:%d.%m.%Y} збережено: "
        f"{shown_path(path)}",
        file=out,
    )
    return EXIT_OK


def _warn_contradictions(data: ProtocolData, out: TextIO) -> None:
    """A decision that contradicts its calculation, said in the report after the file's
    name (the document is the council's and stays as written; a success leaves stderr
    empty, as every command does)."""
    from hromada_desk.services.protocol import decision_contradictions

    for found in decision_contradictions(data):
        print(f"Увага: {found.describe()}", file=out)


def _font(name: str | None) -> Path | None:
    """--font: a file named, even by an empty name, is a file to find (not the default)."""
    return None if name is None else Path(name)


def _suppress_below(text: str) -> int:
    value = whole_in(text, 2, MAX_POPULATION)
    if value is None:
        raise argparse.ArgumentTypeError(
            f"очікується ціле число від 2 до {MAX_POPULATION}, а не «{shown(text)}»"
        )
    return value


def _output(output: str, inputs: list[str]) -> Path:
    """The -o of a command: a file, and none of the files the command reads."""
    from hromada_desk.exports.output import target_for

    return target_for(output, [Path(name) for name in inputs])


def _workbook_path(output: str, what: str, inputs: list[str]) -> Path:
    """The -o of a command that writes a workbook: only .xlsx («{what} лише як XLSX»)."""
    path = _output(output, inputs)
    if path.suffix.lower() != ".xlsx":
        raise KnownError(f"{what} лише як XLSX, а не «{shown(path.name)}» (вкажіть -o ФАЙЛ.xlsx).")
    return path


def _cmd_statistics(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.services.statistics import parse_years, statistics_for
    from hromada_desk.storage.database import open_file

    output = _workbook_path(args.output, "Статистику можна зберегти", [args.file])
    years = parse_years(args.years) if args.years is not None else None
    with open_file(Path(args.file), readonly=True) as cf:
        data = statistics_for(cf, years)
    from hromada_desk.exports.statistics import StatisticsOptions, export_statistics

    path = export_statistics(data, output, StatisticsOptions(args.suppress_below))
    span = ", ".join(str(y) for y in data.years)
    print(f"Статистику за {span} збережено: {shown_path(path)}", file=out)
    return EXIT_OK


def _cmd_consolidate(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.services.consolidate import consolidate
    from hromada_desk.services.statistics import parse_years

    output = _workbook_path(args.output, "Зведення можна зберегти", args.files)
    years = parse_years(args.years) if args.years is not None else None
    # every file is read before anything is written: a bad file stops the whole command
    data = consolidate(
        [Path(f) for f in args.files], years, skip_bad=args.skip_bad, newer=args.newer
    )
    from hromada_desk.exports.consolidate import export_consolidated
    from hromada_desk.exports.statistics import StatisticsOptions

    path = export_consolidated(data, output, StatisticsOptions(args.suppress_below))
    err = getattr(args, "err", None) or sys.stderr
    for bad in data.skipped:
        print(f"{APP_NAME}: пропущено {shown_path(bad.path)}: {bad.problem}", file=err)
    for replacement in data.replaced:
        print(f"{APP_NAME}: {replacement.text(shown_path)}", file=err)
    for duplicate in data.duplicates:
        print(f"Повторний файл враховано один раз: {shown_path(duplicate)}", file=out)
    span = ", ".join(str(y) for y in data.years)
    skipped = f", пропущено файлів: {len(data.skipped)}" if data.skipped else ""
    print(
        f"Зведення за {span} (громад: {len(data.communities)}{skipped}) збережено: "
        f"{shown_path(path)}",
        file=out,
    )
    last = data.years[-1]
    for rayon in data.coverage:  # counted against the codifier: the «Район» sheet lists them
        if rayon.sent.get(last):
            print(f"{last}: {rayon.sentence(last)} ({rayon.edition}).", file=out)
    return EXIT_OK


def _cmd_plan(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.exports.plan import check_format
    from hromada_desk.services.plan_export import author_of, choose_plan, report_for
    from hromada_desk.storage.database import open_file

    output = _output(args.output, [args.file])
    check_format(output)
    with open_file(Path(args.file), readonly=True) as cf:
        plan = choose_plan(cf, args.plan, Path(args.file).name)
        report = report_for(cf, plan, args.report) if args.report is not None else None
        author = author_of(cf)
    font = _font(args.font)
    if report is None:
        from hromada_desk.exports.plan import export_plan

        path = export_plan(plan, output, font_path=font, author=author)
        print(
            f"План дій {plan.period} збережено: {shown_path(path)}",
            file=out,
        )
    else:
        from hromada_desk.exports.plan import export_report

        path = export_report(report, output, font_path=font, author=author)
        print(
            f"Звіт про виконання плану дій за {report.period} збережено: {shown_path(path)}",
            file=out,
        )
    return EXIT_OK


def _cmd_template(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.services.statistics_import import template_for
    from hromada_desk.storage.database import open_file

    output = _workbook_path(args.output, "Шаблон зберігають", [args.file])
    with open_file(Path(args.file), readonly=True) as cf:
        data = template_for(cf, args.year)
    from hromada_desk.exports.template import export_template

    path = export_template(data, output)
    print(
        f"Шаблон за {args.year} рік ({len(data.places)} населених пунктів) збережено: "
        f"{shown_path(path)}",
        file=out,
    )
    return EXIT_OK


def _cmd_assignments(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.exports.assignments import check_format
    from hromada_desk.services.assignments import report_for
    from hromada_desk.storage.database import open_file

    output = _output(args.output, [args.file])
    check_format(output)
    with open_file(Path(args.file), readonly=True) as cf:
        report = report_for(cf, args.date or dt.date.today(), open_only=args.open_only)
    from hromada_desk.exports.assignments import export_assignments

    path = export_assignments(report, output, font_path=_font(args.font))
    which = "на контролі" if args.open_only else "усього"
    print(
        f"Стан виконання доручень станом на {report.as_of:%d.%m.%Y} (доручень {which}: "
        f"{len(report.rows)}) збережено: {shown_path(path)}",
        file=out,
    )
    return EXIT_OK


def _cmd_due(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.services.assignments import due_on
    from hromada_desk.storage.database import open_file

    today = args.date or dt.date.today()
    with open_file(Path(args.file), readonly=True) as cf:
        entries = due_on(cf, today)
    print(
        f"На черзі станом на {today:%d.%m.%Y}:"
        if entries
        else f"Станом на {today:%d.%m.%Y} нічого не на черзі.",
        file=out,
    )
    for entry in entries:
        print(f"- {shown(entry.text, 10_000)}", file=out)
        for detail in entry.details:
            print(f"    {shown(detail, 10_000)}", file=out)
    return EXIT_OK


RUNNERS = {
    "needs": _cmd_needs,
    "protocol": _cmd_protocol,
    "notice": _cmd_notice,
    "plan": _cmd_plan,
    "statistics": _cmd_statistics,
    "consolidate": _cmd_consolidate,
    "template": _cmd_template,
    "assignments": _cmd_assignments,
    "due": _cmd_due,
}

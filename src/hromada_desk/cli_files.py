"""The headless commands that create, check, change or restore a community file: demo, new,
check, import, link and restore, and katottg to find a code (``hromada-desk КОМАНДА``; ``cli``
imports this module only to run one)."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import TextIO

from hromada_desk import APP_NAME
from hromada_desk.domain.parsing import shown, shown_path
from hromada_desk.errors import KnownError
from hromada_desk.usage import EXIT_OK

SHOWN_UNITS = 30  # what ``katottg`` lists; more: the search is to be narrowed
FIND_CODE = f"Знайти код громади: {APP_NAME} katottg НАЗВА (кілька літер назви)."


def add_arguments(name: str, parser: argparse.ArgumentParser) -> None:
    """The arguments of command ``name`` (one of ``RUNNERS``)."""
    if name == "demo":
        parser.add_argument("path", metavar="ФАЙЛ", help="новий файл .hromada")
    elif name == "new":
        parser.add_argument("path", metavar="ФАЙЛ", help="новий файл .hromada")
        parser.add_argument(
            "--katottg",
            metavar="КОД",
            required=True,
            help="код територіальної громади в КАТОТТГ (UA і 17 цифр): "
            "з нього — назви, область, район, усі населені пункти з "
            "типами й кодами, адміністративний центр",
        )
        parser.add_argument(
            "--council-kind",
            choices=("сільська", "селищна", "міська"),
            help="вид ради, якщо не той, що за типом центру громади (місто "
            "— міська, селище — селищна, село — сільська)",
        )
    elif name == "link":
        parser.add_argument("file", metavar="ФАЙЛ", help="файл громади .hromada")
        parser.add_argument(
            "--katottg",
            metavar="КОД",
            help="код громади в КАТОТТГ (без нього — код, уже записаний у "
            "файлі, або громада, знайдена за назвою, областю й районом)",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="лише показати зіставлення, нічого не записуючи"
        )
    elif name == "katottg":
        parser.add_argument(
            "text",
            metavar="ТЕКСТ",
            help="кілька літер назви громади, району чи області (або початок коду)",
        )
    elif name == "check":
        parser.add_argument("file", metavar="ФАЙЛ", help="файл громади .hromada")
    elif name == "import":
        parser.add_argument("file", metavar="ФАЙЛ", help="файл громади .hromada")
        parser.add_argument("workbook", metavar="КНИГА.xlsx", help="заповнений шаблон")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="лише показати, що зміниться (було → стане), нічого не записуючи",
        )
    elif name == "restore":
        parser.add_argument("file", metavar="ФАЙЛ", help="файл громади .hromada, який відновити")
        parser.add_argument(
            "backup",
            metavar="КОПІЯ",
            help="резервна копія .hromada (з теки резервних копій програми)",
        )
        parser.add_argument(
            "--other-community",
            action="store_true",
            help="відновити, навіть якщо копія належить іншій громаді, ніж "
            "файл (поточний стан файлу однаково зберігається)",
        )


def run(name: str, args: argparse.Namespace, out: TextIO) -> int:
    """Run command ``name`` with its parsed arguments; its report goes to ``out``."""
    return RUNNERS[name](args, out)


def _backup_policy():  # type: ignore[no-untyped-def]
    from hromada_desk.app import command_line_backup_policy

    return command_line_backup_policy()  # where the window's Settings say, as in the window


def _cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.services.demo import write_demo

    path = Path(args.path)
    if path.suffix != ".hromada":
        raise KnownError(f"Файл громади має мати розширення .hromada, а не «{shown(path.name)}».")
    with write_demo(path) as cf:
        from hromada_desk.storage.community_repo import get_community

        community = get_community(cf)
    print(
        f"Створено демонстраційну громаду «{community.name if community else ''}»: "
        f"{shown_path(path)}",
        file=out,
    )
    return EXIT_OK


def _cmd_new(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.domain.codifier import shipped
    from hromada_desk.services.codifier import community_by_code
    from hromada_desk.services.new_community import create_community, options_from_codifier

    codifier = shipped()
    try:
        community = community_by_code(codifier, args.katottg)
    except KnownError as exc:
        raise KnownError(exc.message, FIND_CODE) from None
    options = options_from_codifier(community, args.council_kind)
    create_community(Path(args.path), options).close()
    print(
        f"Створено громаду «{options.name}» ({community.code}, {codifier.title}; "
        f"населених пунктів: {len(options.settlements)}, центр — "
        f"{community.centre.display_name}): {shown_path(args.path)}",
        file=out,
    )
    return EXIT_OK


def _cmd_link(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.domain.codifier import shipped
    from hromada_desk.services.codifier import apply_link, plan_link
    from hromada_desk.storage.database import open_file

    path = Path(args.file)
    if not args.dry_run:
        _refuse_if_open_in_a_window(path)
    cf = open_file(path, readonly=args.dry_run, backups=None if args.dry_run else _backup_policy())
    try:
        plan = plan_link(cf, shipped(), args.katottg)
        if plan.changes and not args.dry_run:
            cf.backup_before("link")  # refused here, before anything is written
            apply_link(cf, plan)
    except BaseException:
        with contextlib.suppress(KnownError):  # what stopped the link is what to tell
            cf.close()
        raise
    cf.close()
    unit = plan.community.unit
    if not plan.changes:
        verb = "Файл уже пов’язано з"
    else:
        verb = "Буде пов’язано з" if args.dry_run else "Пов’язано з"
    total = len(plan.matched) + len(plan.unmatched)
    lines = [
        f"{verb} {unit.code} — {unit.label} ({plan.title}).",
        f"Населені пункти з кодом: {len(plan.matched)} з {total}.",
    ]
    if plan.unmatched:
        lines.append(f"Без коду — перевірте назву й тип або залиште як є ({len(plan.unmatched)}):")
        lines += [f"  {shown(str(item), 300)}" for item in plan.unmatched]
    if plan.missing:
        lines.append(f"У кодифікаторі, але не у файлі ({len(plan.missing)}):")
        lines += [f"  {s.display_name} ({s.code})" for s in plan.missing]
    if args.dry_run:
        lines.append("Це перевірка (--dry-run): файл громади не змінено.")
    print("\n".join(lines), file=out)
    return EXIT_OK


def _cmd_katottg(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.domain.codifier import shipped

    codifier = shipped()
    found = codifier.search(args.text, limit=SHOWN_UNITS + 1)
    if not found:
        raise KnownError(
            f"У {codifier.title} нічого не знайдено за «{shown(args.text)}».",
            "Спробуйте кілька перших літер назви.",
        )
    lines = [f"{unit.code}  {unit.label}" for unit in found[:SHOWN_UNITS]]
    if len(found) > SHOWN_UNITS:
        lines.append(f"… показано перші {SHOWN_UNITS}; уточніть пошук.")
    lines.append(f"({codifier.title})")
    print("\n".join(lines), file=out)
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
        version += (
            f" (застаріла: програма оновить файл до версії {report.schema_version}, "
            "коли відкриє його для змін)"
        )
    lines = [
        f"Файл: {shown_path(path)}",
        f"Версія схеми: {version}",
        f"Громада: {report.community.name if report.community else '— (не заповнено)'}",
        f"Населені пункти: {report.settlements}; роки з даними: {years}",
        f"Члени ради: {report.members}; засідання: {report.meetings}; плани дій: {report.plans}",
        "Цілісність: " + ("гаразд" if not report.integrity else "ПОРУШЕНО"),
    ]
    lines += [f"  {problem}" for problem in report.integrity]
    errors = [f for f in report.findings if f.is_error]
    warnings = [f for f in report.findings if not f.is_error]
    lines.append(f"Перевірка даних: помилок {len(errors)}, попереджень {len(warnings)}")
    lines += [f"  {finding}" for finding in errors + warnings]
    print("\n".join(lines), file=out)
    if not report.usable:
        reason = "файл пошкоджено" if report.integrity else "у файлі немає даних громади"
        raise KnownError(f"Файлом «{shown(path.name)}» не можна користуватися: {reason}.")
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
    cf = open_file(Path(args.file), readonly=args.dry_run, backups=backups)
    try:
        plan = plan_import(cf, filled)  # refuses all that the write would, dry run or not
        if plan.changes and not args.dry_run:
            cf.backup_before("import")  # refused here, before anything is written
            apply_import(cf, plan)
    except BaseException:
        with contextlib.suppress(KnownError):  # what stopped the import is what to tell
            cf.close()
        raise
    try:
        cf.close()  # after a write: the «close» backup, which may fail
        not_backed_up = None
    except KnownError as exc:  # the import is written all the same: say so, and warn
        not_backed_up = " ".join(str(exc).split())
    if not plan.changes:
        print(f"Усі значення за {plan.year} рік збігаються з файлом: змін немає.", file=out)
        return EXIT_OK
    lines = [
        f"{'Буде змінено' if args.dry_run else 'Змінено'} за {plan.year} рік ({len(plan.changes)}):"
    ]
    lines += [f"  {change}" for change in plan.changes]
    if plan.warnings:
        lines.append(f"Попередження ({len(plan.warnings)}), перевірте ці значення:")
        lines += [
            f"  {f.subject}: {f.message}" if f.subject else f"  {f.message}" for f in plan.warnings
        ]
    if args.dry_run:
        lines.append("Це перевірка (--dry-run): файл громади не змінено.")
    print("\n".join(lines), file=out)
    if not_backed_up is not None:
        print(
            f"{APP_NAME}: попередження: зміни записано, але резервну копію після запису не "
            f"зроблено: {not_backed_up}",
            file=args.err,
        )
    return EXIT_OK


def _refuse_if_open_in_a_window(path: Path) -> None:
    """A window with the file open would write its own state back over this command's."""
    from hromada_desk.storage.lock_info import refuse_if_locked

    refuse_if_locked(path)


def _cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from hromada_desk.storage.copies import restore_backup

    path, backup = Path(args.file), Path(args.backup)
    _refuse_if_open_in_a_window(path)
    restored = restore_backup(path, backup, _backup_policy(), other_community=args.other_community)
    if restored.created:
        print(
            f"Файл громади «{shown_path(path)}» створено з резервної копії «{shown_path(backup)}».",
            file=out,
        )
        return EXIT_OK
    print(
        f"Файл громади «{shown_path(path)}» відновлено з резервної копії «{shown_path(backup)}».",
        file=out,
    )
    if restored.saved is not None:
        print(
            f"Попередній стан файлу збережено в резервній копії: {shown_path(restored.saved)}",
            file=out,
        )
    elif restored.damaged_copy is not None:
        print(
            "Попередній файл був пошкоджений; його вміст збережено як "
            f"{shown_path(restored.damaged_copy)} (відновити з нього не можна).",
            file=out,
        )
    else:
        print("Попередній файл був порожній: зберігати не було чого.", file=out)
    return EXIT_OK


RUNNERS = {
    "demo": _cmd_demo,
    "new": _cmd_new,
    "check": _cmd_check,
    "import": _cmd_import,
    "link": _cmd_link,
    "restore": _cmd_restore,
    "katottg": _cmd_katottg,
}

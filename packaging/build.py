"""Build the frozen bundle with PyInstaller and smoke-test it; optionally the portable zip.

    pip install -e '.[build]'                  # once: PyInstaller, and the .qm translations
    python packaging/build.py                  # dist/hromada-desk/ (+ smoke test)
    python packaging/build.py --portable-zip   # also dist/hromada-desk-portable-VERSION.zip
    python packaging/build.py --installer      # Windows: also the Inno Setup installer

Installs nothing itself. Work files go to build/, results to dist/ (both ignored by git).
Exit code 0 only if the build and every smoke test passed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from hromada_desk.console import utf8_output

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "hromada_desk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
NAME = "hromada-desk"
BUNDLE = DIST / NAME
WINDOWS = sys.platform == "win32"
SIZE_BUDGET_MB = 150
SELF_TEST_TIMEOUT = 300

PORTABLE_TEXT = """\
Портативний режим hromada-desk.

Поки цей файл лежить поруч із програмою, налаштування, резервні копії, журнали і
демонстраційні копії зберігаються в теці «data» поруч із нею (на флешці), а не на комп'ютері.
Файли громад (.hromada) зберігайте там, де вам зручно, наприклад у теці поруч.
Щоб вимкнути портативний режим, видаліть цей файл.
"""


class BuildError(Exception):
    pass


def version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise BuildError("no version in pyproject.toml")
    return match.group(1)


def step(message: str) -> None:
    print(f"\n== {message}", flush=True)


def executable(folder: Path, console: bool = True) -> Path:
    """The program in a bundle folder; on Windows the console twin for captured output."""
    if WINDOWS:
        return folder / (f"{NAME}-cli.exe" if console else f"{NAME}.exe")
    return folder / NAME


def run_pyinstaller() -> None:
    step(f"PyInstaller {SPEC.relative_to(ROOT)} → {BUNDLE.relative_to(ROOT)}")
    icons = PACKAGING / "make_icons.py"
    if icons.exists():
        subprocess.run([sys.executable, str(icons)], check=True, cwd=ROOT)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        raise BuildError("PyInstaller failed")


def check_contents(folder: Path) -> None:
    """What the program looks for at run time is where it looks for it."""
    internal = folder / "_internal"
    needed = [
        internal / "resources" / "demo" / "lanna.json",
        internal / "resources" / "help" / "needs_uk.html",
        internal / "resources" / "katottg" / "katottg.txt.gz",
        internal / "hromada_desk" / "translations" / "hromada_desk_uk.qm",
        internal / "hromada_desk" / "translations" / "hromada_desk_en.qm",
    ]
    missing = [str(p.relative_to(folder)) for p in needed if not p.is_file()]
    if not list(internal.rglob("qtbase_uk.qm")):
        missing.append("Qt's qtbase_uk.qm")
    if not list(internal.rglob("*Qt6Charts*")):
        missing.append("QtCharts library")
    if missing:
        raise BuildError("missing from the bundle: " + ", ".join(missing))
    unwanted = sorted(
        {
            p.name
            for p in internal.rglob("*")
            if re.search(r"Qt6(WebEngine|Quick|Qml|Pdf|Multimedia|3D)|qpdf|opengl32sw", p.name)
        }
    )
    if unwanted:
        raise BuildError("unused Qt libraries in the bundle: " + ", ".join(unwanted))
    print(
        "contents: resources, translations, QtCharts present; no WebEngine/Quick/Qml/Pdf, "
        "no PDF image format, no software OpenGL"
    )


def folder_size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1_000_000


def smoke_env(data_dir: Path | None, home: Path) -> dict[str, str]:
    """Offscreen Qt; a throw-away home so nothing of the builder's settings leaks in or out."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in (
            "HROMADA_DESK_DATA_DIR",
            "HROMADA_DESK_PORTABLE_DIR",
            "PYTHONPATH",
            "PYTHONHOME",
            "VIRTUAL_ENV",
        )
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    for variable in (
        "HOME",
        "USERPROFILE",
        "APPDATA",
        "LOCALAPPDATA",
        "XDG_DATA_HOME",
        "XDG_CONFIG_HOME",
        "XDG_CACHE_HOME",
    ):
        env[variable] = str(home)
    if data_dir is not None:
        env["HROMADA_DESK_DATA_DIR"] = str(data_dir)
    return env


def run_checked(
    command: list[str], env: dict[str, str], cwd: Path, expect: str | None = None
) -> str:
    shown = " ".join([Path(command[0]).name, *command[1:]])
    started = time.monotonic()
    try:
        done = subprocess.run(
            command,
            env=env,
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=SELF_TEST_TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        raise BuildError(f"{shown}: no answer in {SELF_TEST_TIMEOUT} s") from exc
    elapsed = time.monotonic() - started
    output = (done.stdout + done.stderr).strip()
    print(f"$ {shown}   → exit {done.returncode}, {elapsed:.1f} s")
    if output:
        print("  " + output.replace("\n", "\n  "))
    if done.returncode != 0:
        raise BuildError(f"{shown} ended with exit code {done.returncode}")
    if expect is not None and expect not in output:
        raise BuildError(f"{shown}: «{expect}» not in its output")
    return output


def smoke_test(folder: Path, ver: str) -> None:
    step(f"smoke test of {folder}")
    with tempfile.TemporaryDirectory(prefix="hromada-smoke-") as temp:
        temp_path = Path(temp)
        data, home = temp_path / "data", temp_path / "home"
        home.mkdir()
        env = smoke_env(data, home)
        program = str(executable(folder))
        run_checked([program, "--version"], env, temp_path, expect=f"{NAME} {ver}")
        run_checked([program, "--demo", "--self-test"], env, temp_path, expect="гаразд")
        if WINDOWS:  # the windowed executable has no console: only its exit code counts
            run_checked(
                [str(executable(folder, console=False)), "--demo", "--self-test"], env, temp_path
            )
        community = temp_path / "smoke.hromada"
        run_checked([program, "demo", str(community)], env, temp_path)
        run_checked([program, "check", str(community)], env, temp_path, expect="гаразд")
        run_checked(
            [
                program,
                "protocol",
                str(community),
                "--meeting",
                "1/2023",
                "-o",
                str(temp_path / "protocol.docx"),
            ],
            env,
            temp_path,
        )
        if not (data / "demo").is_dir():
            raise BuildError("the demo copy did not go to HROMADA_DESK_DATA_DIR")
        leaked = [str(p.relative_to(home)) for p in home.rglob("*") if p.is_file()]
        if leaked:
            raise BuildError("files written outside HROMADA_DESK_DATA_DIR: " + ", ".join(leaked))


def make_portable_zip(ver: str) -> Path:
    target = DIST / f"{NAME}-portable-{ver}.zip"
    step(f"portable zip → {target.relative_to(ROOT)}")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(BUNDLE.rglob("*")):
            if path.is_file():
                archive.write(path, Path(NAME) / path.relative_to(BUNDLE))
        archive.writestr(f"{NAME}/portable.txt", PORTABLE_TEXT)
    print(f"{target.name}: {target.stat().st_size / 1_000_000:.1f} MB")
    return target


def unzip(archive_path: Path, into: Path) -> None:
    """Extract keeping the executable bits (zipfile alone drops them)."""
    with zipfile.ZipFile(archive_path) as archive:
        for info in archive.infolist():
            extracted = Path(archive.extract(info, into))
            mode = info.external_attr >> 16
            if mode and not WINDOWS:
                extracted.chmod(mode & 0o777)


def fill_template(workbook: Path) -> None:
    """Type one indicator (5.1 = 777) into a data-collection template, as a village would."""
    import openpyxl

    book = openpyxl.load_workbook(workbook)
    book["Показники"]["C4"] = 777
    book.save(workbook)


def test_portable_zip(archive_path: Path) -> None:
    step("portable mode: unzip, run without HROMADA_DESK_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="hromada-stick-") as temp:
        temp_path = Path(temp)
        stick, home = temp_path / "stick", temp_path / "home"
        home.mkdir()
        unzip(archive_path, stick)
        folder = stick / NAME
        if not (folder / "portable.txt").is_file():
            raise BuildError("portable.txt missing from the zip")
        env = smoke_env(None, home)
        program = str(executable(folder))
        run_checked([program, "--demo", "--self-test"], env, temp_path, expect="гаразд")
        # a change through the command line: closing a changed file takes a backup
        community, workbook = stick / "громада.hromada", stick / "шаблон.xlsx"
        run_checked([program, "demo", str(community)], env, temp_path)
        run_checked(
            [program, "template", str(community), "-o", str(workbook), "--year", "2023"],
            env,
            temp_path,
        )
        fill_template(workbook)
        run_checked(
            [program, "import", str(community), str(workbook)], env, temp_path, expect="Змінено"
        )
        data = folder / "data"
        found = sorted(p.relative_to(data).as_posix() for p in data.rglob("*"))
        print("  data/: " + ", ".join(f for f in found if f.count("/") <= 1))
        problems = []
        if not list(data.glob("settings/**/settings.json")):
            problems.append("no settings file in data/settings")
        if not list(data.glob("demo/demo-*/*.hromada")):
            problems.append("no demo copy in data/demo")
        if not list(data.glob("backups/**/*.hromada*")):
            problems.append("no backup in data/backups")
        leaked = [str(p.relative_to(home)) for p in home.rglob("*") if p.is_file()]
        if leaked:
            problems.append("files written to the user's folders: " + ", ".join(leaked))
        if problems:
            raise BuildError("portable mode not honoured: " + "; ".join(problems))
        print("portable mode honoured: settings, backups and demo copies are in data/")


def build_installer(ver: str) -> Path:
    step("Inno Setup installer")
    compiler = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    if compiler is None and (default / "Inno Setup 6" / "ISCC.exe").exists():
        compiler = str(default / "Inno Setup 6" / "ISCC.exe")
    if compiler is None:
        raise BuildError("Inno Setup 6 (ISCC.exe) not found")
    done = subprocess.run(
        [
            compiler,
            f"/DAppVersion={ver}",
            f"/DBundleDir={BUNDLE}",
            f"/DOutputDir={DIST}",
            str(PACKAGING / "hromada-desk.iss"),
        ],
        capture_output=True,
        text=True,
        errors="replace",
    )
    # not a line for each section line and each of the bundle's 3,000 files, unless it failed
    routine = ("Compressing: ", "Parsing [", "Reading file: ")
    for line in (done.stdout + done.stderr).splitlines():
        if done.returncode != 0 or not line.strip().startswith(routine):
            print("  " + line)
    if done.returncode != 0:
        raise BuildError(f"Inno Setup's compiler ended with exit code {done.returncode}")
    return DIST / f"{NAME}-setup-{ver}.exe"


def main(argv: list[str] | None = None) -> int:
    utf8_output()  # a Windows runner's pipes are cp1252: «→» and the smoke tests' Ukrainian
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--portable-zip",
        action="store_true",
        help="also write and test dist/hromada-desk-portable-VERSION.zip",
    )
    parser.add_argument(
        "--installer",
        action="store_true",
        help="also build the Inno Setup installer (Windows only)",
    )
    parser.add_argument(
        "--skip-build",
        action="store_true",
        help="test the existing dist/hromada-desk instead of rebuilding it",
    )
    args = parser.parse_args(argv)
    ver = version()
    try:
        if args.installer and not WINDOWS:
            raise BuildError("the installer is built on Windows only")
        if not args.skip_build:
            run_pyinstaller()
        check_contents(BUNDLE)
        size = folder_size_mb(BUNDLE)
        verdict = "within" if size < SIZE_BUDGET_MB else "OVER"
        print(f"bundle size: {size:.1f} MB unpacked ({verdict} the {SIZE_BUDGET_MB} MB budget)")
        smoke_test(BUNDLE, ver)
        if args.portable_zip:
            test_portable_zip(make_portable_zip(ver))
        if args.installer:
            print(f"installer: {build_installer(ver)}")
        if size >= SIZE_BUDGET_MB:
            raise BuildError(f"bundle is {size:.1f} MB, over the {SIZE_BUDGET_MB} MB budget")
    except (BuildError, subprocess.CalledProcessError) as exc:
        print(f"\nBUILD FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"\nOK: {NAME} {ver} built and smoke-tested ({size:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

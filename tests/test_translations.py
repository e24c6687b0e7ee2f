"""The interface's translations: complete for Ukrainian, and in step with the source code."""

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "translations"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_ukrainian_message_is_translated():
    unfinished = []
    for (context, source), message in messages(TS / "hromada_desk_uk.ts").items():
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text]
        if translation.get("type") == "unfinished" or not all(texts):
            unfinished.append(f"{context}: {source}")
        if message.get("numerus") == "yes":
            assert len(forms) == 3, f"{context}: {source} needs three Ukrainian plural forms"
    assert unfinished == []


def test_placeholders_survive_translation():
    for (context, source), message in messages(TS / "hromada_desk_uk.ts").items():
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for placeholder in ("%1", "%2", "%3"):
            if placeholder in source:
                assert all(placeholder in t for t in texts), f"{context}: {source}"


def test_no_message_without_a_context():
    assert not [key for key in messages(TS / "hromada_desk_uk.ts") if not key[0]]


def test_english_plurals_are_filled():
    for (context, source), message in messages(TS / "hromada_desk_en.ts").items():
        if message.get("numerus") == "yes":
            forms = [f.text for f in message.find("translation").iter("numerusform")]
            assert len(forms) == 2 and all(forms), f"{context}: {source}"


def test_translation_files_match_the_source(tmp_path):
    import importlib.util

    if shutil.which("pyside6-lupdate") is None and not (
        Path(__import__("sys").executable).with_name("pyside6-lupdate").exists()
    ):
        pytest.skip("pyside6-lupdate is not installed")
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in ("hromada_desk_uk.ts", "hromada_desk_en.ts"):
        shutil.copy(TS / name, tmp_path / name)
    module.update(tmp_path)
    for name in ("hromada_desk_uk.ts", "hromada_desk_en.ts"):
        assert set(messages(tmp_path / name)) == set(messages(TS / name)), (
            f"{name} is out of date: run packaging/update_translations.py and translate"
        )

"""reportlab imported with its long patterns compiled on first use: they still match, the
rest of the program's patterns are compiled as always, and re.compile is left as it was;
Pillow loaded only when a picture is drawn."""

from __future__ import annotations

import os
import re
import subprocess
import sys

CHECK = """
import re
compile_ = re.compile
from hromada_desk.exports.reportlab_import import LazyPattern, import_platypus
import_platypus()
assert re.compile is compile_
from reportlab.platypus import paragraph
from reportlab.lib import rl_safe_eval
assert isinstance(paragraph.uri_pat, LazyPattern), type(paragraph.uri_pat)
assert isinstance(rl_safe_eval.__rl_unsafe_re__, LazyPattern)
assert paragraph.uri_pat.match("Коржиха") is None
assert paragraph.uri_pat._compiled is None  # a word without «://» compiles nothing
assert paragraph._uri_split_pairs("https://rada.gov.ua/laws/show") is not None
assert paragraph.uri_pat.match("not a link") is None
assert paragraph.uri_pat.match("HTTPS://RADA.GOV.UA/laws") is not None
from reportlab.lib import textsplit
assert isinstance(textsplit.rx, LazyPattern)
assert textsplit.rx.findall("a中b") == ["中"]
assert rl_safe_eval.__rl_unsafe_re__.search("x.__globals__")
assert isinstance(re.compile("a" * 400), re.Pattern)
print("ok")
"""


def test_reportlabs_long_patterns_are_made_on_first_use():
    # a fresh process: this one may have imported reportlab already
    done = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=False
    )
    assert done.stdout.strip() == "ok", done.stderr


def test_a_second_call_changes_nothing():
    from hromada_desk.exports.reportlab_import import import_platypus

    import_platypus()
    import_platypus()
    assert re.compile.__module__ == "re"


PILLOW = """
import sys
from hromada_desk.exports.reportlab_import import import_platypus
import_platypus()
from reportlab.lib import utils
assert "PIL._imaging" not in sys.modules, "Pillow loaded with reportlab"
# a picture still works: Pillow loads when it is first used
from PySide6.QtGui import QGuiApplication, QImage, QColor
app = QGuiApplication([])
picture = QImage(30, 20, QImage.Format.Format_RGB32)
picture.fill(QColor("red"))
assert picture.save(sys.argv[1])
reader = utils.ImageReader(sys.argv[1])
assert reader.getSize() == (30, 20), reader.getSize()
assert "PIL._imaging" in sys.modules
from PIL import Image
assert isinstance(Image.open(sys.argv[1]), Image.Image)
print("ok")
"""


def test_pillow_loads_only_when_a_picture_is_drawn(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", PILLOW, str(tmp_path / "picture.png")],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip() == "ok", done.stderr

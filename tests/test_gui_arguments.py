"""The window's everyday command lines skip argparse (start-up time) but mean the same."""

import pytest

from hromada_desk.cli import _gui_parser, _plain_gui_args


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["Ланна.hromada"],
        ["/tmp/a b/Ланна.hromada", "--exit-when-ready"],
        ["--exit-when-ready", "x.hromada"],
        ["--demo"],
        ["--demo", "--self-test"],
        ["--self-test", "--self-test"],
        ["--demo", "--exit-when-ready"],
    ],
)
def test_plain_command_lines_read_as_argparse_reads_them(argv):
    plain = _plain_gui_args(argv)
    assert plain is not None
    assert vars(plain) == vars(_gui_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["--screenshots", "shots"],
        ["--demo", "x.hromada"],
        ["a.hromada", "b.hromada"],
        ["--exit"],
        ["-"],
        ["--", "-x.hromada"],
    ],
)
def test_anything_else_is_left_to_argparse(argv):
    assert _plain_gui_args(argv) is None

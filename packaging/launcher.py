"""Entry script of the frozen bundle (PyInstaller): the same as the ``hromada-desk`` command."""

from hromada_desk.cli import run

if __name__ == "__main__":
    run()

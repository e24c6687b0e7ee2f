"""Known errors: problems of the environment or the input, with a message fit to show a person."""


class KnownError(Exception):
    """An expected failure (bad file, locked, disk full...) carrying a Ukrainian message.

    ``message`` says what happened, ``advice`` what the person can do about it.
    Everything that is not a KnownError is a bug.
    """

    def __init__(self, message: str, advice: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.advice = advice

    def __str__(self) -> str:
        return f"{self.message} {self.advice}".strip()


class StorageError(KnownError):
    """The community file cannot be created, opened or written."""


class InputError(KnownError):
    """Data given to the program (a file, a document, a value) is not acceptable."""


_OS_REASONS = {
    "ENOENT": "такої теки не існує",
    "ENOTDIR": "такої теки не існує",
    "EACCES": "немає дозволу на запис",
    "EPERM": "немає дозволу на запис",
    "ENOSPC": "на диску закінчилося місце",
    "EDQUOT": "вичерпано дозволене місце на диску",
    "EFBIG": "файл завеликий для цього диска",
    "EROFS": "носій доступний лише для читання",
    "EISDIR": "це тека, а не файл",
    "ENAMETOOLONG": "задовга назва файлу або шлях",
    "EIO": "помилка введення-виведення (чи не від’єднано носій?)",
    "EBUSY": "файл зайнятий іншою програмою",
    "ETXTBSY": "файл зайнятий іншою програмою",
    "EPIPE": "читач виводу закрився",
}


def os_reason(exc: OSError) -> str:
    """What went wrong with a file or a stream, in Ukrainian where the reason is a usual one
    (the system's own words otherwise)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    return _OS_REASONS.get(name) or exc.strerror or exc.__class__.__name__

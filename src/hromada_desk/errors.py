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

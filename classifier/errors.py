"""Errors that reach the analyst as one clear line."""

from pathlib import Path


class InputError(Exception):
    """A file that cannot be read as what it claims to be.

    `str(error)` is the one line shown to the analyst: the file, then the problem.
    """

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

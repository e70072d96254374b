"""Limits on the extraction of one article, enforced around the extractor: its size and its running time.

An article over the size limit is refused before extraction starts. An extraction still running when
its time is up is stopped: a watchdog thread raises an exception inside the extracting thread (at its
next Python instruction), so the caller gets `BudgetExceeded` and nothing of that article is kept. The
exception derives from BaseException, so the extractor's own `except Exception` handlers cannot
swallow it.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

MAX_ARTICLE_CHARS = 200_000  # title and body; the longest bundled article has about 2,500
MAX_ARTICLE_SECONDS = 20.0  # a bundled article takes about 2 ms


@dataclass(frozen=True)
class Budget:
    """Per article: at most `chars` characters (title and body) and `seconds` of extraction; 0 = no limit."""

    chars: int = MAX_ARTICLE_CHARS
    seconds: float = MAX_ARTICLE_SECONDS


DEFAULT_BUDGET = Budget()


class BudgetExceeded(Exception):
    """An article over its size or time limit; `str()` is the reason, on one line."""


class _Deadline(BaseException):
    """Raised inside the extracting thread when its time is up (never seen outside `run_within`)."""


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> int:
    return ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


def run_within(seconds: float, work: Callable[[], T]) -> T:
    """`work()`, stopped with BudgetExceeded when it runs longer than `seconds` (0 or less: no limit)."""
    if seconds <= 0:
        return work()
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if state["done"]:
                return
            state["fired"] = True
            _set_async_exc(thread_id, _Deadline)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    try:
        try:
            timer.start()
            return work()
        finally:
            with lock:
                state["done"] = True
            timer.cancel()
            if state["fired"]:
                _set_async_exc(thread_id, None)  # a stop requested but not yet delivered: withdraw it
    except _Deadline:
        raise BudgetExceeded(f"extraction stopped after {seconds:g} s (the time limit for one article)") from None


def check_size(title: str, body: str, budget: Budget = DEFAULT_BUDGET) -> None:
    """BudgetExceeded when the article is longer than the budget allows."""
    size = len(title) + len(body)
    if budget.chars > 0 and size > budget.chars:
        raise BudgetExceeded(f"too long to extract: {size:,} characters (the limit for one article is "
                             f"{budget.chars:,})")


def extract_within(extractor: Callable[[object], Iterable[T]], article, budget: Budget | None = None) -> list[T]:
    """The events of one article, within the budget's size and time limits (BudgetExceeded otherwise)."""
    budget = budget or DEFAULT_BUDGET
    check_size(article.title, article.body, budget)
    return run_within(budget.seconds, lambda: list(extractor(article)))

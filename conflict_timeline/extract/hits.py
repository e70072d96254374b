"""The spans a sentence's stages hand on: a hit (a span of the sentence), a trigger hit (an event
word with its trigger) and a mention (an actor or a place)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..gazetteer import Entry
from .rules import Trigger


@dataclass
class _Hit:
    start: int  # offsets in the sentence (original text)
    end: int
    text: str


@dataclass
class _TriggerHit(_Hit):
    trigger: Trigger = field(default=None)  # type: ignore[assignment]
    norm_start: int = 0


@dataclass
class _Mention(_Hit):
    actor: Entry | None = None
    place: Entry | None = None
    adjective: bool = False
    weak: bool = False  # matched through a low-priority alias
    weak_actor: bool = False  # the actor reading came from a low-priority alias (العراقية -> Iraq)
    inner: bool = False  # a place inside an actor's name: used only when the sentence names no other

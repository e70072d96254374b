"""The store's upkeep: the chain of columnar segments heals after a crash, stale temporaries go, and a
store in a read-only folder can be read."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from conflict_timeline import cli
from conflict_timeline.errors import StoreError
from conflict_timeline.segments import _Segments
from conflict_timeline.store import EventStore
from tests.test_store import _comparable, _full_read, article, event


def _ingest(store: EventStore, n: int) -> None:
    a = article(f"A{n}")
    store.ingest([a], [event(a, actor=f"Actor {n % 4}"), event(a, 2, event_type="denial")])


def test_a_gap_in_the_segment_chain_heals_on_the_next_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "seg.sqlite"
    store = EventStore(path)
    for n in range(3):
        _ingest(store, n)
    with monkeypatch.context() as m:  # a crash between the commit and its segment
        m.setattr(_Segments, "write_pending", lambda self, pending: None)
        _ingest(store, 3)
    for n in range(4, 60):
        _ingest(store, n)
    files = list(store.snapshot_path.glob("*.parquet"))
    assert len(files) <= _Segments.MAX_SEGMENTS + 1, len(files)
    store_id = store.get_meta("store_id")
    assert store._segments.gaps(store_id, store._deletions()) == []
    store.close()
    reader = EventStore(path)
    frame = reader.events_frame(merged=False)
    reader.close()
    assert len(frame) == 120
    pd.testing.assert_frame_equal(_comparable(frame), _comparable(_full_read(path)))


def test_a_gap_heals_on_the_next_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "seg.sqlite"
    store = EventStore(path)
    for n in range(30):
        if n == 5:
            with monkeypatch.context() as m:
                m.setattr(_Segments, "write_pending", lambda self, pending: None)
                m.setattr(EventStore, "_heal_segments", lambda self: None)
                _ingest(store, n)
        else:
            with monkeypatch.context() as m:
                m.setattr(EventStore, "_heal_segments", lambda self: None)  # as an older version wrote them
                _ingest(store, n)
    store.close()
    assert len(list(path.with_name(path.name + ".frames").glob("*.parquet"))) > 20
    reader = EventStore(path)
    assert len(reader.events_frame(merged=False)) == 60
    files = list(reader.snapshot_path.glob("*.parquet"))
    assert reader._segments.gaps(reader.get_meta("store_id"), reader._deletions()) == []
    assert len(files) <= _Segments.MAX_SEGMENTS + 1
    reader.close()


def test_stale_temporary_segments_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "seg.sqlite"
    store = EventStore(path)
    _ingest(store, 0)
    folder = store.snapshot_path
    old, fresh = folder / ".x.parquet.1.tmp", folder / ".y.parquet.2.tmp"
    for tmp in (old, fresh):
        tmp.write_bytes(b"partial")
    hours_ago = time.time() - 3 * 3600
    os.utime(old, (hours_ago, hours_ago))
    _ingest(store, 1)
    assert not old.exists() and fresh.exists()  # a young one may belong to a writer at work
    store.close()


# ----------------------------------------------------------------------------- read-only stores


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make `folder` read-only for this process: permissions, or (as root, who ignores them) a
    read-only bind mount; skips the test when neither is possible."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
        for p in modes:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    mount = shutil.which("mount")
    if mount is None or subprocess.run([mount, "--bind", str(folder), str(folder)], capture_output=True).returncode:
        pytest.skip("cannot make a folder read-only here (root without bind mounts)")
    try:
        if subprocess.run([mount, "-o", "remount,ro,bind", str(folder)], capture_output=True).returncode:
            pytest.skip("cannot remount a folder read-only here")
        yield
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)


def _stored(tmp_path: Path) -> Path:
    folder = tmp_path / "ro"
    folder.mkdir()
    store = EventStore(folder / "events.sqlite")
    for n in range(3):
        _ingest(store, n)
    store.close()
    return folder / "events.sqlite"


def test_export_and_stats_read_a_store_in_a_read_only_folder(tmp_path: Path) -> None:
    db = _stored(tmp_path)
    with read_only(db.parent):
        with pytest.raises(OSError):
            (db.parent / "probe").write_text("x")  # the folder is really read-only
        out, err = io.StringIO(), io.StringIO()
        assert cli.main(["stats", "--db", str(db)], out=out, err=err) == 0, err.getvalue()
        assert "events: 6 reports" in out.getvalue()
        out, err = io.StringIO(), io.StringIO()
        assert cli.main(["export", "--format", "jsonl", "--db", str(db)], out=out, err=err) == 0, err.getvalue()
        assert len(out.getvalue().splitlines()) >= 3


def test_a_read_only_store_refuses_writes_and_keeps_the_data(tmp_path: Path) -> None:
    db = _stored(tmp_path)
    store = EventStore(db, readonly=True)
    assert store.counts()["events"] == 6
    with pytest.raises(Exception, match=r"readonly|read-only"):
        _ingest(store, 9)
    store.close()
    assert EventStore(db).counts()["events"] == 6


def test_read_only_open_of_a_missing_store_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"missing\.sqlite"):
        EventStore(tmp_path / "missing.sqlite", readonly=True)
    assert not (tmp_path / "missing.sqlite").exists()

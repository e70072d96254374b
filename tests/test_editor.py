"""Who may write to the store from the dashboard: the editor password (hashed, checked in constant time),
the local-viewer rule when none is set, and the check made at the write itself, not only by hiding forms."""

from __future__ import annotations

import datetime
import io
import os
import tomllib

import pytest

from conflict_timeline import editor_password as ep
from conflict_timeline.cli import main
from conflict_timeline.store import EventStore
from tests.conftest import REPO_ROOT
from tests.test_app import (  # noqa: F401  (fixtures used by name)
    ARTICLE,
    EDITOR_PASSWORD,
    _articles_page,
    _as_after_the_first_request,
    _open,
    data_env,
    editor_hash,
    local_viewer,
)

FAST = 1_000  # iterations: tests only


# ----------------------------------------------------------------------------- the hash


def test_a_hash_checks_its_password_only() -> None:
    stored = ep.hash_password("s3cret pass", iterations=FAST)
    assert stored.startswith(f"{ep.SCHEME}${FAST}$") and "s3cret" not in stored
    assert ep.check_password("s3cret pass", stored)
    for wrong in ("s3cret pas", "S3cret pass", "", None, "s3cret pass " * 100):
        assert not ep.check_password(wrong, stored)


def test_each_hash_has_its_own_salt() -> None:
    one, two = ep.hash_password("same", iterations=FAST), ep.hash_password("same", iterations=FAST)
    assert one != two and ep.check_password("same", one) and ep.check_password("same", two)
    salt = b"0123456789abcdef"
    assert ep.hash_password("same", FAST, salt) == ep.hash_password("same", FAST, salt)


def test_the_default_cost_is_the_documented_one() -> None:
    assert ep.ITERATIONS >= 600_000
    iterations, salt, key = ep.parse_hash(ep.hash_password("x", salt=b"s" * 16))
    assert iterations == ep.ITERATIONS and salt == b"s" * 16 and len(key) == 32


def test_the_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    stored = ep.hash_password("pw", iterations=FAST)
    calls = []
    real = ep.hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(ep.hmac, "compare_digest", spy)
    assert ep.check_password("pw", stored) and not ep.check_password("nope", stored)
    assert len(calls) == 2


@pytest.mark.parametrize("bad", ["", "plain-text-password", "pbkdf2_sha256$10$c2FsdA$aGFzaA",
                                 "md5$1000$c2FsdA$aGFzaA", "pbkdf2_sha256$many$c2FsdA$aGFzaA",
                                 "pbkdf2_sha256$1000$$" + "A" * 43, "pbkdf2_sha256$1000$c2FsdA$!!"])
def test_a_malformed_stored_hash_is_an_error_not_a_wrong_password(bad: str) -> None:
    with pytest.raises(ep.BadHash):
        ep.check_password("anything", bad)


def test_empty_or_huge_passwords_cannot_be_set() -> None:
    with pytest.raises(ValueError):
        ep.hash_password("")
    with pytest.raises(ValueError):
        ep.hash_password("x" * (ep.MAX_PASSWORD_CHARS + 1))


def test_the_command_prints_a_secrets_line_that_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ep, "ITERATIONS", FAST)
    out, err = io.StringIO(), io.StringIO()
    assert main(["editor-password", "--stdin"], out, err, io.StringIO("open sesame\n")) == 0
    secrets = tomllib.loads(out.getvalue())
    assert ep.check_password("open sesame", secrets[ep.SECRET_KEY])
    assert "secrets.toml" in err.getvalue()
    assert main(["editor-password", "--stdin"], io.StringIO(), err, io.StringIO("\n")) == 2


def test_the_server_listens_on_this_machine_only_and_secrets_stay_out_of_git() -> None:
    config = tomllib.loads((REPO_ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "127.0.0.1"
    assert config["server"]["enableXsrfProtection"] is True
    assert ".streamlit/secrets.toml" in (REPO_ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(("address", "local"), [("127.0.0.1", True), ("127.0.0.2", True), ("::1", True),
                                                ("::ffff:127.0.0.1", True), ("192.168.1.5", False),
                                                ("10.0.0.1", False), ("2001:db8::1", False), ("", False),
                                                (None, False), ("localhost", False)])
def test_loopback_addresses(address: str | None, local: bool) -> None:
    from conflict_timeline.ui.editor import is_loopback

    assert is_loopback(address) is local


# ----------------------------------------------------------------------------- the dashboard


def _counts() -> dict[str, int]:
    with EventStore(os.environ["CONFLICT_TIMELINE_DB"], readonly=True) as store:
        return store.counts()


def _paste(at) -> None:
    at.radio(key="add_mode").set_value("Paste text").run()
    at.text_area(key="add_paste").input(ARTICLE).run()
    at.date_input(key="add_published").set_value(datetime.date(2024, 3, 4)).run()
    assert not at.exception, [e.value for e in at.exception]


@pytest.mark.parametrize("password", [None, "wrong password"])
def test_a_save_without_the_right_password_is_refused(data_env: str, editor_hash: str,  # noqa: F811
                                                      password: str | None) -> None:
    at = _articles_page({ep.SECRET_KEY: editor_hash}, password)
    _paste(at)  # the form is shown to anyone when a password is set: the password is checked at the save
    before = _counts()
    at.button(key="add_save").click().run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert errors and ("Wrong editor password" in errors[0] if password else "Type the editor password" in errors[0])
    assert not at.success
    assert _counts() == before


@pytest.mark.usefixtures("local_viewer")
def test_a_password_once_set_is_needed_on_this_machine_too(data_env: str, editor_hash: str) -> None:  # noqa: F811
    at = _articles_page({ep.SECRET_KEY: editor_hash}, "not it")
    _paste(at)
    before = _counts()
    at.button(key="add_save").click().run()
    assert [e.value for e in at.error] and _counts() == before


def test_without_a_password_a_viewer_of_unknown_address_cannot_write_even_with_the_form_shown(
        data_env: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    from conflict_timeline.ui import editor

    hidden = _articles_page()
    notes = " ".join(c.value for c in hidden.caption) + " ".join(i.value for i in hidden.info)
    assert "Editing is off" in notes and "editor-password" in notes and "secrets.toml" in notes
    assert not [r for r in hidden.radio if r.key == "add_mode"]

    monkeypatch.setattr(editor, "editor_box", lambda: True)  # the form shown as if editing were on
    at = _articles_page()
    _paste(at)
    before = _counts()
    at.button(key="add_save").click().run()
    assert not at.exception
    assert any("Only a viewer on this machine" in e.value for e in at.error)
    assert not at.success and _counts() == before


def test_a_viewer_from_another_machine_cannot_write_without_a_password(
        data_env: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    from conflict_timeline.ui import editor

    monkeypatch.setattr(editor, "peer_address", lambda: "192.168.1.20")
    monkeypatch.setattr(editor, "editor_box", lambda: True)
    at = _articles_page()
    _paste(at)
    before = _counts()
    at.button(key="add_save").click().run()
    assert any("Only a viewer on this machine" in e.value for e in at.error)
    assert _counts() == before


def test_dating_an_article_is_a_write_and_needs_the_password(data_env: str, editor_hash: str,  # noqa: F811
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    with EventStore(os.environ["CONFLICT_TIMELINE_DB"], readonly=True) as store:
        articles = store.articles_frame()
    article_id = str(articles.loc[articles["published"].isna(), "article_id"].iloc[0])

    viewer = _open("pages/articles.py", article=article_id)  # no password, unknown address: no form
    assert not [d for d in viewer.date_input if d.key == f"redate_{article_id}"]
    assert any("An editor can set the date" in w.value for w in viewer.warning)

    at = _articles_page({ep.SECRET_KEY: editor_hash}, "wrong")
    at.text_input(key="article").input(article_id).run()
    at.date_input(key=f"redate_{article_id}").set_value(datetime.date(2024, 3, 4)).run()
    before = _counts()
    at.button(key=f"redate_{article_id}_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Wrong editor password" in e.value for e in at.error)
    assert _counts() == before
    with EventStore(os.environ["CONFLICT_TIMELINE_DB"], readonly=True) as store:
        assert store.article(article_id).published is None


@pytest.mark.usefixtures("local_viewer")
def test_a_local_viewer_may_write_without_a_password(data_env: str) -> None:  # noqa: F811
    at = _articles_page()
    assert any("Editing is open to viewers on this machine" in c.value for c in at.caption)
    _paste(at)
    before = _counts()
    at.button(key="add_save").click().run()
    assert not at.exception and not at.error
    assert at.success and at.success[0].value.startswith("Saved: 1 new article")
    assert _counts()["articles"] == before["articles"] + 1


def test_a_proxied_local_connection_is_not_a_local_viewer(monkeypatch: pytest.MonkeyPatch) -> None:
    from conflict_timeline.ui import editor

    monkeypatch.setattr(editor, "peer_address", lambda: "127.0.0.1")
    monkeypatch.setattr(editor, "_proxied", lambda: True)
    assert not editor.local_viewer()
    monkeypatch.setattr(editor, "_proxied", lambda: False)
    assert editor.local_viewer()

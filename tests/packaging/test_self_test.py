"""``exitdesk --self-test``: passes on a working installation, and any failing check turns into
one plain report line and exit status 1, never a traceback."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

import exitdesk.app.session as session_module
from exitdesk import APP_NAME, __version__, selftest
from exitdesk.vault import VaultError

CHECK_NAMES = (
    "create a vault",
    "write and read a participant",
    "lock and unlock",
    "integrity check",
    "encrypted on disk",
    "bundle build and verify",
    "translations",
    "keyring backend",
    "lock the vault",
    "remove temporary files",
)


def _line(report: str, name: str) -> str:
    found = [line for line in report.splitlines() if f"  {name}  " in line]
    assert len(found) == 1, report
    return found[0]


def _status(report: str, name: str) -> str:
    return _line(report, name).split()[0]


def _run_in_process(private_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.setattr("tempfile.tempdir", str(private_tmp))
    out = io.StringIO()
    code = selftest.run_self_test(out)
    return code, out.getvalue()


@pytest.fixture
def private_tmp(tmp_path: Path) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    return folder


def test_the_installed_app_passes_its_self_test_in_a_fresh_environment(tmp_path: Path) -> None:
    home = tmp_path / "home"
    temp = tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        TMPDIR=str(temp),
        QT_QPA_PLATFORM="offscreen",
        # Any use of the OS keyring would fail loudly; the self-test must not need one.
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    result = subprocess.run(
        [sys.executable, "-m", "exitdesk", "--self-test"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == f"{APP_NAME} {__version__} self-test"
    for name in CHECK_NAMES:
        assert _status(result.stdout, name) == "ok", result.stdout
        assert _line(result.stdout, name).split(f"  {name}  ")[1].lstrip()[0].isdigit()
    assert lines[-1].startswith(f"self-test passed: {len(CHECK_NAMES)} checks ok in ")
    assert len(lines) == len(CHECK_NAMES) + 2
    # Everything it made is gone, and it never wrote into the user's home.
    assert list(temp.iterdir()) == []
    assert not any(p.is_file() for p in home.rglob("*"))
    assert _line(result.stdout, "keyring backend").endswith(
        "turned off by PYTHON_KEYRING_BACKEND; new vaults run without device binding"
    )


def test_a_check_that_raises_reports_one_plain_line_and_exit_status_1(
    private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_open(*args: object, **kwargs: object) -> object:
        raise RuntimeError("simulated failure\nwith a second line")

    monkeypatch.setattr("exitdesk.exchange.bundle.open_bundle", broken_open)
    code, report = _run_in_process(private_tmp, monkeypatch)
    assert code == 1
    line = _line(report, "bundle build and verify")
    assert line.split()[0] == "FAILED"
    assert line.endswith("RuntimeError: simulated failure with a second line")
    assert "Traceback" not in report
    # The other checks still ran and passed; the vault and its folder were removed anyway.
    assert _status(report, "translations") == "ok"
    assert _status(report, "remove temporary files") == "ok"
    assert report.splitlines()[-1].startswith("self-test FAILED: 1 of 10 checks failed")
    assert list(private_tmp.iterdir()) == []


def test_when_the_vault_cannot_be_created_the_checks_that_need_it_are_not_run(
    private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise VaultError("the disk is full; nothing was written")

    monkeypatch.setattr(session_module, "create_vault", refuse)
    code, report = _run_in_process(private_tmp, monkeypatch)
    assert code == 1
    assert _line(report, "create a vault").endswith("the disk is full; nothing was written")
    for name in CHECK_NAMES[1:6]:
        assert _status(report, name) == "FAILED"
        assert _line(report, name).endswith("not run: an earlier check failed")
    assert _status(report, "translations") == "ok"
    assert report.splitlines()[-1].startswith("self-test FAILED: 6 of 10 checks failed")


def test_participant_text_in_clear_on_disk_fails_the_encryption_check(
    private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_add = session_module.Session.add_participant

    def leaky_add(self: session_module.Session, alias: str, **kwargs: object) -> object:
        # Simulates a component that writes what it is given to a file beside the vault.
        (self.directory / "debug.log").write_text(f"added {alias}\n", encoding="utf-8")
        return real_add(self, alias, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(session_module.Session, "add_participant", leaky_add)
    code, report = _run_in_process(private_tmp, monkeypatch)
    assert code == 1
    assert _line(report, "encrypted on disk").endswith("debug.log holds participant text in clear")
    assert _status(report, "integrity check") == "ok"


def test_a_plaintext_sqlite_file_fails_the_encryption_check(
    private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_check = session_module.Session.check

    def check_then_drop_plain_copy(self: session_module.Session) -> object:
        # What an unkeyed ATTACH + sqlcipher_export would leave behind (DESIGN §5).
        (self.directory / "copy.db").write_bytes(b"SQLite format 3\x00" + bytes(100))
        return real_check(self)

    monkeypatch.setattr(session_module.Session, "check", check_then_drop_plain_copy)
    code, report = _run_in_process(private_tmp, monkeypatch)
    assert code == 1
    assert _line(report, "encrypted on disk").endswith(
        "copy.db is a plaintext SQLite file: SQLCipher is not active"
    )


def test_a_damaged_translation_fails_and_a_good_one_loads(tmp_path: Path) -> None:
    ts = tmp_path / "exitdesk_fi.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="fi_FI"><context><name>MainWindow</name>'
        "<message><source>Participants</source><translation>Osallistujat</translation>"
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease ships with PySide6-Essentials"
    subprocess.run([lrelease, "-silent", str(ts)], check=True, timeout=60)
    assert "ExitDesk: fi;" in selftest.check_translations(tmp_path)

    (tmp_path / "exitdesk_sv.qm").write_bytes(b"not a Qt catalogue")
    with pytest.raises(selftest.CheckFailed, match=r"the sv translation \(exitdesk_sv.qm\)"):
        selftest.check_translations(tmp_path)


def test_plain_reason_keeps_the_type_of_unexpected_errors_and_hides_input_values() -> None:
    assert selftest.plain_reason(VaultError("the vault is locked")) == "the vault is locked"
    assert selftest.plain_reason(KeyError("x")) == "KeyError: 'x'"
    assert selftest.plain_reason(ModuleNotFoundError("No module named 'pyrage'")) == (
        "ModuleNotFoundError: No module named 'pyrage'"
    )
    from exitdesk.domain import Worker

    with pytest.raises(ValidationError) as caught:
        Worker(name="secret-input-value", party_id="nowhere")
    reason = selftest.plain_reason(caught.value)
    assert "secret-input-value" not in reason
    assert reason.endswith("unknown party 'nowhere'")
    assert len(selftest.plain_reason(RuntimeError("x" * 1000))) <= 240


def test_a_missing_keyring_backend_fails_on_windows_but_not_on_headless_linux(
    private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    import keyring.backends.fail

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(keyring, "get_keyring", keyring.backends.fail.Keyring)
    monkeypatch.setattr(sys, "platform", "linux")
    code, report = _run_in_process(private_tmp, monkeypatch)
    assert code == 0, report
    assert _line(report, "keyring backend").endswith(
        "none available (no Secret Service); new vaults run without device binding"
    )

    # Windows always has the Credential Manager: without a backend the build is broken.
    monkeypatch.setattr(sys, "platform", "win32")
    code, report = _run_in_process(private_tmp, monkeypatch)
    assert code == 1
    assert _line(report, "keyring backend").endswith(
        "the keyring.backends.Windows keyring backend is not usable in this installation"
    )


def test_no_temporary_folder_is_one_plain_failure_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_space(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tempfile.TemporaryDirectory", no_space)
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    assert out.getvalue().splitlines() == [
        f"{APP_NAME} {__version__} self-test",
        "self-test FAILED: OSError: [Errno 28] No space left on device",
    ]


_BLOCK_QT = (
    "import sys\n"
    "class Block:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name == 'PySide6' or name.startswith('PySide6.'):\n"
    "            raise ImportError('PySide6 is blocked in this test')\n"
    "sys.meta_path.insert(0, Block())\n"
)


def _run_without_qt(tmp_path: Path, code: str) -> subprocess.CompletedProcess[str]:
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(TMPDIR=str(temp), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return subprocess.run(
        [sys.executable, "-c", _BLOCK_QT + code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_core_checks_run_and_pass_where_qt_cannot_be_imported(tmp_path: Path) -> None:
    result = _run_without_qt(
        tmp_path,
        "from exitdesk import diagnostics\n"
        "code = diagnostics.run_self_test(sys.stdout)\n"
        "assert not any(k.startswith('PySide6') for k in sys.modules)\n"
        "sys.exit(code)\n",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    core = [name for name in CHECK_NAMES if name != "translations"]
    for name in core:
        assert _status(result.stdout, name) == "ok", result.stdout
    assert "translations" not in result.stdout
    assert result.stdout.splitlines()[-1].startswith(f"self-test passed: {len(core)} checks ok")


def test_without_qt_the_full_self_test_fails_only_the_qt_check_in_one_line(
    tmp_path: Path,
) -> None:
    result = _run_without_qt(
        tmp_path, "from exitdesk.__main__ import main\nsys.exit(main(['--self-test']))\n"
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert _line(result.stdout, "translations").endswith(
        "Qt (PySide6) cannot be loaded: PySide6 is blocked in this test"
    )
    assert result.stdout.splitlines()[-1].startswith("self-test FAILED: 1 of 10 checks failed")

"""A laptop enrols, and enrols again (after revocation) by proving with its own key that it is the same laptop."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from inspector_app.core.services import setup
from inspector_app.cli import main as app_main
from inspector_app.core import demo
from inspector_app.core.store import Store
from inspector_app.hq import devices
from inspector_app.sync.engine import SyncEngine

from ..conftest import PASSPHRASE
from ..core.test_migrations import FIXTURE_DIR, MANIFEST
from ..hq.fixtures import enrol_store
from ..hq.support import HQServer


def _enrol(data_dir: Path, hq: HQServer, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code, _ = devices.new_enrol_code(hq.db)
    exit_code = app_main(["enrol", "--data-dir", str(data_dir), "--hq", hq.url, "--code", code])
    out, err = capsys.readouterr()
    return exit_code, out, err


def test_enrolling_again_after_revocation_proves_the_laptop_by_its_key(
        store: Store, hq: HQServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    demo.generate(store, inspections=4, seed=8)
    data_dir = store.data_dir
    store.close()
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    code, out, _ = _enrol(data_dir, hq, capsys)
    assert code == 0 and out.startswith("Enrolled with HQ")
    assert app_main(["sync", "--data-dir", str(data_dir)]) == 0
    first = devices.list_devices(hq.db)[0]

    devices.revoke(hq.db, first.id)
    assert app_main(["sync", "--data-dir", str(data_dir)]) != 0
    assert "revoked" in capsys.readouterr().err
    code, out, err = _enrol(data_dir, hq, capsys)
    assert code == 0, err
    assert out.startswith("Enrolled again (HQ checked this laptop's key)") and first.id in out
    # Same identity at HQ: its inspections stay its own, and new changes are taken.
    with setup.open_store(data_dir, PASSPHRASE) as reopened:
        demo.generate(reopened, inspections=1, seed=9)
    assert app_main(["sync", "--data-dir", str(data_dir)]) == 0
    assert "rejected" not in capsys.readouterr().out  # exit 0: HQ took every change
    assert [d.id for d in devices.list_devices(hq.db)] == [first.id]

    # A wiped laptop has a new data dir, hence a new device id: it enrols as a new device.
    setup.create_store(tmp_path / "wiped", "somchai", PASSPHRASE, load_templates=False).close()
    code, out, _ = _enrol(tmp_path / "wiped", hq, capsys)
    assert code == 0 and out.startswith("Enrolled with HQ") and first.id not in out
    assert len(devices.list_devices(hq.db)) == 2


def test_only_a_holder_of_the_device_key_enrols_in_its_place(
        store: Store, hq: HQServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    enrol_store(store, hq)
    copy = tmp_path / "copy"
    store.close()
    shutil.copytree(store.data_dir, copy)
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE)
    # A full copy holds the device key, so it proves the identity: this is why a laptop's data dir is
    # encrypted. What HQ refuses is a claim to the id without the key (tests/hq/test_attacks.py).
    code, out, _ = _enrol(copy, hq, capsys)
    assert code == 0 and out.startswith("Enrolled again")
    assert app_main(["enrol", "--data-dir", str(copy), "--hq", hq.url, "--code", ""]) != 0
    assert "not an enrolment code" in capsys.readouterr().err


def test_a_laptop_upgraded_from_the_first_release_syncs_everything(hq: HQServer, tmp_path: Path) -> None:
    data_dir = tmp_path / "old-laptop"
    shutil.copytree(FIXTURE_DIR, data_dir)
    with setup.open_store(data_dir, MANIFEST["passphrase"]) as store:
        enrol_store(store, hq)
        engine = SyncEngine.for_store(store)
        report = engine.sync_round()
        engine.close()
    assert report.ok and report.rejected == 0 and report.applied > MANIFEST["counts"]["checklist_answers"], report

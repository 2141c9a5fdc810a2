"""The installer bundle: build it with PyInstaller and use it with no Python environment.

Slow (the build takes one to three minutes) but part of `make test` and CI: the bundle
is what inspectors actually run. The executables are started with a scrubbed
environment (no PYTHONPATH, no virtualenv on PATH, a fresh HOME), so everything they
need has to come from the bundle folder.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

import inspector_app

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_installer.spec"
BUNDLE_NAME = inspector_app.APP_NAME.replace(" ", "")
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
PASSPHRASE = "bundle smoke test passphrase"

# Files the app opens at run time (`init` also proves the migrations load from disk).
REQUIRED_FILES = [
    "resources/fonts/OFL.txt",
    "resources/fonts/NotoSerifThai-Regular.ttf",
    "resources/checklists",
    "resources/schema/checklist-template.schema.json",
    "resources/reference/legal_sections.json",
    "resources/icons/field-inspector.png",
    "inspector_app/core/migrations/env.py",
    "inspector_app/core/migrations/script.py.mako",
    "inspector_app/core/migrations/versions",
    "pythainlp/corpus/words_th.txt",
    "myanmartools/resources/zawgyiUnicodeModel.dat",
    "geothai/_data/subdistricts.json",
    "tzdata/zoneinfo/Asia/Bangkok",
]
SHEET_WORDS = {"my": "အလုပ်သမား", "km": "កម្មករ", "lo": "ເຈົ້າ"}  # in each sheet's title or text
WORKER_SHEET_FONTS = {"my": "NotoSansMyanmar-Regular", "km": "NotoSansKhmer-Regular", "lo": "NotoSansLao-Regular"}
# Left out on purpose: the HQ server and Qt modules the app never loads.
FORBIDDEN_NAMES = re.compile(
    r"fastapi|uvicorn|starlette|psycopg|Qt6?Qml|Qt6?Quick|WebEngine|Qt6?3D|Multimedia|inspector_app/hq",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/FieldInspector built from this checkout into a temporary folder."""
    work = tmp_path_factory.mktemp("installer")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=1000,
    )
    assert build.returncode == 0, f"PyInstaller failed:\n{build.stdout[-4000:]}\n{build.stderr[-8000:]}"
    return work / "dist" / BUNDLE_NAME


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    """What a laptop without Python gives the app: system PATH, a home, no Python variables."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir()),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "INSPECTOR_PASSPHRASE": PASSPHRASE,
        "INSPECTOR_LOG_DIR": str(tmp_path / "logs"),
        # No system time-zone database, as on Windows: Asia/Bangkok must come from the bundle.
        "PYTHONTZPATH": "",
    }
    for name in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "USERPROFILE", "LOCALAPPDATA", "APPDATA"):
        if name in os.environ:  # Windows cannot start a process without these
            env[name] = os.environ[name]
    if sys.platform == "win32":
        env["PATH"] = os.path.join(os.environ.get("SYSTEMROOT", r"C:\Windows"), "System32")
    return env


def run(exe: Path, *args: str, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True,
                            encoding="utf-8", timeout=timeout, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, (
        f"{exe.name} {' '.join(args)} exited {result.returncode}\n"
        f"stdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-4000:]}"
    )
    return result


def pdf_text(pdf: Path) -> str:
    """The PDF's text layer as poppler's pdftotext reads it (what a viewer searches)."""
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.fail("pdftotext not found: install poppler-utils (apt-get install poppler-utils)")
    return subprocess.run([exe, "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout


def wording(text: str) -> list[str]:
    """Lines without digits: the two builds differ in their generation time and report number."""
    return [line for line in text.splitlines() if not any(unicodedata.category(ch) == "Nd" for ch in line)]


def embedded_fonts(pdf: Path) -> set[str]:
    """Font names (subset prefix dropped) from `pdffonts`, asserting that every one is embedded.

    Fails (never skips) without poppler-utils, which CI installs.
    """
    assert pdf.read_bytes().startswith(b"%PDF"), f"{pdf.name} is not a PDF"
    exe = shutil.which("pdffonts")
    if exe is None:
        pytest.fail("pdffonts not found: install poppler-utils (apt-get install poppler-utils)")
    lines = subprocess.run([exe, str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()
    fonts: dict[str, str] = {}
    for line in lines[2:]:  # header and rule
        parts = line.split()
        # name, type (one or more words), encoding, emb, sub, uni, object id, generation
        fonts[parts[0].split("+", 1)[-1]] = parts[-5]
    not_embedded = sorted(name for name, emb in fonts.items() if emb != "yes")
    assert not_embedded == [], f"{pdf.name}: fonts not embedded: {not_embedded}"
    assert fonts, f"{pdf.name} has no fonts"
    return set(fonts)


def test_bundle_holds_what_the_app_needs_and_not_the_server(bundle: Path) -> None:
    internal = bundle / "_internal"
    for name in (BUNDLE_NAME, "inspector-app"):
        assert (bundle / f"{name}{EXE_SUFFIX}").is_file(), f"{name} executable missing"
    missing = [rel for rel in REQUIRED_FILES if not (internal / rel).exists()]
    assert missing == [], f"not bundled: {missing}"
    for qm in sorted((ROOT / "translations").glob("*.qm")):
        assert (internal / "translations" / qm.name).is_file(), f"translation {qm.name} not bundled"
    unwanted = sorted({p.relative_to(internal).as_posix() for p in internal.rglob("*")
                       if FORBIDDEN_NAMES.search(p.relative_to(internal).as_posix())})
    assert unwanted == [], f"bundled but not used by the app: {unwanted[:20]}"


def test_command_line_runs_from_the_bundle(bundle: Path, clean_env: dict[str, str], tmp_path: Path) -> None:
    cli = bundle / f"inspector-app{EXE_SUFFIX}"
    data = tmp_path / "data"

    assert run(cli, "--version", env=clean_env).stdout.strip() == f"{inspector_app.APP_NAME} {inspector_app.__version__}"
    run(cli, "init", "--data-dir", str(data), "--user", "somchai", env=clean_env)
    assert (data / "inspector.db").is_file() and (data / "keyslots.json").is_file()
    assert "Added 20 inspections" in run(cli, "demo-data", "--data-dir", str(data), "--inspections", "20",
                                         env=clean_env).stdout
    checks = run(cli, "check", "--data-dir", str(data), env=clean_env).stdout
    assert "FAIL" not in checks and "audit chain" in checks
    inspections = json.loads(run(cli, "list", "--data-dir", str(data), "--json", env=clean_env).stdout)
    assert len(inspections) == 20
    assert not (tmp_path / "logs").exists(), "the bundle logged an unexpected error"

    commands = run(cli, "--help", env=clean_env).stdout
    if not re.search(r"^\s+report\s", commands, re.MULTILINE):
        return  # the report command has not landed yet: the rest is checked once it has
    inspection = inspections[0]["id"]

    # The full report (Thai and English, plus whatever the interviews hold), and the same
    # report from the unbundled app: same fonts, same pages. A font file, shaper, word list
    # or data file missing from the bundle shows up as an error or a difference here.
    bundled = tmp_path / "full-bundle.pdf"
    run(cli, "report", inspection, "--kind", "full", "--out", str(bundled), "--data-dir", str(data), env=clean_env)
    reference = tmp_path / "full-venv.pdf"
    venv_cli = Path(sys.executable).parent / f"inspector-app{EXE_SUFFIX}"
    run(venv_cli, "report", inspection, "--kind", "full", "--out", str(reference), "--data-dir", str(data),
        env={**os.environ, "INSPECTOR_PASSPHRASE": PASSPHRASE})
    fonts = embedded_fonts(bundled)
    assert fonts == embedded_fonts(reference)
    assert {"NotoSerifThai-Regular", "NotoSans-Regular"} <= fonts
    assert len(PdfReader(bundled).pages) == len(PdfReader(reference).pages)

    # Every script the app writes, each in its own font: the worker sheet in each language.
    if "--language" in run(cli, "report", "--help", env=clean_env).stdout:
        for language, font in WORKER_SHEET_FONTS.items():
            sheet = tmp_path / f"worker-{language}.pdf"
            run(cli, "report", inspection, "--kind", "worker", "--language", language, "--out", str(sheet),
                "--data-dir", str(data), env=clean_env)
            assert font in embedded_fonts(sheet), f"{language} sheet without {font}"
            # ICU's dictionaries came along: the sheet wraps between the same words, and
            # reads back as the same text, as the one the unbundled app makes.
            unbundled = tmp_path / f"worker-{language}-venv.pdf"
            run(venv_cli, "report", inspection, "--kind", "worker", "--language", language, "--out",
                str(unbundled), "--data-dir", str(data), env={**os.environ, "INSPECTOR_PASSPHRASE": PASSPHRASE})
            assert wording(pdf_text(sheet)) == wording(pdf_text(unbundled))
            assert SHEET_WORDS[language] in pdf_text(sheet)
    assert not (tmp_path / "logs").exists(), "the bundle logged an unexpected error"


def test_windowed_app_starts_from_the_bundle(bundle: Path, clean_env: dict[str, str], tmp_path: Path) -> None:
    gui = bundle / f"{BUNDLE_NAME}{EXE_SUFFIX}"
    run(gui, "--version", env=clean_env)

    # With a data store present the app goes straight to its unlock window: QApplication
    # (Qt platform plugin), the bundled fonts, the translations, the dialog. Still
    # running some seconds later = it came up; a missing piece ends it at once.
    data = tmp_path / "data"
    run(bundle / f"inspector-app{EXE_SUFFIX}", "init", "--data-dir", str(data), "--user", "somchai", env=clean_env)
    with subprocess.Popen([str(gui), "--data-dir", str(data)], env=clean_env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as app:
        try:
            with pytest.raises(subprocess.TimeoutExpired):
                app.wait(timeout=10)
        finally:
            app.kill()
            output = app.communicate()[0]
    assert "Traceback" not in output and "unexpected error" not in output, output
    assert not (tmp_path / "logs").exists(), "the app logged an unexpected error"

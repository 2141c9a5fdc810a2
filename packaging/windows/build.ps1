# Build the Windows installer: dist\FieldInspector\ (PyInstaller), then
# dist\FieldInspector-<version>-setup.exe (Inno Setup 6).
#
# From the repository root, in PowerShell (5.1 or 7):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs: 64-bit Python 3.11+ (the "py" launcher, or -Python C:\path\python.exe) and
# Inno Setup 6 (winget install JRSoftware.InnoSetup). -SkipSetup stops after the folder.

param(
    [string]$Python = "py",
    [string[]]$PythonArgs = @("-3.11"),
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    [switch]$SkipSetup
)

$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path (Join-Path $PSScriptRoot "..\.."))

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

$venvPython = ".venv\Scripts\python.exe"
if (-not (Test-Path $venvPython)) {
    Invoke-Checked $Python ($PythonArgs + @("-m", "venv", ".venv"))
}
Invoke-Checked $venvPython @("-m", "pip", "install", "--upgrade", "pip")
Invoke-Checked $venvPython @("-m", "pip", "install", "-e", ".[installer]")

# Compiled translations (the Makefile's `qm` target does the same on Linux).
Get-ChildItem translations -Filter *.ts -ErrorAction SilentlyContinue | ForEach-Object {
    Invoke-Checked ".venv\Scripts\pyside6-lrelease.exe" @("-silent", $_.FullName, "-qm", ($_.FullName -replace '\.ts$', '.qm'))
}

Invoke-Checked ".venv\Scripts\pyinstaller.exe" @("--noconfirm", "build_installer.spec")

# Smoke test of the folder before wrapping it (the CLI executable has a console).
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked "dist\FieldInspector\inspector-app.exe" @("--version")
Remove-Item Env:QT_QPA_PLATFORM

if ($SkipSetup) { exit 0 }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found at $Iscc (winget install JRSoftware.InnoSetup, or pass -Iscc)" }
$name = & $venvPython -c "import inspector_app; print(inspector_app.APP_NAME)"
$version = & $venvPython -c "import inspector_app; print(inspector_app.__version__)"
Invoke-Checked $Iscc @("/DAppName=$name", "/DAppVersion=$version", "packaging\windows\field-inspector.iss")
Write-Host "Installer: dist\FieldInspector-$version-setup.exe"

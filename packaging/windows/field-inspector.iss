; Inno Setup 6 script: wraps the PyInstaller folder dist\FieldInspector\ in one setup .exe.
;
; Run through packaging\windows\build.ps1, which builds the folder first and passes the
; app name and version read from the package (nothing here repeats them):
;   ISCC /DAppName="Field Inspector" /DAppVersion=0.1.0 packaging\windows\field-inspector.iss
; Output: dist\FieldInspector-<version>-setup.exe

#ifndef AppName
  #error Pass /DAppName=... (packaging\windows\build.ps1 reads it from the package)
#endif
#ifndef AppVersion
  #error Pass /DAppVersion=... (packaging\windows\build.ps1 reads it from the package)
#endif
#define Root "..\.."
#define BundleDir Root + "\dist\FieldInspector"
#define GuiExe "FieldInspector.exe"

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{98952C0D-D693-4B9A-B3D5-4392F0E855D3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Field Inspector project
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-machine by default (IT installs the laptops); an inspector without admin rights
; can still choose a per-user install.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=FieldInspector-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\field-inspector.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app keeps its database open: ask to close it before files are replaced.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole bundle: files a previous version shipped and this one
; does not (an old Qt plugin, a removed library) must not be loaded by the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data: the encrypted inspections in %LOCALAPPDATA%\FieldInspector
; may hold work not yet synced to HQ, so uninstalling the program leaves them in place.

; Inno Setup script: per-user install of the PyInstaller one-folder build, no admin rights.
; Build on Windows after `pyinstaller installer/casedesk.spec`: iscc installer\casedesk.iss
#define AppVersion "0.1.0"

[Setup]
AppId={{6C1B0D5E-3C41-4C7B-9A0E-CA5EDE5C0001}
AppName=CaseDesk
AppVersion={#AppVersion}
AppPublisher=CaseDesk
DefaultDirName={localappdata}\Programs\CaseDesk
DefaultGroupName=CaseDesk
PrivilegesRequired=lowest
OutputBaseFilename=CaseDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "pt_BR"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\CaseDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\CaseDesk"; Filename: "{app}\CaseDesk.exe"
Name: "{group}\CaseDesk (demo)"; Filename: "{app}\CaseDesk.exe"; Parameters: "--demo"

[Run]
Filename: "{app}\CaseDesk.exe"; Parameters: "selftest"; Flags: runhidden; StatusMsg: "Checking the installation..."

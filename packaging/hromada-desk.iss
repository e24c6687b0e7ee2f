; Inno Setup 6 script of the hromada-desk installer (Windows, per user, no administrator).
;
; Built by  python packaging\build.py --installer  which first builds and smoke-tests the
; PyInstaller bundle, renders the icons and then runs
;   ISCC /DAppVersion=0.1.0 /DBundleDir=...\dist\hromada-desk /DOutputDir=...\dist hromada-desk.iss
; The version comes from pyproject.toml; without /DAppVersion the script refuses to compile.
;
; Uninstalling removes the program's own files only. Community files (.hromada), their backups,
; settings and logs live in the user's folders (or in data\ of a portable stick) and are never
; deleted: there is deliberately no [UninstallDelete] section.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (build.py reads it from pyproject.toml)
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\hromada-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#define AppName "hromada-desk"
#define AppExe "hromada-desk.exe"
#define ProgId "HromadaDesk.Community"

[Setup]
AppId={{B44FB56B-E67E-4917-A60F-C01C1E9672C6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=hromada-desk developers
VersionInfoVersion={#AppVersion}
; Per-user by default (%LOCALAPPDATA%\Programs, no UAC prompt); the dialog (or /ALLUSERS) lets
; someone with administrator rights install for all users of the computer instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; {autopf} would do, but for one user it is the known folder UserProgramFiles, which wine has
; not got: Setup then stops. DefaultAppDir (see [Code]) asks for it and falls back to its
; default place, %LOCALAPPDATA%\Programs.
DefaultDirName={code:DefaultAppDir}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 1809 (build 17763, also LTSC 2019) or later: the oldest Windows that Qt 6.8-6.11
; supports. Qt6Core also needs Windows' own icuuc.dll, there since 1703 (build 15063).
MinVersion=10.0.17763
ChangesAssociations=yes
SetupIconFile=icons\build\hromada-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename=hromada-desk-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
uk.CommunityFile=Файл громади hromada-desk
en.CommunityFile=hromada-desk community file
uk.AssociateFiles=Відкривати файли .hromada цією програмою
en.AssociateFiles=Open .hromada files with this program

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociateFiles}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; the whole PyInstaller folder: hromada-desk.exe (window), hromada-desk-cli.exe (console), _internal\
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .hromada → the program, with its icon; under HKCU\Software\Classes for a per-user install,
; HKLM for all users (HKA picks the right one). Removed on uninstall; files are untouched.
; .hromada keeps what another program put there: our values go, then the keys if empty.
Root: HKA; Subkey: "Software\Classes\.hromada"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.hromada\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:CommunityFile}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; Applications\hromada-desk.exe is named after our executable: it is ours, all of it.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".hromada"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function DefaultAppDir(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{autopf}\{#AppName}')
  else
    try
      Result := ExpandConstant('{userpf}\{#AppName}');
    except
      Result := ExpandConstant('{localappdata}\Programs\{#AppName}');
    end;
end;

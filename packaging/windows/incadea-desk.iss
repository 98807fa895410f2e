; The Windows installer (Inno Setup 6) for the bundle in dist\incadea-desk\.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\incadea-desk.iss
;
; makes dist\incadea-desk-0.1.0-setup.exe. It installs for the current user without
; administrator rights (into %LOCALAPPDATA%\Programs\incadea-desk); IT installs for every
; user of the PC with /ALLUSERS (administrator rights, into Program Files). Silent:
;
;   incadea-desk-0.1.0-setup.exe /VERYSILENT /CURRENTUSER /SUPPRESSMSGBOXES /NORESTART
;
; An upgrade installs over the previous version in place, also while the window is open
; (the Restart Manager closes it; a correction typed but not yet sent waits in the outbox
; on disk and is sent at the next start). Uninstalling keeps the settings, the local store
; and the outbox unless the user says to remove them, or /PURGE is given:
;
;   "%LOCALAPPDATA%\Programs\incadea-desk\unins000.exe" /VERYSILENT /PURGE

#define AppName "incadea-desk"
#define AppExe "incadea-desk.exe"
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\incadea-desk"
#endif
; The smoke test's second, upgrade-only setup is packed faster (/DCompression=lzma2/fast).
#ifndef Compression
  #define Compression "lzma2/max"
#endif

[Setup]
; One id for every version: upgrades find the installed copy by it.
AppId={{F8381688-D181-4AF8-8A09-9BDDFE675998}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={code:DefaultDir}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression={#Compression}
SolidCompression=yes
WizardStyle=modern
SetupIconFile=..\..\resources\icons\incadea-desk.ico
; The window's .exe carries the application's icon (packaging/incadea-desk.spec).
UninstallDisplayIcon={app}\{#AppExe},0
UninstallDisplayName={#AppName}
CloseApplications=force
CloseApplicationsFilter=*.exe
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.RemoveData=Also remove the settings, the local store and corrections still waiting for the DMS (%1)?
nl.RemoveData=Ook de instellingen, de lokale gegevens en correcties die nog op het DMS wachten verwijderen (%1)?
fr.RemoveData=Supprimer aussi les réglages, les données locales et les corrections en attente du DMS (%1) ?

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's runtime goes first, so that no module of it stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// Per user, {autopf} is the known folder UserProgramFiles (%LOCALAPPDATA%\Programs). Setup
// asks the shell for it, and a shell that does not know it (Wine 8) stops Setup with
// "Failed to expand shell folder constant". Named from {localappdata}, it is the same
// folder on Windows and needs no such support.
function DefaultDir(Param: String): String;
begin
  if IsAdminInstallMode() then
    Result := ExpandConstant('{autopf}\{#AppName}')
  else
    Result := ExpandConstant('{localappdata}\Programs\{#AppName}');
end;

// Settings, store and log live in %LOCALAPPDATA%\incadea-desk of each user (platformdirs).
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

function PurgeRequested(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/PURGE') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Remove: Boolean;
begin
  if (CurUninstallStep <> usPostUninstall) or not DirExists(DataDir()) then
    exit;
  Remove := PurgeRequested();
  if not Remove and not UninstallSilent() then
    Remove := MsgBox(FmtMessage(CustomMessage('RemoveData'), [DataDir()]),
                     mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Remove then
    DelTree(DataDir(), True, True, True);
end;

; Windows installer of CX Account Desk (NSIS 3.08 or newer).
;
; A per-user install that needs no administrator rights: the app goes to
; %LOCALAPPDATA%\Programs\CX Account Desk, a shortcut to the Start menu, and the uninstaller is
; registered under HKCU (Settings > Apps lists it). The user's data (%LOCALAPPDATA%\cxdesk) and
; settings (%APPDATA%\cxdesk) are kept on uninstall.
;
; Normally run through packaging/windows/make_installer.py, which reads the version from
; pyproject.toml. By hand:
;
;   makensis -XTarget amd64-unicode /DVERSION=0.1.0 /DDIST_DIR=dist\cxdesk /DICON=build\icons\cxdesk.ico ^
;            /DOUTFILE=dist\CX-Account-Desk-0.1.0-setup.exe packaging\windows\cxdesk.nsi
;
; The installer is a 64-bit program (-XTarget amd64-unicode), like the app it installs. It refuses
; Windows older than 10 version 1903 (build 18362): Qt 6.12's QtCore links the ICU that Windows ships
; as icu.dll/icuuc.dll since 1903. A silent install (/S) shows no box and exits with code 2.
;
; Defines: VERSION (required), DIST_DIR (the PyInstaller one-folder build), OUTFILE, ICON
; (optional), VERSION_QUAD (a.b.c.d for the file properties; VERSION.0 by default) and
; SIGN_COMMAND (optional: a command that signs the file "%1", used for the installer and the
; uninstaller; see packaging/README.md) and NO_COMPRESSION (a quick validation build).

Unicode true
ManifestDPIAware true

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z (make_installer.py reads it from pyproject.toml)"
!endif
!ifndef DIST_DIR
  !define DIST_DIR "..\..\dist\cxdesk"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\CX-Account-Desk-${VERSION}-setup.exe"
!endif
!ifndef VERSION_QUAD
  !define VERSION_QUAD "${VERSION}.0"
!endif

!define APP_NAME "CX Account Desk"
!define APP_EXE "cxdesk.exe"
!define PUBLISHER "CX Account Desk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\cxdesk"
!define SETTINGS_KEY "Software\cxdesk"

!ifdef SIGN_COMMAND
  !finalize '${SIGN_COMMAND} "%1"'
  !uninstfinalize '${SIGN_COMMAND} "%1"'
!endif

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
!ifdef NO_COMPRESSION
  SetCompress off  ; for a quick validation build only (CI on Linux)
!else
  SetCompressor /SOLID lzma
!endif
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

!define MIN_WINDOWS_BUILD 18362  ; Windows 10 version 1903 (May 2019 Update): the first with the system ICU

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APP_NAME}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

; Refuse a Windows the app cannot run on, before any page: a box when run by hand; with /S no box,
; exit code 2 ("aborted by the script", NSIS's own code for it).
Function .onInit
  ; Only an installer built for x86 (make_installer.py --target x86-unicode) can start on 32-bit
  ; Windows at all; the amd64 one (the default) cannot, and this test is true at compile time there.
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "${APP_NAME} needs a 64-bit version of Windows 10 (version 1903 or newer) or Windows 11." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  ${IfNot} ${AtLeastWin10}
  ${OrIfNot} ${AtLeastBuild} ${MIN_WINDOWS_BUILD}
    MessageBox MB_OK|MB_ICONSTOP "${APP_NAME} needs Windows 10 version 1903 (May 2019 Update) or newer, or Windows 11.$\r$\n$\r$\nIts user interface (Qt 6) uses the Unicode library (ICU) that Windows includes from that version on. Please update Windows, then run this installer again." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  SetRegView 64
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; A one-folder build's file names change between versions: drop the old ones first.
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  ; The user's data, logs (%LOCALAPPDATA%\cxdesk) and settings (%APPDATA%\cxdesk) stay, as do tokens in
  ; the Credential Manager.
SectionEnd

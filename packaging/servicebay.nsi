; ServiceBay (售后管家) Windows installer, built with NSIS (makensis also runs on Linux):
;   makensis -DVERSION=0.1.0 -DSRC=dist\servicebay -DOUT=dist\ServiceBay-0.1.0-setup.exe packaging\servicebay.nsi
; Installs for all users in Program Files, with Start-menu and desktop shortcuts, the .sbk
; file type (a double-clicked backup opens the restore dialog) and an uninstaller.  The
; shop's data lives in each user's data folder (%LOCALAPPDATA%\ServiceBay), which the
; uninstaller keeps unless the user asks to delete it.
;
; This file is UTF-8 *with* a byte-order mark: makensis on Windows reads a file without one
; in the ANSI code page, and the Chinese names would turn into mojibake.  The Linux check
; (scripts/check-bundle.sh and tests/test_windows.py) compiles it with -INPUTCHARSET CP1252,
; as Windows would, to catch that.
Unicode true
!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "WinVer.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef SRC
  !define SRC "..\dist\servicebay"
!endif
!ifndef OUT
  !define OUT "ServiceBay-${VERSION}-setup.exe"
!endif
!define MUTEX "ServiceBay-Running"  ; held by every running ServiceBay (desktop/winapi.py)
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ServiceBay"

Name "ServiceBay 售后管家 ${VERSION}"
OutFile "${OUT}"
InstallDir "$PROGRAMFILES64\ServiceBay"
InstallDirRegKey HKLM "Software\ServiceBay" "InstallDir"
RequestExecutionLevel admin
!ifdef FAST
  SetCompressor zlib  ; CI only proves the script compiles; the real installer uses LZMA
!else
  SetCompressor /SOLID lzma
!endif
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "ServiceBay 售后管家"
VIAddVersionKey /LANG=0 "CompanyName" "ServiceBay"
VIAddVersionKey /LANG=0 "FileDescription" "ServiceBay 售后管家 安装程序"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "ServiceBay"

!define MUI_ICON "..\resources\icons\servicebay.ico"
!define MUI_UNICON "..\resources\icons\servicebay.ico"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
; Start the program as the person who is signed in, not as the administrator who typed the
; password (its first-run data would land in the administrator's profile).
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchUnelevated
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString NeedsWin10 ${LANG_SIMPCHINESE} "售后管家需要 64 位的 Windows 10 或更新版本。本电脑无法安装。"
LangString NeedsWin10 ${LANG_ENGLISH} "ServiceBay needs 64-bit Windows 10 or later. It cannot be installed on this PC."
LangString StillRunning ${LANG_SIMPCHINESE} "售后管家正在本电脑上运行（窗口或计划备份）。请先关闭它，再点“重试”。"
LangString StillRunning ${LANG_ENGLISH} "ServiceBay is running on this PC (a window or a scheduled backup). Close it, then click Retry."
LangString BadFolder ${LANG_SIMPCHINESE} "请选择一个空文件夹，或原来的售后管家安装文件夹。"
LangString BadFolder ${LANG_ENGLISH} "Choose an empty folder, or the folder of an earlier ServiceBay."
LangString DeleteData ${LANG_SIMPCHINESE} "同时删除本电脑上的门店数据吗？（不可恢复，请先备份）"
LangString DeleteData ${LANG_ENGLISH} "Also delete this PC's shop data? (It cannot be undone; back up first.)"

!macro WAIT_UNTIL_CLOSED un
Function ${un}WaitUntilClosed
  retry:
    System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${MUTEX}") p .r0'
    ${If} $0 P<> 0
      System::Call 'kernel32::CloseHandle(p r0)'
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY retry
      Abort
    ${EndIf}
FunctionEnd
!macroend
!insertmacro WAIT_UNTIL_CLOSED ""
!insertmacro WAIT_UNTIL_CLOSED "un."

Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsWin10)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  Call WaitUntilClosed
FunctionEnd

Function un.onInit
  SetRegView 64
  Call un.WaitUntilClosed
FunctionEnd

; Only an empty folder, or one that already holds ServiceBay, may be the install folder:
; the uninstaller removes what it put there, and a folder the person typed (D:\, the data
; folder) must never be emptied.
Function .onVerifyInstDir
  StrLen $0 "$INSTDIR"
  ${If} $0 <= 3
    Abort  ; a drive's root
  ${EndIf}
  IfFileExists "$INSTDIR\servicebay.exe" done
  IfFileExists "$INSTDIR\*.*" 0 done  ; a new folder
  FindFirst $0 $1 "$INSTDIR\*.*"
  next:
    ${If} $1 == ""
      FindClose $0
      Goto done
    ${EndIf}
    ${If} $1 != "."
    ${AndIf} $1 != ".."
      FindClose $0
      Abort
    ${EndIf}
    FindNext $0 $1
    Goto next
  done:
FunctionEnd

Function LaunchUnelevated
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\servicebay.exe"'
FunctionEnd

Section "ServiceBay" main
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program files only; the data folder is elsewhere and kept.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SRC}/*"
  File "/oname=servicebay.ico" "..\resources\icons\servicebay.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\ServiceBay"
  SetOutPath "$DOCUMENTS"  ; the shortcuts' working folder: file dialogs start in Documents
  CreateShortcut "$SMPROGRAMS\ServiceBay\ServiceBay 售后管家.lnk" "$INSTDIR\servicebay.exe" "" "$INSTDIR\servicebay.ico"
  CreateShortcut "$SMPROGRAMS\ServiceBay\卸载 Uninstall.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\ServiceBay 售后管家.lnk" "$INSTDIR\servicebay.exe" "" "$INSTDIR\servicebay.ico"
  SetOutPath "$INSTDIR"
  ; A double-clicked backup (.sbk) opens the restore dialog with it.
  WriteRegStr HKLM "Software\Classes\.sbk" "" "ServiceBay.Backup"
  WriteRegStr HKLM "Software\Classes\ServiceBay.Backup" "" "ServiceBay 售后管家 备份"
  WriteRegStr HKLM "Software\Classes\ServiceBay.Backup\DefaultIcon" "" "$INSTDIR\servicebay.ico"
  WriteRegStr HKLM "Software\Classes\ServiceBay.Backup\shell\open\command" "" '"$INSTDIR\servicebay.exe" --open-backup "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  WriteRegStr HKLM "Software\ServiceBay" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "ServiceBay 售后管家"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "ServiceBay"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\servicebay.ico"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$DESKTOP\ServiceBay 售后管家.lnk"
  Delete "$SMPROGRAMS\ServiceBay\ServiceBay 售后管家.lnk"
  Delete "$SMPROGRAMS\ServiceBay\卸载 Uninstall.lnk"
  RMDir "$SMPROGRAMS\ServiceBay"
  ; Only what the installer put there; the folder itself goes only if it is then empty.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\servicebay.exe"
  Delete "$INSTDIR\servicebay-cli.exe"
  Delete "$INSTDIR\servicebay.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "Software\Classes\ServiceBay.Backup"
  ReadRegStr $0 HKLM "Software\Classes\.sbk" ""
  ${If} $0 == "ServiceBay.Backup"
    DeleteRegKey HKLM "Software\Classes\.sbk"
  ${EndIf}
  DeleteRegKey HKLM "${UNINST_KEY}"
  DeleteRegKey HKLM "Software\ServiceBay"
  SetShellVarContext current
  ; The data stays unless the user asks (the default answer is No).
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(DeleteData)" /SD IDNO IDNO keep
    RMDir /r "$LOCALAPPDATA\ServiceBay"
  keep:
SectionEnd

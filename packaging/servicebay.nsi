; ServiceBay (售后管家) Windows installer, built with NSIS (makensis also runs on Linux):
;   makensis -DVERSION=0.1.0 -DSRC=dist\servicebay -DOUT=dist\ServiceBay-0.1.0-setup.exe packaging\servicebay.nsi
; Installs for all users in Program Files, with Start-menu and desktop shortcuts and an
; uninstaller.  The shop's data lives in each user's data folder (%LOCALAPPDATA%\ServiceBay),
; which the uninstaller keeps unless the user asks to delete it.
Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef SRC
  !define SRC "..\dist\servicebay"
!endif
!ifndef OUT
  !define OUT "ServiceBay-${VERSION}-setup.exe"
!endif

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
VIAddVersionKey "ProductName" "ServiceBay"
VIAddVersionKey "FileDescription" "ServiceBay 售后管家"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "ServiceBay"

!define MUI_ICON "..\resources\icons\servicebay.ico"
!define MUI_UNICON "..\resources\icons\servicebay.ico"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\servicebay.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

Section "ServiceBay" main
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program files only; the data folder is elsewhere and kept.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SRC}/*"
  File "/oname=servicebay.ico" "..\resources\icons\servicebay.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\ServiceBay"
  CreateShortcut "$SMPROGRAMS\ServiceBay\ServiceBay 售后管家.lnk" "$INSTDIR\servicebay.exe" "" "$INSTDIR\servicebay.ico"
  CreateShortcut "$SMPROGRAMS\ServiceBay\卸载 Uninstall.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\ServiceBay 售后管家.lnk" "$INSTDIR\servicebay.exe" "" "$INSTDIR\servicebay.ico"
  WriteRegStr HKLM "Software\ServiceBay" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\ServiceBay" "DisplayName" "ServiceBay 售后管家"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\ServiceBay" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\ServiceBay" "DisplayIcon" "$INSTDIR\servicebay.ico"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\ServiceBay" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\ServiceBay" "NoModify" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$DESKTOP\ServiceBay 售后管家.lnk"
  RMDir /r "$SMPROGRAMS\ServiceBay"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\ServiceBay"
  DeleteRegKey HKLM "Software\ServiceBay"
  SetShellVarContext current
  ; The data stays unless the user asks (the default answer is No).
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 \
    "同时删除本电脑上的门店数据吗？（不可恢复，请先备份）$\r$\nAlso delete this PC's shop data? (It cannot be undone; back up first.)" \
    /SD IDNO IDNO keep
    RMDir /r "$LOCALAPPDATA\ServiceBay"
  keep:
SectionEnd

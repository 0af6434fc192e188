; kemidesk – per-user Windows installer (NSIS 3, Modern UI 2, Finnish).
;
; Installs into %LOCALAPPDATA%\Programs\kemidesk without administrator rights, adds a
; Start-menu shortcut and (optionally) a desktop shortcut, and registers an uninstaller under
; HKCU. The user's data never lives in the program folder: kemidesk keeps its database,
; backups, settings and logs in the platformdirs folder %LOCALAPPDATA%\Kemi\kemidesk
; (appname "kemidesk", appauthor "Kemi", roaming=False; logs in its Logs subfolder). The
; uninstaller keeps that folder unless the user ticks "Poista myös omat tiedot".
;
; Build over a PyInstaller folder (installer/dist/kemidesk from kemidesk.spec):
;   makensis -DSRCDIR=<folder> -DVERSION=0.1.0 -DVERSION_NUMERIC=0.1.0.0 \
;            -DOUTFILE=<kemidesk-0.1.0-setup.exe> installer/kemidesk.nsi
; VERSION and VERSION_NUMERIC come from `python installer/version_info.py [--numeric]`.
;   optional: -DCOMPRESSOR=zlib (quicker, larger), -DICON=<file.ico>
; Relative paths are relative to this file's folder. This file is UTF-8 with a BOM (for the
; Finnish text); keep the BOM when editing.

Unicode true
ManifestDPIAware true
!ifndef COMPRESSOR  ; e.g. -DCOMPRESSOR=zlib for a quicker test build
  !define COMPRESSOR "/SOLID lzma"
!endif
SetCompressor ${COMPRESSOR}
RequestExecutionLevel user

!ifndef VERSION
  !error "Anna versio: makensis -DVERSION=0.1.0 -DVERSION_NUMERIC=0.1.0.0 ..."
!endif
!ifndef VERSION_NUMERIC
  !error "Anna versio neljänä numerona: -DVERSION_NUMERIC=0.1.0.0"
!endif
!ifndef SRCDIR
  !define SRCDIR "dist\kemidesk"
!endif
!ifndef OUTFILE
  !define OUTFILE "dist\kemidesk-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\resources\icons\kemidesk.ico"
!endif

!define APPNAME "kemidesk"
!define PUBLISHER "Kemin kaupunki"
!define MAIN_EXE "kemidesk.exe"
!define CLI_EXE "kemidesk-cli.exe"
!define UNINSTALLER "uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"
; platformdirs.user_data_dir("kemidesk", "Kemi", roaming=False) on Windows; config is the same
; folder and logs are in its Logs subfolder (platformdirs' Windows rules).
!define DATA_PARENT "$LOCALAPPDATA\Kemi"
!define DATA_DIR "${DATA_PARENT}\${APPNAME}"

; Fail loudly if the folder to package is not a kemidesk build (on Linux, where the script is
; only test-compiled, the executables have no .exe suffix).
!if /FileExists "${SRCDIR}\${MAIN_EXE}"
!else if /FileExists "${SRCDIR}\kemidesk-cli"
!else
  !error "SRCDIR=${SRCDIR} ei ole kemidesk-käännös (${MAIN_EXE} puuttuu)"
!endif

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Name "kemidesk ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "Kemin kaupunki – Työllisyyspalvelut"
ShowInstDetails show
ShowUninstDetails show

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_WELCOMEPAGE_TEXT "Ohjelma asennetaan vain sinulle, eikä asennus tarvitse \
  järjestelmänvalvojan oikeuksia.$\r$\n$\r$\nTiedot (tietokanta, varmuuskopiot, asetukset ja \
  lokit) tallennetaan kansioon$\r$\n${DATA_DIR}$\r$\nNe eivät ole ohjelmakansiossa, joten \
  päivitys tai uudelleenasennus ei koske niihin.$\r$\n$\r$\nJatka valitsemalla Seuraava."

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${MAIN_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Käynnistä kemidesk"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_TEXT_TOP "Omat tiedot säilytetään, ellet valitse niiden poistoa. \
  Säilytetyt tiedot ovat käytössä, jos ohjelma asennetaan uudelleen."
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Finnish"

VIProductVersion "${VERSION_NUMERIC}"
VIFileVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=${LANG_FINNISH} "ProductName" "kemidesk"
VIAddVersionKey /LANG=${LANG_FINNISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_FINNISH} "FileDescription" "kemidesk ${VERSION} -asennusohjelma"
VIAddVersionKey /LANG=${LANG_FINNISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FINNISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FINNISH} "LegalCopyright" "© ${PUBLISHER}, EUPL-1.2"

; ---------------------------------------------------------------- install

Function .onInit
  SetShellVarContext current
FunctionEnd

Section "kemidesk (ohjelma)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update: remove the previous program files first so that no stale library stays
  ; behind. Only the program's own files: the user's data is not in this folder.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${MAIN_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  File /r "${SRCDIR}\*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortcut "$SMPROGRAMS\kemidesk.lnk" "$INSTDIR\${MAIN_EXE}" "" "$INSTDIR\${MAIN_EXE}" 0 \
    SW_SHOWNORMAL "" "Kemi-lisä ja järjestötyöllistäminen"

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "kemidesk"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${MAIN_EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Pikakuvake työpöydälle" SecDesktop
  CreateShortcut "$DESKTOP\kemidesk.lnk" "$INSTDIR\${MAIN_EXE}" "" "$INSTDIR\${MAIN_EXE}" 0 \
    SW_SHOWNORMAL "" "Kemi-lisä ja järjestötyöllistäminen"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "Ohjelma ja Käynnistä-valikon pikakuvake."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "Pikakuvake kemideskiin työpöydälle."
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; ---------------------------------------------------------------- uninstall

Section "un.kemidesk (ohjelma)" UnSecProgram
  SectionIn RO
  Delete "$SMPROGRAMS\kemidesk.lnk"
  Delete "$DESKTOP\kemidesk.lnk"
  ; Only the files the installer put here: never RMDir /r $INSTDIR (it may be a folder the
  ; user chose that holds other things).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${MAIN_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd

Section /o "un.Poista myös omat tiedot" UnSecData
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 \
    "Poistetaanko pysyvästi kansio$\r$\n${DATA_DIR}$\r$\n(tietokanta, sen varmuuskopiot, \
    asetukset ja lokit)?$\r$\n$\r$\nOta ensin varmuuskopio muualle, jos tietoja vielä \
    tarvitaan." /SD IDYES IDYES remove
  DetailPrint "Omat tiedot säilytettiin: ${DATA_DIR}"
  Goto done
  remove:
    RMDir /r "${DATA_DIR}"
    RMDir "${DATA_PARENT}"  ; only if now empty
    DetailPrint "Poistettu: ${DATA_DIR}"
  done:
SectionEnd

; `uninstall.exe /S` keeps the data; `uninstall.exe /S /REMOVEDATA` (IT, a laptop handed on)
; removes it too, as if the box had been ticked.
Function un.onInit
  SetShellVarContext current
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${UnSecData} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecProgram} "Ohjelmatiedostot, pikakuvakkeet ja \
    rekisterimerkintä."
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "Tietokanta, varmuuskopiot, asetukset ja \
    lokit kansiosta ${DATA_DIR}. Jätä valitsematta, jos tiedot siirretään tai ohjelma \
    asennetaan uudelleen."
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

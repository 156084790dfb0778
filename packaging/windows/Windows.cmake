# Windows recipe (not exercised on the Debian build machine; see packaging/README.md).
# windeployqt copies the Qt DLLs, plugins (platforms, sqldrivers, iconengines, styles) and the
# Qt translations beside the installed executable; CPack's NSIS generator makes the installer
# (WiX: set CPACK_GENERATOR to WIX and give CPACK_WIX_UPGRADE_GUID a fixed GUID).
find_program(WINDEPLOYQT_EXECUTABLE windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin")
if(WINDEPLOYQT_EXECUTABLE)
    install(CODE "
        execute_process(COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --release --no-compiler-runtime
                        --dir \"\${CMAKE_INSTALL_PREFIX}/bin\" \"\${CMAKE_INSTALL_PREFIX}/bin/rollout-cockpit.exe\"
                        RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR \"windeployqt failed\")
        endif()")
endif()
# libpq.dll, libcurl.dll and qt6keychain.dll come from the same prefix as their import libraries
# (vcpkg or the PostgreSQL installer): list them here when the build finds them.
install(FILES ${COCKPIT_WINDOWS_RUNTIME_DLLS} DESTINATION bin OPTIONAL)
set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_DISPLAY_NAME "Rollout Cockpit")
set(CPACK_NSIS_PACKAGE_NAME "Rollout Cockpit")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\rollout-cockpit.exe")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Rollout Cockpit.lnk' '$INSTDIR\\\\bin\\\\rollout-cockpit.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Rollout Cockpit.lnk'")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# macOS recipe (not exercised on the Debian build machine; see packaging/README.md).
# The executable is a bundle (MACOSX_BUNDLE in src/app); Info.plist comes from the template
# beside this file; macdeployqt puts Qt's frameworks and plugins (platforms/cocoa, sqldrivers,
# iconengines) into the bundle; CPack's DragNDrop generator makes the DMG.
set_target_properties(rollout-cockpit PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "org.rolloutcockpit.RolloutCockpit"
    MACOSX_BUNDLE_BUNDLE_NAME "Rollout Cockpit"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}")
find_program(MACDEPLOYQT_EXECUTABLE macdeployqt HINTS "${QT6_INSTALL_PREFIX}/bin")
if(MACDEPLOYQT_EXECUTABLE)
    install(CODE "
        execute_process(COMMAND \"${MACDEPLOYQT_EXECUTABLE}\" \"\${CMAKE_INSTALL_PREFIX}/rollout-cockpit.app\"
                        RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR \"macdeployqt failed\")
        endif()")
endif()
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Rollout Cockpit")

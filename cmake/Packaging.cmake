# CPack: a .deb and a .tar.gz on Linux (packaging/linux), NSIS/DragNDrop where those apply.
install(FILES "${PROJECT_SOURCE_DIR}/packaging/linux/rollout-cockpit.desktop" DESTINATION share/applications)
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/rollout-cockpit.svg"
        DESTINATION share/icons/hicolor/scalable/apps)
install(FILES "${PROJECT_SOURCE_DIR}/resources/runbooks/production-rollout.json"
        DESTINATION share/rollout-cockpit/runbooks)

set(CPACK_PACKAGE_NAME "rollout-cockpit")
set(CPACK_PACKAGE_VENDOR "Rollout Cockpit engineers")
set(CPACK_PACKAGE_CONTACT "Rollout Cockpit engineers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, libqt6svg6, libqt6sql6-sqlite")
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
endif()
include(CPack)

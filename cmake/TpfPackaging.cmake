# `cpack` in the build directory builds a Debian package of what `cmake --install` installs.
#
# The installed data directory is compiled into the binaries (TPF_INSTALLED_DATA_DIR, from
# CMAKE_INSTALL_PREFIX at configure time), so the package installs under that same prefix rather
# than CPack's usual /usr: a package whose files sit elsewhere than the binaries look would start
# with "no data directory found". For a distribution-style package configure with
# -DCMAKE_INSTALL_PREFIX=/usr.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "tpfinder")
set(CPACK_PACKAGE_VENDOR "The Trigger Point Pain Finder authors")
set(CPACK_PACKAGE_CONTACT "The Trigger Point Pain Finder authors <tpfinder@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Find the myofascial trigger points that may cause your pain")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
       "Mark where it hurts on a body map and Trigger Point Pain Finder ranks the trigger points known\n"
       "to refer pain there, shows how to find and self-treat each one safely, guides timed sessions\n"
       "and keeps a history. Educational self-help tool, not a medical device.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
# Libraries come from dpkg-shlibdeps (dpkg-dev); plugins are loaded at run time, so shlibdeps
# cannot see them: the X11/Wayland platform plugins and the SQLite driver the history needs.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
# German texts of Qt's own dialogs and buttons; spoken prompts need a speech engine.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-speech-speechd-plugin")

set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build.*/")
include(CPack)

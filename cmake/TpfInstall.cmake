# What `cmake --install` puts where, besides the two executables (installed by src/gui and src/cli):
#   ${TPF_INSTALL_DATADIR}/data        data/*.json and data/l10n/<lang>/*.json; findDataDir()
#                                      looks there (TPF_INSTALLED_DATA_DIR). data/fragments is the
#                                      editing source of muscles.json, not read at run time.
#   share/applications                 ${TPF_APP_ID}.desktop
#   share/metainfo                     ${TPF_APP_ID}.metainfo.xml (AppStream)
#   share/icons/hicolor/*/apps         the icon, as SVG and PNG 16..512 (rendered from the SVG by
#                                      resources/icons/render-pngs.sh and committed)
# The UI translations are compiled into the executable (qt_add_translations in src/gui).

set(TPF_RES_DIR ${PROJECT_SOURCE_DIR}/resources)

file(GLOB TPF_DATA_FILES ${PROJECT_SOURCE_DIR}/data/*.json)
install(FILES ${TPF_DATA_FILES} DESTINATION ${TPF_INSTALL_DATADIR}/data)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/l10n DESTINATION ${TPF_INSTALL_DATADIR}/data
        FILES_MATCHING PATTERN "*.json")

if(TPF_BUILD_GUI)
  configure_file(${TPF_RES_DIR}/linux/tpfinder.desktop.in ${PROJECT_BINARY_DIR}/${TPF_APP_ID}.desktop @ONLY)
  configure_file(${TPF_RES_DIR}/linux/tpfinder.metainfo.xml.in ${PROJECT_BINARY_DIR}/${TPF_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/${TPF_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_BINARY_DIR}/${TPF_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(DIRECTORY ${TPF_RES_DIR}/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons
          FILES_MATCHING PATTERN "${TPF_APP_ID}.png" PATTERN "${TPF_APP_ID}.svg")

  # The same checks a distribution runs, as tests, when the tools are there
  # (appstream, desktop-file-utils).
  if(TPF_BUILD_TESTS)
    find_program(TPF_APPSTREAMCLI appstreamcli)
    find_program(TPF_DESKTOP_FILE_VALIDATE desktop-file-validate)
    if(TPF_APPSTREAMCLI)
      add_test(NAME "packaging: appstreamcli validates the metainfo"
               COMMAND ${TPF_APPSTREAMCLI} validate --no-net ${PROJECT_BINARY_DIR}/${TPF_APP_ID}.metainfo.xml)
    endif()
    if(TPF_DESKTOP_FILE_VALIDATE)
      add_test(NAME "packaging: desktop-file-validate accepts the launcher"
               COMMAND ${TPF_DESKTOP_FILE_VALIDATE} ${PROJECT_BINARY_DIR}/${TPF_APP_ID}.desktop)
    endif()
  endif()
endif()

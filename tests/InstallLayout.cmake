# Installs the build into a scratch prefix and checks that every file a desktop needs is there.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(path
        bin/smtp-doctor
        bin/smtp-doctor-cli
        share/applications/smtp-doctor.desktop
        share/icons/hicolor/scalable/apps/smtp-doctor.svg)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "missing after install: ${path}")
    endif()
endforeach()
file(STRINGS "${PREFIX}/share/applications/smtp-doctor.desktop" icon_line REGEX "^Icon=")
if(NOT icon_line STREQUAL "Icon=smtp-doctor")
    message(FATAL_ERROR "the .desktop file names icon '${icon_line}', not the installed smtp-doctor.svg")
endif()
message(STATUS "install layout complete in ${PREFIX}")

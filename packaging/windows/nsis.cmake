# SPDX-FileCopyrightText: 2026 PlanTrack contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The Windows installer (cpack -G NSIS, needs NSIS 3 on the PATH). Built on Windows with
# Qt 6 for MSVC or MinGW; windeployqt copies the Qt libraries, plugins (platform, SQLite
# driver, styles, image formats) and the compiler runtime next to the programs when they
# are installed, so the installer holds everything it needs.

set(CPACK_NSIS_PACKAGE_NAME "PlanTrack")
set(CPACK_NSIS_DISPLAY_NAME "PlanTrack ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\plantrack.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "plantrack.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")

if(WIN32)
    get_target_property(plantrack_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(plantrack_qt_bin "${plantrack_qmake}" DIRECTORY)
    find_program(PLANTRACK_WINDEPLOYQT windeployqt HINTS "${plantrack_qt_bin}" REQUIRED)

    # Runs at install time, also when CPack stages the installer's files.
    install(CODE "
        foreach(program plantrack.exe plantrack-cli.exe)
            execute_process(
                COMMAND \"${PLANTRACK_WINDEPLOYQT}\"
                    --no-translations --compiler-runtime
                    \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${program}\"
                RESULT_VARIABLE result)
            if(NOT result EQUAL 0)
                message(FATAL_ERROR \"windeployqt failed for \${program}\")
            endif()
        endforeach()
    ")
endif()

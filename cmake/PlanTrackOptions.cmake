# SPDX-FileCopyrightText: 2026 PlanTrack contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# One interface target carries the language level, warnings and strict Qt macros;
# every PlanTrack target links it.
add_library(plantrack_options INTERFACE)
add_library(PlanTrack::options ALIAS plantrack_options)

target_compile_features(plantrack_options INTERFACE cxx_std_20)

target_compile_definitions(plantrack_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(MSVC)
    target_compile_options(plantrack_options INTERFACE /W4 /utf-8 /permissive-)
else()
    target_compile_options(plantrack_options INTERFACE -Wall -Wextra -Wpedantic)
endif()

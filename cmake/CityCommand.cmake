# SPDX-License-Identifier: GPL-3.0-or-later
# Helpers shared by every CityCommand target: warnings, module levels, tests.

set(CC_WARNINGS -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)

# Libraries a logic module (not *_widgets / *_quick) must never link (docs/design.md §2).
set(CC_UI_LIBRARIES Qt6::Widgets Qt6::Quick Qt6::Qml Qt6::QuickControls2 Qt::Widgets Qt::Quick Qt::Qml)

# cc_add_module(<name> LEVEL <n> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# Creates the static library cc_<name> with alias Cc::<name>, public headers in include/.
# Refuses at configure time a link to a module of the same or a higher level, and a UI
# library in a logic module.
function(cc_add_module name)
    cmake_parse_arguments(M "" "LEVEL" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    set(target cc_${name})
    add_library(${target} STATIC ${M_SOURCES})
    add_library(Cc::${name} ALIAS ${target})
    target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include
                                          PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
    target_compile_options(${target} PRIVATE ${CC_WARNINGS})
    target_link_libraries(${target} PUBLIC ${M_PUBLIC_LIBS} PRIVATE ${M_PRIVATE_LIBS})
    set_property(GLOBAL PROPERTY CC_LEVEL_${name} ${M_LEVEL})
    set_property(GLOBAL APPEND PROPERTY CC_MODULES ${target})

    set(is_ui FALSE)
    if(name MATCHES "_(widgets|quick)$")
        set(is_ui TRUE)
    endif()
    foreach(lib IN LISTS M_PUBLIC_LIBS M_PRIVATE_LIBS)
        if(lib MATCHES "^Cc::(.+)$")
            get_property(dep_level GLOBAL PROPERTY CC_LEVEL_${CMAKE_MATCH_1})
            if("${dep_level}" STREQUAL "")
                message(FATAL_ERROR "module ${name}: ${lib} is not defined yet (add modules in level order)")
            endif()
            if(NOT dep_level LESS M_LEVEL)
                message(FATAL_ERROR "module ${name} (level ${M_LEVEL}) may not link ${lib} (level ${dep_level})")
            endif()
        elseif(NOT is_ui AND lib IN_LIST CC_UI_LIBRARIES)
            message(FATAL_ERROR "logic module ${name} may not link the UI library ${lib}")
        endif()
    endforeach()
endfunction()

# cc_add_test(<name> SOURCES ... LIBS ... LABELS ... [TIMEOUT s])
# One executable per unit, run headless, with CC_TESTDATA pointing at tests/data.
function(cc_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    # tests/common: what every test shares (resultcheck.h: CC_VERIFY_OK, CcTest::codeOf …).
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    target_compile_options(${name} PRIVATE ${CC_WARNINGS})
    target_compile_definitions(${name} PRIVATE
        CC_TESTDATA="${PROJECT_SOURCE_DIR}/tests/data"
        CC_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
endfunction()

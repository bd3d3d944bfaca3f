# Shared compile settings for every Punchclock target.
add_library(punchclock_settings INTERFACE)
target_compile_options(punchclock_settings INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(punchclock_settings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
    PUNCHCLOCK_VERSION="${PROJECT_VERSION}")
if(PUNCHCLOCK_WERROR)
    target_compile_options(punchclock_settings INTERFACE -Werror)
endif()
if(PUNCHCLOCK_SANITIZE)
    target_compile_options(punchclock_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(punchclock_settings INTERFACE -fsanitize=address,undefined)
endif()
if(PUNCHCLOCK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PUNCHCLOCK_FUZZ needs clang: configure with CC=clang CXX=clang++")
    endif()
    # Coverage feedback from the code under test; only the fuzz targets link libFuzzer's main.
    # clang's -Wpedantic also flags Qt's logging macros used with no message arguments.
    target_compile_options(punchclock_settings INTERFACE -fsanitize=fuzzer-no-link
        -Wno-gnu-zero-variadic-macro-arguments)
endif()

# punchclock_add_layer(NAME SOURCES... LINKS ...): one static library per layer.
function(punchclock_add_layer name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC punchclock_settings ${ARG_LINKS})
endfunction()

# punchclock_front_end(TARGET): the console's and the CLI's code changes the store only through
# server/services. A call to a repository method that writes (PUNCHCLOCK_STORE_WRITE in
# server/storage/storewrite.h) does not compile there, in every build type.
function(punchclock_front_end target)
    target_compile_definitions(${target} PRIVATE PUNCHCLOCK_FRONT_END)
    target_compile_options(${target} PRIVATE -Werror=deprecated-declarations)
endfunction()

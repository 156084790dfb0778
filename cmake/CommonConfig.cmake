# One INTERFACE target carries the language level, Qt defines and warnings for every
# target of the project (after qBittorrent's cmake/Modules/CommonConfig.cmake).
add_library(cockpit_common INTERFACE)
target_compile_features(cockpit_common INTERFACE cxx_std_20)
target_compile_definitions(cockpit_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    COCKPIT_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(cockpit_common INTERFACE
        -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Wpedantic)
    if(COCKPIT_WERROR)
        target_compile_options(cockpit_common INTERFACE -Werror)
    endif()
    if(COCKPIT_BUILD_FUZZERS)
        if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            message(FATAL_ERROR "COCKPIT_BUILD_FUZZERS needs clang (libFuzzer); use the fuzz preset")
        endif()
        target_compile_options(cockpit_common INTERFACE
            -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
        target_link_options(cockpit_common INTERFACE -fsanitize=address,undefined)
    endif()
    if(COCKPIT_SANITIZE)
        target_compile_options(cockpit_common INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(cockpit_common INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(cockpit_common INTERFACE /W4 /permissive- /utf-8)
    if(COCKPIT_WERROR)
        target_compile_options(cockpit_common INTERFACE /WX)
    endif()
endif()

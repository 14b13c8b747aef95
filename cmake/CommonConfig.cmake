# One INTERFACE target carries the language level, warnings and strict Qt
# defines; every target of ours links it (as qBittorrent's CommonConfig does).
add_library(boxoffice_common INTERFACE)
target_compile_features(boxoffice_common INTERFACE cxx_std_20)
target_compile_definitions(boxoffice_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
)
target_compile_options(boxoffice_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual
)

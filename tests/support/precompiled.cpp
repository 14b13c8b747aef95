// Nothing: this file only gives the test programs' precompiled-header targets
// (boxoffice_unit_pch, boxoffice_data_pch in tests/CMakeLists.txt) a source
// to compile their header with.

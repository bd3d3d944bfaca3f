# The Excel export: GUI-free, so the CLI and the console write the same workbook.
target_sources(punchclock_engine PRIVATE ${CMAKE_CURRENT_LIST_DIR}/xlsxreportwriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/payrollwriter.cpp)
target_include_directories(punchclock_engine PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(punchclock_engine PRIVATE PkgConfig::XLSXWRITER ZLIB::ZLIB)

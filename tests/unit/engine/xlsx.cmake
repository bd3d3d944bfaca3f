# The Excel export, read back from the written workbook.
punchclock_add_test(tst_xlsxreportwriter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_xlsxreportwriter.cpp LINKS punchclock_engine LABEL unit)

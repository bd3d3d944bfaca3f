punchclock_add_test(tst_reportbuilder SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reportbuilder.cpp LINKS punchclock_engine LABEL unit)

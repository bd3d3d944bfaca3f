punchclock_add_test(tst_attendance SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_attendance.cpp LINKS punchclock_engine LABEL unit)
punchclock_add_test(tst_shiftrules SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_shiftrules.cpp LINKS punchclock_engine LABEL unit)

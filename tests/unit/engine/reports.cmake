punchclock_add_test(tst_reportbuilder SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reportbuilder.cpp LINKS punchclock_engine LABEL unit)
# The first-hour cases a manager signs: nights without a shift, lone punches, rules in time, closed periods, the future.
punchclock_add_test(tst_signableresults SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_signableresults.cpp LINKS punchclock_engine LABEL unit)
# Leavers: nothing expected from the day they were disabled, again from the day they were enabled.
punchclock_add_test(tst_disabledemployees SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_disabledemployees.cpp LINKS punchclock_engine LABEL unit)

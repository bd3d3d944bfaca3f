punchclock_add_test(tst_reportbuilder SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reportbuilder.cpp LINKS punchclock_engine LABEL unit)
# The first-hour cases a manager signs: nights without a shift, lone punches, rules in time, closed periods, the future.
punchclock_add_test(tst_signableresults SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_signableresults.cpp LINKS punchclock_engine LABEL unit)
# Leavers: nothing expected from the day they were disabled, again from the day they were enabled.
punchclock_add_test(tst_disabledemployees SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_disabledemployees.cpp LINKS punchclock_engine LABEL unit)
# Payroll exports: the figures summed by hand, the profiles and their stored list, the files read back.
punchclock_add_test(tst_payrollexport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_payrollexport.cpp LINKS punchclock_engine LABEL unit)
punchclock_add_test(tst_payrollprofile SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_payrollprofile.cpp LINKS punchclock_engine LABEL unit)
punchclock_add_test(tst_payrollwriter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_payrollwriter.cpp LINKS punchclock_engine LABEL unit)
punchclock_add_test(tst_payrollstore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_payrollstore.cpp LINKS punchclock_engine LABEL unit)
set_property(TEST tst_payrollstore APPEND PROPERTY LABELS storage-pg)

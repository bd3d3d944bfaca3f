# Tests of the console's dashboard area.
punchclock_add_test(tst_dashboardpage SOURCES tst_dashboardpage.cpp LINKS punchclock_consoletestsupport LABEL gui)
target_compile_definitions(tst_dashboardpage PRIVATE PUNCHCLOCK_SIM_BINARY="$<TARGET_FILE:punchclock-sim>")
add_dependencies(tst_dashboardpage punchclock-sim)
punchclock_add_test(tst_simulatorlauncher SOURCES tst_simulatorlauncher.cpp LINKS punchclock_ui LABEL gui TIMEOUT 120)
target_compile_definitions(tst_simulatorlauncher PRIVATE PUNCHCLOCK_SIM_BINARY="$<TARGET_FILE:punchclock-sim>")
add_dependencies(tst_simulatorlauncher punchclock-sim)
punchclock_add_test(tst_dashboardnotices SOURCES tst_dashboardnotices.cpp LINKS punchclock_consoletestsupport LABEL gui)

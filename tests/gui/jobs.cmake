# Tests of the console's jobs area.
punchclock_add_test(tst_jobspage SOURCES tst_jobspage.cpp LINKS punchclock_consoletestsupport punchclock_simulator LABEL gui TIMEOUT 180)
punchclock_add_test(tst_commandbuilderdialog SOURCES tst_commandbuilderdialog.cpp LINKS punchclock_ui LABEL gui)

# Tests of the console's punches area.
punchclock_add_test(tst_punchespage SOURCES tst_punchespage.cpp LINKS punchclock_consoletestsupport punchclock_testsupport LABEL gui)

# Tests of the console's settings area.
punchclock_add_test(tst_settingspage SOURCES tst_settingspage.cpp LINKS punchclock_consoletestsupport LABEL gui)

# Tests of the console's terminals area.
punchclock_add_test(tst_terminalspage SOURCES tst_terminalspage.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_keypadactivity SOURCES tst_keypadactivity.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_terminalsroster SOURCES tst_terminalsroster.cpp LINKS punchclock_consoletestsupport
    punchclock_simulator LABEL gui)

# Tests of the console's settings area.
punchclock_add_test(tst_settingspage SOURCES tst_settingspage.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_privacysettings SOURCES tst_privacysettings.cpp settingspagefixture.h LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_terminalaccesssection SOURCES tst_terminalaccesssection.cpp settingspagefixture.h LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_settingsonreader SOURCES tst_settingsonreader.cpp settingspagefixture.h readerthreadtools.h
    LINKS punchclock_consoletestsupport LABEL gui)

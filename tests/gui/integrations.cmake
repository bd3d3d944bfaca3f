# Tests of the console's Integrations page and its destination dialog.
punchclock_add_test(tst_integrationspage SOURCES tst_integrationspage.cpp integrationfixture.h readerthreadtools.h
    LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_destinationdialog SOURCES tst_destinationdialog.cpp integrationfixture.h
    LINKS punchclock_consoletestsupport LABEL gui)

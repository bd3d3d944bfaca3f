# Tests of the console's operator accounts: signing in, the lock, the accounts and the roles.
punchclock_add_test(tst_signin SOURCES tst_signin.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_consolelock SOURCES tst_consolelock.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_operatorssection SOURCES tst_operatorssection.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_consoleroles SOURCES tst_consoleroles.cpp LINKS punchclock_consoletestsupport LABEL gui)
# The same on the console's reader thread, as on PostgreSQL.
punchclock_add_test(tst_accountsonreader SOURCES tst_accountsonreader.cpp readerthreadtools.h
    LINKS punchclock_consoletestsupport LABEL gui)

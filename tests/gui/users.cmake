# Tests of the console's users area.
punchclock_add_test(tst_usertablemodel SOURCES tst_usertablemodel.cpp LINKS punchclock_ui LABEL gui)
punchclock_add_test(tst_userspage SOURCES tst_userspage.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_departmentsdialog SOURCES tst_departmentsdialog.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_userstatus SOURCES tst_userstatus.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_enrolldialog SOURCES tst_enrolldialog.cpp LINKS punchclock_consoletestsupport punchclock_simulator
    LABEL gui)
punchclock_add_test(tst_userbulkactions SOURCES tst_userbulkactions.cpp LINKS punchclock_consoletestsupport LABEL gui)

# Tests of the console's audit trail: the Audit page, the histories opened from the other pages,
# and a person's data exported or erased from the Users page.
punchclock_add_test(tst_auditpage SOURCES tst_auditpage.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_history SOURCES tst_history.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_userprivacy SOURCES tst_userprivacy.cpp LINKS punchclock_consoletestsupport LABEL gui)
# What an account of some departments sees on the Punches and Reports pages.
punchclock_add_test(tst_departmentscope SOURCES tst_departmentscope.cpp LINKS punchclock_consoletestsupport LABEL gui)

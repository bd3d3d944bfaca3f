# Tests of the console's reports area.
punchclock_add_test(tst_pdfreportwriter SOURCES tst_pdfreportwriter.cpp LINKS punchclock_ui LABEL gui)
punchclock_add_test(tst_reportspage SOURCES tst_reportspage.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_dashboardcharts SOURCES tst_dashboardcharts.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_periodsdialog SOURCES tst_periodsdialog.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_rulesintime SOURCES tst_rulesintime.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_reportpreview SOURCES tst_reportpreview.cpp LINKS punchclock_consoletestsupport LABEL gui)
# The rule editors' reads and changes on the console's reader thread, as on PostgreSQL.
punchclock_add_test(tst_ruleeditorsonreader SOURCES tst_ruleeditorsonreader.cpp readerthreadtools.h
    LINKS punchclock_consoletestsupport LABEL gui)
# Payroll exports from the Reports page and the payroll profile editor, on the reader's thread.
punchclock_add_test(tst_reportspayroll SOURCES tst_reportspayroll.cpp readerthreadtools.h
    LINKS punchclock_consoletestsupport LABEL gui)

# Tests of the console's reports area.
punchclock_add_test(tst_pdfreportwriter SOURCES tst_pdfreportwriter.cpp LINKS punchclock_ui LABEL gui)
punchclock_add_test(tst_reportspage SOURCES tst_reportspage.cpp LINKS punchclock_consoletestsupport LABEL gui)
punchclock_add_test(tst_dashboardcharts SOURCES tst_dashboardcharts.cpp LINKS punchclock_consoletestsupport LABEL gui)

target_sources(punchclock_ui PRIVATE
    dialogs/attendanceerrortext.cpp
    dialogs/attendancesettingsdialog.cpp
    dialogs/correctionsdialog.cpp
    dialogs/correctiontexts.cpp
    dialogs/dayexplanationdialog.cpp
    dialogs/holidaysleavedialog.cpp
    dialogs/periodchangedialog.cpp
    dialogs/periodsdialog.cpp
    dialogs/schedulesdialog.cpp
    dialogs/shiftsdialog.cpp
    models/closedperiodtablemodel.cpp
    models/reporttablemodel.cpp
    pages/previewchangenotice.cpp
    pages/reportspage.cpp
    widgets/arrivalschart.cpp
    widgets/barchartview.cpp
    widgets/effectivedatepicker.cpp
    widgets/latenesschart.cpp
    widgets/reportfilterbar.cpp
    widgets/reportrulesbutton.cpp
    widgets/rulecaption.cpp
    widgets/rulehistorytable.cpp
    widgets/workingdaypunchtable.cpp)
target_link_libraries(punchclock_ui PUBLIC Qt6::Charts)

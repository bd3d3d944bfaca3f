target_sources(punchclock_ui PRIVATE
    dialogs/departmentsdialog.cpp
    dialogs/erasepersondialog.cpp
    dialogs/fetchuserdialog.cpp
    dialogs/importcredentialdialog.cpp
    dialogs/terminalpickerdialog.cpp
    dialogs/usereditdialog.cpp
    models/userfilterproxymodel.cpp
    models/usertablemodel.cpp
    pages/useractions.h
    pages/userdetailspane.cpp
    pages/usereditactions.cpp
    pages/usermessages.cpp
    pages/userprivacyactions.cpp
    pages/userspage.cpp
    pages/userstatusactions.cpp
    pages/userterminalactions.cpp)

# Operator accounts: signing in, the lock, and Settings → Operators.
target_sources(punchclock_ui PRIVATE
    consolelock.cpp
    dialogs/operators/accountfields.cpp
    dialogs/operators/firstadministratordialog.cpp
    dialogs/operators/lockdialog.cpp
    dialogs/operators/operatordialog.cpp
    dialogs/operators/passworddialog.cpp
    dialogs/operators/signindialog.cpp
    dialogs/operators/signinform.cpp
    models/operatortablemodel.cpp
    pages/operatorssection.cpp
    widgets/lockcover.cpp
    widgets/problemlabel.cpp)

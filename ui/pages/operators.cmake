# Operator accounts: signing in, the lock, and Settings → Operators.
target_sources(punchclock_ui PRIVATE
    dialogs/operators/accountfields.cpp
    dialogs/operators/firstadministratordialog.cpp
    dialogs/operators/signindialog.cpp
    dialogs/operators/signinform.cpp
    widgets/problemlabel.cpp)

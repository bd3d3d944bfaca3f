#include "quitconfirmation.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace punchclock::ui {

namespace {

constexpr char quitWord[] = "quit";
constexpr char keepWord[] = "keep";

} // namespace

QuitConfirmation::Choice QuitConfirmation::ask(QWidget *parent, bool trayAvailable)
{
    const QString remembered = QSettings().value(QLatin1String(RememberedKey)).toString();
    if (remembered == QLatin1String(quitWord))
        return Choice::Quit;
    if (remembered == QLatin1String(keepWord))
        return Choice::KeepRunning;

    QMessageBox box(QMessageBox::Question, tr("Stop the terminal server?"),
                    tr("Quitting Punchclock stops the terminal server on this PC."), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("quitConfirmation"));
    //: %1 the command that starts the background service
    box.setInformativeText((trayAvailable ? tr("Nothing is lost: the terminals keep their punches and send them again "
                                               "once the server is back.\n\nTo keep serving them, keep Punchclock "
                                               "running in the system tray, or run the server as a background service "
                                               "that starts with the PC: %1 (it uses its own data in "
                                               "/var/lib/punchclock).")
                                          : tr("Nothing is lost: the terminals keep their punches and send them again "
                                               "once the server is back.\n\nTo keep serving them, keep Punchclock "
                                               "running minimised, or run the server as a background service that "
                                               "starts with the PC: %1 (it uses its own data in /var/lib/punchclock)."))
                               .arg(QLatin1String(ServiceCommand)));
    QPushButton *keep =
        box.addButton(trayAvailable ? tr("&Keep running in the tray") : tr("&Keep running"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepRunning"));
    QPushButton *quit = box.addButton(tr("&Quit and stop the server"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitAnyway"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelQuit"));
    box.setDefaultButton(keep);
    box.setEscapeButton(cancel);
    auto *dontAsk = new QCheckBox(tr("&Don't ask again"), &box);
    dontAsk->setObjectName(QStringLiteral("dontAskAgain"));
    box.setCheckBox(dontAsk);
    box.exec();

    const Choice choice = box.clickedButton() == quit   ? Choice::Quit
                          : box.clickedButton() == keep ? Choice::KeepRunning
                                                        : Choice::Cancel;
    if (dontAsk->isChecked() && choice != Choice::Cancel)
        QSettings().setValue(QLatin1String(RememberedKey), QLatin1String(choice == Choice::Quit ? quitWord : keepWord));
    return choice;
}

void QuitConfirmation::forget()
{
    QSettings().remove(QLatin1String(RememberedKey));
}

} // namespace punchclock::ui

#include "serveraddressconfirmation.h"

#include "jsonfields.h"

#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>

namespace punchclock::ui {

namespace Key = protocol::ParameterKey;

bool ServerAddressConfirmation::confirm(QWidget *parent, const QString &terminalTitle,
                                        const protocol::BuiltCommand &command)
{
    const QJsonObject &sent = command.parameters.json();
    const QString address = sent.value(QLatin1String(Key::ServerIp)).toString();
    const QString port = protocol::json::text(sent.value(QLatin1String(Key::ServerPort)));
    QMessageBox box(QMessageBox::Warning, tr("Change where %1 sends its data").arg(terminalTitle),
                    tr("%1 will talk only to %2, port %3, from its next restart on.").arg(terminalTitle, address, port),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("serverAddressConfirmation"));
    box.setInformativeText(tr("If this address or port is wrong, the terminal is cut off from this console until "
                              "someone changes the server address on its own keypad."));
    box.setDetailedText(QString::fromUtf8(QJsonDocument(sent).toJson(QJsonDocument::Indented)));
    QPushButton *send = box.addButton(tr("&Send to %1:%2").arg(address, port), QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("confirmServerAddress"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == send;
}

} // namespace punchclock::ui

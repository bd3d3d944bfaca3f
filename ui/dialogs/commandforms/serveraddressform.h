#pragma once

#include "commandform.h"

class QComboBox;
class QSpinBox;

namespace punchclock::ui {

// SET_WEB_SERVER_INFO: where the terminal sends everything after its next restart; offers this
// PC's LAN addresses and the port the server listens on.
class ServerAddressForm : public CommandForm
{
    Q_OBJECT

public:
    explicit ServerAddressForm(ConsoleContext &context, QWidget *parent = nullptr);

    Input input() const override;
    void setDraft(const QJsonObject &parameters) override;
    QString fieldFor(const QString &errorField) const override;

private:
    QComboBox *m_address;
    QSpinBox *m_port;
};

} // namespace punchclock::ui

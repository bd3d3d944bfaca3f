#pragma once

#include <QWizardPage>

#include <functional>

class QComboBox;
class QLabel;
class QRadioButton;

namespace punchclock::ui {

struct FirstRunChoices;
struct FirstRunOutcome;

// The site's time zone and whether new terminals need approval. Leaving this page puts every
// choice into effect (database, settings, server), so that the last page can show the real
// address and a simulated terminal can send punches.
class SitePolicyPage : public QWizardPage
{
    Q_OBJECT

public:
    using Apply = std::function<FirstRunOutcome()>;

    SitePolicyPage(const QByteArray &defaultZone, Apply apply, QWidget *parent = nullptr);

    // `zone` when this PC knows it, else UTC.
    static QByteArray zoneOrUtc(const QByteArray &zone);
    QByteArray timeZoneId() const;
    bool autoApprove() const;
    bool validatePage() override;

private:
    QComboBox *m_zone;
    QRadioButton *m_approve;
    QRadioButton *m_automatic;
    QLabel *m_problem;
    Apply m_apply;
};

} // namespace punchclock::ui

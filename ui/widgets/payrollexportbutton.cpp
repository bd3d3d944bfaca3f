#include "payrollexportbutton.h"

#include "consolecontext.h"
#include "icons.h"
#include "payrollprofiledialog.h"
#include "payrollprofiletext.h"

#include "settingsrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>

#include <algorithm>
#include <utility>

namespace punchclock::ui {

using engine::reports::PayrollProfile;
using engine::reports::PayrollProfileList;
using engine::reports::PayrollWriter;

PayrollExportButton::PayrollExportButton(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_profiles(new QComboBox(this))
    , m_button(new QToolButton(this))
    , m_list(PayrollProfileList::fromStored({}))
    , m_read(context.reader(), this, [this](PayrollProfileList read) { present(read); })
{
    setObjectName(QStringLiteral("payrollExport"));
    m_profiles->setObjectName(QStringLiteral("payrollProfile"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_button->setObjectName(QStringLiteral("payrollButton"));
    m_button->setText(tr("Pa&yroll"));
    m_button->setIcon(themedIcon("document-export"));
    m_button->setToolTip(tr("Export one row per employee for the period, for the payroll program"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_button);
    const auto addExport = [this, menu](const QString &text, const char *name, PayrollWriter::Format format) {
        QAction *action =
            menu->addAction(text, this, [this, format] { Q_EMIT exportRequested(format, currentProfile()); });
        action->setObjectName(QLatin1String(name));
    };
    addExport(tr("&CSV…"), "exportPayrollCsv", PayrollWriter::Format::Csv);
    addExport(tr("E&xcel…"), "exportPayrollXlsx", PayrollWriter::Format::Xlsx);
    menu->addSeparator();
    menu->addAction(tr("&Profiles…"), this, &PayrollExportButton::editProfiles)
        ->setObjectName(QStringLiteral("editPayrollProfiles"));
    m_button->setMenu(menu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_profiles);
    layout->addWidget(m_button);
    present(m_list);
    connect(&context, &ConsoleContext::settingsChanged, this, &PayrollExportButton::reload);
    reload();
}

PayrollProfile PayrollExportButton::currentProfile() const
{
    return m_list.find(m_profiles->currentData().toString()).value_or(m_list.profiles().constFirst());
}

void PayrollExportButton::editProfiles()
{
    auto *dialog = new PayrollProfileDialog(m_context, m_profiles->currentData().toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PayrollProfileDialog::profilesChanged, this, [this](const QString &current) {
        m_wanted = current;
        reload();
    });
    dialog->open();
}

void PayrollExportButton::reload()
{
    m_read.request([](const QSqlDatabase &db) { return PayrollProfileList::read(storage::SettingsRepository(db)); });
}

void PayrollExportButton::present(const PayrollProfileList &profiles)
{
    const QString wanted = m_wanted.isEmpty() ? m_profiles->currentData().toString() : std::exchange(m_wanted, {});
    m_list = profiles;
    m_profiles->clear();
    for (const PayrollProfile &profile : m_list.profiles())
        m_profiles->addItem(profile.name, profile.name);
    m_profiles->setCurrentIndex(std::max(0, m_profiles->findData(m_list.find(wanted).value_or(PayrollProfile()).name)));
    // A stored list that cannot be read leaves the shipped profiles; the reason is where the
    // operator looks for the missing ones.
    m_profiles->setToolTip(m_list.storedProblem().ok()
                               ? tr("The payroll profile: which columns, under which headers, and how hours and "
                                    "dates are written")
                               : PayrollProfileText::problem(m_list.storedProblem()));
}

} // namespace punchclock::ui

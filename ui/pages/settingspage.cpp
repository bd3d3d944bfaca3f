#include "settingspage.h"

#include "backupsection.h"
#include "consolecontext.h"
#include "consolelock.h"
#include "datasection.h"
#include "operatorssection.h"
#include "pageheader.h"
#include "permissiontext.h"
#include "privacysection.h"
#include "rangespinbox.h"
#include "serversection.h"
#include "terminalaccesssection.h"
#include "translationloader.h"

#include "settingsrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

using engine::ServerSettings;

QSpinBox *secondsField(const char *objectName, QWidget *parent)
{
    auto *field = new RangeSpinBox(10, 7 * 24 * 3600, parent);
    field->setObjectName(QLatin1String(objectName));
    field->setSuffix(SettingsPage::tr(" s"));
    field->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return field;
}

void setUnlessEdited(QSpinBox *field, int value)
{
    if (!SettingsStore::isBeingEdited(field))
        field->setValue(value);
}

void setChecked(QCheckBox *field, bool checked)
{
    const QSignalBlocker blocker(field);
    field->setChecked(checked);
}

} // namespace

SettingsPage::SettingsPage(ConsoleContext &context, QWidget *parent)
    : Page(context, parent)
    , m_settings(context)
    , m_read(context.reader(), this, [this](Snapshot snapshot) { present(std::move(snapshot)); })
{
    m_header = new PageHeader(tr("Settings"), this);

    auto *content = new QWidget;
    auto *sections = new QVBoxLayout(content);
    m_server = new ServerSection(context, m_settings, content);
    m_terminalAccess = new TerminalAccessSection(m_settings, content);
    m_data = new DataSection(context, content);
    m_privacy = new PrivacySection(m_settings, content);
    m_backups = new BackupSection(context, m_settings, content);
    m_operators = new OperatorsSection(context, content);
    m_siteSections = {m_server, terminalsSection(), m_terminalAccess, timeZoneSection(), commandsSection(),
                      m_data,   m_privacy};
    for (QWidget *section : std::as_const(m_siteSections))
        sections->addWidget(section);
    sections->addWidget(m_backups);
    sections->addWidget(m_operators);
    m_siteSections.append(lockSection());
    sections->addWidget(m_siteSections.constLast());
    sections->addWidget(languageSection());
    sections->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(scroll, 1);

    connect(&context, &ConsoleContext::settingsChanged, this, &SettingsPage::reload);
    connect(&context, &ConsoleContext::actorChanged, this, &SettingsPage::updatePermissions);
    updatePermissions();
    reload();
}

SettingsPage::~SettingsPage()
{
    // A field still being edited saves when it loses focus; that must happen while this page
    // exists, not while QWidget's destructor hides it.
    if (QWidget *editing = focusWidget(); editing && isAncestorOf(editing))
        editing->clearFocus();
}

QWidget *SettingsPage::terminalsSection()
{
    auto *box = new QGroupBox(tr("Terminals"));
    m_autoApprove = new QCheckBox(tr("Approve new &terminals automatically"), box);
    m_autoApprove->setObjectName(QStringLiteral("autoApprove"));
    QLabel *error = SettingsStore::errorLabel("autoApproveError", box);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_autoApprove);
    layout->addWidget(error);
    layout->addWidget(SettingsStore::hintLabel(
        tr("Off: a terminal that contacts this PC for the first time waits on the Terminals page "
           "until you approve it. Its punches are kept and marked meanwhile, and it gets no "
           "commands. On: every terminal that reaches this port is trusted at once; use it "
           "only on a network you control."),
        box));
    connect(m_autoApprove, &QCheckBox::toggled, this, [this, error](bool on) {
        m_settings.save(ServerSettings::AutoApproveKey, on ? QStringLiteral("1") : QStringLiteral("0"), error);
    });
    return box;
}

QWidget *SettingsPage::timeZoneSection()
{
    auto *box = new QGroupBox(tr("Site time zone"));
    m_timeZone = new QComboBox(box);
    m_timeZone->setObjectName(QStringLiteral("siteTimeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setMinimumContentsLength(28);
    m_timeZone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_timeZone->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZoneError = SettingsStore::errorLabel("siteTimeZoneError", box);
    auto *form = new QFormLayout(box);
    auto *label = new QLabel(tr("Time &zone:"), box);
    label->setBuddy(m_timeZone);
    form->addRow(label, m_timeZone);
    form->addRow(QString(), m_timeZoneError);
    form->addRow(SettingsStore::hintLabel(
        tr("Where the terminals are. Used to tell how far each terminal's clock is off and to spot "
           "punches with impossible times; punch times themselves are kept as the terminal wrote them."),
        box));
    connect(m_timeZone->lineEdit(), &QLineEdit::editingFinished, this, &SettingsPage::saveTimeZone);
    connect(m_timeZone, &QComboBox::activated, this, &SettingsPage::saveTimeZone);
    return box;
}

QWidget *SettingsPage::commandsSection()
{
    auto *box = new QGroupBox(tr("Commands"));
    m_commandTimeout = secondsField("commandTimeout", box);
    m_clockSync = new QCheckBox(tr("Set terminal &clocks that drift"), box);
    m_clockSync->setObjectName(QStringLiteral("clockAutoSync"));
    m_syncThreshold = secondsField("clockSyncThreshold", box);
    m_readBackWrites = new QCheckBox(tr("&Verify each change to a user by reading it back from the terminal"), box);
    m_enrollTimeout = secondsField("enrollTimeout", box);
    m_readBackWrites->setObjectName(QStringLiteral("readBackWrites"));
    m_commandsError = SettingsStore::errorLabel("commandsError", box);
    auto *form = new QFormLayout(box);
    auto *timeoutLabel = new QLabel(tr("&Give up on a command after:"), box);
    timeoutLabel->setBuddy(m_commandTimeout);
    form->addRow(timeoutLabel, m_commandTimeout);
    form->addRow(QString(), m_clockSync);
    auto *thresholdLabel = new QLabel(tr("When off by more t&han:"), box);
    thresholdLabel->setBuddy(m_syncThreshold);
    form->addRow(thresholdLabel, m_syncThreshold);
    form->addRow(QString(), m_readBackWrites);
    auto *enrollLabel = new QLabel(tr("Remote enrollment waits &up to:"), box);
    enrollLabel->setBuddy(m_enrollTimeout);
    form->addRow(enrollLabel, m_enrollTimeout);
    form->addRow(QString(), m_commandsError);
    form->addRow(
        SettingsStore::hintLabel(tr("A command sent to a terminal and not answered in this time ends as “No answer”. "
                                    "Clocks are set at most once every 15 minutes per terminal. Some terminals "
                                    "answer OK to a change they ignored: read back, it shows as “Not applied”. "
                                    "A remote enrollment waits this long for the finger or face once the "
                                    "terminal has opened its enrollment screen."),
                                 box));
    connect(m_commandTimeout, &QSpinBox::editingFinished, this,
            [this] { saveSeconds(ServerSettings::CommandTimeoutKey, m_commandTimeout); });
    connect(m_syncThreshold, &QSpinBox::editingFinished, this,
            [this] { saveSeconds(ServerSettings::ClockSyncThresholdKey, m_syncThreshold); });
    connect(m_enrollTimeout, &QSpinBox::editingFinished, this,
            [this] { saveSeconds(ServerSettings::EnrollTimeoutKey, m_enrollTimeout); });
    connect(m_clockSync, &QCheckBox::toggled, this, [this](bool on) {
        m_syncThreshold->setEnabled(on);
        m_settings.save(ServerSettings::ClockSyncKey, on ? QStringLiteral("1") : QStringLiteral("0"), m_commandsError);
    });
    connect(m_readBackWrites, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.save(ServerSettings::ReadBackWritesKey, on ? QStringLiteral("1") : QStringLiteral("0"),
                        m_commandsError);
    });
    return box;
}

QWidget *SettingsPage::languageSection()
{
    auto *box = new QGroupBox(tr("Language"));
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so that it can be found by someone who cannot read the current one.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    auto *form = new QFormLayout(box);
    auto *label = new QLabel(tr("&Language:"), box);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    form->addRow(SettingsStore::hintLabel(tr("Used from the next start of Punchclock."), box));
    connect(m_language, &QComboBox::activated, this, [this] {
        QSettings().setValue(QLatin1String(TranslationLoader::LanguageKey), m_language->currentData().toString());
    });
    return box;
}

QWidget *SettingsPage::lockSection()
{
    auto *box = new QGroupBox(tr("Lock"));
    box->setObjectName(QStringLiteral("lockSection"));
    m_lockAfter = new RangeSpinBox(0, 24 * 60, box);
    m_lockAfter->setObjectName(QStringLiteral("lockAfter"));
    m_lockAfter->setSuffix(tr(" min"));
    m_lockAfter->setSpecialValueText(tr("Never"));
    m_lockAfter->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_lockError = SettingsStore::errorLabel("lockAfterError", box);
    auto *form = new QFormLayout(box);
    auto *label = new QLabel(tr("Lock the console &after:"), box);
    label->setBuddy(m_lockAfter);
    form->addRow(label, m_lockAfter);
    form->addRow(QString(), m_lockError);
    form->addRow(SettingsStore::hintLabel(
        tr("Without keyboard or mouse use for this long, the console hides what it shows and asks "
           "for the password again (Ctrl+L locks it at once). Pages stay as they were left."),
        box));
    connect(m_lockAfter, &QSpinBox::editingFinished, this, [this] {
        const QString minutes = QString::number(m_lockAfter->value());
        if (m_settings.value(ConsoleLock::LockAfterKey) != minutes)
            m_settings.save(ConsoleLock::LockAfterKey, minutes, m_lockError);
    });
    return box;
}

void SettingsPage::updatePermissions()
{
    const bool mayChange = context().allows(services::Permission::ChangeSettings);
    const QString reason =
        mayChange ? QString() : PermissionText::notAllowed(context().actor(), services::Permission::ChangeSettings);
    // A disabled field says why when pointed at, as well as the page's summary.
    for (QWidget *section : std::as_const(m_siteSections)) {
        section->setEnabled(mayChange);
        section->setToolTip(reason);
    }
    m_backups->setEnabled(context().allows(services::Permission::BackupAndRestore));
    m_operators->setVisible(context().allows(services::Permission::ManageOperators));
    m_header->setSummary(mayChange ? tr("Every change is saved at once and used by the server within 2 seconds.")
                                   : reason);
}

void SettingsPage::saveTimeZone()
{
    const QString zone = m_timeZone->currentText().trimmed();
    if (m_timeZone->findText(zone, Qt::MatchFixedString) < 0 || !QTimeZone(zone.toUtf8()).isValid()) {
        SettingsStore::showError(m_timeZoneError, tr("“%1” is not a time zone. Pick one from the list, such as %2.")
                                                      .arg(zone, QString::fromUtf8(QTimeZone::systemTimeZoneId())));
        return;
    }
    const QString canonical = m_timeZone->itemText(m_timeZone->findText(zone, Qt::MatchFixedString));
    if (canonical == m_settings.value(ServerSettings::SiteTimeZoneKey)) {
        SettingsStore::showError(m_timeZoneError, {});
        return;
    }
    m_timeZone->setEditText(canonical);
    m_settings.save(ServerSettings::SiteTimeZoneKey, canonical, m_timeZoneError);
}

void SettingsPage::saveSeconds(const char *key, const QSpinBox *field)
{
    if (m_settings.value(key) != QString::number(field->value()))
        m_settings.save(key, QString::number(field->value()), m_commandsError);
}

void SettingsPage::reload()
{
    m_read.request([saves = m_settings.saves()](const QSqlDatabase &db) { return read(db, saves); });
}

SettingsPage::Snapshot SettingsPage::read(const QSqlDatabase &db, quint64 saves)
{
    QStringList keys = ServerSection::storedKeys() + TerminalAccessSection::storedKeys() +
                       PrivacySection::storedKeys() + BackupSection::storedKeys();
    for (const char *key : {ServerSettings::SiteTimeZoneKey, ServerSettings::CommandTimeoutKey,
                            ServerSettings::ClockSyncThresholdKey, ServerSettings::EnrollTimeoutKey,
                            ConsoleLock::LockAfterKey})
        keys << QLatin1String(key);
    const storage::SettingsRepository settings(db);
    Snapshot snapshot;
    snapshot.server = ServerSettings::load(settings);
    snapshot.stored = settings.values(keys);
    snapshot.accounts = OperatorsSection::read(db);
    snapshot.saves = saves;
    return snapshot;
}

void SettingsPage::present(Snapshot snapshot)
{
    if (!m_settings.take(std::move(snapshot.stored), snapshot.saves))
        return; // read before a save of this page's: the read that save asked for follows
    const ServerSettings &current = snapshot.server;
    setChecked(m_autoApprove, current.autoApproveTerminals);
    if (!SettingsStore::isBeingEdited(m_timeZone))
        m_timeZone->setEditText(QString::fromUtf8(current.siteTimeZone.id()));
    setUnlessEdited(m_commandTimeout, current.commandTimeoutSeconds);
    setChecked(m_clockSync, current.autoClockSync);
    m_syncThreshold->setEnabled(current.autoClockSync);
    setUnlessEdited(m_syncThreshold, current.clockSyncThresholdSeconds);
    setChecked(m_readBackWrites, current.readBackWrites);
    setUnlessEdited(m_enrollTimeout, current.enrollTimeoutSeconds);
    const int language =
        m_language->findData(QSettings().value(QLatin1String(TranslationLoader::LanguageKey)).toString());
    m_language->setCurrentIndex(qMax(language, 0));
    setUnlessEdited(m_lockAfter, ConsoleLock::lockAfterMinutes(m_settings.value(ConsoleLock::LockAfterKey)));
    m_server->present();
    m_terminalAccess->present(current);
    m_data->reload();
    m_privacy->present();
    m_backups->present();
    m_operators->present(std::move(snapshot.accounts));
}

} // namespace punchclock::ui

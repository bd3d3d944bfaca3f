#include "commandbuilderdialog.h"

#include "permissiontext.h"

#include "commandforms/commandform.h"
#include "commandforms/enrollmenuform.h"
#include "commandforms/lograngeform.h"
#include "commandforms/noparameterform.h"
#include "commandforms/opendoorform.h"
#include "commandforms/parametermessage.h"
#include "commandforms/serveraddressform.h"
#include "commandforms/settimeform.h"
#include "commandforms/terminalnameform.h"
#include "commandforms/usercommandform.h"
#include "commandforms/userinfoform.h"
#include "icons.h"
#include "jobdescription.h"
#include "serveraddressconfirmation.h"
#include "terminalpicker.h"

#include "commandbuilder.h"
#include "commandservice.h"
#include "commandtraits.h"
#include "userrepository.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace punchclock::ui {

using protocol::CommandCode;

namespace {

constexpr int CodeRole = Qt::UserRole + 1;

struct Group
{
    QString title;
    QList<CommandCode> codes;
    bool destructive = false;
};

QList<Group> groups()
{
    return {
        {CommandBuilderDialog::tr("Terminal"),
         {CommandCode::GetDeviceStatus, CommandCode::SetTime, CommandCode::SetFkName, CommandCode::SetWebServerInfo,
          CommandCode::ResetFk, CommandCode::OpenDoor, CommandCode::EnableEnrollFunc}},
        {CommandBuilderDialog::tr("Users"),
         {CommandCode::SetUserInfo, CommandCode::GetUserInfo, CommandCode::GetUserIdList, CommandCode::SetUserName,
          CommandCode::SetUserPrivilege, CommandCode::GetEnrollData, CommandCode::SetEnrollData,
          CommandCode::EnableUser, CommandCode::DeleteUser}},
        {CommandBuilderDialog::tr("Logs"), {CommandCode::GetLogData, CommandCode::GetSlogData}},
        {CommandBuilderDialog::tr("Danger"), {CommandCode::ClearLogData, CommandCode::ClearEnrollData}, true},
    };
}

CommandForm *createForm(ConsoleContext &context, CommandCode code, QWidget *parent)
{
    switch (code) {
    case CommandCode::GetLogData: return new LogRangeForm(context, parent);
    case CommandCode::GetSlogData: return new LogRangeForm(context, parent, CommandCode::GetSlogData);
    case CommandCode::SetTime: return new SetTimeForm(context, parent);
    case CommandCode::SetFkName: return new TerminalNameForm(context, parent);
    case CommandCode::SetWebServerInfo: return new ServerAddressForm(context, parent);
    case CommandCode::SetUserInfo: return new UserInfoForm(context, parent);
    case CommandCode::OpenDoor: return new OpenDoorForm(context, parent);
    case CommandCode::EnableEnrollFunc: return new EnrollMenuForm(context, parent);
    case CommandCode::DeleteUser:
    case CommandCode::GetUserInfo:
    case CommandCode::SetUserName:
    case CommandCode::SetUserPrivilege:
    case CommandCode::GetEnrollData:
    case CommandCode::SetEnrollData:
    case CommandCode::EnableUser: return new UserCommandForm(context, code, parent);
    default: break;
    }
    return new NoParameterForm(context, code, parent);
}

QString failureText(const services::CommandService::Outcome &outcome)
{
    using Failure = services::CommandService::Outcome::Failure;
    switch (outcome.failure) {
    case Failure::None: break;
    case Failure::UnknownTerminal:
        return CommandBuilderDialog::tr("The terminal %1 is not known to the console.").arg(outcome.subject);
    case Failure::InvalidParameters: return ParameterMessage::text(outcome.command.error);
    case Failure::UnknownUser: return CommandBuilderDialog::tr("The user %1 is not in the store.").arg(outcome.subject);
    case Failure::IncompleteUser:
        return CommandBuilderDialog::tr("User %1 is known only from a terminal's user list; its name, privilege and "
                                        "credentials were never read. Sending it would wipe them on the terminal: "
                                        "fetch the user from a terminal first (GET_USER_INFO).")
            .arg(outcome.subject);
    case Failure::NoTerminals: return CommandBuilderDialog::tr("There is no terminal to send to.");
    case Failure::NotAllowed: return PermissionText::denied(outcome.permission, outcome.department);
    case Failure::Storage:
        return CommandBuilderDialog::tr("The database refused the change; nothing was queued. Try again.");
    }
    return {};
}

} // namespace

CommandBuilderDialog::CommandBuilderDialog(ConsoleContext &context, const CommandDraft &draft, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_commands(new QTreeWidget(this))
    , m_terminal(new TerminalPicker(this))
    , m_terminalMessage(new QLabel(this))
    , m_title(new QLabel(this))
    , m_forms(new QStackedWidget(this))
    , m_previewToggle(new QToolButton(this))
    , m_preview(new QPlainTextEdit(this))
    , m_previewNote(new QLabel(this))
    , m_sendError(new QLabel(this))
    , m_terminalsRead(context.reader(), this,
                      [this](Terminals terminals) { showTerminals(terminals.list, terminals.chosen); })
    , m_usersRead(context.reader(), this, [this](QList<storage::UserRow> users) { showUsers(users); })
{
    setObjectName(QStringLiteral("commandBuilder"));
    setWindowTitle(tr("New command"));
    resize(960, 680);

    m_search->setObjectName(QStringLiteral("commandSearch"));
    m_search->setPlaceholderText(tr("Search commands"));
    m_search->setClearButtonEnabled(true);
    m_commands->setObjectName(QStringLiteral("commandList"));
    m_commands->setHeaderHidden(true);
    m_commands->setRootIsDecorated(false);
    buildCommandList();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchLabel = new QLabel(tr("Fin&d command:"), left);
    searchLabel->setBuddy(m_search);
    leftLayout->addWidget(searchLabel);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_commands, 1);

    m_title->setProperty("role", QStringLiteral("pageTitle"));
    m_terminalMessage->setObjectName(QStringLiteral("terminalMessage"));
    m_terminalMessage->setProperty("role", QStringLiteral("fieldError"));
    m_forms->setObjectName(QStringLiteral("commandForms"));
    for (const Group &group : groups()) {
        for (CommandCode code : group.codes) {
            CommandForm *form = createForm(context, code, m_forms);
            m_forms->addWidget(form);
            m_formByCode.insert(code, form);
            connect(form, &CommandForm::changed, this, &CommandBuilderDialog::revalidate);
        }
    }
    auto *terminalRow = new QFormLayout;
    terminalRow->addRow(tr("&Terminal:"), m_terminal);
    terminalRow->addRow(QString(), m_terminalMessage);

    m_previewToggle->setObjectName(QStringLiteral("previewToggle"));
    m_previewToggle->setText(tr("&What will be sent"));
    m_previewToggle->setCheckable(true);
    m_previewToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_previewToggle->setArrowType(Qt::RightArrow);
    m_previewToggle->setAutoRaise(true);
    m_preview->setObjectName(QStringLiteral("jsonPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setVisible(false);
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setWordWrap(true);
    m_previewNote->setVisible(false);
    connect(m_previewToggle, &QToolButton::toggled, this, [this](bool open) {
        m_previewToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_preview->setVisible(open);
        m_previewNote->setVisible(open);
    });
    m_sendError->setObjectName(QStringLiteral("sendError"));
    m_sendError->setProperty("role", QStringLiteral("fieldError"));
    m_sendError->setWordWrap(true);
    m_sendError->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("commandBuilderButtons"));
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setIcon(themedIcon("document-send"));
    m_send->setDefault(true);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(buttons, &QDialogButtonBox::accepted, this, &CommandBuilderDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addLayout(terminalRow);
    rightLayout->addWidget(m_forms);
    rightLayout->addWidget(m_previewToggle);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_previewNote);
    rightLayout->addStretch();
    rightLayout->addWidget(m_sendError);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &CommandBuilderDialog::filterCommands);
    connect(m_commands, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || !item->data(0, CodeRole).isValid())
            return;
        const auto code = CommandCode(item->data(0, CodeRole).toInt());
        m_forms->setCurrentWidget(m_formByCode.value(code));
        m_title->setText(JobDescription::commandName(code));
        revalidate();
    });
    connect(m_terminal, &TerminalPicker::devIdChanged, this, &CommandBuilderDialog::terminalChanged);
    connect(&context, &ConsoleContext::terminalsChanged, this, [this] {
        m_terminalsRead.request([devId = m_terminal->devId()](const QSqlDatabase &db) {
            return Terminals{storage::TerminalRepository(db).list(), readTerminal(db, devId)};
        });
    });
    connect(&context, &ConsoleContext::usersChanged, this, [this] {
        m_usersRead.request([](const QSqlDatabase &db) { return storage::UserRepository(db).list(); });
    });

    // What the dialog opens with, in one wait.
    const auto [terminals, users] = context.reader().wait([](const QSqlDatabase &db) {
        return std::make_pair(storage::TerminalRepository(db).list(), storage::UserRepository(db).list());
    });
    m_terminal->setTerminals(terminals);
    showUsers(users);
    {
        const QSignalBlocker blocker(m_terminal); // one read of the terminal, below
        m_terminal->setDevId(draft.devId);
    }
    terminalChanged();
    selectCommand(draft.code.value_or(CommandCode::GetDeviceStatus));
    if (draft.code && !draft.parameters.isEmpty()) {
        // A job's parameters, to send again: what is wrong with them shows at once.
        m_formByCode.value(*draft.code)->setDraft(draft.parameters);
        m_formByCode.value(*draft.code)->revealMessages();
    }
    for (CommandForm *form : std::as_const(m_formByCode))
        form->watchEdits();
    revalidate();
    m_search->setFocus();
}

void CommandBuilderDialog::buildCommandList()
{
    for (const Group &group : groups()) {
        auto *heading = new QTreeWidgetItem(m_commands, {group.title});
        heading->setFlags(Qt::ItemIsEnabled);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (CommandCode code : group.codes) {
            auto *item = new QTreeWidgetItem(heading, {JobDescription::commandName(code)});
            item->setData(0, CodeRole, int(code));
            item->setToolTip(0, QString::fromLatin1(protocol::commandCodeName(code)));
        }
        if (group.destructive)
            heading->setIcon(0, themedIcon("dialog-warning"));
        heading->setExpanded(true);
    }
}

void CommandBuilderDialog::filterCommands(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_commands->topLevelItemCount(); ++g) {
        QTreeWidgetItem *heading = m_commands->topLevelItem(g);
        bool any = false;
        for (int c = 0; c < heading->childCount(); ++c) {
            QTreeWidgetItem *item = heading->child(c);
            const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive)
                || item->toolTip(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            any = any || match;
        }
        heading->setHidden(!any);
    }
    QTreeWidgetItem *current = m_commands->currentItem();
    if (current && current->isHidden()) {
        for (QTreeWidgetItemIterator it(m_commands, QTreeWidgetItemIterator::NotHidden); *it; ++it) {
            if ((*it)->data(0, CodeRole).isValid()) {
                m_commands->setCurrentItem(*it);
                break;
            }
        }
    }
}

bool CommandBuilderDialog::selectCommand(CommandCode code)
{
    for (QTreeWidgetItemIterator it(m_commands); *it; ++it) {
        if ((*it)->data(0, CodeRole).isValid() && CommandCode((*it)->data(0, CodeRole).toInt()) == code) {
            m_commands->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

CommandForm *CommandBuilderDialog::currentForm() const
{
    return qobject_cast<CommandForm *>(m_forms->currentWidget());
}

QString CommandBuilderDialog::terminalDevId() const
{
    return m_terminal->devId();
}

QString CommandBuilderDialog::previewText() const
{
    return m_preview->toPlainText();
}

bool CommandBuilderDialog::canSend() const
{
    return m_valid && !m_terminal->devId().isEmpty();
}

void CommandBuilderDialog::reject()
{
    // Esc or Close: what the operator typed is not thrown away without asking.
    const bool typed = std::any_of(m_formByCode.cbegin(), m_formByCode.cend(),
                                   [](const CommandForm *form) { return form->hasEdits(); });
    if (typed && QMessageBox::question(
                     this, tr("Discard this command?"), tr("The values you entered are lost. Discard the command?"),
                     QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

void CommandBuilderDialog::showTerminals(const QList<storage::TerminalRow> &terminals, const CommandTerminal &chosen)
{
    m_terminal->setTerminals(terminals); // a terminal gone is no longer chosen: terminalChanged()
    if (chosen.devId != m_chosen.devId)
        return;
    // The same terminal: its name limit may be known by now. The forms keep what the operator chose.
    m_chosen.nameLimit = chosen.nameLimit;
    revalidate();
}

void CommandBuilderDialog::showUsers(const QList<storage::UserRow> &users)
{
    for (CommandForm *form : std::as_const(m_formByCode))
        form->setUsers(users);
    revalidate();
}

CommandTerminal CommandBuilderDialog::readTerminal(const QSqlDatabase &db, const QString &devId)
{
    CommandTerminal terminal;
    terminal.devId = devId;
    if (devId.isEmpty())
        return terminal;
    const storage::TerminalRepository terminals(db);
    terminal.logsPulledUntil = terminals.logsPulledUntil(devId);
    terminal.nameLimit = terminals.nameLimit(devId);
    const std::optional<storage::TerminalRow> row = terminals.find(devId);
    terminal.recordLibrary = protocol::recordLibraryFromName(row ? row->recordLibrary : QString());
    return terminal;
}

void CommandBuilderDialog::terminalChanged()
{
    const QString devId = m_terminal->devId();
    m_chosen = m_context.reader().wait([&devId](const QSqlDatabase &db) { return readTerminal(db, devId); });
    m_chosen.name = m_terminal->terminalName();
    for (CommandForm *form : std::as_const(m_formByCode))
        form->setTerminal(m_chosen);
    revalidate();
}

void CommandBuilderDialog::revalidate()
{
    CommandForm *form = currentForm();
    if (!form)
        return;
    const CommandForm::Input input = form->input();
    const protocol::BuiltCommand built = protocol::buildCommand(form->code(), input.parameters, input.binaries);
    QHash<QString, QString> errors;
    QHash<QString, QString> warnings;
    // The form's own finding is the more precise one ("cannot read this file" rather than "choose one").
    if (!input.problem.isEmpty())
        errors.insert(input.problemField, input.problem);
    if (!built.ok() && !errors.contains(form->fieldFor(built.errorField)))
        errors.insert(form->fieldFor(built.errorField), ParameterMessage::text(built.error));
    for (const auto &[warning, field] : built.warnings)
        warnings.insert(form->fieldFor(field), ParameterMessage::text(warning));
    // A terminal a read-back showed cutting names: what it will keep, instead of "some terminals".
    const QString nameKey = QLatin1String(protocol::ParameterKey::UserName);
    const QString name = input.parameters.value(nameKey).toString();
    const std::optional<int> limit = m_chosen.nameLimit;
    if (limit && name.size() > *limit) {
        warnings.insert(form->fieldFor(nameKey), tr("%1 keeps only the first %n characters: it will keep \"%2\".",
                                                    nullptr, *limit)
                                                     .arg(m_terminal->terminalName(), name.left(*limit)));
    }
    form->showMessages(errors, warnings);

    const bool hasTerminal = !m_terminal->devId().isEmpty();
    m_terminalMessage->setText(hasTerminal ? QString() : tr("Choose the terminal to send to."));
    m_terminalMessage->setVisible(!hasTerminal);
    m_valid = built.ok() && input.problem.isEmpty();
    // Send stays enabled while errors wait unseen under untouched fields: pressing it shows them.
    m_send->setEnabled(hasTerminal && (m_valid || !form->showsErrors()));

    const QJsonObject shown = built.ok() ? built.parameters.json() : input.parameters;
    m_preview->setPlainText(QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented)));
    QStringList sizes;
    for (const QByteArray &binary : built.parameters.binaries())
        sizes << QLocale().formattedDataSize(binary.size());
    if (!m_valid)
        m_previewNote->setText(tr("Not valid yet: see the messages above."));
    else if (!sizes.isEmpty())
        m_previewNote->setText(tr("Files attached: %1").arg(QLocale().createSeparatedList(sizes)));
    else if (shown.isEmpty())
        m_previewNote->setText(tr("Nothing is sent beyond the command itself."));
    else
        m_previewNote->clear();
}

void CommandBuilderDialog::send()
{
    CommandForm *form = currentForm();
    if (!form)
        return;
    form->revealMessages();
    revalidate();
    if (!canSend())
        return;
    const CommandCode code = form->code();
    if (code == CommandCode::DeleteUser || code == CommandCode::ResetFk) {
        const QString question = code == CommandCode::DeleteUser
            ? tr("Delete this user and all their credentials from %1?").arg(m_terminal->terminalName())
            : tr("Restart %1? Commands queued for it before the restart are ignored by the terminal.")
                  .arg(m_terminal->terminalName());
        if (QMessageBox::question(this, JobDescription::commandName(code), question,
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
    }
    const CommandForm::Input input = form->input();
    if (protocol::cutsOffOnMistake(code)
        && !ServerAddressConfirmation::confirm(this, m_terminal->terminalName(),
                                               protocol::buildCommand(code, input.parameters, input.binaries)))
        return;
    const QString devId = m_terminal->devId();
    const services::Actor actor = m_context.actor();
    const services::CommandService::Outcome outcome = m_context.reader().wait([&](const QSqlDatabase &db) {
        return services::CommandService(db).queue(devId, code, input.parameters, input.binaries, actor);
    });
    if (!outcome.ok() || outcome.jobIds.isEmpty()) {
        m_sendError->setText(failureText(outcome));
        m_sendError->setVisible(true);
        return;
    }
    m_context.notifyChanged(code == CommandCode::SetUserInfo ? ConsoleContext::Jobs | ConsoleContext::Users
                                                             : ConsoleContext::Areas(ConsoleContext::Jobs));
    m_context.showJob(outcome.jobIds.first());
    accept();
}

} // namespace punchclock::ui

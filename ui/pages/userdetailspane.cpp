#include "userdetailspane.h"

#include "displayformat.h"
#include "statustone.h"
#include "terminalhealth.h"
#include "usermessages.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

QTableWidget *makeTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(90);
    return table;
}

QTableWidgetItem *timeItem(const QDateTime &utc)
{
    auto *item = new QTableWidgetItem(DisplayFormat::age(utc));
    item->setToolTip(QLocale().toString(utc.toLocalTime(), QLocale::LongFormat));
    return item;
}

// Enabled, or since when and by whom disabled (as the reports count it).
QString statusText(const UserDetails &details)
{
    if (details.user.enabled)
        return UserDetailsPane::tr("May clock in");
    if (!details.lastStatusChange || details.lastStatusChange->enabled)
        return UserDetailsPane::tr("Disabled");
    const storage::UserStatusChange &last = *details.lastStatusChange;
    //: %1 the date from which the reports expect no work of them, %2 who disabled them
    return UserDetailsPane::tr("Disabled from %1 by %2: refused at the terminals, nothing expected in the reports")
        .arg(QLocale().toString(last.effectiveFrom, QLocale::ShortFormat), last.changedBy);
}

QLabel *sectionLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

UserDetails UserDetails::read(const QSqlDatabase &db, const storage::UserRow &user)
{
    UserDetails details;
    details.user = user;
    const storage::UserRepository users(db);
    if (user.hasPhoto)
        details.photo = users.photo(user.userId);
    if (!user.enabled) {
        const QList<storage::UserStatusChange> changes = storage::UserStatusRepository(db).history(user.userId);
        if (!changes.isEmpty())
            details.lastStatusChange = changes.first();
    }
    details.credentials = users.credentials(user.userId);
    details.history = users.history(user.userId);
    return details;
}

UserDetailsPane::UserDetailsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("userDetails"));
    m_stack = new QStackedWidget(this);

    auto *empty = new QLabel(tr("Select a user to see its credentials, the terminals holding it and what changed."),
                             m_stack);
    empty->setObjectName(QStringLiteral("userDetailsEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(empty);

    auto *content = new QWidget;
    m_photo = new QLabel(content);
    m_photo->setObjectName(QStringLiteral("detailsPhoto"));
    m_photo->setFixedSize(96, 96);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_name = new QLabel(content);
    m_name->setObjectName(QStringLiteral("detailsName"));
    m_name->setProperty("role", QStringLiteral("pageTitle"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields = new QLabel(content);
    m_fields->setObjectName(QStringLiteral("detailsFields"));
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields->setWordWrap(true);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_fields);
    nameColumn->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_photo);
    top->addLayout(nameColumn, 1);

    m_credentials = makeTable(QStringLiteral("credentialTable"),
                              {tr("Credential"), tr("Size"), tr("Updated"), tr("From terminal")}, content);
    m_enroll = new QPushButton(tr("Enr&oll at a terminal…"), content);
    m_enroll->setObjectName(QStringLiteral("detailsEnrollButton"));
    connect(m_enroll, &QPushButton::clicked, this, &UserDetailsPane::enrollRequested);
    m_membership = makeTable(QStringLiteral("membershipTable"), {tr("Terminal"), tr("State")}, content);
    m_removeFromTerminal = new QPushButton(tr("Remo&ve from this terminal"), content);
    m_removeFromTerminal->setObjectName(QStringLiteral("removeFromTerminalButton"));
    m_fetchFromTerminal = new QPushButton(tr("Fetch from this termina&l"), content);
    m_fetchFromTerminal->setObjectName(QStringLiteral("fetchFromTerminalButton"));
    connect(m_removeFromTerminal, &QPushButton::clicked, this,
            [this] { Q_EMIT removeFromTerminalRequested(selectedTerminal()); });
    connect(m_fetchFromTerminal, &QPushButton::clicked, this,
            [this] { Q_EMIT fetchFromTerminalRequested(selectedTerminal()); });
    connect(m_membership, &QTableWidget::itemSelectionChanged, this, &UserDetailsPane::updateMembershipButtons);
    auto *membershipButtons = new QHBoxLayout;
    membershipButtons->addWidget(m_removeFromTerminal);
    membershipButtons->addWidget(m_fetchFromTerminal);
    membershipButtons->addStretch();
    m_history = makeTable(QStringLiteral("historyTable"),
                          {tr("When"), tr("Credential"), tr("Change"), tr("From terminal"), tr("By")}, content);

    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(sectionLabel(tr("&Credentials"), m_credentials, content));
    layout->addWidget(m_credentials, 2);
    auto *credentialButtons = new QHBoxLayout;
    credentialButtons->addWidget(m_enroll);
    credentialButtons->addStretch();
    layout->addLayout(credentialButtons);
    layout->addWidget(sectionLabel(tr("&Terminals holding this user"), m_membership, content));
    layout->addWidget(m_membership, 1);
    layout->addLayout(membershipButtons);
    layout->addWidget(sectionLabel(tr("Histor&y of credential changes"), m_history, content));
    layout->addWidget(m_history, 2);

    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    updateMembershipButtons();
}

void UserDetailsPane::showUser(const UserDetails *details, const QList<storage::TerminalRow> &terminals)
{
    const storage::UserRow *user = details ? &details->user : nullptr;
    const QString previousTerminal = m_userId == (user ? user->userId : QString()) ? selectedTerminal() : QString();
    m_userId = user ? user->userId : QString();
    m_stack->setCurrentIndex(user ? 1 : 0);
    if (!user)
        return;

    QImage image;
    if (user->hasPhoto && image.loadFromData(details->photo)) {
        m_photo->setPixmap(QPixmap::fromImage(image.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_photo->setPixmap({});
        m_photo->setText(tr("No photo"));
    }
    m_name->setText(user->name.isEmpty() ? tr("(no name)") : user->name);
    m_fields->setText(tr("User ID %1 · %2 · %3 · %4")
                          .arg(user->userId, user->department.isEmpty() ? tr("No department") : user->department,
                               UserMessages::privilegeName(user->privilege), statusText(*details)));

    QHash<QString, storage::TerminalRow> terminalOf;
    for (const storage::TerminalRow &terminal : terminals)
        terminalOf.insert(terminal.devId, terminal);
    const auto terminalName = [&terminalOf](const QString &devId) {
        const auto it = terminalOf.constFind(devId);
        return devId.isEmpty() ? tr("entered here") : it == terminalOf.constEnd() || it->name.isEmpty() ? devId : it->name;
    };

    const QList<storage::CredentialInfo> &credentials = details->credentials;
    m_credentials->setRowCount(int(credentials.size()));
    for (int row = 0; row < credentials.size(); ++row) {
        const storage::CredentialInfo &credential = credentials.at(row);
        auto *name = new QTableWidgetItem(UserMessages::backupNumberName(credential.backupNumber));
        name->setToolTip(tr("backup_number %1").arg(credential.backupNumber));
        m_credentials->setItem(row, 0, name);
        auto *size = new QTableWidgetItem(tr("%1 bytes").arg(QLocale().toString(credential.size)));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_credentials->setItem(row, 1, size);
        m_credentials->setItem(row, 2, timeItem(credential.updatedAt));
        auto *source = new QTableWidgetItem(terminalName(credential.sourceDevId));
        source->setToolTip(credential.sourceDevId);
        m_credentials->setItem(row, 3, source);
    }

    m_membership->setRowCount(int(user->terminals.size()));
    for (int row = 0; row < user->terminals.size(); ++row) {
        const QString &devId = user->terminals.at(row);
        auto *name = new QTableWidgetItem(terminalName(devId));
        name->setData(Qt::UserRole, devId);
        name->setToolTip(devId);
        m_membership->setItem(row, 0, name);
        const auto it = terminalOf.constFind(devId);
        const bool online = it != terminalOf.constEnd() && engine::TerminalHealth::isOnline(*it);
        m_membership->setItem(row, 1,
                              new QTableWidgetItem(toneIcon(online ? StatusTone::Good : StatusTone::Bad),
                                                   online ? tr("Online") : tr("Offline")));
        if (devId == previousTerminal)
            m_membership->selectRow(row);
    }
    if (m_membership->currentRow() < 0 && m_membership->rowCount() > 0)
        m_membership->selectRow(0);

    const QList<storage::CredentialChange> &history = details->history;
    m_history->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const storage::CredentialChange &change = history.at(row);
        m_history->setItem(row, 0, timeItem(change.at));
        m_history->setItem(row, 1, new QTableWidgetItem(UserMessages::backupNumberName(change.backupNumber)));
        m_history->setItem(row, 2, new QTableWidgetItem(UserMessages::changeAction(change.action)));
        auto *source = new QTableWidgetItem(terminalName(change.sourceDevId));
        source->setToolTip(change.sourceDevId);
        m_history->setItem(row, 3, source);
        m_history->setItem(row, 4, new QTableWidgetItem(change.changedBy.isEmpty() ? tr("terminal") : change.changedBy));
    }
    updateMembershipButtons();
}

QString UserDetailsPane::selectedTerminal() const
{
    const QTableWidgetItem *item = m_membership->item(m_membership->currentRow(), 0);
    return item && item->isSelected() ? item->data(Qt::UserRole).toString() : QString();
}

void UserDetailsPane::setActionsAllowed(bool allowed, const QString &why)
{
    m_actionsAllowed = allowed;
    for (QPushButton *button : {m_removeFromTerminal, m_fetchFromTerminal, m_enroll})
        button->setToolTip(why);
    m_enroll->setEnabled(allowed);
    updateMembershipButtons();
}

void UserDetailsPane::updateMembershipButtons()
{
    const bool chosen = m_actionsAllowed && !selectedTerminal().isEmpty();
    m_removeFromTerminal->setEnabled(chosen);
    m_fetchFromTerminal->setEnabled(chosen);
}

} // namespace punchclock::ui

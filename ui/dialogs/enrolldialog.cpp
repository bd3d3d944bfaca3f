#include "enrolldialog.h"

#include "consolecontext.h"
#include "jobdescription.h"
#include "outcometext.h"
#include "handpicker.h"
#include "problemlabel.h"

#include "enrollmentservice.h"
#include "jobrepository.h"
#include "fingers.h"
#include "terminalrepository.h"
#include "userrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

using services::EnrollmentError;
using services::EnrollmentService;
using storage::EnrollmentState;

constexpr int PollMs = 500;

QString refusalText(const services::Outcome &outcome)
{
    if (outcome.status != services::Outcome::Status::Refused)
        return OutcomeText::general(outcome);
    switch (outcome.error<EnrollmentError>()) {
    case EnrollmentError::NotAFingerOrFace: return EnrollDialog::tr("Choose a finger or the face.");
    case EnrollmentError::TerminalNotApproved: return EnrollDialog::tr("The terminal is not approved.");
    case EnrollmentError::KindUnknown:
        return EnrollDialog::tr("The terminal has not said what it can enroll yet; wait for its next poll.");
    case EnrollmentError::KindNotSupported: return EnrollDialog::tr("The terminal cannot enroll this.");
    case EnrollmentError::NotWaiting: return EnrollDialog::tr("The enrollment has already ended.");
    }
    return {};
}

} // namespace

EnrollDialog::EnrollDialog(ConsoleContext &context, const QString &userId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_userId(userId)
    , m_pages(new QStackedWidget(this))
    , m_picker(new HandPicker(this))
    , m_terminal(new QComboBox(this))
    , m_noTerminal(new QLabel(this))
    , m_problem(new ProblemLabel(QStringLiteral("enrollProblem"), this))
    , m_start(new QPushButton(tr("&Start enrollment"), this))
    , m_waiting(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel enrollment"), this))
    , m_replicate(new QPushButton(tr("Copy to &other terminals…"), this))
    , m_again(new QPushButton(tr("Enroll &another…"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_candidates(context.reader(), this, [this](Candidates candidates) { showCandidates(candidates); })
    , m_followed(context.reader(), this, [this](Followed followed) { follow(followed); })
{
    setObjectName(QStringLiteral("enrollDialog"));
    setWindowTitle(tr("Enroll user %1").arg(userId));
    m_terminal->setObjectName(QStringLiteral("enrollTerminal"));
    m_noTerminal->setObjectName(QStringLiteral("enrollNoTerminal"));
    m_noTerminal->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("startEnrollButton"));
    m_waiting->setObjectName(QStringLiteral("enrollWaiting"));
    m_countdown->setObjectName(QStringLiteral("enrollCountdown"));
    m_outcome->setObjectName(QStringLiteral("enrollOutcome"));
    m_cancel->setObjectName(QStringLiteral("cancelEnrollButton"));
    m_replicate->setObjectName(QStringLiteral("replicateButton"));
    m_again->setObjectName(QStringLiteral("enrollAgainButton"));
    m_close->setObjectName(QStringLiteral("closeEnrollButton"));
    for (QLabel *label : {m_waiting, m_countdown, m_outcome})
        label->setWordWrap(true);

    // Choose: what, then where.
    auto *choose = new QWidget(m_pages);
    auto *chooseLayout = new QVBoxLayout(choose);
    auto *explanation = new QLabel(tr("Choose the finger or the face, then the terminal the person stands at. The "
                                      "terminal opens its enrollment screen; a ✓ marks what is already enrolled."),
                                   choose);
    explanation->setWordWrap(true);
    chooseLayout->addWidget(explanation);
    chooseLayout->addWidget(m_picker);
    auto *form = new QFormLayout;
    auto *terminalLabel = new QLabel(tr("&Terminal:"), choose);
    terminalLabel->setBuddy(m_terminal);
    form->addRow(terminalLabel, m_terminal);
    chooseLayout->addLayout(form);
    chooseLayout->addWidget(m_noTerminal);
    chooseLayout->addWidget(m_problem);
    m_pages->addWidget(choose);

    // Follow: live until it ends.
    auto *follow = new QWidget(m_pages);
    auto *followLayout = new QVBoxLayout(follow);
    followLayout->addWidget(m_waiting);
    followLayout->addWidget(m_countdown);
    followLayout->addWidget(m_outcome);
    followLayout->addStretch();
    m_pages->addWidget(follow);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_replicate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);

    // What the hands show, before the dialog opens.
    const auto [enrolled, faceAvailable] = context.reader().wait([&userId](const QSqlDatabase &db) {
        QSet<int> backupNumbers;
        if (const auto user = storage::UserRepository(db).load(userId)) {
            for (const protocol::Credential &credential : user->credentials)
                backupNumbers.insert(credential.backupNumber);
        }
        return std::make_pair(backupNumbers,
                              !EnrollmentService(db).terminalsFor(userId, HandPicker::FaceBackupNumber).isEmpty());
    });
    m_picker->setEnrolled(enrolled);
    m_picker->setFaceAvailable(faceAvailable);
    connect(m_picker, &HandPicker::chosen, this, &EnrollDialog::fillTerminals);
    connect(m_start, &QPushButton::clicked, this, &EnrollDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &EnrollDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        m_requestId.reset();
        fillTerminals();
    });
    connect(m_replicate, &QPushButton::clicked, this, [this] {
        Q_EMIT replicateRequested(m_userId, m_devId);
        accept();
    });
    connect(&m_poll, &QTimer::timeout, this, &EnrollDialog::refresh);
    m_poll.setInterval(PollMs);
    fillTerminals();
}

QString EnrollDialog::terminalName(const QSqlDatabase &db, const QString &devId)
{
    const auto terminal = storage::TerminalRepository(db).find(devId);
    return terminal && !terminal->name.isEmpty() ? terminal->name : devId;
}

void EnrollDialog::fillTerminals()
{
    m_pages->setCurrentIndex(0);
    m_start->setVisible(true);
    for (QPushButton *button : {m_cancel, m_replicate, m_again})
        button->setVisible(false);
    const std::optional<int> choice = m_picker->backupNumber();
    if (!choice) {
        showCandidates({});
        return;
    }
    m_start->setEnabled(false); // until the terminals for this choice are there
    m_candidates.request([choice, userId = m_userId](const QSqlDatabase &db) {
        return Candidates{choice, EnrollmentService(db).terminalsFor(userId, *choice)};
    });
}

// Only terminals that can enroll the choice, the one the user last punched at first.
void EnrollDialog::showCandidates(const Candidates &candidates)
{
    const std::optional<int> choice = m_picker->backupNumber();
    if (candidates.choice != choice)
        return; // another was chosen since: its own terminals are on their way
    m_terminal->clear();
    for (const storage::TerminalRow &terminal : candidates.terminals)
        m_terminal->addItem(terminal.name.isEmpty() ? terminal.devId : tr("%1 (%2)").arg(terminal.name, terminal.devId),
                            terminal.devId);
    m_noTerminal->setText(choice ? tr("No approved terminal can enroll %1.").arg(HandPicker::choiceText(*choice))
                                 : tr("Choose a finger or the face first."));
    m_noTerminal->setVisible(m_terminal->count() == 0);
    m_terminal->setEnabled(m_terminal->count() > 0);
    m_start->setEnabled(choice && m_terminal->count() > 0);
}

void EnrollDialog::start()
{
    const std::optional<int> choice = m_picker->backupNumber();
    if (!choice || m_terminal->currentIndex() < 0)
        return;
    m_devId = m_terminal->currentData().toString();
    const services::Actor actor = m_context.actor();
    const auto [started, terminal] = m_context.reader().wait([&](const QSqlDatabase &db) {
        return std::make_pair(EnrollmentService(db).start(actor, m_userId, *choice, m_devId), terminalName(db, m_devId));
    });
    if (!started.outcome.ok()) {
        m_problem->showProblem(refusalText(started.outcome));
        return;
    }
    m_problem->showProblem({});
    m_context.notifyChanged(ConsoleContext::Jobs);
    m_requestId = started.outcome.id;
    const QString what = protocol::isFingerBackupNumber(*choice)
                             ? tr("place %1 on the reader 3 times").arg(HandPicker::choiceText(*choice))
                             : tr("look at the camera");
    m_waiting->setText(tr("Waiting for user %1 at %2: %3.").arg(m_userId, terminal, what));
    m_outcome->clear();
    m_pages->setCurrentIndex(1);
    m_start->setVisible(false);
    m_cancel->setVisible(true);
    m_close->setText(tr("Close"));
    m_poll.start(); // before the first read: what it finds is shown only while the poll runs
    refresh();
}

void EnrollDialog::cancel()
{
    if (!m_requestId)
        return;
    const services::Actor actor = m_context.actor();
    const services::Outcome outcome = m_context.reader().wait([&actor, requestId = *m_requestId](const QSqlDatabase &db) {
        return EnrollmentService(db).cancel(actor, requestId);
    });
    if (!outcome.ok() && !(outcome.status == services::Outcome::Status::Refused
                           && outcome.error<EnrollmentError>() == EnrollmentError::NotWaiting))
        m_outcome->setText(refusalText(outcome));
    refresh();
}

void EnrollDialog::refresh()
{
    if (!m_requestId)
        return;
    m_followed.request([requestId = *m_requestId](const QSqlDatabase &db) {
        Followed followed;
        followed.requestId = requestId;
        followed.request = EnrollmentService(db).status(requestId);
        if (followed.request)
            followed.terminal = terminalName(db, followed.request->devId);
        return followed;
    });
}

void EnrollDialog::follow(const Followed &followed)
{
    if (m_requestId != followed.requestId || !m_poll.isActive())
        return; // another request since, or this one ended already
    const std::optional<storage::EnrollmentRequest> &request = followed.request;
    if (!request) {
        m_poll.stop();
        m_outcome->setText(tr("The enrollment can no longer be read from the database."));
        return;
    }
    if (request->state != EnrollmentState::Waiting) {
        showOutcome(*request, followed.terminal);
        return;
    }
    const qint64 left = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(request->deadline));
    m_countdown->setText(tr("%n second(s) left", nullptr, int(left)));
}

void EnrollDialog::showOutcome(const storage::EnrollmentRequest &request, const QString &terminal)
{
    m_poll.stop();
    m_countdown->clear();
    m_cancel->setVisible(false);
    m_again->setVisible(true);
    switch (request.state) {
    case EnrollmentState::Enrolled:
        m_outcome->setText(tr("✔ Enrolled at %1: a %2-byte template.")
                               .arg(terminal, QLocale().toString(request.templateSize.value_or(0))));
        m_replicate->setVisible(true);
        m_context.notifyChanged(ConsoleContext::Users);
        break;
    case EnrollmentState::TimedOut:
        m_outcome->setText(tr("⌛ Timed out: nothing was enrolled at %1 in time.").arg(terminal));
        break;
    case EnrollmentState::Refused:
        if (request.reason == storage::jobStatusName(storage::JobStatus::Timeout))
            m_outcome->setText(tr("✖ %1 did not answer the command.").arg(terminal));
        else if (request.reason == storage::jobStatusName(storage::JobStatus::Cancelled))
            m_outcome->setText(tr("✖ The command to %1 was cancelled on the Jobs page.").arg(terminal));
        else
            m_outcome->setText(tr("✖ %1 refused: %2 (%3)")
                                   .arg(terminal, JobDescription::returnCodeText(request.reason), request.reason));
        break;
    case EnrollmentState::Cancelled:
        m_outcome->setText(tr("Cancelled. The terminal's screen closes by itself; a finger given there now is "
                              "still stored like any enrollment at the keypad."));
        break;
    case EnrollmentState::Waiting: break;
    }
}

void EnrollDialog::done(int result)
{
    m_poll.stop();
    QDialog::done(result);
}

} // namespace punchclock::ui

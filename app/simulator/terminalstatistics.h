#pragma once

#include <QMap>
#include <QString>

namespace punchclock::simulator {

// Counters of one terminal (or, summed, of a whole simulation) for the exit summary and tests.
struct TerminalStatistics
{
    int polls = 0;
    int pollFailures = 0; // network errors and replies without response_code
    int punchesCreated = 0;
    int punchesSent = 0; // attempts, re-sends included
    int punchesAcknowledged = 0;
    int punchesRetried = 0; // attempts not answered OK, so sent again later
    int punchesRefused = 0; // by a disabled user, refused at the keypad (ENABLE_USER OFF)
    int enrollmentsSent = 0;
    int enrollmentsAcknowledged = 0;
    int enrollmentsRefused = 0; // keypad enrolments while the enrolment menu was locked
    int resultsSent = 0; // send_cmd_result uploads completed
    int resultBlocksSent = 0;
    int uploadsAbandoned = 0;
    int restarts = 0;
    QMap<QString, int> commandsByCode; // executed, including those left unanswered

    void add(const TerminalStatistics &other)
    {
        polls += other.polls;
        pollFailures += other.pollFailures;
        punchesCreated += other.punchesCreated;
        punchesSent += other.punchesSent;
        punchesAcknowledged += other.punchesAcknowledged;
        punchesRetried += other.punchesRetried;
        punchesRefused += other.punchesRefused;
        enrollmentsSent += other.enrollmentsSent;
        enrollmentsAcknowledged += other.enrollmentsAcknowledged;
        enrollmentsRefused += other.enrollmentsRefused;
        resultsSent += other.resultsSent;
        resultBlocksSent += other.resultBlocksSent;
        uploadsAbandoned += other.uploadsAbandoned;
        restarts += other.restarts;
        for (auto it = other.commandsByCode.begin(); it != other.commandsByCode.end(); ++it)
            commandsByCode[it.key()] += it.value();
    }
};

} // namespace punchclock::simulator

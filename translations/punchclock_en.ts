<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountFields</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, and not the name in it.</source>
        <translation>
            <numerusform>At least %n character, and not the name in it.</numerusform>
            <numerusform>At least %n characters, and not the name in it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceErrorText</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another shift already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a start and an end; they cannot be the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day change must lie between the shift&apos;s end and its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break must be shorter than the shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding needs a step of at least 2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekly schedule still plans this shift. Change the schedule first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That shift no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That department no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid date; the last day cannot be before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That value is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the employee whose punch this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That punch is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That correction is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That correction was already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is not valid: the last day is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The period is too long: a report covers at most %n days.</source>
        <translation>
            <numerusform>The period is too long: a report covers at most %n day.</numerusform>
            <numerusform>The period is too long: a report covers at most %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>That employee is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would change the results of a closed period. A manager can reopen it under Reports → Periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This punch&apos;s day is in a closed period. A manager can reopen it under Reports → Periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reason: it is kept with the period for whoever reads its results later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It overlaps a period that is already closed: %1</source>
        <extracomment>%1 the closed period (its days, who closed it, when and why)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It overlaps a period that is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That period is no longer stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That period was already reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed (%2, %3: %4). A manager can reopen it under Reports → Periods.</source>
        <extracomment>%1 the period, %2 who closed it, %3 the day it was closed, %4 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may see only the employees of your departments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCsvWriter</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>Terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punch corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payroll periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payroll period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed how a terminal is reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned a terminal to its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpinned a terminal&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added an employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed an employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved an employee to a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased a person&apos;s personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged old biometric data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided a punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved a punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the attendance settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed a payroll period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened a payroll period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an operator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled an operator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled an operator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset an operator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed an operator&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused: too many failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused: account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An object of the audit trail: &quot;Terminal D96584729B906B39&quot;, &quot;Employee 20&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punchclock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>A changed field in the audit trail: &quot;Approval: pending → approved&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal moved to another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled an employee on every terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled an employee again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a terminal to enroll an employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled a remote enrollment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionTexts</name>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A punch in the corrections log: time and direction</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by %1 on %2: %3</source>
        <extracomment>%1 who, %2 when, %3 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 by %2 on %3: %4</source>
        <extracomment>%1 the punch before (time and direction), %2 who, %3 when, %4 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardNotices</name>
    <message>
        <source>%1 now talks from %2, was %3 (%4).</source>
        <extracomment>%1 the terminal, %2 its new address, %3 the one before, %4 when (&quot;2 h ago&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It moved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is pinned: requests with its ID are served from %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected move is worth a look: another device may be using its ID. Pin the terminal if the new address is right; requests with its ID from any other address are then refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An address and how many registrations were refused from it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted since the server started on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused most: %1.</source>
        <extracomment>%1 addresses with counts, most first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many new terminals from one address can be a device that is not yours: turn automatic approval off in Settings, or allow only your networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve or block the terminals waiting on the Terminals page to make room. Many new terminals from one address can also be a device that is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily removal of old biometrics failed: %1</source>
        <extracomment>%1 why, in the database&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last tried on %1. It is tried again every hour while the console or the server runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>%1 name, %2 user ID, %3 the date their biometrics are removed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>A registration from %1 was refused %2: too many new terminals were approved automatically within the hour.</source>
        <extracomment>%1 the address, %2 when (&quot;5 min ago&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registrations refused from %1, the last one %2: too many new terminals were approved automatically within the hour.</source>
        <extracomment>%1 the address, %2 when the last one was (&quot;5 min ago&quot;)</extracomment>
        <translation>
            <numerusform>%n registration refused from %1, %2: too many new terminals were approved automatically within the hour.</numerusform>
            <numerusform>%n registrations refused from %1, the last one %2: too many new terminals were approved automatically within the hour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registrations refused from %1 and other addresses, the last one %2: too many new terminals were approved automatically within the hour.</source>
        <extracomment>%1 the address refused most, %2 when the last one was (&quot;5 min ago&quot;)</extracomment>
        <translation>
            <numerusform>%n registration refused from %1 and other addresses, %2: too many new terminals were approved automatically within the hour.</numerusform>
            <numerusform>%n registrations refused from %1 and other addresses, the last one %2: too many new terminals were approved automatically within the hour.</numerusform>
        </translation>
    </message>
    <message>
        <source>A registration from %1 was refused %2: too many new terminals are waiting for approval.</source>
        <extracomment>%1 the address, %2 when (&quot;5 min ago&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registrations refused from %1, the last one %2: too many new terminals are waiting for approval.</source>
        <extracomment>%1 the address, %2 when the last one was (&quot;5 min ago&quot;)</extracomment>
        <translation>
            <numerusform>%n registration refused from %1, %2: too many new terminals are waiting for approval.</numerusform>
            <numerusform>%n registrations refused from %1, the last one %2: too many new terminals are waiting for approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registrations refused from %1 and other addresses, the last one %2: too many new terminals are waiting for approval.</source>
        <extracomment>%1 the address refused most, %2 when the last one was (&quot;5 min ago&quot;)</extracomment>
        <translation>
            <numerusform>%n registration refused from %1 and other addresses, %2: too many new terminals are waiting for approval.</numerusform>
            <numerusform>%n registrations refused from %1 and other addresses, the last one %2: too many new terminals are waiting for approval.</numerusform>
        </translation>
    </message>
    <message>
        <source>The biometrics of %1, inactive for a while, will be removed on %2.</source>
        <extracomment>%1 a person&apos;s name, %2 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The biometrics of %n inactive people will be removed on %1.</source>
        <extracomment>%1 a date</extracomment>
        <translation>
            <numerusform>The biometrics of %n inactive person will be removed on %1.</numerusform>
            <numerusform>The biometrics of %n inactive people will be removed on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The biometrics of %n inactive people will be removed between %1 and %2.</source>
        <extracomment>%1 and %2 dates</extracomment>
        <translation>
            <numerusform>The biometrics of %n inactive person will be removed between %1 and %2.</numerusform>
            <numerusform>The biometrics of %n inactive people will be removed between %1 and %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fingerprints, faces, palms and photos are kept for %n days after someone is disabled or on no terminal. To keep a person&apos;s, enable them again or send them to a terminal.</source>
        <translation>
            <numerusform>Fingerprints, faces, palms and photos are kept for %n day after someone is disabled or on no terminal. To keep a person&apos;s, enable them again or send them to a terminal.</numerusform>
            <numerusform>Fingerprints, faces, palms and photos are kept for %n days after someone is disabled or on no terminal. To keep a person&apos;s, enable them again or send them to a terminal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup of this data is from %1.</source>
        <extracomment>%1 when (&quot;3 days ago&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this data has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup is off: turn it on in Settings → Backups, or back up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: Settings → Backups says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup runs while the console or the server runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program serves port %1, so this console runs no terminal server: terminals deliver to that program. It may be another copy of Punchclock (“punchclock serve”).</source>
        <extracomment>%1 the port number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy serves the terminals on port %1: %2 (process %3). This console runs no terminal server; it shows what that one stores when both use the same data.</source>
        <extracomment>%1 the port number, %2 the program&apos;s command line, %3 its process number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To run the server here instead, stop that program, then start the server in Settings → Server, or choose another port there and on the terminals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal has reached this PC yet. If a firewall blocks port %1, open it: %2</source>
        <extracomment>%1 the port number, %2 the command that opens it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal has reached this PC yet. No firewall tool (ufw, firewalld) is installed here; if another firewall or the router blocks port %1, open it there.</source>
        <extracomment>%1 the port number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check on the terminal (Comm / Network → Server) that it uses this PC&apos;s address and port %1, and that both are on the same network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureExplanation</name>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shift&apos;s length less its break: %1, although the clock shows %2 (the clocks changed that night)</source>
        <extracomment>%1 the planned time, %2 what the clock shows; the night the clocks changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shift&apos;s length less its break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is planned: a day off in the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is planned: a holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is planned: a leave day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is planned: no schedule applies on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted yet: the day is still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complete in→out pair(s), %1 in all</source>
        <translation>
            <numerusform>%n complete in→out pair, %1 in all</numerusform>
            <numerusform>%n complete in→out pairs, %1 in all</numerusform>
        </translation>
    </message>
    <message>
        <source>from the first punch to the last, %1 (first/last pairing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clocks went forward that night: %1 less than the clock shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clocks went back that night: %1 more than the clock shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the shift&apos;s %2 break deducted, as it was not punched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a break of %1 punched at the terminal, not deducted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rounded to %1 by the shift&apos;s %n-minute rule</source>
        <translation>
            <numerusform>rounded to %1 by the shift&apos;s %n-minute rule</numerusform>
            <numerusform>rounded to %1 by the shift&apos;s %n-minute rule</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing can be measured: a punch is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left %1 before the shift&apos;s end, more than its grace of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived %1 after the shift&apos;s start, more than its grace of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left at or after the shift&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived at or before the shift&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, within the shift&apos;s grace of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the departure is missing: nothing is counted against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arrival is missing: nothing is counted against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was expected, so nobody is late or leaves early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 beyond the plan, at least the shift&apos;s threshold of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 beyond the plan, less than the shift&apos;s threshold of %2: not overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time beyond the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all work on a day without planned work counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a schedule there is no plan to exceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>&quot;Worked 7:00: 1 complete in→out pair, …&quot;; %1 the figure, %2 its value, %3 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is expected: the employee was disabled on this day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunSetup</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in %1 already has operator accounts. Go back and enter the name and password of one of its administrators, or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for the password of %1: type it in the Password field, or put it in ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your database account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationActions</name>
    <message>
        <source>Destination %1 added. Punches stored from now on are queued for it; Replay from… sends earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? Its %n event(s) not delivered yet are removed with it and never sent.</source>
        <translation>
            <numerusform>Remove %1? Its %n event not delivered yet is removed with it and never sent.</numerusform>
            <numerusform>Remove %1? Its %n events not delivered yet are removed with it and never sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1? Its queue is removed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1 removed with its queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paused: events are queued for it and none is sent until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of %1 will be sent again, at once.</source>
        <translation>
            <numerusform>%n event of %1 will be sent again, at once.</numerusform>
            <numerusform>%n events of %1 will be sent again, at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is tried again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 on are queued again for %2.</source>
        <extracomment>%1 the day, %2 the destination</extracomment>
        <translation>
            <numerusform>%n event from %1 on is queued again for %2.</numerusform>
            <numerusform>%n events from %1 on are queued again for %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrationText</name>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frappe HR · ERPNext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes of employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout %1 s</source>
        <extracomment>the timeout of one request to the destination</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · employee field %2 · API key %3 · %4</source>
        <extracomment>%1 the version, %2 the field of Employee, %3 the API key, %4 the timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batches of up to %n event(s) · %1</source>
        <extracomment>%1 the timeout</extracomment>
        <translation>
            <numerusform>Batches of up to %n event · %1</numerusform>
            <numerusform>Batches of up to %n events · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ERPNext v13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frappe HR v14 and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of an employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punch&apos;s number, as the webhook&apos;s punch_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the change&apos;s record in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A destination needs a name of at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a destination called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key of the Frappe HR user Punchclock signs in as (User → API Access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout is a whole number of seconds from 1 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size is a whole number of events from 1 to 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the version: Frappe HR v14 and later, or ERPNext v13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the field of Employee that holds the terminal&apos;s user number (attendance_device_id unless yours is another).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A destination keeps its kind: add another one for the other kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day to send again from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 is not accepted: %2</source>
        <extracomment>%1 the option&apos;s name, %2 what it accepts (in English, from the server)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what it receives: punches, corrections or changes of employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret cannot be sealed: %1.</source>
        <extracomment>%1 why, in English from the server (&quot;cannot create the key file …: Permission denied&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret cannot be sealed: the key file %1 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employees by PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>employees by a table of %n user(s)</source>
        <translation>
            <numerusform>employees by a table of %n user</numerusform>
            <numerusform>employees by a table of %n users</numerusform>
        </translation>
    </message>
    <message>
        <source>employees by Badge ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1</source>
        <extracomment>the name of the Odoo database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <extracomment>the id of the Odoo user the API key belongs to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo 19 and later (JSON-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo 17 and 18 (JSON-RPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <extracomment>the PIN on the employee&apos;s HR settings in Odoo</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge ID</source>
        <extracomment>the Badge ID on the employee&apos;s HR settings in Odoo</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receives punches and corrections, not changes of employees.</source>
        <extracomment>%1 the kind of destination</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind: a webhook, Frappe HR · ERPNext or Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address beginning with http:// or https:// and naming a server, without a user name or password in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; would send the API key in clear across the network: use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is needed: the webhook&apos;s signing secret (Generate makes one), the API secret of the Frappe HR user, or the API key of the Odoo user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the Odoo database: Odoo 17 and 18 (JSON-RPC) need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of the Odoo user the API key belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the version: Odoo 17 and 18 (JSON-RPC), or Odoo 19 and later (JSON-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Odoo user is a whole number from 1: the user the API key belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how employees are found in Odoo: by Badge ID, by PIN or by a table of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the table of employees: each user number of the terminals once, with the number of its employee in Odoo (a whole number from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of destination receives punches and corrections, not changes of employees.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDescription</name>
    <message>
        <source>Get credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get user list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get device status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get logs %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get logs since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get logs until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get all logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename user %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename terminal to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point terminal at %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled on the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal refused the parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported by this terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user on the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stored on the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal answered, but its answer could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln punches, %1 already known</source>
        <translation>
            <numerusform>Imported %Ln punch, %1 already known</numerusform>
            <numerusform>Imported %Ln punches, %1 already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln unreadable records skipped</source>
        <translation>
            <numerusform>%1; %Ln unreadable record skipped</numerusform>
            <numerusform>%1; %Ln unreadable records skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users on the terminal</source>
        <translation>
            <numerusform>%Ln user on the terminal</numerusform>
            <numerusform>%Ln users on the terminal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored user %1 (%2) with %Ln credentials</source>
        <translation>
            <numerusform>Stored user %1 (%2) with %Ln credential</numerusform>
            <numerusform>Stored user %1 (%2) with %Ln credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored user %1: %2 (%Ln bytes)</source>
        <translation>
            <numerusform>Stored user %1: %2 (%Ln byte)</numerusform>
            <numerusform>Stored user %1: %2 (%Ln bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users, %2 fingerprints, %3 faces, %4 cards, %5 logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal carried it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(binary sizes)</source>
        <extracomment>A key shown among a job&apos;s parameters: the sizes in bytes of the files the job carries</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get keypad activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable or disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock or unlock keypad enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open enrollment screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get keypad activity %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get keypad activity since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get keypad activity until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get all keypad activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open door %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock keypad enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock keypad enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stored %Ln keypad actions, %1 already known</source>
        <translation>
            <numerusform>Stored %Ln keypad action, %1 already known</numerusform>
            <numerusform>Stored %Ln keypad actions, %1 already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln in a layout Punchclock cannot read, kept as bytes</source>
        <translation>
            <numerusform>%1; %Ln in a layout Punchclock cannot read, kept as bytes</numerusform>
            <numerusform>%1; %Ln in a layout Punchclock cannot read, kept as bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set privilege of user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set clock to %1 (site time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeypadActivityText</name>
    <message>
        <source>finger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>palm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the virtual ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled or disabled the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the dates the user is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the time group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the user (field %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of a layout Punchclock cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled %1 of a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted all logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the system settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the log settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the communication settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the access times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the door settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1</source>
        <extracomment>A kind of keypad action without a known meaning, by its number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user in the keypad activity: &quot;7 (Maya Santos)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>It is no longer stored: someone may have removed it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a department called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would change which weekly schedule applies on days of a closed period. %1</source>
        <extracomment>%1 the closed period (its days, who closed it, when and why)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would change which weekly schedule applies on days of a closed period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an operator with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not contain the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last administrator: make another operator an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator was created meanwhile, from another console. Sign in with that account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. An administrator can enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n s.</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n s.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be stored safely. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterMessage</name>
    <message>
        <source>Choose a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command does not take this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value has the wrong form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user id is 1 to 24 letters, digits or _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a finger, password, card, face, palm or vein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same credential is included twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose User, Manager, Register or Operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a real date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start is after the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IPv4 address such as 192.168.1.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given twice with different values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals accept only English letters, digits and punctuation here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains a tab, line break or other control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and card numbers are digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose enabled or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is attached that nothing uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than %1 characters: some terminals cut names short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 digits: many terminals accept no longer passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.x.x.x is the terminal itself: it would never reach this server again. Enter this PC&apos;s LAN address, shown in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal can reach a server at this address (0.x.x.x, multicast or broadcast). Enter this PC&apos;s LAN address, shown in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a door from 1 to %1; most terminals drive door 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayrollProfileText</name>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours on holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave days of other kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with a missing punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first or last day of the exported period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with time worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours the schedule planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All hours worked, breaks deducted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked that are not overtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked beyond the plan, and all work on days off and holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked within the night set in the attendance settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked on working days that are holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned working days on leave of the kind given (every kind when none is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned working days on leave of the kinds no other leave column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned working days without any punch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals later than the shift&apos;s grace allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures earlier than the shift&apos;s grace allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with an arrival or departure missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile&apos;s name has at most %1 characters, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” comes with Punchclock and cannot be changed or removed. Save your changes under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another saved profile is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile has at most %1 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version does not know the column “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header has at most %1 characters, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a leave column has a kind of leave, of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours are written as h:mm or as a decimal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal places go from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decimal separator is a point or a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date format: use d or dd, M or MM, yy or yyyy, each once, with the separators - . / , or a space (such as yyyy-MM-dd or dd.MM.yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate the fields with a comma, a semicolon, a tab or |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a comma as the decimal separator, separate the fields with a semicolon or a tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a payroll profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved payroll profiles cannot be read (%1). Only the shipped profiles can be used until an administrator repairs the setting payroll.profiles.</source>
        <extracomment>%1 why the stored text cannot be read, in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payroll profile called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (%2): %3</source>
        <extracomment>%1 the column&apos;s position, %2 its name, %3 the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionText</name>
    <message>
        <source>Only an administrator can manage operator accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can back up or restore the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can erase personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can export personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager of every department can change shifts, holidays and attendance settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager of every department can close or reopen a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager of every department can change the departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager of %1 can change the schedules and leave of its employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager of every department can change the schedules and leave of employees without a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager of %1 can correct punches of its employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager of every department can correct punches of employees without a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an operator or an administrator can manage terminals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an operator of %1 can change its employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an operator of every department can change employees without a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not see the employees of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not see employees without a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can see the whole audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow managing operator accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow changing the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow backups and restores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow erasing personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow exporting personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow changing shifts, holidays and attendance settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow closing or reopening periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow changing departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow changing schedules and leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow correcting punches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow managing terminals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow changing employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow seeing reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow seeing the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, including operator accounts, settings and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts, schedules, holidays, leave, corrections and periods, for their departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals, their commands, and the employees of their departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees the pages and the reports of their departments; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an operator, a manager or an administrator can see what was done at a terminal&apos;s keypad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, %1, does not allow seeing what was done at terminals&apos; keypads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewChangeNotice</name>
    <message numerus="yes">
        <source>%n new punches</source>
        <translation>
            <numerusform>%n new punch</numerusform>
            <numerusform>%n new punches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrections</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for the period shown since this preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules, schedules or calendar changed since this preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PunchCsvWriter</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PunchWording</name>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implausible clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal was waiting for approval when this punch arrived. Approve the terminal if it belongs to you; its punches are kept either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s clock looked wrong: before 2016 (a clock reset after a power loss) or more than a day ahead of this site. Check the terminal&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Punchclock cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is not available. Connect the disk that holds it and start Punchclock again, or start it with --db to open another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punchclock is already open on %1: its window was brought to the front. This copy exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your database account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file, or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged:
%2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup in %1 to restore. Keep a copy of the damaged file and ask for help before anything writes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of the damaged file, then restore the newest backup, %1, with this command and start Punchclock again:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuitConfirmation</name>
    <message>
        <source>Stop the terminal server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting Punchclock stops the terminal server on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: the terminals keep their punches and send them again once the server is back.

To keep serving them, keep Punchclock running in the system tray, or run the server as a background service that starts with the PC: %1 (it uses its own data in /var/lib/punchclock).</source>
        <extracomment>%1 the command that starts the background service</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: the terminals keep their punches and send them again once the server is back.

To keep serving them, keep Punchclock running minimised, or run the server as a background service that starts with the PC: %1 (it uses its own data in /var/lib/punchclock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit and stop the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Daily attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing punches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A report&apos;s period: first and last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee: %1 %2</source>
        <extracomment>%1 the user ID, %2 the name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 by Punchclock %2</source>
        <extracomment>%1 the date and time, %2 the program&apos;s version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (nothing counted yet)</source>
        <extracomment>The period runs past today: %1 the period, %2 the last day counted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to date: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>No schedule on some days: %1. Nothing is expected of them then, so no absence, lateness or overtime; their hours are counted. Set a schedule under Rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddressConfirmation</name>
    <message>
        <source>Change where %1 sends its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will talk only to %2, port %3, from its next restart on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this address or port is wrong, the terminal is cut off from this console until someone changes the server address on its own keypad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <source>Listening on port %1 (no network address found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals reach this PC at: %1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals cannot deliver punches until the server runs. Check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1/%n terminals online</source>
        <translation>
            <numerusform>%1/%n terminal online</numerusform>
            <numerusform>%1/%n terminals online</numerusform>
        </translation>
    </message>
    <message>
        <source>No jobs pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) pending</source>
        <translation>
            <numerusform>%n job pending</numerusform>
            <numerusform>%n jobs pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terminal(s) waiting for approval</source>
        <translation>
            <numerusform>%n terminal waiting for approval</numerusform>
            <numerusform>%n terminals waiting for approval</numerusform>
        </translation>
    </message>
    <message>
        <source>No approved terminals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerTexts</name>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic clock sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic status refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued by %1</source>
        <extracomment>A job&apos;s timeline: %1 who queued it (an operator, &quot;automatic clock sync&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by %1</source>
        <extracomment>A job&apos;s timeline: %1 the operator who cancelled it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal polled again without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <extracomment>%1 an address, %2 a port, %3 why, in the system&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>The setting could not be saved; the database may be busy. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteTimeText</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalCommands</name>
    <message>
        <source>%1 is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1? Its punches and polls are refused until you approve it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be changed: it is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming %1 to %2 is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the clock of %1 is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its counts is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1 is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling the user list of %1 is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling logs from %1 is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointing %1 at %2 is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointing %1 at %2 and restarting it are queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes every punch stored on %1. Punches already on this PC stay; punches not yet pulled are lost for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing the logs of %1 is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes every user, fingerprint, face, card and password on %1. Nobody can punch there until users are sent to it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing the enrollments of %1 is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;job:%2&quot;&gt;Open the job&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has moved again, to %2: it is not pinned. Check the new address before you pin it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is pinned to %2: requests with its ID from any other address are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer pinned: it is served from any address it talks from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the keypad activity of %1 is queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalMessages</name>
    <message>
        <source>There is no terminal %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is not stored on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal was chosen to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change; nothing was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date or time is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not an IPv4 address such as 192.168.1.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals accept only English letters, digits and punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not contain tabs or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>The name is longer than %n character.</numerusform>
            <numerusform>The name is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The command could not be built (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.x.x.x is the terminal itself: it would never reach this server again. Use this PC&apos;s LAN address, shown in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal can reach a server at this address (0.x.x.x, multicast or broadcast). Use this PC&apos;s LAN address, shown in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is known only from a terminal&apos;s user list; its name, privilege and credentials were never read. Sending it would wipe them on the terminal: fetch the user from a terminal first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserMessages</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finger ×%n</source>
        <translation>
            <numerusform>Finger ×%n</numerusform>
            <numerusform>Finger ×%n</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user id is 1 to 24 letters (A–Z), digits or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals store no credential under this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same credential is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose User, Manager, Enroller or Operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains a tab, line break or other control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and card numbers are digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal command could not be built (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is not stored on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal was chosen to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change; nothing was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is known only from a terminal&apos;s user list; its name, privilege and credentials were never read. Sending it would wipe them on the terminal: fetch it first (Fetch from terminal…) or copy it from a terminal that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A name has at most %n characters; shorten it.</source>
        <translation>
            <numerusform>A name has at most %n character; shorten it.</numerusform>
            <numerusform>A name has at most %n characters; shorten it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AdministratorPage</name>
    <message>
        <source>Your administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone signs in to the console with an account of their own, and every change records who made it. This first account may do everything, including adding the others under Settings → Operators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ArrivalsChart</name>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals per hour today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AttendanceSettingsDialog</name>
    <message>
        <source>Attendance settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In and out as the terminal records them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First punch of the day is in, last is out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose “first and last” for terminals that switch in/out by time of day or where staff forget to press the right key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second punch this soon after the previous one counts as the same punch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pairing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same punch &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change applies to every day that is not in a closed period. A closed period keeps the settings it was closed with, so its results stay as they were signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which punch of a day is an arrival and which a departure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the start and the end of the night window: 22:00 to 06:00</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Night from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work between these times counts as night hours in payroll exports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AttentionList</name>
    <message>
        <source>Nothing needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin to this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AuditDetailsPane</name>
    <message>
        <source>Select a record to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each record holds a hash of its content and of the record before it: a record changed or removed afterwards breaks the chain there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Who made a change and as what: &quot;anna (Operator)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 · %2</source>
        <extracomment>The record&apos;s number and its hash in the audit trail&apos;s chain</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AuditFilterBar</name>
    <message>
        <source>Every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user id, a terminal&apos;s dev_id, an operator&apos;s name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AuditPage</name>
    <message>
        <source>The audit trail could not be read from the database. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no record was changed or removed since it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the records matching the filters as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n records; scroll for older ones</source>
        <translation>
            <numerusform>The newest %n record; scroll for older ones</numerusform>
            <numerusform>The newest %n records; scroll for older ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain intact at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n records are as they were written.</source>
        <translation>
            <numerusform>The %n record is as it was written.</numerusform>
            <numerusform>All %n records are as they were written.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last record&apos;s hash is %1. Note it somewhere else (on paper, in an e-mail): only a copy kept outside this database shows records cut off the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain broken at record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was changed after it was written: the record before record %1 is missing or was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was changed after it was written: the content of record %1 is not what was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record from there on is suspect; keep a copy of the database file before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-trail.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting the audit trail: %n records…</source>
        <translation>
            <numerusform>Exporting the audit trail: %n record…</numerusform>
            <numerusform>Exporting the audit trail: %n records…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::AuditTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::BackupSection</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the daily backups, best on another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check that the folder exists, is writable and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Punchclock backup: it is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored (integrity check: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database, but not one of Punchclock (it has no “%2” table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Punchclock. Update Punchclock on this PC, then restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 failed; the data was left unchanged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup needs a folder. Turn it off first to clear the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the whole path of the folder, e.g. /media/backup/punchclock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created or written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the daily backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punchclock backups (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the database from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all data with the backup %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every terminal, user, punch, job and setting is replaced. What the database holds now is lost unless you back it up first. The server goes on with the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace all data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last daily backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups work with SQLite and PostgreSQL databases only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ClosedPeriodTableModel</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why reopened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::CommandBuilderDialog</name>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal %1 is not known to the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change; nothing was queued. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the terminal to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet: see the messages above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent beyond the command itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this user and all their credentials from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1? Commands queued for it before the restart are ignored by the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is known only from a terminal&apos;s user list; its name, privilege and credentials were never read. Sending it would wipe them on the terminal: fetch the user from a terminal first (GET_USER_INFO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps only the first %n characters: it will keep &quot;%2&quot;.</source>
        <translation>
            <numerusform>%1 keeps only the first character: it will keep &quot;%2&quot;.</numerusform>
            <numerusform>%1 keeps only the first %n characters: it will keep &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard this command?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values you entered are lost. Discard the command?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ConfirmByNameDialog</name>
    <message>
        <source>Type the terminal&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ConsoleContext</name>
    <message>
        <source>Database unreachable since %1: terminals are answered with errors and send their punches again; the server reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ConsoleTray</name>
    <message>
        <source>Punchclock: the terminal server is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Punchclock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit and stop the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::CorrectionsDialog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections of punches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why, e.g. “forgot to punch out, confirmed by supervisor”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move selected here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mployee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections of this employee, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke selected correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the correction selected in the log, with the reason entered above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <extracomment>A revoke in the corrections log: &quot;Revoked: Moved&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a punch that counts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the correction to revoke in the log first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke this correction?

%1: %2 → %3, by %4: “%5”

The punch counts again as it did before. The log keeps the correction, marked as revoked.</source>
        <extracomment>%1 what (Moved), %2 before, %3 after, %4 who made it, %5 its reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated terminal %1 is running; it appears here within a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest punches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal has contacted this PC yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3) is waiting for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is offline: last heard from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock of %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its punches carry the terminal&apos;s time: set its clock to this PC&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” on %2 got no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” on %2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n things need your attention.</source>
        <translation>
            <numerusform>%n thing needs your attention.</numerusform>
            <numerusform>%n things need your attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the server first: the simulated terminal talks to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the simulated terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1, %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop simulated &amp;terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the pretend terminal %1 running on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” on %2 answered, but its answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated terminal %1 is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals waiting for approval count for no tile until you approve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches stamped today on approved terminals. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose last punch today, on an approved terminal, was an entry. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved terminals heard from within three of their poll intervals. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Needs attention list shows; a terminal waiting for approval is one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DataFolderPage</name>
    <message>
        <source>Where should Punchclock keep its data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches, users and settings are kept in one database file in this folder. Choose a folder that is included in your regular backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the whole path, starting with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot write to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a &amp;folder on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a Post&amp;greSQL server, shared by several PCs or servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if ~/.pgpass does not hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is used until Punchclock closes and never stored: put it in ~/.pgpass not to be asked at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the database&apos;s URL: postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database URL begins with postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the URL: type it in the field below, or put it in ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This URL cannot be read. Write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches, users and settings are kept in a database on a PostgreSQL server. Other consoles and servers can use the same database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DataSection</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move the database, choose a new folder: a copy is made there now and used from the next start. Starting with --db or PUNCHCLOCK_DB overrides this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start Punchclock uses %1. Until then it goes on with the file above, so what arrives meanwhile is not in the copy: restart soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the database to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is already in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a Punchclock database; it was left as it is. Choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept by the PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every console and server that uses this database sees the same data, and sees changes within a second. To use another database, start Punchclock with --db or PUNCHCLOCK_DB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DatabaseErrorBanner</name>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punchclock cannot read its database, so the pages may show less than is stored and changes may not be saved. It tries again every few seconds.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DatePresetPicker</name>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DateTimeRangePicker</name>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since &amp;last pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, where the last pull ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs have not been pulled from this terminal yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DayExplanationDialog</name>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the terminal recorded it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no direction recorded: the role the sequence needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first punch of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last punch of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: employee and working day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it counted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No punches on this working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect punches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>What a punch counted as: &quot;Arrival (as the terminal recorded it)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing its partner punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a partner: a punch is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: between the first and the last punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: the same punch pressed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: the terminal is not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: voided by a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the previous shift&apos;s day change at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · worked %2 of %3 · late %4 · left early %5 · overtime %6</source>
        <extracomment>Day summary: plan, worked, expected, late, early leave, overtime</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure for the previous day&apos;s arrival, which had none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day&apos;s only punch, nearer the shift&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day&apos;s only punch, nearer the shift&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: arrived after the period was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who added, voided or moved punches of this day, and when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DepartmentsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a department or press F2 to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>The department could not be saved. The database may be busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the department &quot;%1&quot;? Its users (%2) stay, without a department; its weekly schedule is removed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department could not be removed. The database may be busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week its employees follow unless they have one of their own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DestinationDetailsPane</name>
    <message>
        <source>Select a destination to see what it sends and its recent events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of the selected destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending, %2 delivered, %3 failed, %4 parked</source>
        <extracomment>the counts of a destination&apos;s events by status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the oldest pending was queued at %2</source>
        <extracomment>%1 the counts by status, %2 when the oldest pending event was queued</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n failure(s) in a row; next try at %2)</source>
        <extracomment>%1 the error; %2 when the next attempt is; %n failures in a row</extracomment>
        <translation>
            <numerusform>%1 (%n failure in a row; next try at %2)</numerusform>
            <numerusform>%1 (%n failures in a row; next try at %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DestinationDialog</name>
    <message>
        <source>&amp;Punches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrections of punches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of e&amp;mployees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliver: send events as they are queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A destination keeps its kind: add another one for the other kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a random secret of 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this secret to the receiver, which checks each request&apos;s signature with it. Copy it now: once saved, it is kept sealed and not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events sent in one request; 1 sends each on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the Frappe HR user Punchclock signs in as (User → API Access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field of Employee holding the terminal&apos;s user number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one request may take before it counts as no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, it is paused: events are queued for it and none is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employee field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://payroll.example.com/punches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://erp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where events are POSTed as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Frappe HR or ERPNext site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type one, or Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the same Frappe HR user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://odoo.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Odoo server&apos;s address, as the browser shows it before /odoo or /web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the Odoo user Punchclock signs in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made in Odoo under the user&apos;s Preferences → Account Security → New API Key; a user of its own with the right to manage attendances is best</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::DestinationTableModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting until %1 after %n failure(s)</source>
        <extracomment>%1 the time of the next attempt; %n failures in a row</extracomment>
        <translation>
            <numerusform>Waiting until %1 after %n failure</numerusform>
            <numerusform>Waiting until %1 after %n failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying again after %n failure(s)</source>
        <translation>
            <numerusform>Trying again after %n failure</numerusform>
            <numerusform>Trying again after %n failures</numerusform>
        </translation>
    </message>
    <message>
        <source>Events are queued for it; none is sent until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest was queued at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused for good by the destination; sent again only when you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held until someone acts, usually in the other system (an employee to map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::EffectiveDatePicker</name>
    <message>
        <source>From the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day the change counts for. Earlier days keep the rule as it was, so their reports do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day ever counted uses the new rule, as if it had always been so: for fixing a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not while a period is closed: every day of it would change. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::EnrollDialog</name>
    <message>
        <source>Choose a finger or the face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal is not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal has not said what it can enroll yet; wait for its next poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal cannot enroll this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to &amp;other terminals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll &amp;another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the finger or the face, then the terminal the person stands at. The terminal opens its enrollment screen; a ✓ marks what is already enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved terminal can enroll %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a finger or the face first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place %1 on the reader 3 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look at the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for user %1 at %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment can no longer be read from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Enrolled at %1: a %2-byte template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⌛ Timed out: nothing was enrolled at %1 in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1 refused: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The terminal&apos;s screen closes by itself; a finger given there now is still stored like any enrollment at the keypad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1 did not answer the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ The command to %1 was cancelled on the Jobs page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::EnrollMenuForm</name>
    <message>
        <source>Unlocked: people can be enrolled at the keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: people are enrolled from the console only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks or unlocks the enrollment menu of the terminal&apos;s keypad. Users, punches and everything already enrolled stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keypad enrollment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ErasePersonDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This removes the fingerprints, face and palm templates, photo, card and password of &lt;b&gt;%1&lt;/b&gt; from Punchclock and disables them. It cannot be undone.&lt;/p&gt;&lt;p&gt;Their user id, name, department, punches and corrections stay: the hours already paid were calculated from them. Backups made before now still hold the removed data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete them from the terminals (none holds them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also delete them from the %n terminal(s) that hold them</source>
        <translation>
            <numerusform>Also delete them from the %n terminal that holds them</numerusform>
            <numerusform>Also delete them from the %n terminals that hold them</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the user id, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::FetchUserDialog</name>
    <message>
        <source>Fetch user from terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal sends the user&apos;s name, photo and credentials at its next poll; they replace what is stored here for the credentials it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to fetch from: a terminal appears here once it has contacted this PC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::FilePicker</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::FirstAdministratorDialog</name>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on everyone signs in to this console with an operator account of their own, and every change records who made it. Choose the name and password of the first administrator, who can then add the others under Settings → Operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Punchclock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the setup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you entered is lost and Punchclock closes. It asks again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue the setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::GettingStartedPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a simulated terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point your first terminal at this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;On the terminal, open &lt;b&gt;Menu → Comm&lt;/b&gt; (or &lt;b&gt;Network&lt;/b&gt;) &lt;b&gt;→ Server&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Enter one of the addresses below as the server address, and the port.&lt;/li&gt;&lt;li&gt;Save and wait a minute: the terminal appears here, waiting for your approval.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the addresses and the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a pretend terminal on this PC that punches every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal at hand? See how it works with a simulated one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network connection found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not running: terminals cannot reach this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::HandPicker</name>
    <message>
        <source>Thumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, already enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right thumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the left thumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right index finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the left index finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right middle finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the left middle finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right ring finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the left ring finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right little finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the left little finger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::HistoryDialog</name>
    <message>
        <source>The history could not be read from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An employee or terminal in a history&apos;s title: &quot;Ana Núñez (7)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed here through Punchclock since its audit trail began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this employee through Punchclock, newest first: their record, department, credentials, schedule, leave, corrections of their punches and commands sent for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this terminal, newest first: approval, blocking, its address, and the commands sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1 on %2</source>
        <extracomment>The history of one employee&apos;s day: &quot;Ana Núñez (7) on 02/03/2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrections of this employee&apos;s punches that touched this day, newest first: punches added, voided or moved from or to it, and corrections revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::HolidaysLeaveDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays and leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mployee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n selected day(s)?</source>
        <translation>
            <numerusform>Remove the selected day?</numerusform>
            <numerusform>Remove %n selected days?</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no employees yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ImportCredentialDialog</name>
    <message>
        <source>Import a credential for user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send the user to the terminals holding it afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a credential file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than any credential (%1 bytes); choose the template file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the &amp;failed ones again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the &amp;parked ones again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay &amp;from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a destination first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change its address, secret, what it receives and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it and the events queued for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue its events without sending them, until it is resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send its events again as they are queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing failed or is parked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set its failed and parked events pending again, and send them at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set its failed events pending again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is parked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set its parked events pending again, once the other system knows the employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not waiting after failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the wait after failures: it is tried again at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue again everything it receives from a day on, delivered or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>%1 the destinations, %2 the events waiting, %3 those failed or parked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s)</source>
        <translation>
            <numerusform>%n destination</numerusform>
            <numerusform>%n destinations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting</source>
        <translation>
            <numerusform>%n event waiting</numerusform>
            <numerusform>%n events waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or parked</source>
        <translation>
            <numerusform>%n failed or parked</numerusform>
            <numerusform>%n failed or parked</numerusform>
        </translation>
    </message>
    <message>
        <source>Send punches to a webhook, to Frappe HR · ERPNext or to Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destination yet. Add one to send punches, as they arrive, to a webhook, to Frappe HR · ERPNext or to Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::JobDetailsPane</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its timeline, parameters and result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit and send again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole user is read from the store when the terminal receives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is read from the store when the terminal receives it, with the credentials terminal %1 holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::JobTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trans. ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::JobsPage</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued or sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed today</source>
        <translation>
            <numerusform>%n failed today</numerusform>
            <numerusform>%n failed today</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job had already finished; nothing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change; the job was not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;command to this terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit and send again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;routine jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic clock syncs and status refreshes that went well. Those that fail are always shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::KeypadActivityDialog</name>
    <message>
        <source>&amp;Download from the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad activity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What managers did at this terminal&apos;s keypad (enrolments, deletions, settings), on the terminal&apos;s clock, as far as it has been downloaded. The terminal keeps this log itself: download it again to see what was done since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keypad activity could not be read from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was done at the keypad on these days, as far as has been downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing downloaded yet: download the keypad activity from the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the terminal first: terminals that are not approved are sent no commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the terminal for its whole keypad log at its next poll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::KeypadLogTableModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the terminal&apos;s clock; downloaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified at the keypad by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as the terminal sent it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User concerned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::LatenessChart</name>
    <message>
        <source>Late arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Late arrivals per day, last %n days</source>
        <translation>
            <numerusform>Late arrivals per day, last %n day</numerusform>
            <numerusform>Late arrivals per day, last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No shift is set up yet, so nobody can be late: set up shifts and who works them under Reports → Rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::LockCover</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::LockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punchclock is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by %1 (%2). Type the password to go on where you left off.</source>
        <extracomment>%1 the operator&apos;s name, %2 their role (&quot;administrator&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &amp;another operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operator signs in: the console goes on with their rights, on the pages as they were left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::LogRangeForm</name>
    <message>
        <source>Pulls the punches stored on the terminal into the console. Punches already known are counted, not stored twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads what managers did at the terminal&apos;s keypad (enrolments, deletions, settings) into the terminal&apos;s Keypad activity. Actions already downloaded are not stored twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::MainWindow</name>
    <message>
        <source>Punchclock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users and terminals… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Punchclock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Punchclock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Punchclock %1&lt;/h3&gt;&lt;p&gt;Administration console and server for FK time-attendance terminals.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <extracomment>the status bar: %1 the operator&apos;s name, %2 their role (&quot;administrator&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::NavigationList</name>
    <message numerus="yes">
        <source>%1, %n need attention</source>
        <translation>
            <numerusform>%1, %n needs attention</numerusform>
            <numerusform>%1, %n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::NoParameterForm</name>
    <message>
        <source>Reads which users the terminal holds and records them in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads how many users, fingerprints, faces, cards and logs the terminal holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts the terminal. Its clock, users and logs are kept; commands queued for it before the restart are ignored by the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes every punch stored on the terminal. Punches not yet pulled into the console are lost for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes every user, fingerprint, face, card and password on the terminal. Nobody can punch there until users are sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype the terminal&apos;s name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the terminal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type “%1” to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OdooFields</name>
    <message>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove se&amp;lected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s version decides how Punchclock speaks to it: JSON-RPC up to Odoo 18, JSON-2 from Odoo 19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the Odoo database, as chosen when signing in to Odoo (for Odoo Online, usually the name before .odoo.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the Odoo user the API key belongs to: open the user under Settings → Users in Odoo, it ends the page&apos;s address (2 is the first administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge ID and PIN are on the employee&apos;s HR Settings tab in Odoo: enter there the user&apos;s number on the terminals. Or keep a table of the numbers here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per employee: the number they have on the terminals, and their number in Odoo, which ends the address of the employee&apos;s page there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees &amp;found by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed, e.g. prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the server holds several</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OpenDoorForm</name>
    <message>
        <source>Opens the door the terminal&apos;s lock controls, as soon as the terminal receives the command. Only for terminals wired to a lock; most drive door 1. It is sent once: a terminal that does not answer is not asked again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Door:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OperatorDialog</name>
    <message>
        <source>Add operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one department, or all of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OperatorTableModel</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OperatorsSection</name>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole and departments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone signs in to the console with an account of their own; what each may do depends on the role, and every change they make is recorded under their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of %1 is changed; it applies at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in; what they did stays recorded under their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::OutboxEventModel</name>
    <message>
        <source>Delivered at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password %1 signs in with from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1, who signs in with it from now on. Tell it to them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;resent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The present password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PayrollExportButton</name>
    <message>
        <source>Pa&amp;yroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one row per employee for the period, for the payroll program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payroll profile: which columns, under which headers, and how hours and dates are written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PayrollProfileDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payroll profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours and minutes (7:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal hours (7.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point (7.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (7,50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>places:</source>
        <extracomment>Before the number of decimal places of decimal hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields separated by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove payroll profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the payroll profile “%1”? Exports choose another one then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved profile “%1” cannot be used: %2</source>
        <extracomment>%1 a saved profile&apos;s name, %2 why it cannot be used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As leave is entered: vacation, sick, … Empty: every kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PeriodChangeDialog</name>
    <message>
        <source>Close a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why, e.g. “payroll March handed to the accountant”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why, e.g. “a forgotten leave day must be entered”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1?

Its results become final: corrections of punches and changes to shifts, schedules, holidays and leave that touch its days are refused, and it keeps the attendance settings in force now. Punches that arrive for its days from now on are kept and listed, but not counted. A manager can reopen it, with a reason.</source>
        <extracomment>%1 the period&apos;s days</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reopen %1?

Its results can change again: corrections and rule changes that touch its days are accepted, it is calculated with the attendance settings in force now, and the %n punch(es) that arrived after it was closed count. Reports already handed out may then differ.</source>
        <extracomment>%1 the period&apos;s days; %n punches that arrived after it was closed</extracomment>
        <translation>
            <numerusform>Reopen %1?

Its results can change again: corrections and rule changes that touch its days are accepted, it is calculated with the attendance settings in force now, and the %n punch that arrived after it was closed counts. Reports already handed out may then differ.</numerusform>
            <numerusform>Reopen %1?

Its results can change again: corrections and rule changes that touch its days are accepted, it is calculated with the attendance settings in force now, and the %n punches that arrived after it was closed count. Reports already handed out may then differ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen %1?

Its results can change again: corrections and rule changes that touch its days are accepted, and it is calculated with the attendance settings in force now. Reports already handed out may then differ.</source>
        <extracomment>%1 the period&apos;s days</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PeriodsDialog</name>
    <message>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed period&apos;s results are final, as signed off: corrections and rule changes that touch its days are refused, it keeps the attendance settings it was closed with, and punches that arrive for it afterwards are kept but not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punch time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches that arrived after the period was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period has been closed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a period to see the punches that arrived after it was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n punch(es) of its days arrived after it was closed: kept, not counted in it.</source>
        <translation>
            <numerusform>%n punch of its days arrived after it was closed: kept, not counted in it.</numerusform>
            <numerusform>%n punches of its days arrived after it was closed: kept, not counted in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n punch(es) of its days arrived after it was closed; they count since it was reopened.</source>
        <translation>
            <numerusform>%n punch of its days arrived after it was closed; it counts since it was reopened.</numerusform>
            <numerusform>%n punches of its days arrived after it was closed; they count since it was reopened.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a &amp;period…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PrivacySection</name>
    <message>
        <source>Biometric privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move the biometrics of inactive people after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a day, Punchclock removes the fingerprints, face, palms, photo and punch photos of anyone disabled, or on no terminal, for this long. Their card and password are kept, and so are their name and punches, which their pay was calculated from. The Dashboard says in advance who will be purged. 0 keeps everything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PullLogsDialog</name>
    <message>
        <source>Pull logs from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New logs since the last pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the terminal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs already stored are recognised and not counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which logs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PunchDetailsPane</name>
    <message>
        <source>Select a punch to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the terminal&apos;s clock recorded it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In/Out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This punch could not be read from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1, not in the user list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (io mode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (verify mode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled from the terminal&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent live by the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; sent again %n time(s)</source>
        <translation>
            <numerusform>%1; sent again once</numerusform>
            <numerusform>%1; sent again %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s photo could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PunchFilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (user id)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;lagged only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches from terminals waiting for approval, or with an implausible clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;n/Out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In/Out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PunchTableModel</name>
    <message>
        <source>Terminal clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (user id)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches are in time order; click Time to reverse it. The other columns do not sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::PunchesPage</name>
    <message>
        <source>Punches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the punches matching the filters as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some punches could not be read from the database. Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches could not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n punches</source>
        <translation>
            <numerusform>%n punch</numerusform>
            <numerusform>%n punches</numerusform>
        </translation>
    </message>
    <message>
        <source>Export punches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punches.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting punches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The punches could not be exported: reading the database or writing %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of this day…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RangeSpinBox</name>
    <message>
        <source>%1–%2</source>
        <extracomment>a range of whole numbers, e.g. &quot;1–65535&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2; the field keeps %3.</source>
        <extracomment>%1 what was typed, %2 the range, e.g. &quot;1–65535&quot;, %3 the value kept</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReadyPage</name>
    <message>
        <source>&amp;Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;simulated terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punchclock is ready for your terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On each terminal, open the menu Comm (or Network) → Server and enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the terminal&apos;s server mode on, save, and leave the menu: the terminal waits while its menu is open. It appears in Punchclock within a minute; approve it on the Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal at hand? A simulated one sends punches like a real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address %1   Port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 (this PC has no network address right now: connect it to the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated terminal is running. Finish to open the console: its punches appear on the Dashboard within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RecentPunchModel</name>
    <message>
        <source>User ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (punched %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived %1; the terminal&apos;s clock said %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1, name not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1, not in the user list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RenameTerminalDialog</name>
    <message>
        <source>Rename terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the terminal&apos;s screen. English letters, digits and punctuation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReplayFromDialog</name>
    <message>
        <source>Send again to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything %1 receives from this day on is queued again, delivered or not: punches by their time, corrections and changes of employees by when they were made. A receiver that keeps events by their id counts none twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReportFilterBar</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repor&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mployee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An employee in the filter: name and user id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no user record)</source>
        <extracomment>An employee in the filter known only from punches</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my departments</source>
        <extracomment>An account of some departments: &quot;all&quot; are all of theirs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my employees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReportRulesButton</name>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shifts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly schedules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holidays and leave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corrections of punches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReportTableModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A report total in the preview: column name and its sum, &quot;Worked 160:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculate the report (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop calculating or exporting (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a day to see the punches it was calculated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a report and a period, then Preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n rows</source>
        <translation>
            <numerusform>%1 · %2 · %n row</numerusform>
            <numerusform>%1 · %2 · %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to report for this period and filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a day to see the punches it was calculated from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <extracomment>Suggested export file name: report title, first and last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per&amp;iods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a period once its results are signed off, reopen it, and see the punches that arrived after it was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payroll %1 %2 to %3</source>
        <extracomment>Suggested payroll export file name: the profile&apos;s name, first and last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting payroll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payroll export could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) exported to %1</source>
        <translation>
            <numerusform>%n employee exported to %1</numerusform>
            <numerusform>%n employees exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RosterDownloadButton</name>
    <message>
        <source>Download users from terminals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every user of every approved terminal: name, privilege, card, password, photo and templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal is approved yet: approve one on the Terminals page first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RosterDownloadDialog</name>
    <message>
        <source>Download users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each terminal sends its list of users, then every user&apos;s name, privilege, card, password, photo and templates, a few users per poll. Stop asks for no more users; those already read are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the list of users failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting for the list of users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: users fetched: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fetched, stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::RuleHistoryTable</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Tooltip of who changed a rule: name and when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in force today)</source>
        <extracomment>Tooltip of the version of a rule that applies today: %1 its first day</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SchedulesDialog</name>
    <message>
        <source>Weekly schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no shifts yet: create them under Rules → Shifts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This employee follows the week below, not the department&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This employee follows their department&apos;s week (below). Save to give them their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department or employee to plan for yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A run of weekdays in a week&apos;s summary: &quot;Mon–Fri&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Days and what they plan in a week&apos;s summary: &quot;Mon–Fri Day&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 this employee follows the week below, not the department&apos;s.</source>
        <extracomment>%1 the first day of the employee&apos;s own week</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No week planned yet: nothing is expected of its employees until one is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule from %1: nothing is expected of its employees from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule: nothing is expected of its employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the department from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the department from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No schedule from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No schedule from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n schedule(s) from %2 on. Replace them?</source>
        <translation>
            <numerusform>%1 has %n schedule from %2 on. Replace it?</numerusform>
            <numerusform>%1 has %n schedules from %2 on. Replace them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace every schedule of %1 from the start?

Every day ever counted is calculated again with this one. Use this to fix a mistake; a change from a date keeps the days before as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applies from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole site (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week of every employee who has no week of their own and whose department has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No week of its own yet: its employees follow the site&apos;s week until one is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No week of its own from %1: its employees follow the site&apos;s week from then on.</source>
        <extracomment>%1 the day the department&apos;s schedule ended</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No week of its own: its employees follow the site&apos;s week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No default from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No default from the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ServerAddressDialog</name>
    <message>
        <source>Restart the terminal afterwards, so that it uses the new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the server address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards the terminal talks only to this address. A wrong address cuts it off until someone changes it on the terminal itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ServerAddressForm</name>
    <message>
        <source>Tells the terminal which server to talk to. It takes effect after the terminal restarts; from then on it talks only to the new address, so a wrong one loses the terminal until it is fixed on its own keypad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ServerPortPage</name>
    <message>
        <source>How will terminals reach this PC?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals send their punches to this PC&apos;s network address and a port. Keep the suggested port unless another program uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every network connection of this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 cannot be used: %2. Choose another port, or close the program that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ServerSection</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply and restart server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this PC only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address of this PC, e.g. 192.168.1.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals must be set to this PC&apos;s address and this port (on the terminal: Comm / Network → Server). Changing the port means changing every terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the IP address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window runs without a terminal server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 cannot be used: %3. The server keeps running as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not start on %1: %2. It runs on the old address again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not start on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SetTimeForm</name>
    <message>
        <source>Sets the terminal&apos;s clock to the site&apos;s time. The time is taken at the moment the terminal receives the command, so a terminal that polls late is not set late.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SettingsPage</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved at once and used by the server within 2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve new &amp;terminals automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: a terminal that contacts this PC for the first time waits on the Terminals page until you approve it. Its punches are kept and marked meanwhile, and it gets no commands. On: every terminal that reaches this port is trusted at once; use it only on a network you control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the terminals are. Used to tell how far each terminal&apos;s clock is off and to spot punches with impossible times; punch times themselves are kept as the terminal wrote them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set terminal &amp;clocks that drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give up on a command after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When off by more t&amp;han:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used from the next start of Punchclock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone. Pick one from the list, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the console &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without keyboard or mouse use for this long, the console hides what it shows and asks for the password again (Ctrl+L locks it at once). Pages stay as they were left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify each change to a user by reading it back from the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote enrollment waits &amp;up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command sent to a terminal and not answered in this time ends as “No answer”. Clocks are set at most once every 15 minutes per terminal. Some terminals answer OK to a change they ignored: read back, it shows as “Not applied”. A remote enrollment waits this long for the finger or face once the terminal has opened its enrollment screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::ShiftsDialog</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round to nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Late after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early lea&amp;ve before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break only after &amp;working:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rounding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding s&amp;tep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overtime counts from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <extracomment>A shift in the list: name, start and end</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the shift “%1”? Reports will no longer use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches after midnight and before this time count for the previous day&apos;s shift. One nearer the start of the new day&apos;s shift stays with the new day, unless it is the departure the previous day still lacks. 00:00 moves nothing; a night shift needs a time between its end and its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A shift&apos;s definition in its history: start and end</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, break %2 min after %3 min worked, late after %4 min, early leave before %5 min, overtime from %6 min, day change %7</source>
        <extracomment>Tooltip of a shift&apos;s definition in its history</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applies from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply this definition of “%1” from the start?

Every day ever counted with this shift is calculated again with it, and its %n later definition(s) are dropped. Use this to fix a mistake; a change from a date keeps the days before as they were.</source>
        <translation>
            <numerusform>Apply this definition of “%1” from the start?

Every day ever counted with this shift is calculated again with it, and its %n later definition is dropped. Use this to fix a mistake; a change from a date keeps the days before as they were.</numerusform>
            <numerusform>Apply this definition of “%1” from the start?

Every day ever counted with this shift is calculated again with it, and its %n later definitions are dropped. Use this to fix a mistake; a change from a date keeps the days before as they were.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply this definition of “%1” from the start?

Every day ever counted with this shift is calculated again with it. Use this to fix a mistake; a change from a date keeps the days before as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n definition(s) from %2 on. Replace them with this one?</source>
        <translation>
            <numerusform>“%1” has %n definition from %2 on. Replace it with this one?</numerusform>
            <numerusform>“%1” has %n definitions from %2 on. Replace them with this one?</numerusform>
        </translation>
    </message>
    <message>
        <source>Change shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arrival this many minutes after the start is not yet late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A departure this many minutes before the end is not yet early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes taken off each day&apos;s worked time for the break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break is taken off only days worked longer than this; 0: every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether punch times are rounded before worked time is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punch times are rounded to a multiple of this many minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work beyond the plan counts as overtime once it exceeds this many minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punches after midnight and before this time belong to the previous day&apos;s shift.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Punchclock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your Punchclock operator account. The terminal server goes on receiving punches meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SignInForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SimulatorLauncher</name>
    <message>
        <source>The simulator program (%1) is not installed next to the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator stopped working: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator ended with exit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator ended with exit code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The simulated terminal got no answer from the server at %1 within %n seconds and was stopped.</source>
        <translation>
            <numerusform>The simulated terminal got no answer from the server at %1 within %n second and was stopped.</numerusform>
            <numerusform>The simulated terminal got no answer from the server at %1 within %n seconds and was stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The simulated terminal cannot reach the server at %1 (%2) and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::SitePolicyPage</name>
    <message>
        <source>&amp;Ask me before a new terminal may deliver (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every new terminal &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone and new terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals report local clock times; the time zone tells Punchclock which. A terminal heard for the first time can wait for your approval: its punches are kept, marked, and it gets no commands until you approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this PC knows. Pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalAccessSection</name>
    <message>
        <source>Terminal access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any address; or networks such as 192.168.1.0/24, 10.0.0.0/8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;networks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New terminals that ma&amp;y wait per address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests from other networks are refused and nothing of them is stored; separate networks with commas, and add 127.0.0.1 while a simulated terminal runs on this PC. A new terminal beyond the counts waiting for approval is refused until you approve or block some (0: none may wait). With automatic approval on, the counts do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved, not a network: %1. Write ADDRESS/PREFIX, such as 192.168.1.0/24 or fd00::/8; a single address is one host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New terminals that may wait &amp;in total:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalDetailsPane</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a terminal to see everything known about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>about %n s</numerusform>
            <numerusform>about %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted offline after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s of silence</source>
        <translation>
            <numerusform>%n s of silence</numerusform>
            <numerusform>%n s of silence</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal clock at the last poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware (fk_info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported enroll data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint template version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face template version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palm vein template version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart command sent as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts (GET_DEVICE_STATUS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pinned: requests from elsewhere are refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <extracomment>%1 the address a terminal talked from before, %2 when it changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad activity: who enrolled or deleted whom at its keypad…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalJobBanner</name>
    <message>
        <source>Failed: %1 on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalNameForm</name>
    <message>
        <source>Renames the terminal. Terminals accept English letters, digits and punctuation, up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalPicker</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalPickerDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the user from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the job waits for its next poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal holds this user yet: fetch it from a terminal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalTableModel</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heard from at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the terminal reported at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal clock %1 (site time) at the last poll, %2 s from this site&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: asked for at its next poll once the terminal is approved, or use Get status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::TerminalsPage</name>
    <message>
        <source>Terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull &amp;logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull &amp;user list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set server a&amp;ddress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all &amp;logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all &amp;enrollments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a terminal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the terminal first: terminals that are not approved are sent no commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal has contacted this PC yet: see the Dashboard for how to connect one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 online, %n waiting for approval</source>
        <translation>
            <numerusform>%1 of %2 online, %n waiting for approval</numerusform>
            <numerusform>%1 of %2 online, %n waiting for approval</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New terminals are approved automatically. &lt;a href=&quot;settings&quot;&gt;Change in Settings&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New terminals wait for your approval. &lt;a href=&quot;settings&quot;&gt;Change in Settings&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the command builder for the selected terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin to its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse requests with this terminal&apos;s ID from any address but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal has not talked to this server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved, blocked or pinned this terminal, and who sent it commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keypad activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What managers did at this terminal&apos;s keypad: enrolments, deletions, settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one terminal: this acts on one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserBulkActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued for %n terminal(s).</source>
        <translation>
            <numerusform>Queued for %n terminal.</numerusform>
            <numerusform>Queued for %n terminals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Several employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the department&apos;s week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n employee(s)</source>
        <translation>
            <numerusform>Send %n employee</numerusform>
            <numerusform>Send %n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>Each employee is sent as stored here, with photo and credentials; it replaces them on each terminal ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n employee(s)</source>
        <translation>
            <numerusform>&amp;Send %n employee</numerusform>
            <numerusform>&amp;Send %n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>Send to terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy %n employee(s)</source>
        <translation>
            <numerusform>Copy %n employee</numerusform>
            <numerusform>Copy %n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>Each employee is read from one terminal, with everything enrolled there, and then written to each terminal ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n employee(s)</source>
        <translation>
            <numerusform>&amp;Copy %n employee</numerusform>
            <numerusform>&amp;Copy %n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on %1: nothing to copy from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy between terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disable %n employee(s)?</source>
        <translation>
            <numerusform>Disable %n employee?</numerusform>
            <numerusform>Disable %n employees?</numerusform>
        </translation>
    </message>
    <message>
        <source>The terminals holding them refuse their punches from now on, and the reports expect no work of them from today. Their fingerprints, cards and faces are kept: Enable lets them punch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disable %n employee(s)</source>
        <translation>
            <numerusform>&amp;Disable %n employee</numerusform>
            <numerusform>&amp;Disable %n employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled; queued for %n terminal(s).</source>
        <translation>
            <numerusform>Disabled; queued for %n terminal.</numerusform>
            <numerusform>Disabled; queued for %n terminals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n employee(s) from every terminal holding them?</source>
        <translation>
            <numerusform>Remove %n employee from every terminal holding them?</numerusform>
            <numerusform>Remove %n employees from every terminal holding them?</numerusform>
        </translation>
    </message>
    <message>
        <source>The terminals delete them with their fingerprints, face, card and password. They stay stored on this PC and can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n employee(s)</source>
        <translation>
            <numerusform>&amp;Remove %n employee</numerusform>
            <numerusform>&amp;Remove %n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>On no terminal: nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removal queued for %n terminal(s).</source>
        <translation>
            <numerusform>Removal queued for %n terminal.</numerusform>
            <numerusform>Removal queued for %n terminals.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Not for the others: %2</source>
        <extracomment>%1 &quot;Removal queued for 1 terminal.&quot;, %2 why not for the others</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export the personal data of %n employee(s)</source>
        <translation>
            <numerusform>Export the personal data of %n employee</numerusform>
            <numerusform>Export the personal data of %n employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n file written.</numerusform>
            <numerusform>%n files written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export personal data to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserBulkDepartmentDialog</name>
    <message>
        <source>Set department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move %n employee(s)</source>
        <translation>
            <numerusform>&amp;Move %n employee</numerusform>
            <numerusform>&amp;Move %n employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n selected employee(s) &amp;to:</source>
        <translation>
            <numerusform>Move %n selected employee &amp;to:</numerusform>
            <numerusform>Move %n selected employees &amp;to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserBulkResultDialog</name>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done for all %n employee(s).</source>
        <translation>
            <numerusform>Done for the %n employee.</numerusform>
            <numerusform>Done for all %n employees.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not done for any of the %n employee(s): see why below.</source>
        <translation>
            <numerusform>Not done for the %n employee: see why below.</numerusform>
            <numerusform>Not done for any of the %n employees: see why below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done for %1; not for %2: see why below.</source>
        <extracomment>%1 &quot;3 employees&quot;, %2 &quot;1 employee&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserBulkScheduleDialog</name>
    <message>
        <source>&amp;Follow their department&apos;s week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week of their own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employee without a week of their own follows their department&apos;s week, or the site&apos;s where the department has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no shifts yet: create them under Rules → Shifts to plan a week of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n selected</source>
        <translation>
            <numerusform>&amp;Apply to %n selected</numerusform>
            <numerusform>&amp;Apply to %n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserCommandForm</name>
    <message>
        <source>Deletes the user and all their credentials from the terminal. The console keeps its own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the user with name, privilege, photo and every credential into the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renames the user on the terminal and in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes what the user may do on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads one credential of the user into the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one credential to the terminal: a template file, or for a password or card a file holding its digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privilege:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential data (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the console&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to read this file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the user punch on this terminal, or refuses them at its keypad. Their templates stay on the terminal. To disable a leaver everywhere and stop expecting them in the reports, use Disable on the Users page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled: may punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: refused at the keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserDetailsPane</name>
    <message>
        <source>Select a user to see its credentials, the terminals holding it and what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve from this terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch from this termina&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminals holding this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y of credential changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID %1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May clock in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup_number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled from %1 by %2: refused at the terminals, nothing expected in the reports</source>
        <extracomment>%1 the date from which the reports expect no work of them, %2 who disabled them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enr&amp;oll at a terminal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserEditActions</name>
    <message>
        <source>User %1 saved. Send it to terminals to let it clock in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>User %1 saved and queued for %n terminal(s).</source>
        <translation>
            <numerusform>User %1 saved and queued for %n terminal.</numerusform>
            <numerusform>User %1 saved and queued for %n terminals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of user %1, on every terminal holding it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 renamed here; no terminal holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rename of user %1 queued for %n terminal(s).</source>
        <translation>
            <numerusform>Rename of user %1 queued for %n terminal.</numerusform>
            <numerusform>Rename of user %1 queued for %n terminals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privilege of user %1 on every terminal holding it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change; nothing was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Privilege of user %1 set to %2; queued for %n terminal(s).</source>
        <translation>
            <numerusform>Privilege of user %1 set to %2; queued for %n terminal.</numerusform>
            <numerusform>Privilege of user %1 set to %2; queued for %n terminals.</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1 is not stored on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps only the first %n characters of a name.</source>
        <translation>
            <numerusform>%1 keeps only the first %n character of a name.</numerusform>
            <numerusform>%1 keeps only the first %n characters of a name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserEditDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 24 letters (A–Z), digits or underscores; what the terminal shows as the user number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Some terminals show only the first %n characters</source>
        <translation>
            <numerusform>Some terminals show only the first %n character</numerusform>
            <numerusform>Some terminals show only the first %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;May clock in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to the %n terminal(s) holding this user</source>
        <translation>
            <numerusform>&amp;Send to the terminal holding this user</numerusform>
            <numerusform>&amp;Send to the %n terminals holding this user</numerusform>
        </translation>
    </message>
    <message>
        <source>User &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privilege:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture this program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be converted to JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo stays larger than %1 KB even when compressed; choose a simpler picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 already exists; edit it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserInfoForm</name>
    <message>
        <source>&amp;Enabled: may punch on the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the stored p&amp;hoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the whole user on the terminal: credentials not included are deleted there. The console&apos;s store keeps exactly what is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privilege:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credent&amp;ials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture sent instead of the stored photo: scaled to %1 pixels and sent as a JPEG of at most %2 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo &amp;from a file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is %1; a photo may be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to read this file first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserPicker</name>
    <message>
        <source>User id, or type a name to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id: “%1” is a name. Choose the person from the suggestions to fill in their id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id: %1 numbers its users, so the id is a number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserPrivacyActions</name>
    <message>
        <source>%1 exists already: nothing was written. Choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2): nothing was left behind.</source>
        <extracomment>%1 a file or folder, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the personal data of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %1 is in %2 (%n file(s), readable by you alone).</source>
        <translation>
            <numerusform>The personal data of %1 is in %2 (%n file, readable by you alone).</numerusform>
            <numerusform>The personal data of %1 is in %2 (%n files, readable by you alone).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %1 is erased: %n credential(s) and the photo.</source>
        <translation>
            <numerusform>The personal data of %1 is erased: %n credential and the photo.</numerusform>
            <numerusform>The personal data of %1 is erased: %n credentials and the photo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %1 is erased: %n credential(s).</source>
        <translation>
            <numerusform>The personal data of %1 is erased: %n credential.</numerusform>
            <numerusform>The personal data of %1 is erased: %n credentials.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Deleting them from %n terminal(s) is queued.</source>
        <translation>
            <numerusform>%1 Deleting them from %n terminal is queued.</numerusform>
            <numerusform>%1 Deleting them from %n terminals is queued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserStatusActions</name>
    <message>
        <source>%1 (user %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n terminal(s) holding them refuse their punches from now on, and the reports expect no work of them from today. Their fingerprints, cards and faces are kept: Enable lets them punch again.</source>
        <translation>
            <numerusform>The %n terminal holding them refuses their punches from now on, and the reports expect no work of them from today. Their fingerprints, cards and faces are kept: Enable lets them punch again.</numerusform>
            <numerusform>The %n terminals holding them refuse their punches from now on, and the reports expect no work of them from today. Their fingerprints, cards and faces are kept: Enable lets them punch again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled; no terminal holds them yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is enabled; queued for %n terminal(s).</source>
        <translation>
            <numerusform>%1 is enabled; queued for %n terminal.</numerusform>
            <numerusform>%1 is enabled; queued for %n terminals.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is disabled; no terminal holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is disabled; queued for %n terminal(s).</source>
        <translation>
            <numerusform>%1 is disabled; queued for %n terminal.</numerusform>
            <numerusform>%1 is disabled; queued for %n terminals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserTableModel</name>
    <message>
        <source>Photo stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n terminals</source>
        <translation>
            <numerusform>%n terminal</numerusform>
            <numerusform>%n terminals</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused at the terminals; the reports expect no work of them. Enable lets them punch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known only from a terminal&apos;s user list: fetch it from that terminal before sending it to another one, or its fingerprints there would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UserTerminalActions</name>
    <message>
        <source>Send user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is sent as stored here, with photo and credentials; it replaces the user on each terminal ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>User %1 queued for %n terminal(s).</source>
        <translation>
            <numerusform>User %1 queued for %n terminal.</numerusform>
            <numerusform>User %1 queued for %n terminals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove user %1 from terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminals ticked delete the user with its fingerprints, face, card and password. The user stays stored on this PC and can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removal of user %1 queued for %n terminal(s).</source>
        <translation>
            <numerusform>Removal of user %1 queued for %n terminal.</numerusform>
            <numerusform>Removal of user %1 queued for %n terminals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user %1 from terminal %2? The terminal deletes its fingerprints, face, card and password; the user stays stored on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal of user %1 from %2 queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is read from one terminal, with everything enrolled there, and then written to each terminal ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy of user %1 from %2 queued for %n terminal(s).</source>
        <translation>
            <numerusform>Copy of user %1 from %2 queued for %n terminal.</numerusform>
            <numerusform>Copy of user %1 from %2 queued for %n terminals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching user %1 from %2 queued; the user appears here when the terminal answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the credential; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of user %2 stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Sending queued for %n terminal(s).</source>
        <translation>
            <numerusform>%1 Sending queued for %n terminal.</numerusform>
            <numerusform>%1 Sending queued for %n terminals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy user %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is read from %1, with the credential just enrolled, and written to each terminal ticked, as one operation on the Jobs page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privilege…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to terminals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy between terminals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from terminals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import credential file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch from terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet: they arrive when someone enrolls on a terminal, or add one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on no terminal</source>
        <translation>
            <numerusform>%n on no terminal</numerusform>
            <numerusform>%n on no terminal</numerusform>
        </translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Some terminals show only the first %n characters of a name.</source>
        <translation>
            <numerusform>%1 Some terminals show only the first %n character of a name.</numerusform>
            <numerusform>%1 Some terminals show only the first %n characters of a name.</numerusform>
        </translation>
    </message>
    <message>
        <source>Departmen&amp;ts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send co&amp;mmand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled (leavers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enr&amp;oll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 will keep only &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set de&amp;partment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set sc&amp;hedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n users selected</source>
        <translation>
            <numerusform>%n user selected</numerusform>
            <numerusform>%n users selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>punchclock::ui::WeekShiftsEditor</name>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punchclock::ui::WorkingDayPunchTable</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbcDialog</name>
    <message>
        <source>ABC analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reclassify now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every part the class shown here and keep the change in its history. The review periods and service levels follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected part in a class whatever its consumption (safety-critical, the manufacturer&apos;s mandatory stock list), with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months: %1 of %2 parts were used. A %3, B %4, C %5 parts. %6 parts are dead stock (on the shelf, no movement for 12 months). %7 parts would change class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pin (by consumption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: keep it in class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (e.g. safety-critical, on the manufacturer&apos;s mandatory stock list)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccidentTab</name>
    <message>
        <source>Not an accident case. Open one when an insurer pays for this repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an accident case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer pays %1 · customer pays %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PC that holds the data needs a PostgreSQL server. If it has none yet, install one first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server (name or address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found PostgreSQL %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aftercare</name>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AftercarePage</name>
    <message>
        <source>Follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follow-up calls today (%2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints past their deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers to tell their solution today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AftercareSettings</name>
    <message>
        <source>Follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First call: from day … to day … after delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second call: from day … to day … after the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries before unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score below this opens a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints resolved within (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the information clerk&apos;s login; empty: anyone&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New calls go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the follow-up rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working calendar (holidays and make-up working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>国庆节, 春节调休 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to a usual day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up rules saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <source>Announce a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that ServiceBay did not expect. What you saved before is safe; the action that failed was not saved.

The details are in the log file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop %1 is in use by another program (or a restore is running).

Trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceBay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shop at %1 (was a drive removed, or the file moved?).

Start a new, empty shop there? Choose No to quit and look for the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened: %1

Details are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentView</name>
    <message>
        <source>Appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car arrived…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip and roof sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 %2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1 min · technician %2 · bay %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reserved %1, to order %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earlier no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked into the walk-in buffer by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer (km):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on file with this phone. Add the car to their file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment slip and roof sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We called (due list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appraisal</name>
    <message>
        <source>The month&apos;s own goal (本月重点工作)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal satisfaction (内部满意度)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline (工作纪律)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance (出勤)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three A months in a row: an award is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two D months in a row: an improvement plan is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D again after an improvement plan: a warning is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two E months in a row: a warning is due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppraisalPage</name>
    <message>
        <source>goals agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal or measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the month for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who enters it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in from the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the manager&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the grade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guide %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appraisals planned for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person&apos;s month on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(on probation: not graded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not entered by the set day, or entered after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager&apos;s manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self %1 · Manager %2 · Score %3 · Grade %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a goal in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program fills in the measures from the records; choose a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (the manager enters it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who enters it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The achieved figure is entered by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the goals to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the direct manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the manager&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the appraisal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you appeal the grade?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size} MB; at most {limit} MB (take the photo at a lower resolution).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a photo (JPEG, PNG) or a PDF, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {count} files on one record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plate or VIN changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odometer below the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold below cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock-take posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC class pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fapiao recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner&apos;s recovery code used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permissions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clocking corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up call logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up call not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound call logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deputy named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deputy removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint state changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint reported to the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint solution found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer told the solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goodwill given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working calendar changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working calendar day removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock-take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot use the drive or folder: {error}. Nothing was changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a ServiceBay backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is incomplete (was the drive removed while it was written?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s description is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged: its contents do not match their checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the encrypted backup was altered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is encrypted: enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database inside the backup is damaged; it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database inside the backup does not match its description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer ServiceBay; install that version to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database is damaged, so no backup was made. Restore the last good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was written to the drive reads back differently: the drive is faulty. The backup was not kept; use another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database inside this backup is not a ServiceBay shop; it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s description and the database inside it name different versions of the data; it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1 by ServiceBay %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers, %2 vehicles, %3 work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database inside the backup was changed outside ServiceBay ({what}); it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is still open in ServiceBay on {where}. Close it there, then restore again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shop at {path}; nothing was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive is formatted FAT32, which cannot hold a file of 4 GB or more, and the backup needs about {need}. Use a drive formatted exFAT or NTFS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive has {free} free, and the backup needs about {need}. Use a larger drive or delete old files from it. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not a ServiceBay shop; nothing was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop holds no data yet, so there is nothing to back up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up to a USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for USB drives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive or folder for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the passphrase nobody, not even ServiceBay, can restore an encrypted backup. Write it down and keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2 GB free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB drive found: plug one in, or choose a folder below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the drive or folder for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up… you can keep working in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system could not read the backup back past its cache, so a drive that lies about its size would not be caught. Run &apos;servicebay verify&apos; on it after plugging the drive in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Back up to USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified backup: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Technicians (drop a car here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bays (drop a car here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board full screen on the second monitor, read-only, large type (Esc closes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 booked %2 h of %3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cars in the shop · %2 waiting for parts · %3 at the wash · %4 late, customer not told · %5 technicians free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 car(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new caller (not on file yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s concern, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(add a maintenance package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(add a labour operation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician and bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 earlier appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book it anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Unknown column or field in --map {pair}. The fields for {kind}: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns {columns} all look like {field}: say which one with --map &quot;{first}={field}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of {time}, shop &quot;{shop}&quot;, ServiceBay {version}, schema {schema}: {customers} customers, {orders} work orders, {rows} rows in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase given; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --yes to replace the current data without being asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace ALL current data with this backup? A safety copy is kept. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The previous data was kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {day}: {a} A parts, {b} B parts, {c} C parts (current classes unchanged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified: {a} A parts, {b} B parts, {c} C parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} parts to order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {parts} parts ({stock} with opening stock) and {suppliers} new suppliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {issues} past issues of {parts} parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} (the header is row 1), {field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {campaigns} campaign(s): {cars} cars, {ours} of them on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows were set aside, with the reason, in {file}: fix them there and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {rows} rows: {new} new customers, {old} existing customers, {vehicles} vehicles; {present} vehicles were already on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this system could not read the backup back past its cache, so a drive that lies about its size would not be caught. Run &apos;servicebay verify&apos; on the backup after plugging the drive in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {count} VINs of cars built for other markets carry no check digit (accepted as they are): {vins}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with the customers as data from the old system: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file} ({size} KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} is not as it was issued: {reason}. The {count} before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {count} invoices and credit notes are as issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {lines} invoice lines to {file} and {payments} payments to {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} rows to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read or write {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop has users: say who runs the command with --user LOGIN (the password is asked, or taken from SERVICEBAY_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {login}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the program&apos;s login: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the server is with --admin postgresql://postgres@HOST/postgres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the administrator {login}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s database {where} is ready (schema {revision}); the login {login} was {login_done}, the database was {db_done}; trigram search indexes: {trigram}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept and brought up to date</source>
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
        <source>Next: servicebay server move --to {url} (on the PC with the data), or servicebay server connect --host {host} (on each other PC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC now opens the shop on {where} (PostgreSQL {version}); the password is kept in this PC&apos;s credential store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to: {where} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: {mb} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {when} {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search indexes (pg_trgm) are missing: run the setup again as the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks with the shop open now: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to: --to postgresql://… or --to-sqlite FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved and checked: {rows} rows in {tables} tables identical on both sides, {invoices} invoices in an unbroken chain, in {seconds} s. The old data was left untouched at {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC opens the shop on {target} from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password of {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk PIN of {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name} ({roles}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user has the login {login}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password of {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of {name} is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing typed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the password {password} as {logins}. Kiosk PINs: {pins}. (The demo shop only: a real shop&apos;s owner sets their own.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} calls for {day}, {late} overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} complaints, {late} past their deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} appointments on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next service computed for {count} cars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} to remind from {first} to {last} (and overdue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop created: {customers} customers, {vehicles} vehicles, {orders} work orders, {invoices} invoices, {appointments} appointments, {follow_ups} follow-up calls, {complaints} complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} accident cases, assessed {assessed} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} claims; the manufacturer owes {owed} on {open} of them; {due} drafts near their deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{car}: warranty from {start}, at {km} km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The odometer went backwards on {day}: check for tampering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maintenance here between {first} and {last}: check the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, e.g. 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisals of {month}: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed report is a month&apos;s: leave out --period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures for {period} ({first} to {last}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the days as a number from 1 to 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans sold: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans ending within {days} days: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over: {count} cards holding {total} and {points} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over: {count} coupons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards in use: {count}, holding {total} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed to customers for money paid in advance, by month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescues of {month}: {count} ({cancelled} cancelled, {partner} by partner stations); reached in time {in_time} of {measured}; median arrival {median} min; satisfied {satisfied} of {asked} asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Day: every advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week: one advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue: booked · green: confirmed · grey: arrived · red: no-show · “walk-ins”: kept free after three booked slots · ★ new caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked %1 h of the technicians&apos; %2 h (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked: %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;  %2  ·  %3 %4&lt;br&gt;Order %5, delivered %6: %7&lt;br&gt;Advisor %8, technician %9 · call %10, tries so far: %11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty unless the customer complains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer complains of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: tried again at another time of day (%1 tries left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: this was the last try; the call closes as unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score below %1 opens a complaint when the call is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate (as told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance from the shop (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsTab</name>
    <message>
        <source>Only my list (and those I stand in for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the call first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 was opened from this call; it is on the complaints list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this call not made?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound call logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign made: %1 cars to invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a car on the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <source>Card number, customer or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also lost and refunded cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: new card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over old cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old system&apos;s cards from a spreadsheet: 卡号, 手机 (or 客户编号), 等级, 余额, 积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards · %2 on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 now holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace lost card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new card&apos;s number (blank: one is given):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN of card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer types 6 digits (blank: they sign for each payment):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes back (paid in, not used); the bonus does not. Paid back by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer&apos;s reference number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over old cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over: %1 cards holding %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>The insurer pays the shop (letter of authority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report no. (报案号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop&apos;s estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour or part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductible (免赔)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betterment (折旧)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a supplement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement answered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the bill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment beside the shop&apos;s estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the letter of authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate %1 · assessed %2 (difference %3) · insurer pays %4 · customer pays %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer&apos;s invoice %1: %2 still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did disassembly find?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the assessor approve it (at the amounts in the table)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop waives of the customer&apos;s share (0: nothing; more needs a manager):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (still owed %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken when?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case, report no., order or plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case on a work order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New accident case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order&apos;s number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the insurer first (the Insurers tab).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashDialog</name>
    <message>
        <source>Daily cash report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted in my drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on a difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total taken: %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash that should be in each drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected %2, counted %3, difference %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator set this password: choose your own now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Storage check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistsSettings</name>
    <message>
        <source>New checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire / use again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cars in stock: a storage check every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. 二手车检测:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Recall / technical update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo / document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit to the manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the refused amount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print old-part tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old-part tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour and parts at the manufacturer&apos;s prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no number until submitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old parts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warranty invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still owed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goodwill (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused amount borne by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This component needs the manufacturer&apos;s consent: link an approved technical report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manufacturer&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its note or reference (may be empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused. Who bears it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer (with their consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop: goodwill (a manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who agreed to pay, and how (e.g. 王先生 电话同意):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount transferred (still owed %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manufacturer&apos;s settlement or transfer number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>A claim is made once the car has been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} has its claim already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} has no warranty or campaign lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft claim is changed; this one is {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such technical report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fault code has at most 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are added while the claim is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are removed while the claim is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the fault as the customer saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cause the technician found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {component} repair needs the manufacturer&apos;s consent first: link a technical report it approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: why did the manufacturer refuse it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim has been sent 20 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who bears the refused amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who agreed to pay, and how (e.g. 王先生 电话同意)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing refused is left to settle on this claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the manufacturer&apos;s settlement or transfer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money is received on an approved claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} has no warranty invoice yet; the cashier issues it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than the {left} still owed on this claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered (expired or over km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion (misuse, accident, modification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents or photos missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour time not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part not accepted / old part not returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prior consent (technical report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim that is {state} cannot be {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <source>Claims to the manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三包 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <source>Claim, order, plate or VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manufacturer owes %1 on %2 claims · %3 drafts near or past the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delivered order has warranty lines left to claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From which delivered order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing left to claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockTab</name>
    <message>
        <source>Correct the clocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 h clocked of %3 h standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labour on this order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>blank: the call-out (unless a plan covers it) and towing beyond it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towed (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer (towed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge (¥, excl. VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the rescue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month / person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value, 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picks, 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty / hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fapiao no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost on the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
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
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour −%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts −%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points / ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDI order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Km left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free inspections (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in (VAT incl.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off the road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comebacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours clocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued in 12 months (cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average stock (cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock at the end (cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead stock (cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van / partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upkeep due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintView</name>
    <message>
        <source>Complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer told…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (customer confirmed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 %2 %3 · came in by %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1 · report to the manager by %2 (%3) · resolve by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders: %1 · about: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution: %1 (customer told: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1 · done: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill: %1 %2, approved by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the customer the solution today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom, and how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The solution (tell the customer today):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customer was told, and what they said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customer confirmed the solution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is not resolved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the new owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is given (a credit note, a free line on an order):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its value in yuan:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer&apos;s hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the deadline: escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled on the spot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, customer or plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listed, %2 past their deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationsTab</name>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print slips and roof signs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appointments, %2 to confirm, %3 with parts to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment slips and roof signs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the shop&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the PC that holds the data shows under System → Several workstations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC could not keep the password in its credential store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>The connection to the shop&apos;s server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the shop&apos;s server was lost; retrying every few seconds. What you have typed stays on screen: save it again once the connection is back. Other desks&apos; changes show up when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Inbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <source>Correct the clocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. forgot to clock off at 18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterSaleDialog</name>
    <message>
        <source>Counter sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the invoice (empty: retail customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponDialog</name>
    <message>
        <source>one for every member with a card in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For bills from (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loose coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponsTab</name>
    <message>
        <source>Code, campaign or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue coupons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over old coupons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old system&apos;s unused coupons from a spreadsheet: 券码, 面值, 最低消费, 有效期至, 手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over old coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over: %1 coupons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Plan a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Add the campaign to this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an exclusion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the exclusion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended warranty…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warranty policy on file for this make and series (System → Warranty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty from %1 · at %2 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no start date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The odometer went backwards on %1: a tampered odometer is an exclusion — check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maintenance at this shop between %1 and %2: check the maintenance book (another authorised shop counts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free inspections ahead at %1 km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三包 until %1: %2 warranty repair(s), %3 day(s) off the road.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended: %1 +%2 months +%3 km (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it lifted?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the quantity to credit on each line, or credit everything. The invoice itself never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First vehicle (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone number on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These customers have the same phone number:
%1

Is it one of them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, save a new customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerFormWidget</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 张伟, or the company&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13812345678, 0755-12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company customers: unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 吸烟、偏好微信、VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to be contacted (reminders, follow-up calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: whoever is free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Plate, last 6 of VIN, phone (last 4 too), name or pinyin initials (zw = 张伟)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search on the left, or create a new customer (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reminders or follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all, %2 no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last call %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average score %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints, %2 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the old system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into customer file #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN accepted because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate accepted because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEN RECALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file and its history are kept, but it no longer shows in searches. Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.g. scrapped, sold out of the area. Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, pinyin initials, phone or plate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeputyDialog</name>
    <message>
        <source>Deputies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
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
</context>
<context>
    <name>DeskKeeper</name>
    <message>
        <source>At the desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskTab</name>
    <message>
        <source>Breakdown call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a van…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand to a partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No van is free: hand the call to a partner station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which van goes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand to a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which station is nearer to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading below the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading below the last one needs a reason; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2 alone. A manager approves it here with their own login and password; the record will name both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC opens the shop on the server from its next start: close ServiceBay and open it again.

On each other PC: System → Several workstations → Connect to the shop&apos;s server, and type
  server: %1   port: %2   database: %3   login: %4
and the password you chose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueListPage</name>
    <message>
        <source>and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalculate due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance rate in %1: %2 of %3 cars due were serviced here (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to call, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a car first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due dates recalculated for %1 cars.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExclusionDialog</name>
    <message>
        <source>Record an exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Extended warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FapiaoDialog</name>
    <message>
        <source>Red-letter fapiao for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fapiao for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 digits from the tax platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fapiao number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures you enter for others&apos; appraisals: %1 to enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You owe no figures for anyone&apos;s appraisal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for %1 not entered by their day, or entered late: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figure(s) saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <source>What the manufacturer owes, by days since its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused lines by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 line(s), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{file} is a folder or a device, not a file; choose a file name. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is open in another program (Excel or WPS?). Close it there and try again; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to ServiceBay 售后管家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PC of this shop already holds the data on the shop&apos;s server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this PC to the shop&apos;s server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your shop&lt;/h3&gt;These details are printed on job cards and invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Prices&lt;/h3&gt;Both can be changed later in System.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour rate (yuan per hour, excl. VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Staff and bays&lt;/h3&gt;Who works here, one per line: the name, then the role (服务顾问, 技师, 车间主管, 质检员, 配件员, 收银员, 经理). Change the examples to your people; empty the box to skip. Both can be changed later in System.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your data&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo shop to try ServiceBay out (300 customers, a year of work orders; start again empty later with a new data file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup from a USB drive (moving to a new PC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo shop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Complaints: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantsDialog</name>
    <message>
        <source>What each role may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(or with a manager&apos;s approval)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, phone or plate of the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>told by customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>road test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order {number} ({state}), {km} km: {concern}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer {km} km ({source}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer {km} km ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call: reached, score {score}. {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call: not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment {number} ({state}): {concern}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint {number} ({state}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old system&apos;s customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the plate or VIN is accepted as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row(s) have problems; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read as a CSV table ({error}). Open it in Excel or WPS and save it again as .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook ({error}). Open it in Excel or WPS and save it again as .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (use 2024-05-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate {plate} is also on row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN {vin} is also on row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is already on file (customer {customer}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column for {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {number} is also on row {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number of days: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {number} is already in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is the old system&apos;s empty date, not the day of the issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date in the past: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows under its headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {number} is not in the catalogue; import the parts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number of hours (0–200): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recall or an update?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign {code} is described differently on an earlier row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a quantity: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For bills from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet needs the columns 券码, 面值 and 有效期至.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coupon code has 6 to 20 letters and digits, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date still to come, as 2027-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet needs the columns 卡号, 余额 and 手机 (or 客户编号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {count} cards at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card number has 6 to 20 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {number} is already given out (or twice in the sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer in the file has this phone or old id; import the customers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member level {name}; set it up first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers and vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx, .xls) file, one vehicle per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file and what they hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows, save the bad ones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— kept as data from the old system —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked cells below and import again, or import the good rows and save the bad ones to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows were set aside in %2: fix them there and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.xlsx *.xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n data rows</source>
        <translation>
            <numerusform>%1: %n data row</numerusform>
            <numerusform>%1: %n data rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Each field can come from one column only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new customers, %3 existing customers, %4 vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK / attention / urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionTab</name>
    <message>
        <source>New sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings → proposal for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended on %1 (%2), not done yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Insurance</name>
    <message>
        <source>Order {number} was not repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} has its accident case already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the insurer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insurer has paid this case; its assessment stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the work found after disassembly to the order first; then send it as a supplement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement {seq} has its answer already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split follows the insurer&apos;s assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplement waits for the assessor&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the insurer&apos;s transfer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insurer&apos;s invoice is not issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case is closed once the insurer has paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the insurer&apos;s report number (报案号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own damage or a third party?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is invoiced already: credit its invoices before the split changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the insurer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is on file already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split between insurer and customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence (驾驶证)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle licence (行驶证)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident report (事故认定书)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank details (银行账户)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair invoice (维修发票)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos before the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos during the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos after the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of authority, signed (授权书)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insurer has paid this case; a supplement is too late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did the accident happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accident date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessed amount is not below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insurer assessed more than the line ({estimate}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a refused item is done at the customer&apos;s cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deductible, betterment and waiver are not below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deductible and betterment ({moved}) are more than the insurer assessed ({assessed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most the customer&apos;s share ({share}) can be waived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsurancePage</name>
    <message>
        <source>Accident repairs and insurers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share by insurer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsurerDialog</name>
    <message>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: name and phone, e.g. 李定损 13900000001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsurersTab</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Number, payer or fapiao number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open balance only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a fapiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record fapiao…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily cash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the accountant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invoices, open balance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one customer (clear the search to see all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net %1, VAT %2, total %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice discount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid %1, credited %2, &lt;b&gt;balance %3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fapiao %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fapiao recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is to be paid back after the credit. Amount paid back in cash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onto member card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay back how?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid back on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment taken on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fapiao recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 invoice lines and %2 payments (%3 and %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 invoices and credit notes are as issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is not as it was issued (%2). Everything before it is intact. Keep the backups and tell the manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Checklist point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest possible reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest possible reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour operation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KPI</name>
    <message>
        <source>Rework rate (返修率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comebacks delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time fix (一次修复率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders delivered that were not comebacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint rate (投诉率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per order (单车产值)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount of the orders delivered, excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time delivery (准时交车率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders ready by the promised time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders delivered with a promised time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts fill rate (快速的服务率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders with parts that never waited for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders delivered with parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts gross profit (配件毛利)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts sold less their cost, on the orders delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician productivity (生产率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours sold on the orders delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours clocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rate (回厂率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of them, customers who came back in the 12 months to the period&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers served in the 12 months before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders delivered (交车台次)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in the shop (平均在厂天数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days from arrival to delivery, added up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician efficiency (效率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours clocked on jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours at work (attendance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment share (预约率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders delivered that were booked ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show rate (爽约率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointments not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointments due so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up reach (回访成功率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up calls that reached the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up calls finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service absorption (服务吸收率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after-sales gross profit: labour, and parts less their cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dealership&apos;s fixed costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance rate (定期保养实施率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of them, cars serviced here from a month before to two months after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cars whose maintenance fell due in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts turnover (库存周转)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost of the parts issued in the 12 months to the period&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average stock value at cost over them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead stock (呆滞库存)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock at cost of the parts with no movement for 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer share (顾客占有率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of them, cars that came back for service within a year of handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cars the shop sold in the 12 months to a year before the period&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (回访满意度, 1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores given on follow-up calls, added up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Tap your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (sign out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has a kiosk PIN yet: the administrator gives one under System → Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · in %2 · out %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job is dispatched to you now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 others on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h of %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still clocked on since %1: %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clocked out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <source>Revenue (¥10,000, excl. VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The twelve months to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (¥, excl. VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisors: revenue (orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours clocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts turnover by ABC class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager&apos;s measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures, the advisors, the technicians and the parts turnover to Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s report with its charts, to print or save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a figure to see the orders behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and fixed costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures are for the service manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 order(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 part(s) with no movement for 12 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour discount (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts discount (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per yuan paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank (higher wins)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiabilityTab</name>
    <message>
        <source>Money paid in advance is owed to the customers until it is used: the cards&apos; balances and the plans&apos; unused value at each month&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 % (exempt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s labour rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is authorized: this is additional work, counted once the customer approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand %1, available %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lines</name>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goodwill (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadCardDialog</name>
    <message>
        <source>Any amount, no bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>The shop&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceBay signs in to the server with a login of its own. Choose its password (at least 8 characters); each PC keeps it in its credential store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ServiceBay 售后管家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up and calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop steps and notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several workstations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans and cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadside rescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find customer or car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ServiceBay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop has never been backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s data changed since its last backup (%1 days ago, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB stick with a recent backup is all that is left when this PC fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. ServiceBay now opens the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of your action items are past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appraisal figure(s) to enter by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceBay 售后管家 %1
The after-sales desk of a car dealership or repair shop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings, action items and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it an owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the problem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the problem first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done (or the answer)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the duplicate file. Its phones, tags, vehicles and history move to %1; the duplicate is archived and points here. Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 (%2) into %3?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesDialog</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for an SMS platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print as letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceBay sends nothing itself: copy, export or print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for an SMS platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Minutes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders and complaints discussed, e.g. WO2026-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthTab</name>
    <message>
        <source>Rescue, plate, phone or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 calls, %3 cancelled, %4 by partner stations · reached in time %5 of %6 · median arrival %7 min · satisfied %8 of %9 asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 very unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied was the customer with the rescue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did they say (optional)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovePage</name>
    <message>
        <source>Move the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ServiceBay on every other PC first. The data is copied onto the server and compared row by row; the file on this PC stays as it is, as the fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the data now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop is already on a server; its data is not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying and checking… the window stays usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved and checked: %1 rows in %2 tables identical on both sides, %3 invoices in an unbroken chain, in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. free 30-point check, 20 % off labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cars seen in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cars not seen for a year (win them back)</source>
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
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: {客户} {车牌} {车型} {活动} {开始} {结束} {优惠} {门店} {门店电话}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCarsPage</name>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a car…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDI order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the PDI order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cars in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cars · %2 storage checks due · %3 without a passed PDI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDI order opened: the technician fills the PDI sheet on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order numbers, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer complains of, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when settled there and then: what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no car)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Tell the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the SMS platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceBay sends nothing itself: copy the message into WeChat or export it for the SMS platform, then log it as told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log as told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for an SMS platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Your car is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair takes longer: new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts have arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please approve additional work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdometerDialog</name>
    <message>
        <source>Odometer reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told by customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OldParts</name>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} has left the shop already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned or scrapped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the return note or the manufacturer&apos;s instruction number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tags}: not in the shop any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer takes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to the shop to dispose of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrapped by the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parts were replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OldPartsTab</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the manufacturer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrapped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is it kept (shelf, box)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the parts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 part(s). The return note or the manufacturer&apos;s instruction number:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCardDialog</name>
    <message>
        <source>the number on the card (blank: one is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits, typed by the customer (blank: they sign instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer and choose the card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
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
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>The shop&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceBay now knows who does what. Make the owner&apos;s account first: the owner signs in as &lt;b&gt;admin&lt;/b&gt; and adds the staff under System → Users. Everything recorded so far as &quot;admin&quot; becomes the owner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 陈建国</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (8 or more characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The owner&apos;s &lt;b&gt;recovery code&lt;/b&gt;, shown this once: write it down and keep it in the safe. It lets the owner in when the password is forgotten (there is no other way).&lt;/p&gt;&lt;p style=&apos;font-size:20px; font-family:monospace&apos;&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>share of parts, most valuable first → cumulative share of consumption value ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consumption in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of the parts, up to %3 of the value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartsPage</name>
    <message>
        <source>Part number, name or bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supplier&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class&apos;s (A 7, B 14, C 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class&apos;s (A 98 %, B 95 %, C 90 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-take…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to supplier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (excl. VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parts, stock value %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand %1, reserved %2, available %3, on order %6 · class %4 · cost %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: quantity counted on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 purchase orders made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC: %1 A, %2 B, %3 C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at label number (1 = top left, across then down; %1 on a sheet):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payers</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary (普票)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special (专票)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · to pay %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (slip, transaction no.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (if the card has one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coupon&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>create and change customers and cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive or delete customers and cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge two customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import and export the customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open work orders and take cars in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add and change work-order lines and prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a discount above the advisors&apos; limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sell a part below its cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch work to technicians and bays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start, pause and finish work; clock on jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass or fail the quality check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliver cars to their customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let a car leave unrepaired (exit slip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waive the diagnosis fee of a car that leaves unrepaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep warranty policies, extensions and exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve warranty work outside the coverage as goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the insurers and the accident cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waive part of the customer&apos;s share of an accident repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the department&apos;s measures (revenue, rates, people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the targets and enter the monthly fixed costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraise the staff: plan, score, grade and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the after-sales meetings and give out the problems raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the new cars in stock, their checks and handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sell service plans and member cards, load cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up plan products, member levels and coupon campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund a card&apos;s unused balance or a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take breakdown calls, dispatch and close rescues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the service vans and the partner stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change parts, prices and suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue parts to work orders and take them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order from suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write off or adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue invoices and take payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue credit notes and pay money back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record fapiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see receivables and export for the accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup over the shop&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the shop&apos;s settings and workshop setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users, roles and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct technicians&apos; clockings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book, move, confirm and cancel appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make follow-up calls and keep the call register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take complaints and work on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own complaints, hand them over, approve goodwill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickVehicleDialog</name>
    <message>
        <source>Which car?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no vehicle on file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>Extended warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadside assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored-value card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to the new card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken over from the old system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points paid with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansOrderTab</name>
    <message>
        <source>Use one service of this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; member (card %2): labour −%3 %, parts −%4 % on the customer&apos;s lines; %5 on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which package is this visit&apos;s service?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Sell a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay into card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans and member cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract, plate or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell a plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the car&apos;s new owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 to %4 · invoice %5 · sold by %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services used: %1 of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sold; invoice %2 is ready for payment at the cashier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused value %1 is credited on the invoice. Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoliciesSettings</name>
    <message>
        <source>empty: every series of the make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1500 5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free inspections at km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty term saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Printer %1 is not connected or refuses to print: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such printer on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 is paused (%2): resume it in the system&apos;s printer settings, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job was lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Paper: %1, portrait (set by the document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 pages to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>any maintenance package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms printed on the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
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
        <source>Price (excl. VAT; a card: paid in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km beyond the factory cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-outs a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towing up to (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus paid in on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>New product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseState</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchasingPage</name>
    <message>
        <source>Show received and closed orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive delivery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more will come: what is still expected is no longer on order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the supplier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pieces are still expected on %2. Close the order anyway? They will no longer count as on order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication.self</name>
    <message>
        <source>Monthly report %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Reception and advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready when promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car returned clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would recommend us</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recalls</name>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>car sold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallsPage</name>
    <message>
        <source>Import the manufacturer&apos;s file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall campaigns and technical updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet (our cars first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manufacturer&apos;s campaign file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 campaign(s) imported: %2 cars, %3 of them ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivablesDialog</name>
    <message>
        <source>Receivables by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open balances by the age of the invoice: %1 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SH2026-1130-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost (excl. VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · type what was delivered and the price on the delivery note; 0 for what did not come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a new car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDI paid by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionDialog</name>
    <message>
        <source>New work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km now; last: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the customer&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no package —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. scratch on the left front door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. umbrella, child seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer brings parts (no quality guarantee on that work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comeback of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comeback?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionTab</name>
    <message>
        <source>By item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer brings parts (no quality guarantee on that work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 副厂刹车片 — the customer signs the note on the job card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not asked yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers with the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-original parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given back to %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The owner&apos;s recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
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
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>Customer file (客户档案基本资料表)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call record (跟踪服务电话记录表)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call register (跟踪服务电话登记表)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter register (跟踪服务信函登记表)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>The car leaves unrepaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer declined the estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fault could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer will come back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive the fee (a manager&apos;s decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work not done is declined; the fee is the one line to invoice. The exit slip prints afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the car leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed (not back for a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer party (联谊活动)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free inspection week (免费检测周)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service month offer (优惠服务月)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached, will think about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will come (book it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold the car</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Due list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersSettings</name>
    <message>
        <source>Reception calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked slots in a row before one stays free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First service (km, months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sooner for tags (tags, months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call days before maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call days before the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call days before the insurance ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance interval by make (the shop&apos;s own otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series (empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception calendar saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder settings saved; press “Recalculate due dates” on the due list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReorderDialog</name>
    <message>
        <source>Reorder review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only parts due for review (their period T has passed since the last order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parts to order, about %2 at cost. Change a quantity in the Order column; 0 leaves the part out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft purchase orders made: %1.
Send them from Purchasing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Plate or VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>New report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault statistic, last 12 months (reports and claims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the manufacturer answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer, as the manufacturer wrote it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <source>waiting for a van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>towed to the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescuePage</name>
    <message>
        <source>Breakdown call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadside rescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescues and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vans and partner stations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescueStrip</name>
    <message>
        <source>Rescues under way: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What caused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comeback work order, if the car came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comeback order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the path of a .sbk file, or choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file (.sbk) to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces ALL current data with the backup&apos;s. Close ServiceBay everywhere else first (other windows and PCs); a safety copy of the current data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceBay backups (*.sbk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all current data with the backup of %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Service advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service advisor (服务顾问)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception supervisor (前台主管)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreman (车间主管)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician (技师)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector (质检员)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washer (洗车工)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts clerk (配件员)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier (收银员)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information clerk / customer service (信息员/客服)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty clerk (索赔专员)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance clerk (保险内勤)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service manager (服务经理)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator (管理员)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sanbao</name>
    <message>
        <source>{component}: repaired {count} times (limit {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{component}: repaired {count} times, {left} more reaches the 三包 limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days off the road (limit {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days off the road, the limit is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serious fault within {days} days or {km} km of the purchase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SanbaoTab</name>
    <message>
        <source>Cars within their 三包 period that reached or are near a threshold (the thresholds are in System → Settings). Tell the service manager before the next repair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SatisfactionTab</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint rate: %1 complaints / %2 delivered orders = %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Kiosk PIN of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellPlanDialog</name>
    <message>
        <source>from the day the factory warranty ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell and invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer, then choose the car and the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSetupWizard</name>
    <message>
        <source>Set up the shop&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC could not keep the password in its credential store (%1); it still opens the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Insurer, for insurance lines (an accident repair: its case&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer (default from the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice discount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices of this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · balance %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines, %2 excl. VAT; %3 not yet invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional work waits for the customer&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the invoice to %1 (%2) for %3 lines, %4 excl. VAT%5?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, less a discount of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued invoice cannot be changed; a correction takes a credit note. Then take the payment and print the settlement sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareTab</name>
    <message>
        <source>Accident work by insurer, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the insurers owe, by days since the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 case(s), assessed %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accident cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (0–30 days %3, 31–60 %4, 61–90 %5, over 90 %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing owed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetWidget</name>
    <message>
        <source>photo no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reading first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All other points OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK %1 · attention %2 · urgent %3 · %4 to answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen was locked after a while without use. Sign in again, or as someone else to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner forgot the password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left unrepaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockTakePage</name>
    <message>
        <source>Bins starting with… (empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only parts due (A monthly, B quarterly, C yearly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New count sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post differences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count sheet is open. Make one for some bins, or for the parts due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 parts. Type the counts in the Counted column: each is saved as it is typed, with its time, so the counter need not stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sheet %1 made with %2 parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 parts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 parts counted; %3 pieces short and %4 over against the book when the sheet was made (what moved since is taken into account). Uncounted parts are left as they are.

Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posted: %2 adjustments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard %1 and its counts? Nothing is posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This database was written by a newer version of ServiceBay (schema {rev}). Install that version to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a ServiceBay database, or it is damaged. It was not changed. Restore the last backup, or choose another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shop at {path}. Check --db (or the database setting); nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s file {path} is on a network drive ({how}). Two PCs sharing one file through a network drive damage it: move the file to this PC&apos;s own disk, or set up the several-workstations mode (a shop server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s folder cannot be written ({path}: {reason}). Make it writable, or move the data to a folder this user may write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop {path} is in use by another program (or a restore is running). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is already on a server. To move it to another server, move it back to a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is already in a file on this PC; there is nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name: an existing file is never written over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database at {where} already holds a shop&apos;s data; nothing was copied. Set up an empty database for the move, or connect to this one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is open on {who}. Close ServiceBay there first; nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move stopped half-way and was undone: {reason} The shop stays where it was ({where}); nothing there was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy does not match the shop&apos;s data ({tables}); the shop stays where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore or another move is running; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address, as shown on the PC that holds the data (for example 192.168.1.10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use small Latin letters, digits and _ (at most 63), starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this PC a name of 1 to 40 characters without #, such as 前台1 or 车间.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login: the name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {where} has no shop database of that name. Set it up first on the PC that holds the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {where} does not accept this PC. On the server, allow the shop&apos;s network in pg_hba.conf (see the README), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login may not create databases. Use the server&apos;s administrator (postgres) for the setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database server answers at {where}. Check that the PC that holds the data is on and its PostgreSQL service is running, and that the address and port are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {where} could not be used: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is PostgreSQL {version}; ServiceBay needs version 12 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install PostgreSQL with the official Windows installer (postgresql.org → Download → Windows). Keep the port 5432, write down the password it asks for the postgres administrator, and let it install the service. Then allow the other PCs: in pgAdmin or in pg_hba.conf add the shop&apos;s network (for example 192.168.1.0/24) with scram-sha-256, set listen_addresses = &apos;*&apos;, restart the service, and allow port 5432 in the Windows firewall for the private network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the server with the package manager: sudo apt install postgresql. Set a password for the administrator (sudo -u postgres psql -c &quot;\password postgres&quot;). To allow the other PCs, set listen_addresses = &apos;*&apos; in postgresql.conf, add the shop&apos;s network (for example 192.168.1.0/24) with scram-sha-256 in pg_hba.conf, and restart it (sudo systemctl restart postgresql).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, the shop&apos;s details, labour rate and VAT. The data is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when ServiceBay starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed costs (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dealership&apos;s fixed costs per month (rent, salaries, depreciation …): what service absorption measures the after-sales gross profit against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a target into its cell. Bold: set by hand; grey: the year&apos;s target split over the months (and the people). Empty a cell to go back to the split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed costs %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechReports</name>
    <message>
        <source>Approved as warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you ask the manufacturer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fault code has at most 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the manufacturer answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the manufacturer&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} has its answer already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Plan a course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training plan: %1 of %2 courses due passed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the course first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer vehicle to another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now belongs to %2. Find the new owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note, e.g. sold privately on 2026-11-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TvBoard</name>
    <message>
        <source>Workshop board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cars in the workshop · %2 waiting for parts · %3 technicians free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lina (empty: kiosk only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password (changed at the first sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk PIN (4-6 digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>Users and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each role may do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag has at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address has at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A taxpayer ID (unified social credit code) has 18 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this plate is accepted (e.g. foreign, temporary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this VIN is accepted (e.g. imported car, papers checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN has at most 17 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the plate or the VIN (or both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date before {year} cannot be right here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warranty cannot start before the purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was merged into another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is archived; restore the customer before adding a vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the odometer reading in km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle already belongs to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was already merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merged customer cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has vehicles or history and cannot be deleted; archive the file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vehicle has history and cannot be deleted; archive it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the reading is below the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds {count} customers; the demo shop goes into an empty database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {ident} does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Nothing was overwritten: reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate {value} is already on file (customer {customer}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN {value} is already on file (customer {customer}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customer(s) on file have the same phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{km} km is less than the last reading, {last} km. Record it only if the odometer was replaced or the last reading was wrong, and give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carrier uses the prefix {prefix}: a mobile number starts 13 to 19 (&quot;{text}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits starting 13-19; &quot;{text}&quot; has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is neither a mobile number (11 digits) nor a landline (area code and 7-8 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the plate number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plate starts with a province character such as 京, 沪 or 粤 (&quot;{plate}&quot;). For a foreign or temporary plate tick the override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates never use the letters I or O (&quot;{plate}&quot;); check for 1 and 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{plate}&quot; is not a valid plate: province, a letter, then 5 characters (6 for new-energy cars), e.g. 京A12345 or 粤BD12345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN has 17 characters; this one has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN never contains the letters I, O or Q (found {bad}); check for 1 and 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN holds only digits and letters (found {bad}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit (9th character) should be {expected}, not {actual}: a character was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as 2024-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another workstation has been saving for too long. Nothing was saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written (the file or its folder is read-only). Nothing was saved; ask whoever set up this PC to make the data folder writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the database could not be read or written (was a drive removed?). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was saved; stop working and restore the last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s data was replaced (a backup was restored) by another program after this one opened it. Nothing was saved; close ServiceBay and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server cannot be reached. Nothing was saved; check the network and the server PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work starts only after the customer has signed the estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only work in progress goes to the quality check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A car is ready only after it passed the quality check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A car goes to the wash after it passed the quality check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A car that passed the quality check was repaired: deliver it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A car is delivered only after the quality check passed and it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer signs an estimate: estimate the order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car goes to the wash first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop has switched the wash step off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is closed ({state}); it cannot change any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work order cannot go from {current} to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {places} decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {low}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be more than {low}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a quantity of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supplier first for: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft order is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a sent order is received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}: at most {count} more can be received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}: enter the unit cost on the delivery note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantities delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is closed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {count} of {part} in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter whole days from {low} to {high}, or leave it empty for the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a service level from 50 % to 99.9 %, or leave it empty for the class&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the part number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number {number} is already in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the stock is adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose A, B or C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this part keeps its class (e.g. safety-critical, the manufacturer&apos;s list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the work or the part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who pays for this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan pays only for its own services: put them on the order with “Use plan”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the VAT rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which component of the warranty is it claimed under?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised time is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel is between empty and full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the customer&apos;s concern in their words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vehicle or its owner is archived; restore it before opening an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized lines cannot change; add the change as additional work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized lines cannot be removed; the customer signed for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave the answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was the answer given?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is not waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “Leave unrepaired…” or “Washed…” for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the work to do before estimating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signed the work order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch the car to a technician before work starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what failed the quality check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who checked the car?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional work is still waiting for the customer&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only authorized orders in the shop are dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts are issued only to authorized orders in the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approved part lines are issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {count} were issued and not yet returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order needs {count} more at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comeback links to a delivered order of the same car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: write the name, then the role ({roles}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard hours between 0.01 and 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate in yuan, or empty for the shop&apos;s rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package with this code exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no lines to make a package of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No part is due for counting there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been counted on this sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This count sheet is posted or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount in yuan greater than 0, to the fen (e.g. 120.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal lines are not invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices are issued when the car is ready, delivered or left unrepaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional work waits for the customer&apos;s answer; record it before invoicing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to invoice to this payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {number} is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note is not credited again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: at most {count} can still be credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to credit on this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments are taken against invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how it is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the transfer&apos;s reference number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the card&apos;s number or the coupon&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is {over} more than the balance of {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {count} is to be paid back on this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 普票 or 专票.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fapiao number has 8 to 20 digits (20 for a fully digital e-invoice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fapiao number is already recorded on {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fapiao cannot be older than the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is behind the last invoice ({last}). Set the date and time right, then issue it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count differs by {diff} from the expected {expected}; say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invoice before it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow the invoice before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content was changed after it was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the insurer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice chain is broken; run the ledger check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a label sheet, or describe one that fits its page (custom:210x297:3x8:70x37:0,0.5:0,0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is larger than {size} KB; choose a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not {what}: a manager must approve it with their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not {what}. Ask someone whose role allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: the login or the password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins: try again in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is your kiosk PIN. Here, type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is among the first any guesser tries; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN like this is guessed first; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop already has its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the shop&apos;s recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password other than the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody changes their own roles; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner stays an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s login stays &quot;admin&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person a login first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner and the person at the desk cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role and permissions from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators keep the permission to manage users (or nobody could).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login is 2 to 32 letters, digits, dots, dashes or underscores (e.g. lina).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person with a password needs a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not clocked in today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job is not in the workshop (not authorized, or already done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job of an earlier day is still clocked on; the foreman corrects it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not clocked on this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the clocking is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end comes after the start, at most 16 hours later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer who complains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the complaint came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the complaint is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how serious it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the customer complains of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint is linked to the customer&apos;s own work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whom it was reported to and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the solution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the solution before telling the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the customer was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it is not resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was given (a credit note, a free line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comeback is one of the customer&apos;s own work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call is already closed ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the call is not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an inbound call or a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what it was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who takes the list, someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most a year at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint that is {state} cannot become {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was done to resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what caused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the customer confirmed the solution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first call starts on day 1 at the earliest, and not after its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first call is made within 7 days of delivery at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second call&apos;s window must start before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day between 2000 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the day (国庆节, 春节调休 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no work order {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{slot} is kept free for walk-ins and overruns (after three booked slots in a row). Book it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has passed; choose a later slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception takes appointments from {opens} to {closes}, not in a break, every 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned work takes longer than the workshop&apos;s day ({hours} h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the hours as 08:30-17:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each break as 12:00-13:30, inside the opening hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked appointment can be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not late yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the new caller&apos;s customer file and car first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car that arrived is not the one booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the advisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the caller&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who called whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how it was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}: describe the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is archived; restore the file before booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the customer&apos;s cars (not an archived one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This car is already booked at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advisor already has an appointment at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment is already {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what fell due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what came of the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer, or tick a new caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign lasts three months at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign starts in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the customer was invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the customer said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit slip is printed once the car is delivered or leaves unrepaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which area of the car?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is checked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measured point needs the range a reading can have (lowest below highest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In which unit is it measured?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the checklist is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist of that name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labour operation has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars have been checked on this point: it stays, so their sheets stay whole. Make a new checklist without it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the VIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which model is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who pays for the PDI?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the model year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A car with this VIN is on file already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage checklist is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDI is for a new car in stock: this car has an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This car has an open work order already: {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handover cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the buyer from the customer file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car has had no PDI: it cannot be handed over yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car&apos;s last PDI failed: put it right and pass a new PDI before the handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This car has been handed over to its buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has no finished inspection sheet to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} {unit} cannot be right here: a reading lies between {low} and {high} {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is closed: the car has left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A storage check belongs to a car in stock (New cars), not to a work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} points are not answered yet: {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding has work to propose (or it is on the order already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet is finished; start a new one to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose OK, attention or urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s papers ({papers}) have not been signed for as returned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This car is not at the wash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who washed the car?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the car leaves unrepaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts were issued to this car ({part}): take them back before it leaves unrepaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took the papers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No papers were taken in with this car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the customer is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was the customer told?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new time, later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The make and series of this car have no {component} warranty on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{component} is out of warranty ({why}); only a manager&apos;s goodwill puts it on the manufacturer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which make?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The km of the free inspections, e.g. 1500 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension adds months, km or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign is not open for this car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is on this order already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of the call?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a year from 2000 to 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goals cannot change once the month is being scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager has scored this month already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed appraisal cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a grade from A to E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the grade is adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a scored, unsigned appraisal outside probation can be adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign once the manager has scored the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the employee signs as the employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direct manager and their manager are two different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the employee can appeal their grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scored month can be appealed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody scores or signs their own appraisal as the manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appraisal has 3 to 8 goals and measures ({count} now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each weight is from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights add up to {total}, not 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points from 0 to {top} for a weight of {weight}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade bands must fall from A to D (e.g. 120, 105, 90, 70).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meeting a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting is announced at least three days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action has an owner and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of this meeting are kept already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is closed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what was achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it under 60 characters: the figure, not the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody enters the figures of their own appraisal; its owner does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month has been scored; the figures cannot change now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card number has 6 to 20 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {number} is already given out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card cannot be used (reported lost or refunded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a card in use is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a card in use is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left on this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a card on sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan on sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card is opened on the Cards tab, where its money is paid in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the customer&apos;s cars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan cannot start more than a month back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan goes to the car&apos;s new owner: record the change of owner on the car first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is already the owner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running plan is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card holds only {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has only {points} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card has the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card belongs to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points pay in steps of {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coupon is not given back; pay back another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupon has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon was given to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon pays {value}, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon has already been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the level (e.g. 银卡).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a level called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the product a short code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the product as the customer sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of plan it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the components it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many services does it include?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much is paid into the card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another product has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon is for bills of {min} or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a maintenance plan pays for services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan {number} is for another car; a plan is used only on its own car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan {number} is {state} ({start} to {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan {number} pays for its own package only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order already uses a service of plan {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan {number} has no service left ({used} of {total} used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s phone, to call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the car?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong, in the caller&apos;s words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a van, or hand the call to a partner station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{van} is {state}; choose a free van.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the rescue ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the crew do on the spot?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was it cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rescue is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question is asked once the rescue is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue {number} is {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the car (or add it) on the call before it is towed in: the work order needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the van (e.g. 救援车1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another van is called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose free or in maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{van} is out on a rescue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the partner station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s phone, to hand calls over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another partner station is called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VanDialog</name>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last service at (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service every (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last service on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VansTab</name>
    <message>
        <source>New van…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, area and phone, separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>New vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit vehicle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleFormWidget</name>
    <message>
        <source>e.g. 粤B12345, 粤BD12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign or temporary plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this plate is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17 characters, no I, O or Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported car, accept as it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this VIN is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as purchase date if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km on the odometer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make / model / series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitSettings</name>
    <message>
        <source>After a passed quality check the car goes to the wash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis fee (car leaves unrepaired), yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your car is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair takes longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts have arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please approve additional work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop steps and notices saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warranty</name>
    <message>
        <source>Whole car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powertrain (engine, gearbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traction battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrosion perforation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrics and electronics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed the required maintenance at an authorised shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal maintenance and consumables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misuse, accident, theft or fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong or dirty fuel or fluids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-original parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damage made worse by driving on with a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environmental damage (hail, salt, sap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repairs done elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal ageing of trim and paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tampered odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indirect losses (rental car, hotel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damage from long storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no warranty start date on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over {km} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy for this make and series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderEditor</name>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer signs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To quality check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers given back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unrepaired…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer approves…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer declines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work order selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comeback of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technician %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recall: %1 (Warranty tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has read and signed the work order. Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is set up yet: add them in System → Staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open System → Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has to be redone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver %1 (%2) to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open balance: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything invoiced is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines are not invoiced yet (Settle…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivered order is closed; the delivery report can be printed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement of %1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— keep —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the customer answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return unused parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how many?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the package, e.g. 60000公里保养:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short code, e.g. P60000:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>washer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 given back to (name):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrdersPage</name>
    <message>
        <source>Number, plate or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All payers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comebacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New work order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopSettings</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left / back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 7号工位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of use / back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour rate (yuan per standard hour, excl. VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour catalogue (standard hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>241×140 mm continuous form (halves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>241×93 mm continuous form (thirds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label sheet or roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkstationsTab</name>
    <message>
        <source>The shop&apos;s database now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks with the shop open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC holds the data: set up the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the shop&apos;s server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back to a file on this PC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PC: the data is a file on this PC. Several PCs (counter, workshop, parts): one PC holds the data on a PostgreSQL server and the others connect to it. Each change shows on the other desks within a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (this PC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC is now called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC opens the shop on the server from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the shop back to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceBay database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the server&apos;s data into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several workstations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved and checked: %1 rows identical. This PC opens the file %2 from its next start; the server&apos;s data was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AddressForm</name>
    <message>
        <source>Server (name or address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

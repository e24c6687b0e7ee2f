<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddSettlementDialog</name>
    <message>
        <source>Edit a settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a settlement</source>
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
        <source>&amp;Administrative centre of the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starosta district:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rea, km²:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distance to the administrative centre, km:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starosta district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area in square kilometres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance to the administrative centre in kilometres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements of one starosta district get the same name here; leave it empty for those the centre serves itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 12,5; leave it empty if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By road, to the community&apos;s administrative centre; leave it empty if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is already in the list (perhaps archived: tick «Show archived» and restore it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area «%1» is not a number from 0 to %2 (square kilometres, e.g. 12,5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance «%1» is not a number from 0 to %2 (kilometres, e.g. 7,5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda &amp;items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add i&amp;tem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item at the end of the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the items of an agenda copied in Word (a notice or a draft protocol): numbered items, each with its «Доповідач: …» line; Ctrl+V on the list does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item %1 has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of agenda item %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A speaker of agenda item %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A speaker&apos;s name or role in agenda item %1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text of agenda item %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item %1: the needs calculation of %2 cannot be made, that year has no population figures. Enter them on the «Settlements and population» page, or untick the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item %1: %2 votes are counted, but only %3 members are present. Correct the vote or the attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item %1, assignment %2: the deadline %3 is before the meeting (%4). Change the deadline or the date of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item %1, assignment %2 does not say what is assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item %1, assignment %2 has no responsible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item %1, assignment %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the agenda in Word (numbered items, each with its «Доповідач: …» line), then press «Paste agenda…» again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaItemForm</name>
    <message>
        <source>Tit&amp;le of the item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spea&amp;kers (Доповідач):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member of the council, or type the name of someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member, or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the speaker reported, the needs calculations attached to it and the text after their tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else spoke (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the council decided, and the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard (СЛУХАЛИ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the calculation tables (printed w&amp;hen a calculation is attached):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard, after the calculation tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke (ВИСТУПИЛИ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided (ВИРІШИЛИ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council v&amp;oted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unticked if the item was only taken into account without a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstained:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gnments of the decision (доручення):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol prints each under the decision with its responsible and deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add assignment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the saved assignment is done, with a note; the protocol does not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the needs calculation of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year has population figures yet: no needs calculation can be attached (the population is entered on the «Settlements and population» page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the needs calculation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes, more than the %2 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes of %2 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: «%2» — in this place the case wants «%3»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could begin: «%2…»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaListDialog</name>
    <message>
        <source>Paste the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text has no agenda item: nothing to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will follow the %1 already on the agenda.</source>
        <translation>
            <numerusform>%n item will follow the %1 already on the agenda.</numerusform>
            <numerusform>%n items will follow the %1 already on the agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The agenda will have %n item(s).</source>
        <translation>
            <numerusform>The agenda will have %n item.</numerusform>
            <numerusform>The agenda will have %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A speaker who is a member of the council is chosen as that member; anyone else keeps the name as written. The meeting is written when you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Add %n item</numerusform>
            <numerusform>Add %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: «%2» — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: «%2» — neither an item nor its speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item starts with its number («1. Про …») or with «Про»; its speakers follow on a line of their own («Доповідач: голова координаційної ради Удовиченко К.О.»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is a heading, left out: «%2»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>New assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is assigned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member of the council, or type who answers for it (a department, an organisation, a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member, or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10.12.2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date, or words as the decision puts them: «До 10 грудня», «ІІ квартал», «Щокварталу», «Постійно». Empty: no deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what is assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who is responsible: choose a member of the council or type the name of a department, an organisation or a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no date «%1» in the calendar. Write the deadline as day.month.year, e.g. 10.12.2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline %1 is before the meeting (%2). An assignment is due on the day of the meeting or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentStatus</name>
    <message>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken off control</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentsModel</name>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>Council mem&amp;bers (tick those present):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance of the council members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks a member as present; type the reason for an absent member&apos;s absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ever&amp;yone present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every member of the council on the meeting&apos;s date as present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark those present from a list copied in Word (a draft protocol&apos;s «Присутні:», «Відсутні:» and «Запрошені:»), a person a line; Ctrl+V on the table does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the list of those present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum: more &amp;than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum: more than this share of the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the members that must be present, as the council&apos;s regulations say (usually more than half). Only used for this indicator; not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add g&amp;uest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an invited person to the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited guest %1 has a position but no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or position of invited guest %1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason for absence is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council has no members yet: enter them on the «Council members» page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No council members on %1: their membership starts later (the earliest on %2). If they were members then, correct «Member from» on the «Council members» page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No council members on %1: every membership had ended by then (see «Member until» on the «Council members» page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present %1 of %2 — quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present %1 of %2 — no quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the list of those present in Word (a person a line), then press «Paste list…» again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceListDialog</name>
    <message>
        <source>Paste those present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text names no member of the council and no guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) will be marked otherwise than now (in bold).</source>
        <translation>
            <numerusform>%n member will be marked otherwise than now (in bold).</numerusform>
            <numerusform>%n members will be marked otherwise than now (in bold).</numerusform>
        </translation>
    </message>
    <message>
        <source>Members the list does not name are marked absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members the list does not name are marked present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance as it will be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is not a member of the council — add them on «Council members» first, or among the invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: «%2» — no one named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited, added to the guests: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member of the council on the meeting&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the member was absent (printed in the protocol); double-click or press F2 to type it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are made automatically when a file is closed after changes, before an import, a paste or a fill that changes many values, and before the program upgrades a file. Choose the state to go back to. The current file is backed up first, so a restore can itself be undone from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before filling from the previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a meeting was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before upgrading the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement or indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from a formula)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population by settlement (one year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population of the community over the years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators over the years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which chart to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a picture, to put into a report or a presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators to show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators shown on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no population figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population on 1 January %1, by settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No population figures for %1: enter them on the «Settlements and population» page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>others: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settlements: the %2 largest are shown; the other %3 are summed in the last bar, «%4».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population of the community on 1 January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one year has figures: the line appears from the second year on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex 1 indicators by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no indicator values yet: enter them on the «Indicators» page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the indicators to show in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population-%1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population-by-year.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators-by-year.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved in %1: check that the folder exists and can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official names of the community and its council, as they appear in protocols, plans and workbooks. A change is saved when you leave the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommunity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council in the &amp;genitive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xecutive committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;blast:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rayon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ланнівська сільська територіальна громада</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ланнівська сільська рада</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ланнівської сільської ради</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Виконавчий комітет Ланнівської сільської ради</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Полтавська</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Полтавський</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used after «of» in the titles of protocols, plans and workbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of a protocol&apos;s header, printed in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the words «oblast» and «rayon»: they are added in documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body whose meetings are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in the protocols: «Присутні члени …», the roles of its chair and secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen in the list of settlements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codifier code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to the codifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the community and its settlements their codes in the official codifier (КАТОТТГ), matched by name and kind: the rayon&apos;s consolidation and the templates know them by the codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (settlements with a code: %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the body whose meetings are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the community cannot be empty; the previous name is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the council cannot be empty; the previous name is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the community name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the council name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the council name in the genitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the executive committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the oblast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the rayon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunitySearch</name>
    <message>
        <source>e.g. ланн, Полтавський район</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codifier could not be read (%1): type the community by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the codifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of the community&apos;s, rayon&apos;s or oblast&apos;s name (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found in %1. Check the letters, or go on and type the community by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 communities are shown (%2): type more letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities found: %1 (%2). Enter chooses the one selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <source>The council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names as they appear in protocols and plans. Type the council&apos;s name: the other forms are proposed from it; check them and correct if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ланнівська сільська рада</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council in the &amp;genitive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xecutive committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommunity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forms below are proposed from the council&apos;s name: please check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forms below could not be proposed from this name: please type them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forms below are proposed from the council&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To continue, type the name of the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To continue, type the official name of the community.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountInput</name>
    <message>
        <source>“%1” is too large: the largest number accepted is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>Not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was saved; the previous value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pasted. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsTableView</name>
    <message>
        <source>Type a number to change a value, leave it empty if not known; Ctrl+C copies, Ctrl+V pastes a column of numbers or whole rows from Excel, Delete clears the selected values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear the selected values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pasted: the clipboard holds no numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pasted: row %1 of the clipboard («%2») names no row of this table. Paste a single column of numbers, or whole rows copied with their first columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pasted: rows %1 and %2 of the clipboard are both %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pasted: %1 values do not fit, there is room for %2 from the selected row down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program met an error it did not expect. Everything saved before it stays saved. The report below contains no personal data (no names, figures or file paths): please copy it and send it to whoever supports the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was also written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentButtons</name>
    <message>
        <source>The system has no program that opens «%1» files, or it did not start. Open the document from its folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is no longer in «%2»: it was moved or deleted, or the stick it is on was taken out. Save the document again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the document in the program for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder the document was saved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignments of the council&apos;s decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments with their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those under c&amp;ontrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the assignments done or taken off control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;tus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the selected assignment is done, with a note; the protocol that gave it does not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport the open assignments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of the assignments under control as a table (PDF or XLSX), for «Про виконання попередніх доручень»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is due on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due: no assignment is late or near its deadline, and nothing else waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the status of an assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status is recorded; the protocol stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the open assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the open assignments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New community file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page «%1» has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a community file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community files (*.hromada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this file yet. They are made when a file is closed after changes and before an import, a paste or a restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>The changes were saved to %1 and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes stay in the working copy on this computer. The program will offer to write them to the stick when it starts or opens the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written to the stick! The changes are kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on a copy of the file on the stick — the stick can be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to the stick at %1 — the stick can be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>The community in the codifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the community in the official codifier (КАТОТТГ) to fill in its names, oblast, rayon and settlements with their codes; everything can be corrected after. Not there? Go on with Next and type it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type by &amp;hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the community chosen and empty the pages it filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No community chosen: the next pages are typed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1 (%2, %3); settlements: %4, the centre: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed from the kind of its centre; change it if the council is named otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GivenModel</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1, item %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the council will know that the goal is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section already has a goal %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardQuestions</name>
    <message>
        <source>The file «%1» is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was opened on %1 on the computer «%2» (process %3). While it is open there, changes made here cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for &amp;editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file for editing only if it is not open on the computer «%1» now — for example, the stick was pulled out there without closing the program. If it is still open there, the changes made on one of the two computers will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to «%1» made since %2 were not written back to the stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are kept on this computer in a working copy. The file on the stick: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to the stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to «%1» that are not on the stick? They cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community files (*.hromada)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
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
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hromada-desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import a filled template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) for %1 from «%2». Empty cells of the template leave the figures as they are.</source>
        <translation>
            <numerusform>%n change for %1 from «%2». Empty cells of the template leave the figures as they are.</numerusform>
            <numerusform>%n changes for %1 from «%2». Empty cells of the template leave the figures as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) look unlikely; check them before importing:</source>
        <translation>
            <numerusform>%n figure looks unlikely; check it before importing:</numerusform>
            <numerusform>%n figures look unlikely; check them before importing:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>Section %1 of Annex 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators (Annex 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing services and &amp;rayon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values for the year, sections 5 and 6 of Annex 1 of the Methodology. Type a whole number; leave the cell empty if the figure is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex 1 indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Existing specialised services in the community, in the units shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the whole rayon (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Population of the rayon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population of the rayon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases in the rayon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases of domestic violence in the rayon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When both are entered, the mobile brigade&apos;s rate E is the rayon&apos;s cases divided by the rayon&apos;s population. Otherwise the community&apos;s own figures are used (the cases indicator and the community&apos;s population). Leave both empty if they are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More persons completed a perpetrator programme (5.5: %1) than applied for one (5.4: %2). Please check the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no population figures yet: enter them on the «Settlements and population» page, or no needs calculation can be made for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not entered yet: %1. The needs calculation needs these values; enter 0 if there were none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are entered: the rate E is calculated from the rayon&apos;s figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one of the two is entered: the rate E uses the community&apos;s own figures until both are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change indicator %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %n indicator value(s) (%2)</source>
        <translation>
            <numerusform>Change %n indicator value (%2)</numerusform>
            <numerusform>Change %n indicator values (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the number of existing services (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases in the rayon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rayon&apos;s population cannot be 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the rayon figures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was saved; the previous value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to the codifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each settlement of the file is matched to the codifier&apos;s by its code, else by its name and kind. For one left without a code choose its settlement in the codifier, or leave it as not in the codifier (renamed, or newer than the edition).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another &amp;community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements of the file and their codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the codifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which community of the codifier is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the codifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the codifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in this edition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements matched: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the codifier but not in the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is already linked: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListedItemsModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListedMembersModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListedQuestionsModel</name>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About hromada-desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — read-only: changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hromada-desk %1
Records of the coordination council on preventing domestic and gender-based violence, and the needs calculation of Methodology No. 787. Works without the internet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksModel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;volved subjects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadl&amp;ine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal&apos;s number, a dot and the measure&apos;s number within the goal, e.g. 2.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator of the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involved subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline or frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date, a period or a frequency, as the plan words it: «Щомісячно», «Постійно», «Листопад-грудень»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example «Не потребує фінансування» or «Бюджет громади»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>D&amp;etails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the meeting in its year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering starts again at 1 each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te of the meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begins at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the meeting begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in the notice of the meeting; may be left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. с-ще Ланна</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line under «ПРОТОКОЛ» in the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time the meeting begins as hours and minutes, e.g. 10:00, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraordinary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings of the council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the protocol of a new meeting with the next free number of this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om the previous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new meeting made from the previous one: the next number, the place, members and signers, «Про затвердження протоколу попереднього засідання» and «Про виконання попередніх доручень» with the open assignments, the unfinished items offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meeting (Ctrl+S); it can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting №%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting №%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting №%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new meeting: check its date and number, tick who is present, write the agenda, then save it (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting №%1 from the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting №%1 is made from the previous one: check who is present and write the agenda&apos;s texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a meeting №%1 (of %2). Choose another number; numbering starts again at 1 each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add meeting №%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save meeting №%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting №%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the status of an assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status is recorded; the protocol stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the new meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting №%1 of %2 with its attendance and agenda?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its protocol is finalised: it is the record of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting №%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting №%1 deleted; Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>S&amp;urname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patron&amp;ymic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Удовиченко</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Костянтин, or just К</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Олександрович, or just О</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. сільський голова</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ланнівська сільська рада</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full given name, or only its initial when that is all the documents give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full patronymic, or only its initial; may be left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses the word forms that agree with the person in documents («який» or «яка»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the role is written in documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not &amp;known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of membership not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still &amp;a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a member: no end of membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick and set the date when the person left the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under a signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name as lists in documents give it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name as documents give it under a signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberListDialog</name>
    <message>
        <source>Paste a list of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and positions are read from each line; correct them afterwards in the member&apos;s form. Undo (Ctrl+Z) removes the whole list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>Add %n member</numerusform>
            <numerusform>Add %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The pasted list names %n person(s) not yet in the council. Untick anyone who is not a member.</source>
        <translation>
            <numerusform>The pasted list names %n person not yet in the council. Untick anyone who is not a member.</numerusform>
            <numerusform>The pasted list names %n people not yet in the council. Untick anyone who is not a member.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted text names no one who could be added to the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: «%2» — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: «%2» — no surname with a given name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line names one person, the name first or last: «Удовиченко К.О. – посада», «Удовиченко Костянтин Олександрович, посада», «посада – Удовиченко К.О.».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is a heading, left out: «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 is already in the list of members, left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: a council has one chair, and with this list it has several: %1. Untick one, or later set «Member to» for the previous chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: a council has one secretary, and with this list it has several: %1. Untick one, or later set «Member to» for the previous secretary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Council members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Council members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current members first, former members after them in grey; click a column heading to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty form for a new member of the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste mem&amp;bers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the members of a list copied in Word or Excel (the council&apos;s composition, or those present in an earlier protocol): a person a line, «Surname I.P. – position»; Ctrl+V on the list does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a list of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected member from the list (only one no meeting names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the form to the file (Enter or Ctrl+S); Undo (Ctrl+Z) takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes typed into the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member in the form is no longer in the list (undone); «Save» adds what the form holds as a new member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member in the list, or press «New member».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet: press «New member», or «Paste members…» for a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the chair is already %1, and a council has one chair. If the chair has changed, set «Member to» for the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the secretary is already %1, and a council has one secretary. If the secretary has changed, set «Member to» for the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the surname: it cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the given name, or at least its initial: it cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«Member to» cannot be earlier than «Member from».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form of %1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the council: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the list of members in Word or Excel (a person a line: «Surname I.P. – position»), then press «Paste members…» again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>Add %n member</numerusform>
            <numerusform>Add %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to the council: %n member(s). Undo (Ctrl+Z) removes the whole list.</source>
        <translation>
            <numerusform>Added to the council: %n member. Undo (Ctrl+Z) removes the whole list.</numerusform>
            <numerusform>Added to the council: %n members. Undo (Ctrl+Z) removes the whole list.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is named in a meeting&apos;s protocol, so the record cannot be deleted. To record that the membership has ended, set «Member to» and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the list of council members? Undo (Ctrl+Z) can bring the record back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted. Undo (Ctrl+Z) brings the record back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <source>Former member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>Needs calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters of the calculation (the Methodology&apos;s values unless changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population per family p&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per &amp;brigade a month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Months in the year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator used as A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounselling, a specialist in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served &amp;population P:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for changing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the Methodology&apos;s value is changed: required, and printed with the calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every starosta district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settlements from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest settlement population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex 1 indicator whose number is taken as the cases of domestic violence (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to the Methodology&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the overall conclusion on the clipboard, to paste it into the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the needs calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No community file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no figures yet: enter the population of the settlements first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the community&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the community&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calculation appears here as soon as the year&apos;s population and indicators are entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs for specialised support services in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: population %2 in %n settlement(s).</source>
        <translation>
            <numerusform>%1: population %2 in %n settlement.</numerusform>
            <numerusform>%1: population %2 in %n settlements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed parameters (instead of the Methodology&apos;s values):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parameters are the Methodology&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calculation informs the coordination council; the council decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Parameters of the calculation: %n changed</source>
        <translation>
            <numerusform>Parameters of the calculation: %n changed</numerusform>
            <numerusform>Parameters of the calculation: %n changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters of the calculation: the Methodology&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deficit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum requirements of the Methodology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed conclusion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: give the reason for each changed parameter (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the calculation parameters for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the calculation parameters for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCommunityWizard</name>
    <message>
        <source>New community file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextMeetingDialog</name>
    <message>
        <source>New meeting from the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of the meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda begins with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unfinished items of the previous meeting (ticked ones are added):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished items of the previous meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions the work plan sets for the quarter (ticked ones are added):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions of the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting №%1 of %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no place yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After meeting №%1 of %2: its members present and its signers are carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier meeting: the members of the council on that day are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is ahead: the meeting is planned; «Meeting held» when it has taken place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(open assignments with their status: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteChangesModel</name>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastePreviewDialog</name>
    <message>
        <source>Paste into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that match no settlement: add them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each row goes to the settlement of its name, whatever its place in the grid; no settlement is renamed. %n figure(s) of %1 will change.</source>
        <translation>
            <numerusform>Each row goes to the settlement of its name, whatever its place in the grid; no settlement is renamed. %n figure of %1 will change.</numerusform>
            <numerusform>Each row goes to the settlement of its name, whatever its place in the grid; no settlement is renamed. %n figures of %1 will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of %1 will change where they were pasted.</source>
        <translation>
            <numerusform>%n figure of %1 will change where it was pasted.</numerusform>
            <numerusform>%n figures of %1 will change where they were pasted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not pasted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is a header, skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is a total, skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pasted row(s) below the last settlement are left out.</source>
        <translation>
            <numerusform>%n pasted row below the last settlement is left out.</numerusform>
            <numerusform>%n pasted rows below the last settlement are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted column(s) beyond Children are left out.</source>
        <translation>
            <numerusform>%n pasted column beyond Children is left out.</numerusform>
            <numerusform>%n pasted columns beyond Children are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total / men / women / children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To rename a settlement instead, type the new name into its name cell or use «Edit settlement…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1; the list has %2, a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainTextLimit</name>
    <message>
        <source>At most %1 characters fit here; the rest was not added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>the four policy areas as sections (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (sections added one by one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy of the plan for %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of the decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of the decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by (&amp;position):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by (n&amp;ame):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. рішення виконавчого комітету сільської ради</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«—»: not approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Disca&amp;rd changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save e&amp;xecution report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the execution report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a section, a goal or a measure in the list to see and edit it. For a measure, record below what was done in the period chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure for goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution (choose a measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;the new measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the action plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the execution report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the execution report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year or quarter whose execution the list shows and the form records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of the p&amp;lan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections, goals and measures of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measure to the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected measure and its execution reports (Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the action plan as PDF or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the execution report of the selected period as PDF or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This community file has no action plan yet: «Plan» › «New plan…» creates one, with the four policy areas as its sections or a copy of another plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution of measure %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit section «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the measure and save it; it is added at the end of the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the plan for %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1 deleted with its execution reports; Ctrl+Z brings it back. The numbers of the other measures are left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the report on measure %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on measure %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPeriod</name>
    <message>
        <source>%1, quarter %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStructure</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a plan, or change its period and approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section, goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section to the plan or a goal to a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;goal to the section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan for %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done. Add goals to the sections and measures to the goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy area (or another title):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 (its indicators are typed in the form afterwards):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>Section, goal, measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures done in this period, of all the measures below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationPage</name>
    <message>
        <source>Settlements and population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add settlement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a settlement to the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t settlement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, kind, starosta district, area and distance of the selected settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ill from previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy last year&apos;s figures into the empty cells of this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list settlements that no longer belong to the community (greyed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from the previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population by settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to change a figure; Ctrl+C and Ctrl+V copy and paste blocks as in Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Population on 1 January %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: point at the marked Total cells to read them.</source>
        <translation>
            <numerusform>… and %n more: point at the marked Total cells to read them.</numerusform>
            <numerusform>… and %n more: point at the marked Total cells to read them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for %1 yet: type them, paste them from Excel, or use «Fill from previous year».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for %1 yet: type them or paste them from Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total also counts archived settlements that are not shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the selected settlement again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected settlement no longer belongs to the community; its past figures are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added: type its figures in the Total, Men, Women and Children columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is archived and no longer shown; tick «Show archived» to see it, or undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Figures of %1 copied into the empty cells of %n settlement(s) for %2; check and correct them.</source>
        <translation>
            <numerusform>Figures of %1 copied into the empty cells of %n settlement for %2; check and correct them.</numerusform>
            <numerusform>Figures of %1 copied into the empty cells of %n settlements for %2; check and correct them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to fill: every settlement already has its figures for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationTable</name>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1»: a number of people cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a whole number (type digits only, e.g. 1762)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows: name, [kind], total, men, women, children; a header row is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1: «%2» is there more than once; none of these rows is pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: «%2» could be %3; add the kind column (село, селище or місто) to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: «%2» is not a kind of settlement (місто, селище or село).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: «%2» is a number where the settlement&apos;s name goes. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: no settlement&apos;s name before «%2». %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the settlements&apos; names with the figures to their right (total, then men, women, children if you have them); a kind column, a header row and a column of row numbers may come along, they are understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is larger than %2, the largest number allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a kind of settlement (місто, селище or село)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of a settlement cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationTableModel</name>
    <message>
        <source>Includes archived settlements that are not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: not counted as part of the community any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population on 1 January of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste figures of %n settlement(s)</source>
        <translation>
            <numerusform>Paste figures of %n settlement</numerusform>
            <numerusform>Paste figures of %n settlements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cells</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n cells</source>
        <translation>
            <numerusform>Change %n cell</numerusform>
            <numerusform>Change %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved — %1, %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the total first; men, women and children are kept only with a total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kind of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cells</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a settlement&apos;s cell to paste into: the Total row is calculated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the grid already holds these figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasting does not change a settlement&apos;s name or kind: type it into the cell, or use «Edit settlement…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Figures pasted by name into %n settlement(s).</source>
        <translation>
            <numerusform>Figures pasted by name into %n settlement.</numerusform>
            <numerusform>Figures pasted by name into %n settlements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settlement(s) added.</source>
        <translation>
            <numerusform>%n settlement added.</numerusform>
            <numerusform>%n settlements added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted row(s) below the last settlement were ignored.</source>
        <translation>
            <numerusform>%n pasted row below the last settlement was ignored.</numerusform>
            <numerusform>%n pasted rows below the last settlement were ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted column(s) beyond Children were ignored.</source>
        <translation>
            <numerusform>%n pasted column beyond Children was ignored.</numerusform>
            <numerusform>%n pasted columns beyond Children were ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cells</source>
        <translation>
            <numerusform>Clear %n cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtocolControls</name>
    <message>
        <source>Meeting &amp;held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned meeting has taken place: write its protocol (it becomes a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise the p&amp;rotocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the protocol as the record of the meeting, with its attached calculations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen for editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the finalised protocol editable again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export DOC&amp;X…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the protocol as a PDF document, ready to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the protocol as a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other do&amp;cuments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extract of one agenda item from the protocol, or the notice of the meeting for the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalised on %1 — read-only. The protocol stays as it was finalised, whatever figures change later; «Reopen for editing…» to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only: the meeting cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold meeting №%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting №%1 took place: write its protocol (attendance, texts, vote), then finalise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise the protocol of meeting №%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol becomes the record of the meeting: its content and the attached needs calculations are frozen as they are now, and later corrections of the figures do not change it. It will be read-only until it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved changes are saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise the protocol №%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol of meeting №%1 is finalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the protocol of meeting №%1 for editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen protocol is discarded. When it is finalised again, it is rebuilt from the records and figures as they are then: the attached calculations may come out different from those it shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the protocol №%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting №%1 can be edited again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the protocol to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 says «%2», but the calculation of %3 finds a need: %4 — %5 needed, %6 existing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract from the protocol: item %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the protocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Question of the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Про стан запобігання домашньому насильству за 9 місяців</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepares it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Служба у справах дітей</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <source>This file is open read-only: changes to it cannot be saved. To work on it, save a copy where you can write, and edit the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy and edit it…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>Oblast and rayon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the community is. Both may be filled in later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Полтавська</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Полтавський</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oblast:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rayon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the words «oblast» and «rayon»: documents add them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mone&amp;y spent, UAH:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the measure in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money spent, in hryvnias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hryvnias, with a decimal comma, e.g. 1 500,50; leave it empty if nothing was spent or the sum is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money spent cannot be negative («%1»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a sum of money: write it in hryvnias with a decimal comma, e.g. 1 500,50 (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» has more than two decimals: a sum is written in hryvnias and kopecks, e.g. 1 500,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status to save what was done and the money spent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the community&apos;s records are kept in this one file. You can copy it to a USB stick or open it on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements: %1; administrative centre: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codifier code: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to the codifier: typed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new community file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community files (*.hromada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To finish, choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des&amp;ired state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of the desired state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the community wants to reach in this policy area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font of PDF documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic: Times New Roman, Liberation Serif or DejaVu Serif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first of these fonts found on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font f&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .ttf or .otf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a font…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a font file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols and plans are set in a serif font with Ukrainian letters (ДСТУ 4163: Times New Roman or one of the same size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it empty for the default folder, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to &amp;keep of each community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of backups kept of each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is made when a file is closed after changes; beyond this number the oldest backups of that file are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the font of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts (*.ttf *.otf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a font file, or the automatic font.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a font file: choose a .ttf or .otf file that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a full path: choose the folder with «Choose a folder…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementKind</name>
    <message>
        <source>village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codifier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the codifier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementsPage</name>
    <message>
        <source>Settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every settlement of the community and tick its administrative centre. More details (area, starosta district) can be filled in later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Коржиха</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements of the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a settlement cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the settlement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To continue, add at least one settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No administrative centre is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlements in the list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, kinds and codes are from %1: check them; a settlement added by hand is marked as not in the codifier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignersEditor</name>
    <message>
        <source>Chair and secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s chair and secretary on the date of the meeting sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signs yet: the protocol has no signature lines. Choose «Chair and secretary» once they are entered on the «Council members» page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role, e.g. Голова координаційної ради</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this signature line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role, as the agenda prints it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsActions</name>
    <message>
        <source>Export &amp;statistics to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a fill-in &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a filled template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export statistics to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a fill-in template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year the figures are for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a filled template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All figures for %1 in «%2» are the same as in the file: there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import of «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) for %1 imported from «%2».</source>
        <translation>
            <numerusform>%n change for %1 imported from «%2».</numerusform>
            <numerusform>%n changes for %1 imported from «%2».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Status of the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the report was heard at the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status is kept beside the protocol: a finalised protocol stays as it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the change (%1) is before the meeting that gave the assignment (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Responsible: %2. Deadline: %3. Given at meeting %4, item %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No community file is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records of one community — settlements and population, yearly figures, the council, its meetings and the action plan — are kept in one file with the .hromada extension. Create a new file for your community, open an existing one (for example from a USB stick), or look around in the demo community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New community file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkPlanListDialog</name>
    <message>
        <source>Paste into the work plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) will be added to the plan.</source>
        <translation>
            <numerusform>%n question will be added to the plan.</numerusform>
            <numerusform>%n questions will be added to the plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted text has no question with its quarter: nothing to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n question(s)</source>
        <translation>
            <numerusform>Add %n question</numerusform>
            <numerusform>Add %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: «%2» — no quarter: give one in its term («ІІ квартал», «березень») or under a quarter&apos;s heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: «%2» — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is a heading, left out: «%2»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <source>Council&apos;s work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work plan for another year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the work plan shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt a&amp;t a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is adopted at a meeting: its agenda gets «Про затвердження плану роботи координаційної ради на … рік»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions by quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions of the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work plan for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the questions of a work plan copied in Word or Excel: a table «Питання | Відповідальні | Термін», or questions under «І квартал» headings; Ctrl+V on the list does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste questions into the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected question up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier within its quarter (the plan lists it so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected question down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later within its quarter (the plan lists it so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into a meet&amp;ing&apos;s agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected question becomes an agenda item of a planned meeting or a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work plan yet: «New plan…» makes one for a year, then add its questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted at meeting №%1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adopted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the work plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a work plan for %1: add its questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New work plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the work plan for %1 with its questions? Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the work plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no planned meeting or draft: make one on the «Meetings» page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the work plan at a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the work plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work plan is adopted at meeting №%1: its agenda has the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question to the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the work plan&apos;s table or its questions in Word or Excel, then press «Paste…» again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n question(s) into the work plan</source>
        <translation>
            <numerusform>Paste %n question into the work plan</numerusform>
            <numerusform>Paste %n questions into the work plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) added to the plan. Undo (Ctrl+Z) removes them all.</source>
        <translation>
            <numerusform>%n question added to the plan. Undo (Ctrl+Z) removes it.</numerusform>
            <numerusform>%n questions added to the plan. Undo (Ctrl+Z) removes them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change a question of the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a question of the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a question of the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into a meeting&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question into meeting №%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question is an agenda item of meeting №%1 now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearSelector</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the figures (population on 1 January):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>«%1» cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is too long: %2 characters, at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be handed to the printer (%1). Open it and print it from the program that shows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

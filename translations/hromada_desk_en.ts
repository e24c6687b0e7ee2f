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
    <name>BackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are made automatically when a file is closed after changes and before the program upgrades a file. Choose the state to go back to. The current file is backed up first, so a restore can itself be undone from this list.</source>
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
        <source>before upgrading the file</source>
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
        <source>not chosen</source>
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
        <source>Type a number to change a value, leave it empty if not known; Ctrl+C copies, Ctrl+V pastes a column of numbers from Excel, Delete clears the selected values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste a column of numbers</source>
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
        <source>Nothing was pasted: copy a single column of numbers (the clipboard holds several columns).</source>
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
        <source>The program met an error it did not expect. Everything saved before it stays saved. Please send the report below to whoever supports the program.</source>
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
        <source>Copy the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help: the needs calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
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
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
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
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the needs are &amp;calculated</source>
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
        <source>There are no backups of this file yet. They are made when a file is closed after changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hromada-desk %1
Records of the coordination council on preventing domestic and gender-based violence, and the needs calculation of Methodology No. 787. Works without the internet.</source>
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
        <source>Population per &amp;family place:</source>
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
        <source>&amp;Apply the changes</source>
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
        <source>&amp;Edit settlement…</source>
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
        <source>&amp;Fill from previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy last year&apos;s figures into the empty cells of this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how archived</source>
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
    <message numerus="yes">
        <source>Change %n cells</source>
        <translation>
            <numerusform>Change %n cell</numerusform>
            <numerusform>Change %n cells</numerusform>
        </translation>
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
</TS>

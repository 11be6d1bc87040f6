<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>AI and your &amp;data</source>
        <translation>AI and your &amp;data</translation>
    </message>
    <message>
        <source>A card-game workshop on the social and environmental stakes of generative AI: reliability of information, environmental impact, algorithmic bias, creativity and intellectual property, society.</source>
        <translation>A card-game workshop on the social and environmental stakes of generative AI: reliability of information, environmental impact, algorithmic bias, creativity and intellectual property, society.</translation>
    </message>
    <message>
        <source>Version %1.</source>
        <translation>Version %1.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later: you may use, study, share and improve it.</source>
        <translation>Free software under the GNU General Public License, version 3 or later: you may use, study, share and improve it.</translation>
    </message>
    <message>
        <source>Made with Python %1 and Qt %2 (PySide6 %3).</source>
        <translation>Made with Python %1 and Qt %2 (PySide6 %3).</translation>
    </message>
    <message>
        <source>Atkinson Hyperlegible font</source>
        <translation>Atkinson Hyperlegible font</translation>
    </message>
    <message>
        <source>© 2020 Braille Institute of America, Inc. SIL Open Font License 1.1 (full text below). Designed to stay legible for readers with low vision; used on screen and in print.</source>
        <translation>© 2020 Braille Institute of America, Inc. SIL Open Font License 1.1 (full text below). Designed to stay legible for readers with low vision; used on screen and in print.</translation>
    </message>
    <message>
        <source>Theme icons and application icon</source>
        <translation>Theme icons and application icon</translation>
    </message>
    <message>
        <source>Drawn for %1; distributed under the same licence as the app (GPL 3.0 or later).</source>
        <translation>Drawn for %1; distributed under the same licence as the app (GPL 3.0 or later).</translation>
    </message>
    <message>
        <source>Cards, scenarios and facilitator&apos;s guide</source>
        <translation>Cards, scenarios and facilitator’s guide</translation>
    </message>
    <message>
        <source>Part of %1, same licence; each fact card names its source.</source>
        <translation>Part of %1, same licence; each fact card names its source.</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License 3.0.</source>
        <translation>GNU Lesser General Public License 3.0.</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>MIT licence.</translation>
    </message>
    <message>
        <source>BSD licence.</source>
        <translation>BSD licence.</translation>
    </message>
    <message>
        <source>Python Software Foundation License.</source>
        <translation>Python Software Foundation License.</translation>
    </message>
    <message>
        <source>MIT-CMU licence.</source>
        <translation>MIT-CMU licence.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No artificial intelligence inside.&lt;/b&gt; The app talks about AI; it does not use it: no model, no chatbot, no AI service, nothing generated.</source>
        <translation>&lt;b&gt;No artificial intelligence inside.&lt;/b&gt; The app talks about AI; it does not use it: no model, no chatbot, no AI service, nothing generated.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing leaves the room.&lt;/b&gt; The app never connects to the Internet: no account, no advertising, no statistics, no update check. It works the same without Internet. Only while Phones is on does it listen on the room&apos;s own network for the phones&apos; votes.</source>
        <translation>&lt;b&gt;Nothing leaves the room.&lt;/b&gt; The app never connects to the Internet: no account, no advertising, no statistics, no update check. It works the same without Internet. Only while Phones is on does it listen on the room’s own network for the phones’ votes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is stored, only here:&lt;/b&gt; your preferences, and each session (team names, scores, votes, arguments and notes) in its own file. Delete them whenever you like.</source>
        <translation>&lt;b&gt;What is stored, only here:&lt;/b&gt; your preferences, and each session (team names, scores, votes, arguments and notes) in its own file. Delete them whenever you like.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&apos; names are not needed:&lt;/b&gt; teams can take made-up names.</source>
        <translation>&lt;b&gt;Participants’ names are not needed:&lt;/b&gt; teams can take made-up names.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Other files of the app</source>
        <translation>Other files of the app</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>to come</source>
        <translation>to come</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>skipped, no card placed</source>
        <translation>skipped, no card placed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>St&amp;art</translation>
    </message>
    <message>
        <source>No phase under way: the button under What comes next starts the next one</source>
        <translation>No phase under way: the button under What comes next starts the next one</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Resume the timer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pause the timer</translation>
    </message>
    <message>
        <source>End this phase and start the next (an open debate is closed, with its points)</source>
        <translation>End this phase and start the next (an open debate is closed, with its points)</translation>
    </message>
    <message>
        <source>%1 min + %2 min paused (planned %3)</source>
        <translation>%1 min + %2 min paused (planned %3)</translation>
    </message>
    <message>
        <source>%1 min (planned %2)</source>
        <translation>%1 min (planned %2)</translation>
    </message>
    <message>
        <source>%1 min planned</source>
        <translation>%1 min planned</translation>
    </message>
    <message>
        <source>Planned end %1 · on time</source>
        <translation>Planned end %1 · on time</translation>
    </message>
    <message>
        <source>Planned end %1 · %2 min behind</source>
        <translation>Planned end %1 · %2 min behind</translation>
    </message>
    <message>
        <source>Planned end %1 · %2 min ahead</source>
        <translation>Planned end %1 · %2 min ahead</translation>
    </message>
    <message>
        <source>%1, plus the stop since %2</source>
        <translation>%1, plus the stop since %2</translation>
    </message>
    <message>
        <source>End this phase</source>
        <translation>End this phase</translation>
    </message>
    <message>
        <source>No phase under way</source>
        <translation>No phase under way</translation>
    </message>
    <message>
        <source>“%1” is over; Ctrl+Z can take you back to it.</source>
        <translation>“%1” is over; Ctrl+Z can take you back to it.</translation>
    </message>
    <message>
        <source>“%1” is over; to go back to it, Ctrl+Z undoes the last %2 actions.</source>
        <translation>“%1” is over; to go back to it, Ctrl+Z undoes the last %2 actions.</translation>
    </message>
    <message>
        <source>Time&apos;s up — %1</source>
        <translation>Time’s up — %1</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>Paused — %1</translation>
    </message>
    <message>
        <source>“%1” is already under way.</source>
        <translation>“%1” is already under way.</translation>
    </message>
    <message>
        <source>“%1” is over: a phase played to its end does not start again.</source>
        <translation>“%1” is over: a phase played to its end does not start again.</translation>
    </message>
    <message>
        <source>Last minute — %1</source>
        <translation>Last minute — %1</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Time left: %1</translation>
    </message>
    <message>
        <source>Agenda and timer</source>
        <translation>Agenda and timer</translation>
    </message>
    <message>
        <source>+&amp;1 min</source>
        <translation>+&amp;1 min</translation>
    </message>
    <message>
        <source>Add one minute</source>
        <translation>Add one minute</translation>
    </message>
    <message>
        <source>+&amp;5 min</source>
        <translation>+&amp;5 min</translation>
    </message>
    <message>
        <source>Add five minutes</source>
        <translation>Add five minutes</translation>
    </message>
    <message>
        <source>End phase</source>
        <translation>End phase</translation>
    </message>
    <message>
        <source>Phases of the agenda (Enter starts a phase to come)</source>
        <translation>Phases of the agenda (Enter starts a phase to come)</translation>
    </message>
</context>
<context>
    <name>BeforePrint</name>
    <message>
        <source>Unsaved edits</source>
        <translation>Unsaved edits</translation>
    </message>
    <message>
        <source>What is printed is the deck as saved: your last edits are not saved yet. Save them first?</source>
        <translation>What is printed is the deck as saved: your last edits are not saved yet. Save them first?</translation>
    </message>
    <message>
        <source>Save them first</source>
        <translation>Save them first</translation>
    </message>
    <message>
        <source>Go on without them</source>
        <translation>Go on without them</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problems</translation>
    </message>
    <message>
        <source>The deck has problems</source>
        <translation>The deck has problems</translation>
    </message>
    <message>
        <source>The deck&apos;s files have %1 to fix: what would be printed is their last version that had none, without the changes since.</source>
        <translation>The deck’s files have %1 to fix: what would be printed is their last version that had none, without the changes since.</translation>
    </message>
    <message>
        <source>Use that version</source>
        <translation>Use that version</translation>
    </message>
    <message>
        <source>The deck cannot be printed yet: its files have %1 to fix.</source>
        <translation>The deck cannot be printed yet: its files have %1 to fix.</translation>
    </message>
    <message>
        <source>Show the first problem</source>
        <translation>Show the first problem</translation>
    </message>
</context>
<context>
    <name>CardFace</name>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>Debate</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Contested figure</source>
        <translation>Contested figure</translation>
    </message>
</context>
<context>
    <name>CardPreview</name>
    <message>
        <source>Card preview</source>
        <translation>Card preview</translation>
    </message>
</context>
<context>
    <name>ChoiceGrid</name>
    <message>
        <source>%1 chooses %2</source>
        <translation>%1 chooses %2</translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <comment>the decision most teams of a scenario are at, above their rows</comment>
        <translation>Decision %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision %1</source>
        <comment>a team ahead of the others: the decision its buttons are for</comment>
        <translation>Decision %1</translation>
    </message>
    <message>
        <source>done</source>
        <comment>a team that has made every decision of its scenario</comment>
        <translation>done</translation>
    </message>
    <message>
        <source>Every team&apos;s next decision: one click records its choice</source>
        <translation>Every team’s next decision: one click records its choice</translation>
    </message>
</context>
<context>
    <name>ChosenCards</name>
    <message numerus="yes">
        <source>Only the %n card(s) added or changed since the deck was opened</source>
        <translation>
            <numerusform>Only the %n card added or changed since the deck was opened</numerusform>
            <numerusform>Only the %n cards added or changed since the deck was opened</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Welcome</translation>
    </message>
    <message>
        <source>&amp;About Bataille IA</source>
        <translation>&amp;About Bataille IA</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Open Deck Folder…</source>
        <translation>&amp;Open Deck Folder…</translation>
    </message>
    <message>
        <source>Open a folder holding cards/deck.yaml</source>
        <translation>Open a folder holding cards/deck.yaml</translation>
    </message>
    <message>
        <source>&amp;Reload Deck</source>
        <translation>&amp;Reload Deck</translation>
    </message>
    <message>
        <source>Read the deck files again</source>
        <translation>Read the deck files again</translation>
    </message>
    <message>
        <source>&amp;Print Cards…</source>
        <translation>&amp;Print Cards…</translation>
    </message>
    <message>
        <source>Save the cards as PDF sheets to print and cut out</source>
        <translation>Save the cards as PDF sheets to print and cut out</translation>
    </message>
    <message>
        <source>Print &amp;This Card…</source>
        <translation>Print &amp;This Card…</translation>
    </message>
    <message>
        <source>Print only the card chosen, with its back</source>
        <translation>Print only the card chosen, with its back</translation>
    </message>
    <message>
        <source>Facilitator’s &amp;Guide…</source>
        <translation>Facilitator’s &amp;Guide…</translation>
    </message>
    <message>
        <source>Save the facilitator&apos;s guide as PDF</source>
        <translation>Save the facilitator’s guide as PDF</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Search Cards</source>
        <translation>&amp;Search Cards</translation>
    </message>
    <message>
        <source>Move to the search field</source>
        <translation>Move to the search field</translation>
    </message>
    <message>
        <source>&amp;Larger Cards</source>
        <translation>&amp;Larger Cards</translation>
    </message>
    <message>
        <source>&amp;Smaller Cards</source>
        <translation>&amp;Smaller Cards</translation>
    </message>
    <message>
        <source>Follow the &amp;System Language</source>
        <translation>Follow the &amp;System Language</translation>
    </message>
    <message>
        <source>&amp;Edit the Deck</source>
        <translation>&amp;Edit the Deck</translation>
    </message>
    <message>
        <source>Switch between browsing the cards and editing the deck</source>
        <translation>Switch between browsing the cards and editing the deck</translation>
    </message>
    <message>
        <source>&amp;Save the Deck</source>
        <translation>&amp;Save the Deck</translation>
    </message>
    <message>
        <source>Write the edits into the deck files</source>
        <translation>Write the edits into the deck files</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y of the Deck…</source>
        <translation>Save a Cop&amp;y of the Deck…</translation>
    </message>
    <message>
        <source>Save the deck, with your edits, in a folder of yours, and go on with the copy</source>
        <translation>Save the deck, with your edits, in a folder of yours, and go on with the copy</translation>
    </message>
    <message>
        <source>&amp;Undo Edit</source>
        <translation>&amp;Undo Edit</translation>
    </message>
    <message>
        <source>&amp;Redo Edit</source>
        <translation>&amp;Redo Edit</translation>
    </message>
    <message>
        <source>&amp;New Deck…</source>
        <translation>&amp;New Deck…</translation>
    </message>
    <message>
        <source>Create a deck folder, from the bundled deck or empty</source>
        <translation>Create a deck folder, from the bundled deck or empty</translation>
    </message>
    <message>
        <source>&amp;Import Cards from a Spreadsheet (CSV)…</source>
        <translation>&amp;Import Cards from a Spreadsheet (CSV)…</translation>
    </message>
    <message>
        <source>Add cards from a CSV file with one column per field and language</source>
        <translation>Add cards from a CSV file with one column per field and language</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>&amp;Next Step</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>&amp;Previous Step</translation>
    </message>
    <message>
        <source>Go back one move of the presentation (Ctrl+Z undoes entered data)</source>
        <translation>Go back one move of the presentation (Ctrl+Z undoes entered data)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Take back the last undo</source>
        <translation>Take back the last undo</translation>
    </message>
    <message>
        <source>Start / &amp;Pause Timer</source>
        <translation>Start / &amp;Pause Timer</translation>
    </message>
    <message>
        <source>+&amp;1 Minute</source>
        <translation>+&amp;1 Minute</translation>
    </message>
    <message>
        <source>+&amp;5 Minutes</source>
        <translation>+&amp;5 Minutes</translation>
    </message>
    <message>
        <source>End P&amp;hase</source>
        <translation>End P&amp;hase</translation>
    </message>
    <message>
        <source>&amp;Show the Stage</source>
        <translation>&amp;Show the Stage</translation>
    </message>
    <message>
        <source>&amp;Black Screen</source>
        <translation>&amp;Black Screen</translation>
    </message>
    <message>
        <source>Stage &amp;Full Screen</source>
        <translation>Stage &amp;Full Screen</translation>
    </message>
    <message>
        <source>&amp;Leave Full Screen</source>
        <translation>&amp;Leave Full Screen</translation>
    </message>
    <message>
        <source>Beep When &amp;Time Is Up</source>
        <translation>Beep When &amp;Time Is Up</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>&amp;Close Session</translation>
    </message>
    <message>
        <source>Phones: &amp;Join Screen</source>
        <translation>Phones: &amp;Join Screen</translation>
    </message>
    <message>
        <source>E&amp;xport the Summary…</source>
        <translation>E&amp;xport the Summary…</translation>
    </message>
    <message>
        <source>Workshop &amp;Kit…</source>
        <translation>Workshop &amp;Kit…</translation>
    </message>
    <message>
        <source>Voting cards, team signs and take-home card for this session, and the join poster while the phones are on, as PDF</source>
        <translation>Voting cards, team signs and take-home card for this session, and the join poster while the phones are on, as PDF</translation>
    </message>
    <message>
        <source>&amp;End the Vote and Show It</source>
        <translation>&amp;End the Vote and Show It</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Stage: BLACK</source>
        <translation>Stage: BLACK</translation>
    </message>
    <message>
        <source>Stage: shown</source>
        <translation>Stage: shown</translation>
    </message>
    <message>
        <source>Stage: hidden (F5)</source>
        <translation>Stage: hidden (F5)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Time&apos;s up for this phase: +1 / +5 min, or move on.</source>
        <translation>Time’s up for this phase: +1 / +5 min, or move on.</translation>
    </message>
    <message>
        <source>Bataille IA — Console</source>
        <translation>Bataille IA — Console</translation>
    </message>
    <message>
        <source>Opening the session…</source>
        <translation>Opening the session…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>%1 — %2 — Console</source>
        <translation>%1 — %2 — Console</translation>
    </message>
    <message>
        <source>%1 — Console</source>
        <translation>%1 — Console</translation>
    </message>
    <message>
        <source>The counts typed for %1 were recorded, hidden, before the session closed.</source>
        <translation>The counts typed for %1 were recorded, hidden, before the session closed.</translation>
    </message>
    <message>
        <source>Facilitator console</source>
        <translation>Facilitator console</translation>
    </message>
    <message>
        <source>This session is over: read it and export its summary. Changing it (Ctrl+Z, points, names, phones) asks first.</source>
        <translation>This session is over: read it and export its summary. Changing it (Ctrl+Z, points, names, phones) asks first.</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>Sta&amp;ge</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>ControlKeys</name>
    <message>
        <source>“%1” blacked the stage out or lit it again, and was not typed: the console had put the keyboard in this box. To type it there, click in the box first.</source>
        <translation>“%1” blacked the stage out or lit it again, and was not typed: the console had put the keyboard in this box. To type it there, click in the box first.</translation>
    </message>
</context>
<context>
    <name>DebatePanel</name>
    <message>
        <source>both votes</source>
        <translation>both votes</translation>
    </message>
    <message>
        <source>the vote before the debate</source>
        <translation>the vote before the debate</translation>
    </message>
    <message>
        <source>the vote after the debate</source>
        <translation>the vote after the debate</translation>
    </message>
    <message>
        <source>Close the debate?</source>
        <translation>Close the debate?</translation>
    </message>
    <message>
        <source>The vote after the debate is not recorded yet: the shift of opinion will not be measured. Close anyway?</source>
        <translation>The vote after the debate is not recorded yet: the shift of opinion will not be measured. Close anyway?</translation>
    </message>
    <message>
        <source>Close without the vote after</source>
        <translation>Close without the vote after</translation>
    </message>
    <message>
        <source>Keep debating</source>
        <translation>Keep debating</translation>
    </message>
    <message>
        <source>Debate closed: Ctrl+Z reopens it.</source>
        <translation>Debate closed: Ctrl+Z reopens it.</translation>
    </message>
    <message>
        <source>Debate %1 closed: Ctrl+Z reopens it.</source>
        <translation>Debate %1 closed: Ctrl+Z reopens it.</translation>
    </message>
    <message>
        <source>The counts typed for %1 were recorded, hidden, as the debate closed.</source>
        <translation>The counts typed for %1 were recorded, hidden, as the debate closed.</translation>
    </message>
    <message>
        <source>The debate is closed: the phones&apos; vote was closed first, their answers are in its counts (answers: %2).</source>
        <translation>The debate is closed: the phones’ vote was closed first, their answers are in its counts (answers: %2).</translation>
    </message>
    <message>
        <source>Debate %1 closed: the phones&apos; vote was closed first, their answers are in its counts (answers: %2).</source>
        <translation>Debate %1 closed: the phones’ vote was closed first, their answers are in its counts (answers: %2).</translation>
    </message>
    <message>
        <source>The phones&apos; vote did not close in time: the debate is closed without their answers (answers lost: %2).</source>
        <translation>The phones’ vote did not close in time: the debate is closed without their answers (answers lost: %2).</translation>
    </message>
    <message>
        <source>The phones&apos; vote did not close in time: debate %1 is closed without their answers (answers lost: %2).</source>
        <translation>The phones’ vote did not close in time: debate %1 is closed without their answers (answers lost: %2).</translation>
    </message>
    <message>
        <source>The phones&apos; vote was closed before the session closed: its answers are kept in the session (answers: %2).</source>
        <translation>The phones’ vote was closed before the session closed: its answers are kept in the session (answers: %2).</translation>
    </message>
    <message>
        <source>The phones&apos; vote did not close in time: its answers were not recorded (answers lost: %2).</source>
        <translation>The phones’ vote did not close in time: its answers were not recorded (answers lost: %2).</translation>
    </message>
    <message>
        <source>The phones&apos; vote on debate %1 did not close in time: its answers were not recorded (answers lost: %2).</source>
        <translation>The phones’ vote on debate %1 did not close in time: its answers were not recorded (answers lost: %2).</translation>
    </message>
    <message>
        <source>The hands typed on top of the phones&apos; answers were recorded with them, hidden, in %1.</source>
        <translation>The hands typed on top of the phones’ answers were recorded with them, hidden, in %1.</translation>
    </message>
    <message>
        <source>The hands typed on top of the phones&apos; vote were recorded, hidden, in %1.</source>
        <translation>The hands typed on top of the phones’ vote were recorded, hidden, in %1.</translation>
    </message>
    <message>
        <source>The phones&apos; vote on debate %1 was closed before the session closed: its answers are kept in the session (answers: %2).</source>
        <translation>The phones’ vote on debate %1 was closed before the session closed: its answers are kept in the session (answers: %2).</translation>
    </message>
    <message>
        <source>Vote reopened at the phones&apos; new address: each phone comes back there as a new one, so it answers again (answers to give again: %1). The answers recorded at the old address stay in the session until the new ones replace them, when this vote closes.</source>
        <translation>Vote reopened at the phones’ new address: each phone comes back there as a new one, so it answers again (answers to give again: %1). The answers recorded at the old address stay in the session until the new ones replace them, when this vote closes.</translation>
    </message>
    <message>
        <source>Vote before asked to the phones</source>
        <translation>Vote before asked to the phones</translation>
    </message>
    <message>
        <source>Vote after asked to the phones</source>
        <translation>Vote after asked to the phones</translation>
    </message>
    <message>
        <source>Vote before asked to the phones (debate %1)</source>
        <translation>Vote before asked to the phones (debate %1)</translation>
    </message>
    <message>
        <source>Vote after asked to the phones (debate %1)</source>
        <translation>Vote after asked to the phones (debate %1)</translation>
    </message>
    <message>
        <source>The debate is undone: the phones&apos; vote on it is stopped and its answers go with it (answers lost: %2).</source>
        <translation>The debate is undone: the phones’ vote on it is stopped and its answers go with it (answers lost: %2).</translation>
    </message>
    <message>
        <source>Debate %1 is undone: the phones&apos; vote on it is stopped and its answers go with it (answers lost: %2).</source>
        <translation>Debate %1 is undone: the phones’ vote on it is stopped and its answers go with it (answers lost: %2).</translation>
    </message>
    <message>
        <source>The debate is undone: the phones&apos; vote on it is stopped.</source>
        <translation>The debate is undone: the phones’ vote on it is stopped.</translation>
    </message>
    <message>
        <source>Debate %1 is undone: the phones&apos; vote on it is stopped.</source>
        <translation>Debate %1 is undone: the phones’ vote on it is stopped.</translation>
    </message>
    <message>
        <source>The debate is no longer open: the phones&apos; vote on it is stopped and its answers are not recorded (answers lost: %2).</source>
        <translation>The debate is no longer open: the phones’ vote on it is stopped and its answers are not recorded (answers lost: %2).</translation>
    </message>
    <message>
        <source>Debate %1 is no longer open: the phones&apos; vote on it is stopped and its answers are not recorded (answers lost: %2).</source>
        <translation>Debate %1 is no longer open: the phones’ vote on it is stopped and its answers are not recorded (answers lost: %2).</translation>
    </message>
    <message>
        <source>The debate is no longer open: the phones&apos; vote on it is stopped.</source>
        <translation>The debate is no longer open: the phones’ vote on it is stopped.</translation>
    </message>
    <message>
        <source>Debate %1 is no longer open: the phones&apos; vote on it is stopped.</source>
        <translation>Debate %1 is no longer open: the phones’ vote on it is stopped.</translation>
    </message>
    <message>
        <source>The phase is over: the phones&apos; vote is closed, its answers are kept in the debate.</source>
        <translation>The phase is over: the phones’ vote is closed, its answers are kept in the debate.</translation>
    </message>
    <message>
        <source>The phase is over: the phones&apos; vote of debate %1 is closed, its answers are kept in that debate.</source>
        <translation>The phase is over: the phones’ vote of debate %1 is closed, its answers are kept in that debate.</translation>
    </message>
    <message>
        <source>The phones&apos; answers came after the debate closed: they were not recorded.</source>
        <translation>The phones’ answers came after the debate closed: they were not recorded.</translation>
    </message>
    <message>
        <source>The phones&apos; answers to debate %1 came after it closed: they were not recorded.</source>
        <translation>The phones’ answers to debate %1 came after it closed: they were not recorded.</translation>
    </message>
    <message>
        <source>The phones&apos; answers are in the counts: %1 agree, %2 disagree, %3 undecided</source>
        <translation>The phones’ answers are in the counts: %1 agree, %2 disagree, %3 undecided</translation>
    </message>
    <message>
        <source>Close the phones&apos; vote (answers: %1 · closes in %2)</source>
        <translation>Close the phones’ vote (answers: %1 · closes in %2)</translation>
    </message>
    <message>
        <source>Close the phones&apos; vote (answers: %1)</source>
        <translation>Close the phones’ vote (answers: %1)</translation>
    </message>
    <message>
        <source>Reopen the phones&apos; vote (answers kept: %1)</source>
        <translation>Reopen the phones’ vote (answers kept: %1)</translation>
    </message>
    <message>
        <source>Ask the phones</source>
        <translation>Ask the phones</translation>
    </message>
    <message>
        <source>The phones&apos; vote did not close in time: close it again, or count hands in the middle.</source>
        <translation>The phones’ vote did not close in time: close it again, or count hands in the middle.</translation>
    </message>
    <message>
        <source>Choose a fact card from the list (type a word to find it).</source>
        <translation>Choose a fact card from the list (type a word to find it).</translation>
    </message>
    <message>
        <source>Card already played by %1: to give it to another team, Ctrl+Z undoes the last action, then play it again.</source>
        <translation>Card already played by %1: to give it to another team, Ctrl+Z undoes the last action, then play it again.</translation>
    </message>
    <message>
        <source>Card already played by %1: to give it to another team, Ctrl+Z undoes the last %2 actions (an undone argument returns to its box), then play it again.</source>
        <translation>Card already played by %1: to give it to another team, Ctrl+Z undoes the last %2 actions (an undone argument returns to its box), then play it again.</translation>
    </message>
    <message>
        <source>Card already played by %1: to give it to another team, Ctrl+Z undoes the last %2 actions, then play it again.</source>
        <translation>Card already played by %1: to give it to another team, Ctrl+Z undoes the last %2 actions, then play it again.</translation>
    </message>
    <message>
        <source>Draw from the next theme</source>
        <translation>Draw from the next theme</translation>
    </message>
    <message>
        <source>%1 (already debated)</source>
        <translation>%1 (already debated)</translation>
    </message>
    <message>
        <source>Debate closed too soon? Ctrl+Z reopens it.</source>
        <translation>Debate closed too soon? Ctrl+Z reopens it.</translation>
    </message>
    <message>
        <source>Debate open: %2</source>
        <translation>Debate open: %2</translation>
    </message>
    <message>
        <source>Debate %1 open: %2</source>
        <translation>Debate %1 open: %2</translation>
    </message>
    <message>
        <source>+ 1 phone answer so far, added at the close (no % until then)</source>
        <translation>+ 1 phone answer so far, added at the close (no % until then)</translation>
    </message>
    <message>
        <source>+ %1 phone answers so far, added at the close (no % until then)</source>
        <translation>+ %1 phone answers so far, added at the close (no % until then)</translation>
    </message>
    <message>
        <source>+ 1 phone (agree %2, disagree %3, undecided %4) = %5 voters</source>
        <translation>+ 1 phone (agree %2, disagree %3, undecided %4) = %5 voters</translation>
    </message>
    <message>
        <source>+ %1 phones (agree %2, disagree %3, undecided %4) = %5 voters</source>
        <translation>+ %1 phones (agree %2, disagree %3, undecided %4) = %5 voters</translation>
    </message>
    <message>
        <source>Raised hands:</source>
        <translation>Raised hands:</translation>
    </message>
    <message>
        <source>Raised hands only: the phones&apos; answers are added</source>
        <translation>Raised hands only: the phones’ answers are added</translation>
    </message>
    <message>
        <source>shown on the stage</source>
        <translation>shown on the stage</translation>
    </message>
    <message>
        <source>hidden from the room</source>
        <translation>hidden from the room</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Co&amp;rrect (shown)</source>
        <translation>Co&amp;rrect (shown)</translation>
    </message>
    <message>
        <source>Shift: %1. %2.</source>
        <translation>Shift: %1. %2.</translation>
    </message>
    <message>
        <source>%1 voters after, %2 before: check the counts.</source>
        <translation>%1 voters after, %2 before: check the counts.</translation>
    </message>
    <message>
        <source>%1 voters after, %2 before.</source>
        <translation>%1 voters after, %2 before.</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Card:</translation>
    </message>
    <message>
        <source>Debate card</source>
        <translation>Debate card</translation>
    </message>
    <message>
        <source>Dra&amp;w sides</source>
        <translation>Dra&amp;w sides</translation>
    </message>
    <message>
        <source>Give each team a side at random</source>
        <translation>Give each team a side at random</translation>
    </message>
    <message>
        <source>Vote before the debate</source>
        <translation>Vote before the debate</translation>
    </message>
    <message>
        <source>Vote after the debate</source>
        <translation>Vote after the debate</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Record: %1</translation>
    </message>
    <message>
        <source>Show on the stage: %1</source>
        <translation>Show on the stage: %1</translation>
    </message>
    <message>
        <source>Arguments and facts</source>
        <translation>Arguments and facts</translation>
    </message>
    <message>
        <source>Team speaking (its argument, its fact)</source>
        <translation>Team speaking (its argument, its fact)</translation>
    </message>
    <message>
        <source>R&amp;ecord (hidden)</source>
        <translation>R&amp;ecord (hidden)</translation>
    </message>
    <message>
        <source>Record (h&amp;idden)</source>
        <translation>Record (h&amp;idden)</translation>
    </message>
    <message>
        <source>&amp;Fact:</source>
        <translation>&amp;Fact:</translation>
    </message>
    <message>
        <source>Pla&amp;y</source>
        <translation>Pla&amp;y</translation>
    </message>
    <message>
        <source>Show &amp;before</source>
        <translation>Show &amp;before</translation>
    </message>
    <message>
        <source>The quick debate is over: press “End the debate”, on the right, then export its summary.</source>
        <translation>The quick debate is over: press “End the debate”, on the right, then export its summary.</translation>
    </message>
    <message>
        <source>No debate open: choose a card or draw one, then open the debate.</source>
        <translation>No debate open: choose a card or draw one, then open the debate.</translation>
    </message>
    <message>
        <source>Corr&amp;ect (shown)</source>
        <translation>Corr&amp;ect (shown)</translation>
    </message>
    <message>
        <source>Debate</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>&amp;Open the debate</source>
        <translation>&amp;Open the debate</translation>
    </message>
    <message>
        <source>C&amp;lose the debate</source>
        <translation>C&amp;lose the debate</translation>
    </message>
    <message>
        <source>Card already played by %1 in this debate (“%2”).</source>
        <translation>Card already played by %1 in this debate (“%2”).</translation>
    </message>
    <message>
        <source>%1 (under way)</source>
        <translation>%1 (under way)</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Side:</translation>
    </message>
    <message>
        <source>Show &amp;after</source>
        <translation>Show &amp;after</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <source>The sides stay once the vote after is shown: the verdict and its points go to them (Ctrl+Z takes the showing back)</source>
        <translation>The sides stay once the vote after is shown: the verdict and its points go to them (Ctrl+Z takes the showing back)</translation>
    </message>
    <message>
        <source>C&amp;lose without the vote after</source>
        <translation>C&amp;lose without the vote after</translation>
    </message>
    <message>
        <source>Side speaking (its argument, its fact)</source>
        <translation>Side speaking (its argument, its fact)</translation>
    </message>
    <message>
        <source>Arg&amp;ument:</source>
        <translation>Arg&amp;ument:</translation>
    </message>
    <message>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <source>against</source>
        <translation>against</translation>
    </message>
    <message>
        <source>Side of the argument</source>
        <translation>Side of the argument</translation>
    </message>
    <message>
        <source>Argument text</source>
        <translation>Argument text</translation>
    </message>
    <message>
        <source>A short argument (Enter adds it)</source>
        <translation>A short argument (Enter adds it)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Add the argument</source>
        <translation>Add the argument</translation>
    </message>
    <message>
        <source>Kept in the session and its summary; not shown on the stage (the room hears it)</source>
        <translation>Kept in the session and its summary; not shown on the stage (the room hears it)</translation>
    </message>
    <message>
        <source>Fact card played as evidence</source>
        <translation>Fact card played as evidence</translation>
    </message>
    <message>
        <source>Type a word of the card</source>
        <translation>Type a word of the card</translation>
    </message>
    <message>
        <source>Play the fact card</source>
        <translation>Play the fact card</translation>
    </message>
    <message>
        <source>Phones asked to vote before the debate</source>
        <translation>Phones asked to vote before the debate</translation>
    </message>
    <message>
        <source>Phones asked to vote before debate %1</source>
        <translation>Phones asked to vote before debate %1</translation>
    </message>
    <message>
        <source>Phones asked to vote after the debate</source>
        <translation>Phones asked to vote after the debate</translation>
    </message>
    <message>
        <source>Phones asked to vote after debate %1</source>
        <translation>Phones asked to vote after debate %1</translation>
    </message>
    <message>
        <source>The phones asked to vote before the debate: they wait again</source>
        <translation>The phones asked to vote before the debate: they wait again</translation>
    </message>
    <message>
        <source>The phones asked to vote before debate %1: they wait again</source>
        <translation>The phones asked to vote before debate %1: they wait again</translation>
    </message>
    <message>
        <source>The phones asked to vote after the debate: they wait again</source>
        <translation>The phones asked to vote after the debate: they wait again</translation>
    </message>
    <message>
        <source>The phones asked to vote after debate %1: they wait again</source>
        <translation>The phones asked to vote after debate %1: they wait again</translation>
    </message>
    <message>
        <source>answers not kept: %1</source>
        <translation>answers not kept: %1</translation>
    </message>
    <message>
        <source>The phones vote again, their answers kept (answers: %2).</source>
        <translation>The phones vote again, their answers kept (answers: %2).</translation>
    </message>
    <message>
        <source>The phones vote again on debate %1, their answers kept (answers: %2).</source>
        <translation>The phones vote again on debate %1, their answers kept (answers: %2).</translation>
    </message>
</context>
<context>
    <name>DebriefPanel</name>
    <message>
        <source>No answer yet.</source>
        <translation>No answer yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), average %1 out of 5</source>
        <translation>
            <numerusform>%n answer, average %1 out of 5</numerusform>
            <numerusform>%n answers, average %1 out of 5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phones&apos; feedback is kept in the session (%n answer(s)).</source>
        <translation>
            <numerusform>The phones’ feedback is kept in the session (%n answer).</numerusform>
            <numerusform>The phones’ feedback is kept in the session (%n answers).</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole room</source>
        <translation>The whole room</translation>
    </message>
    <message>
        <source>Nothing noted yet. What the room takes away and its commitments are listed here, and shown on the stage.</source>
        <translation>Nothing noted yet. What the room takes away and its commitments are listed here, and shown on the stage.</translation>
    </message>
    <message>
        <source>What we take away (%1)</source>
        <translation>What we take away (%1)</translation>
    </message>
    <message>
        <source>Commitments (%1)</source>
        <translation>Commitments (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>What we take away</source>
        <translation>What we take away</translation>
    </message>
    <message>
        <source>Add to what we take away</source>
        <translation>Add to what we take away</translation>
    </message>
    <message>
        <source>What we take away, and the commitments</source>
        <translation>What we take away, and the commitments</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Phones asked for their feedback</source>
        <translation>Phones asked for their feedback</translation>
    </message>
    <message>
        <source>The phones asked for their feedback: they wait again (answers received, still here to keep: %1)</source>
        <translation>The phones asked for their feedback: they wait again (answers received, still here to keep: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Feedback asked — %n answer(s)</source>
        <translation>
            <numerusform>Feedback asked — %n answer</numerusform>
            <numerusform>Feedback asked — %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them before voting moved to a new address</source>
        <translation>
            <numerusform>%n of them before voting moved to a new address</numerusform>
            <numerusform>%n of them before voting moved to a new address</numerusform>
        </translation>
    </message>
    <message>
        <source>What we take a&amp;way:</source>
        <translation>What we take a&amp;way:</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation>&amp;Commitment:</translation>
    </message>
    <message>
        <source>Who commits</source>
        <translation>Who commits</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Add the commitment</source>
        <translation>Add the commitment</translation>
    </message>
    <message>
        <source>Remove this &amp;line</source>
        <translation>Remove this &amp;line</translation>
    </message>
    <message>
        <source>Takes the selected line off the list (Delete key too); Ctrl+Z brings it back</source>
        <translation>Takes the selected line off the list (Delete key too); Ctrl+Z brings it back</translation>
    </message>
    <message>
        <source>Feedback from the phones</source>
        <translation>Feedback from the phones</translation>
    </message>
    <message>
        <source>Ask the phones for their &amp;feedback</source>
        <translation>Ask the phones for their &amp;feedback</translation>
    </message>
    <message>
        <source>&amp;Keep the phones&apos; feedback in the session</source>
        <translation>&amp;Keep the phones’ feedback in the session</translation>
    </message>
</context>
<context>
    <name>DeckBrowser</name>
    <message numerus="yes">
        <source>All themes (%n)</source>
        <translation>
            <numerusform>All themes (%n)</numerusform>
            <numerusform>All themes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every card of the deck. Choose a theme to see its own cards and what it is about.</source>
        <translation>Every card of the deck. Choose a theme to see its own cards and what it is about.</translation>
    </message>
    <message numerus="yes">
        <source>Timeline, no theme (%n)</source>
        <translation>
            <numerusform>Timeline, no theme (%n)</numerusform>
            <numerusform>Timeline, no theme (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dated events that belong to no theme.</source>
        <translation>Dated events that belong to no theme.</translation>
    </message>
    <message>
        <source>No cards to show.</source>
        <translation>No cards to show.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) shown out of %1</source>
        <translation>
            <numerusform>%n card shown out of %1</numerusform>
            <numerusform>%n cards shown out of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No card matches “%1”.</source>
        <translation>No card matches “%1”.</translation>
    </message>
    <message>
        <source>No card of this kind in this theme.</source>
        <translation>No card of this kind in this theme.</translation>
    </message>
    <message>
        <source>The&amp;mes</source>
        <translation>The&amp;mes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Theme description</source>
        <translation>Theme description</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Words from a title, a text or a source</source>
        <translation>Words from a title, a text or a source</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>Search cards</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Kind of card</source>
        <translation>Kind of card</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Debates</source>
        <translation>Debates</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
</context>
<context>
    <name>DeckChangedBanner</name>
    <message>
        <source>The deck files changed on disk; the session goes on with the deck loaded at the start.</source>
        <translation>The deck files changed on disk; the session goes on with the deck loaded at the start.</translation>
    </message>
</context>
<context>
    <name>DeckCopy</name>
    <message>
        <source>%1-copy</source>
        <translation>%1-copy</translation>
    </message>
    <message>
        <source>The copy holds the deck as the editor shows it, with the edits not saved yet. From now on the app uses the copy; the original folder stays as it is.</source>
        <translation>The copy holds the deck as the editor shows it, with the edits not saved yet. From now on the app uses the copy; the original folder stays as it is.</translation>
    </message>
    <message>
        <source>This deck’s folder cannot be written.</source>
        <translation>This deck’s folder cannot be written.</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>The copy was not saved</translation>
    </message>
    <message>
        <source>No copy could be written in %1: %2. Your edits are still open here, not saved.</source>
        <translation>No copy could be written in %1: %2. Your edits are still open here, not saved.</translation>
    </message>
    <message>
        <source>Save a copy of the deck</source>
        <translation>Save a copy of the deck</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>The copy is a deck of its own, with its own id: each deck’s sessions reopen with their own deck.</source>
        <translation>The copy is a deck of its own, with its own id: each deck’s sessions reopen with their own deck.</translation>
    </message>
    <message>
        <source>Folder of the copy:</source>
        <translation>Folder of the copy:</translation>
    </message>
    <message>
        <source>Save the copy</source>
        <translation>Save the copy</translation>
    </message>
    <message>
        <source>Id of the copy:</source>
        <translation>Id of the copy:</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Folder of the copy</source>
        <translation>Folder of the copy</translation>
    </message>
    <message>
        <source>Give the folder of the copy.</source>
        <translation>Give the folder of the copy.</translation>
    </message>
    <message>
        <source>This deck’s folder cannot be written (an app installed for every user, a read-only folder): your edits could not be saved here. Save a copy of the deck in a folder of yours, and go on editing the copy.</source>
        <translation>This deck’s folder cannot be written (an app installed for every user, a read-only folder): your edits could not be saved here. Save a copy of the deck in a folder of yours, and go on editing the copy.</translation>
    </message>
    <message>
        <source>This deck’s folder cannot be written. Save a copy of the deck, with your edits, in a folder of yours? You will go on editing the copy; the original stays as it is.</source>
        <translation>This deck’s folder cannot be written. Save a copy of the deck, with your edits, in a folder of yours? You will go on editing the copy; the original stays as it is.</translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>Decide…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <source>Another program changed %1 while your edits are not saved. Nothing is written over without your choice.</source>
        <translation>Another program changed %1 while your edits are not saved. Nothing is written over without your choice.</translation>
    </message>
    <message>
        <source>Edit the deck</source>
        <translation>Edit the deck</translation>
    </message>
    <message>
        <source>New deck</source>
        <translation>New deck</translation>
    </message>
    <message>
        <source>Edit undone; Ctrl+Y redoes it.</source>
        <translation>Edit undone; Ctrl+Y redoes it.</translation>
    </message>
    <message>
        <source>Edit redone; Ctrl+Z undoes it again.</source>
        <translation>Edit redone; Ctrl+Z undoes it again.</translation>
    </message>
    <message>
        <source>Nothing to save: the deck’s files already hold every edit.</source>
        <translation>Nothing to save: the deck’s files already hold every edit.</translation>
    </message>
    <message>
        <source>The deck was not saved</source>
        <translation>The deck was not saved</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Import cards from a spreadsheet</source>
        <translation>Import cards from a spreadsheet</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>the file is larger than 5 MB</source>
        <translation>the file is larger than 5 MB</translation>
    </message>
    <message>
        <source>No card imported</source>
        <translation>No card imported</translation>
    </message>
    <message>
        <source>These rows cannot become cards; nothing was added:</source>
        <translation>These rows cannot become cards; nothing was added:</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>1 card imported; save to write it.</source>
        <translation>1 card imported; save to write it.</translation>
    </message>
    <message>
        <source>%1 cards imported; save to write them.</source>
        <translation>%1 cards imported; save to write them.</translation>
    </message>
    <message>
        <source>Another program changed %1: the editor shows its version now.</source>
        <translation>Another program changed %1: the editor shows its version now.</translation>
    </message>
    <message>
        <source>Edits made before it can no longer be undone.</source>
        <translation>Edits made before it can no longer be undone.</translation>
    </message>
    <message>
        <source>None of its cards can be shown until it is corrected in a text editor; they come back here as soon as it reads.</source>
        <translation>None of its cards can be shown until it is corrected in a text editor; they come back here as soon as it reads.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Cards: none matches “%1”</source>
        <translation>Cards: none matches “%1”</translation>
    </message>
    <message>
        <source>Cards: %1 of %2</source>
        <translation>Cards: %1 of %2</translation>
    </message>
    <message>
        <source>This card keeps its place in %1 and says its theme itself: a saved card does not change file (its neighbours and comments stay as they are).</source>
        <translation>This card keeps its place in %1 and says its theme itself: a saved card does not change file (its neighbours and comments stay as they are).</translation>
    </message>
    <message>
        <source>The card goes to %1, with the cards of its theme.</source>
        <translation>The card goes to %1, with the cards of its theme.</translation>
    </message>
    <message>
        <source>Its id becomes %1.</source>
        <translation>Its id becomes %1.</translation>
    </message>
    <message>
        <source>Card “%1” deleted. Ctrl+Z brings it back.</source>
        <translation>Card “%1” deleted. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>%1
cannot be read</source>
        <translation>%1
cannot be read</translation>
    </message>
    <message>
        <source>Filter the cards…</source>
        <translation>Filter the cards…</translation>
    </message>
    <message>
        <source>Shows the cards where each word typed begins a word of a title, a text, a source, the id or the theme; the cards of a theme named so come first</source>
        <translation>Shows the cards where each word typed begins a word of a title, a text, a source, the id or the theme; the cards of a theme named so come first</translation>
    </message>
    <message>
        <source>Filter the cards</source>
        <translation>Filter the cards</translation>
    </message>
    <message>
        <source>+ Fact</source>
        <translation>+ Fact</translation>
    </message>
    <message>
        <source>+ Debate</source>
        <translation>+ Debate</translation>
    </message>
    <message>
        <source>+ Event</source>
        <translation>+ Event</translation>
    </message>
    <message>
        <source>Add a fact card after the chosen card</source>
        <translation>Add a fact card after the chosen card</translation>
    </message>
    <message>
        <source>Add a debate card after the chosen card</source>
        <translation>Add a debate card after the chosen card</translation>
    </message>
    <message>
        <source>Add a timeline event card after the chosen card</source>
        <translation>Add a timeline event card after the chosen card</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move the card up</source>
        <translation>Move the card up</translation>
    </message>
    <message>
        <source>Move the card down</source>
        <translation>Move the card down</translation>
    </message>
    <message>
        <source>Cards of the deck</source>
        <translation>Cards of the deck</translation>
    </message>
    <message>
        <source>%1 cannot be read: this card stays as it was, and cannot be changed until the file is corrected in a text editor. It comes back here as soon as the file reads.</source>
        <translation>%1 cannot be read: this card stays as it was, and cannot be changed until the file is corrected in a text editor. It comes back here as soon as the file reads.</translation>
    </message>
    <message>
        <source>This card has no source: add where its facts come from (title, publisher, year, address).</source>
        <translation>This card has no source: add where its facts come from (title, publisher, year, address).</translation>
    </message>
    <message>
        <source>Will not fit on the printed card: %1</source>
        <translation>Will not fit on the printed card: %1</translation>
    </message>
    <message>
        <source> or choose a larger card size</source>
        <translation> or choose a larger card size</translation>
    </message>
    <message>
        <source>: shorten that word or choose a larger card size</source>
        <translation>: shorten that word or choose a larger card size</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>The deck</source>
        <translation>The deck</translation>
    </message>
    <message>
        <source>The chosen theme</source>
        <translation>The chosen theme</translation>
    </message>
    <message>
        <source>+ Theme</source>
        <translation>+ Theme</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>+ Scenario</source>
        <translation>+ Scenario</translation>
    </message>
    <message>
        <source>Deck and themes</source>
        <translation>Deck and themes</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>%1 (the theme of the file)</source>
        <translation>%1 (the theme of the file)</translation>
    </message>
    <message>
        <source>(no theme: timeline)</source>
        <translation>(no theme: timeline)</translation>
    </message>
    <message>
        <source>Will not fit on the printed card, “%1” (%2): %3</source>
        <translation>Will not fit on the printed card, “%1” (%2): %3</translation>
    </message>
    <message>
        <source>No problem; your edits are not saved yet (Ctrl+S saves them).</source>
        <translation>No problem; your edits are not saved yet (Ctrl+S saves them).</translation>
    </message>
    <message>
        <source>No problem: every edit is saved, and the deck can be run.</source>
        <translation>No problem: every edit is saved, and the deck can be run.</translation>
    </message>
    <message>
        <source>The deck can be run, but 1 text would be cut: choose it to go to its field</source>
        <translation>The deck can be run, but 1 text would be cut: choose it to go to its field</translation>
    </message>
    <message>
        <source>The deck can be run, but %1 texts would be cut: choose one to go to its field</source>
        <translation>The deck can be run, but %1 texts would be cut: choose one to go to its field</translation>
    </message>
    <message>
        <source>1 problem: choose it to go to its field or its line</source>
        <translation>1 problem: choose it to go to its field or its line</translation>
    </message>
    <message>
        <source>%1 problems: choose one to go to its field or its line</source>
        <translation>%1 problems: choose one to go to its field or its line</translation>
    </message>
    <message>
        <source>1 problem: choose it to go to its field</source>
        <translation>1 problem: choose it to go to its field</translation>
    </message>
    <message>
        <source>%1 problems: choose one to go to its field</source>
        <translation>%1 problems: choose one to go to its field</translation>
    </message>
    <message>
        <source> (and 1 text that would be cut)</source>
        <translation> (and 1 text that would be cut)</translation>
    </message>
    <message>
        <source> (and %1 texts that would be cut)</source>
        <translation> (and %1 texts that would be cut)</translation>
    </message>
    <message>
        <source>%1 cannot be read (line %2): correct it in a text editor. Until then the editor cannot show what it holds.</source>
        <translation>%1 cannot be read (line %2): correct it in a text editor. Until then the editor cannot show what it holds.</translation>
    </message>
    <message>
        <source>1 timeline event names it: it stays on the timeline, without a theme.</source>
        <translation>1 timeline event names it: it stays on the timeline, without a theme.</translation>
    </message>
    <message>
        <source>%1 timeline events name it: they stay on the timeline, without a theme.</source>
        <translation>%1 timeline events name it: they stay on the timeline, without a theme.</translation>
    </message>
    <message>
        <source>Remove a theme and its cards?</source>
        <translation>Remove a theme and its cards?</translation>
    </message>
    <message>
        <source>The theme “%1” still has a card.</source>
        <translation>The theme “%1” still has a card.</translation>
    </message>
    <message>
        <source>The theme “%1” still has %2 cards.</source>
        <translation>The theme “%1” still has %2 cards.</translation>
    </message>
    <message>
        <source>It is removed with the theme: a fact or a debate needs a theme.</source>
        <translation>It is removed with the theme: a fact or a debate needs a theme.</translation>
    </message>
    <message>
        <source>They are removed with the theme: a fact or a debate needs a theme.</source>
        <translation>They are removed with the theme: a fact or a debate needs a theme.</translation>
    </message>
    <message>
        <source>To keep a card, give it another theme first (its Theme field, on the Cards page).</source>
        <translation>To keep a card, give it another theme first (its Theme field, on the Cards page).</translation>
    </message>
    <message>
        <source>Ctrl+Z brings everything back.</source>
        <translation>Ctrl+Z brings everything back.</translation>
    </message>
    <message>
        <source>Remove the theme and its card</source>
        <translation>Remove the theme and its card</translation>
    </message>
    <message>
        <source>Remove the theme and its %1 cards</source>
        <translation>Remove the theme and its %1 cards</translation>
    </message>
    <message>
        <source>Theme “%1” removed. Ctrl+Z brings it back.</source>
        <translation>Theme “%1” removed. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Theme “%1” and its card removed. Ctrl+Z brings them back.</source>
        <translation>Theme “%1” and its card removed. Ctrl+Z brings them back.</translation>
    </message>
    <message>
        <source>Theme “%1” and its %2 cards removed. Ctrl+Z brings them back.</source>
        <translation>Theme “%1” and its %2 cards removed. Ctrl+Z brings them back.</translation>
    </message>
    <message>
        <source>1 timeline event keeps its place, without a theme.</source>
        <translation>1 timeline event keeps its place, without a theme.</translation>
    </message>
    <message>
        <source>%1 timeline events keep their place, without a theme.</source>
        <translation>%1 timeline events keep their place, without a theme.</translation>
    </message>
    <message>
        <source>Scenario “%1” removed: its file goes when you save. Ctrl+Z brings it back.</source>
        <translation>Scenario “%1” removed: its file goes when you save. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Parts of the deck</source>
        <translation>Parts of the deck</translation>
    </message>
    <message>
        <source>Problems of the deck</source>
        <translation>Problems of the deck</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the address in the web browser</source>
        <translation>Open the address in the web browser</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Theme colour</translation>
    </message>
    <message>
        <source>Contrast of the white card text: %1:1, under 4.5:1: hard to read</source>
        <translation>Contrast of the white card text: %1:1, under 4.5:1: hard to read</translation>
    </message>
    <message>
        <source>Contrast of the white card text: %1:1 (4.5:1 needed)</source>
        <translation>Contrast of the white card text: %1:1 (4.5:1 needed)</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>(no icon: a neutral mark)</source>
        <translation>(no icon: a neutral mark)</translation>
    </message>
    <message>
        <source>Theme icon</source>
        <translation>Theme icon</translation>
    </message>
    <message>
        <source>SVG icons (*.svg)</source>
        <translation>SVG icons (*.svg)</translation>
    </message>
    <message>
        <source>The icon must be a file inside the deck folder. Copy it into the deck&apos;s assets/icons folder first, then choose it there.</source>
        <translation>The icon must be a file inside the deck folder. Copy it into the deck’s assets/icons folder first, then choose it there.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Leave empty when the name is the same in every language</source>
        <translation>Leave empty when the name is the same in every language</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>A copy of the bundled deck, to adapt</source>
        <translation>A copy of the bundled deck, to adapt</translation>
    </message>
    <message>
        <source>An empty deck: no theme, no card yet</source>
        <translation>An empty deck: no theme, no card yet</translation>
    </message>
    <message>
        <source>Folder of the new deck:</source>
        <translation>Folder of the new deck:</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Start from:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Folder of the new deck</source>
        <translation>Folder of the new deck</translation>
    </message>
    <message>
        <source>Give the folder of the new deck.</source>
        <translation>Give the folder of the new deck.</translation>
    </message>
    <message>
        <source>This folder is not empty: choose a new or empty folder, so that no file is written over.</source>
        <translation>This folder is not empty: choose a new or empty folder, so that no file is written over.</translation>
    </message>
    <message>
        <source>Total: %1 minutes</source>
        <translation>Total: %1 minutes</translation>
    </message>
    <message>
        <source>Save a deck with problems?</source>
        <translation>Save a deck with problems?</translation>
    </message>
    <message>
        <source>The deck has a problem: the workshop cannot run it until it is fixed.</source>
        <translation>The deck has a problem: the workshop cannot run it until it is fixed.</translation>
    </message>
    <message>
        <source>The deck has %1 problems: the workshop cannot run it until they are fixed.</source>
        <translation>The deck has %1 problems: the workshop cannot run it until they are fixed.</translation>
    </message>
    <message>
        <source>…and %1 more, listed under the form.</source>
        <translation>…and %1 more, listed under the form.</translation>
    </message>
    <message>
        <source>Save it as it is, to go on later?</source>
        <translation>Save it as it is, to go on later?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Don’t save</translation>
    </message>
    <message>
        <source>Files changed on disk</source>
        <translation>Files changed on disk</translation>
    </message>
    <message>
        <source>Another program changed these deck files since you opened them:</source>
        <translation>Another program changed these deck files since you opened them:</translation>
    </message>
    <message>
        <source>Keep mine: save your version over theirs. Take theirs: read their version and drop your unsaved edits in these files. Cancel: change nothing for now.</source>
        <translation>Keep mine: save your version over theirs. Take theirs: read their version and drop your unsaved edits in these files. Cancel: change nothing for now.</translation>
    </message>
    <message>
        <source>Keep mine…</source>
        <translation>Keep mine…</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Save over their changes?</source>
        <translation>Save over their changes?</translation>
    </message>
    <message>
        <source>Their changes to %1 will be lost. Save your version over them?</source>
        <translation>Their changes to %1 will be lost. Save your version over them?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Address (URL)</translation>
    </message>
    <message>
        <source>Checked (month)</source>
        <translation>Checked (month)</translation>
    </message>
    <message>
        <source>The month the address was last opened and read, as 2026-03</source>
        <translation>The month the address was last opened and read, as 2026-03</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Source %1</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Facilitator notes</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Contested figure</source>
        <translation>Contested figure</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Author or publisher</source>
        <translation>Author or publisher</translation>
    </message>
    <message>
        <source>Language of the title</source>
        <translation>Language of the title</translation>
    </message>
    <message>
        <source>Said after the title in a list of sources written in another language, such as the English summary</source>
        <translation>Said after the title in a list of sources written in another language, such as the English summary</translation>
    </message>
    <message>
        <source>+ Source</source>
        <translation>+ Source</translation>
    </message>
    <message>
        <source>Arguments for</source>
        <translation>Arguments for</translation>
    </message>
    <message>
        <source>Argument %1</source>
        <translation>Argument %1</translation>
    </message>
    <message>
        <source>+ Argument</source>
        <translation>+ Argument</translation>
    </message>
    <message>
        <source>Arguments against</source>
        <translation>Arguments against</translation>
    </message>
    <message>
        <source>Month (1–12)</source>
        <translation>Month (1–12)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icon</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Consequence</translation>
    </message>
    <message>
        <source>Effects on indicators</source>
        <translation>Effects on indicators</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>+ Option</source>
        <translation>+ Option</translation>
    </message>
    <message>
        <source>Starting value</source>
        <translation>Starting value</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>+ Indicator</source>
        <translation>+ Indicator</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>+ Decision</source>
        <translation>+ Decision</translation>
    </message>
    <message>
        <source>Epilogue</source>
        <translation>Epilogue</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>+ Phase</source>
        <translation>+ Phase</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Debates</source>
        <translation>Debates</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>Debate</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>same: %1</source>
        <translation>same: %1</translation>
    </message>
    <message>
        <source>%1: no card yet</source>
        <translation>%1: no card yet</translation>
    </message>
    <message>
        <source>Choose this row, then + Fact or + Debate: the new card goes into this theme (%1)</source>
        <translation>Choose this row, then + Fact or + Debate: the new card goes into this theme (%1)</translation>
    </message>
</context>
<context>
    <name>DeckProblemsPanel</name>
    <message numerus="yes">
        <source>On the projected screen (1280×720), the consequence of option %1 of decision %2 (%3) is cut: shorten it by about %n word(s)</source>
        <translation>
            <numerusform>On the projected screen (1280×720), the consequence of option %1 of decision %2 (%3) is cut: shorten it by about %n word</numerusform>
            <numerusform>On the projected screen (1280×720), the consequence of option %1 of decision %2 (%3) is cut: shorten it by about %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the projected screen (1280×720), the label of option %1 of decision %2 (%3) is cut: shorten it by about %n word(s)</source>
        <translation>
            <numerusform>On the projected screen (1280×720), the label of option %1 of decision %2 (%3) is cut: shorten it by about %n word</numerusform>
            <numerusform>On the projected screen (1280×720), the label of option %1 of decision %2 (%3) is cut: shorten it by about %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the projected screen (1280×720), the situation of decision %2 (%3) is cut: shorten it by about %n word(s)</source>
        <translation>
            <numerusform>On the projected screen (1280×720), the situation of decision %2 (%3) is cut: shorten it by about %n word</numerusform>
            <numerusform>On the projected screen (1280×720), the situation of decision %2 (%3) is cut: shorten it by about %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the projected screen (1280×720), the title of decision %2 (%3) is cut: shorten it by about %n word(s)</source>
        <translation>
            <numerusform>On the projected screen (1280×720), the title of decision %2 (%3) is cut: shorten it by about %n word</numerusform>
            <numerusform>On the projected screen (1280×720), the title of decision %2 (%3) is cut: shorten it by about %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the projected screen (1280×720), the title of the scenario (%3) is cut: shorten it by about %n word(s)</source>
        <translation>
            <numerusform>On the projected screen (1280×720), the title of the scenario (%3) is cut: shorten it by about %n word</numerusform>
            <numerusform>On the projected screen (1280×720), the title of the scenario (%3) is cut: shorten it by about %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the projected screen (1280×720), the introduction (%3) is cut: shorten it by about %n word(s)</source>
        <translation>
            <numerusform>On the projected screen (1280×720), the introduction (%3) is cut: shorten it by about %n word</numerusform>
            <numerusform>On the projected screen (1280×720), the introduction (%3) is cut: shorten it by about %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the projected screen (1280×720), the epilogue (%3) is cut: shorten it by about %n word(s)</source>
        <translation>
            <numerusform>On the projected screen (1280×720), the epilogue (%3) is cut: shorten it by about %n word</numerusform>
            <numerusform>On the projected screen (1280×720), the epilogue (%3) is cut: shorten it by about %n words</numerusform>
        </translation>
    </message>
    <message>
        <source>in French</source>
        <translation>in French</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>in English</translation>
    </message>
    <message numerus="yes">
        <source>On the projected screen (%4), with %n fact(s) played, the claim of “%1” (%3) is cut: it shows about %5 of its %6 characters; shorten it to %5 at most</source>
        <translation>
            <numerusform>On the projected screen (%4), with %n fact played, the claim of “%1” (%3) is cut: it shows about %5 of its %6 characters; shorten it to %5 at most</numerusform>
            <numerusform>On the projected screen (%4), with %n facts played, the claim of “%1” (%3) is cut: it shows about %5 of its %6 characters; shorten it to %5 at most</numerusform>
        </translation>
    </message>
    <message>
        <source>On the projected screen (%4), the claim of “%1” (%3) is cut even before any fact is played: shorten it to %5 characters at most (it has %6)</source>
        <translation>On the projected screen (%4), the claim of “%1” (%3) is cut even before any fact is played: shorten it to %5 characters at most (it has %6)</translation>
    </message>
    <message numerus="yes">
        <source>The deck runs, but the projected screen would cut %n text(s)</source>
        <translation>
            <numerusform>The deck runs, but the projected screen would cut %n text</numerusform>
            <numerusform>The deck runs, but the projected screen would cut %n texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten them: the room would not read their end. Choose one to go to its field.</source>
        <translation>
            <numerusform>Shorten it: the room would not read its end. Choose it to go to its field.</numerusform>
            <numerusform>Shorten them: the room would not read their end. Choose one to go to its field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The deck files have %n problem(s)</source>
        <translation>
            <numerusform>The deck files have %n problem</numerusform>
            <numerusform>The deck files have %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>The cards below are the last version that loaded correctly. Fix the files and save: the deck reloads by itself.</source>
        <translation>The cards below are the last version that loaded correctly. Fix the files and save: the deck reloads by itself.</translation>
    </message>
    <message>
        <source>No card can be shown until these problems are fixed. Fix the files and save: the deck reloads by itself.</source>
        <translation>No card can be shown until these problems are fixed. Fix the files and save: the deck reloads by itself.</translation>
    </message>
    <message>
        <source>Texts cut on the projected screen</source>
        <translation>Texts cut on the projected screen</translation>
    </message>
    <message>
        <source>Deck problems</source>
        <translation>Deck problems</translation>
    </message>
    <message>
        <source>&amp;Reload now</source>
        <translation>&amp;Reload now</translation>
    </message>
    <message>
        <source>Reload the deck now</source>
        <translation>Reload the deck now</translation>
    </message>
    <message>
        <source>&amp;Copy warnings</source>
        <translation>&amp;Copy warnings</translation>
    </message>
    <message>
        <source>Copy the warnings to the clipboard</source>
        <translation>Copy the warnings to the clipboard</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>&amp;Copy problems</translation>
    </message>
    <message>
        <source>Copy the problems to the clipboard</source>
        <translation>Copy the problems to the clipboard</translation>
    </message>
</context>
<context>
    <name>DeckTroubleBar</name>
    <message numerus="yes">
        <source>The deck in %1 cannot be run: %n problem(s) to fix</source>
        <translation>
            <numerusform>The deck in %1 cannot be run: %n problem to fix</numerusform>
            <numerusform>The deck in %1 cannot be run: %n problems to fix</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix it in the deck editor, which opens at the first problem: once it is saved, the workshop starts on it.</source>
        <translation>Fix it in the deck editor, which opens at the first problem: once it is saved, the workshop starts on it.</translation>
    </message>
    <message>
        <source>Fix it in the deck editor, which opens at the first problem: once it is saved, the workshop starts on it. Or run the workshop now on another deck; the files stay as they are.</source>
        <translation>Fix it in the deck editor, which opens at the first problem: once it is saved, the workshop starts on it. Or run the workshop now on another deck; the files stay as they are.</translation>
    </message>
    <message>
        <source>Deck problems</source>
        <translation>Deck problems</translation>
    </message>
    <message>
        <source>&amp;Fix in the deck editor</source>
        <translation>&amp;Fix in the deck editor</translation>
    </message>
    <message>
        <source>&amp;Open %1 in a text editor</source>
        <translation>&amp;Open %1 in a text editor</translation>
    </message>
    <message>
        <source>&amp;Use the last deck that loaded: %1</source>
        <translation>&amp;Use the last deck that loaded: %1</translation>
    </message>
    <message>
        <source>&amp;Use the bundled deck: %1</source>
        <translation>&amp;Use the bundled deck: %1</translation>
    </message>
</context>
<context>
    <name>DeckWindow</name>
    <message numerus="yes">
        <source>The cards cannot be shown here until %1 is fixed: a workshop runs on a whole deck. The editor (Ctrl+E) shows the cards that read, and leads to each problem listed above; the cards come back here as soon as the file is saved.</source>
        <translation>
            <numerusform>The cards cannot be shown here until %1 is fixed: a workshop runs on a whole deck. The editor (Ctrl+E) shows the cards that read, and leads to each problem listed above; the cards come back here as soon as the file is saved.</numerusform>
            <numerusform>The cards cannot be shown here until %1 are fixed: a workshop runs on a whole deck. The editor (Ctrl+E) shows the cards that read, and leads to each problem listed above; the cards come back here as soon as the files are saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>no deck loaded</source>
        <translation>no deck loaded</translation>
    </message>
    <message>
        <source>Deck: %1, version %2 — %3</source>
        <translation>Deck: %1, version %2 — %3</translation>
    </message>
    <message>
        <source>Deck folder: %3</source>
        <translation>Deck folder: %3</translation>
    </message>
    <message>
        <source>Open a deck folder</source>
        <translation>Open a deck folder</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Unsaved edits</translation>
    </message>
    <message>
        <source>The deck has edits that are not saved. Save them?</source>
        <translation>The deck has edits that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Don’t save</translation>
    </message>
    <message>
        <source>new-deck</source>
        <translation>new-deck</translation>
    </message>
    <message numerus="yes">
        <source>Print only the %n cards selected, with their backs</source>
        <translation>
            <numerusform>Print only the %n cards selected, with their backs</numerusform>
            <numerusform>Print only the %n cards selected, with their backs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print &amp;these %n cards…</source>
        <translation>
            <numerusform>Print &amp;these %n cards…</numerusform>
            <numerusform>Print &amp;these %n cards…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of the deck</source>
        <translation>Save a copy of the deck</translation>
    </message>
    <message>
        <source>The deck and your edits are saved in %1: you are working on this copy now; the original stays as it was.</source>
        <translation>The deck and your edits are saved in %1: you are working on this copy now; the original stays as it was.</translation>
    </message>
    <message>
        <source>Choose a card first: click it among the cards, or in the editor.</source>
        <translation>Choose a card first: click it among the cards, or in the editor.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Deck browser</source>
        <translation>Deck browser</translation>
    </message>
    <message>
        <source>Open deck</source>
        <translation>Open deck</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the cards or the workshop kit: sheets to cut out, as PDF (Ctrl+P)</source>
        <translation>Print the cards or the workshop kit: sheets to cut out, as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Edit the deck</source>
        <translation>Edit the deck</translation>
    </message>
    <message>
        <source>Add or change cards, themes and scenarios (Ctrl+E)</source>
        <translation>Add or change cards, themes and scenarios (Ctrl+E)</translation>
    </message>
    <message>
        <source>Back to the cards</source>
        <translation>Back to the cards</translation>
    </message>
    <message>
        <source>Leave the editor and see the deck&apos;s cards (Ctrl+E); unsaved edits are asked about first</source>
        <translation>Leave the editor and see the deck’s cards (Ctrl+E); unsaved edits are asked about first</translation>
    </message>
</context>
<context>
    <name>FinishedQuestion</name>
    <message>
        <source>This debate is over</source>
        <translation>This debate is over</translation>
    </message>
    <message>
        <source>This debate is over. Change it anyway?</source>
        <translation>This debate is over. Change it anyway?</translation>
    </message>
    <message>
        <source>This workshop is over</source>
        <translation>This workshop is over</translation>
    </message>
    <message>
        <source>This workshop is over. Change it anyway?</source>
        <translation>This workshop is over. Change it anyway?</translation>
    </message>
    <message>
        <source>A summary already exported will not show the change. Nothing has changed so far.</source>
        <translation>A summary already exported will not show the change. Nothing has changed so far.</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>Change it</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>Leave it as it is</translation>
    </message>
</context>
<context>
    <name>GapArrows</name>
    <message>
        <source>Here (PageDown)</source>
        <translation>Here (PageDown)</translation>
    </message>
    <message>
        <source>Place the card held up: %1</source>
        <translation>Place the card held up: %1</translation>
    </message>
    <message>
        <source>With the remote, PageDown puts it there; Up and Down choose another place. Ctrl+Z takes a card back.</source>
        <translation>With the remote, PageDown puts it there; Up and Down choose another place. Ctrl+Z takes a card back.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Session recovered after an abrupt stop (double-click: its note again)</source>
        <translation>Session recovered after an abrupt stop (double-click: its note again)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>History of the session</source>
        <translation>History of the session</translation>
    </message>
</context>
<context>
    <name>KitExport</name>
    <message>
        <source>Workshop kit</source>
        <translation>Workshop kit</translation>
    </message>
    <message>
        <source>The kit was not saved: %1</source>
        <translation>The kit was not saved: %1</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Form filled in from “%1”: check it, then start the session.</source>
        <translation>Form filled in from “%1”: check it, then start the session.</translation>
    </message>
    <message>
        <source>Form filled in from “%1”, with the open deck: this session&apos;s deck (%2) is not on this computer.</source>
        <translation>Form filled in from “%1”, with the open deck: this session’s deck (%2) is not on this computer.</translation>
    </message>
    <message>
        <source>Open a session file</source>
        <translation>Open a session file</translation>
    </message>
    <message>
        <source>Bataille IA sessions (*%1)</source>
        <translation>Bataille IA sessions (*%1)</translation>
    </message>
    <message>
        <source>The deck used last time is no longer at %1 (a USB stick taken out?): the bundled deck is open. “Other deck…” opens another.</source>
        <translation>The deck used last time is no longer at %1 (a USB stick taken out?): the bundled deck is open. “Other deck…” opens another.</translation>
    </message>
    <message>
        <source>Open a deck folder</source>
        <translation>Open a deck folder</translation>
    </message>
    <message>
        <source>Deck loaded.</source>
        <translation>Deck loaded.</translation>
    </message>
    <message>
        <source>The workshop runs on “%1”. The deck in %2 was left as it is, with its problems.</source>
        <translation>The workshop runs on “%1”. The deck in %2 was left as it is, with its problems.</translation>
    </message>
</context>
<context>
    <name>LeaveGuard</name>
    <message>
        <source>Leave “%1”?</source>
        <translation>Leave “%1”?</translation>
    </message>
    <message>
        <source>In “%1”, %2. Leave it anyway?</source>
        <translation>In “%1”, %2. Leave it anyway?</translation>
    </message>
    <message>
        <source>With the remote: PageDown leaves, PageUp stays.</source>
        <translation>With the remote: PageDown leaves, PageUp stays.</translation>
    </message>
    <message>
        <source>In “%1”, %2. End the workshop anyway?</source>
        <translation>In “%1”, %2. End the workshop anyway?</translation>
    </message>
    <message>
        <source>With the remote: PageDown ends the workshop, PageUp stays.</source>
        <translation>With the remote: PageDown ends the workshop, PageUp stays.</translation>
    </message>
    <message>
        <source>Nothing is noted in the debrief yet (what the room takes away, its commitments).</source>
        <translation>Nothing is noted in the debrief yet (what the room takes away, its commitments).</translation>
    </message>
    <message>
        <source>Also, %1.</source>
        <translation>Also, %1.</translation>
    </message>
    <message>
        <source>End the workshop anyway?</source>
        <translation>End the workshop anyway?</translation>
    </message>
    <message>
        <source>Leave it anyway?</source>
        <translation>Leave it anyway?</translation>
    </message>
    <message>
        <source>End the workshop?</source>
        <translation>End the workshop?</translation>
    </message>
    <message>
        <source>With the remote: PageDown ends the workshop, PageUp stays in the debrief.</source>
        <translation>With the remote: PageDown ends the workshop, PageUp stays in the debrief.</translation>
    </message>
    <message>
        <source>End anyway</source>
        <translation>End anyway</translation>
    </message>
    <message>
        <source>Leave anyway</source>
        <translation>Leave anyway</translation>
    </message>
    <message>
        <source>Note the debrief</source>
        <translation>Note the debrief</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
</context>
<context>
    <name>LitFirst</name>
    <message>
        <source>The stage is shown again; nothing else was done. Press again to move on.</source>
        <translation>The stage is shown again; nothing else was done. Press again to move on.</translation>
    </message>
</context>
<context>
    <name>MidVoteClose</name>
    <message>
        <source>the phones are answering the vote before the debate (answers: %1)</source>
        <translation>the phones are answering the vote before the debate (answers: %1)</translation>
    </message>
    <message>
        <source>the phones are answering the vote after the debate (answers: %1)</source>
        <translation>the phones are answering the vote after the debate (answers: %1)</translation>
    </message>
    <message>
        <source>counts typed for %1 are not recorded</source>
        <translation>counts typed for %1 are not recorded</translation>
    </message>
    <message>
        <source>Quit during a vote?</source>
        <translation>Quit during a vote?</translation>
    </message>
    <message>
        <source>A vote is under way: %1. Quit anyway?</source>
        <translation>A vote is under way: %1. Quit anyway?</translation>
    </message>
    <message>
        <source>&amp;Continue the vote</source>
        <translation>&amp;Continue the vote</translation>
    </message>
    <message>
        <source>None of it has been recorded. Reopen the session within three hours to go on with it: the phones are activated again and asked again (each phone sends its answer again), the counts typed are back in their boxes.</source>
        <translation>None of it has been recorded. Reopen the session within three hours to go on with it: the phones are activated again and asked again (each phone sends its answer again), the counts typed are back in their boxes.</translation>
    </message>
    <message>
        <source>None of it has been recorded. Reopen the session within three hours to go on with it: the phones are activated again and asked again (each phone sends its answer again).</source>
        <translation>None of it has been recorded. Reopen the session within three hours to go on with it: the phones are activated again and asked again (each phone sends its answer again).</translation>
    </message>
    <message>
        <source>None of it has been recorded. Reopen the session within three hours to go on with it: the counts typed are back in their boxes, as typed.</source>
        <translation>None of it has been recorded. Reopen the session within three hours to go on with it: the counts typed are back in their boxes, as typed.</translation>
    </message>
    <message>
        <source>The vote under way was left as it was, none of it recorded: reopen the session within three hours to go on with it.</source>
        <translation>The vote under way was left as it was, none of it recorded: reopen the session within three hours to go on with it.</translation>
    </message>
    <message>
        <source>The session was closed during a vote, which was left as it was: %1.</source>
        <translation>The session was closed during a vote, which was left as it was: %1.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Quit anyway</translation>
    </message>
    <message>
        <source>the phones are on again and their vote is asked again (each phone that had answered sends its answer again)</source>
        <translation>the phones are on again and their vote is asked again (each phone that had answered sends its answer again)</translation>
    </message>
    <message>
        <source>the counts typed are back in their boxes, not recorded</source>
        <translation>the counts typed are back in their boxes, not recorded</translation>
    </message>
</context>
<context>
    <name>MigrationBanner</name>
    <message>
        <source>Session file from an earlier version of Bataille IA, converted; the original is kept as it was in %1</source>
        <translation>Session file from an earlier version of Bataille IA, converted; the original is kept as it was in %1</translation>
    </message>
</context>
<context>
    <name>NameEditor</name>
    <message>
        <source>Team name</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>Up to %1 characters: Enter renames the team, Esc leaves it</source>
        <translation>Up to %1 characters: Enter renames the team, Esc leaves it</translation>
    </message>
</context>
<context>
    <name>NextPanel</name>
    <message>
        <source>E&amp;xport the summary…</source>
        <translation>E&amp;xport the summary…</translation>
    </message>
    <message>
        <source>Summary saved: %1. Another format? The same button.</source>
        <translation>Summary saved: %1. Another format? The same button.</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>What comes next</translation>
    </message>
    <message>
        <source>Take the next step</source>
        <translation>Take the next step</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>No notes for this moment.</source>
        <translation>No notes for this moment.</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Facilitator notes</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>OpenWritten</name>
    <message>
        <source>Open the folder it is in</source>
        <translation>Open the folder it is in</translation>
    </message>
    <message>
        <source>Open the file just written</source>
        <translation>Open the file just written</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Open the file just written: %1</source>
        <translation>Open the file just written: %1</translation>
    </message>
    <message>
        <source>Summary saved: %1, in %2.</source>
        <translation>Summary saved: %1, in %2.</translation>
    </message>
    <message>
        <source>Workshop kit saved: %1, in %2.</source>
        <translation>Workshop kit saved: %1, in %2.</translation>
    </message>
</context>
<context>
    <name>PhasePanel</name>
    <message>
        <source>Debate over</source>
        <translation>Debate over</translation>
    </message>
    <message>
        <source>The debate is over, and every action is in its session file. Save the summary for the room: “Export the summary…”, on the right.</source>
        <translation>The debate is over, and every action is in its session file. Save the summary for the room: “Export the summary…”, on the right.</translation>
    </message>
    <message>
        <source>Workshop over</source>
        <translation>Workshop over</translation>
    </message>
    <message>
        <source>The workshop is over, and every action is in its session file. Save the summary for the room: “Export the summary…”, on the right.</source>
        <translation>The workshop is over, and every action is in its session file. Save the summary for the room: “Export the summary…”, on the right.</translation>
    </message>
    <message>
        <source>Between phases</source>
        <translation>Between phases</translation>
    </message>
    <message>
        <source>Nothing is under way. %1</source>
        <translation>Nothing is under way. %1</translation>
    </message>
    <message>
        <source>Talk with the room; press PageDown or “Next phase” when ready.</source>
        <translation>Talk with the room; press PageDown or “Next phase” when ready.</translation>
    </message>
</context>
<context>
    <name>PhonesMove</name>
    <message>
        <source>Phones: this computer has the address %1 again; the phones come back by themselves.</source>
        <translation>Phones: this computer has the address %1 again; the phones come back by themselves.</translation>
    </message>
    <message>
        <source>Phones: this computer no longer has the address %1, the phones cannot reach it (Phones box: move them to its new address).</source>
        <translation>Phones: this computer no longer has the address %1, the phones cannot reach it (Phones box: move them to its new address).</translation>
    </message>
    <message>
        <source>The phones could not move to %1: this computer no longer has it, or does not let the app listen there.</source>
        <translation>The phones could not move to %1: this computer no longer has it, or does not let the app listen there.</translation>
    </message>
    <message>
        <source>They are off: turn them on again on another address.</source>
        <translation>They are off: turn them on again on another address.</translation>
    </message>
    <message>
        <source>Phones moved to %1: have the room scan the new QR code on the stage.</source>
        <translation>Phones moved to %1: have the room scan the new QR code on the stage.</translation>
    </message>
    <message numerus="yes">
        <source>Vote under way: the phones answer again at the new address (the %n answer(s) given at the old one are set aside, so that none counts twice).</source>
        <translation>
            <numerusform>Vote under way: the phones answer again at the new address (the %n answer given at the old one are set aside, so that none counts twice).</numerusform>
            <numerusform>Vote under way: the phones answer again at the new address (the %n answers given at the old one are set aside, so that none counts twice).</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote under way: the phones answer at the new address.</source>
        <translation>Vote under way: the phones answer at the new address.</translation>
    </message>
    <message>
        <source>Listen at this address from now on, keeping the room, its recorded votes and the vote under way (the phones answer it again)</source>
        <translation>Listen at this address from now on, keeping the room, its recorded votes and the vote under way (the phones answer it again)</translation>
    </message>
    <message>
        <source>This computer no longer has the address %1: the phones cannot reach it.</source>
        <translation>This computer no longer has the address %1: the phones cannot reach it.</translation>
    </message>
    <message>
        <source>Its address is now %1: move the phones there, then have the room scan the new QR code.</source>
        <translation>Its address is now %1: move the phones there, then have the room scan the new QR code.</translation>
    </message>
    <message>
        <source>Choose its address on the room’s network, then move the phones there.</source>
        <translation>Choose its address on the room’s network, then move the phones there.</translation>
    </message>
    <message>
        <source>Connect it to the room’s Wi-Fi: its new address will show here.</source>
        <translation>Connect it to the room’s Wi-Fi: its new address will show here.</translation>
    </message>
    <message>
        <source>Move the phones to %1</source>
        <translation>Move the phones to %1</translation>
    </message>
</context>
<context>
    <name>PhonesPanel</name>
    <message>
        <source>No network: connect this computer to the room&apos;s Wi-Fi, then try again.</source>
        <translation>No network: connect this computer to the room’s Wi-Fi, then try again.</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>The copy could not be saved: %1</translation>
    </message>
    <message>
        <source>Phones can&apos;t connect?</source>
        <translation>Phones can’t connect?</translation>
    </message>
    <message>
        <source>• Android may leave a Wi-Fi without internet: turn mobile data off on the phone.</source>
        <translation>• Android may leave a Wi-Fi without internet: turn mobile data off on the phone.</translation>
    </message>
    <message>
        <source>• A phone hotspot holds about 8 devices; a class needs the school&apos;s Wi-Fi or a travel router.</source>
        <translation>• A phone hotspot holds about 8 devices; a class needs the school’s Wi-Fi or a travel router.</translation>
    </message>
    <message>
        <source>• This computer&apos;s firewall must let port %1 in (TCP).</source>
        <translation>• This computer’s firewall must let port %1 in (TCP).</translation>
    </message>
    <message>
        <source>Phones: off</source>
        <translation>Phones: off</translation>
    </message>
    <message>
        <source>The phones’ address (room %2):
%1</source>
        <translation>The phones’ address (room %2):
%1</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>no network</translation>
    </message>
    <message>
        <source>&amp;Join screen on the stage</source>
        <translation>&amp;Join screen on the stage</translation>
    </message>
    <message>
        <source>Port %1 is taken by another program: phones that had joined must scan the code again.</source>
        <translation>Port %1 is taken by another program: phones that had joined must scan the code again.</translation>
    </message>
    <message>
        <source>Votes closed by hand</source>
        <translation>Votes closed by hand</translation>
    </message>
    <message>
        <source>Votes close after %1 s</source>
        <translation>Votes close after %1 s</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) have not sent their feedback yet</source>
        <translation>
            <numerusform>%n phone has not sent its feedback yet</numerusform>
            <numerusform>%n phones have not sent their feedback yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n phone(s) have not sent their feedback yet</source>
        <translation>
            <numerusform>%n phone at most has not sent its feedback yet</numerusform>
            <numerusform>up to %n phones have not sent their feedback yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had sent it before voting moved to a new address</source>
        <translation>
            <numerusform>%n had sent it before voting moved to a new address</numerusform>
            <numerusform>%n had sent it before voting moved to a new address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phones off: the debate is over. The vote was closed first: its %n answer(s) are in the counts.</source>
        <translation>
            <numerusform>Phones off: the debate is over. The vote was closed first: its answer is in the counts.</numerusform>
            <numerusform>Phones off: the debate is over. The vote was closed first: its %n answers are in the counts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones off: the debate is over; the phones show a thank-you.</source>
        <translation>Phones off: the debate is over; the phones show a thank-you.</translation>
    </message>
    <message numerus="yes">
        <source>Phones off: the workshop is over. The vote was closed first: its %n answer(s) are in the counts.</source>
        <translation>
            <numerusform>Phones off: the workshop is over. The vote was closed first: its answer is in the counts.</numerusform>
            <numerusform>Phones off: the workshop is over. The vote was closed first: its %n answers are in the counts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones off: the workshop is over; the phones show a thank-you.</source>
        <translation>Phones off: the workshop is over; the phones show a thank-you.</translation>
    </message>
    <message numerus="yes">
        <source>Phones off. The vote was closed first: its %n answer(s) are in the counts.</source>
        <translation>
            <numerusform>Phones off. The vote was closed first: its answer is in the counts.</numerusform>
            <numerusform>Phones off. The vote was closed first: its %n answers are in the counts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn the phones off?</source>
        <translation>Turn the phones off?</translation>
    </message>
    <message numerus="yes">
        <source>The phones are voting (%n answer(s)). Turning them off closes their vote now: the others cannot answer any more.</source>
        <translation>
            <numerusform>The phones are voting (%n answer). Turning them off closes their vote now: the others cannot answer any more.</numerusform>
            <numerusform>The phones are voting (%n answers). Turning them off closes their vote now: the others cannot answer any more.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer no longer has the address %1 (has it changed network?). Choose an address in the list, then turn the phones on again.</source>
        <translation>This computer no longer has the address %1 (has it changed network?). Choose an address in the list, then turn the phones on again.</translation>
    </message>
    <message>
        <source>This computer does not let the app listen on %1 (a firewall or a security setting). Try another address, or another network.</source>
        <translation>This computer does not let the app listen on %1 (a firewall or a security setting). Try another address, or another network.</translation>
    </message>
    <message>
        <source>The phones&apos; server cannot start on %1. Check this computer&apos;s network, then try again.</source>
        <translation>The phones’ server cannot start on %1. Check this computer’s network, then try again.</translation>
    </message>
    <message>
        <source>Anonymous copy to share, saved: %1</source>
        <translation>Anonymous copy to share, saved: %1</translation>
    </message>
    <message>
        <source>• The phones must be on the same Wi-Fi as this computer. Guest networks often keep devices apart: use the main network or a phone hotspot. Name it in Preferences (Room&apos;s Wi-Fi): the join screen and the join poster then say which network to join.</source>
        <translation>• The phones must be on the same Wi-Fi as this computer. Guest networks often keep devices apart: use the main network or a phone hotspot. Name it in Preferences (Room’s Wi-Fi): the join screen and the join poster then say which network to join.</translation>
    </message>
    <message>
        <source>• Type the address as the stage shows it, port included (192.168.1.20:8765). If the browser searches the web instead, type http:// in front of it.</source>
        <translation>• Type the address as the stage shows it, port included (192.168.1.20:8765). If the browser searches the web instead, type http:// in front of it.</translation>
    </message>
    <message numerus="yes">
        <source>Phones on: %n connected</source>
        <translation>
            <numerusform>Phones on: %n connected</numerusform>
            <numerusform>Phones on: %n connected</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the &amp;join screen</source>
        <translation>Hide the &amp;join screen</translation>
    </message>
    <message>
        <source>Let the room vote from its phones</source>
        <translation>Let the room vote from its phones</translation>
    </message>
    <message>
        <source>Address the phones open</source>
        <translation>Address the phones open</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Network:</translation>
    </message>
    <message>
        <source>This computer&apos;s address on the room&apos;s network: the phones open it</source>
        <translation>This computer’s address on the room’s network: the phones open it</translation>
    </message>
    <message>
        <source>Anonymous copy to &amp;share…</source>
        <translation>Anonymous copy to &amp;share…</translation>
    </message>
    <message>
        <source>Save a copy of the session to share, without what tells the phones apart (their tokens)</source>
        <translation>Save a copy of the session to share, without what tells the phones apart (their tokens)</translation>
    </message>
    <message>
        <source>Countdown of a phone vote</source>
        <translation>Countdown of a phone vote</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Stage (projector)</source>
        <translation>Stage (projector)</translation>
    </message>
    <message>
        <source>Printing the cards</source>
        <translation>Printing the cards</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Follow the system language</source>
        <translation>Follow the system language</translation>
    </message>
    <message>
        <source>Automatic: the second screen when there is one</source>
        <translation>Automatic: the second screen when there is one</translation>
    </message>
    <message>
        <source>(main screen)</source>
        <translation>(main screen)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (not connected)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Poker, 63 × 88 mm</source>
        <translation>Poker, 63 × 88 mm</translation>
    </message>
    <message>
        <source>Tarot, 70 × 120 mm</source>
        <translation>Tarot, 70 × 120 mm</translation>
    </message>
    <message>
        <source>A7, 74 × 105 mm</source>
        <translation>A7, 74 × 105 mm</translation>
    </message>
    <message>
        <source>Mini, 44 × 63 mm</source>
        <translation>Mini, 44 × 63 mm</translation>
    </message>
    <message>
        <source>Both sides, flip on the long edge</source>
        <translation>Both sides, flip on the long edge</translation>
    </message>
    <message>
        <source>Both sides, flip on the short edge</source>
        <translation>Both sides, flip on the short edge</translation>
    </message>
    <message>
        <source>Fronts only</source>
        <translation>Fronts only</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Play a sound when a timer &amp;ends</source>
        <translation>Play a sound when a timer &amp;ends</translation>
    </message>
    <message>
        <source>Larger in a long room or with a dim projector; 100% fits the text to the screen.</source>
        <translation>Larger in a long room or with a dim projector; 100% fits the text to the screen.</translation>
    </message>
    <message>
        <source>Optional, as the phones list it</source>
        <translation>Optional, as the phones list it</translation>
    </message>
    <message>
        <source>The join screen and the join poster name it, so that phones join the right network; empty, they say “this room&apos;s Wi-Fi”.</source>
        <translation>The join screen and the join poster name it, so that phones join the right network; empty, they say “this room’s Wi-Fi”.</translation>
    </message>
    <message>
        <source>&amp;Default session length</source>
        <translation>&amp;Default session length</translation>
    </message>
    <message>
        <source>Dou&amp;ble-sided</source>
        <translation>Dou&amp;ble-sided</translation>
    </message>
    <message>
        <source>Room&apos;s &amp;Wi-Fi</source>
        <translation>Room’s &amp;Wi-Fi</translation>
    </message>
    <message>
        <source>Print &amp;cut marks</source>
        <translation>Print &amp;cut marks</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Stage &amp;screen</source>
        <translation>Stage &amp;screen</translation>
    </message>
    <message>
        <source>Stage &amp;text size</source>
        <translation>Stage &amp;text size</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <source>Card si&amp;ze</source>
        <translation>Card si&amp;ze</translation>
    </message>
</context>
<context>
    <name>Previews</name>
    <message>
        <source>The deck has problems: the pictures show what can be read of it.</source>
        <translation>The deck has problems: the pictures show what can be read of it.</translation>
    </message>
    <message>
        <source>As printed (front, back)</source>
        <translation>As printed (front, back)</translation>
    </message>
    <message>
        <source>On the stage</source>
        <translation>On the stage</translation>
    </message>
    <message>
        <source>The card as printed</source>
        <translation>The card as printed</translation>
    </message>
    <message>
        <source>The card on the stage</source>
        <translation>The card on the stage</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Paper and cards</source>
        <translation>Paper and cards</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Both sides</translation>
    </message>
    <message>
        <source>Which cards</source>
        <translation>Which cards</translation>
    </message>
    <message>
        <source>Lay&amp;out</source>
        <translation>Lay&amp;out</translation>
    </message>
    <message>
        <source>Bleed: the cards&apos; colour is printed this far past the cut line, so that scissors a little off the line leave no white edge. Keep 0 mm to cut at school; a print shop asks for 3 mm.</source>
        <translation>Bleed: the cards’ colour is printed this far past the cut line, so that scissors a little off the line leave no white edge. Keep 0 mm to cut at school; a print shop asks for 3 mm.</translation>
    </message>
    <message>
        <source>Save ink (black-and-white printer)</source>
        <translation>Save ink (black-and-white printer)</translation>
    </message>
    <message>
        <source>The backs and the coloured areas of the fronts as light tints and outlines: the theme&apos;s icon and name stay, the words print dark on light, and no page is a solid dark block</source>
        <translation>The backs and the coloured areas of the fronts as light tints and outlines: the theme’s icon and name stay, the words print dark on light, and no page is a solid dark block</translation>
    </message>
    <message>
        <source>Cut &amp;marks to the sheet&apos;s edges</source>
        <translation>Cut &amp;marks to the sheet’s edges</translation>
    </message>
    <message>
        <source>The cut marks run from the cards to the edges of the sheet, to line up a guillotine</source>
        <translation>The cut marks run from the cards to the edges of the sheet, to line up a guillotine</translation>
    </message>
    <message>
        <source>A 50 mm ruler in the margin of every sheet: measure it to check that the printer did not shrink the page</source>
        <translation>A 50 mm ruler in the margin of every sheet: measure it to check that the printer did not shrink the page</translation>
    </message>
    <message>
        <source>Sheets: backs on the next page, printed on both sides. Fold: fronts and backs on one page, folded and glued. Print shop: one card per page with its bleed</source>
        <translation>Sheets: backs on the next page, printed on both sides. Fold: fronts and backs on one page, folded and glued. Print shop: one card per page with its bleed</translation>
    </message>
    <message>
        <source>My printer does not print double-sided</source>
        <translation>My printer does not print double-sided</translation>
    </message>
    <message>
        <source>Choose the “Fold and glue, one side” layout: each front and its back on one page, folded along the dashes and glued</source>
        <translation>Choose the “Fold and glue, one side” layout: each front and its back on one page, folded along the dashes and glued</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Poker, 63 × 88 mm</source>
        <translation>Poker, 63 × 88 mm</translation>
    </message>
    <message>
        <source>Tarot, 70 × 120 mm</source>
        <translation>Tarot, 70 × 120 mm</translation>
    </message>
    <message>
        <source>A7, 74 × 105 mm</source>
        <translation>A7, 74 × 105 mm</translation>
    </message>
    <message>
        <source>Mini, 44 × 63 mm</source>
        <translation>Mini, 44 × 63 mm</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <source>Both sides, flip on the long edge</source>
        <translation>Both sides, flip on the long edge</translation>
    </message>
    <message>
        <source>Beyond %1 mm, check the measurement on the calibration page: its rulers read only ±%1 mm.</source>
        <translation>Beyond %1 mm, check the measurement on the calibration page: its rulers read only ±%1 mm.</translation>
    </message>
    <message>
        <source>Both sides, flip on the short edge</source>
        <translation>Both sides, flip on the short edge</translation>
    </message>
    <message>
        <source>Fronts only</source>
        <translation>Fronts only</translation>
    </message>
    <message>
        <source>One side, to fold</source>
        <translation>One side, to fold</translation>
    </message>
    <message>
        <source>Front page, then back page</source>
        <translation>Front page, then back page</translation>
    </message>
    <message>
        <source>Sheets, backs on the next page</source>
        <translation>Sheets, backs on the next page</translation>
    </message>
    <message>
        <source>Fold and glue, one side</source>
        <translation>Fold and glue, one side</translation>
    </message>
    <message>
        <source>Print shop, one card per page</source>
        <translation>Print shop, one card per page</translation>
    </message>
    <message>
        <source>Only for decks with short texts: many cards of the bundled deck do not fit on 44 × 63 mm</source>
        <translation>Only for decks with short texts: many cards of the bundled deck do not fit on 44 × 63 mm</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;Facts</translation>
    </message>
    <message>
        <source>&amp;Debates</source>
        <translation>&amp;Debates</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Theme: %1</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <source>Card si&amp;ze</source>
        <translation>Card si&amp;ze</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>&amp;Width</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>&amp;Height</translation>
    </message>
    <message>
        <source>&amp;Bleed</source>
        <translation>&amp;Bleed</translation>
    </message>
    <message>
        <source>Pri&amp;nting</source>
        <translation>Pri&amp;nting</translation>
    </message>
    <message>
        <source>&amp;X</source>
        <translation>&amp;X</translation>
    </message>
    <message>
        <source>&amp;Y</source>
        <translation>&amp;Y</translation>
    </message>
    <message>
        <source>&amp;Language of the cards</source>
        <translation>&amp;Language of the cards</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>Pa&amp;ge</translation>
    </message>
    <message>
        <source>Custom card width</source>
        <translation>Custom card width</translation>
    </message>
    <message>
        <source>Custom card height</source>
        <translation>Custom card height</translation>
    </message>
    <message>
        <source>Back offset</source>
        <translation>Back offset</translation>
    </message>
    <message>
        <source>Back offset, horizontal</source>
        <translation>Back offset, horizontal</translation>
    </message>
    <message>
        <source>Back offset, vertical</source>
        <translation>Back offset, vertical</translation>
    </message>
    <message>
        <source>Shift the backs by this much to make up for the printer; print the calibration page to measure it</source>
        <translation>Shift the backs by this much to make up for the printer; print the calibration page to measure it</translation>
    </message>
    <message>
        <source>Print &amp;cut marks</source>
        <translation>Print &amp;cut marks</translation>
    </message>
    <message>
        <source>&amp;Ruler and “print at 100%”</source>
        <translation>&amp;Ruler and “print at 100%”</translation>
    </message>
    <message>
        <source>Print the c&amp;alibration page instead of the cards</source>
        <translation>Print the c&amp;alibration page instead of the cards</translation>
    </message>
    <message>
        <source>A double-sided sheet that measures how far your printer shifts the backs: read X and Y on it, then set the back offset</source>
        <translation>A double-sided sheet that measures how far your printer shifts the backs: read X and Y on it, then set the back offset</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Kinds of card</source>
        <translation>Kinds of card</translation>
    </message>
    <message>
        <source>Timeline events without a theme are printed only when every theme is ticked.</source>
        <translation>Timeline events without a theme are printed only when every theme is ticked.</translation>
    </message>
    <message>
        <source>Print the cards</source>
        <translation>Print the cards</translation>
    </message>
    <message>
        <source>Page shown in the preview</source>
        <translation>Page shown in the preview</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Preview of one page</source>
        <translation>Preview of one page</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cards and pages</source>
        <translation>Cards and pages</translation>
    </message>
    <message>
        <source>The page exactly as it will print: the PDF page, rendered by pdftoppm</source>
        <translation>The page exactly as it will print: the PDF page, rendered by pdftoppm</translation>
    </message>
    <message>
        <source>Approximate preview: pdftoppm (poppler-utils) is not installed, so the cards are drawn at their real places by the screen renderer; the saved PDF is exact</source>
        <translation>Approximate preview: pdftoppm (poppler-utils) is not installed, so the cards are drawn at their real places by the screen renderer; the saved PDF is exact</translation>
    </message>
    <message>
        <source>Options changed since %1 was saved: save again to print these.</source>
        <translation>Options changed since %1 was saved: save again to print these.</translation>
    </message>
    <message>
        <source>The calibration page is double-sided: choose a double-sided printing mode.</source>
        <translation>The calibration page is double-sided: choose a double-sided printing mode.</translation>
    </message>
    <message>
        <source>No card is selected: tick at least one theme and one kind.</source>
        <translation>No card is selected: tick at least one theme and one kind.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Calibration sheet: 2 pages, one sheet printed on both sides.</source>
        <translation>Calibration sheet: 2 pages, one sheet printed on both sides.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Nothing to print with these options.</source>
        <translation>Nothing to print with these options.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) of paper</source>
        <translation>
            <numerusform>%n sheet of paper</numerusform>
            <numerusform>%n sheets of paper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) per sheet</source>
        <translation>
            <numerusform>%n card per sheet</numerusform>
            <numerusform>%n cards per sheet</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2</source>
        <translation>Saved %1: %2</translation>
    </message>
    <message>
        <source>Card %1, front</source>
        <translation>Card %1, front</translation>
    </message>
    <message>
        <source>Card %1, back</source>
        <translation>Card %1, back</translation>
    </message>
    <message>
        <source>Sheet %1, fronts and backs: fold along the dashes</source>
        <translation>Sheet %1, fronts and backs: fold along the dashes</translation>
    </message>
    <message>
        <source>Sheet %1, fronts</source>
        <translation>Sheet %1, fronts</translation>
    </message>
    <message>
        <source>Sheet %1, backs (as seen from the back of the sheet)</source>
        <translation>Sheet %1, backs (as seen from the back of the sheet)</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>Score sheet</translation>
    </message>
    <message>
        <source>On the printer: one side, actual size (100%). Fold each sheet along the dashes, printed side out, glue the halves back to back, then cut.</source>
        <translation>On the printer: one side, actual size (100%). Fold each sheet along the dashes, printed side out, glue the halves back to back, then cut.</translation>
    </message>
    <message>
        <source>On the printer: one side, actual size (100%). The backs, which show only the theme, are left out.</source>
        <translation>On the printer: one side, actual size (100%). The backs, which show only the theme, are left out.</translation>
    </message>
    <message>
        <source>The backs are left out: the event cards lose their year, the debate cards their ideas for each side.</source>
        <translation>The backs are left out: the event cards lose their year, the debate cards their ideas for each side.</translation>
    </message>
    <message>
        <source>The backs are left out: the event cards lose their year.</source>
        <translation>The backs are left out: the event cards lose their year.</translation>
    </message>
    <message>
        <source>The backs are left out: the debate cards lose their ideas for each side.</source>
        <translation>The backs are left out: the debate cards lose their ideas for each side.</translation>
    </message>
    <message>
        <source>On the printer: double-sided, flip on the short edge, actual size (100%).</source>
        <translation>On the printer: double-sided, flip on the short edge, actual size (100%).</translation>
    </message>
    <message>
        <source>On the printer: double-sided, flip on the long edge, actual size (100%).</source>
        <translation>On the printer: double-sided, flip on the long edge, actual size (100%).</translation>
    </message>
    <message numerus="yes">
        <source>No double-sided printer? Fold and glue instead (%n sheet(s)).</source>
        <translation>
            <numerusform>No double-sided printer? Fold and glue instead (%n sheet).</numerusform>
            <numerusform>No double-sided printer? Fold and glue instead (%n sheets).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workshop kit: %n page(s)</source>
        <translation>
            <numerusform>Workshop kit: %n page</numerusform>
            <numerusform>Workshop kit: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting cards</source>
        <translation>Voting cards</translation>
    </message>
    <message>
        <source>Team sign</source>
        <translation>Team sign</translation>
    </message>
    <message>
        <source>Take-home cards</source>
        <translation>Take-home cards</translation>
    </message>
    <message>
        <source>Join poster</source>
        <translation>Join poster</translation>
    </message>
    <message>
        <source>No preview: see the problem below.</source>
        <translation>No preview: see the problem below.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>approximate preview</source>
        <translation>approximate preview</translation>
    </message>
    <message>
        <source>No preview without pdftoppm (poppler-utils).</source>
        <translation>No preview without pdftoppm (poppler-utils).</translation>
    </message>
    <message>
        <source>Card %1, field “%2” (%3): %4</source>
        <translation>Card %1, field “%2” (%3): %4</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choose %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) chosen do not fit on the size %1, nor on any larger one: nothing can be saved; shorten their texts in the deck files.</source>
        <translation>
            <numerusform>%n card chosen do not fit on the size %1, nor on any larger one: nothing can be saved; shorten their texts in the deck files.</numerusform>
            <numerusform>%n cards chosen do not fit on the size %1, nor on any larger one: nothing can be saved; shorten their texts in the deck files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) chosen do not fit on the size %1: nothing can be saved at this size. Choose %2, the smallest size where they all fit, or shorten their texts in the deck files.</source>
        <translation>
            <numerusform>%n card chosen do not fit on the size %1: nothing can be saved at this size. Choose %2, the smallest size where they all fit, or shorten their texts in the deck files.</numerusform>
            <numerusform>%n cards chosen do not fit on the size %1: nothing can be saved at this size. Choose %2, the smallest size where they all fit, or shorten their texts in the deck files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the cards as PDF</source>
        <translation>Save the cards as PDF</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Open the PDF just saved in your PDF viewer, to print it from there</source>
        <translation>Open the PDF just saved in your PDF viewer, to print it from there</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards to print</source>
        <translation>Cards to print</translation>
    </message>
    <message>
        <source>The cards were not saved: %1</source>
        <translation>The cards were not saved: %1</translation>
    </message>
    <message>
        <source>Facilitator&apos;s guide</source>
        <translation>Facilitator’s guide</translation>
    </message>
    <message>
        <source>The guide was not saved: %1</source>
        <translation>The guide was not saved: %1</translation>
    </message>
    <message>
        <source>Session for the kit</source>
        <translation>Session for the kit</translation>
    </message>
    <message>
        <source>Sessions (*.bataille)</source>
        <translation>Sessions (*.bataille)</translation>
    </message>
    <message>
        <source>This session holds nothing yet.</source>
        <translation>This session holds nothing yet.</translation>
    </message>
    <message>
        <source>Workshop kit</source>
        <translation>Workshop kit</translation>
    </message>
    <message>
        <source>Print the workshop &amp;kit instead of the cards</source>
        <translation>Print the workshop &amp;kit instead of the cards</translation>
    </message>
    <message>
        <source>Voting cards, a standing sign for each team, the facilitator&apos;s score sheet and the take-home card</source>
        <translation>Voting cards, a standing sign for each team, the facilitator’s score sheet and the take-home card</translation>
    </message>
    <message>
        <source>&amp;Team signs</source>
        <translation>&amp;Team signs</translation>
    </message>
    <message>
        <source>&amp;Voting sheets</source>
        <translation>&amp;Voting sheets</translation>
    </message>
    <message>
        <source>One sheet of three voting cards per participant, and a take-home card each (four a sheet); or 1, and copy the sheets on the printer</source>
        <translation>One sheet of three voting cards per participant, and a take-home card each (four a sheet); or 1, and copy the sheets on the printer</translation>
    </message>
    <message>
        <source>Sess&amp;ion…</source>
        <translation>Sess&amp;ion…</translation>
    </message>
    <message>
        <source>Take the teams and the take-home card&apos;s debates and figures from a session file</source>
        <translation>Take the teams and the take-home card’s debates and figures from a session file</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>No session</translation>
    </message>
    <message>
        <source>No session: numbered teams and a blank card to take home.</source>
        <translation>No session: numbered teams and a blank card to take home.</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Session: %1</translation>
    </message>
    <message>
        <source>All the cards</source>
        <translation>All the cards</translation>
    </message>
    <message>
        <source>Choose the cards by theme and kind again</source>
        <translation>Choose the cards by theme and kind again</translation>
    </message>
    <message>
        <source>Only the card “%1” (%2)</source>
        <translation>Only the card “%1” (%2)</translation>
    </message>
    <message>
        <source>Only the %1 cards chosen</source>
        <translation>Only the %1 cards chosen</translation>
    </message>
    <message>
        <source>If %1 is open in a PDF viewer or another program, close it there, then save again; or save under another name.</source>
        <translation>If %1 is open in a PDF viewer or another program, close it there, then save again; or save under another name.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>pdftoppm is not installed</source>
        <translation>pdftoppm is not installed</translation>
    </message>
    <message>
        <source>pdftoppm failed: %1</source>
        <translation>pdftoppm failed: %1</translation>
    </message>
    <message>
        <source>pdftoppm could not render the page: %1</source>
        <translation>pdftoppm could not render the page: %1</translation>
    </message>
</context>
<context>
    <name>ProjectorCable</name>
    <message>
        <source>Projector connected (%1): the stage is shown on it.</source>
        <translation>Projector connected (%1): the stage is shown on it.</translation>
    </message>
    <message>
        <source>The projector (%1) is disconnected: the stage is hidden, its picture stays on the console. F5 shows it again.</source>
        <translation>The projector (%1) is disconnected: the stage is hidden, its picture stays on the console. F5 shows it again.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>Session reopened after an abrupt stop; every action was in its file.</source>
        <translation>Session reopened after an abrupt stop; every action was in its file.</translation>
    </message>
    <message numerus="yes">
        <source>Session recovered after an abrupt stop, but %n action(s) could not be read back (the file beside it, its -wal, was damaged). The file as it was is kept untouched in %1</source>
        <translation>
            <numerusform>Session recovered after an abrupt stop, but %n action could not be read back (the file beside it, its -wal, was damaged). The file as it was is kept untouched in %1</numerusform>
            <numerusform>Session recovered after an abrupt stop, but %n actions could not be read back (the file beside it, its -wal, was damaged). The file as it was is kept untouched in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Session recovered after an abrupt stop; a safety copy is in %1</source>
        <translation>Session recovered after an abrupt stop; a safety copy is in %1</translation>
    </message>
    <message numerus="yes">
        <source>The session is back where it stopped. Last action saved %n minute(s) ago: %1.</source>
        <translation>
            <numerusform>The session is back where it stopped. Last action saved %n minute ago: %1.</numerusform>
            <numerusform>The session is back where it stopped. Last action saved %n minutes ago: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session is back where it stopped. Last action saved less than a minute ago: %1.</source>
        <translation>The session is back where it stopped. Last action saved less than a minute ago: %1.</translation>
    </message>
    <message>
        <source>The timer went on counting meanwhile (+1 min or +5 min give time back).</source>
        <translation>The timer went on counting meanwhile (+1 min or +5 min give time back).</translation>
    </message>
    <message>
        <source>The phones are on again at the same address, and their feedback is asked again: they reconnect by themselves, and each phone that had sent its feedback sends it again.</source>
        <translation>The phones are on again at the same address, and their feedback is asked again: they reconnect by themselves, and each phone that had sent its feedback sends it again.</translation>
    </message>
    <message>
        <source>The phones are on again at the same address, and their vote is asked again: they reconnect by themselves, and each phone that had answered sends its answer again.</source>
        <translation>The phones are on again at the same address, and their vote is asked again: they reconnect by themselves, and each phone that had answered sends its answer again.</translation>
    </message>
    <message>
        <source>Its countdown ran out meanwhile: the vote closes by itself at %1, time for the phones to send their answers again.</source>
        <translation>Its countdown ran out meanwhile: the vote closes by itself at %1, time for the phones to send their answers again.</translation>
    </message>
    <message>
        <source>Its countdown goes on: the vote closes by itself at %1.</source>
        <translation>Its countdown goes on: the vote closes by itself at %1.</translation>
    </message>
    <message>
        <source>The phones are on again at the same address: they reconnect by themselves.</source>
        <translation>The phones are on again at the same address: they reconnect by themselves.</translation>
    </message>
    <message>
        <source>If the phones were on, turn them on again: they reconnect by themselves. For a vote that was not closed, press “Ask the phones” again: each phone that had answered sends its answer again.</source>
        <translation>If the phones were on, turn them on again: they reconnect by themselves. For a vote that was not closed, press “Ask the phones” again: each phone that had answered sends its answer again.</translation>
    </message>
    <message>
        <source>The stage stays black, as it was: %1 shows the picture again.</source>
        <translation>The stage stays black, as it was: %1 shows the picture again.</translation>
    </message>
    <message>
        <source>Team %1 holds the card “%2” up again.</source>
        <translation>Team %1 holds the card “%2” up again.</translation>
    </message>
    <message>
        <source>The stage shows team %1’s scenario again.</source>
        <translation>The stage shows team %1’s scenario again.</translation>
    </message>
    <message>
        <source>The raised hands typed on top of the phones&apos; vote before the debate, not recorded, are back in their boxes: %1 agree, %2 disagree, %3 undecided. The phones&apos; answers are added to them when their vote closes.</source>
        <translation>The raised hands typed on top of the phones’ vote before the debate, not recorded, are back in their boxes: %1 agree, %2 disagree, %3 undecided. The phones’ answers are added to them when their vote closes.</translation>
    </message>
    <message>
        <source>The raised hands typed on top of the phones&apos; vote after the debate, not recorded, are back in their boxes: %1 agree, %2 disagree, %3 undecided. The phones&apos; answers are added to them when their vote closes.</source>
        <translation>The raised hands typed on top of the phones’ vote after the debate, not recorded, are back in their boxes: %1 agree, %2 disagree, %3 undecided. The phones’ answers are added to them when their vote closes.</translation>
    </message>
    <message>
        <source>The counts typed for the vote before the debate, not recorded, are back in their boxes: %1 agree, %2 disagree, %3 undecided.</source>
        <translation>The counts typed for the vote before the debate, not recorded, are back in their boxes: %1 agree, %2 disagree, %3 undecided.</translation>
    </message>
    <message>
        <source>The counts typed for the vote after the debate, not recorded, are back in their boxes: %1 agree, %2 disagree, %3 undecided.</source>
        <translation>The counts typed for the vote after the debate, not recorded, are back in their boxes: %1 agree, %2 disagree, %3 undecided.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RefusedPhones</name>
    <message numerus="yes">
        <source>%n voting page(s) turned away at %1, which already has %2: phones behind one router, or one pupil’s extra pages.</source>
        <translation>
            <numerusform>%n voting page turned away at %1, which already has %2: phones behind one router, or one pupil’s extra pages.</numerusform>
            <numerusform>%n voting pages turned away at %1, which already has %2: phones behind one router, or one pupil’s extra pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Let them in</source>
        <translation>Let them in</translation>
    </message>
    <message>
        <source>Every phone coming through %1 may then vote, until the end of the session; a pupil who opens several browsers there could vote more than once.</source>
        <translation>Every phone coming through %1 may then vote, until the end of the session; a pupil who opens several browsers there could vote more than once.</translation>
    </message>
    <message>
        <source>Phones coming through %1 are now let in: the pages turned away will come in by themselves within a few seconds.</source>
        <translation>Phones coming through %1 are now let in: the pages turned away will come in by themselves within a few seconds.</translation>
    </message>
</context>
<context>
    <name>RescueBanner</name>
    <message numerus="yes">
        <source>Recovered from a damaged file: %n action(s) in the new file %1; the damaged file is left as it was: %2</source>
        <translation>
            <numerusform>Recovered from a damaged file: its intact action is in the new file %1; the damaged file is left as it was: %2</numerusform>
            <numerusform>Recovered from a damaged file: its %n intact actions are in the new file %1; the damaged file is left as it was: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <source>&amp;Save a copy elsewhere…</source>
        <translation>&amp;Save a copy elsewhere…</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Retry now</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>The copy could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved: every action is in %1, and the session goes on in that file</source>
        <translation>Saved: every action is in %1, and the session goes on in that file</translation>
    </message>
    <message>
        <source>Saved: every action is written to the session file</source>
        <translation>Saved: every action is written to the session file</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n action(s) kept in memory — %1</source>
        <translation>
            <numerusform>Not saved: %n action kept in memory — %1</numerusform>
            <numerusform>Not saved: %n actions kept in memory — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>This team has made every decision.</source>
        <translation>This team has made every decision.</translation>
    </message>
    <message>
        <source>Choose a scenario for this team and start it.</source>
        <translation>Choose a scenario for this team and start it.</translation>
    </message>
    <message>
        <source>%1: not started</source>
        <translation>%1: not started</translation>
    </message>
    <message>
        <source>%1: %2 of %3 decisions</source>
        <translation>%1: %2 of %3 decisions</translation>
    </message>
    <message>
        <source>Last choice (%3): %1. %2</source>
        <translation>Last choice (%3): %1. %2</translation>
    </message>
    <message>
        <source>Scenario</source>
        <comment>the box of one team&apos;s walk through its scenario</comment>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <source>Scenari&amp;o:</source>
        <translation>Scenari&amp;o:</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>St&amp;art</translation>
    </message>
    <message>
        <source>Team (the stage shows its scenario)</source>
        <translation>Team (the stage shows its scenario)</translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <comment>a team&apos;s next decision, above its situation</comment>
        <translation>Decision %1 of %2</translation>
    </message>
    <message>
        <source>Start for &amp;every team</source>
        <translation>Start for &amp;every team</translation>
    </message>
    <message>
        <source>Start the scenario for this team</source>
        <translation>Start the scenario for this team</translation>
    </message>
    <message>
        <source>The team chooses</source>
        <translation>The team chooses</translation>
    </message>
    <message>
        <source>Take back this choice (Ctrl+Z)</source>
        <translation>Take back this choice (Ctrl+Z)</translation>
    </message>
    <message>
        <source>The last choice recorded is undone; Ctrl+Y records it again.</source>
        <translation>The last choice recorded is undone; Ctrl+Y records it again.</translation>
    </message>
</context>
<context>
    <name>ScreensAwake</name>
    <message>
        <source>A workshop is shown on the projector</source>
        <translation>A workshop is shown on the projector</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>the folder is read-only</translation>
    </message>
    <message>
        <source>the session file is closed</source>
        <translation>the session file is closed</translation>
    </message>
    <message>
        <source>the session file cannot be reached (drive removed, disk error?)</source>
        <translation>the session file cannot be reached (drive removed, disk error?)</translation>
    </message>
    <message>
        <source>the session file was removed, renamed or replaced during the session: save a copy elsewhere to go on saving</source>
        <translation>the session file was removed, renamed or replaced during the session: save a copy elsewhere to go on saving</translation>
    </message>
    <message>
        <source>Undone — %1</source>
        <translation>Undone — %1</translation>
    </message>
    <message>
        <source>The counts typed for the vote are not recorded: undoing would lose them. Record them (PageDown), or set them back to 0 to undo.</source>
        <translation>The counts typed for the vote are not recorded: undoing would lose them. Record them (PageDown), or set them back to 0 to undo.</translation>
    </message>
    <message>
        <source>Nothing to undo: the teams and the set-up chosen on the start screen are fixed once the session has begun.</source>
        <translation>Nothing to undo: the teams and the set-up chosen on the start screen are fixed once the session has begun.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>Wait until the phones&apos; vote has closed: its answers are being recorded. Ctrl+Z then takes that vote back.</source>
        <translation>Wait until the phones’ vote has closed: its answers are being recorded. Ctrl+Z then takes that vote back.</translation>
    </message>
    <message>
        <source>Nothing to go back to.</source>
        <translation>Nothing to go back to.</translation>
    </message>
    <message>
        <source>The counts typed for the vote are not recorded: going back would lose them. Record them (PageDown), or set them back to 0 to go back.</source>
        <translation>The counts typed for the vote are not recorded: going back would lose them. Record them (PageDown), or set them back to 0 to go back.</translation>
    </message>
    <message>
        <source>Back only undoes moves; press Ctrl+Z to undo: %1</source>
        <translation>Back only undoes moves; press Ctrl+Z to undo: %1</translation>
    </message>
    <message>
        <source>%1. The vote stays recorded, hidden from the room (Ctrl+Z takes it back).</source>
        <translation>%1. The vote stays recorded, hidden from the room (Ctrl+Z takes it back).</translation>
    </message>
    <message>
        <source>Nothing changed: the debate is over, opened to read and export it.</source>
        <translation>Nothing changed: the debate is over, opened to read and export it.</translation>
    </message>
    <message>
        <source>Nothing changed: the workshop is over, opened to read and export it.</source>
        <translation>Nothing changed: the workshop is over, opened to read and export it.</translation>
    </message>
    <message>
        <source>Redone — %1</source>
        <translation>Redone — %1</translation>
    </message>
    <message>
        <source>Redo does not take the phones&apos; vote back: close their vote again with Next (PageDown), or type the counts and record them.</source>
        <translation>Redo does not take the phones’ vote back: close their vote again with Next (PageDown), or type the counts and record them.</translation>
    </message>
    <message>
        <source>Redo does not take the phones&apos; feedback back: ask the phones for it again with Next (PageDown).</source>
        <translation>Redo does not take the phones’ feedback back: ask the phones for it again with Next (PageDown).</translation>
    </message>
    <message>
        <source>Redo does not ask the phones again: ask them with Next (PageDown).</source>
        <translation>Redo does not ask the phones again: ask them with Next (PageDown).</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nothing to redo.</translation>
    </message>
    <message>
        <source>The counts typed for the vote are not recorded: redoing would lose them. Record them (PageDown), or set them back to 0 to redo.</source>
        <translation>The counts typed for the vote are not recorded: redoing would lose them. Record them (PageDown), or set them back to 0 to redo.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys typed in a text box stay in the text box.</source>
        <translation>Keys typed in a text box stay in the text box.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Debates</source>
        <translation>Debates</translation>
    </message>
    <message>
        <source>Debate %1</source>
        <translation>Debate %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Facts played (%1)</source>
        <translation>Facts played (%1)</translation>
    </message>
    <message>
        <source>Facts played (%1), the last %2</source>
        <translation>Facts played (%1), the last %2</translation>
    </message>
    <message>
        <source>Vote before the debate</source>
        <translation>Vote before the debate</translation>
    </message>
    <message>
        <source>Vote after the debate</source>
        <translation>Vote after the debate</translation>
    </message>
    <message>
        <source>1 voter</source>
        <translation>1 voter</translation>
    </message>
    <message>
        <source>%1 voters</source>
        <translation>%1 voters</translation>
    </message>
    <message>
        <source>Recorded, not shown yet</source>
        <translation>Recorded, not shown yet</translation>
    </message>
    <message>
        <source>Not voted yet</source>
        <translation>Not voted yet</translation>
    </message>
    <message>
        <source>No vote</source>
        <translation>No vote</translation>
    </message>
    <message>
        <source>Phones&apos; vote closed, not shown yet</source>
        <translation>Phones’ vote closed, not shown yet</translation>
    </message>
    <message>
        <source>0 answers</source>
        <translation>0 answers</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 answer</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 answers</translation>
    </message>
    <message>
        <source>0 phones</source>
        <translation>0 phones</translation>
    </message>
    <message>
        <source>1 phone</source>
        <translation>1 phone</translation>
    </message>
    <message>
        <source>%1 phones</source>
        <translation>%1 phones</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>12 answers from 25 phones</comment>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>Closes in %1</source>
        <translation>Closes in %1</translation>
    </message>
    <message>
        <source>Closes in %1 · paused</source>
        <translation>Closes in %1 · paused</translation>
    </message>
    <message>
        <source>To vote: %1 · room %2</source>
        <translation>To vote: %1 · room %2</translation>
    </message>
    <message>
        <source>Voting on phones</source>
        <translation>Voting on phones</translation>
    </message>
    <message>
        <source>The “for” side held its ground</source>
        <translation>The “for” side held its ground</translation>
    </message>
    <message>
        <source>The “for” side lost the least ground</source>
        <translation>The “for” side lost the least ground</translation>
    </message>
    <message>
        <source>The “against” side held its ground</source>
        <translation>The “against” side held its ground</translation>
    </message>
    <message>
        <source>The “against” side lost the least ground</source>
        <translation>The “against” side lost the least ground</translation>
    </message>
    <message>
        <source>A tie: both sides moved alike</source>
        <translation>A tie: both sides moved alike</translation>
    </message>
    <message>
        <source>+1 point for each team on the “for” side when the debate closes</source>
        <translation>+1 point for each team on the “for” side when the debate closes</translation>
    </message>
    <message>
        <source>+1 point for each team on the “against” side when the debate closes</source>
        <translation>+1 point for each team on the “against” side when the debate closes</translation>
    </message>
    <message>
        <source>+%1 points for each team on the “for” side when the debate closes</source>
        <translation>+%1 points for each team on the “for” side when the debate closes</translation>
    </message>
    <message>
        <source>+%1 points for each team on the “against” side when the debate closes</source>
        <translation>+%1 points for each team on the “against” side when the debate closes</translation>
    </message>
    <message>
        <source>+1 point for each team on the “for” side</source>
        <translation>+1 point for each team on the “for” side</translation>
    </message>
    <message>
        <source>+1 point for each team on the “against” side</source>
        <translation>+1 point for each team on the “against” side</translation>
    </message>
    <message>
        <source>+%1 points for each team on the “for” side</source>
        <translation>+%1 points for each team on the “for” side</translation>
    </message>
    <message>
        <source>+%1 points for each team on the “against” side</source>
        <translation>+%1 points for each team on the “against” side</translation>
    </message>
    <message>
        <source>The shift appears once both votes are shown</source>
        <translation>The shift appears once both votes are shown</translation>
    </message>
    <message>
        <source>Debate closed without a vote after</source>
        <translation>Debate closed without a vote after</translation>
    </message>
    <message>
        <source>Debate closed without a vote</source>
        <translation>Debate closed without a vote</translation>
    </message>
    <message>
        <source>Phones: %1 of %2 changed their mind</source>
        <translation>Phones: %1 of %2 changed their mind</translation>
    </message>
    <message>
        <source>The “for” side convinced the room</source>
        <translation>The “for” side convinced the room</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>The “against” side convinced the room</source>
        <translation>The “against” side convinced the room</translation>
    </message>
    <message>
        <source>Timeline: place your cards in time; 1 point for each one in the right place</source>
        <translation>Timeline: place your cards in time; 1 point for each one in the right place</translation>
    </message>
    <message>
        <source>Timeline: place your cards in time; %1 points for each one in the right place</source>
        <translation>Timeline: place your cards in time; %1 points for each one in the right place</translation>
    </message>
    <message>
        <source>Debates: the room votes before and after; the side that moves the room wins</source>
        <translation>Debates: the room votes before and after; the side that moves the room wins</translation>
    </message>
    <message>
        <source>2035: each team makes its choices and sees where they lead</source>
        <translation>2035: each team makes its choices and sees where they lead</translation>
    </message>
    <message>
        <source>How we play</source>
        <translation>How we play</translation>
    </message>
    <message>
        <source>The workshop</source>
        <translation>The workshop</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>The workshop is over.</source>
        <translation>The workshop is over.</translation>
    </message>
    <message>
        <source>The debate is over.</source>
        <translation>The debate is over.</translation>
    </message>
    <message>
        <source>Coming up: %1</source>
        <translation>Coming up: %1</translation>
    </message>
    <message>
        <source>Give your feedback on your phone</source>
        <translation>Give your feedback on your phone</translation>
    </message>
    <message>
        <source>Our indicators in 2035</source>
        <translation>Our indicators in 2035</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>What we take away</source>
        <translation>What we take away</translation>
    </message>
    <message>
        <source>What we commit to</source>
        <translation>What we commit to</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>Rankings</translation>
    </message>
    <message>
        <source>How opinion moved</source>
        <translation>How opinion moved</translation>
    </message>
    <message>
        <source>No debate voted twice yet.</source>
        <translation>No debate voted twice yet.</translation>
    </message>
    <message>
        <source>No fact played in the debates</source>
        <translation>No fact played in the debates</translation>
    </message>
    <message>
        <source>+ 1 more</source>
        <translation>+ 1 more</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 more</translation>
    </message>
    <message>
        <source>%1 · page %2/%3</source>
        <translation>%1 · page %2/%3</translation>
    </message>
    <message>
        <source>agree %1% %2 %3%</source>
        <translation>agree %1% %2 %3%</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Phase %1 of %2</source>
        <translation>Phase %1 of %2</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Time’s up</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Last minute</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>remaining</translation>
    </message>
    <message>
        <source>Debate</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Scenarios for 2035</source>
        <translation>Scenarios for 2035</translation>
    </message>
    <message>
        <source>Every decision is made.</source>
        <translation>Every decision is made.</translation>
    </message>
    <message>
        <source>Where this future leads</source>
        <translation>Where this future leads</translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <translation>Decision %1 of %2</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>Every team</translation>
    </message>
    <message>
        <source>%1 teams</source>
        <translation>%1 teams</translation>
    </message>
    <message>
        <source>Choice: %1</source>
        <translation>Choice: %1</translation>
    </message>
    <message>
        <source>The AI timeline</source>
        <translation>The AI timeline</translation>
    </message>
    <message>
        <source>Put the events in order, from 1950 to today.</source>
        <translation>Put the events in order, from 1950 to today.</translation>
    </message>
    <message>
        <source>The cards are about to be dealt.</source>
        <translation>The cards are about to be dealt.</translation>
    </message>
    <message>
        <source>Taking turns, each team puts one card on the timeline: before, after or between the cards already there.</source>
        <translation>Taking turns, each team puts one card on the timeline: before, after or between the cards already there.</translation>
    </message>
    <message>
        <source>Each team holds one card.</source>
        <translation>Each team holds one card.</translation>
    </message>
    <message>
        <source>Each team holds %1 cards.</source>
        <translation>Each team holds %1 cards.</translation>
    </message>
    <message>
        <source>Its date is revealed once it is placed.</source>
        <translation>Its date is revealed once it is placed.</translation>
    </message>
    <message>
        <source>Its date is revealed once it is placed: in the right place, one point.</source>
        <translation>Its date is revealed once it is placed: in the right place, one point.</translation>
    </message>
    <message>
        <source>Its date is revealed once it is placed: in the right place, %1 points.</source>
        <translation>Its date is revealed once it is placed: in the right place, %1 points.</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <translation>%1 earlier</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 later</translation>
    </message>
    <message>
        <source>page %1/%2</source>
        <translation>page %1/%2</translation>
    </message>
    <message>
        <source>Being placed</source>
        <translation>Being placed</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>right, +%1</source>
        <translation>right, +%1</translation>
    </message>
    <message>
        <source>moved to its right place</source>
        <translation>moved to its right place</translation>
    </message>
</context>
<context>
    <name>StagePages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The stage holds page %1 of %2.</source>
        <translation>The stage holds page %1 of %2.</translation>
    </message>
    <message>
        <source>The stage shows page %1 of %2, and turns the page every %3 s.</source>
        <translation>The stage shows page %1 of %2, and turns the page every %3 s.</translation>
    </message>
    <message>
        <source>Show the room the previous page, and hold it</source>
        <translation>Show the room the previous page, and hold it</translation>
    </message>
    <message>
        <source>Previous page on the stage</source>
        <translation>Previous page on the stage</translation>
    </message>
    <message>
        <source>Show the room the next page, and hold it</source>
        <translation>Show the room the next page, and hold it</translation>
    </message>
    <message>
        <source>Next page on the stage</source>
        <translation>Next page on the stage</translation>
    </message>
    <message>
        <source>Let it turn</source>
        <translation>Let it turn</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Let the pages turn by themselves again</source>
        <translation>Let the pages turn by themselves again</translation>
    </message>
    <message>
        <source>Keep this page on the stage while you comment on it</source>
        <translation>Keep this page on the stage while you comment on it</translation>
    </message>
</context>
<context>
    <name>StagePhones</name>
    <message>
        <source>Vote from your phone</source>
        <translation>Vote from your phone</translation>
    </message>
    <message>
        <source>1. Join this room&apos;s Wi-Fi</source>
        <translation>1. Join this room’s Wi-Fi</translation>
    </message>
    <message>
        <source>Network changed: wait for the new code</source>
        <translation>Network changed: wait for the new code</translation>
    </message>
    <message>
        <source>1. Join the Wi-Fi “%1”</source>
        <translation>1. Join the Wi-Fi “%1”</translation>
    </message>
    <message>
        <source>Join the Wi-Fi “%1”</source>
        <translation>Join the Wi-Fi “%1”</translation>
    </message>
    <message>
        <source>Join this room&apos;s Wi-Fi</source>
        <translation>Join this room’s Wi-Fi</translation>
    </message>
    <message>
        <source>2. Scan the code, or open:</source>
        <translation>2. Scan the code, or open:</translation>
    </message>
    <message>
        <source>Your page shows “Room %1” at the top</source>
        <translation>Your page shows “Room %1” at the top</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Room %1</translation>
    </message>
    <message>
        <source>Phones connected: %1</source>
        <translation>Phones connected: %1</translation>
    </message>
</context>
<context>
    <name>StagePreview</name>
    <message>
        <source>Black screen</source>
        <translation>Black screen</translation>
    </message>
    <message>
        <source>Not projected: F5 shows it</source>
        <translation>Not projected: F5 shows it</translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <source>Bataille IA — Stage</source>
        <translation>Bataille IA — Stage</translation>
    </message>
    <message>
        <source>Stage: what the room sees</source>
        <translation>Stage: what the room sees</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>no team</source>
        <translation>no team</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>no phase played yet</source>
        <translation>no phase played yet</translation>
    </message>
    <message>
        <source>stopped during “%1”</source>
        <translation>stopped during “%1”</translation>
    </message>
    <message>
        <source>“%1” is damaged from its first action (of %2): nothing in it can be recovered. Open a copy or a backup of it; the file was not changed.</source>
        <translation>“%1” is damaged from its first action (of %2): nothing in it can be recovered. Open a copy or a backup of it; the file was not changed.</translation>
    </message>
    <message>
        <source>damaged at action %1 (of %2)</source>
        <translation>damaged at action %1 (of %2)</translation>
    </message>
    <message>
        <source>not found (drive unplugged?)</source>
        <translation>not found (drive unplugged?)</translation>
    </message>
    <message>
        <source>No session yet: the sessions you run will appear here, to resume one.</source>
        <translation>No session yet: the sessions you run will appear here, to resume one.</translation>
    </message>
    <message>
        <source>saved by a newer version</source>
        <translation>saved by a newer version</translation>
    </message>
    <message>
        <source>holds no session</source>
        <translation>holds no session</translation>
    </message>
    <message>
        <source>on a read-only disk</source>
        <translation>on a read-only disk</translation>
    </message>
    <message>
        <source>its -wal belongs to another session</source>
        <translation>its -wal belongs to another session</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>cannot be opened</translation>
    </message>
    <message>
        <source>“%1” was played with the deck “%2”, last opened from %3, which cannot be read now (a USB stick taken out, a folder moved or renamed?): open that deck first (Other deck…), then the session.</source>
        <translation>“%1” was played with the deck “%2”, last opened from %3, which cannot be read now (a USB stick taken out, a folder moved or renamed?): open that deck first (Other deck…), then the session.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is damaged at action %2 (of %3). The %n action(s) before it are intact: they can be copied into a new session file beside it. The damaged file is left as it is: %4</source>
        <translation>
            <numerusform>“%1” is damaged at action %2 (of %3). The action before it is intact: it can be copied into a new session file beside it. The damaged file is left as it is: %4</numerusform>
            <numerusform>“%1” is damaged at action %2 (of %3). The %n actions before it are intact: they can be copied into a new session file beside it. The damaged file is left as it is: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>What is wrong with that action: %1.</source>
        <translation>What is wrong with that action: %1.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Bataille IA. Update the app to open it; the file was not changed.</source>
        <translation>“%1” was saved by a newer version of Bataille IA. Update the app to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>“%1” is already open in another Bataille IA window (process %2). Close it there first, or open a copy of the file.</source>
        <translation>“%1” is already open in another Bataille IA window (process %2). Close it there first, or open a copy of the file.</translation>
    </message>
    <message>
        <source>“%1” is already open in another Bataille IA window. Close it there first, or open a copy of the file.</source>
        <translation>“%1” is already open in another Bataille IA window. Close it there first, or open a copy of the file.</translation>
    </message>
    <message>
        <source>“%1” holds no session: it was interrupted while being created, or it was copied without “%1-wal”, the file beside it that held its actions.</source>
        <translation>“%1” holds no session: it was interrupted while being created, or it was copied without “%1-wal”, the file beside it that held its actions.</translation>
    </message>
    <message>
        <source>“%1” was played with the deck “%2”: open that deck first (Other deck…), then the session.</source>
        <translation>“%1” was played with the deck “%2”: open that deck first (Other deck…), then the session.</translation>
    </message>
    <message>
        <source>%1 cannot be found (moved, renamed or deleted?).</source>
        <translation>%1 cannot be found (moved, renamed or deleted?).</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: it is not a Bataille IA session file, or it is too damaged to be read. Open a copy or a backup of it.</source>
        <translation>“%1” cannot be opened: it is not a Bataille IA session file, or it is too damaged to be read. Open a copy or a backup of it.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened. Details (in English): %2</source>
        <translation>“%1” cannot be opened. Details (in English): %2</translation>
    </message>
    <message>
        <source>The intact actions of “%1” could not be copied to a new file; the damaged file was not changed. %2</source>
        <translation>The intact actions of “%1” could not be copied to a new file; the damaged file was not changed. %2</translation>
    </message>
    <message>
        <source>The intact actions of “%1” could not be copied to a new file; the damaged file was not changed. Details (in English): %2</source>
        <translation>The intact actions of “%1” could not be copied to a new file; the damaged file was not changed. Details (in English): %2</translation>
    </message>
    <message>
        <source>Bataille IA — Start</source>
        <translation>Bataille IA — Start</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>No deck to run yet: the one given has problems (above).</source>
        <translation>No deck to run yet: the one given has problems (above).</translation>
    </message>
    <message>
        <source>Reading the deck…</source>
        <translation>Reading the deck…</translation>
    </message>
    <message>
        <source>Deck: %1 (version %2, %3 cards)</source>
        <translation>Deck: %1 (version %2, %3 cards)</translation>
    </message>
    <message>
        <source>Other &amp;deck…</source>
        <translation>Other &amp;deck…</translation>
    </message>
    <message>
        <source>&amp;Browse the cards</source>
        <translation>&amp;Browse the cards</translation>
    </message>
    <message>
        <source>&amp;Language of the cards:</source>
        <translation>&amp;Language of the cards:</translation>
    </message>
    <message>
        <source>Language of the cards</source>
        <translation>Language of the cards</translation>
    </message>
    <message>
        <source>L&amp;ength:</source>
        <translation>L&amp;ength:</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>1½ hours</source>
        <translation>1½ hours</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 hours</translation>
    </message>
    <message>
        <source>Length of the session</source>
        <translation>Length of the session</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>Teams:</translation>
    </message>
    <message>
        <source>&amp;Start the session</source>
        <translation>&amp;Start the session</translation>
    </message>
    <message>
        <source>Quick debate (20 minutes)</source>
        <translation>Quick debate (20 minutes)</translation>
    </message>
    <message>
        <source>One debate card for the whole group: vote before, argue, vote after, see the shift. No teams needed.</source>
        <translation>One debate card for the whole group: vote before, argue, vote after, see the shift. No teams needed.</translation>
    </message>
    <message>
        <source>Debate &amp;card:</source>
        <translation>Debate &amp;card:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Language of the quick debate</source>
        <translation>Language of the quick debate</translation>
    </message>
    <message>
        <source>Debate card</source>
        <translation>Debate card</translation>
    </message>
    <message>
        <source>Start the &amp;quick debate</source>
        <translation>Start the &amp;quick debate</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Recent sessions</translation>
    </message>
    <message>
        <source>Recent sessions (Enter resumes)</source>
        <translation>Recent sessions (Enter resumes)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Sa&amp;me teams</source>
        <translation>Sa&amp;me teams</translation>
    </message>
    <message>
        <source>A new session with this one&apos;s teams (names and colours), deck, language and length: the form is filled in, nothing starts</source>
        <translation>A new session with this one’s teams (names and colours), deck, language and length: the form is filled in, nothing starts</translation>
    </message>
    <message>
        <source>&amp;Open a session file…</source>
        <translation>&amp;Open a session file…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Welcome</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interface:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Reco&amp;ver the intact actions</source>
        <translation>Reco&amp;ver the intact actions</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>End the workshop</source>
        <translation>End the workshop</translation>
    </message>
    <message>
        <source>The workshop is over</source>
        <translation>The workshop is over</translation>
    </message>
    <message>
        <source>Next phase: %1</source>
        <translation>Next phase: %1</translation>
    </message>
    <message>
        <source>Deal the timeline cards: %1 per team</source>
        <translation>Deal the timeline cards: %1 per team</translation>
    </message>
    <message>
        <source>Open the next debate</source>
        <translation>Open the next debate</translation>
    </message>
    <message>
        <source>Close this debate</source>
        <translation>Close this debate</translation>
    </message>
    <message>
        <source>Close this debate and open the next</source>
        <translation>Close this debate and open the next</translation>
    </message>
    <message>
        <source>Close the debate and end</source>
        <translation>Close the debate and end</translation>
    </message>
    <message>
        <source>Close this debate, then next phase: %1</source>
        <translation>Close this debate, then next phase: %1</translation>
    </message>
    <message>
        <source>Start “%1” for every team</source>
        <translation>Start “%1” for every team</translation>
    </message>
    <message>
        <source>Show the next decision</source>
        <translation>Show the next decision</translation>
    </message>
    <message>
        <source>Show where this future leads</source>
        <translation>Show where this future leads</translation>
    </message>
    <message>
        <source>Start the debate</source>
        <translation>Start the debate</translation>
    </message>
    <message>
        <source>End the debate</source>
        <translation>End the debate</translation>
    </message>
    <message>
        <source>The debate is over</source>
        <translation>The debate is over</translation>
    </message>
    <message>
        <source>Place each team&apos;s cards in the middle panel; a card held up, the remote&apos;s PageDown places it.</source>
        <translation>Place each team’s cards in the middle panel; a card held up, the remote’s PageDown places it.</translation>
    </message>
    <message>
        <source>Or choose another scenario, or one per team, in the middle.</source>
        <translation>Or choose another scenario, or one per team, in the middle.</translation>
    </message>
    <message>
        <source>Each team makes its choices on the scenarios&apos; page, in the middle.</source>
        <translation>Each team makes its choices on the scenarios’ page, in the middle.</translation>
    </message>
    <message>
        <source>With the remote, PageDown or this button.</source>
        <translation>With the remote, PageDown or this button.</translation>
    </message>
    <message>
        <source>Time is up: PageDown moves on. To go on with this phase, +5 min first.</source>
        <translation>Time is up: PageDown moves on. To go on with this phase, +5 min first.</translation>
    </message>
    <message>
        <source>Time is up, but this debate, opened after, is played whole.</source>
        <translation>Time is up, but this debate, opened after, is played whole.</translation>
    </message>
    <message>
        <source>Close the debate without a vote, and end</source>
        <translation>Close the debate without a vote, and end</translation>
    </message>
    <message>
        <source>Close without a vote, then next phase: %1</source>
        <translation>Close without a vote, then next phase: %1</translation>
    </message>
    <message>
        <source>Ask the phones for their feedback</source>
        <translation>Ask the phones for their feedback</translation>
    </message>
    <message>
        <source>Then the end; to end now: End phase, in the agenda.</source>
        <translation>Then the end; to end now: End phase, in the agenda.</translation>
    </message>
    <message>
        <source>Closing the phones&apos; vote…</source>
        <translation>Closing the phones’ vote…</translation>
    </message>
    <message>
        <source>Their answers are on their way; the vote is shown as soon as they come.</source>
        <translation>Their answers are on their way; the vote is shown as soon as they come.</translation>
    </message>
    <message>
        <source>From the first answer, this button closes their vote.</source>
        <translation>From the first answer, this button closes their vote.</translation>
    </message>
    <message>
        <source>No phone connected: see the Phones panel, or count hands in the middle.</source>
        <translation>No phone connected: see the Phones panel, or count hands in the middle.</translation>
    </message>
    <message>
        <source>a debate is still open (it will be closed)</source>
        <translation>a debate is still open (it will be closed)</translation>
    </message>
    <message>
        <source>Waiting for the phones&apos; answers (phones connected: %1)</source>
        <translation>Waiting for the phones’ answers (phones connected: %1)</translation>
    </message>
    <message>
        <source>Waiting for the vote before (hands counted, or the phones)</source>
        <translation>Waiting for the vote before (hands counted, or the phones)</translation>
    </message>
    <message>
        <source>Show the vote before</source>
        <translation>Show the vote before</translation>
    </message>
    <message>
        <source>Debate, then take the vote after</source>
        <translation>Debate, then take the vote after</translation>
    </message>
    <message>
        <source>Show the vote after and the shift</source>
        <translation>Show the vote after and the shift</translation>
    </message>
    <message>
        <source>Enter and record the vote before, in the middle (or turn the phones on, bottom left).</source>
        <translation>Enter and record the vote before, in the middle (or turn the phones on, bottom left).</translation>
    </message>
    <message>
        <source>Debate, then enter and record the vote after, in the middle.</source>
        <translation>Debate, then enter and record the vote after, in the middle.</translation>
    </message>
    <message>
        <source>Workshop over: save the summary (or Session › Export the Summary…).</source>
        <translation>Workshop over: save the summary (or Session › Export the Summary…).</translation>
    </message>
    <message>
        <source>Debate over: save the summary (or Session › Export the Summary…).</source>
        <translation>Debate over: save the summary (or Session › Export the Summary…).</translation>
    </message>
    <message>
        <source>Close the debate without the vote after, and end</source>
        <translation>Close the debate without the vote after, and end</translation>
    </message>
    <message>
        <source>Close without the vote after, then next phase: %1</source>
        <translation>Close without the vote after, then next phase: %1</translation>
    </message>
    <message>
        <source>Time is up: PageDown moves on, or enter the counts of the vote first.</source>
        <translation>Time is up: PageDown moves on, or enter the counts of the vote first.</translation>
    </message>
    <message>
        <source>Close the vote and show it (answers: %1 · closes in %2)</source>
        <translation>Close the vote and show it (answers: %1 · closes in %2)</translation>
    </message>
    <message>
        <source>Close the vote and show it (answers: %1)</source>
        <translation>Close the vote and show it (answers: %1)</translation>
    </message>
    <message>
        <source>Record and show the vote before</source>
        <translation>Record and show the vote before</translation>
    </message>
    <message>
        <source>Record and show the vote after and the shift</source>
        <translation>Record and show the vote after and the shift</translation>
    </message>
    <message>
        <source>Ask the phones for the vote before</source>
        <translation>Ask the phones for the vote before</translation>
    </message>
    <message>
        <source>With the remote, PageDown or this button; or count hands in the middle.</source>
        <translation>With the remote, PageDown or this button; or count hands in the middle.</translation>
    </message>
    <message>
        <source>Debate, then ask the phones for the vote after</source>
        <translation>Debate, then ask the phones for the vote after</translation>
    </message>
    <message>
        <source>Debate first; then with the remote, PageDown or this button.</source>
        <translation>Debate first; then with the remote, PageDown or this button.</translation>
    </message>
    <message>
        <source>Waiting for the phones (connected: %1 · closes in %2)</source>
        <translation>Waiting for the phones (connected: %1 · closes in %2)</translation>
    </message>
    <message>
        <source>teams still hold timeline cards</source>
        <translation>teams still hold timeline cards</translation>
    </message>
    <message>
        <source>some themes have not been debated</source>
        <translation>some themes have not been debated</translation>
    </message>
    <message>
        <source>some teams have not started a scenario</source>
        <translation>some teams have not started a scenario</translation>
    </message>
    <message>
        <source>some teams have decisions left to make</source>
        <translation>some teams have decisions left to make</translation>
    </message>
    <message>
        <source>Start the workshop</source>
        <translation>Start the workshop</translation>
    </message>
    <message>
        <source>Waiting for the teams to place their cards</source>
        <translation>Waiting for the teams to place their cards</translation>
    </message>
    <message>
        <source>Waiting for the teams&apos; decisions</source>
        <translation>Waiting for the teams’ decisions</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV, one table of every action (*.csv)</source>
        <translation>CSV, one table of every action (*.csv)</translation>
    </message>
    <message>
        <source>CSV, every table in a zip (*.zip)</source>
        <translation>CSV, every table in a zip (*.zip)</translation>
    </message>
    <message>
        <source>Summary – %1</source>
        <translation>Summary – %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Export the summary</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it?</source>
        <translation>%1 already exists in %2. Replace it?</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TeamRow</name>
    <message>
        <source>Colour of the team</source>
        <translation>Colour of the team</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Name of team %1</source>
        <translation>Name of team %1</translation>
    </message>
    <message>
        <source>Up to %1 characters: the stage shows the name whole</source>
        <translation>Up to %1 characters: the stage shows the name whole</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <source>Colour of team %1: %2</source>
        <translation>Colour of team %1: %2</translation>
    </message>
</context>
<context>
    <name>TeamsEditor</name>
    <message>
        <source>Add a &amp;team</source>
        <translation>Add a &amp;team</translation>
    </message>
    <message>
        <source>Remo&amp;ve the last team</source>
        <translation>Remo&amp;ve the last team</translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message>
        <source>Select a team first.</source>
        <translation>Select a team first.</translation>
    </message>
    <message>
        <source>%1 — %2 pts</source>
        <translation>%1 — %2 pts</translation>
    </message>
    <message>
        <source>%1 — %2 pt</source>
        <translation>%1 — %2 pt</translation>
    </message>
    <message>
        <source>Give %1 one point</source>
        <translation>Give %1 one point</translation>
    </message>
    <message>
        <source>Take one point from %1</source>
        <translation>Take one point from %1</translation>
    </message>
    <message>
        <source>Rename %1 (or double-click it, or F2)</source>
        <translation>Rename %1 (or double-click it, or F2)</translation>
    </message>
    <message>
        <source>Rename the selected team (or double-click it, or F2)</source>
        <translation>Rename the selected team (or double-click it, or F2)</translation>
    </message>
    <message>
        <source>Click a team first</source>
        <translation>Click a team first</translation>
    </message>
    <message>
        <source>Teams and scores</source>
        <translation>Teams and scores</translation>
    </message>
    <message>
        <source>Click a team to give or take a point; double-click it (or F2) to rename it</source>
        <translation>Click a team to give or take a point; double-click it (or F2) to rename it</translation>
    </message>
    <message>
        <source>+1 point</source>
        <translation>+1 point</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Give the selected team one point</source>
        <translation>Give the selected team one point</translation>
    </message>
    <message>
        <source>−1 point</source>
        <translation>−1 point</translation>
    </message>
    <message>
        <source>Take one point from the selected team</source>
        <translation>Take one point from the selected team</translation>
    </message>
</context>
<context>
    <name>ThemeCard</name>
    <message>
        <source>A card of this theme, as printed (front, back)</source>
        <translation>A card of this theme, as printed (front, back)</translation>
    </message>
    <message>
        <source>A card of this theme, as printed</source>
        <translation>A card of this theme, as printed</translation>
    </message>
    <message>
        <source>This theme has no card yet: its colour and icon will show on its cards.</source>
        <translation>This theme has no card yet: its colour and icon will show on its cards.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Pick one of the team&apos;s cards first, then its place.</source>
        <translation>Pick one of the team’s cards first, then its place.</translation>
    </message>
    <message>
        <source>Pick a card, then its gap in the timeline (or drag it there).</source>
        <translation>Pick a card, then its gap in the timeline (or drag it there).</translation>
    </message>
    <message>
        <source>Card in hand: %1</source>
        <translation>Card in hand: %1</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>First, before %1</source>
        <translation>First, before %1</translation>
    </message>
    <message>
        <source>First card</source>
        <translation>First card</translation>
    </message>
    <message>
        <source>Last, after %1</source>
        <translation>Last, after %1</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation>Between %1 and %2</translation>
    </message>
    <message>
        <source>&amp;Deal again</source>
        <translation>&amp;Deal again</translation>
    </message>
    <message>
        <source>The timeline</source>
        <translation>The timeline</translation>
    </message>
    <message>
        <source>Cards left — %1</source>
        <translation>Cards left — %1</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Cards per team</source>
        <translation>Cards per team</translation>
    </message>
    <message>
        <source>Takes every hand back and deals new ones (Ctrl+Z undoes it)</source>
        <translation>Takes every hand back and deals new ones (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>Place a card</source>
        <translation>Place a card</translation>
    </message>
    <message>
        <source>Every card is on the timeline, and the stage shows it whole, page after page if it is long (the arrows under its picture turn and hold a page). Comment on a surprise or two, then go on to the next phase.</source>
        <translation>Every card is on the timeline, and the stage shows it whole, page after page if it is long (the arrows under its picture turn and hold a page). Comment on a surprise or two, then go on to the next phase.</translation>
    </message>
    <message>
        <source>Out of turn: hand shown — %1. Next: %2; Page Down goes back to it, or choose that team above.</source>
        <translation>Out of turn: hand shown — %1. Next: %2; Page Down goes back to it, or choose that team above.</translation>
    </message>
    <message>
        <source>The cards are dealt by the button on the right (or PageDown).</source>
        <translation>The cards are dealt by the button on the right (or PageDown).</translation>
    </message>
    <message>
        <source>Cards per tea&amp;m:</source>
        <translation>Cards per tea&amp;m:</translation>
    </message>
    <message>
        <source>T&amp;urn:</source>
        <translation>T&amp;urn:</translation>
    </message>
    <message>
        <source>Team placing a card (the next one comes by itself)</source>
        <translation>Team placing a card (the next one comes by itself)</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Actions not saved</source>
        <translation>Actions not saved</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of this session are not saved in its file: %1.</source>
        <translation>
            <numerusform>%n action of this session is not saved in its file: %1.</numerusform>
            <numerusform>%n actions of this session are not saved in its file: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry once the disk is back, or save a copy of the whole session on another drive (a USB stick…). Quitting without either loses them.</source>
        <translation>Retry once the disk is back, or save a copy of the whole session on another drive (a USB stick…). Quitting without either loses them.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Save a copy elsewhere…</source>
        <translation>&amp;Save a copy elsewhere…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Quit and lose %n action(s)</source>
        <translation>
            <numerusform>&amp;Quit and lose %n action</numerusform>
            <numerusform>&amp;Quit and lose %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Keep working</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Save a copy of the session</source>
        <translation>Save a copy of the session</translation>
    </message>
    <message>
        <source>Bataille IA sessions (*%1)</source>
        <translation>Bataille IA sessions (*%1)</translation>
    </message>
    <message>
        <source>Still not saved: %1.</source>
        <translation>Still not saved: %1.</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>The copy could not be saved: %1</translation>
    </message>
    <message>
        <source>Every action of the session is in the copy %1: open that file to go on (the original file misses the last ones).</source>
        <translation>Every action of the session is in the copy %1: open that file to go on (the original file misses the last ones).</translation>
    </message>
</context>
<context>
    <name>VoteCounts</name>
    <message>
        <source>Not accepted: “%1”. A count is a whole number from 0 to %2.</source>
        <translation>Not accepted: “%1”. A count is a whole number from 0 to %2.</translation>
    </message>
</context>
<context>
    <name>WalNotice</name>
    <message>
        <source>The file beside the session file (%1-wal) was removed or replaced during the session; every action is still saved in the session file.</source>
        <translation>The file beside the session file (%1-wal) was removed or replaced during the session; every action is still saved in the session file.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Welcome to %1</translation>
    </message>
    <message>
        <source>Save the &amp;cards to print, in French…</source>
        <translation>Save the &amp;cards to print, in French…</translation>
    </message>
    <message>
        <source>Save the &amp;cards to print, in English…</source>
        <translation>Save the &amp;cards to print, in English…</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Welcome text</translation>
    </message>
    <message>
        <source>%1 helps you run a card-game workshop on the social and environmental stakes of generative AI with a class or a group, in about 90 minutes (from 20 minutes to 2 hours).</source>
        <translation>%1 helps you run a card-game workshop on the social and environmental stakes of generative AI with a class or a group, in about 90 minutes (from 20 minutes to 2 hours).</translation>
    </message>
    <message>
        <source>How a session goes</source>
        <translation>How a session goes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline:&lt;/b&gt; teams place dated events of AI history in order.</source>
        <translation>&lt;b&gt;Timeline:&lt;/b&gt; teams place dated events of AI history in order.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debates:&lt;/b&gt; a claim, fact cards to argue with, a vote before and after.</source>
        <translation>&lt;b&gt;Debates:&lt;/b&gt; a claim, fact cards to argue with, a vote before and after.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenarios:&lt;/b&gt; teams steer a 2035 future and see what their choices cost.</source>
        <translation>&lt;b&gt;Scenarios:&lt;/b&gt; teams steer a 2035 future and see what their choices cost.</translation>
    </message>
    <message>
        <source>Two windows</source>
        <translation>Two windows</translation>
    </message>
    <message>
        <source>&lt;b&gt;The console&lt;/b&gt;, on your screen: the agenda and timers, the teams and their scores, the controls of each phase and your notes. Only you see it.</source>
        <translation>&lt;b&gt;The console&lt;/b&gt;, on your screen: the agenda and timers, the teams and their scores, the controls of each phase and your notes. Only you see it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The stage&lt;/b&gt;, on the projector: the card in play, the timer, the scores and the votes in large type. It shows only what you have revealed. Its text size is set in “Preferences…”.</source>
        <translation>&lt;b&gt;The stage&lt;/b&gt;, on the projector: the card in play, the timer, the scores and the votes in large type. It shows only what you have revealed. Its text size is set in “Preferences…”.</translation>
    </message>
    <message>
        <source>Read the facilitator&apos;s guide (rules, timings, answers and sources) and print the cards on both sides: the buttons below save them as PDF files. Paper and card size are set in “Preferences…”.</source>
        <translation>Read the facilitator’s guide (rules, timings, answers and sources) and print the cards on both sides: the buttons below save them as PDF files. Paper and card size are set in “Preferences…”.</translation>
    </message>
    <message>
        <source>This page opens again from “Welcome” (a button of the start screen, in the Help menu of the other windows).</source>
        <translation>This page opens again from “Welcome” (a button of the start screen, in the Help menu of the other windows).</translation>
    </message>
    <message>
        <source>A projector that copies your screen? Put the stage in full screen (F5, then F5 again) before the room looks: it then sees only the stage, and the remote, PageDown and the keys act on it. Esc leaves full screen.</source>
        <translation>A projector that copies your screen? Put the stage in full screen (F5, then F5 again) before the room looks: it then sees only the stage, and the remote, PageDown and the keys act on it. Esc leaves full screen.</translation>
    </message>
    <message>
        <source>Save the &amp;facilitator&apos;s guide…</source>
        <translation>Save the &amp;facilitator’s guide…</translation>
    </message>
    <message>
        <source>Save the &amp;cards to print…</source>
        <translation>Save the &amp;cards to print…</translation>
    </message>
    <message>
        <source>&amp;Let&apos;s go</source>
        <translation>&amp;Let’s go</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debrief:&lt;/b&gt; what the room takes away, and what it commits to.</source>
        <translation>&lt;b&gt;Debrief:&lt;/b&gt; what the room takes away, and what it commits to.</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Before the session</translation>
    </message>
    <message>
        <source>No deck is open: open a deck folder first.</source>
        <translation>No deck is open: open a deck folder first.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>While the room arrives, check:</source>
        <translation>While the room arrives, check:</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Rename a team</source>
        <translation>Rename a team</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s): %1</source>
        <translation>
            <numerusform>%n team: %1</numerusform>
            <numerusform>%n teams: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The stage shows the themes, the plan and the rules. %1 (PageDown).</source>
        <translation>The stage shows the themes, the plan and the rules. %1 (PageDown).</translation>
    </message>
    <message>
        <source>Projection: not shown</source>
        <translation>Projection: not shown</translation>
    </message>
    <message>
        <source>Projection: black screen, on screen %1</source>
        <translation>Projection: black screen, on screen %1</translation>
    </message>
    <message>
        <source>Projection: shown full screen on screen %1</source>
        <translation>Projection: shown full screen on screen %1</translation>
    </message>
    <message>
        <source>Projection: shown in a window on screen %1</source>
        <translation>Projection: shown in a window on screen %1</translation>
    </message>
    <message>
        <source>Full screen (%1)</source>
        <translation>Full screen (%1)</translation>
    </message>
    <message>
        <source>Show full screen (%1)</source>
        <translation>Show full screen (%1)</translation>
    </message>
    <message>
        <source>Show the stage full screen</source>
        <translation>Show the stage full screen</translation>
    </message>
    <message>
        <source>Phones: off (optional)</source>
        <translation>Phones: off (optional)</translation>
    </message>
    <message>
        <source>Turn the phones on</source>
        <translation>Turn the phones on</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n phone connected</numerusform>
            <numerusform>%n phones connected</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones on: none connected yet</source>
        <translation>Phones on: none connected yet</translation>
    </message>
    <message>
        <source>Hide the join screen</source>
        <translation>Hide the join screen</translation>
    </message>
    <message>
        <source>Join screen</source>
        <translation>Join screen</translation>
    </message>
    <message>
        <source>Hide the join screen on the stage</source>
        <translation>Hide the join screen on the stage</translation>
    </message>
    <message>
        <source>Show the join screen on the stage</source>
        <translation>Show the join screen on the stage</translation>
    </message>
</context>
</TS>

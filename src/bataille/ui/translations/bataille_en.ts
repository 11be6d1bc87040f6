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
        <translation>Cards, scenarios and facilitator&apos;s guide</translation>
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
        <source>&lt;b&gt;Nothing leaves this computer.&lt;/b&gt; The app makes no network connection: no account, no advertising, no statistics, no update check. It works the same without Internet.</source>
        <translation>&lt;b&gt;Nothing leaves this computer.&lt;/b&gt; The app makes no network connection: no account, no advertising, no statistics, no update check. It works the same without Internet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is stored, only here:&lt;/b&gt; your preferences, and each session (team names, scores, votes, arguments and notes) in its own file. Delete them whenever you like.</source>
        <translation>&lt;b&gt;What is stored, only here:&lt;/b&gt; your preferences, and each session (team names, scores, votes, arguments and notes) in its own file. Delete them whenever you like.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Students&apos; names are not needed:&lt;/b&gt; teams can take made-up names.</source>
        <translation>&lt;b&gt;Students&apos; names are not needed:&lt;/b&gt; teams can take made-up names.</translation>
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
    <name>Actions</name>
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
        <source>&amp;About Bataille IA</source>
        <translation>&amp;About Bataille IA</translation>
    </message>
</context>
<context>
    <name>AppMenuActions</name>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Welcome</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;About %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
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
    <message>
        <source>Contested</source>
        <translation>Contested</translation>
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
    <name>DeckBrowser</name>
    <message numerus="yes">
        <source>All themes (%n)</source>
        <translation>
            <numerusform>All themes (%n)</numerusform>
            <numerusform>All themes (%n)</numerusform>
        </translation>
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
        <source>&amp;Themes</source>
        <translation>&amp;Themes</translation>
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
    <name>DeckProblemsPanel</name>
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
        <source>&amp;Copy problems</source>
        <translation>&amp;Copy problems</translation>
    </message>
    <message>
        <source>Copy the problems to the clipboard</source>
        <translation>Copy the problems to the clipboard</translation>
    </message>
</context>
<context>
    <name>DeckWindow</name>
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
        <source>&amp;File</source>
        <translation>&amp;File</translation>
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
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
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
        <source>&amp;Default session length</source>
        <translation>&amp;Default session length</translation>
    </message>
    <message>
        <source>Dou&amp;ble-sided</source>
        <translation>Dou&amp;ble-sided</translation>
    </message>
    <message>
        <source>Print &amp;cut marks</source>
        <translation>Print &amp;cut marks</translation>
    </message>
    <message>
        <source>Larger in a long room or with a dim projector; 100 % fits the text to the screen.</source>
        <translation>Larger in a long room or with a dim projector; 100 % fits the text to the screen.</translation>
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
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Welcome to %1</translation>
    </message>
    <message>
        <source>Save the &amp;Facilitator&apos;s Guide…</source>
        <translation>Save the &amp;Facilitator&apos;s Guide…</translation>
    </message>
    <message>
        <source>Save the &amp;Cards to Print…</source>
        <translation>Save the &amp;Cards to Print…</translation>
    </message>
    <message>
        <source>&amp;Let&apos;s Go</source>
        <translation>&amp;Let&apos;s Go</translation>
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
        <source>&lt;b&gt;Debrief:&lt;/b&gt; what the room learnt, and what it still wonders about.</source>
        <translation>&lt;b&gt;Debrief:&lt;/b&gt; what the room learnt, and what it still wonders about.</translation>
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
        <source>&lt;b&gt;The stage&lt;/b&gt;, on the projector: the card in play, the timer, the scores and the votes in large type. It shows only what you have revealed. Its text size is in Tools → Preferences.</source>
        <translation>&lt;b&gt;The stage&lt;/b&gt;, on the projector: the card in play, the timer, the scores and the votes in large type. It shows only what you have revealed. Its text size is in Tools → Preferences.</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Before the session</translation>
    </message>
    <message>
        <source>Read the facilitator&apos;s guide (rules, timings, answers and sources) and print the cards on both sides: the buttons below save them as PDF files. Paper and card size are in Tools → Preferences.</source>
        <translation>Read the facilitator&apos;s guide (rules, timings, answers and sources) and print the cards on both sides: the buttons below save them as PDF files. Paper and card size are in Tools → Preferences.</translation>
    </message>
    <message>
        <source>This page opens again from Help → Welcome.</source>
        <translation>This page opens again from Help → Welcome.</translation>
    </message>
    <message>
        <source>No deck is open: open a deck folder first.</source>
        <translation>No deck is open: open a deck folder first.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>The PDF could not be written: %1</translation>
    </message>
    <message>
        <source>Facilitator&apos;s guide</source>
        <translation>Facilitator&apos;s guide</translation>
    </message>
    <message>
        <source>facilitator-guide.pdf</source>
        <translation>facilitator-guide.pdf</translation>
    </message>
    <message>
        <source>Cards to print</source>
        <translation>Cards to print</translation>
    </message>
    <message>
        <source>cards.pdf</source>
        <translation>cards.pdf</translation>
    </message>
</context>
</TS>

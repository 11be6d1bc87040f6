<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
        <source>About Bataille IA</source>
        <translation>About Bataille IA</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A card-game workshop on the social and environmental stakes of generative AI.&lt;/p&gt;&lt;p&gt;Licence: GPL 3.0 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A card-game workshop on the social and environmental stakes of generative AI.&lt;/p&gt;&lt;p&gt;Licence: GPL 3.0 or later.&lt;/p&gt;</translation>
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
</TS>

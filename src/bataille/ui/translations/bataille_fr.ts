<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open Deck Folder…</source>
        <translation>&amp;Ouvrir un dossier de jeu…</translation>
    </message>
    <message>
        <source>Open a folder holding cards/deck.yaml</source>
        <translation>Ouvrir un dossier qui contient cards/deck.yaml</translation>
    </message>
    <message>
        <source>&amp;Reload Deck</source>
        <translation>&amp;Recharger le jeu</translation>
    </message>
    <message>
        <source>Read the deck files again</source>
        <translation>Relire les fichiers du jeu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Search Cards</source>
        <translation>&amp;Rechercher des cartes</translation>
    </message>
    <message>
        <source>Move to the search field</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <source>&amp;Larger Cards</source>
        <translation>Cartes plus &amp;grandes</translation>
    </message>
    <message>
        <source>&amp;Smaller Cards</source>
        <translation>Cartes plus &amp;petites</translation>
    </message>
    <message>
        <source>Follow the &amp;System Language</source>
        <translation>Suivre la langue du &amp;système</translation>
    </message>
    <message>
        <source>&amp;About Bataille IA</source>
        <translation>À &amp;propos de Bataille IA</translation>
    </message>
</context>
<context>
    <name>CardFace</name>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Debate</source>
        <translation>Débat</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contested figure</source>
        <translation>Chiffre contesté</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Contesté</translation>
    </message>
</context>
<context>
    <name>CardPreview</name>
    <message>
        <source>Card preview</source>
        <translation>Aperçu de la carte</translation>
    </message>
</context>
<context>
    <name>DeckBrowser</name>
    <message numerus="yes">
        <source>All themes (%n)</source>
        <translation>
            <numerusform>Tous les thèmes (%n)</numerusform>
            <numerusform>Tous les thèmes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeline, no theme (%n)</source>
        <translation>
            <numerusform>Frise, sans thème (%n)</numerusform>
            <numerusform>Frise, sans thème (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dated events that belong to no theme.</source>
        <translation>Événements datés qui n’appartiennent à aucun thème.</translation>
    </message>
    <message>
        <source>No cards to show.</source>
        <translation>Aucune carte à afficher.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) shown out of %1</source>
        <translation>
            <numerusform>%n carte affichée sur %1</numerusform>
            <numerusform>%n cartes affichées sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Thèmes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Theme description</source>
        <translation>Description du thème</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Words from a title, a text or a source</source>
        <translation>Des mots d’un titre, d’un texte ou d’une source</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>Rechercher des cartes</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of card</source>
        <translation>Type de carte</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Debates</source>
        <translation>Débats</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>DeckProblemsPanel</name>
    <message numerus="yes">
        <source>The deck files have %n problem(s)</source>
        <translation>
            <numerusform>Les fichiers du jeu contiennent %n problème</numerusform>
            <numerusform>Les fichiers du jeu contiennent %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>The cards below are the last version that loaded correctly. Fix the files and save: the deck reloads by itself.</source>
        <translation>Les cartes ci-dessous sont la dernière version chargée sans erreur. Corrigez les fichiers et enregistrez&#xa0;: le jeu se recharge tout seul.</translation>
    </message>
    <message>
        <source>No card can be shown until these problems are fixed. Fix the files and save: the deck reloads by itself.</source>
        <translation>Aucune carte ne peut être affichée tant que ces problèmes ne sont pas corrigés. Corrigez les fichiers et enregistrez&#xa0;: le jeu se recharge tout seul.</translation>
    </message>
    <message>
        <source>Deck problems</source>
        <translation>Problèmes du jeu</translation>
    </message>
    <message>
        <source>&amp;Reload now</source>
        <translation>Re&amp;charger maintenant</translation>
    </message>
    <message>
        <source>Reload the deck now</source>
        <translation>Recharger le jeu maintenant</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>Co&amp;pier les problèmes</translation>
    </message>
    <message>
        <source>Copy the problems to the clipboard</source>
        <translation>Copier les problèmes dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>DeckWindow</name>
    <message>
        <source>no deck loaded</source>
        <translation>aucun jeu chargé</translation>
    </message>
    <message>
        <source>Deck: %1, version %2 — %3</source>
        <translation>Jeu&#xa0;: %1, version %2 — %3</translation>
    </message>
    <message>
        <source>Deck folder: %3</source>
        <translation>Dossier du jeu&#xa0;: %3</translation>
    </message>
    <message>
        <source>Open a deck folder</source>
        <translation>Ouvrir un dossier de jeu</translation>
    </message>
    <message>
        <source>About Bataille IA</source>
        <translation>À propos de Bataille IA</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A card-game workshop on the social and environmental stakes of generative AI.&lt;/p&gt;&lt;p&gt;Licence: GPL 3.0 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Un atelier en jeu de cartes sur les enjeux sociaux et environnementaux de l’IA générative.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GPL 3.0 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Deck browser</source>
        <translation>Explorateur du jeu</translation>
    </message>
    <message>
        <source>Open deck</source>
        <translation>Jeu ouvert</translation>
    </message>
</context>
</TS>

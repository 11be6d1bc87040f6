<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>AI and your &amp;data</source>
        <translation>L’IA et vos &amp;données</translation>
    </message>
    <message>
        <source>A card-game workshop on the social and environmental stakes of generative AI: reliability of information, environmental impact, algorithmic bias, creativity and intellectual property, society.</source>
        <translation>Un atelier jeu de cartes sur les enjeux sociaux et environnementaux de l’IA générative&#xa0;: fiabilité de l’information, impact environnemental, biais algorithmiques, créativité et propriété intellectuelle, société.</translation>
    </message>
    <message>
        <source>Version %1.</source>
        <translation>Version %1.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later: you may use, study, share and improve it.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure&#xa0;: vous pouvez l’utiliser, l’étudier, le partager et l’améliorer.</translation>
    </message>
    <message>
        <source>Made with Python %1 and Qt %2 (PySide6 %3).</source>
        <translation>Réalisé avec Python %1 et Qt %2 (PySide6 %3).</translation>
    </message>
    <message>
        <source>Atkinson Hyperlegible font</source>
        <translation>Police Atkinson Hyperlegible</translation>
    </message>
    <message>
        <source>© 2020 Braille Institute of America, Inc. SIL Open Font License 1.1 (full text below). Designed to stay legible for readers with low vision; used on screen and in print.</source>
        <translation>© 2020 Braille Institute of America, Inc. Licence SIL Open Font License 1.1 (texte complet ci-dessous). Conçue pour rester lisible par les personnes malvoyantes&#x202f;; utilisée à l’écran et à l’impression.</translation>
    </message>
    <message>
        <source>Theme icons and application icon</source>
        <translation>Icônes des thèmes et de l’application</translation>
    </message>
    <message>
        <source>Drawn for %1; distributed under the same licence as the app (GPL 3.0 or later).</source>
        <translation>Dessinées pour %1&#x202f;; distribuées sous la même licence que l’application (GPL 3.0 ou ultérieure).</translation>
    </message>
    <message>
        <source>Cards, scenarios and facilitator&apos;s guide</source>
        <translation>Cartes, scénarios et guide de l’animateur</translation>
    </message>
    <message>
        <source>Part of %1, same licence; each fact card names its source.</source>
        <translation>Font partie de %1, même licence&#x202f;; chaque carte «&#xa0;fait&#xa0;» cite sa source.</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License 3.0.</source>
        <translation>Licence publique générale limitée GNU 3.0 (LGPL).</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>Licence MIT.</translation>
    </message>
    <message>
        <source>BSD licence.</source>
        <translation>Licence BSD.</translation>
    </message>
    <message>
        <source>Python Software Foundation License.</source>
        <translation>Licence de la Python Software Foundation.</translation>
    </message>
    <message>
        <source>MIT-CMU licence.</source>
        <translation>Licence MIT-CMU.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No artificial intelligence inside.&lt;/b&gt; The app talks about AI; it does not use it: no model, no chatbot, no AI service, nothing generated.</source>
        <translation>&lt;b&gt;Aucune intelligence artificielle à l’intérieur.&lt;/b&gt; L’application parle de l’IA&#x202f;; elle ne s’en sert pas&#xa0;: ni modèle, ni agent conversationnel, ni service d’IA, rien de généré.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing leaves this computer.&lt;/b&gt; The app makes no network connection: no account, no advertising, no statistics, no update check. It works the same without Internet.</source>
        <translation>&lt;b&gt;Rien ne quitte cet ordinateur.&lt;/b&gt; L’application ne se connecte à aucun réseau&#xa0;: ni compte, ni publicité, ni statistiques, ni recherche de mises à jour. Elle fonctionne de la même façon sans Internet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is stored, only here:&lt;/b&gt; your preferences, and each session (team names, scores, votes, arguments and notes) in its own file. Delete them whenever you like.</source>
        <translation>&lt;b&gt;Ce qui est enregistré, seulement ici&#xa0;:&lt;/b&gt; vos préférences, et chaque séance (noms des équipes, scores, votes, arguments et notes) dans son propre fichier. Vous pouvez les supprimer quand vous voulez.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Students&apos; names are not needed:&lt;/b&gt; teams can take made-up names.</source>
        <translation>&lt;b&gt;Inutile de saisir le nom des élèves&#xa0;:&lt;/b&gt; les équipes peuvent prendre des noms inventés.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Other files of the app</source>
        <translation>Autres fichiers de l’application</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
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
    <name>AppMenuActions</name>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
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
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
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
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Stage (projector)</source>
        <translation>Scène (vidéoprojecteur)</translation>
    </message>
    <message>
        <source>Printing the cards</source>
        <translation>Impression des cartes</translation>
    </message>
    <message>
        <source>Follow the system language</source>
        <translation>Suivre la langue du système</translation>
    </message>
    <message>
        <source>Automatic: the second screen when there is one</source>
        <translation>Automatique&#xa0;: le second écran s’il y en a un</translation>
    </message>
    <message>
        <source>(main screen)</source>
        <translation>(écran principal)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non branché)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
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
        <translation>Recto verso, bord long</translation>
    </message>
    <message>
        <source>Both sides, flip on the short edge</source>
        <translation>Recto verso, bord court</translation>
    </message>
    <message>
        <source>Fronts only</source>
        <translation>Recto seul</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Play a sound when a timer &amp;ends</source>
        <translation>&amp;Jouer un son à la fin d’un minuteur</translation>
    </message>
    <message>
        <source>&amp;Default session length</source>
        <translation>&amp;Durée d’une séance par défaut</translation>
    </message>
    <message>
        <source>Dou&amp;ble-sided</source>
        <translation>&amp;Recto verso</translation>
    </message>
    <message>
        <source>Print &amp;cut marks</source>
        <translation>Imprimer les traits de &amp;coupe</translation>
    </message>
    <message>
        <source>Larger in a long room or with a dim projector; 100 % fits the text to the screen.</source>
        <translation>Plus grand dans une salle profonde ou avec un projecteur peu lumineux&#x202f;; à 100&#x202f;%, le texte est ajusté à l’écran.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Stage &amp;screen</source>
        <translation>Écran de la &amp;scène</translation>
    </message>
    <message>
        <source>Stage &amp;text size</source>
        <translation>&amp;Taille du texte de la scène</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Card si&amp;ze</source>
        <translation>&amp;Format des cartes</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Bienvenue dans %1</translation>
    </message>
    <message>
        <source>Save the &amp;Facilitator&apos;s Guide…</source>
        <translation>Enregistrer le &amp;guide de l’animateur…</translation>
    </message>
    <message>
        <source>Save the &amp;Cards to Print…</source>
        <translation>Enregistrer les &amp;cartes à imprimer…</translation>
    </message>
    <message>
        <source>&amp;Let&apos;s Go</source>
        <translation>C’est &amp;parti</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Texte de bienvenue</translation>
    </message>
    <message>
        <source>%1 helps you run a card-game workshop on the social and environmental stakes of generative AI with a class or a group, in about 90 minutes (from 20 minutes to 2 hours).</source>
        <translation>%1 vous aide à animer un atelier jeu de cartes sur les enjeux sociaux et environnementaux de l’IA générative, avec une classe ou un groupe, en 90 minutes environ (de 20 minutes à 2 heures).</translation>
    </message>
    <message>
        <source>How a session goes</source>
        <translation>Déroulement d’une séance</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline:&lt;/b&gt; teams place dated events of AI history in order.</source>
        <translation>&lt;b&gt;Frise&#xa0;:&lt;/b&gt; les équipes remettent dans l’ordre des événements datés de l’histoire de l’IA.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debates:&lt;/b&gt; a claim, fact cards to argue with, a vote before and after.</source>
        <translation>&lt;b&gt;Débats&#xa0;:&lt;/b&gt; une affirmation, des faits sourcés pour argumenter, un vote avant et après.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenarios:&lt;/b&gt; teams steer a 2035 future and see what their choices cost.</source>
        <translation>&lt;b&gt;Scénarios&#xa0;:&lt;/b&gt; les équipes pilotent un avenir en 2035 et voient ce que coûtent leurs choix.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debrief:&lt;/b&gt; what the room learnt, and what it still wonders about.</source>
        <translation>&lt;b&gt;Bilan&#xa0;:&lt;/b&gt; ce que le groupe a appris, et les questions qui restent.</translation>
    </message>
    <message>
        <source>Two windows</source>
        <translation>Deux fenêtres</translation>
    </message>
    <message>
        <source>&lt;b&gt;The console&lt;/b&gt;, on your screen: the agenda and timers, the teams and their scores, the controls of each phase and your notes. Only you see it.</source>
        <translation>&lt;b&gt;La console&lt;/b&gt;, sur votre écran&#xa0;: le déroulé et les minuteurs, les équipes et leurs scores, les commandes de chaque phase et vos notes. Vous seul la voyez.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The stage&lt;/b&gt;, on the projector: the card in play, the timer, the scores and the votes in large type. It shows only what you have revealed. Its text size is in Tools → Preferences.</source>
        <translation>&lt;b&gt;La scène&lt;/b&gt;, au vidéoprojecteur&#xa0;: la carte en jeu, le minuteur, les scores et les votes en grands caractères. Elle ne montre que ce que vous avez dévoilé. La taille de son texte se règle dans Outils&#xa0;→ Préférences.</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Avant la séance</translation>
    </message>
    <message>
        <source>Read the facilitator&apos;s guide (rules, timings, answers and sources) and print the cards on both sides: the buttons below save them as PDF files. Paper and card size are in Tools → Preferences.</source>
        <translation>Lisez le guide de l’animateur (règles, minutage, réponses et sources) et imprimez les cartes en recto verso&#xa0;: les boutons ci-dessous les enregistrent en PDF. Le papier et le format des cartes se règlent dans Outils&#xa0;→ Préférences.</translation>
    </message>
    <message>
        <source>This page opens again from Help → Welcome.</source>
        <translation>Cette page se rouvre depuis Aide&#xa0;→ Bienvenue.</translation>
    </message>
    <message>
        <source>No deck is open: open a deck folder first.</source>
        <translation>Aucun jeu n’est ouvert&#xa0;: ouvrez d’abord un dossier de jeu.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Le PDF n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Facilitator&apos;s guide</source>
        <translation>Guide de l’animateur</translation>
    </message>
    <message>
        <source>facilitator-guide.pdf</source>
        <translation>guide-animateur.pdf</translation>
    </message>
    <message>
        <source>Cards to print</source>
        <translation>Cartes à imprimer</translation>
    </message>
    <message>
        <source>cards.pdf</source>
        <translation>cartes.pdf</translation>
    </message>
</context>
</TS>

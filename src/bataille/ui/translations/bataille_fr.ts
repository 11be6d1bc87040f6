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
        <source>&lt;b&gt;Nothing leaves the room.&lt;/b&gt; The app never connects to the Internet: no account, no advertising, no statistics, no update check. It works the same without Internet. Only while Phones is on does it listen on the room&apos;s own network for the phones&apos; votes.</source>
        <translation>&lt;b&gt;Rien ne quitte la salle.&lt;/b&gt; L’application ne se connecte jamais à Internet&#xa0;: ni compte, ni publicité, ni statistiques, ni recherche de mises à jour. Elle fonctionne de la même façon sans Internet. Seulement quand Téléphones est activé, elle écoute sur le réseau de la salle les votes des téléphones.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is stored, only here:&lt;/b&gt; your preferences, and each session (team names, scores, votes, arguments and notes) in its own file. Delete them whenever you like.</source>
        <translation>&lt;b&gt;Ce qui est enregistré, seulement ici&#xa0;:&lt;/b&gt; vos préférences, et chaque séance (noms des équipes, scores, votes, arguments et notes) dans son propre fichier. Vous pouvez les supprimer quand vous voulez.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&apos; names are not needed:&lt;/b&gt; teams can take made-up names.</source>
        <translation>&lt;b&gt;Inutile de saisir le nom des participants&#xa0;:&lt;/b&gt; les équipes peuvent prendre des noms inventés.</translation>
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
    <name>AgendaPanel</name>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passée</translation>
    </message>
    <message>
        <source>skipped, no card placed</source>
        <translation>passée, aucune carte posée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>No phase under way: the button under What comes next starts the next one</source>
        <translation>Aucune étape en cours&#xa0;: le bouton sous Et ensuite lance la suivante</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Reprendre le minuteur</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Mettre le minuteur en pause</translation>
    </message>
    <message>
        <source>End this phase and start the next (an open debate is closed, with its points)</source>
        <translation>Terminer cette étape et lancer la suivante (un débat ouvert est clos, avec ses points)</translation>
    </message>
    <message>
        <source>%1 min + %2 min paused (planned %3)</source>
        <translation>%1&#xa0;min + %2&#xa0;min de pause (prévu %3)</translation>
    </message>
    <message>
        <source>%1 min (planned %2)</source>
        <translation>%1&#xa0;min (prévu %2)</translation>
    </message>
    <message>
        <source>%1 min planned</source>
        <translation>%1&#xa0;min prévues</translation>
    </message>
    <message>
        <source>Planned end %1 · on time</source>
        <translation>Fin prévue %1 · à l’heure</translation>
    </message>
    <message>
        <source>Planned end %1 · %2 min behind</source>
        <translation>Fin prévue %1 · %2&#xa0;min de retard</translation>
    </message>
    <message>
        <source>Planned end %1 · %2 min ahead</source>
        <translation>Fin prévue %1 · %2&#xa0;min d’avance</translation>
    </message>
    <message>
        <source>%1, plus the stop since %2</source>
        <translation>%1, plus l’arrêt depuis %2</translation>
    </message>
    <message>
        <source>End this phase</source>
        <translation>Terminer cette étape</translation>
    </message>
    <message>
        <source>No phase under way</source>
        <translation>Aucune étape en cours</translation>
    </message>
    <message>
        <source>“%1” is over; Ctrl+Z can take you back to it.</source>
        <translation>La phase «&#xa0;%1&#xa0;» est terminée&#x202f;; Ctrl+Z permet d’y revenir.</translation>
    </message>
    <message>
        <source>“%1” is over; to go back to it, Ctrl+Z undoes the last %2 actions.</source>
        <translation>La phase «&#xa0;%1&#xa0;» est terminée&#x202f;; pour y revenir, Ctrl+Z annule les %2 dernières actions.</translation>
    </message>
    <message>
        <source>Time&apos;s up — %1</source>
        <translation>Temps écoulé — %1</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>En pause — %1</translation>
    </message>
    <message>
        <source>“%1” is already under way.</source>
        <translation>La phase «&#xa0;%1&#xa0;» est déjà en cours.</translation>
    </message>
    <message>
        <source>“%1” is over: a phase played to its end does not start again.</source>
        <translation>La phase «&#xa0;%1&#xa0;» est terminée&#xa0;: une phase jouée jusqu’au bout ne reprend pas.</translation>
    </message>
    <message>
        <source>Last minute — %1</source>
        <translation>Dernière minute — %1</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Temps restant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agenda and timer</source>
        <translation>Programme et minuteur</translation>
    </message>
    <message>
        <source>+&amp;1 min</source>
        <translation>+&amp;1 min</translation>
    </message>
    <message>
        <source>Add one minute</source>
        <translation>Ajouter une minute</translation>
    </message>
    <message>
        <source>+&amp;5 min</source>
        <translation>+&amp;5 min</translation>
    </message>
    <message>
        <source>Add five minutes</source>
        <translation>Ajouter cinq minutes</translation>
    </message>
    <message>
        <source>End phase</source>
        <translation>Terminer l’étape</translation>
    </message>
    <message>
        <source>Phases of the agenda (Enter starts a phase to come)</source>
        <translation>Étapes du programme (Entrée lance une étape à venir)</translation>
    </message>
</context>
<context>
    <name>BeforePrint</name>
    <message>
        <source>Unsaved edits</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>What is printed is the deck as saved: your last edits are not saved yet. Save them first?</source>
        <translation>Ce qui est imprimé, c’est le jeu tel qu’il est enregistré&#xa0;: vos dernières modifications ne le sont pas encore. Les enregistrer d’abord&#x202f;?</translation>
    </message>
    <message>
        <source>Save them first</source>
        <translation>Les enregistrer d’abord</translation>
    </message>
    <message>
        <source>Go on without them</source>
        <translation>Continuer sans elles</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1&#xa0;problème</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1&#xa0;problèmes</translation>
    </message>
    <message>
        <source>The deck has problems</source>
        <translation>Le jeu a des problèmes</translation>
    </message>
    <message>
        <source>The deck&apos;s files have %1 to fix: what would be printed is their last version that had none, without the changes since.</source>
        <translation>Les fichiers du jeu ont %1 à corriger&#xa0;: ce qui serait imprimé, c’est leur dernière version sans problème, sans les changements faits depuis.</translation>
    </message>
    <message>
        <source>Use that version</source>
        <translation>Utiliser cette version</translation>
    </message>
    <message>
        <source>The deck cannot be printed yet: its files have %1 to fix.</source>
        <translation>Le jeu ne peut pas encore être imprimé&#xa0;: ses fichiers ont %1 à corriger.</translation>
    </message>
    <message>
        <source>Show the first problem</source>
        <translation>Montrer le premier problème</translation>
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
</context>
<context>
    <name>CardPreview</name>
    <message>
        <source>Card preview</source>
        <translation>Aperçu de la carte</translation>
    </message>
</context>
<context>
    <name>ChoiceGrid</name>
    <message>
        <source>%1 chooses %2</source>
        <translation>%1 choisit %2</translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <comment>the decision most teams of a scenario are at, above their rows</comment>
        <translation>Décision %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n&#xa0;équipe</numerusform>
            <numerusform>%n&#xa0;équipes</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision %1</source>
        <comment>a team ahead of the others: the decision its buttons are for</comment>
        <translation>Décision %1</translation>
    </message>
    <message>
        <source>done</source>
        <comment>a team that has made every decision of its scenario</comment>
        <translation>terminée</translation>
    </message>
    <message>
        <source>Every team&apos;s next decision: one click records its choice</source>
        <translation>La prochaine décision de chaque équipe&#xa0;: un clic note son choix</translation>
    </message>
</context>
<context>
    <name>ChosenCards</name>
    <message numerus="yes">
        <source>Only the %n card(s) added or changed since the deck was opened</source>
        <translation>
            <numerusform>Seulement la carte ajoutée ou modifiée depuis l’ouverture du jeu</numerusform>
            <numerusform>Seulement les %n cartes ajoutées ou modifiées depuis l’ouverture du jeu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <source>&amp;About Bataille IA</source>
        <translation>À &amp;propos de Bataille IA</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
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
        <source>&amp;Print Cards…</source>
        <translation>&amp;Imprimer les cartes…</translation>
    </message>
    <message>
        <source>Save the cards as PDF sheets to print and cut out</source>
        <translation>Enregistrer les cartes en planches PDF à imprimer et découper</translation>
    </message>
    <message>
        <source>Print &amp;This Card…</source>
        <translation>Imprimer cette car&amp;te…</translation>
    </message>
    <message>
        <source>Print only the card chosen, with its back</source>
        <translation>Imprimer seulement la carte choisie, avec son verso</translation>
    </message>
    <message>
        <source>Facilitator’s &amp;Guide…</source>
        <translation>&amp;Guide de l’animateur…</translation>
    </message>
    <message>
        <source>Save the facilitator&apos;s guide as PDF</source>
        <translation>Enregistrer le guide de l’animateur en PDF</translation>
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
        <source>&amp;Edit the Deck</source>
        <translation>&amp;Modifier le jeu</translation>
    </message>
    <message>
        <source>Switch between browsing the cards and editing the deck</source>
        <translation>Passer de la consultation des cartes à la modification du jeu, et inversement</translation>
    </message>
    <message>
        <source>&amp;Save the Deck</source>
        <translation>&amp;Enregistrer le jeu</translation>
    </message>
    <message>
        <source>Write the edits into the deck files</source>
        <translation>Écrire les modifications dans les fichiers du jeu</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y of the Deck…</source>
        <translation>Enregistrer une &amp;copie du jeu…</translation>
    </message>
    <message>
        <source>Save the deck, with your edits, in a folder of yours, and go on with the copy</source>
        <translation>Enregistrer le jeu, avec vos modifications, dans un de vos dossiers, et continuer avec la copie</translation>
    </message>
    <message>
        <source>&amp;Undo Edit</source>
        <translation>&amp;Annuler la modification</translation>
    </message>
    <message>
        <source>&amp;Redo Edit</source>
        <translation>&amp;Rétablir la modification</translation>
    </message>
    <message>
        <source>&amp;New Deck…</source>
        <translation>&amp;Nouveau jeu…</translation>
    </message>
    <message>
        <source>Create a deck folder, from the bundled deck or empty</source>
        <translation>Créer un dossier de jeu, à partir du jeu fourni ou vide</translation>
    </message>
    <message>
        <source>&amp;Import Cards from a Spreadsheet (CSV)…</source>
        <translation>&amp;Importer des cartes d’un tableur (CSV)…</translation>
    </message>
    <message>
        <source>Add cards from a CSV file with one column per field and language</source>
        <translation>Ajouter des cartes depuis un fichier CSV, une colonne par champ et par langue</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>A&amp;vancer</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>&amp;Reculer</translation>
    </message>
    <message>
        <source>Go back one move of the presentation (Ctrl+Z undoes entered data)</source>
        <translation>Reculer d’un cran dans la présentation (Ctrl+Z annule ce qui a été saisi)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Take back the last undo</source>
        <translation>Reprendre la dernière annulation</translation>
    </message>
    <message>
        <source>Start / &amp;Pause Timer</source>
        <translation>Lancer / mettre en &amp;pause le minuteur</translation>
    </message>
    <message>
        <source>+&amp;1 Minute</source>
        <translation>+&amp;1 minute</translation>
    </message>
    <message>
        <source>+&amp;5 Minutes</source>
        <translation>+&amp;5 minutes</translation>
    </message>
    <message>
        <source>End P&amp;hase</source>
        <translation>Terminer l’é&amp;tape</translation>
    </message>
    <message>
        <source>&amp;Show the Stage</source>
        <translation>&amp;Afficher l’écran de projection</translation>
    </message>
    <message>
        <source>&amp;Black Screen</source>
        <translation>Écran &amp;noir</translation>
    </message>
    <message>
        <source>Stage &amp;Full Screen</source>
        <translation>Projection en &amp;plein écran</translation>
    </message>
    <message>
        <source>&amp;Leave Full Screen</source>
        <translation>&amp;Quitter le plein écran</translation>
    </message>
    <message>
        <source>Beep When &amp;Time Is Up</source>
        <translation>&amp;Bip quand le temps est écoulé</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>&amp;Fermer la séance</translation>
    </message>
    <message>
        <source>Phones: &amp;Join Screen</source>
        <translation>Téléphones&#xa0;: écran pour &amp;rejoindre</translation>
    </message>
    <message>
        <source>E&amp;xport the Summary…</source>
        <translation>E&amp;xporter le bilan…</translation>
    </message>
    <message>
        <source>Workshop &amp;Kit…</source>
        <translation>&amp;Kit de l’atelier…</translation>
    </message>
    <message>
        <source>Voting cards, team signs and take-home card for this session, and the join poster while the phones are on, as PDF</source>
        <translation>Cartes de vote, chevalets d’équipe et carte à emporter de cette séance, et l’affiche pour rejoindre quand les téléphones sont activés, en PDF</translation>
    </message>
    <message>
        <source>&amp;End the Vote and Show It</source>
        <translation>&amp;Terminer le vote et le dévoiler</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Stage: BLACK</source>
        <translation>Projection&#xa0;: NOIR</translation>
    </message>
    <message>
        <source>Stage: shown</source>
        <translation>Projection&#xa0;: affichée</translation>
    </message>
    <message>
        <source>Stage: hidden (F5)</source>
        <translation>Projection&#xa0;: masquée (F5)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Time&apos;s up for this phase: +1 / +5 min, or move on.</source>
        <translation>Temps écoulé pour cette étape&#xa0;: +1 / +5 min, ou passez à la suite.</translation>
    </message>
    <message>
        <source>Bataille IA — Console</source>
        <translation>Bataille IA — Console</translation>
    </message>
    <message>
        <source>Opening the session…</source>
        <translation>Ouverture de la séance…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Minuteur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
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
        <translation>Les nombres saisis pour %1 ont été enregistrés, cachés, avant la fermeture de la séance.</translation>
    </message>
    <message>
        <source>Facilitator console</source>
        <translation>Console de l’animateur</translation>
    </message>
    <message>
        <source>This session is over: read it and export its summary. Changing it (Ctrl+Z, points, names, phones) asks first.</source>
        <translation>Séance terminée&#xa0;: relisez-la, exportez-en le bilan. La modifier (Ctrl+Z, points, noms, téléphones) demande d’abord.</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>&amp;Projection</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>Ré&amp;tablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
</context>
<context>
    <name>ControlKeys</name>
    <message>
        <source>“%1” blacked the stage out or lit it again, and was not typed: the console had put the keyboard in this box. To type it there, click in the box first.</source>
        <translation>«&#xa0;%1&#xa0;» a mis la projection au noir ou l’a rallumée, sans s’écrire&#xa0;: la console avait mis le clavier dans cette case. Pour l’y écrire, cliquez d’abord dans la case.</translation>
    </message>
</context>
<context>
    <name>DebatePanel</name>
    <message>
        <source>both votes</source>
        <translation>les deux votes</translation>
    </message>
    <message>
        <source>the vote before the debate</source>
        <translation>le vote avant le débat</translation>
    </message>
    <message>
        <source>the vote after the debate</source>
        <translation>le vote après le débat</translation>
    </message>
    <message>
        <source>Close the debate?</source>
        <translation>Clore le débat&#x202f;?</translation>
    </message>
    <message>
        <source>The vote after the debate is not recorded yet: the shift of opinion will not be measured. Close anyway?</source>
        <translation>Le vote après n’est pas encore enregistré&#xa0;: l’évolution de l’opinion ne sera pas mesurée. Clore quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Close without the vote after</source>
        <translation>Clore sans le vote après</translation>
    </message>
    <message>
        <source>Keep debating</source>
        <translation>Continuer le débat</translation>
    </message>
    <message>
        <source>Debate closed: Ctrl+Z reopens it.</source>
        <translation>Débat clos&#xa0;: Ctrl+Z le rouvre.</translation>
    </message>
    <message>
        <source>Debate %1 closed: Ctrl+Z reopens it.</source>
        <translation>Débat %1 clos&#xa0;: Ctrl+Z le rouvre.</translation>
    </message>
    <message>
        <source>The counts typed for %1 were recorded, hidden, as the debate closed.</source>
        <translation>Les nombres saisis pour %1 ont été enregistrés, cachés, à la clôture du débat.</translation>
    </message>
    <message>
        <source>The debate is closed: the phones&apos; vote was closed first, their answers are in its counts (answers: %2).</source>
        <translation>Débat clos&#xa0;: le vote des téléphones a été clos d’abord, leurs réponses sont comptées dans le débat (réponses&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Debate %1 closed: the phones&apos; vote was closed first, their answers are in its counts (answers: %2).</source>
        <translation>Débat %1 clos&#xa0;: le vote des téléphones a été clos d’abord, leurs réponses sont comptées dans ce débat (réponses&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The phones&apos; vote did not close in time: the debate is closed without their answers (answers lost: %2).</source>
        <translation>Le vote des téléphones ne s’est pas clos à temps&#xa0;: le débat est clos sans leurs réponses (réponses perdues&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The phones&apos; vote did not close in time: debate %1 is closed without their answers (answers lost: %2).</source>
        <translation>Le vote des téléphones ne s’est pas clos à temps&#xa0;: le débat %1 est clos sans leurs réponses (réponses perdues&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The phones&apos; vote was closed before the session closed: its answers are kept in the session (answers: %2).</source>
        <translation>Le vote des téléphones a été clos avant la fermeture de la séance&#xa0;: ses réponses sont gardées dans la séance (réponses&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The phones&apos; vote did not close in time: its answers were not recorded (answers lost: %2).</source>
        <translation>Le vote des téléphones ne s’est pas clos à temps&#xa0;: ses réponses n’ont pas été enregistrées (réponses perdues&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The phones&apos; vote on debate %1 did not close in time: its answers were not recorded (answers lost: %2).</source>
        <translation>Le vote des téléphones sur le débat %1 ne s’est pas clos à temps&#xa0;: ses réponses n’ont pas été enregistrées (réponses perdues&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The hands typed on top of the phones&apos; answers were recorded with them, hidden, in %1.</source>
        <translation>Les mains levées saisies en plus des réponses des téléphones ont été enregistrées avec elles, cachées, dans %1.</translation>
    </message>
    <message>
        <source>The hands typed on top of the phones&apos; vote were recorded, hidden, in %1.</source>
        <translation>Les mains levées saisies en plus du vote des téléphones ont été enregistrées, cachées, dans %1.</translation>
    </message>
    <message>
        <source>The phones&apos; vote on debate %1 was closed before the session closed: its answers are kept in the session (answers: %2).</source>
        <translation>Le vote des téléphones sur le débat %1 a été clos avant la fermeture de la séance&#xa0;: ses réponses sont gardées dans la séance (réponses&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Vote reopened at the phones&apos; new address: each phone comes back there as a new one, so it answers again (answers to give again: %1). The answers recorded at the old address stay in the session until the new ones replace them, when this vote closes.</source>
        <translation>Vote rouvert à la nouvelle adresse des téléphones&#xa0;: chaque téléphone y revient comme un nouveau, il répond donc à nouveau (réponses à redonner&#xa0;: %1). Les réponses enregistrées à l’ancienne adresse restent dans la séance jusqu’à ce que les nouvelles les remplacent, à la clôture de ce vote.</translation>
    </message>
    <message>
        <source>Vote before asked to the phones</source>
        <translation>Vote avant demandé aux téléphones</translation>
    </message>
    <message>
        <source>Vote after asked to the phones</source>
        <translation>Vote après demandé aux téléphones</translation>
    </message>
    <message>
        <source>Vote before asked to the phones (debate %1)</source>
        <translation>Vote avant demandé aux téléphones (débat %1)</translation>
    </message>
    <message>
        <source>Vote after asked to the phones (debate %1)</source>
        <translation>Vote après demandé aux téléphones (débat %1)</translation>
    </message>
    <message>
        <source>The debate is undone: the phones&apos; vote on it is stopped and its answers go with it (answers lost: %2).</source>
        <translation>Le débat est annulé&#xa0;: le vote des téléphones sur ce débat est arrêté et ses réponses partent avec lui (réponses perdues&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Debate %1 is undone: the phones&apos; vote on it is stopped and its answers go with it (answers lost: %2).</source>
        <translation>Le débat %1 est annulé&#xa0;: le vote des téléphones sur ce débat est arrêté et ses réponses partent avec lui (réponses perdues&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The debate is undone: the phones&apos; vote on it is stopped.</source>
        <translation>Le débat est annulé&#xa0;: le vote des téléphones sur ce débat est arrêté.</translation>
    </message>
    <message>
        <source>Debate %1 is undone: the phones&apos; vote on it is stopped.</source>
        <translation>Le débat %1 est annulé&#xa0;: le vote des téléphones sur ce débat est arrêté.</translation>
    </message>
    <message>
        <source>The debate is no longer open: the phones&apos; vote on it is stopped and its answers are not recorded (answers lost: %2).</source>
        <translation>Le débat n’est plus ouvert&#xa0;: le vote des téléphones sur ce débat est arrêté et ses réponses ne sont pas enregistrées (réponses perdues&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Debate %1 is no longer open: the phones&apos; vote on it is stopped and its answers are not recorded (answers lost: %2).</source>
        <translation>Le débat %1 n’est plus ouvert&#xa0;: le vote des téléphones sur ce débat est arrêté et ses réponses ne sont pas enregistrées (réponses perdues&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The debate is no longer open: the phones&apos; vote on it is stopped.</source>
        <translation>Le débat n’est plus ouvert&#xa0;: le vote des téléphones sur ce débat est arrêté.</translation>
    </message>
    <message>
        <source>Debate %1 is no longer open: the phones&apos; vote on it is stopped.</source>
        <translation>Le débat %1 n’est plus ouvert&#xa0;: le vote des téléphones sur ce débat est arrêté.</translation>
    </message>
    <message>
        <source>The phase is over: the phones&apos; vote is closed, its answers are kept in the debate.</source>
        <translation>La phase est terminée&#xa0;: le vote des téléphones est clos, ses réponses sont gardées dans le débat.</translation>
    </message>
    <message>
        <source>The phase is over: the phones&apos; vote of debate %1 is closed, its answers are kept in that debate.</source>
        <translation>La phase est terminée&#xa0;: le vote des téléphones du débat %1 est clos, ses réponses sont gardées dans ce débat.</translation>
    </message>
    <message>
        <source>The phones&apos; answers came after the debate closed: they were not recorded.</source>
        <translation>Les réponses des téléphones sont arrivées après la clôture du débat&#xa0;: elles n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>The phones&apos; answers to debate %1 came after it closed: they were not recorded.</source>
        <translation>Les réponses des téléphones au débat %1 sont arrivées après sa clôture&#xa0;: elles n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>The phones&apos; answers are in the counts: %1 agree, %2 disagree, %3 undecided</source>
        <translation>Les réponses des téléphones sont dans les comptes&#xa0;: %1 d’accord, %2 pas d’accord, %3 indécis</translation>
    </message>
    <message>
        <source>Close the phones&apos; vote (answers: %1 · closes in %2)</source>
        <translation>Clore le vote des téléphones (réponses&#xa0;: %1 · clôture dans %2)</translation>
    </message>
    <message>
        <source>Close the phones&apos; vote (answers: %1)</source>
        <translation>Clore le vote des téléphones (réponses&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Reopen the phones&apos; vote (answers kept: %1)</source>
        <translation>Rouvrir le vote des téléphones (réponses gardées&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Ask the phones</source>
        <translation>Demander aux téléphones</translation>
    </message>
    <message>
        <source>The phones&apos; vote did not close in time: close it again, or count hands in the middle.</source>
        <translation>Le vote des téléphones ne s’est pas clos à temps&#xa0;: réessayez de le clore, ou comptez les mains au milieu.</translation>
    </message>
    <message>
        <source>Choose a fact card from the list (type a word to find it).</source>
        <translation>Choisissez une carte «&#xa0;fait&#xa0;» dans la liste (tapez un mot pour la trouver).</translation>
    </message>
    <message>
        <source>Card already played by %1: to give it to another team, Ctrl+Z undoes the last action, then play it again.</source>
        <translation>Carte déjà jouée par %1&#xa0;: pour la donner à une autre équipe, Ctrl+Z annule la dernière action, puis rejouez-la.</translation>
    </message>
    <message>
        <source>Card already played by %1: to give it to another team, Ctrl+Z undoes the last %2 actions (an undone argument returns to its box), then play it again.</source>
        <translation>Carte déjà jouée par %1&#xa0;: pour la donner à une autre équipe, Ctrl+Z annule les %2 dernières actions (un argument annulé revient dans sa case), puis rejouez-la.</translation>
    </message>
    <message>
        <source>Card already played by %1: to give it to another team, Ctrl+Z undoes the last %2 actions, then play it again.</source>
        <translation>Carte déjà jouée par %1&#xa0;: pour la donner à une autre équipe, Ctrl+Z annule les %2 dernières actions, puis rejouez-la.</translation>
    </message>
    <message>
        <source>Draw from the next theme</source>
        <translation>Tirer dans le thème suivant</translation>
    </message>
    <message>
        <source>%1 (already debated)</source>
        <translation>%1 (déjà débattu)</translation>
    </message>
    <message>
        <source>Debate closed too soon? Ctrl+Z reopens it.</source>
        <translation>Débat clos trop tôt&#x202f;? Ctrl+Z le rouvre.</translation>
    </message>
    <message>
        <source>Debate open: %2</source>
        <translation>Débat ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>Debate %1 open: %2</source>
        <translation>Débat %1 ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>+ 1 phone answer so far, added at the close (no % until then)</source>
        <translation>+ 1 réponse d’un téléphone, ajoutée à la clôture (pas de&#xa0;%&#xa0;avant)</translation>
    </message>
    <message>
        <source>+ %1 phone answers so far, added at the close (no % until then)</source>
        <translation>+ %1 réponses des téléphones, ajoutées à la clôture (pas de&#xa0;%&#xa0;avant)</translation>
    </message>
    <message>
        <source>+ 1 phone (agree %2, disagree %3, undecided %4) = %5 voters</source>
        <translation>+ 1 téléphone (d’accord %2, pas d’accord %3, indécis %4) = %5 votants</translation>
    </message>
    <message>
        <source>+ %1 phones (agree %2, disagree %3, undecided %4) = %5 voters</source>
        <translation>+ %1 téléphones (d’accord %2, pas d’accord %3, indécis %4) = %5 votants</translation>
    </message>
    <message>
        <source>Raised hands:</source>
        <translation>Mains levées&#xa0;:</translation>
    </message>
    <message>
        <source>Raised hands only: the phones&apos; answers are added</source>
        <translation>Les mains levées seules&#xa0;: les réponses des téléphones s’y ajoutent</translation>
    </message>
    <message>
        <source>shown on the stage</source>
        <translation>dévoilé en projection</translation>
    </message>
    <message>
        <source>hidden from the room</source>
        <translation>caché à la salle</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Co&amp;rrect (shown)</source>
        <translation>Corriger (affic&amp;hé)</translation>
    </message>
    <message>
        <source>Shift: %1. %2.</source>
        <translation>Évolution&#xa0;: %1. %2.</translation>
    </message>
    <message>
        <source>%1 voters after, %2 before: check the counts.</source>
        <translation>%1&#xa0;votants après, %2 avant&#xa0;: vérifiez les comptes.</translation>
    </message>
    <message>
        <source>%1 voters after, %2 before.</source>
        <translation>%1&#xa0;votants après, %2 avant.</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Carte&#xa0;:</translation>
    </message>
    <message>
        <source>Debate card</source>
        <translation>Carte débat</translation>
    </message>
    <message>
        <source>Dra&amp;w sides</source>
        <translation>&amp;Tirer les camps</translation>
    </message>
    <message>
        <source>Give each team a side at random</source>
        <translation>Donner un camp à chaque équipe au hasard</translation>
    </message>
    <message>
        <source>Vote before the debate</source>
        <translation>Vote avant le débat</translation>
    </message>
    <message>
        <source>Vote after the debate</source>
        <translation>Vote après le débat</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>D’accord</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Pas d’accord</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show on the stage: %1</source>
        <translation>Dévoiler en projection&#xa0;: %1</translation>
    </message>
    <message>
        <source>Arguments and facts</source>
        <translation>Arguments et faits</translation>
    </message>
    <message>
        <source>Team speaking (its argument, its fact)</source>
        <translation>Équipe qui parle (son argument, son fait)</translation>
    </message>
    <message>
        <source>R&amp;ecord (hidden)</source>
        <translation>&amp;Enregistrer (caché)</translation>
    </message>
    <message>
        <source>Record (h&amp;idden)</source>
        <translation>Enregistrer (cac&amp;hé)</translation>
    </message>
    <message>
        <source>&amp;Fact:</source>
        <translation>&amp;Fait&#xa0;:</translation>
    </message>
    <message>
        <source>Pla&amp;y</source>
        <translation>&amp;Jouer</translation>
    </message>
    <message>
        <source>Show &amp;before</source>
        <translation>&amp;Dévoiler avant</translation>
    </message>
    <message>
        <source>The quick debate is over: press “End the debate”, on the right, then export its summary.</source>
        <translation>Le débat express est terminé&#xa0;: appuyez sur «&#xa0;Terminer le débat&#xa0;», à droite, puis exportez-en le bilan.</translation>
    </message>
    <message>
        <source>No debate open: choose a card or draw one, then open the debate.</source>
        <translation>Aucun débat ouvert&#xa0;: choisissez une carte ou tirez-en une, puis ouvrez le débat.</translation>
    </message>
    <message>
        <source>Corr&amp;ect (shown)</source>
        <translation>Corrig&amp;er (affiché)</translation>
    </message>
    <message>
        <source>Debate</source>
        <translation>Débat</translation>
    </message>
    <message>
        <source>&amp;Open the debate</source>
        <translation>&amp;Ouvrir le débat</translation>
    </message>
    <message>
        <source>C&amp;lose the debate</source>
        <translation>C&amp;lore le débat</translation>
    </message>
    <message>
        <source>Card already played by %1 in this debate (“%2”).</source>
        <translation>Carte déjà jouée par %1 dans ce débat («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 (under way)</source>
        <translation>%1 (en cours)</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>Ca&amp;mp&#xa0;:</translation>
    </message>
    <message>
        <source>Show &amp;after</source>
        <translation>Dé&amp;voiler après</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>The sides stay once the vote after is shown: the verdict and its points go to them (Ctrl+Z takes the showing back)</source>
        <translation>Les camps restent une fois le vote après dévoilé&#xa0;: le verdict et ses points leur reviennent (Ctrl+Z annule le dévoilement)</translation>
    </message>
    <message>
        <source>C&amp;lose without the vote after</source>
        <translation>C&amp;lore sans le vote après</translation>
    </message>
    <message>
        <source>Side speaking (its argument, its fact)</source>
        <translation>Camp qui parle (son argument, son fait)</translation>
    </message>
    <message>
        <source>Arg&amp;ument:</source>
        <translation>Ar&amp;gument&#xa0;:</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <source>Side of the argument</source>
        <translation>Camp de l’argument</translation>
    </message>
    <message>
        <source>Argument text</source>
        <translation>Texte de l’argument</translation>
    </message>
    <message>
        <source>A short argument (Enter adds it)</source>
        <translation>Un argument court (Entrée l’ajoute)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the argument</source>
        <translation>Ajouter l’argument</translation>
    </message>
    <message>
        <source>Kept in the session and its summary; not shown on the stage (the room hears it)</source>
        <translation>Gardé dans la séance et son bilan&#xa0;; pas projeté (la salle l’entend)</translation>
    </message>
    <message>
        <source>Fact card played as evidence</source>
        <translation>Fait apporté comme preuve</translation>
    </message>
    <message>
        <source>Type a word of the card</source>
        <translation>Tapez un mot de la carte</translation>
    </message>
    <message>
        <source>Play the fact card</source>
        <translation>Jouer la carte «&#xa0;fait&#xa0;»</translation>
    </message>
    <message>
        <source>Phones asked to vote before the debate</source>
        <translation>Téléphones interrogés sur le vote avant le débat</translation>
    </message>
    <message>
        <source>Phones asked to vote before debate %1</source>
        <translation>Téléphones interrogés sur le vote avant le débat %1</translation>
    </message>
    <message>
        <source>Phones asked to vote after the debate</source>
        <translation>Téléphones interrogés sur le vote après le débat</translation>
    </message>
    <message>
        <source>Phones asked to vote after debate %1</source>
        <translation>Téléphones interrogés sur le vote après le débat %1</translation>
    </message>
    <message>
        <source>The phones asked to vote before the debate: they wait again</source>
        <translation>Téléphones interrogés sur le vote avant le débat&#xa0;: ils attendent de nouveau</translation>
    </message>
    <message>
        <source>The phones asked to vote before debate %1: they wait again</source>
        <translation>Téléphones interrogés sur le vote avant le débat %1&#xa0;: ils attendent de nouveau</translation>
    </message>
    <message>
        <source>The phones asked to vote after the debate: they wait again</source>
        <translation>Téléphones interrogés sur le vote après le débat&#xa0;: ils attendent de nouveau</translation>
    </message>
    <message>
        <source>The phones asked to vote after debate %1: they wait again</source>
        <translation>Téléphones interrogés sur le vote après le débat %1&#xa0;: ils attendent de nouveau</translation>
    </message>
    <message>
        <source>answers not kept: %1</source>
        <translation>réponses non gardées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The phones vote again, their answers kept (answers: %2).</source>
        <translation>Les téléphones votent de nouveau, leurs réponses gardées (réponses&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The phones vote again on debate %1, their answers kept (answers: %2).</source>
        <translation>Les téléphones votent de nouveau sur le débat %1, leurs réponses gardées (réponses&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>DebriefPanel</name>
    <message>
        <source>No answer yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), average %1 out of 5</source>
        <translation>
            <numerusform>%n réponse, note moyenne %1 sur 5</numerusform>
            <numerusform>%n réponses, note moyenne %1 sur 5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phones&apos; feedback is kept in the session (%n answer(s)).</source>
        <translation>
            <numerusform>Les retours des téléphones sont gardés dans la séance (%n réponse).</numerusform>
            <numerusform>Les retours des téléphones sont gardés dans la séance (%n réponses).</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole room</source>
        <translation>Toute la salle</translation>
    </message>
    <message>
        <source>Nothing noted yet. What the room takes away and its commitments are listed here, and shown on the stage.</source>
        <translation>Rien de noté pour l’instant. Ce que la salle retient et ses engagements s’inscrivent ici, et s’affichent en projection.</translation>
    </message>
    <message>
        <source>What we take away (%1)</source>
        <translation>Ce que l’on retient (%1)</translation>
    </message>
    <message>
        <source>Commitments (%1)</source>
        <translation>Engagements (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>What we take away</source>
        <translation>Ce que l’on retient</translation>
    </message>
    <message>
        <source>Add to what we take away</source>
        <translation>Ajouter à ce que l’on retient</translation>
    </message>
    <message>
        <source>What we take away, and the commitments</source>
        <translation>Ce que l’on retient, et les engagements</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aj&amp;outer</translation>
    </message>
    <message>
        <source>Phones asked for their feedback</source>
        <translation>Avis demandé aux téléphones</translation>
    </message>
    <message>
        <source>The phones asked for their feedback: they wait again (answers received, still here to keep: %1)</source>
        <translation>Avis demandé aux téléphones&#xa0;: ils attendent de nouveau (réponses reçues, toujours là pour être gardées&#xa0;: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Feedback asked — %n answer(s)</source>
        <translation>
            <numerusform>Avis demandé — %n réponse</numerusform>
            <numerusform>Avis demandé — %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them before voting moved to a new address</source>
        <translation>
            <numerusform>dont %n avant que le vote change d’adresse</numerusform>
            <numerusform>dont %n avant que le vote change d’adresse</numerusform>
        </translation>
    </message>
    <message>
        <source>What we take a&amp;way:</source>
        <translation>&amp;Ce que l’on retient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation>&amp;Engagement&#xa0;:</translation>
    </message>
    <message>
        <source>Who commits</source>
        <translation>Qui s’engage</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add the commitment</source>
        <translation>Ajouter l’engagement</translation>
    </message>
    <message>
        <source>Remove this &amp;line</source>
        <translation>Retirer la lig&amp;ne</translation>
    </message>
    <message>
        <source>Takes the selected line off the list (Delete key too); Ctrl+Z brings it back</source>
        <translation>Retire de la liste la ligne sélectionnée (touche Suppr aussi)&#xa0;; Ctrl+Z la remet</translation>
    </message>
    <message>
        <source>Feedback from the phones</source>
        <translation>Avis des téléphones</translation>
    </message>
    <message>
        <source>Ask the phones for their &amp;feedback</source>
        <translation>&amp;Demander leur avis aux téléphones</translation>
    </message>
    <message>
        <source>&amp;Keep the phones&apos; feedback in the session</source>
        <translation>&amp;Garder l’avis des téléphones dans la séance</translation>
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
    <message>
        <source>Every card of the deck. Choose a theme to see its own cards and what it is about.</source>
        <translation>Toutes les cartes du jeu. Choisissez un thème pour voir ses cartes et ce dont il parle.</translation>
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
        <source>No card matches “%1”.</source>
        <translation>Aucune carte ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No card of this kind in this theme.</source>
        <translation>Aucune carte de ce type dans ce thème.</translation>
    </message>
    <message>
        <source>The&amp;mes</source>
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
    <name>DeckChangedBanner</name>
    <message>
        <source>The deck files changed on disk; the session goes on with the deck loaded at the start.</source>
        <translation>Les fichiers du jeu ont changé sur le disque&#x202f;; la séance continue avec le jeu chargé au départ.</translation>
    </message>
</context>
<context>
    <name>DeckCopy</name>
    <message>
        <source>%1-copy</source>
        <translation>%1-copie</translation>
    </message>
    <message>
        <source>The copy holds the deck as the editor shows it, with the edits not saved yet. From now on the app uses the copy; the original folder stays as it is.</source>
        <translation>La copie contient le jeu tel que l’éditeur le montre, avec les modifications pas encore enregistrées. L’application utilise la copie dès maintenant&#x202f;; le dossier d’origine reste tel qu’il est.</translation>
    </message>
    <message>
        <source>This deck’s folder cannot be written.</source>
        <translation>Le dossier de ce jeu ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>La copie n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>No copy could be written in %1: %2. Your edits are still open here, not saved.</source>
        <translation>Aucune copie n’a pu être écrite dans %1&#xa0;: %2. Vos modifications restent ouvertes ici, non enregistrées.</translation>
    </message>
    <message>
        <source>Save a copy of the deck</source>
        <translation>Enregistrer une copie du jeu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The copy is a deck of its own, with its own id: each deck’s sessions reopen with their own deck.</source>
        <translation>La copie est un jeu à part entière, avec son propre identifiant&#xa0;: les sessions de chaque jeu se rouvrent avec leur propre jeu.</translation>
    </message>
    <message>
        <source>Folder of the copy:</source>
        <translation>Dossier de la copie&#xa0;:</translation>
    </message>
    <message>
        <source>Save the copy</source>
        <translation>Enregistrer la copie</translation>
    </message>
    <message>
        <source>Id of the copy:</source>
        <translation>Identifiant de la copie&#xa0;:</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Folder of the copy</source>
        <translation>Dossier de la copie</translation>
    </message>
    <message>
        <source>Give the folder of the copy.</source>
        <translation>Indiquez le dossier de la copie.</translation>
    </message>
    <message>
        <source>This deck’s folder cannot be written (an app installed for every user, a read-only folder): your edits could not be saved here. Save a copy of the deck in a folder of yours, and go on editing the copy.</source>
        <translation>Le dossier de ce jeu ne peut pas être modifié (application installée pour tous les utilisateurs, dossier en lecture seule)&#xa0;: vos modifications ne pourraient pas y être enregistrées. Enregistrez une copie du jeu dans un de vos dossiers, et continuez à modifier la copie.</translation>
    </message>
    <message>
        <source>This deck’s folder cannot be written. Save a copy of the deck, with your edits, in a folder of yours? You will go on editing the copy; the original stays as it is.</source>
        <translation>Le dossier de ce jeu ne peut pas être modifié. Enregistrer une copie du jeu, avec vos modifications, dans un de vos dossiers&#x202f;? Vous continuerez à modifier la copie&#x202f;; l’original reste tel qu’il est.</translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>Decide…</source>
        <translation>Décider…</translation>
    </message>
    <message>
        <source>Another program changed %1 while your edits are not saved. Nothing is written over without your choice.</source>
        <translation>Un autre programme a modifié %1 alors que vos modifications ne sont pas enregistrées. Rien n’est écrasé sans votre choix.</translation>
    </message>
    <message>
        <source>Edit the deck</source>
        <translation>Modifier le jeu</translation>
    </message>
    <message>
        <source>New deck</source>
        <translation>Nouveau jeu</translation>
    </message>
    <message>
        <source>Edit undone; Ctrl+Y redoes it.</source>
        <translation>Modification annulée&#x202f;; Ctrl+Y la rétablit.</translation>
    </message>
    <message>
        <source>Edit redone; Ctrl+Z undoes it again.</source>
        <translation>Modification rétablie&#x202f;; Ctrl+Z l’annule de nouveau.</translation>
    </message>
    <message>
        <source>Nothing to save: the deck’s files already hold every edit.</source>
        <translation>Rien à enregistrer&#xa0;: les fichiers du jeu contiennent déjà toutes les modifications.</translation>
    </message>
    <message>
        <source>The deck was not saved</source>
        <translation>Le jeu n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import cards from a spreadsheet</source>
        <translation>Importer des cartes d’un tableur</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>the file is larger than 5 MB</source>
        <translation>le fichier dépasse 5 Mo</translation>
    </message>
    <message>
        <source>No card imported</source>
        <translation>Aucune carte importée</translation>
    </message>
    <message>
        <source>These rows cannot become cards; nothing was added:</source>
        <translation>Ces lignes ne peuvent pas devenir des cartes&#x202f;; rien n’a été ajouté&#xa0;:</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 card imported; save to write it.</source>
        <translation>1 carte importée&#x202f;; enregistrez pour l’écrire.</translation>
    </message>
    <message>
        <source>%1 cards imported; save to write them.</source>
        <translation>%1 cartes importées&#x202f;; enregistrez pour les écrire.</translation>
    </message>
    <message>
        <source>Another program changed %1: the editor shows its version now.</source>
        <translation>Un autre programme a modifié %1&#xa0;: l’éditeur montre maintenant sa version.</translation>
    </message>
    <message>
        <source>Edits made before it can no longer be undone.</source>
        <translation>Les modifications faites avant ne peuvent plus être annulées.</translation>
    </message>
    <message>
        <source>None of its cards can be shown until it is corrected in a text editor; they come back here as soon as it reads.</source>
        <translation>Aucune de ses cartes ne peut être affichée tant qu’il n’est pas corrigé dans un éditeur de texte&#x202f;; elles reviennent ici dès qu’il peut être lu.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Cards: none matches “%1”</source>
        <translation>Cartes&#xa0;: aucune ne contient «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cards: %1 of %2</source>
        <translation>Cartes&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>This card keeps its place in %1 and says its theme itself: a saved card does not change file (its neighbours and comments stay as they are).</source>
        <translation>Cette carte garde sa place dans %1 et porte elle-même son thème : une carte enregistrée ne change pas de fichier (ses voisines et ses commentaires restent tels quels).</translation>
    </message>
    <message>
        <source>The card goes to %1, with the cards of its theme.</source>
        <translation>La carte va dans %1, avec les cartes de son thème.</translation>
    </message>
    <message>
        <source>Its id becomes %1.</source>
        <translation>Son identifiant devient %1.</translation>
    </message>
    <message>
        <source>Card “%1” deleted. Ctrl+Z brings it back.</source>
        <translation>Carte «&#xa0;%1&#xa0;» supprimée. Ctrl+Z la ramène.</translation>
    </message>
    <message>
        <source>%1
cannot be read</source>
        <translation>%1
ne peut pas être lu</translation>
    </message>
    <message>
        <source>Filter the cards…</source>
        <translation>Filtrer les cartes…</translation>
    </message>
    <message>
        <source>Shows the cards where each word typed begins a word of a title, a text, a source, the id or the theme; the cards of a theme named so come first</source>
        <translation>Montre les cartes où chaque mot tapé commence un mot d’un titre, d’un texte, d’une source, de l’identifiant ou du thème ; les cartes d’un thème ainsi nommé viennent en premier</translation>
    </message>
    <message>
        <source>Filter the cards</source>
        <translation>Filtrer les cartes</translation>
    </message>
    <message>
        <source>+ Fact</source>
        <translation>+ Fait</translation>
    </message>
    <message>
        <source>+ Debate</source>
        <translation>+ Débat</translation>
    </message>
    <message>
        <source>+ Event</source>
        <translation>+ Événement</translation>
    </message>
    <message>
        <source>Add a fact card after the chosen card</source>
        <translation>Ajouter une carte «&#xa0;fait&#xa0;» après la carte choisie</translation>
    </message>
    <message>
        <source>Add a debate card after the chosen card</source>
        <translation>Ajouter une carte débat après la carte choisie</translation>
    </message>
    <message>
        <source>Add a timeline event card after the chosen card</source>
        <translation>Ajouter une carte événement (frise) après la carte choisie</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move the card up</source>
        <translation>Monter la carte</translation>
    </message>
    <message>
        <source>Move the card down</source>
        <translation>Descendre la carte</translation>
    </message>
    <message>
        <source>Cards of the deck</source>
        <translation>Cartes du jeu</translation>
    </message>
    <message>
        <source>%1 cannot be read: this card stays as it was, and cannot be changed until the file is corrected in a text editor. It comes back here as soon as the file reads.</source>
        <translation>%1 ne peut pas être lu&#xa0;: cette carte reste telle qu’elle était et ne peut pas être modifiée tant que le fichier n’est pas corrigé dans un éditeur de texte. Elle revient ici dès que le fichier se lit.</translation>
    </message>
    <message>
        <source>This card has no source: add where its facts come from (title, publisher, year, address).</source>
        <translation>Cette carte n’a pas de source&#xa0;: indiquez d’où viennent ses faits (titre, éditeur, année, adresse).</translation>
    </message>
    <message>
        <source>Will not fit on the printed card: %1</source>
        <translation>Ne tiendra pas sur la carte imprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source> or choose a larger card size</source>
        <translation> ou choisissez un format plus grand</translation>
    </message>
    <message>
        <source>: shorten that word or choose a larger card size</source>
        <translation>&#xa0;: raccourcissez ce mot ou choisissez un format plus grand</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>The deck</source>
        <translation>Le jeu</translation>
    </message>
    <message>
        <source>The chosen theme</source>
        <translation>Le thème choisi</translation>
    </message>
    <message>
        <source>+ Theme</source>
        <translation>+ Thème</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>+ Scenario</source>
        <translation>+ Scénario</translation>
    </message>
    <message>
        <source>Deck and themes</source>
        <translation>Jeu et thèmes</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>%1 (the theme of the file)</source>
        <translation>%1 (le thème du fichier)</translation>
    </message>
    <message>
        <source>(no theme: timeline)</source>
        <translation>(sans thème&#xa0;: frise)</translation>
    </message>
    <message>
        <source>Will not fit on the printed card, “%1” (%2): %3</source>
        <translation>Ne tiendra pas sur la carte imprimée, «&#xa0;%1&#xa0;» (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>No problem; your edits are not saved yet (Ctrl+S saves them).</source>
        <translation>Aucun problème&#x202f;; vos modifications ne sont pas encore enregistrées (Ctrl+S les enregistre).</translation>
    </message>
    <message>
        <source>No problem: every edit is saved, and the deck can be run.</source>
        <translation>Aucun problème&#xa0;: toutes les modifications sont enregistrées, et le jeu peut être joué.</translation>
    </message>
    <message>
        <source>The deck can be run, but 1 text would be cut: choose it to go to its field</source>
        <translation>Le jeu peut être joué, mais 1&#xa0;texte serait coupé&#xa0;: choisissez-le pour aller à son champ</translation>
    </message>
    <message>
        <source>The deck can be run, but %1 texts would be cut: choose one to go to its field</source>
        <translation>Le jeu peut être joué, mais %1&#xa0;textes seraient coupés&#xa0;: choisissez-en un pour aller à son champ</translation>
    </message>
    <message>
        <source>1 problem: choose it to go to its field or its line</source>
        <translation>1 problème&#xa0;: choisissez-le pour aller à son champ ou à sa ligne</translation>
    </message>
    <message>
        <source>%1 problems: choose one to go to its field or its line</source>
        <translation>%1 problèmes&#xa0;: choisissez-en un pour aller à son champ ou à sa ligne</translation>
    </message>
    <message>
        <source>1 problem: choose it to go to its field</source>
        <translation>1 problème&#xa0;: choisissez-le pour aller à son champ</translation>
    </message>
    <message>
        <source>%1 problems: choose one to go to its field</source>
        <translation>%1 problèmes&#xa0;: choisissez-en un pour aller à son champ</translation>
    </message>
    <message>
        <source> (and 1 text that would be cut)</source>
        <translation> (et 1&#xa0;texte qui serait coupé)</translation>
    </message>
    <message>
        <source> (and %1 texts that would be cut)</source>
        <translation> (et %1&#xa0;textes qui seraient coupés)</translation>
    </message>
    <message>
        <source>%1 cannot be read (line %2): correct it in a text editor. Until then the editor cannot show what it holds.</source>
        <translation>%1 ne peut pas être lu (ligne %2)&#xa0;: corrigez-le dans un éditeur de texte. D’ici là, l’éditeur ne peut pas montrer ce qu’il contient.</translation>
    </message>
    <message>
        <source>1 timeline event names it: it stays on the timeline, without a theme.</source>
        <translation>1 événement de la frise le cite&#xa0;: il reste sur la frise, sans thème.</translation>
    </message>
    <message>
        <source>%1 timeline events name it: they stay on the timeline, without a theme.</source>
        <translation>%1 événements de la frise le citent&#xa0;: ils restent sur la frise, sans thème.</translation>
    </message>
    <message>
        <source>Remove a theme and its cards?</source>
        <translation>Supprimer un thème et ses cartes&#x202f;?</translation>
    </message>
    <message>
        <source>The theme “%1” still has a card.</source>
        <translation>Le thème «&#xa0;%1&#xa0;» a encore une carte.</translation>
    </message>
    <message>
        <source>The theme “%1” still has %2 cards.</source>
        <translation>Le thème «&#xa0;%1&#xa0;» a encore %2 cartes.</translation>
    </message>
    <message>
        <source>It is removed with the theme: a fact or a debate needs a theme.</source>
        <translation>Elle est supprimée avec le thème&#xa0;: un fait ou un débat a besoin d’un thème.</translation>
    </message>
    <message>
        <source>They are removed with the theme: a fact or a debate needs a theme.</source>
        <translation>Elles sont supprimées avec le thème&#xa0;: un fait ou un débat a besoin d’un thème.</translation>
    </message>
    <message>
        <source>To keep a card, give it another theme first (its Theme field, on the Cards page).</source>
        <translation>Pour garder une carte, donnez-lui d’abord un autre thème (son champ Thème, page Cartes).</translation>
    </message>
    <message>
        <source>Ctrl+Z brings everything back.</source>
        <translation>Ctrl+Z ramène le tout.</translation>
    </message>
    <message>
        <source>Remove the theme and its card</source>
        <translation>Supprimer le thème et sa carte</translation>
    </message>
    <message>
        <source>Remove the theme and its %1 cards</source>
        <translation>Supprimer le thème et ses %1 cartes</translation>
    </message>
    <message>
        <source>Theme “%1” removed. Ctrl+Z brings it back.</source>
        <translation>Thème «&#xa0;%1&#xa0;» retiré. Ctrl+Z le ramène.</translation>
    </message>
    <message>
        <source>Theme “%1” and its card removed. Ctrl+Z brings them back.</source>
        <translation>Thème «&#xa0;%1&#xa0;» et sa carte supprimés. Ctrl+Z les ramène.</translation>
    </message>
    <message>
        <source>Theme “%1” and its %2 cards removed. Ctrl+Z brings them back.</source>
        <translation>Thème «&#xa0;%1&#xa0;» et ses %2 cartes supprimés. Ctrl+Z les ramène.</translation>
    </message>
    <message>
        <source>1 timeline event keeps its place, without a theme.</source>
        <translation>1 événement de la frise garde sa place, sans thème.</translation>
    </message>
    <message>
        <source>%1 timeline events keep their place, without a theme.</source>
        <translation>%1 événements de la frise gardent leur place, sans thème.</translation>
    </message>
    <message>
        <source>Scenario “%1” removed: its file goes when you save. Ctrl+Z brings it back.</source>
        <translation>Scénario «&#xa0;%1&#xa0;» retiré&#xa0;: son fichier sera supprimé à l’enregistrement. Ctrl+Z le ramène.</translation>
    </message>
    <message>
        <source>Parts of the deck</source>
        <translation>Parties du jeu</translation>
    </message>
    <message>
        <source>Problems of the deck</source>
        <translation>Problèmes du jeu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the address in the web browser</source>
        <translation>Ouvrir l’adresse dans le navigateur</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Couleur du thème</translation>
    </message>
    <message>
        <source>Contrast of the white card text: %1:1, under 4.5:1: hard to read</source>
        <translation>Contraste du texte blanc de la carte&#xa0;: %1:1, sous 4,5:1&#xa0;: difficile à lire</translation>
    </message>
    <message>
        <source>Contrast of the white card text: %1:1 (4.5:1 needed)</source>
        <translation>Contraste du texte blanc de la carte&#xa0;: %1:1 (4,5:1 requis)</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>(no icon: a neutral mark)</source>
        <translation>(sans icône&#xa0;: une marque neutre)</translation>
    </message>
    <message>
        <source>Theme icon</source>
        <translation>Icône du thème</translation>
    </message>
    <message>
        <source>SVG icons (*.svg)</source>
        <translation>Icônes SVG (*.svg)</translation>
    </message>
    <message>
        <source>The icon must be a file inside the deck folder. Copy it into the deck&apos;s assets/icons folder first, then choose it there.</source>
        <translation>L’icône doit être un fichier du dossier du jeu. Copiez-la d’abord dans le dossier assets/icons du jeu, puis choisissez-la là.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Leave empty when the name is the same in every language</source>
        <translation>Laisser vide quand le nom est le même dans toutes les langues</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>A copy of the bundled deck, to adapt</source>
        <translation>Une copie du jeu fourni, à adapter</translation>
    </message>
    <message>
        <source>An empty deck: no theme, no card yet</source>
        <translation>Un jeu vide&#xa0;: ni thème ni carte pour l’instant</translation>
    </message>
    <message>
        <source>Folder of the new deck:</source>
        <translation>Dossier du nouveau jeu&#xa0;:</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Folder of the new deck</source>
        <translation>Dossier du nouveau jeu</translation>
    </message>
    <message>
        <source>Give the folder of the new deck.</source>
        <translation>Indiquez le dossier du nouveau jeu.</translation>
    </message>
    <message>
        <source>This folder is not empty: choose a new or empty folder, so that no file is written over.</source>
        <translation>Ce dossier n’est pas vide&#xa0;: choisissez un dossier nouveau ou vide, pour qu’aucun fichier ne soit écrasé.</translation>
    </message>
    <message>
        <source>Total: %1 minutes</source>
        <translation>Total&#xa0;: %1 minutes</translation>
    </message>
    <message>
        <source>Save a deck with problems?</source>
        <translation>Enregistrer un jeu qui a des problèmes&#x202f;?</translation>
    </message>
    <message>
        <source>The deck has a problem: the workshop cannot run it until it is fixed.</source>
        <translation>Le jeu a un problème&#xa0;: l’atelier ne peut pas le jouer tant qu’il n’est pas corrigé.</translation>
    </message>
    <message>
        <source>The deck has %1 problems: the workshop cannot run it until they are fixed.</source>
        <translation>Le jeu a %1 problèmes&#xa0;: l’atelier ne peut pas le jouer tant qu’ils ne sont pas corrigés.</translation>
    </message>
    <message>
        <source>…and %1 more, listed under the form.</source>
        <translation>…et %1 de plus, sous le formulaire.</translation>
    </message>
    <message>
        <source>Save it as it is, to go on later?</source>
        <translation>L’enregistrer tel quel, pour continuer plus tard&#x202f;?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Files changed on disk</source>
        <translation>Fichiers modifiés sur le disque</translation>
    </message>
    <message>
        <source>Another program changed these deck files since you opened them:</source>
        <translation>Un autre programme a modifié ces fichiers du jeu depuis que vous les avez ouverts&#xa0;:</translation>
    </message>
    <message>
        <source>Keep mine: save your version over theirs. Take theirs: read their version and drop your unsaved edits in these files. Cancel: change nothing for now.</source>
        <translation>Garder la mienne&#xa0;: enregistrer votre version à la place de la leur. Prendre la leur&#xa0;: lire leur version et abandonner vos modifications non enregistrées de ces fichiers. Annuler&#xa0;: ne rien changer pour l’instant.</translation>
    </message>
    <message>
        <source>Keep mine…</source>
        <translation>Garder la mienne…</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Save over their changes?</source>
        <translation>Enregistrer par-dessus leurs modifications&#x202f;?</translation>
    </message>
    <message>
        <source>Their changes to %1 will be lost. Save your version over them?</source>
        <translation>Leurs modifications de %1 seront perdues. Enregistrer votre version à la place&#x202f;?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Adresse (URL)</translation>
    </message>
    <message>
        <source>Checked (month)</source>
        <translation>Vérifiée (mois)</translation>
    </message>
    <message>
        <source>The month the address was last opened and read, as 2026-03</source>
        <translation>Le mois où l’adresse a été ouverte et lue pour la dernière fois, par exemple 2026-03</translation>
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
        <translation>Thème</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notes de l’animateur</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Contested figure</source>
        <translation>Chiffre contesté</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Author or publisher</source>
        <translation>Auteur ou éditeur</translation>
    </message>
    <message>
        <source>Language of the title</source>
        <translation>Langue du titre</translation>
    </message>
    <message>
        <source>Said after the title in a list of sources written in another language, such as the English summary</source>
        <translation>Indiquée après le titre dans une liste de sources écrite dans une autre langue, comme le bilan en anglais</translation>
    </message>
    <message>
        <source>+ Source</source>
        <translation>+ Source</translation>
    </message>
    <message>
        <source>Arguments for</source>
        <translation>Arguments pour</translation>
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
        <translation>Arguments contre</translation>
    </message>
    <message>
        <source>Month (1–12)</source>
        <translation>Mois (1–12)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icône</translation>
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
        <translation>Conséquence</translation>
    </message>
    <message>
        <source>Effects on indicators</source>
        <translation>Effets sur les indicateurs</translation>
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
        <translation>Valeur de départ</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>+ Indicator</source>
        <translation>+ Indicateur</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>+ Decision</source>
        <translation>+ Décision</translation>
    </message>
    <message>
        <source>Epilogue</source>
        <translation>Épilogue</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>+ Phase</source>
        <translation>+ Étape</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <source>Debates</source>
        <translation>Débats</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
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
        <source>same: %1</source>
        <translation>idem&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: no card yet</source>
        <translation>%1&#xa0;: aucune carte encore</translation>
    </message>
    <message>
        <source>Choose this row, then + Fact or + Debate: the new card goes into this theme (%1)</source>
        <translation>Choisissez cette ligne, puis + Fait ou + Débat&#xa0;: la nouvelle carte va dans ce thème (%1)</translation>
    </message>
</context>
<context>
    <name>DeckProblemsPanel</name>
    <message numerus="yes">
        <source>On the projected screen (1280×720), the consequence of option %1 of decision %2 (%3) is cut: shorten it by about %n word(s)</source>
        <translation>
            <numerusform>Sur l’écran projeté (1280×720), la conséquence de l’option %1 de la décision %2 (%3) est coupée&#xa0;: raccourcissez-la d’environ %n mot</numerusform>
            <numerusform>Sur l’écran projeté (1280×720), la conséquence de l’option %1 de la décision %2 (%3) est coupée&#xa0;: raccourcissez-la d’environ %n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the projected screen (1280×720), the label of option %1 of decision %2 (%3) is cut: shorten it by about %n word(s)</source>
        <translation>
            <numerusform>Sur l’écran projeté (1280×720), l’intitulé de l’option %1 de la décision %2 (%3) est coupé&#xa0;: raccourcissez-le d’environ %n mot</numerusform>
            <numerusform>Sur l’écran projeté (1280×720), l’intitulé de l’option %1 de la décision %2 (%3) est coupé&#xa0;: raccourcissez-le d’environ %n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the projected screen (1280×720), the situation of decision %2 (%3) is cut: shorten it by about %n word(s)</source>
        <translation>
            <numerusform>Sur l’écran projeté (1280×720), la situation de la décision %2 (%3) est coupée&#xa0;: raccourcissez-la d’environ %n mot</numerusform>
            <numerusform>Sur l’écran projeté (1280×720), la situation de la décision %2 (%3) est coupée&#xa0;: raccourcissez-la d’environ %n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the projected screen (1280×720), the title of decision %2 (%3) is cut: shorten it by about %n word(s)</source>
        <translation>
            <numerusform>Sur l’écran projeté (1280×720), le titre de la décision %2 (%3) est coupé&#xa0;: raccourcissez-le d’environ %n mot</numerusform>
            <numerusform>Sur l’écran projeté (1280×720), le titre de la décision %2 (%3) est coupé&#xa0;: raccourcissez-le d’environ %n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the projected screen (1280×720), the title of the scenario (%3) is cut: shorten it by about %n word(s)</source>
        <translation>
            <numerusform>Sur l’écran projeté (1280×720), le titre du scénario (%3) est coupé&#xa0;: raccourcissez-le d’environ %n mot</numerusform>
            <numerusform>Sur l’écran projeté (1280×720), le titre du scénario (%3) est coupé&#xa0;: raccourcissez-le d’environ %n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the projected screen (1280×720), the introduction (%3) is cut: shorten it by about %n word(s)</source>
        <translation>
            <numerusform>Sur l’écran projeté (1280×720), l’introduction (%3) est coupée&#xa0;: raccourcissez-la d’environ %n mot</numerusform>
            <numerusform>Sur l’écran projeté (1280×720), l’introduction (%3) est coupée&#xa0;: raccourcissez-la d’environ %n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the projected screen (1280×720), the epilogue (%3) is cut: shorten it by about %n word(s)</source>
        <translation>
            <numerusform>Sur l’écran projeté (1280×720), l’épilogue (%3) est coupé&#xa0;: raccourcissez-le d’environ %n mot</numerusform>
            <numerusform>Sur l’écran projeté (1280×720), l’épilogue (%3) est coupé&#xa0;: raccourcissez-le d’environ %n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>in French</source>
        <translation>en français</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>en anglais</translation>
    </message>
    <message numerus="yes">
        <source>On the projected screen (%4), with %n fact(s) played, the claim of “%1” (%3) is cut: it shows about %5 of its %6 characters; shorten it to %5 at most</source>
        <translation>
            <numerusform>Sur l’écran projeté (%4), avec %n fait joué, l’affirmation de «&#xa0;%1&#xa0;» (%3) est coupée&#xa0;: l’écran en montre environ %5 caractères sur %6&#x202f;; raccourcissez-la à %5 au plus</numerusform>
            <numerusform>Sur l’écran projeté (%4), avec %n faits joués, l’affirmation de «&#xa0;%1&#xa0;» (%3) est coupée&#xa0;: l’écran en montre environ %5 caractères sur %6&#x202f;; raccourcissez-la à %5 au plus</numerusform>
        </translation>
    </message>
    <message>
        <source>On the projected screen (%4), the claim of “%1” (%3) is cut even before any fact is played: shorten it to %5 characters at most (it has %6)</source>
        <translation>Sur l’écran projeté (%4), l’affirmation de «&#xa0;%1&#xa0;» (%3) est coupée avant même qu’un fait soit joué&#xa0;: raccourcissez-la à %5 caractères au plus (elle en a %6)</translation>
    </message>
    <message numerus="yes">
        <source>The deck runs, but the projected screen would cut %n text(s)</source>
        <translation>
            <numerusform>Le jeu fonctionne, mais l’écran projeté couperait %n texte</numerusform>
            <numerusform>Le jeu fonctionne, mais l’écran projeté couperait %n textes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten them: the room would not read their end. Choose one to go to its field.</source>
        <translation>
            <numerusform>Raccourcissez-le&#xa0;: la salle n’en lirait pas la fin. Choisissez-le pour aller à son champ.</numerusform>
            <numerusform>Raccourcissez-les&#xa0;: la salle n’en lirait pas la fin. Choisissez-en un pour aller à son champ.</numerusform>
        </translation>
    </message>
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
        <source>Texts cut on the projected screen</source>
        <translation>Textes coupés sur l’écran projeté</translation>
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
        <source>&amp;Copy warnings</source>
        <translation>Co&amp;pier les avertissements</translation>
    </message>
    <message>
        <source>Copy the warnings to the clipboard</source>
        <translation>Copier les avertissements dans le presse-papiers</translation>
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
    <name>DeckTroubleBar</name>
    <message numerus="yes">
        <source>The deck in %1 cannot be run: %n problem(s) to fix</source>
        <translation>
            <numerusform>Le jeu de %1 ne peut pas être lancé&#xa0;: %n problème à corriger</numerusform>
            <numerusform>Le jeu de %1 ne peut pas être lancé&#xa0;: %n problèmes à corriger</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix it in the deck editor, which opens at the first problem: once it is saved, the workshop starts on it.</source>
        <translation>Corrigez-le dans l’éditeur du jeu, qui s’ouvre au premier problème&#xa0;: une fois le jeu enregistré, l’atelier démarre dessus.</translation>
    </message>
    <message>
        <source>Fix it in the deck editor, which opens at the first problem: once it is saved, the workshop starts on it. Or run the workshop now on another deck; the files stay as they are.</source>
        <translation>Corrigez-le dans l’éditeur du jeu, qui s’ouvre au premier problème&#xa0;: une fois le jeu enregistré, l’atelier démarre dessus. Ou lancez l’atelier tout de suite sur un autre jeu&#x202f;; les fichiers restent tels quels.</translation>
    </message>
    <message>
        <source>Deck problems</source>
        <translation>Problèmes du jeu</translation>
    </message>
    <message>
        <source>&amp;Fix in the deck editor</source>
        <translation>Corri&amp;ger dans l’éditeur du jeu</translation>
    </message>
    <message>
        <source>&amp;Open %1 in a text editor</source>
        <translation>Ou&amp;vrir %1 dans un éditeur de texte</translation>
    </message>
    <message>
        <source>&amp;Use the last deck that loaded: %1</source>
        <translation>U&amp;tiliser le dernier jeu chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Use the bundled deck: %1</source>
        <translation>U&amp;tiliser le jeu fourni&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeckWindow</name>
    <message numerus="yes">
        <source>The cards cannot be shown here until %1 is fixed: a workshop runs on a whole deck. The editor (Ctrl+E) shows the cards that read, and leads to each problem listed above; the cards come back here as soon as the file is saved.</source>
        <translation>
            <numerusform>Les cartes ne peuvent pas s’afficher ici tant que %1 n’est pas corrigé&#xa0;: un atelier se joue sur un jeu entier. L’éditeur (Ctrl+E) montre les cartes lisibles et mène à chaque problème listé ci-dessus&#x202f;; les cartes reviennent ici dès que le fichier est enregistré.</numerusform>
            <numerusform>Les cartes ne peuvent pas s’afficher ici tant que %1 ne sont pas corrigés&#xa0;: un atelier se joue sur un jeu entier. L’éditeur (Ctrl+E) montre les cartes lisibles et mène à chaque problème listé ci-dessus&#x202f;; les cartes reviennent ici dès que les fichiers sont enregistrés.</numerusform>
        </translation>
    </message>
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
        <source>Unsaved edits</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The deck has edits that are not saved. Save them?</source>
        <translation>Le jeu a des modifications non enregistrées. Les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>new-deck</source>
        <translation>nouveau-jeu</translation>
    </message>
    <message numerus="yes">
        <source>Print only the %n cards selected, with their backs</source>
        <translation>
            <numerusform>Imprimer seulement la carte choisie, avec son verso</numerusform>
            <numerusform>Imprimer seulement les %n cartes choisies, avec leurs versos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print &amp;these %n cards…</source>
        <translation>
            <numerusform>Imprimer cette car&amp;te…</numerusform>
            <numerusform>Imprimer ces %n car&amp;tes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of the deck</source>
        <translation>Enregistrer une copie du jeu</translation>
    </message>
    <message>
        <source>The deck and your edits are saved in %1: you are working on this copy now; the original stays as it was.</source>
        <translation>Le jeu et vos modifications sont enregistrés dans %1&#xa0;: vous travaillez maintenant sur cette copie&#x202f;; l’original reste tel qu’il était.</translation>
    </message>
    <message>
        <source>Choose a card first: click it among the cards, or in the editor.</source>
        <translation>Choisissez d’abord une carte&#xa0;: cliquez-la parmi les cartes, ou dans l’éditeur.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
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
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the cards or the workshop kit: sheets to cut out, as PDF (Ctrl+P)</source>
        <translation>Imprimer les cartes ou le kit de l’atelier&#xa0;: des planches à découper, en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Edit the deck</source>
        <translation>Modifier le jeu</translation>
    </message>
    <message>
        <source>Add or change cards, themes and scenarios (Ctrl+E)</source>
        <translation>Ajouter ou changer des cartes, des thèmes et des scénarios (Ctrl+E)</translation>
    </message>
    <message>
        <source>Back to the cards</source>
        <translation>Revenir aux cartes</translation>
    </message>
    <message>
        <source>Leave the editor and see the deck&apos;s cards (Ctrl+E); unsaved edits are asked about first</source>
        <translation>Quitter l’éditeur et voir les cartes du jeu (Ctrl+E)&#x202f;; les modifications non enregistrées sont demandées d’abord</translation>
    </message>
</context>
<context>
    <name>FinishedQuestion</name>
    <message>
        <source>This debate is over</source>
        <translation>Ce débat est terminé</translation>
    </message>
    <message>
        <source>This debate is over. Change it anyway?</source>
        <translation>Ce débat est terminé. Le modifier quand même&#x202f;?</translation>
    </message>
    <message>
        <source>This workshop is over</source>
        <translation>Cet atelier est terminé</translation>
    </message>
    <message>
        <source>This workshop is over. Change it anyway?</source>
        <translation>Cet atelier est terminé. Le modifier quand même&#x202f;?</translation>
    </message>
    <message>
        <source>A summary already exported will not show the change. Nothing has changed so far.</source>
        <translation>Le bilan déjà exporté ne le dira pas. Rien n’a changé jusqu’ici.</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>Ne rien changer</translation>
    </message>
</context>
<context>
    <name>GapArrows</name>
    <message>
        <source>Here (PageDown)</source>
        <translation>Ici (Page suiv.)</translation>
    </message>
    <message>
        <source>Place the card held up: %1</source>
        <translation>Placer la carte tenue&#xa0;: %1</translation>
    </message>
    <message>
        <source>With the remote, PageDown puts it there; Up and Down choose another place. Ctrl+Z takes a card back.</source>
        <translation>Par la télécommande, Page suiv. la pose là&#x202f;; Haut et Bas choisissent une autre place. Ctrl+Z reprend une carte.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Session recovered after an abrupt stop (double-click: its note again)</source>
        <translation>Séance récupérée après un arrêt brutal (double-clic&#xa0;: sa note de nouveau)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History of the session</source>
        <translation>Historique de la séance</translation>
    </message>
</context>
<context>
    <name>KitExport</name>
    <message>
        <source>Workshop kit</source>
        <translation>Kit de l’atelier</translation>
    </message>
    <message>
        <source>The kit was not saved: %1</source>
        <translation>Le kit n’a pas été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Form filled in from “%1”: check it, then start the session.</source>
        <translation>Formulaire rempli d’après «&#xa0;%1&#xa0;»&#xa0;: vérifiez, puis commencez la séance.</translation>
    </message>
    <message>
        <source>Form filled in from “%1”, with the open deck: this session&apos;s deck (%2) is not on this computer.</source>
        <translation>Formulaire rempli d’après «&#xa0;%1&#xa0;», avec le jeu ouvert&#xa0;: le jeu de cette séance (%2) est introuvable sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Open a session file</source>
        <translation>Ouvrir un fichier de séance</translation>
    </message>
    <message>
        <source>Bataille IA sessions (*%1)</source>
        <translation>Séances Bataille IA (*%1)</translation>
    </message>
    <message>
        <source>The deck used last time is no longer at %1 (a USB stick taken out?): the bundled deck is open. “Other deck…” opens another.</source>
        <translation>Le jeu utilisé la dernière fois n’est plus dans %1 (une clé USB retirée&#x202f;?)&#xa0;: le jeu fourni est ouvert. «&#xa0;Autre jeu…&#xa0;» en ouvre un autre.</translation>
    </message>
    <message>
        <source>Open a deck folder</source>
        <translation>Ouvrir un dossier de jeu</translation>
    </message>
    <message>
        <source>Deck loaded.</source>
        <translation>Jeu chargé.</translation>
    </message>
    <message>
        <source>The workshop runs on “%1”. The deck in %2 was left as it is, with its problems.</source>
        <translation>L’atelier se jouera sur «&#xa0;%1&#xa0;». Le jeu de %2 reste tel quel, avec ses problèmes.</translation>
    </message>
</context>
<context>
    <name>LeaveGuard</name>
    <message>
        <source>Leave “%1”?</source>
        <translation>Quitter «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>In “%1”, %2. Leave it anyway?</source>
        <translation>Dans «&#xa0;%1&#xa0;», %2. La quitter quand même&#x202f;?</translation>
    </message>
    <message>
        <source>With the remote: PageDown leaves, PageUp stays.</source>
        <translation>Par la télécommande&#xa0;: Page suiv. la quitte, Page préc. y reste.</translation>
    </message>
    <message>
        <source>In “%1”, %2. End the workshop anyway?</source>
        <translation>Dans «&#xa0;%1&#xa0;», %2. Terminer l’atelier quand même&#x202f;?</translation>
    </message>
    <message>
        <source>With the remote: PageDown ends the workshop, PageUp stays.</source>
        <translation>Par la télécommande&#xa0;: Page suiv. termine l’atelier, Page préc. y reste.</translation>
    </message>
    <message>
        <source>Nothing is noted in the debrief yet (what the room takes away, its commitments).</source>
        <translation>Rien n’est encore noté dans le bilan (ce que la salle retient, ses engagements).</translation>
    </message>
    <message>
        <source>Also, %1.</source>
        <translation>De plus, %1.</translation>
    </message>
    <message>
        <source>End the workshop anyway?</source>
        <translation>Terminer l’atelier quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Leave it anyway?</source>
        <translation>Le quitter quand même&#x202f;?</translation>
    </message>
    <message>
        <source>End the workshop?</source>
        <translation>Terminer l’atelier&#x202f;?</translation>
    </message>
    <message>
        <source>With the remote: PageDown ends the workshop, PageUp stays in the debrief.</source>
        <translation>Par la télécommande&#xa0;: Page suiv. termine l’atelier, Page préc. reste au bilan.</translation>
    </message>
    <message>
        <source>End anyway</source>
        <translation>Terminer quand même</translation>
    </message>
    <message>
        <source>Leave anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <source>Note the debrief</source>
        <translation>Noter le bilan</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>LitFirst</name>
    <message>
        <source>The stage is shown again; nothing else was done. Press again to move on.</source>
        <translation>La projection est de nouveau affichée&#xa0;; rien d’autre n’a été fait. Appuyez encore pour avancer.</translation>
    </message>
</context>
<context>
    <name>MidVoteClose</name>
    <message>
        <source>the phones are answering the vote before the debate (answers: %1)</source>
        <translation>les téléphones répondent au vote avant le débat (réponses&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the phones are answering the vote after the debate (answers: %1)</source>
        <translation>les téléphones répondent au vote après le débat (réponses&#xa0;: %1)</translation>
    </message>
    <message>
        <source>counts typed for %1 are not recorded</source>
        <translation>les nombres saisis pour %1 ne sont pas enregistrés</translation>
    </message>
    <message>
        <source>Quit during a vote?</source>
        <translation>Quitter pendant un vote&#x202f;?</translation>
    </message>
    <message>
        <source>A vote is under way: %1. Quit anyway?</source>
        <translation>Un vote est en cours&#xa0;: %1. Quitter quand même&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Continue the vote</source>
        <translation>&amp;Continuer le vote</translation>
    </message>
    <message>
        <source>None of it has been recorded. Reopen the session within three hours to go on with it: the phones are activated again and asked again (each phone sends its answer again), the counts typed are back in their boxes.</source>
        <translation>Rien n’en a été enregistré. Rouvrez la séance dans les trois heures pour le reprendre&#xa0;: les téléphones sont de nouveau activés et le vote leur est redemandé (chaque téléphone renvoie sa réponse), les nombres saisis reviennent dans leurs cases.</translation>
    </message>
    <message>
        <source>None of it has been recorded. Reopen the session within three hours to go on with it: the phones are activated again and asked again (each phone sends its answer again).</source>
        <translation>Rien n’en a été enregistré. Rouvrez la séance dans les trois heures pour le reprendre&#xa0;: les téléphones sont de nouveau activés et le vote leur est redemandé (chaque téléphone renvoie sa réponse).</translation>
    </message>
    <message>
        <source>None of it has been recorded. Reopen the session within three hours to go on with it: the counts typed are back in their boxes, as typed.</source>
        <translation>Rien n’en a été enregistré. Rouvrez la séance dans les trois heures pour le reprendre&#xa0;: les nombres saisis reviennent dans leurs cases, tels quels.</translation>
    </message>
    <message>
        <source>The vote under way was left as it was, none of it recorded: reopen the session within three hours to go on with it.</source>
        <translation>Le vote en cours a été laissé tel quel, sans rien en enregistrer&#xa0;: rouvrez la séance dans les trois heures pour le reprendre.</translation>
    </message>
    <message>
        <source>The session was closed during a vote, which was left as it was: %1.</source>
        <translation>La séance a été fermée pendant un vote, resté en l’état&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Quitter quand même</translation>
    </message>
    <message>
        <source>the phones are on again and their vote is asked again (each phone that had answered sends its answer again)</source>
        <translation>les téléphones sont de nouveau activés et leur vote est redemandé (chaque téléphone qui avait répondu renvoie sa réponse)</translation>
    </message>
    <message>
        <source>the counts typed are back in their boxes, not recorded</source>
        <translation>les nombres saisis sont de retour dans leurs cases, non enregistrés</translation>
    </message>
</context>
<context>
    <name>MigrationBanner</name>
    <message>
        <source>Session file from an earlier version of Bataille IA, converted; the original is kept as it was in %1</source>
        <translation>Fichier de séance d’une version précédente de Bataille IA, converti&#x202f;; l’original est gardé tel quel dans %1</translation>
    </message>
</context>
<context>
    <name>NameEditor</name>
    <message>
        <source>Team name</source>
        <translation>Nom de l’équipe</translation>
    </message>
    <message>
        <source>Up to %1 characters: Enter renames the team, Esc leaves it</source>
        <translation>Jusqu’à %1 caractères&#xa0;: Entrée renomme l’équipe, Échap la laisse telle quelle</translation>
    </message>
</context>
<context>
    <name>NextPanel</name>
    <message>
        <source>E&amp;xport the summary…</source>
        <translation>E&amp;xporter le bilan…</translation>
    </message>
    <message>
        <source>Summary saved: %1. Another format? The same button.</source>
        <translation>Bilan enregistré&#xa0;: %1. Un autre format&#x202f;? Le même bouton.</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Et ensuite</translation>
    </message>
    <message>
        <source>Take the next step</source>
        <translation>Avancer</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>No notes for this moment.</source>
        <translation>Pas de notes pour ce moment.</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notes de l’animateur</translation>
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
        <translation>Ouvrir le dossier où il se trouve</translation>
    </message>
    <message>
        <source>Open the file just written</source>
        <translation>Ouvrir le fichier tout juste écrit</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Open the file just written: %1</source>
        <translation>Ouvrir le fichier tout juste écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary saved: %1, in %2.</source>
        <translation>Bilan enregistré&#xa0;: %1, dans %2.</translation>
    </message>
    <message>
        <source>Workshop kit saved: %1, in %2.</source>
        <translation>Kit de l’atelier enregistré&#xa0;: %1, dans %2.</translation>
    </message>
</context>
<context>
    <name>PhasePanel</name>
    <message>
        <source>Debate over</source>
        <translation>Débat terminé</translation>
    </message>
    <message>
        <source>The debate is over, and every action is in its session file. Save the summary for the room: “Export the summary…”, on the right.</source>
        <translation>Le débat est terminé, et chaque action est dans son fichier de séance. Gardez-en le bilan pour la salle&#xa0;: «&#xa0;Exporter le bilan…&#xa0;», à droite.</translation>
    </message>
    <message>
        <source>Workshop over</source>
        <translation>Atelier terminé</translation>
    </message>
    <message>
        <source>The workshop is over, and every action is in its session file. Save the summary for the room: “Export the summary…”, on the right.</source>
        <translation>L’atelier est terminé, et chaque action est dans son fichier de séance. Gardez-en le bilan pour la salle&#xa0;: «&#xa0;Exporter le bilan…&#xa0;», à droite.</translation>
    </message>
    <message>
        <source>Between phases</source>
        <translation>Entre deux étapes</translation>
    </message>
    <message>
        <source>Nothing is under way. %1</source>
        <translation>Rien n’est en cours. %1</translation>
    </message>
    <message>
        <source>Talk with the room; press PageDown or “Next phase” when ready.</source>
        <translation>Échangez avec la salle&#x202f;; appuyez sur Page suiv. ou «&#xa0;Étape suivante&#xa0;» quand vous êtes prêt.</translation>
    </message>
</context>
<context>
    <name>PhonesMove</name>
    <message>
        <source>Phones: this computer has the address %1 again; the phones come back by themselves.</source>
        <translation>Téléphones&#xa0;: cet ordinateur a de nouveau l’adresse %1&#x202f;; les téléphones reviennent d’eux-mêmes.</translation>
    </message>
    <message>
        <source>Phones: this computer no longer has the address %1, the phones cannot reach it (Phones box: move them to its new address).</source>
        <translation>Téléphones&#xa0;: cet ordinateur n’a plus l’adresse %1, les téléphones ne peuvent plus le joindre (cadre Téléphones&#xa0;: déplacez-les vers sa nouvelle adresse).</translation>
    </message>
    <message>
        <source>The phones could not move to %1: this computer no longer has it, or does not let the app listen there.</source>
        <translation>Les téléphones n’ont pas pu passer à %1&#xa0;: cet ordinateur n’a plus cette adresse, ou n’y laisse pas l’application écouter.</translation>
    </message>
    <message>
        <source>They are off: turn them on again on another address.</source>
        <translation>Ils sont désactivés&#xa0;: réactivez-les sur une autre adresse.</translation>
    </message>
    <message>
        <source>Phones moved to %1: have the room scan the new QR code on the stage.</source>
        <translation>Téléphones déplacés vers %1&#xa0;: faites scanner à la salle le nouveau QR code à l’écran.</translation>
    </message>
    <message numerus="yes">
        <source>Vote under way: the phones answer again at the new address (the %n answer(s) given at the old one are set aside, so that none counts twice).</source>
        <translation>
            <numerusform>Vote en cours&#xa0;: les téléphones répondent de nouveau à la nouvelle adresse (la réponse donnée à l’ancienne est mise de côté, pour qu’aucune ne compte deux fois).</numerusform>
            <numerusform>Vote en cours&#xa0;: les téléphones répondent de nouveau à la nouvelle adresse (les %n réponses données à l’ancienne sont mises de côté, pour qu’aucune ne compte deux fois).</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote under way: the phones answer at the new address.</source>
        <translation>Vote en cours&#xa0;: les téléphones répondent à la nouvelle adresse.</translation>
    </message>
    <message>
        <source>Listen at this address from now on, keeping the room, its recorded votes and the vote under way (the phones answer it again)</source>
        <translation>Écouter désormais à cette adresse, en gardant la salle, ses votes enregistrés et le vote en cours (les téléphones y répondent de nouveau)</translation>
    </message>
    <message>
        <source>This computer no longer has the address %1: the phones cannot reach it.</source>
        <translation>Cet ordinateur n’a plus l’adresse %1&#xa0;: les téléphones ne peuvent plus le joindre.</translation>
    </message>
    <message>
        <source>Its address is now %1: move the phones there, then have the room scan the new QR code.</source>
        <translation>Son adresse est maintenant %1&#xa0;: déplacez-y les téléphones, puis faites scanner à la salle le nouveau QR code.</translation>
    </message>
    <message>
        <source>Choose its address on the room’s network, then move the phones there.</source>
        <translation>Choisissez son adresse sur le réseau de la salle, puis déplacez-y les téléphones.</translation>
    </message>
    <message>
        <source>Connect it to the room’s Wi-Fi: its new address will show here.</source>
        <translation>Connectez-le au Wi-Fi de la salle&#xa0;: sa nouvelle adresse s’affichera ici.</translation>
    </message>
    <message>
        <source>Move the phones to %1</source>
        <translation>Déplacer les téléphones vers %1</translation>
    </message>
</context>
<context>
    <name>PhonesPanel</name>
    <message>
        <source>No network: connect this computer to the room&apos;s Wi-Fi, then try again.</source>
        <translation>Pas de réseau&#xa0;: connectez cet ordinateur au Wi-Fi de la salle, puis réessayez.</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>La copie n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phones can&apos;t connect?</source>
        <translation>Connexion impossible&#x202f;?</translation>
    </message>
    <message>
        <source>• Android may leave a Wi-Fi without internet: turn mobile data off on the phone.</source>
        <translation>• Android peut quitter un Wi-Fi sans Internet&#xa0;: coupez les données mobiles du téléphone.</translation>
    </message>
    <message>
        <source>• A phone hotspot holds about 8 devices; a class needs the school&apos;s Wi-Fi or a travel router.</source>
        <translation>• Un partage de connexion accepte environ 8 appareils&#x202f;; une classe a besoin du Wi-Fi de l’établissement ou d’un routeur de voyage.</translation>
    </message>
    <message>
        <source>• This computer&apos;s firewall must let port %1 in (TCP).</source>
        <translation>• Le pare-feu de cet ordinateur doit laisser entrer le port %1 (TCP).</translation>
    </message>
    <message>
        <source>Phones: off</source>
        <translation>Téléphones&#xa0;: désactivés</translation>
    </message>
    <message>
        <source>The phones’ address (room %2):
%1</source>
        <translation>Adresse des téléphones (salle %2)&#xa0;:
%1</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>pas de réseau</translation>
    </message>
    <message>
        <source>&amp;Join screen on the stage</source>
        <translation>Écran pour rejoindre</translation>
    </message>
    <message>
        <source>Port %1 is taken by another program: phones that had joined must scan the code again.</source>
        <translation>Le port %1 est pris par un autre programme&#xa0;: les téléphones déjà venus doivent scanner de nouveau le code.</translation>
    </message>
    <message>
        <source>Votes closed by hand</source>
        <translation>Votes clos à la main</translation>
    </message>
    <message>
        <source>Votes close after %1 s</source>
        <translation>Votes clos après %1 s</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) have not sent their feedback yet</source>
        <translation>
            <numerusform>%n téléphone n’a pas encore envoyé son avis</numerusform>
            <numerusform>%n téléphones n’ont pas encore envoyé leur avis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n phone(s) have not sent their feedback yet</source>
        <translation>
            <numerusform>%n téléphone au plus n’a pas encore envoyé son avis</numerusform>
            <numerusform>jusqu’à %n téléphones n’ont pas encore envoyé leur avis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had sent it before voting moved to a new address</source>
        <translation>
            <numerusform>%n l’avait envoyé avant que le vote change d’adresse</numerusform>
            <numerusform>%n l’avaient envoyé avant que le vote change d’adresse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phones off: the debate is over. The vote was closed first: its %n answer(s) are in the counts.</source>
        <translation>
            <numerusform>Téléphones désactivés&#xa0;: le débat est terminé. Le vote a d’abord été clos&#xa0;: sa réponse est dans les comptes.</numerusform>
            <numerusform>Téléphones désactivés&#xa0;: le débat est terminé. Le vote a d’abord été clos&#xa0;: ses %n réponses sont dans les comptes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones off: the debate is over; the phones show a thank-you.</source>
        <translation>Téléphones désactivés&#xa0;: le débat est terminé&#x202f;; les téléphones affichent un remerciement.</translation>
    </message>
    <message numerus="yes">
        <source>Phones off: the workshop is over. The vote was closed first: its %n answer(s) are in the counts.</source>
        <translation>
            <numerusform>Téléphones désactivés&#xa0;: l’atelier est terminé. Le vote a d’abord été clos&#xa0;: sa réponse est dans les comptes.</numerusform>
            <numerusform>Téléphones désactivés&#xa0;: l’atelier est terminé. Le vote a d’abord été clos&#xa0;: ses %n réponses sont dans les comptes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones off: the workshop is over; the phones show a thank-you.</source>
        <translation>Téléphones désactivés&#xa0;: l’atelier est terminé&#x202f;; les téléphones affichent un remerciement.</translation>
    </message>
    <message numerus="yes">
        <source>Phones off. The vote was closed first: its %n answer(s) are in the counts.</source>
        <translation>
            <numerusform>Téléphones désactivés. Le vote a d’abord été clos&#xa0;: sa réponse est dans les comptes.</numerusform>
            <numerusform>Téléphones désactivés. Le vote a d’abord été clos&#xa0;: ses %n réponses sont dans les comptes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn the phones off?</source>
        <translation>Éteindre les téléphones&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>The phones are voting (%n answer(s)). Turning them off closes their vote now: the others cannot answer any more.</source>
        <translation>
            <numerusform>Les téléphones votent (%n réponse). Les éteindre clôt leur vote tout de suite&#xa0;: les autres ne pourront plus répondre.</numerusform>
            <numerusform>Les téléphones votent (%n réponses). Les éteindre clôt leur vote tout de suite&#xa0;: les autres ne pourront plus répondre.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer no longer has the address %1 (has it changed network?). Choose an address in the list, then turn the phones on again.</source>
        <translation>Cet ordinateur n’a plus l’adresse %1 (a-t-il changé de réseau&#x202f;?). Choisissez une adresse dans la liste, puis réactivez les téléphones.</translation>
    </message>
    <message>
        <source>This computer does not let the app listen on %1 (a firewall or a security setting). Try another address, or another network.</source>
        <translation>Cet ordinateur ne laisse pas l’application écouter sur %1 (un pare-feu ou un réglage de sécurité). Essayez une autre adresse ou un autre réseau.</translation>
    </message>
    <message>
        <source>The phones&apos; server cannot start on %1. Check this computer&apos;s network, then try again.</source>
        <translation>Le serveur des téléphones ne peut pas démarrer sur %1. Vérifiez le réseau de cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>Anonymous copy to share, saved: %1</source>
        <translation>Copie anonyme à partager enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>• The phones must be on the same Wi-Fi as this computer. Guest networks often keep devices apart: use the main network or a phone hotspot. Name it in Preferences (Room&apos;s Wi-Fi): the join screen and the join poster then say which network to join.</source>
        <translation>• Les téléphones doivent être sur le même Wi-Fi que cet ordinateur. Les réseaux «&#xa0;invités&#xa0;» isolent souvent les appareils&#xa0;: utilisez le réseau principal ou un partage de connexion. Nommez-le dans les Préférences (Wi-Fi de la salle)&#xa0;: l’écran pour rejoindre et l’affiche diront alors quel réseau rejoindre.</translation>
    </message>
    <message>
        <source>• Type the address as the stage shows it, port included (192.168.1.20:8765). If the browser searches the web instead, type http:// in front of it.</source>
        <translation>• Tapez l’adresse comme la projection l’affiche, port compris (192.168.1.20:8765). Si le navigateur lance une recherche, tapez http:// devant.</translation>
    </message>
    <message numerus="yes">
        <source>Phones on: %n connected</source>
        <translation>
            <numerusform>Téléphones activés&#xa0;: %n connecté</numerusform>
            <numerusform>Téléphones activés&#xa0;: %n connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the &amp;join screen</source>
        <translation>Masquer l’écran pour rejoindre</translation>
    </message>
    <message>
        <source>Let the room vote from its phones</source>
        <translation>Laisser la salle voter depuis ses téléphones</translation>
    </message>
    <message>
        <source>Address the phones open</source>
        <translation>Adresse qu’ouvrent les téléphones</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>This computer&apos;s address on the room&apos;s network: the phones open it</source>
        <translation>L’adresse de cet ordinateur sur le réseau de la salle&#xa0;: les téléphones l’ouvrent</translation>
    </message>
    <message>
        <source>Anonymous copy to &amp;share…</source>
        <translation>Copie anonyme à &amp;partager…</translation>
    </message>
    <message>
        <source>Save a copy of the session to share, without what tells the phones apart (their tokens)</source>
        <translation>Enregistrer une copie de la séance à partager, sans ce qui distingue les téléphones (leurs jetons)</translation>
    </message>
    <message>
        <source>Countdown of a phone vote</source>
        <translation>Compte à rebours d’un vote par téléphone</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#x202f;%</translation>
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
        <source>Phones</source>
        <translation>Téléphones</translation>
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
        <source>Larger in a long room or with a dim projector; 100% fits the text to the screen.</source>
        <translation>Plus grand dans une salle profonde ou avec un projecteur peu lumineux&#x202f;; à 100&#x202f;%, le texte est ajusté à l’écran.</translation>
    </message>
    <message>
        <source>Optional, as the phones list it</source>
        <translation>Facultatif, tel que les téléphones l’affichent</translation>
    </message>
    <message>
        <source>The join screen and the join poster name it, so that phones join the right network; empty, they say “this room&apos;s Wi-Fi”.</source>
        <translation>L’écran pour rejoindre et l’affiche le nomment, pour que les téléphones rejoignent le bon réseau&#x202f;; vide, ils disent «&#xa0;le Wi-Fi de la salle&#xa0;».</translation>
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
        <source>Room&apos;s &amp;Wi-Fi</source>
        <translation>&amp;Wi-Fi de la salle</translation>
    </message>
    <message>
        <source>Print &amp;cut marks</source>
        <translation>Imprimer les traits de &amp;coupe</translation>
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
    <name>Previews</name>
    <message>
        <source>The deck has problems: the pictures show what can be read of it.</source>
        <translation>Le jeu a des problèmes&#xa0;: les images montrent ce qui peut en être lu.</translation>
    </message>
    <message>
        <source>As printed (front, back)</source>
        <translation>Imprimée (recto, verso)</translation>
    </message>
    <message>
        <source>On the stage</source>
        <translation>Sur la scène</translation>
    </message>
    <message>
        <source>The card as printed</source>
        <translation>La carte imprimée</translation>
    </message>
    <message>
        <source>The card on the stage</source>
        <translation>La carte sur la scène</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Paper and cards</source>
        <translation>Papier et cartes</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Recto verso</translation>
    </message>
    <message>
        <source>Which cards</source>
        <translation>Quelles cartes</translation>
    </message>
    <message>
        <source>Lay&amp;out</source>
        <translation>&amp;Mise en page</translation>
    </message>
    <message>
        <source>Bleed: the cards&apos; colour is printed this far past the cut line, so that scissors a little off the line leave no white edge. Keep 0 mm to cut at school; a print shop asks for 3 mm.</source>
        <translation>Fond perdu&#xa0;: la couleur des cartes est imprimée un peu au-delà du trait de coupe (de ce nombre de millimètres), pour qu’un coup de ciseaux un peu à côté ne laisse pas de bord blanc. Gardez 0&#xa0;mm pour découper à l’école&#x202f;; un imprimeur demande 3&#xa0;mm.</translation>
    </message>
    <message>
        <source>Save ink (black-and-white printer)</source>
        <translation>Économie d’encre (imprimante noir et blanc)</translation>
    </message>
    <message>
        <source>The backs and the coloured areas of the fronts as light tints and outlines: the theme&apos;s icon and name stay, the words print dark on light, and no page is a solid dark block</source>
        <translation>Les versos et les zones colorées des rectos en teintes claires et en contours&#xa0;: l’icône et le nom du thème restent, les mots s’impriment en foncé sur clair, et aucune page n’est un aplat sombre</translation>
    </message>
    <message>
        <source>Cut &amp;marks to the sheet&apos;s edges</source>
        <translation>Traits de coupe jusqu’aux &amp;bords de la feuille</translation>
    </message>
    <message>
        <source>The cut marks run from the cards to the edges of the sheet, to line up a guillotine</source>
        <translation>Les traits de coupe vont des cartes aux bords de la feuille, pour caler un massicot</translation>
    </message>
    <message>
        <source>A 50 mm ruler in the margin of every sheet: measure it to check that the printer did not shrink the page</source>
        <translation>Une règle de 50 mm dans la marge de chaque feuille&#xa0;: mesurez-la pour vérifier que l’imprimante n’a pas réduit la page</translation>
    </message>
    <message>
        <source>Sheets: backs on the next page, printed on both sides. Fold: fronts and backs on one page, folded and glued. Print shop: one card per page with its bleed</source>
        <translation>Planches&#xa0;: les versos sur la page suivante, imprimées recto verso. À plier&#xa0;: rectos et versos sur la même page, pliée et collée. Imprimeur&#xa0;: une carte par page avec son fond perdu</translation>
    </message>
    <message>
        <source>My printer does not print double-sided</source>
        <translation>Mon imprimante n’imprime pas en recto verso</translation>
    </message>
    <message>
        <source>Beyond %1 mm, check the measurement on the calibration page: its rulers read only ±%1 mm.</source>
        <translation>Au-delà de %1&#xa0;mm, vérifiez la mesure sur la page de calibrage&#xa0;: ses règles ne lisent que ±%1&#xa0;mm.</translation>
    </message>
    <message>
        <source>Choose the “Fold and glue, one side” layout: each front and its back on one page, folded along the dashes and glued</source>
        <translation>Choisir la mise en page «&#xa0;À plier et coller, recto seul&#xa0;»&#xa0;: chaque recto et son verso sur une même page, pliée le long des tirets et collée</translation>
    </message>
    <message>
        <source>One side, to fold</source>
        <translation>Recto seul, à plier</translation>
    </message>
    <message>
        <source>Front page, then back page</source>
        <translation>Page recto, puis page verso</translation>
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
        <translation>Poker, 63 × 88&#xa0;mm</translation>
    </message>
    <message>
        <source>Tarot, 70 × 120 mm</source>
        <translation>Tarot, 70 × 120&#xa0;mm</translation>
    </message>
    <message>
        <source>A7, 74 × 105 mm</source>
        <translation>A7, 74 × 105&#xa0;mm</translation>
    </message>
    <message>
        <source>Mini, 44 × 63 mm</source>
        <translation>Mini, 44 × 63&#xa0;mm</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Format personnalisé</translation>
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
        <source>Sheets, backs on the next page</source>
        <translation>Planches, versos à la page suivante</translation>
    </message>
    <message>
        <source>Fold and glue, one side</source>
        <translation>À plier et coller, recto seul</translation>
    </message>
    <message>
        <source>Print shop, one card per page</source>
        <translation>Imprimeur, une carte par page</translation>
    </message>
    <message>
        <source>Only for decks with short texts: many cards of the bundled deck do not fit on 44 × 63 mm</source>
        <translation>Seulement pour les jeux aux textes courts&#xa0;: beaucoup de cartes du jeu fourni ne tiennent pas en 44 × 63&#xa0;mm</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;Faits</translation>
    </message>
    <message>
        <source>&amp;Debates</source>
        <translation>&amp;Débats</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thème&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Card si&amp;ze</source>
        <translation>Forma&amp;t des cartes</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>&amp;Largeur</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>&amp;Hauteur</translation>
    </message>
    <message>
        <source>&amp;Bleed</source>
        <translation>F&amp;ond perdu</translation>
    </message>
    <message>
        <source>Pri&amp;nting</source>
        <translation>&amp;Impression</translation>
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
        <translation>La&amp;ngue des cartes</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>Pa&amp;ge</translation>
    </message>
    <message>
        <source>Custom card width</source>
        <translation>Largeur de la carte personnalisée</translation>
    </message>
    <message>
        <source>Custom card height</source>
        <translation>Hauteur de la carte personnalisée</translation>
    </message>
    <message>
        <source>Back offset</source>
        <translation>Décalage des versos</translation>
    </message>
    <message>
        <source>Back offset, horizontal</source>
        <translation>Décalage des versos, horizontal</translation>
    </message>
    <message>
        <source>Back offset, vertical</source>
        <translation>Décalage des versos, vertical</translation>
    </message>
    <message>
        <source>Shift the backs by this much to make up for the printer; print the calibration page to measure it</source>
        <translation>Décale les versos d’autant pour compenser l’imprimante&#x202f;; imprimez la page de calibrage pour le mesurer</translation>
    </message>
    <message>
        <source>Print &amp;cut marks</source>
        <translation>Imprimer les traits de &amp;coupe</translation>
    </message>
    <message>
        <source>&amp;Ruler and “print at 100%”</source>
        <translation>&amp;Règle et «&#xa0;imprimer à 100&#x202f;%&#xa0;»</translation>
    </message>
    <message>
        <source>Print the c&amp;alibration page instead of the cards</source>
        <translation>Imprimer la page de c&amp;alibrage au lieu des cartes</translation>
    </message>
    <message>
        <source>A double-sided sheet that measures how far your printer shifts the backs: read X and Y on it, then set the back offset</source>
        <translation>Une feuille recto verso qui mesure de combien votre imprimante décale les versos&#xa0;: lisez-y X et Y, puis réglez le décalage des versos</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Kinds of card</source>
        <translation>Types de cartes</translation>
    </message>
    <message>
        <source>Timeline events without a theme are printed only when every theme is ticked.</source>
        <translation>Les événements de la frise sans thème ne sont imprimés que si tous les thèmes sont cochés.</translation>
    </message>
    <message>
        <source>Print the cards</source>
        <translation>Imprimer les cartes</translation>
    </message>
    <message>
        <source>Page shown in the preview</source>
        <translation>Page affichée dans l’aperçu</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Preview of one page</source>
        <translation>Aperçu d’une page</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Cards and pages</source>
        <translation>Cartes et pages</translation>
    </message>
    <message>
        <source>The page exactly as it will print: the PDF page, rendered by pdftoppm</source>
        <translation>La page exactement telle qu’elle sera imprimée&#xa0;: la page du PDF, rendue par pdftoppm</translation>
    </message>
    <message>
        <source>Approximate preview: pdftoppm (poppler-utils) is not installed, so the cards are drawn at their real places by the screen renderer; the saved PDF is exact</source>
        <translation>Aperçu approximatif&#xa0;: pdftoppm (poppler-utils) n’est pas installé, les cartes sont donc dessinées à leur place réelle par le rendu d’écran&#x202f;; le PDF enregistré, lui, est exact</translation>
    </message>
    <message>
        <source>Options changed since %1 was saved: save again to print these.</source>
        <translation>Options changées depuis l’enregistrement de %1&#xa0;: enregistrez à nouveau pour imprimer celles-ci.</translation>
    </message>
    <message>
        <source>The calibration page is double-sided: choose a double-sided printing mode.</source>
        <translation>La page de calibrage s’imprime en recto verso&#xa0;: choisissez une impression recto verso.</translation>
    </message>
    <message>
        <source>No card is selected: tick at least one theme and one kind.</source>
        <translation>Aucune carte n’est choisie&#xa0;: cochez au moins un thème et un type.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>Calibration sheet: 2 pages, one sheet printed on both sides.</source>
        <translation>Page de calibrage&#xa0;: 2 pages, une feuille imprimée en recto verso.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Recto</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
    <message>
        <source>Nothing to print with these options.</source>
        <translation>Rien à imprimer avec ces réglages.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
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
            <numerusform>%n feuille</numerusform>
            <numerusform>%n feuilles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) per sheet</source>
        <translation>
            <numerusform>%n carte par feuille</numerusform>
            <numerusform>%n cartes par feuille</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2</source>
        <translation>Enregistré&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Card %1, front</source>
        <translation>Carte %1, recto</translation>
    </message>
    <message>
        <source>Card %1, back</source>
        <translation>Carte %1, verso</translation>
    </message>
    <message>
        <source>Sheet %1, fronts and backs: fold along the dashes</source>
        <translation>Feuille %1, rectos et versos&#xa0;: pliez le long des tirets</translation>
    </message>
    <message>
        <source>Sheet %1, fronts</source>
        <translation>Feuille %1, rectos</translation>
    </message>
    <message>
        <source>Sheet %1, backs (as seen from the back of the sheet)</source>
        <translation>Feuille %1, versos (vus du dos de la feuille)</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>Feuille de marque</translation>
    </message>
    <message>
        <source>On the printer: one side, actual size (100%). Fold each sheet along the dashes, printed side out, glue the halves back to back, then cut.</source>
        <translation>Sur l’imprimante&#xa0;: recto seul, taille réelle (100&#x202f;%). Pliez chaque feuille le long des tirets, face imprimée à l’extérieur, collez les deux moitiés dos à dos, puis découpez.</translation>
    </message>
    <message>
        <source>On the printer: one side, actual size (100%). The backs, which show only the theme, are left out.</source>
        <translation>Sur l’imprimante&#xa0;: recto seul, taille réelle (100&#x202f;%). Les versos, qui ne montrent que le thème, ne sont pas imprimés.</translation>
    </message>
    <message>
        <source>The backs are left out: the event cards lose their year, the debate cards their ideas for each side.</source>
        <translation>Les versos ne sont pas imprimés&#xa0;: les cartes événement perdent leur année, les cartes débat leurs idées pour chaque camp.</translation>
    </message>
    <message>
        <source>The backs are left out: the event cards lose their year.</source>
        <translation>Les versos ne sont pas imprimés&#xa0;: les cartes événement perdent leur année.</translation>
    </message>
    <message>
        <source>The backs are left out: the debate cards lose their ideas for each side.</source>
        <translation>Les versos ne sont pas imprimés&#xa0;: les cartes débat perdent leurs idées pour chaque camp.</translation>
    </message>
    <message>
        <source>On the printer: double-sided, flip on the short edge, actual size (100%).</source>
        <translation>Sur l’imprimante&#xa0;: recto verso, retournement bord court, taille réelle (100&#x202f;%).</translation>
    </message>
    <message>
        <source>On the printer: double-sided, flip on the long edge, actual size (100%).</source>
        <translation>Sur l’imprimante&#xa0;: recto verso, retournement bord long, taille réelle (100&#x202f;%).</translation>
    </message>
    <message numerus="yes">
        <source>No double-sided printer? Fold and glue instead (%n sheet(s)).</source>
        <translation>
            <numerusform>Pas de recto verso&#x202f;? À plier et coller plutôt (%n feuille).</numerusform>
            <numerusform>Pas de recto verso&#x202f;? À plier et coller plutôt (%n feuilles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workshop kit: %n page(s)</source>
        <translation>
            <numerusform>Kit de l’atelier&#xa0;: %n page</numerusform>
            <numerusform>Kit de l’atelier&#xa0;: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting cards</source>
        <translation>Cartes de vote</translation>
    </message>
    <message>
        <source>Team sign</source>
        <translation>Chevalet d’équipe</translation>
    </message>
    <message>
        <source>Take-home cards</source>
        <translation>Cartes à emporter</translation>
    </message>
    <message>
        <source>Join poster</source>
        <translation>Affiche pour rejoindre avec un téléphone</translation>
    </message>
    <message>
        <source>No preview: see the problem below.</source>
        <translation>Pas d’aperçu&#xa0;: voyez le problème ci-dessous.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>approximate preview</source>
        <translation>aperçu approximatif</translation>
    </message>
    <message>
        <source>No preview without pdftoppm (poppler-utils).</source>
        <translation>Pas d’aperçu sans pdftoppm (poppler-utils).</translation>
    </message>
    <message>
        <source>Card %1, field “%2” (%3): %4</source>
        <translation>Carte %1, champ «&#xa0;%2&#xa0;» (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choisir %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) chosen do not fit on the size %1, nor on any larger one: nothing can be saved; shorten their texts in the deck files.</source>
        <translation>
            <numerusform>%n carte choisie ne tient pas au format %1, ni à aucun format plus grand&#xa0;: rien ne peut être enregistré&#x202f;; raccourcissez ses textes dans les fichiers du jeu.</numerusform>
            <numerusform>%n cartes choisies ne tiennent pas au format %1, ni à aucun format plus grand&#xa0;: rien ne peut être enregistré&#x202f;; raccourcissez leurs textes dans les fichiers du jeu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) chosen do not fit on the size %1: nothing can be saved at this size. Choose %2, the smallest size where they all fit, or shorten their texts in the deck files.</source>
        <translation>
            <numerusform>%n carte choisie ne tient pas au format %1&#xa0;: rien ne peut être enregistré à ce format. Choisissez %2, le plus petit format où elle tient, ou raccourcissez ses textes dans les fichiers du jeu.</numerusform>
            <numerusform>%n cartes choisies ne tiennent pas au format %1&#xa0;: rien ne peut être enregistré à ce format. Choisissez %2, le plus petit format où elles tiennent toutes, ou raccourcissez leurs textes dans les fichiers du jeu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the cards as PDF</source>
        <translation>Enregistrer les cartes en PDF</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Open the PDF just saved in your PDF viewer, to print it from there</source>
        <translation>Ouvrir le PDF tout juste enregistré dans votre lecteur de PDF, pour l’imprimer depuis celui-ci</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Enregistré&#xa0;: %1 (%n page).</numerusform>
            <numerusform>Enregistré&#xa0;: %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards to print</source>
        <translation>Cartes à imprimer</translation>
    </message>
    <message>
        <source>The cards were not saved: %1</source>
        <translation>Les cartes n’ont pas été enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Facilitator&apos;s guide</source>
        <translation>Guide de l’animateur</translation>
    </message>
    <message>
        <source>The guide was not saved: %1</source>
        <translation>Le guide n’a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Session for the kit</source>
        <translation>Séance pour le kit</translation>
    </message>
    <message>
        <source>Sessions (*.bataille)</source>
        <translation>Séances (*.bataille)</translation>
    </message>
    <message>
        <source>This session holds nothing yet.</source>
        <translation>Cette séance ne contient encore rien.</translation>
    </message>
    <message>
        <source>Workshop kit</source>
        <translation>Kit de l’atelier</translation>
    </message>
    <message>
        <source>Print the workshop &amp;kit instead of the cards</source>
        <translation>Imprimer le &amp;kit de l’atelier au lieu des cartes</translation>
    </message>
    <message>
        <source>Voting cards, a standing sign for each team, the facilitator&apos;s score sheet and the take-home card</source>
        <translation>Cartes de vote, un chevalet pour chaque équipe, la feuille de marque de l’animateur et la carte à emporter</translation>
    </message>
    <message>
        <source>&amp;Team signs</source>
        <translation>Chevalets d’é&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Voting sheets</source>
        <translation>Fe&amp;uilles de vote</translation>
    </message>
    <message>
        <source>One sheet of three voting cards per participant, and a take-home card each (four a sheet); or 1, and copy the sheets on the printer</source>
        <translation>Une feuille de trois cartes de vote par participant, et une carte à emporter chacun (quatre par feuille)&#xa0;; ou 1, et photocopiez les feuilles</translation>
    </message>
    <message>
        <source>Sess&amp;ion…</source>
        <translation>&amp;Séance…</translation>
    </message>
    <message>
        <source>Take the teams and the take-home card&apos;s debates and figures from a session file</source>
        <translation>Prendre les équipes, et les débats et chiffres de la carte à emporter, dans un fichier de séance</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Sans séance</translation>
    </message>
    <message>
        <source>No session: numbered teams and a blank card to take home.</source>
        <translation>Sans séance&#xa0;: équipes numérotées et carte à emporter vierge.</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Séance&#xa0;: %1</translation>
    </message>
    <message>
        <source>All the cards</source>
        <translation>Toutes les cartes</translation>
    </message>
    <message>
        <source>Choose the cards by theme and kind again</source>
        <translation>Choisir de nouveau les cartes par thème et par type</translation>
    </message>
    <message>
        <source>Only the card “%1” (%2)</source>
        <translation>Seulement la carte «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Only the %1 cards chosen</source>
        <translation>Seulement les %1 cartes choisies</translation>
    </message>
    <message>
        <source>If %1 is open in a PDF viewer or another program, close it there, then save again; or save under another name.</source>
        <translation>Si %1 est ouvert dans un lecteur de PDF ou un autre logiciel, fermez-le, puis enregistrez à nouveau&#x202f;; ou enregistrez-le sous un autre nom.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>pdftoppm is not installed</source>
        <translation>pdftoppm n’est pas installé</translation>
    </message>
    <message>
        <source>pdftoppm failed: %1</source>
        <translation>pdftoppm a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>pdftoppm could not render the page: %1</source>
        <translation>pdftoppm n’a pas pu dessiner la page&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProjectorCable</name>
    <message>
        <source>Projector connected (%1): the stage is shown on it.</source>
        <translation>Projecteur branché (%1)&#xa0;: la projection s’y affiche.</translation>
    </message>
    <message>
        <source>The projector (%1) is disconnected: the stage is hidden, its picture stays on the console. F5 shows it again.</source>
        <translation>Le projecteur (%1) est débranché&#xa0;: la projection est masquée, son image reste sur la console. F5 l’affiche de nouveau.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message>
        <source>Session reopened after an abrupt stop; every action was in its file.</source>
        <translation>Séance rouverte après un arrêt brutal&#x202f;; chaque action était dans son fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Session recovered after an abrupt stop, but %n action(s) could not be read back (the file beside it, its -wal, was damaged). The file as it was is kept untouched in %1</source>
        <translation>
            <numerusform>Séance reprise après un arrêt brutal, mais une action n’a pas pu être relue (le fichier à côté, son -wal, était endommagé). Le fichier tel qu’il était est gardé intact dans %1</numerusform>
            <numerusform>Séance reprise après un arrêt brutal, mais %n actions n’ont pas pu être relues (le fichier à côté, son -wal, était endommagé). Le fichier tel qu’il était est gardé intact dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Session recovered after an abrupt stop; a safety copy is in %1</source>
        <translation>Séance récupérée après un arrêt brutal&#x202f;; une copie de sécurité est dans %1</translation>
    </message>
    <message numerus="yes">
        <source>The session is back where it stopped. Last action saved %n minute(s) ago: %1.</source>
        <translation>
            <numerusform>La séance reprend là où elle s’était arrêtée. Dernière action enregistrée il y a %n minute&#xa0;: %1.</numerusform>
            <numerusform>La séance reprend là où elle s’était arrêtée. Dernière action enregistrée il y a %n minutes&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session is back where it stopped. Last action saved less than a minute ago: %1.</source>
        <translation>La séance reprend là où elle s’était arrêtée. Dernière action enregistrée il y a moins d’une minute&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The timer went on counting meanwhile (+1 min or +5 min give time back).</source>
        <translation>Le minuteur a continué de tourner pendant l’arrêt (+1 min ou +5 min rendent du temps).</translation>
    </message>
    <message>
        <source>The phones are on again at the same address, and their feedback is asked again: they reconnect by themselves, and each phone that had sent its feedback sends it again.</source>
        <translation>Les téléphones sont de nouveau activés à la même adresse, et leur avis est redemandé&#xa0;: ils se reconnectent d’eux-mêmes, et chaque téléphone qui avait envoyé son avis le renvoie.</translation>
    </message>
    <message>
        <source>The phones are on again at the same address, and their vote is asked again: they reconnect by themselves, and each phone that had answered sends its answer again.</source>
        <translation>Les téléphones sont de nouveau activés à la même adresse, et leur vote est redemandé&#xa0;: ils se reconnectent d’eux-mêmes, et chaque téléphone qui avait répondu renvoie sa réponse.</translation>
    </message>
    <message>
        <source>Its countdown ran out meanwhile: the vote closes by itself at %1, time for the phones to send their answers again.</source>
        <translation>Son compte à rebours a expiré pendant l’arrêt&#xa0;: le vote se clôt de lui-même à %1, le temps que les téléphones renvoient leurs réponses.</translation>
    </message>
    <message>
        <source>Its countdown goes on: the vote closes by itself at %1.</source>
        <translation>Son compte à rebours continue&#xa0;: le vote se clôt de lui-même à %1.</translation>
    </message>
    <message>
        <source>The phones are on again at the same address: they reconnect by themselves.</source>
        <translation>Les téléphones sont de nouveau activés à la même adresse&#xa0;: ils se reconnectent d’eux-mêmes.</translation>
    </message>
    <message>
        <source>If the phones were on, turn them on again: they reconnect by themselves. For a vote that was not closed, press “Ask the phones” again: each phone that had answered sends its answer again.</source>
        <translation>Si les téléphones étaient activés, réactivez-les&#xa0;: ils se reconnectent d’eux-mêmes. Pour un vote qui n’était pas clos, appuyez de nouveau sur « Demander aux téléphones »&#xa0;: chaque téléphone qui avait répondu renvoie sa réponse.</translation>
    </message>
    <message>
        <source>The stage stays black, as it was: %1 shows the picture again.</source>
        <translation>La projection reste noire, comme avant l’arrêt&#xa0;: %1 rallume l’image.</translation>
    </message>
    <message>
        <source>Team %1 holds the card “%2” up again.</source>
        <translation>L’équipe %1 tient de nouveau la carte «&#xa0;%2&#xa0;» levée.</translation>
    </message>
    <message>
        <source>The stage shows team %1’s scenario again.</source>
        <translation>La projection montre de nouveau le scénario de l’équipe %1.</translation>
    </message>
    <message>
        <source>The raised hands typed on top of the phones&apos; vote before the debate, not recorded, are back in their boxes: %1 agree, %2 disagree, %3 undecided. The phones&apos; answers are added to them when their vote closes.</source>
        <translation>Les mains levées saisies en plus du vote des téléphones avant le débat, non enregistrées, sont de nouveau dans leurs cases&#xa0;: %1&#xa0;d’accord, %2&#xa0;pas d’accord, %3&#xa0;indécis. Les réponses des téléphones s’y ajoutent à la clôture de leur vote.</translation>
    </message>
    <message>
        <source>The raised hands typed on top of the phones&apos; vote after the debate, not recorded, are back in their boxes: %1 agree, %2 disagree, %3 undecided. The phones&apos; answers are added to them when their vote closes.</source>
        <translation>Les mains levées saisies en plus du vote des téléphones après le débat, non enregistrées, sont de nouveau dans leurs cases&#xa0;: %1&#xa0;d’accord, %2&#xa0;pas d’accord, %3&#xa0;indécis. Les réponses des téléphones s’y ajoutent à la clôture de leur vote.</translation>
    </message>
    <message>
        <source>The counts typed for the vote before the debate, not recorded, are back in their boxes: %1 agree, %2 disagree, %3 undecided.</source>
        <translation>Les chiffres saisis pour le vote avant le débat, non enregistrés, sont de nouveau dans leurs cases&#xa0;: %1&#xa0;d’accord, %2&#xa0;pas d’accord, %3&#xa0;indécis.</translation>
    </message>
    <message>
        <source>The counts typed for the vote after the debate, not recorded, are back in their boxes: %1 agree, %2 disagree, %3 undecided.</source>
        <translation>Les chiffres saisis pour le vote après le débat, non enregistrés, sont de nouveau dans leurs cases&#xa0;: %1&#xa0;d’accord, %2&#xa0;pas d’accord, %3&#xa0;indécis.</translation>
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
            <numerusform>%n page de vote refusée à l’adresse %1, qui en a déjà %2&#xa0;: des téléphones derrière un même routeur, ou un élève qui a ouvert plusieurs pages.</numerusform>
            <numerusform>%n pages de vote refusées à l’adresse %1, qui en a déjà %2&#xa0;: des téléphones derrière un même routeur, ou un élève qui a ouvert plusieurs pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Let them in</source>
        <translation>Les la&amp;isser entrer</translation>
    </message>
    <message>
        <source>Every phone coming through %1 may then vote, until the end of the session; a pupil who opens several browsers there could vote more than once.</source>
        <translation>Tous les téléphones qui passent par %1 pourront alors voter, jusqu’à la fin de la séance&#x202f;; un élève qui y ouvre plusieurs navigateurs pourrait voter plusieurs fois.</translation>
    </message>
    <message>
        <source>Phones coming through %1 are now let in: the pages turned away will come in by themselves within a few seconds.</source>
        <translation>Téléphones passant par %1 admis&#xa0;: les pages refusées entrent d’elles-mêmes dans les secondes qui suivent.</translation>
    </message>
</context>
<context>
    <name>RescueBanner</name>
    <message numerus="yes">
        <source>Recovered from a damaged file: %n action(s) in the new file %1; the damaged file is left as it was: %2</source>
        <translation>
            <numerusform>Séance récupérée d’un fichier endommagé&#xa0;: son action intacte est dans le nouveau fichier %1&#x202f;; le fichier endommagé est resté tel quel&#xa0;: %2</numerusform>
            <numerusform>Séance récupérée d’un fichier endommagé&#xa0;: ses %n actions intactes sont dans le nouveau fichier %1&#x202f;; le fichier endommagé est resté tel quel&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <source>&amp;Save a copy elsewhere…</source>
        <translation>Enregistrer une &amp;copie ailleurs…</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>La copie n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved: every action is in %1, and the session goes on in that file</source>
        <translation>Enregistré&#xa0;: toutes les actions sont dans %1, et la séance continue dans ce fichier</translation>
    </message>
    <message>
        <source>Saved: every action is written to the session file</source>
        <translation>Enregistré&#xa0;: toutes les actions sont écrites dans le fichier de séance</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n action(s) kept in memory — %1</source>
        <translation>
            <numerusform>Non enregistré&#xa0;: %n action gardée en mémoire — %1</numerusform>
            <numerusform>Non enregistré&#xa0;: %n actions gardées en mémoire — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>This team has made every decision.</source>
        <translation>Cette équipe a pris toutes ses décisions.</translation>
    </message>
    <message>
        <source>Choose a scenario for this team and start it.</source>
        <translation>Choisissez un scénario pour cette équipe et lancez-le.</translation>
    </message>
    <message>
        <source>%1: not started</source>
        <translation>%1&#xa0;: pas commencé</translation>
    </message>
    <message>
        <source>%1: %2 of %3 decisions</source>
        <translation>%1&#xa0;: %2 sur %3 décisions</translation>
    </message>
    <message>
        <source>Last choice (%3): %1. %2</source>
        <translation>Dernier choix (%3)&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Scenario</source>
        <comment>the box of one team&apos;s walk through its scenario</comment>
        <translation>Parcours du scénario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Scenari&amp;o:</source>
        <translation>Scé&amp;nario&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Team (the stage shows its scenario)</source>
        <translation>Équipe (la projection montre son scénario)</translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <comment>a team&apos;s next decision, above its situation</comment>
        <translation>Décision %1 sur %2</translation>
    </message>
    <message>
        <source>Start for &amp;every team</source>
        <translation>Lancer pour &amp;chaque équipe</translation>
    </message>
    <message>
        <source>Start the scenario for this team</source>
        <translation>Lancer le scénario pour cette équipe</translation>
    </message>
    <message>
        <source>The team chooses</source>
        <translation>L’équipe choisit</translation>
    </message>
    <message>
        <source>Take back this choice (Ctrl+Z)</source>
        <translation>Annuler ce choix (Ctrl+Z)</translation>
    </message>
    <message>
        <source>The last choice recorded is undone; Ctrl+Y records it again.</source>
        <translation>Le dernier choix noté est annulé&#x202f;; Ctrl+Y le note à nouveau.</translation>
    </message>
</context>
<context>
    <name>ScreensAwake</name>
    <message>
        <source>A workshop is shown on the projector</source>
        <translation>Un atelier est projeté</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>le dossier est en lecture seule</translation>
    </message>
    <message>
        <source>the session file is closed</source>
        <translation>le fichier de séance est fermé</translation>
    </message>
    <message>
        <source>the session file cannot be reached (drive removed, disk error?)</source>
        <translation>le fichier de séance est inaccessible (clé retirée, erreur du disque&#x202f;?)</translation>
    </message>
    <message>
        <source>the session file was removed, renamed or replaced during the session: save a copy elsewhere to go on saving</source>
        <translation>le fichier de séance a été supprimé, renommé ou remplacé pendant la séance&#xa0;: enregistrez une copie ailleurs pour continuer à enregistrer</translation>
    </message>
    <message>
        <source>Undone — %1</source>
        <translation>Annulé — %1</translation>
    </message>
    <message>
        <source>The counts typed for the vote are not recorded: undoing would lose them. Record them (PageDown), or set them back to 0 to undo.</source>
        <translation>Les chiffres saisis pour le vote ne sont pas enregistrés&#xa0;: annuler les perdrait. Enregistrez-les (Page suiv.), ou remettez-les à 0 pour annuler.</translation>
    </message>
    <message>
        <source>Nothing to undo: the teams and the set-up chosen on the start screen are fixed once the session has begun.</source>
        <translation>Rien à annuler&#xa0;: les équipes et les réglages choisis sur l’écran d’accueil sont fixés dès que la séance a commencé.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Wait until the phones&apos; vote has closed: its answers are being recorded. Ctrl+Z then takes that vote back.</source>
        <translation>Attendez la fin de la clôture du vote des téléphones&#xa0;: ses réponses s’enregistrent. Ctrl+Z annulera ensuite ce vote.</translation>
    </message>
    <message>
        <source>Nothing to go back to.</source>
        <translation>Rien à quoi revenir.</translation>
    </message>
    <message>
        <source>The counts typed for the vote are not recorded: going back would lose them. Record them (PageDown), or set them back to 0 to go back.</source>
        <translation>Les chiffres saisis pour le vote ne sont pas enregistrés&#xa0;: revenir en arrière les perdrait. Enregistrez-les (Page suiv.), ou remettez-les à 0 pour revenir en arrière.</translation>
    </message>
    <message>
        <source>Back only undoes moves; press Ctrl+Z to undo: %1</source>
        <translation>Retour n’annule que les déplacements&#x202f;; Ctrl+Z pour annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. The vote stays recorded, hidden from the room (Ctrl+Z takes it back).</source>
        <translation>%1. Le vote reste enregistré, caché à la salle (Ctrl+Z l’annule).</translation>
    </message>
    <message>
        <source>Nothing changed: the debate is over, opened to read and export it.</source>
        <translation>Rien n’a changé&#xa0;: le débat est terminé, ouvert pour le relire et l’exporter.</translation>
    </message>
    <message>
        <source>Nothing changed: the workshop is over, opened to read and export it.</source>
        <translation>Rien n’a changé&#xa0;: l’atelier est terminé, ouvert pour le relire et l’exporter.</translation>
    </message>
    <message>
        <source>Redone — %1</source>
        <translation>Rétabli — %1</translation>
    </message>
    <message>
        <source>Redo does not take the phones&apos; vote back: close their vote again with Next (PageDown), or type the counts and record them.</source>
        <translation>Rétablir ne reprend pas le vote des téléphones&#xa0;: clôturez de nouveau leur vote avec Avancer (Page suiv.), ou saisissez les chiffres et enregistrez-les.</translation>
    </message>
    <message>
        <source>Redo does not take the phones&apos; feedback back: ask the phones for it again with Next (PageDown).</source>
        <translation>Rétablir ne reprend pas l’avis des téléphones&#xa0;: redemandez-le aux téléphones avec Avancer (Page suiv.).</translation>
    </message>
    <message>
        <source>Redo does not ask the phones again: ask them with Next (PageDown).</source>
        <translation>Rétablir n’interroge pas de nouveau les téléphones&#xa0;: interrogez-les avec Avancer (Page suiv.).</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
    <message>
        <source>The counts typed for the vote are not recorded: redoing would lose them. Record them (PageDown), or set them back to 0 to redo.</source>
        <translation>Les chiffres saisis pour le vote ne sont pas enregistrés&#xa0;: rétablir les perdrait. Enregistrez-les (Page suiv.), ou remettez-les à 0 pour rétablir.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys typed in a text box stay in the text box.</source>
        <translation>Les touches tapées dans une zone de texte restent dans la zone de texte.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Debates</source>
        <translation>Débats</translation>
    </message>
    <message>
        <source>Debate %1</source>
        <translation>Débat %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>Facts played (%1)</source>
        <translation>Faits joués (%1)</translation>
    </message>
    <message>
        <source>Facts played (%1), the last %2</source>
        <translation>Faits joués (%1), les %2 derniers</translation>
    </message>
    <message>
        <source>Vote before the debate</source>
        <translation>Vote avant le débat</translation>
    </message>
    <message>
        <source>Vote after the debate</source>
        <translation>Vote après le débat</translation>
    </message>
    <message>
        <source>1 voter</source>
        <translation>1 votant</translation>
    </message>
    <message>
        <source>%1 voters</source>
        <translation>%1 votants</translation>
    </message>
    <message>
        <source>Recorded, not shown yet</source>
        <translation>Enregistré, pas encore dévoilé</translation>
    </message>
    <message>
        <source>Not voted yet</source>
        <translation>Pas encore voté</translation>
    </message>
    <message>
        <source>No vote</source>
        <translation>Pas de vote</translation>
    </message>
    <message>
        <source>Phones&apos; vote closed, not shown yet</source>
        <translation>Vote des téléphones clos, pas encore dévoilé</translation>
    </message>
    <message>
        <source>0 answers</source>
        <translation>0&#xa0;réponse</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1&#xa0;réponse</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1&#xa0;réponses</translation>
    </message>
    <message>
        <source>0 phones</source>
        <translation>0&#xa0;téléphone</translation>
    </message>
    <message>
        <source>1 phone</source>
        <translation>1&#xa0;téléphone</translation>
    </message>
    <message>
        <source>%1 phones</source>
        <translation>%1&#xa0;téléphones</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>12 answers from 25 phones</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Closes in %1</source>
        <translation>Clôture dans %1</translation>
    </message>
    <message>
        <source>Closes in %1 · paused</source>
        <translation>Clôture dans %1 · en pause</translation>
    </message>
    <message>
        <source>To vote: %1 · room %2</source>
        <translation>Pour voter&#xa0;: %1 · salle %2</translation>
    </message>
    <message>
        <source>Voting on phones</source>
        <translation>Vote sur les téléphones</translation>
    </message>
    <message>
        <source>The “for” side held its ground</source>
        <translation>Le camp «&#xa0;pour&#xa0;» a tenu bon</translation>
    </message>
    <message>
        <source>The “for” side lost the least ground</source>
        <translation>Le camp «&#xa0;pour&#xa0;» a le moins reculé</translation>
    </message>
    <message>
        <source>The “against” side held its ground</source>
        <translation>Le camp «&#xa0;contre&#xa0;» a tenu bon</translation>
    </message>
    <message>
        <source>The “against” side lost the least ground</source>
        <translation>Le camp «&#xa0;contre&#xa0;» a le moins reculé</translation>
    </message>
    <message>
        <source>A tie: both sides moved alike</source>
        <translation>Égalité&#xa0;: les deux camps ont évolué autant</translation>
    </message>
    <message>
        <source>+1 point for each team on the “for” side when the debate closes</source>
        <translation>+1&#xa0;point pour chaque équipe du camp «&#xa0;pour&#xa0;» à la clôture du débat</translation>
    </message>
    <message>
        <source>+1 point for each team on the “against” side when the debate closes</source>
        <translation>+1&#xa0;point pour chaque équipe du camp «&#xa0;contre&#xa0;» à la clôture du débat</translation>
    </message>
    <message>
        <source>+%1 points for each team on the “for” side when the debate closes</source>
        <translation>+%1&#xa0;points pour chaque équipe du camp «&#xa0;pour&#xa0;» à la clôture du débat</translation>
    </message>
    <message>
        <source>+%1 points for each team on the “against” side when the debate closes</source>
        <translation>+%1&#xa0;points pour chaque équipe du camp «&#xa0;contre&#xa0;» à la clôture du débat</translation>
    </message>
    <message>
        <source>+1 point for each team on the “for” side</source>
        <translation>+1&#xa0;point pour chaque équipe du camp «&#xa0;pour&#xa0;»</translation>
    </message>
    <message>
        <source>+1 point for each team on the “against” side</source>
        <translation>+1&#xa0;point pour chaque équipe du camp «&#xa0;contre&#xa0;»</translation>
    </message>
    <message>
        <source>+%1 points for each team on the “for” side</source>
        <translation>+%1&#xa0;points pour chaque équipe du camp «&#xa0;pour&#xa0;»</translation>
    </message>
    <message>
        <source>+%1 points for each team on the “against” side</source>
        <translation>+%1&#xa0;points pour chaque équipe du camp «&#xa0;contre&#xa0;»</translation>
    </message>
    <message>
        <source>The shift appears once both votes are shown</source>
        <translation>L’évolution apparaît quand les deux votes sont dévoilés</translation>
    </message>
    <message>
        <source>Debate closed without a vote after</source>
        <translation>Débat clos sans vote après</translation>
    </message>
    <message>
        <source>Debate closed without a vote</source>
        <translation>Débat clos sans vote</translation>
    </message>
    <message>
        <source>Phones: %1 of %2 changed their mind</source>
        <translation>Téléphones&#xa0;: changement d’avis pour %1 sur %2</translation>
    </message>
    <message>
        <source>The “for” side convinced the room</source>
        <translation>Le camp «&#xa0;pour&#xa0;» a convaincu la salle</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1&#x202f;pts de %</translation>
    </message>
    <message>
        <source>The “against” side convinced the room</source>
        <translation>Le camp «&#xa0;contre&#xa0;» a convaincu la salle</translation>
    </message>
    <message>
        <source>Timeline: place your cards in time; 1 point for each one in the right place</source>
        <translation>Frise&#xa0;: placez vos cartes dans le temps&#x202f;; 1 point par carte bien placée</translation>
    </message>
    <message>
        <source>Timeline: place your cards in time; %1 points for each one in the right place</source>
        <translation>Frise&#xa0;: placez vos cartes dans le temps&#x202f;; %1 points par carte bien placée</translation>
    </message>
    <message>
        <source>Debates: the room votes before and after; the side that moves the room wins</source>
        <translation>Débats&#xa0;: la salle vote avant et après&#x202f;; le camp qui fait bouger la salle gagne</translation>
    </message>
    <message>
        <source>2035: each team makes its choices and sees where they lead</source>
        <translation>2035&#xa0;: chaque équipe fait ses choix et voit où ils mènent</translation>
    </message>
    <message>
        <source>How we play</source>
        <translation>Les règles</translation>
    </message>
    <message>
        <source>The workshop</source>
        <translation>L’atelier</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci&#x202f;!</translation>
    </message>
    <message>
        <source>The workshop is over.</source>
        <translation>L’atelier est terminé.</translation>
    </message>
    <message>
        <source>The debate is over.</source>
        <translation>Le débat est terminé.</translation>
    </message>
    <message>
        <source>Coming up: %1</source>
        <translation>À suivre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give your feedback on your phone</source>
        <translation>Donnez votre avis sur votre téléphone</translation>
    </message>
    <message>
        <source>Our indicators in 2035</source>
        <translation>Nos jauges en 2035</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>What we take away</source>
        <translation>Ce que l’on retient</translation>
    </message>
    <message>
        <source>What we commit to</source>
        <translation>Ce à quoi l’on s’engage</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>Podium</translation>
    </message>
    <message>
        <source>How opinion moved</source>
        <translation>Comment les avis ont bougé</translation>
    </message>
    <message>
        <source>No debate voted twice yet.</source>
        <translation>Aucun débat voté deux fois pour l’instant.</translation>
    </message>
    <message>
        <source>No fact played in the debates</source>
        <translation>Aucun fait joué pendant les débats</translation>
    </message>
    <message>
        <source>+ 1 more</source>
        <translation>+ 1 autre</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 autres</translation>
    </message>
    <message>
        <source>%1 · page %2/%3</source>
        <translation>%1 · page %2/%3</translation>
    </message>
    <message>
        <source>agree %1% %2 %3%</source>
        <translation>d’accord %1&#x202f;% %2 %3&#x202f;%</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>D’accord</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Pas d’accord</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Phase %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Dernière minute</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>restantes</translation>
    </message>
    <message>
        <source>Debate</source>
        <translation>Débat</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>Scenarios for 2035</source>
        <translation>Scénarios pour 2035</translation>
    </message>
    <message>
        <source>Every decision is made.</source>
        <translation>Toutes les décisions sont prises.</translation>
    </message>
    <message>
        <source>Where this future leads</source>
        <translation>Où mène ce futur</translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <translation>Décision %1 sur %2</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>%1 teams</source>
        <translation>%1 équipes</translation>
    </message>
    <message>
        <source>Choice: %1</source>
        <translation>Choix&#xa0;: %1</translation>
    </message>
    <message>
        <source>The AI timeline</source>
        <translation>La frise de l’IA</translation>
    </message>
    <message>
        <source>Put the events in order, from 1950 to today.</source>
        <translation>Remettez les événements dans l’ordre, de 1950 à aujourd’hui.</translation>
    </message>
    <message>
        <source>The cards are about to be dealt.</source>
        <translation>Les cartes vont être distribuées.</translation>
    </message>
    <message>
        <source>Taking turns, each team puts one card on the timeline: before, after or between the cards already there.</source>
        <translation>À tour de rôle, chaque équipe pose une carte avant ou après celles de la frise.</translation>
    </message>
    <message>
        <source>Each team holds one card.</source>
        <translation>Chaque équipe a une carte en main.</translation>
    </message>
    <message>
        <source>Each team holds %1 cards.</source>
        <translation>Chaque équipe a %1 cartes en main.</translation>
    </message>
    <message>
        <source>Its date is revealed once it is placed.</source>
        <translation>Sa date se découvre une fois posée.</translation>
    </message>
    <message>
        <source>Its date is revealed once it is placed: in the right place, one point.</source>
        <translation>Sa date se découvre une fois posée&#xa0;: bien placée, elle rapporte un point.</translation>
    </message>
    <message>
        <source>Its date is revealed once it is placed: in the right place, %1 points.</source>
        <translation>Sa date se découvre une fois posée&#xa0;: bien placée, elle rapporte %1&#xa0;points.</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <translation>%1 plus tôt</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 plus tard</translation>
    </message>
    <message>
        <source>page %1/%2</source>
        <translation>page %1/%2</translation>
    </message>
    <message>
        <source>Being placed</source>
        <translation>En train d’être placée</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>À jouer</translation>
    </message>
    <message>
        <source>right, +%1</source>
        <translation>bien placée, +%1</translation>
    </message>
    <message>
        <source>moved to its right place</source>
        <translation>remise à sa place</translation>
    </message>
</context>
<context>
    <name>StagePages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The stage holds page %1 of %2.</source>
        <translation>La projection tient la page %1 sur %2.</translation>
    </message>
    <message>
        <source>The stage shows page %1 of %2, and turns the page every %3 s.</source>
        <translation>La projection montre la page %1 sur %2, et tourne la page toutes les %3&#xa0;s.</translation>
    </message>
    <message>
        <source>Show the room the previous page, and hold it</source>
        <translation>Montrer à la salle la page précédente, et la tenir</translation>
    </message>
    <message>
        <source>Previous page on the stage</source>
        <translation>Page précédente de la projection</translation>
    </message>
    <message>
        <source>Show the room the next page, and hold it</source>
        <translation>Montrer à la salle la page suivante, et la tenir</translation>
    </message>
    <message>
        <source>Next page on the stage</source>
        <translation>Page suivante de la projection</translation>
    </message>
    <message>
        <source>Let it turn</source>
        <translation>Laisser tourner</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenir</translation>
    </message>
    <message>
        <source>Let the pages turn by themselves again</source>
        <translation>Laisser les pages tourner d’elles-mêmes</translation>
    </message>
    <message>
        <source>Keep this page on the stage while you comment on it</source>
        <translation>Garder cette page projetée pendant que vous la commentez</translation>
    </message>
</context>
<context>
    <name>StagePhones</name>
    <message>
        <source>Vote from your phone</source>
        <translation>Votez depuis votre téléphone</translation>
    </message>
    <message>
        <source>1. Join this room&apos;s Wi-Fi</source>
        <translation>1. Rejoignez le Wi-Fi de la salle</translation>
    </message>
    <message>
        <source>Network changed: wait for the new code</source>
        <translation>Réseau changé&#xa0;: attendez le nouveau code</translation>
    </message>
    <message>
        <source>1. Join the Wi-Fi “%1”</source>
        <translation>1. Rejoignez le Wi-Fi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Join the Wi-Fi “%1”</source>
        <translation>Rejoignez le Wi-Fi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Join this room&apos;s Wi-Fi</source>
        <translation>Rejoignez le Wi-Fi de la salle</translation>
    </message>
    <message>
        <source>2. Scan the code, or open:</source>
        <translation>2. Scannez le code, ou ouvrez&#xa0;:</translation>
    </message>
    <message>
        <source>Your page shows “Room %1” at the top</source>
        <translation>La page affiche «&#xa0;Salle&#xa0;%1&#xa0;» en haut</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Salle %1</translation>
    </message>
    <message>
        <source>Phones connected: %1</source>
        <translation>Téléphones connectés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StagePreview</name>
    <message>
        <source>Black screen</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <source>Not projected: F5 shows it</source>
        <translation>Non projetée&#xa0;: F5 l’affiche</translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <source>Bataille IA — Stage</source>
        <translation>Bataille IA — Projection</translation>
    </message>
    <message>
        <source>Stage: what the room sees</source>
        <translation>Projection&#xa0;: ce que voit la salle</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>no team</source>
        <translation>aucune équipe</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
    <message>
        <source>no phase played yet</source>
        <translation>aucune phase jouée</translation>
    </message>
    <message>
        <source>stopped during “%1”</source>
        <translation>arrêtée pendant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is damaged from its first action (of %2): nothing in it can be recovered. Open a copy or a backup of it; the file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé dès sa première action (sur %2)&#xa0;: rien ne peut en être récupéré. Ouvrez une copie ou une sauvegarde de ce fichier&#x202f;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>damaged at action %1 (of %2)</source>
        <translation>endommagé à l’action %1 (sur %2)</translation>
    </message>
    <message>
        <source>not found (drive unplugged?)</source>
        <translation>introuvable (clé débranchée&#x202f;?)</translation>
    </message>
    <message>
        <source>No session yet: the sessions you run will appear here, to resume one.</source>
        <translation>Aucune séance pour l’instant&#xa0;: celles que vous animerez apparaîtront ici, pour en reprendre une.</translation>
    </message>
    <message>
        <source>saved by a newer version</source>
        <translation>enregistré par une version plus récente</translation>
    </message>
    <message>
        <source>holds no session</source>
        <translation>ne contient aucune séance</translation>
    </message>
    <message>
        <source>on a read-only disk</source>
        <translation>sur un disque en lecture seule</translation>
    </message>
    <message>
        <source>its -wal belongs to another session</source>
        <translation>son -wal appartient à une autre séance</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>“%1” was played with the deck “%2”, last opened from %3, which cannot be read now (a USB stick taken out, a folder moved or renamed?): open that deck first (Other deck…), then the session.</source>
        <translation>«&#xa0;%1&#xa0;» a été joué avec le jeu «&#xa0;%2&#xa0;», ouvert la dernière fois depuis %3, illisible maintenant (une clé USB retirée, un dossier déplacé ou renommé&#x202f;?)&#xa0;: ouvrez d’abord ce jeu (Autre jeu…), puis la séance.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is damaged at action %2 (of %3). The %n action(s) before it are intact: they can be copied into a new session file beside it. The damaged file is left as it is: %4</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est endommagé à l’action %2 (sur %3). L’action d’avant est intacte&#xa0;: elle peut être copiée dans un nouveau fichier de séance, à côté de celui-ci. Le fichier endommagé reste tel quel&#xa0;: %4</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est endommagé à l’action %2 (sur %3). Les %n actions d’avant sont intactes&#xa0;: elles peuvent être copiées dans un nouveau fichier de séance, à côté de celui-ci. Le fichier endommagé reste tel quel&#xa0;: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>What is wrong with that action: %1.</source>
        <translation>Ce qui ne va pas dans cette action&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Bataille IA. Update the app to open it; the file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de Bataille IA. Mettez l’application à jour pour l’ouvrir&#x202f;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is already open in another Bataille IA window (process %2). Close it there first, or open a copy of the file.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans une autre fenêtre de Bataille IA (processus %2). Fermez-le d’abord dans cette fenêtre, ou ouvrez une copie du fichier.</translation>
    </message>
    <message>
        <source>“%1” is already open in another Bataille IA window. Close it there first, or open a copy of the file.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans une autre fenêtre de Bataille IA. Fermez-le d’abord dans cette fenêtre, ou ouvrez une copie du fichier.</translation>
    </message>
    <message>
        <source>“%1” holds no session: it was interrupted while being created, or it was copied without “%1-wal”, the file beside it that held its actions.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune séance&#xa0;: sa création a été interrompue, ou il a été copié sans «&#xa0;%1-wal&#xa0;», le fichier à côté de lui qui contenait ses actions.</translation>
    </message>
    <message>
        <source>“%1” was played with the deck “%2”: open that deck first (Other deck…), then the session.</source>
        <translation>«&#xa0;%1&#xa0;» a été joué avec le jeu «&#xa0;%2&#xa0;»&#xa0;: ouvrez d’abord ce jeu (Autre jeu…), puis la séance.</translation>
    </message>
    <message>
        <source>%1 cannot be found (moved, renamed or deleted?).</source>
        <translation>%1 est introuvable (déplacé, renommé ou supprimé&#x202f;?).</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: it is not a Bataille IA session file, or it is too damaged to be read. Open a copy or a backup of it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert&#xa0;: ce n’est pas un fichier de séance Bataille IA, ou il est trop endommagé pour être lu. Ouvrez une copie ou une sauvegarde de ce fichier.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened. Details (in English): %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert. Détails (en anglais)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The intact actions of “%1” could not be copied to a new file; the damaged file was not changed. %2</source>
        <translation>Les actions intactes de «&#xa0;%1&#xa0;» n’ont pas pu être copiées dans un nouveau fichier&#x202f;; le fichier endommagé n’a pas été modifié. %2</translation>
    </message>
    <message>
        <source>The intact actions of “%1” could not be copied to a new file; the damaged file was not changed. Details (in English): %2</source>
        <translation>Les actions intactes de «&#xa0;%1&#xa0;» n’ont pas pu être copiées dans un nouveau fichier&#x202f;; le fichier endommagé n’a pas été modifié. Détails (en anglais)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Bataille IA — Start</source>
        <translation>Bataille IA — Accueil</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>No deck to run yet: the one given has problems (above).</source>
        <translation>Aucun jeu à lancer pour l’instant&#xa0;: celui qui a été donné a des problèmes (ci-dessus).</translation>
    </message>
    <message>
        <source>Reading the deck…</source>
        <translation>Lecture du jeu…</translation>
    </message>
    <message>
        <source>Deck: %1 (version %2, %3 cards)</source>
        <translation>Jeu&#xa0;: %1 (version %2, %3 cartes)</translation>
    </message>
    <message>
        <source>Other &amp;deck…</source>
        <translation>Autre &amp;jeu…</translation>
    </message>
    <message>
        <source>&amp;Browse the cards</source>
        <translation>&amp;Parcourir les cartes</translation>
    </message>
    <message>
        <source>&amp;Language of the cards:</source>
        <translation>&amp;Langue des cartes&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the cards</source>
        <translation>Langue des cartes</translation>
    </message>
    <message>
        <source>L&amp;ength:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>1½ hours</source>
        <translation>1 h 30</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 heures</translation>
    </message>
    <message>
        <source>Length of the session</source>
        <translation>Durée de la séance</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>Équipes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start the session</source>
        <translation>&amp;Commencer la séance</translation>
    </message>
    <message>
        <source>Quick debate (20 minutes)</source>
        <translation>Débat express (20 minutes)</translation>
    </message>
    <message>
        <source>One debate card for the whole group: vote before, argue, vote after, see the shift. No teams needed.</source>
        <translation>Une carte débat pour toute la salle&#xa0;: on vote, on argumente, on revote, on voit l’évolution. Pas besoin d’équipes.</translation>
    </message>
    <message>
        <source>Debate &amp;card:</source>
        <translation>Car&amp;te débat&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the quick debate</source>
        <translation>Langue du débat express</translation>
    </message>
    <message>
        <source>Debate card</source>
        <translation>Carte débat</translation>
    </message>
    <message>
        <source>Start the &amp;quick debate</source>
        <translation>Lancer le débat e&amp;xpress</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Séances récentes</translation>
    </message>
    <message>
        <source>Recent sessions (Enter resumes)</source>
        <translation>Séances récentes (Entrée reprend)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Sa&amp;me teams</source>
        <translation>Mê&amp;mes équipes</translation>
    </message>
    <message>
        <source>A new session with this one&apos;s teams (names and colours), deck, language and length: the form is filled in, nothing starts</source>
        <translation>Une nouvelle séance avec les équipes (noms et couleurs), le jeu, la langue et la durée de celle-ci&#xa0;: le formulaire est rempli, rien ne commence</translation>
    </message>
    <message>
        <source>&amp;Open a session file…</source>
        <translation>&amp;Ouvrir un fichier de séance…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interface&#xa0;:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Reco&amp;ver the intact actions</source>
        <translation>Réc&amp;upérer les actions intactes</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>End the workshop</source>
        <translation>Terminer l’atelier</translation>
    </message>
    <message>
        <source>The workshop is over</source>
        <translation>L’atelier est terminé</translation>
    </message>
    <message>
        <source>Next phase: %1</source>
        <translation>Étape suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deal the timeline cards: %1 per team</source>
        <translation>Distribuer les cartes de la frise&#xa0;: %1 par équipe</translation>
    </message>
    <message>
        <source>Open the next debate</source>
        <translation>Ouvrir le débat suivant</translation>
    </message>
    <message>
        <source>Close this debate</source>
        <translation>Clore ce débat</translation>
    </message>
    <message>
        <source>Close this debate and open the next</source>
        <translation>Clore ce débat et ouvrir le suivant</translation>
    </message>
    <message>
        <source>Close the debate and end</source>
        <translation>Clore le débat et terminer</translation>
    </message>
    <message>
        <source>Close this debate, then next phase: %1</source>
        <translation>Clore ce débat, puis étape suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start “%1” for every team</source>
        <translation>Lancer «&#xa0;%1&#xa0;» pour chaque équipe</translation>
    </message>
    <message>
        <source>Show the next decision</source>
        <translation>Afficher la décision suivante</translation>
    </message>
    <message>
        <source>Show where this future leads</source>
        <translation>Montrer où mène ce futur</translation>
    </message>
    <message>
        <source>Start the debate</source>
        <translation>Commencer le débat</translation>
    </message>
    <message>
        <source>End the debate</source>
        <translation>Terminer le débat</translation>
    </message>
    <message>
        <source>The debate is over</source>
        <translation>Le débat est terminé</translation>
    </message>
    <message>
        <source>Or choose another scenario, or one per team, in the middle.</source>
        <translation>Ou choisissez un autre scénario, ou un par équipe, au centre.</translation>
    </message>
    <message>
        <source>Each team makes its choices on the scenarios&apos; page, in the middle.</source>
        <translation>Chaque équipe fait ses choix sur la page des scénarios, au centre.</translation>
    </message>
    <message>
        <source>With the remote, PageDown or this button.</source>
        <translation>Par la télécommande, Page suiv. ou ce bouton.</translation>
    </message>
    <message>
        <source>Time is up: PageDown moves on. To go on with this phase, +5 min first.</source>
        <translation>Temps écoulé&#xa0;: Page suiv. passe à la suite. Pour poursuivre cette étape, +5 min d’abord.</translation>
    </message>
    <message>
        <source>Close the debate without the vote after, and end</source>
        <translation>Clore le débat sans le vote après et terminer</translation>
    </message>
    <message>
        <source>Close without the vote after, then next phase: %1</source>
        <translation>Clore sans le vote après, puis étape suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close the vote and show it (answers: %1 · closes in %2)</source>
        <translation>Clore le vote et le dévoiler (réponses&#xa0;: %1 · clôture dans %2)</translation>
    </message>
    <message>
        <source>Close the vote and show it (answers: %1)</source>
        <translation>Clore le vote et le dévoiler (réponses&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Record and show the vote before</source>
        <translation>Enregistrer et dévoiler le vote avant</translation>
    </message>
    <message>
        <source>Record and show the vote after and the shift</source>
        <translation>Enregistrer et dévoiler le vote après et l’évolution</translation>
    </message>
    <message>
        <source>Ask the phones for the vote before</source>
        <translation>Demander le vote avant aux téléphones</translation>
    </message>
    <message>
        <source>Debate, then ask the phones for the vote after</source>
        <translation>Débattez, puis demandez le vote après aux téléphones</translation>
    </message>
    <message>
        <source>Waiting for the phones (connected: %1 · closes in %2)</source>
        <translation>En attente des téléphones (connectés&#xa0;: %1 · clôture dans %2)</translation>
    </message>
    <message>
        <source>Workshop over: save the summary (or Session › Export the Summary…).</source>
        <translation>Atelier terminé&#xa0;: gardez-en le bilan (ou Séance&#xa0;› Exporter le bilan…).</translation>
    </message>
    <message>
        <source>Waiting for the vote before (hands counted, or the phones)</source>
        <translation>En attente du vote avant (mains levées comptées, ou téléphones)</translation>
    </message>
    <message>
        <source>Show the vote before</source>
        <translation>Dévoiler le vote avant</translation>
    </message>
    <message>
        <source>Debate, then take the vote after</source>
        <translation>Débattez, puis faites voter après</translation>
    </message>
    <message>
        <source>Show the vote after and the shift</source>
        <translation>Dévoiler le vote après et l’évolution</translation>
    </message>
    <message>
        <source>Place each team&apos;s cards in the middle panel; a card held up, the remote&apos;s PageDown places it.</source>
        <translation>Les équipes placent leurs cartes avec les commandes de la frise, au centre&#x202f;; une carte tenue, Page suiv. la pose.</translation>
    </message>
    <message>
        <source>Enter and record the vote before, in the middle (or turn the phones on, bottom left).</source>
        <translation>Saisissez et enregistrez le vote avant, au centre (ou activez les téléphones, en bas à gauche).</translation>
    </message>
    <message>
        <source>Debate, then enter and record the vote after, in the middle.</source>
        <translation>Débattez, puis saisissez et enregistrez le vote après, au centre.</translation>
    </message>
    <message>
        <source>Time is up, but this debate, opened after, is played whole.</source>
        <translation>Temps écoulé, mais ce débat ouvert après se joue en entier.</translation>
    </message>
    <message>
        <source>Debate over: save the summary (or Session › Export the Summary…).</source>
        <translation>Débat terminé&#xa0;: gardez-en le bilan (ou Séance&#xa0;› Exporter le bilan…).</translation>
    </message>
    <message>
        <source>Close the debate without a vote, and end</source>
        <translation>Clore le débat sans vote et terminer</translation>
    </message>
    <message>
        <source>Close without a vote, then next phase: %1</source>
        <translation>Clore sans vote, puis étape suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time is up: PageDown moves on, or enter the counts of the vote first.</source>
        <translation>Temps écoulé&#xa0;: Page suiv. passe à la suite, ou saisissez d’abord le vote.</translation>
    </message>
    <message>
        <source>With the remote, PageDown or this button; or count hands in the middle.</source>
        <translation>Par la télécommande, Page suiv. ou ce bouton&#x202f;; ou comptez les mains au milieu.</translation>
    </message>
    <message>
        <source>Debate first; then with the remote, PageDown or this button.</source>
        <translation>Débattez d’abord&#x202f;; puis par la télécommande, Page suiv. ou ce bouton.</translation>
    </message>
    <message>
        <source>Ask the phones for their feedback</source>
        <translation>Demander leur avis aux téléphones</translation>
    </message>
    <message>
        <source>Then the end; to end now: End phase, in the agenda.</source>
        <translation>Puis la fin&#x202f;; pour finir tout de suite&#xa0;: Terminer l’étape, dans le programme.</translation>
    </message>
    <message>
        <source>Closing the phones&apos; vote…</source>
        <translation>Clôture du vote des téléphones…</translation>
    </message>
    <message>
        <source>Their answers are on their way; the vote is shown as soon as they come.</source>
        <translation>Leurs réponses arrivent&#xa0;; le vote s’affiche dès qu’elles sont là.</translation>
    </message>
    <message>
        <source>Waiting for the phones&apos; answers (phones connected: %1)</source>
        <translation>En attente des réponses des téléphones (téléphones connectés&#xa0;: %1)</translation>
    </message>
    <message>
        <source>From the first answer, this button closes their vote.</source>
        <translation>Dès la première réponse, ce bouton clôt leur vote.</translation>
    </message>
    <message>
        <source>No phone connected: see the Phones panel, or count hands in the middle.</source>
        <translation>Aucun téléphone connecté&#xa0;: voyez le panneau Téléphones, ou comptez les mains au milieu.</translation>
    </message>
    <message>
        <source>teams still hold timeline cards</source>
        <translation>des équipes ont encore des cartes de la frise en main</translation>
    </message>
    <message>
        <source>a debate is still open (it will be closed)</source>
        <translation>un débat est encore ouvert (il sera clos)</translation>
    </message>
    <message>
        <source>some themes have not been debated</source>
        <translation>des thèmes n’ont pas été débattus</translation>
    </message>
    <message>
        <source>some teams have not started a scenario</source>
        <translation>des équipes n’ont pas commencé de scénario</translation>
    </message>
    <message>
        <source>some teams have decisions left to make</source>
        <translation>des équipes ont encore des décisions à prendre</translation>
    </message>
    <message>
        <source>Start the workshop</source>
        <translation>Commencer l’atelier</translation>
    </message>
    <message>
        <source>Waiting for the teams to place their cards</source>
        <translation>En attente&#xa0;: les équipes placent leurs cartes</translation>
    </message>
    <message>
        <source>Waiting for the teams&apos; decisions</source>
        <translation>En attente des décisions des équipes</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
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
        <translation>CSV, un tableau de toutes les actions (*.csv)</translation>
    </message>
    <message>
        <source>CSV, every table in a zip (*.zip)</source>
        <translation>CSV, tous les tableaux dans un zip (*.zip)</translation>
    </message>
    <message>
        <source>Summary – %1</source>
        <translation>Bilan – %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Exporter le bilan</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it?</source>
        <translation>%1 existe déjà dans %2. Le remplacer&#x202f;?</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nom du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TeamRow</name>
    <message>
        <source>Colour of the team</source>
        <translation>Couleur de l’équipe</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source>Name of team %1</source>
        <translation>Nom de l’équipe %1</translation>
    </message>
    <message>
        <source>Up to %1 characters: the stage shows the name whole</source>
        <translation>%1 caractères au plus&#xa0;: la scène montre le nom en entier</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Colour of team %1: %2</source>
        <translation>Couleur de l’équipe %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TeamsEditor</name>
    <message>
        <source>Add a &amp;team</source>
        <translation>Ajouter une é&amp;quipe</translation>
    </message>
    <message>
        <source>Remo&amp;ve the last team</source>
        <translation>R&amp;etirer la dernière équipe</translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message>
        <source>Select a team first.</source>
        <translation>Choisissez d’abord une équipe.</translation>
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
        <translation>Donner un point à %1</translation>
    </message>
    <message>
        <source>Take one point from %1</source>
        <translation>Retirer un point à %1</translation>
    </message>
    <message>
        <source>Rename %1 (or double-click it, or F2)</source>
        <translation>Renommer %1 (ou double-clic sur l’équipe, ou F2)</translation>
    </message>
    <message>
        <source>Rename the selected team (or double-click it, or F2)</source>
        <translation>Renommer l’équipe choisie (ou double-clic sur l’équipe, ou F2)</translation>
    </message>
    <message>
        <source>Click a team first</source>
        <translation>Cliquez d’abord sur une équipe</translation>
    </message>
    <message>
        <source>Teams and scores</source>
        <translation>Équipes et scores</translation>
    </message>
    <message>
        <source>Click a team to give or take a point; double-click it (or F2) to rename it</source>
        <translation>Cliquez sur une équipe pour lui donner ou lui retirer un point&#x202f;; double-cliquez dessus (ou F2) pour la renommer</translation>
    </message>
    <message>
        <source>+1 point</source>
        <translation>+1 point</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Give the selected team one point</source>
        <translation>Donner un point à l’équipe choisie</translation>
    </message>
    <message>
        <source>−1 point</source>
        <translation>−1 point</translation>
    </message>
    <message>
        <source>Take one point from the selected team</source>
        <translation>Retirer un point à l’équipe choisie</translation>
    </message>
</context>
<context>
    <name>ThemeCard</name>
    <message>
        <source>A card of this theme, as printed (front, back)</source>
        <translation>Une carte de ce thème, imprimée (recto, verso)</translation>
    </message>
    <message>
        <source>A card of this theme, as printed</source>
        <translation>Une carte de ce thème, imprimée</translation>
    </message>
    <message>
        <source>This theme has no card yet: its colour and icon will show on its cards.</source>
        <translation>Ce thème n’a encore aucune carte&#xa0;: sa couleur et son icône s’afficheront sur ses cartes.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Pick one of the team&apos;s cards first, then its place.</source>
        <translation>Choisissez d’abord une carte de l’équipe, puis sa place.</translation>
    </message>
    <message>
        <source>Pick a card, then its gap in the timeline (or drag it there).</source>
        <translation>Choisissez une carte, puis sa place sur la frise (ou glissez-la).</translation>
    </message>
    <message>
        <source>Card in hand: %1</source>
        <translation>Carte en main&#xa0;: %1</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>First, before %1</source>
        <translation>En premier, avant %1</translation>
    </message>
    <message>
        <source>First card</source>
        <translation>Première carte</translation>
    </message>
    <message>
        <source>Last, after %1</source>
        <translation>En dernier, après %1</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation>Entre %1 et %2</translation>
    </message>
    <message>
        <source>&amp;Deal again</source>
        <translation>&amp;Distribuer à nouveau</translation>
    </message>
    <message>
        <source>The timeline</source>
        <translation>La frise</translation>
    </message>
    <message>
        <source>Cards left — %1</source>
        <translation>Cartes restantes — %1</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Cards per team</source>
        <translation>Cartes par équipe</translation>
    </message>
    <message>
        <source>Takes every hand back and deals new ones (Ctrl+Z undoes it)</source>
        <translation>Reprend toutes les mains et en distribue de nouvelles (Ctrl+Z l’annule)</translation>
    </message>
    <message>
        <source>Place a card</source>
        <translation>Placer une carte</translation>
    </message>
    <message>
        <source>Every card is on the timeline, and the stage shows it whole, page after page if it is long (the arrows under its picture turn and hold a page). Comment on a surprise or two, then go on to the next phase.</source>
        <translation>Toutes les cartes sont sur la frise, et la projection la montre en entier, page après page si elle est longue (les flèches sous son image tournent et tiennent une page). Commentez une ou deux surprises, puis passez à l’étape suivante.</translation>
    </message>
    <message>
        <source>Out of turn: hand shown — %1. Next: %2; Page Down goes back to it, or choose that team above.</source>
        <translation>Hors tour&#xa0;: main affichée — %1. À jouer&#xa0;: %2&#x202f;; Page suivante y revient, ou choisissez cette équipe ci-dessus.</translation>
    </message>
    <message>
        <source>The cards are dealt by the button on the right (or PageDown).</source>
        <translation>Les cartes sont distribuées par le bouton de droite (ou Page suiv.).</translation>
    </message>
    <message>
        <source>Cards per tea&amp;m:</source>
        <translation>Cartes par é&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;urn:</source>
        <translation>À &amp;jouer&#xa0;:</translation>
    </message>
    <message>
        <source>Team placing a card (the next one comes by itself)</source>
        <translation>Équipe qui place une carte (la suivante vient d’elle-même)</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Actions not saved</source>
        <translation>Actions non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of this session are not saved in its file: %1.</source>
        <translation>
            <numerusform>%n action de cette séance n’est pas enregistrée dans son fichier&#xa0;: %1.</numerusform>
            <numerusform>%n actions de cette séance ne sont pas enregistrées dans son fichier&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry once the disk is back, or save a copy of the whole session on another drive (a USB stick…). Quitting without either loses them.</source>
        <translation>Réessayez quand le disque est de nouveau disponible, ou enregistrez une copie de toute la séance sur un autre support (une clé USB…). Si vous quittez sans cela, elles seront perdues.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Save a copy elsewhere…</source>
        <translation>Enregistrer une &amp;copie ailleurs…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Quit and lose %n action(s)</source>
        <translation>
            <numerusform>&amp;Quitter et perdre %n action</numerusform>
            <numerusform>&amp;Quitter et perdre %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>Garder la séance &amp;ouverte</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Save a copy of the session</source>
        <translation>Enregistrer une copie de la séance</translation>
    </message>
    <message>
        <source>Bataille IA sessions (*%1)</source>
        <translation>Séances Bataille IA (*%1)</translation>
    </message>
    <message>
        <source>Still not saved: %1.</source>
        <translation>Toujours pas enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>La copie n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every action of the session is in the copy %1: open that file to go on (the original file misses the last ones).</source>
        <translation>Toutes les actions de la séance sont dans la copie %1&#xa0;: ouvrez ce fichier pour continuer (les dernières manquent au fichier d’origine).</translation>
    </message>
</context>
<context>
    <name>VoteCounts</name>
    <message>
        <source>Not accepted: “%1”. A count is a whole number from 0 to %2.</source>
        <translation>Refusé&#xa0;: «&#xa0;%1&#xa0;». Un compte est un nombre entier de 0 à %2.</translation>
    </message>
</context>
<context>
    <name>WalNotice</name>
    <message>
        <source>The file beside the session file (%1-wal) was removed or replaced during the session; every action is still saved in the session file.</source>
        <translation>Le fichier à côté du fichier de séance (%1-wal) a été supprimé ou remplacé pendant la séance&#x202f;; toutes les actions sont toujours enregistrées dans le fichier de séance.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Bienvenue dans %1</translation>
    </message>
    <message>
        <source>Save the &amp;cards to print, in French…</source>
        <translation>Enregistrer les &amp;cartes à imprimer, en français…</translation>
    </message>
    <message>
        <source>Save the &amp;cards to print, in English…</source>
        <translation>Enregistrer les &amp;cartes à imprimer, en anglais…</translation>
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
        <source>Two windows</source>
        <translation>Deux fenêtres</translation>
    </message>
    <message>
        <source>&lt;b&gt;The console&lt;/b&gt;, on your screen: the agenda and timers, the teams and their scores, the controls of each phase and your notes. Only you see it.</source>
        <translation>&lt;b&gt;La console&lt;/b&gt;, sur votre écran&#xa0;: le déroulé et les minuteurs, les équipes et leurs scores, les commandes de chaque phase et vos notes. Vous seul la voyez.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The stage&lt;/b&gt;, on the projector: the card in play, the timer, the scores and the votes in large type. It shows only what you have revealed. Its text size is set in “Preferences…”.</source>
        <translation>&lt;b&gt;La scène&lt;/b&gt;, au vidéoprojecteur&#xa0;: la carte en jeu, le minuteur, les scores et les votes en grands caractères. Elle ne montre que ce que vous avez dévoilé. La taille de son texte se règle dans «&#xa0;Préférences…&#xa0;».</translation>
    </message>
    <message>
        <source>Read the facilitator&apos;s guide (rules, timings, answers and sources) and print the cards on both sides: the buttons below save them as PDF files. Paper and card size are set in “Preferences…”.</source>
        <translation>Lisez le guide de l’animateur (règles, minutage, réponses et sources) et imprimez les cartes en recto verso&#xa0;: les boutons ci-dessous les enregistrent en PDF. Le papier et le format des cartes se règlent dans «&#xa0;Préférences…&#xa0;».</translation>
    </message>
    <message>
        <source>This page opens again from “Welcome” (a button of the start screen, in the Help menu of the other windows).</source>
        <translation>Cette page se rouvre depuis «&#xa0;Bienvenue&#xa0;» (un bouton de l’écran d’accueil, dans le menu Aide des autres fenêtres).</translation>
    </message>
    <message>
        <source>A projector that copies your screen? Put the stage in full screen (F5, then F5 again) before the room looks: it then sees only the stage, and the remote, PageDown and the keys act on it. Esc leaves full screen.</source>
        <translation>Un vidéoprojecteur qui recopie votre écran&#x202f;? Mettez la scène en plein écran (F5, puis F5 encore) avant que la salle ne regarde&#xa0;: elle ne voit alors que la scène, et la télécommande, Page suiv. et les touches agissent sur elle. Échap quitte le plein écran.</translation>
    </message>
    <message>
        <source>Save the &amp;facilitator&apos;s guide…</source>
        <translation>Enregistrer le &amp;guide de l’animateur…</translation>
    </message>
    <message>
        <source>Save the &amp;cards to print…</source>
        <translation>Enregistrer les &amp;cartes à imprimer…</translation>
    </message>
    <message>
        <source>&amp;Let&apos;s go</source>
        <translation>C’est &amp;parti</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debrief:&lt;/b&gt; what the room takes away, and what it commits to.</source>
        <translation>&lt;b&gt;Bilan&#xa0;:&lt;/b&gt; ce que le groupe retient, et ce à quoi il s’engage.</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Avant la séance</translation>
    </message>
    <message>
        <source>No deck is open: open a deck folder first.</source>
        <translation>Aucun jeu n’est ouvert&#xa0;: ouvrez d’abord un dossier de jeu.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>While the room arrives, check:</source>
        <translation>Pendant que la salle s’installe, vérifiez&#xa0;:</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename a team</source>
        <translation>Renommer une équipe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s): %1</source>
        <translation>
            <numerusform>%n équipe&#xa0;: %1</numerusform>
            <numerusform>%n équipes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The stage shows the themes, the plan and the rules. %1 (PageDown).</source>
        <translation>La projection montre les thèmes, le déroulé et les règles. %1 (Page suiv.).</translation>
    </message>
    <message>
        <source>Projection: not shown</source>
        <translation>Projection&#xa0;: non affichée</translation>
    </message>
    <message>
        <source>Projection: black screen, on screen %1</source>
        <translation>Projection&#xa0;: écran noir, sur l’écran %1</translation>
    </message>
    <message>
        <source>Projection: shown full screen on screen %1</source>
        <translation>Projection&#xa0;: affichée en plein écran sur l’écran %1</translation>
    </message>
    <message>
        <source>Projection: shown in a window on screen %1</source>
        <translation>Projection&#xa0;: affichée dans une fenêtre sur l’écran %1</translation>
    </message>
    <message>
        <source>Full screen (%1)</source>
        <translation>Plein écran (%1)</translation>
    </message>
    <message>
        <source>Show full screen (%1)</source>
        <translation>Afficher en plein écran (%1)</translation>
    </message>
    <message>
        <source>Show the stage full screen</source>
        <translation>Afficher la projection en plein écran</translation>
    </message>
    <message>
        <source>Phones: off (optional)</source>
        <translation>Téléphones&#xa0;: désactivés (facultatif)</translation>
    </message>
    <message>
        <source>Turn the phones on</source>
        <translation>Activer les téléphones</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n téléphone connecté</numerusform>
            <numerusform>%n téléphones connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones on: none connected yet</source>
        <translation>Téléphones activés&#xa0;: aucun connecté pour l’instant</translation>
    </message>
    <message>
        <source>Hide the join screen</source>
        <translation>Masquer l’écran pour rejoindre</translation>
    </message>
    <message>
        <source>Join screen</source>
        <translation>Écran pour rejoindre</translation>
    </message>
    <message>
        <source>Hide the join screen on the stage</source>
        <translation>Masquer l’écran pour rejoindre sur la projection</translation>
    </message>
    <message>
        <source>Show the join screen on the stage</source>
        <translation>Afficher l’écran pour rejoindre sur la projection</translation>
    </message>
</context>
</TS>

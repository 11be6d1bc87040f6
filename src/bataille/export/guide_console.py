"""The guide's page on conducting from the console: the one button that offers the next step, the
presentation remote's keys, undo, the votes counted by hand, and a session that survives a crash.

The console's words are quoted as the interface says them (ui/translations; a test holds them to
it), and the keys are those of ``bataille.ui.commands``.
"""

from __future__ import annotations

from bataille.words import Catalogue

_CONDUCT: dict[str, tuple[str, str]] = {
    "title": ("Conduire avec la console", "Conducting from the console"),
    "intro": (
        "À chaque moment, la console propose l’étape suivante dans le grand bouton de « Et ensuite », à "
        "droite : lancer une phase, distribuer les cartes de la frise, ouvrir un débat, demander le vote "
        "aux téléphones, le clore et le dévoiler, lancer les scénarios, terminer l’atelier. Entre deux "
        "appuis, la salle joue : vous notez ses cartes, ses arguments et ses choix au milieu de la console. "
        "Le temps d’une phase écoulé, il ne propose plus d’y aller plus loin, mais la phase suivante.",
        "At every moment, the console offers the next step in the large button under “What comes next”, "
        "on the right: start a phase, deal the timeline cards, open a debate, ask the phones for the vote, "
        "close it and show it, start the scenarios, end the workshop. Between two presses the room plays: "
        "you note its cards, arguments and choices in the middle of the console. Once a phase’s time is "
        "up, it no longer offers to go further into it, but the next phase.",
    ),
    "remote": (
        "Une télécommande de présentation fait de même : sa touche « suivant » (Page suivante) appuie sur "
        "ce bouton, comme la barre d’espace hors d’une zone de texte et la flèche droite hors d’une zone de "
        "texte ou de nombre (elle y déplace le curseur). « Précédent » (Page précédente, flèche gauche) "
        "revient d’un pas de la présentation (une phase lancée, un vote dévoilé, un débat ouvert, les cartes "
        "distribuées) sans effacer ce qui a été saisi : des votes comptés et pas encore enregistrés "
        "l’arrêtent, qui le dit. Refait, le pas retombe sur les mêmes cartes et les mêmes camps. B ou « . » "
        "noircit l’écran projeté, puis le rallume, même depuis une case de nombre où un vote vient d’être "
        "saisi ; dans une zone de texte, où ils s’écrivent, c’est Ctrl+B.",
        "A presentation remote does the same: its “next” key (Page Down) presses that button, as does the "
        "space bar outside a text box, and the right arrow outside a text or number box (where it moves "
        "the cursor). “Previous” (Page Up, left arrow) goes back one move of the presentation (a phase "
        "started, a vote shown, a debate opened, the cards dealt) without erasing what was entered: votes "
        "counted and not yet recorded stop it, and it says so. Done again, the move draws the same cards "
        "and the same sides. B or “.” blacks out the projected screen, and a second press brings it back, "
        "from a number box where a vote was just typed too; in a text box, where they are typed, press "
        "Ctrl+B.",
    ),
    "undo": (
        "Ctrl+Z annule la dernière action ; une étape qui en comptait plusieurs (un débat clos et le "
        "suivant ouvert) est annulée entière. Une ligne du bilan mal tapée, même ancienne, se retire "
        "seule : sélectionnez-la, puis « Retirer la ligne » (ou Suppr).",
        "Ctrl+Z undoes the last action; a step that took several (a debate closed and the next opened) "
        "is undone whole. A mistyped debrief line, even an old one, can be removed on its own: select "
        "it, then “Remove this line” (or Delete).",
    ),
    "pages": (
        "Une frise entière ou une liste du bilan trop longue pour l’écran tourne ses pages toutes les "
        "15 secondes. Sous l’image de la projection, les flèches montrent la page d’avant ou d’après et "
        "la tiennent ; « Tenir » garde celle que vous commentez, « Laisser tourner » la relâche.",
        "A whole timeline or a debrief list too long for the screen turns its pages every 15 seconds. "
        "Under the projection’s picture, the arrows show the page before or after and hold it; “Hold” "
        "keeps the one you are commenting on, “Let it turn” lets it go.",
    ),
    "hands": (
        "Sans téléphones, comptez les mains ou les cartes de vote, saisissez les trois nombres et "
        "enregistrez : la console montre aussitôt les pourcentages que verra la salle, puis l’évolution "
        "et le camp qui a convaincu, avant que vous ne les dévoiliez.",
        "Without phones, count the hands or the voting cards, type the three numbers and record them: "
        "the console shows at once the percentages the room will see, then the shift and the side that "
        "convinced the room, before you show them.",
    ),
    # What the console's banner says once a session is back after an abrupt stop (ui/console/recovery_banner.py).
    "safe": (
        "Chaque action est écrite à l’instant dans le fichier de la séance : si l’application ou "
        "l’ordinateur s’arrête, relancez-la et rouvrez la séance depuis « Séances récentes », avec "
        "« Reprendre » : rien n’est perdu ; une projection mise au noir revient noire, une carte de la "
        "frise tenue levée l’est de nouveau, le scénario montré est celui de la même équipe. Le "
        "minuteur a continué de compter : « +1 min » ou « +5 min » rendent du temps. Les téléphones qui étaient activés se rallument d’eux-mêmes et le vote qui "
        "n’était pas clos est redemandé : chaque téléphone renvoie sa réponse. Sur un autre réseau, "
        "réactivez-les : ils se reconnectent d’eux-mêmes, avec le même code de salle ; un vote qui "
        "n’était pas clos, redemandez-le avec « Demander aux téléphones ».",
        "Every action is written at once to the session’s file: if the app or the computer stops, "
        "start the app again and open the session from “Recent sessions” with “Resume”: nothing is "
        "lost; a blacked-out stage comes back black, a timeline card held up is held up again, "
        "the scenario shown is the same team’s. The "
        "timer went on counting: “+1 min” or “+5 min” give time back. If the phones were "
        "on, they come back on by themselves and a vote that was not closed is asked again: each phone "
        "sends its answer again. On another network, turn them on again: they reconnect by themselves, "
        "with the same room code; for a vote that was not closed, press “Ask the phones” again.",
    ),
}
CONDUCT = Catalogue("guide conducting", _CONDUCT)
CONDUCT_POINTS = ("remote", "undo", "pages", "hands", "safe")

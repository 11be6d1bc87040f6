"""The guide's page on conducting from the console: the one button that offers the next step, the
presentation remote's keys, undo, the votes counted by hand, and a session that survives a crash.

The console's words are quoted as the interface says them (ui/translations; a test holds them to
it), and the keys are those of ``bataille.ui.commands``.
"""

from __future__ import annotations

from bataille.words import Catalogue

from .guide_parts import bullets, p

_CONDUCT: dict[str, tuple[str, str]] = {
    "title": ("Conduire avec la console", "Conducting from the console"),
    "intro": (
        "À chaque moment, la console propose l’étape suivante dans le grand bouton de « Et ensuite », à "
        "droite : lancer une phase, distribuer la frise, ouvrir un débat, demander le vote, le clore et le "
        "dévoiler, lancer les scénarios, terminer l’atelier. Entre deux "
        "appuis, la salle joue : vous notez ses cartes, ses arguments et ses choix au milieu de la console. "
        "Quand le temps d’une phase est écoulé, le bouton ne lance plus rien de nouveau dans cette phase "
        "(ni cartes, ni débat, ni scénario) : il propose la phase suivante.",
        "At every moment, the console offers the next step in the large button under “What comes next”, "
        "on the right: start a phase, deal the timeline, open a debate, ask for the vote, close it and show "
        "it, start the scenarios, end the workshop. Between two presses the room plays: "
        "you note its cards, arguments and choices in the middle of the console. Once a phase’s time is "
        "up, the button starts nothing new in that phase (no cards, debate or scenario): it offers the "
        "next phase.",
    ),
    "remote": (
        "Une télécommande de présentation fait de même. Sa touche « suivant » (Page suivante), l’espace ou "
        "la flèche droite, hors d’une zone de saisie, font « Avancer » : le grand bouton. Sa touche "
        "« précédent » (Page précédente, ou la flèche gauche) fait « Reculer » : elle revient d’un pas de la "
        "présentation (une phase lancée, un vote dévoilé, un débat ouvert, les cartes distribuées). Ce qui a "
        "été saisi reste. Avec des nombres de vote tapés mais pas enregistrés, « Reculer » ne fait rien : "
        "enregistrez-les ou remettez-les à 0. Un pas refait retombe sur les mêmes cartes et les mêmes camps. "
        "B ou « . » noircit l’écran projeté ; un second appui, ou Page suivante, le rallume sans avancer "
        "(Ctrl+B dans une zone de texte). Sur la frise, Page suivante pose la carte tenue à « Ici ». "
        "« Avancer » et « Reculer » sont aussi dans le menu Séance.",
        "A presentation remote does the same. Its “next” key (Page Down), the space bar or the right arrow, "
        "outside a text box, do “Next Step”: the large button. Its “previous” key (Page Up, or the left "
        "arrow) does “Previous Step”: it goes back one move of the presentation (a phase started, a vote "
        "shown, a debate opened, the cards dealt). What was entered stays. With counts typed for a vote but "
        "not recorded, “Previous Step” does nothing: record them or set them back to 0. A move done again "
        "draws the same cards and the same sides. B or “.” blacks out the projected screen; a second press, "
        "or Page Down, brings it back without moving on (Ctrl+B in a text box). On the timeline, Page Down puts "
        "the card held up at “Here”. “Next Step” and “Previous "
        "Step” are also in the Session menu.",
    ),
    "undo": (
        "Ctrl+Z annule la dernière action, ou une étape entière (un débat clos et le suivant ouvert). Une "
        "carte « fait » jouée pour la mauvaise équipe, un argument à reprendre, une phase terminée par "
        "erreur : Ctrl+Z annule les dernières actions, la console dit combien ; un argument annulé revient "
        "dans sa case. Un Ctrl+Z de trop se reprend par Ctrl+Y si rien n’a suivi. Une ligne du bilan mal "
        "tapée, même ancienne, se "
        "retire seule : sélectionnez-la, puis « Retirer la ligne » (ou Suppr).",
        "Ctrl+Z undoes the last action, or a whole step (a debate closed and the next opened). A fact card played for the wrong team, an argument to take back, a phase ended "
        "by mistake: Ctrl+Z undoes the last actions, and the console says how many; an undone argument "
        "comes back in its box. One Ctrl+Z too many is taken back by Ctrl+Y if nothing came since. A mistyped debrief line, even an old one, can be removed on its own: "
        "select it, then “Remove this line” (or Delete).",
    ),
    "pages": (
        "Une frise ou une liste du bilan trop longue pour l’écran tourne ses pages toutes les 15 secondes. "
        "Sous l’image de la projection, les flèches montrent une autre page, « Tenir » garde celle que vous "
        "commentez, « Laisser tourner » la relâche.",
        "A timeline or a debrief list too long for the screen turns its pages every 15 seconds. Under the "
        "projection’s picture, the arrows show another page, “Hold” keeps the one you are commenting on, "
        "“Let it turn” lets it go.",
    ),
    "hands": (
        "Sans téléphones, comptez les mains ou les cartes de vote, tapez les trois nombres et enregistrez. "
        "La console montre aussitôt les pourcentages que la salle verra, l’évolution et le camp qui a "
        "convaincu, que vous dévoilez ensuite.",
        "Without phones, count the hands or the voting cards, type the three numbers and record them. The "
        "console shows at once the percentages the room will see, the shift and the side that convinced "
        "it, which you show afterwards.",
    ),
    # What the console's banner says once a session is back after an abrupt stop (ui/console/recovery_banner.py).
    "safe": (
        "Chaque action est écrite aussitôt dans le fichier de la séance : si l’ordinateur s’arrête, "
        "relancez l’application et rouvrez la séance depuis « Séances récentes », avec « Reprendre ». Rien "
        "n’est perdu ; la projection revient telle quelle (noire, carte levée, scénario de la même équipe). "
        "Le minuteur a continué de compter : « +1 min » ou « +5 min » rendent du temps. Dans les trois "
        "heures, les téléphones activés se rallument d’eux-mêmes, le vote non clos est redemandé (chaque "
        "téléphone renvoie sa réponse) et les nombres tapés reviennent dans leurs cases. Sur un autre "
        "réseau, réactivez-les (même code de salle), puis « Demander aux téléphones ». Fermer la console "
        "pendant un vote demande confirmation ; « Quitter quand même » le laisse comme cet arrêt. Un atelier "
        "terminé, rouvert, se relit et s’exporte ; le modifier demande confirmation.",
        "Every action is written at once to the session’s file: if the computer stops, start the app again "
        "and open the session from “Recent sessions” with “Resume”. Nothing is lost; the stage comes back "
        "as it was (black, a card held up, the same team’s scenario). The timer went on counting: “+1 min” "
        "or “+5 min” give time back. Within three hours, phones that were on come back on by themselves, a "
        "vote not closed is asked again (each phone sends its answer again) and the counts typed are back "
        "in their boxes. On another network, turn them on again (same room code), then “Ask the phones”. "
        "Closing the console during a vote asks you first; “Quit anyway” leaves the vote as such a stop "
        "would. A finished workshop opened again is for reading and exporting; changing it asks you first.",
    ),
    # Without the stage: the console's own picture of the projection (ui/console/stage_preview.py),
    # the guide's pages and the voting cards. Without the Wi-Fi mid-vote: what the phones' server
    # keeps (phones/room.py), what the phone page does (phones/page.html: its words quoted) and how
    # the phones' answers join the hands typed (ui/console/debate_phones.py).
    "fallback_title": ("Si le projecteur ou le réseau tombe", "If the projector or the network fails"),
    "no_stage": (
        "Sans projecteur : la console suffit. Son image de la projection montre ce que la scène aurait "
        "montré. Lisez l’affirmation de chaque débat dans les pages « Cartes débat » de ce guide. Pour la "
        "frise, posez les cartes imprimées sur une table, dans l’ordre que montre la console. Pour les "
        "scénarios, lisez à voix haute l’introduction, puis les options de chaque décision (« Carte des "
        "scénarios ») et la conséquence choisie. Pour voter, comptez les mains ou les cartes de vote et "
        "tapez les nombres sur la console.",
        "Without the projector: the console is enough. Its picture of the projection shows what the stage "
        "would have shown. Read each debate’s claim from the “Debate cards” pages of this guide. For the "
        "timeline, lay the printed cards on a table, in the order the console shows. For the scenarios, "
        "read the introduction aloud, then each decision’s options (“Scenario map”) and the consequence "
        "chosen. To vote, count the hands or the voting cards and type the numbers on the console.",
    ),
    "no_wifi": (
        "Si le Wi-Fi tombe pendant un vote : les réponses déjà arrivées restent sur l’ordinateur. Chaque "
        "téléphone affiche « Connexion perdue — reconnexion… », bloque ses boutons et se reconnecte seul "
        "quand le réseau revient. Une réponse partie juste avant la coupure est renvoyée, si le vote est "
        "encore ouvert. Si le réseau ne revient pas, cliquez sur « Clore le vote des téléphones » : les "
        "réponses arrivées entrent dans les nombres du vote. Faites lever la main à ceux dont la réponse "
        "n’est pas arrivée (pas de réponse, ou « Pas encore enregistrée » sur leur téléphone). Ajoutez ces "
        "mains aux nombres, puis enregistrez.",
        "If the Wi-Fi drops during a vote: the answers already in stay on the computer. Each phone shows "
        "“Connection lost — reconnecting…”, locks its buttons and reconnects by itself when the network "
        "comes back. An answer sent just before the cut is sent again, if the vote is still open. If the "
        "network does not come back, click “Close the phones’ vote”: the answers that arrived go into the "
        "vote’s numbers. Ask those whose answer did not arrive (no answer, or “Not recorded yet” on their "
        "phone) to raise a hand. Add those hands to the numbers, then record.",
    ),
}
CONDUCT = Catalogue("guide conducting", _CONDUCT)
CONDUCT_POINTS = ("remote", "undo", "pages", "hands", "safe")
FALLBACK_POINTS = ("no_stage", "no_wifi")


def conducting(lang: str, st) -> list:
    """The section: the console's one button, the remote's keys, undo, hands counted, a crash survived."""
    return [p(CONDUCT.text("title", lang), st["h1"]), p(CONDUCT.text("intro", lang), st["body"]),
            bullets([CONDUCT.text(key, lang) for key in CONDUCT_POINTS], st["body"])]


def fallback(lang: str, st) -> list:
    """The section: the workshop without the stage, and a vote whose Wi-Fi drops."""
    return [p(CONDUCT.text("fallback_title", lang), st["h1"]),
            bullets([CONDUCT.text(key, lang) for key in FALLBACK_POINTS], st["body"], led=True)]

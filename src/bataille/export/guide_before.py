"""The guide's page for the evening before: what to print and how many sheets for a room, the two
screens, the phones or not, how the cards reach the teams; then how to start the session on the
start screen. Its catalogue also holds the agenda's words, and how to fit the debates into the
agenda's time at each length, said under the debate's rules (guide_agenda.py).

The console's words are quoted as the interface says them (ui/translations; a test holds them to
it); the counts come from the deck, the rules a new session starts with, and the sheets from the
layouts the print and the kit use (cards_sheets.plan_sheets, kit.kit_pages,
kit_takeaway.cards_a_sheet).
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, ListFlowable, ListItem, Spacer

from bataille.deck.models import Deck
from bataille.words import Catalogue
from bataille.workshop.actions_setup import MAX_TEAMS, MIN_TEAMS
from bataille.workshop.state import Rules

from .cards_sheets import PrintOptions, plan_sheets
from .fonts import REGULAR
from .guide_parts import lead, p, table
from .kit import CHOICES, KitOptions, default_teams, kit_pages
from .kit_takeaway import cards_a_sheet
from .kit_words import kit_word

EXAMPLE_TEAMS = 4  # the kit's default
TEAM_SIZE = 5  # the agenda's "teams of about five"
PRINTED_KINDS = ("event", "fact")  # the cards the room handles; the debate cards are in this guide

_BEFORE: dict[str, tuple[str, str]] = {
    # The agenda, at each length the start screen offers (guide_agenda.py).
    "agenda": ("Déroulé", "Agenda"),
    "agenda_intro": (
        "La durée se choisit sur l’écran de démarrage ; la console partage alors le temps entre les "
        "phases ainsi (sous chaque durée : les minutes de la phase, son début et sa fin, et pour les "
        "débats, combien en jouer).",
        "The length is chosen on the start screen; the console then divides the time among the phases "
        "as follows (under each length: the phase’s minutes, when it starts and ends, and for the "
        "debates, how many to play).",
    ),
    "phase": ("Phase", "Phase"),
    "minutes": ("{minutes} min", "{minutes} min"),
    "total_time": ("Durée totale", "Total time"),
    # Under a debate phase's minutes: how many debates fit there (guide_agenda.how_many), as the
    # debate's rules advise ("timing" below).
    "agenda_few": ("{few} débats (10–15 min chacun)", "{few} debates (10–15 min each)"),
    "agenda_one": ("1 débat (10–15 min)", "1 debate (10–15 min)"),
    "agenda_every": ("{themes} débats, un par thème", "{themes} debates, one per theme"),
    # The start screen's column "New session" (ui/start/new_session.py, teams_editor.py).
    "start_title": ("Lancer la séance", "Starting the session"),
    "start": (
        "Sur l’écran de démarrage, sous « Nouvelle séance » : choisissez la « Langue des cartes » et la "
        "« Durée » (« 1 heure », « 1 h 30 » ou « 2 heures »). Sous « Équipes », de {min_teams} à {max_teams} "
        "équipes : « Ajouter une équipe » et « Retirer la dernière équipe » en changent le nombre. Nommez-les ; "
        "« Couleur… » choisit la couleur que reprennent la scène et les chevalets. « Mêmes équipes » reprend "
        "tout cela, et le jeu, de la séance choisie dans « Séances récentes ». Puis "
        "« Commencer la séance » ouvre la console sur votre écran et la scène sur le projecteur.",
        "On the start screen, under “New session”: choose the “Language of the cards” and the “Length” "
        "(“1 hour”, “1½ hours” or “2 hours”). Under “Teams”, {min_teams} to {max_teams} teams: “Add a team” "
        "and “Remove the last team” change how many; name them and choose their colours with “Colour…”, "
        "which the stage and the kit’s signs use. “Same teams” fills all this in (and the deck) as the "
        "session chosen under “Recent sessions” had it. Then “Start the session”: the console opens on your "
        "screen, the stage on the projector.",
    ),
    "title": ("Avant l’atelier", "Before the workshop"),
    "intro": (
        "À préparer la veille. Les nombres ci-dessous sont pour {teams} équipes de {size} ({people} "
        "participants) ; comptez de même pour les vôtres.",
        "To prepare the day before. The numbers below are for {teams} teams of {size} ({people} "
        "participants); count the same way for yours.",
    ),
    "what": ("À imprimer", "To print"),
    "how_many": ("Combien", "How many"),
    "example": ("Pour {teams} équipes", "For {teams} teams"),
    "cards": (
        "Les cartes du jeu : {events} événements pour la frise et {facts} faits",
        "The deck’s cards: {events} events for the timeline and {facts} facts",
    ),
    # The debate cards are in this guide (its "Debate cards" pages) and the stage projects the claim.
    "cards_debates": (
        "Pas les {debates} cartes débat : elles sont dans ce guide",
        "Not the {debates} debate cards: they are in this guide",
    ),
    "cards_count": (
        "un seul jeu pour toute la salle, {per_sheet} cartes par feuille",
        "one deck for the whole room, {per_sheet} cards per sheet",
    ),
    "cards_example": ("{sheets} feuilles recto verso, ou {fold} à plier", "{sheets} double-sided sheets, or {fold} to fold"),
    "signs": ("Chevalets d’équipe (kit)", "Team signs (kit)"),
    "signs_count": ("un par équipe, une feuille chacun", "one per team, a sheet each"),
    "voting": ("Cartes de vote (kit), {choices} par feuille", "Voting cards (kit), {choices} per sheet"),
    "voting_count": (
        "une feuille par participant ; aucune si toute la salle vote par téléphone",
        "one sheet per participant; none if the whole room votes from phones",
    ),
    "signs_tally": ("Chevalets d’équipe et « {name} » (kit)", "Team signs and “{name}” (kit)"),
    "signs_tally_count": ("un par équipe, une feuille chacun ; une feuille de marque, les points et votes sur papier",
                          "one per team, a sheet each; one score sheet, points and votes on paper"),
    "take_home": ("Carte « {name} » (kit), {per_sheet} par feuille", "“{name}” card (kit), {per_sheet} per sheet"),
    # Printed from a session, the card holds its debates' votes and figures; without one, it is a
    # blank card to fill in (kit_takeaway.py).
    "take_home_count": (
        "une carte par participant, à imprimer après le dernier débat : la page « {name} » de « Kit de "
        "l’atelier… » (menu Séance) porte alors les votes du jour. Imprimée la veille, c’est une carte "
        "vierge à remplir",
        "one card per participant, to print after the last debate: the “{name}” page of “Workshop Kit…” "
        "(Session menu) then holds the day’s votes. Printed the day before, it is a blank card to fill in",
    ),
    "take_home_example": ("{count} feuilles, en séance", "{count} sheets, during the session"),
    "sheets": ("{count} feuilles", "{count} sheets"),
    "total": ("En tout", "In all"),
    "total_count": ("cartes de vote comprises", "voting cards included"),
    "total_example": ("{before} feuilles la veille, {after} en séance", "{before} sheets the day before, {after} "
                      "during the session"),
    "print": (
        "Imprimer : sur l’écran de démarrage, « Parcourir les cartes », puis « Imprimer les cartes… » "
        "(Ctrl+P). Dans « Quelles cartes », décochez « Débats » ; recto verso ou « À plier et coller, "
        "recto seul ». Il imprime aussi le kit (« Imprimer le kit de l’atelier au lieu des cartes ») ; "
        "en séance, « Kit de l’atelier… » (menu Séance) y ajoute les équipes et les votes du jour. "
        "En ligne de commande :",
        "Printing: on the start screen, “Browse the cards”, then “Print Cards…” (Ctrl+P); under “Which "
        "cards”, untick “Debates”; double-sided or “Fold and glue, one side”. It also prints the kit "
        "(“Print the workshop kit instead of the cards”); in a session, “Workshop Kit…” (Session menu) "
        "adds the teams and votes. In a terminal:",
    ),
    # Each on a line of its own, nothing glued to it: copied as printed, it runs.
    "command_cards": ("bataille print --kind event --kind fact -o cartes.pdf",
                      "bataille print --kind event --kind fact -o cards.pdf"),
    "command_kit": ("bataille kit --teams {teams} --participants {people} -o kit.pdf",
                    "bataille kit --teams {teams} --participants {people} -o kit.pdf"),
    "screens": (
        "Deux fenêtres : la console sur votre écran, la scène sur le projecteur. Réglez l’ordinateur en "
        "écran étendu, pas en recopie : la scène s’ouvre en plein écran sur le second écran (un autre : "
        "Préférences… › « Écran de la scène »), et un projecteur branché en cours de séance la reçoit. "
        "Menu Projection : F5 l’affiche, F11 la met en plein écran ou l’en sort. Un projecteur qui "
        "recopie l’écran : F5 deux fois avant que la salle ne regarde.",
        "Two windows: the console on your screen, the stage on the projector. Set the computer to "
        "extend its display, not mirror it: the stage opens full screen on the second screen (to choose "
        "another: Preferences… › “Stage screen”), and a projector plugged in during the session gets it. Stage "
        "menu: F5 shows it, F11 puts it in or out of full screen. A projector that mirrors the screen: "
        "F5 twice before the room looks.",
    ),
    "phones": (
        "Téléphones ou non : la salle peut voter depuis ses téléphones, sans internet ni compte, sur le "
        "même Wi-Fi que l’ordinateur. Un partage de connexion ne tient qu’environ 8 appareils : pour une "
        "classe de 30, il faut le Wi-Fi de l’établissement ou un routeur de voyage. Un réseau « invités » "
        "isole souvent les appareils : prenez le réseau principal. Essayez la veille. Nommez le réseau dans "
        "Préférences… › « Wi-Fi de la salle ». Dans la boîte « Téléphones » de la console, choisissez "
        "l’adresse de l’ordinateur dans « Réseau », puis cliquez sur « Téléphones : désactivés ». La scène "
        "montre alors un code QR et le code de la salle, jusqu’à ce que l’atelier avance ; « Écran pour "
        "rejoindre » les remet. Chaque élève scanne le code QR, choisit son équipe s’il le veut, "
        "puis vote quand la question s’affiche. L’affiche pour rejoindre, dans « Kit de "
        "l’atelier… » une fois les téléphones activés, donne la même adresse sur papier. Sans téléphones, "
        "chacun lève sa carte de vote. On peut mêler les deux : les mains comptées s’ajoutent aux réponses "
        "des téléphones.",
        "Phones or not: the room can vote from its phones, with no internet and no account, on the same "
        "Wi-Fi as the computer. A phone hotspot holds only about 8 devices: a class of 30 needs the "
        "school’s Wi-Fi or a travel router. A “guest” network often keeps devices apart: use the main "
        "network. Try it the day before. Name the network in Preferences… › “Room’s Wi-Fi”. In the "
        "console’s “Phones” box, pick the computer’s address under “Network”, then click “Phones: off”. "
        "The stage then shows a QR code and the room code until the workshop moves on; “Join screen on "
        "the stage” brings them back. Each pupil scans the QR code, picks their team if they wish, "
        "then votes when the question appears. The join poster, in “Workshop Kit…” once the "
        "phones are on, gives the same address on paper. Without phones, everyone holds up a voting "
        "card. You can mix both: the hands you count are added to the phones’ answers.",
    ),
    # The console deals the hands at random (workshop/actions_play.py: deal_timeline) and shows a
    # hand's titles, not its dates; the printed cards carry their date on the back.
    "timeline": (
        "Cartes de la frise : la veille, rangez-les par date (elle est au dos), dans l’ordre du corrigé "
        "de la frise, plus loin dans ce guide. Inutile de les mélanger : la console tire les mains au "
        "hasard. Elle en distribue {per_team} par équipe (réglage « Cartes par équipe ») et pose une carte "
        "pour ouvrir la frise. Choisissez une équipe dans « À jouer » : la console montre les titres de sa "
        "main. Le corrigé donne la date de chaque titre, donc sa place dans votre paquet. Remettez à "
        "l’équipe ces cartes imprimées, titre visible.",
        "Timeline cards: the day before, sort them by date (it is on the back), in the order of the "
        "timeline answer key, further on in this guide. There is no need to shuffle them: the console "
        "deals the hands at random. It deals {per_team} per team (set under “Cards per team”) and lays "
        "one card to start the timeline. Choose a team under “Turn”: the console shows the titles in its "
        "hand. The answer key gives each title’s date, so its place in your pile. Hand the team those "
        "printed cards, title up.",
    ),
    "facts": (
        "Cartes « fait » : triez-les par thème (chaque carte a la couleur du sien). Quand un débat "
        "s’ouvre, distribuez les cartes de son thème aux équipes des deux camps. Reprenez-les à la fin du "
        "débat. Une équipe qui apporte un fait le lit à voix haute, source comprise, et vous le jouez sur "
        "la console (« Arguments et faits »). Les cartes débat restent chez vous : la scène projette "
        "l’affirmation. Les chiffres contestés sont marqués sur la carte ; l’annexe des cartes « fait », "
        "en fin de guide, dit ce qui est discuté.",
        "Fact cards: sort them by theme (each card has its theme’s colour). When a debate opens, deal "
        "the fact cards of its theme to the teams of both sides. Take them back when the debate ends. A "
        "team that plays a fact reads it aloud, source included, and you play it on the console "
        "(“Arguments and facts”). The debate cards stay with you: the stage projects the claim. "
        "Contested figures are marked on the card; the fact cards annex, at the end of the guide, says "
        "what is disputed.",
    ),
    # At each length the start screen offers, the debates' minutes as the console shares them out
    # (guide_agenda.debate_timing): "each" a debate, "debating" the phase's, "minutes" the session's.
    "timing": (
        "Le temps : avec {themes} thèmes, deux votes compris, chaque débat n’aurait que {each}. C’est trop "
        "peu pour préparer et argumenter. Choisissez-en plutôt {few} (10 à 15 min chacun).{fits} Le grand "
        "bouton ouvre les thèmes dans l’ordre du jeu. Pour un autre thème, choisissez sa carte dans "
        "« Carte », au milieu de la console, puis cliquez sur « Ouvrir le débat ». Quand le temps des "
        "débats est écoulé, le grand bouton n’ouvre plus de débat : d’un seul appui, il clôt le débat en "
        "cours et lance la phase suivante. Si le vote après n’a pas eu lieu, le débat est clos sans "
        "lui. Dans le programme, « Clore le débat » puis « Terminer l’étape » font la même chose, et "
        "« +5 min » redonne du temps aux débats. Un débat ouvert à la main après la fin du temps se joue "
        "en entier, ses deux votes compris.",
        "Time: with {themes} themes, both votes included, each debate would get only {each}. That is too "
        "little to prepare and argue. Choose instead {few} (10 to 15 min each).{fits} The large button "
        "opens the themes in the deck’s order. For another theme, choose its card under “Card”, in the "
        "middle of the console, then click “Open the debate”. Once the debates’ time is up, the large "
        "button opens no more debates: in one press, it closes the debate under way and starts the next "
        "phase. If the vote after has not been taken, the debate closes without it. In the agenda, "
        "“Close the debate” then “End phase” do the same, and “+5 min” gives the debates more time. A "
        "debate opened by hand once the time is up is played whole, both its votes included.",
    ),
    "timing_first": ("{each}\u00a0min sur {minutes}\u00a0min de séance ({debating}\u00a0min de débats)",
                     "{each}\u00a0min in a session of {minutes}\u00a0min ({debating}\u00a0min of debates)"),
    "timing_next": ("{each}\u00a0min sur {minutes}\u00a0min ({debating}\u00a0min de débats)",
                    "{each}\u00a0min in {minutes}\u00a0min ({debating}\u00a0min of debates)"),
    "timing_few": ("{few} en {minutes}\u00a0min", "{few} in {minutes}\u00a0min"),
    "timing_fits": (" En {minutes}\u00a0min, tous les thèmes tiennent.", " In {minutes}\u00a0min, every theme fits."),
    "or": ("{low} ou {high}", "{low} or {high}"),
    "to": ("{low} à {high}", "{low} to {high}"),
}
BEFORE = Catalogue("guide before the workshop", _BEFORE)
BEFORE_POINTS = ("print", "screens", "phones", "timeline", "facts")
KEPT_WITH_NEXT = ("timeline",)  # on the page of the point after it: the cards' way to the teams read together
POINT_GAP = 1.5 * mm  # between two points, over the paragraph's own space after
COMMANDS = {"print": ("command_cards", "command_kit")}  # under a point, each line a command as typed


def _say(key: str, lang: str, **fields: object) -> str:
    return BEFORE.text(key, lang).format(**fields)


def card_sheets(deck: Deck, lang: str, paper: str) -> tuple[int, int, int] | None:
    """(cards a sheet, double-sided sheets, sheets to fold) of the cards the room handles, the
    deck's events and facts, as the print lays them out on ``paper`` at its default size (None when
    the deck has neither)."""
    kinds = tuple(kind for kind in PRINTED_KINDS if deck.cards_of(kind))
    if not kinds:
        return None
    plans = [plan_sheets(deck, PrintOptions(paper=paper, lang=lang, kinds=kinds, layout=layout))
             for layout in ("grid", "fold")]
    return (plans[0].layout.per_sheet, *(len({page.sheet for page in plan.pages}) for plan in plans))


def _print_rows(deck: Deck, lang: str, paper: str) -> list[tuple[str, str, str]]:
    """What to print, how many, and the sheets for the example room; the last row adds them up."""
    teams, people = EXAMPLE_TEAMS, EXAMPLE_TEAMS * TEAM_SIZE
    take_home = kit_word("take_home", lang)
    kit = kit_pages(KitOptions(paper=paper, lang=lang, teams=default_teams(teams, lang), pupils=people))
    signs, voting, tally = kit.count("sign"), kit.count("voting"), kit.count("tally")
    take_homes = cards_a_sheet()
    copies = kit.count("take_home")  # a card each, ``take_homes`` a sheet
    rows, cards = [], 0
    counted = card_sheets(deck, lang, paper)
    if counted:
        per_sheet, cards, fold = counted
        what = _say("cards", lang, events=len(deck.cards_of("event")), facts=len(deck.cards_of("fact")))
        if deck.cards_of("debate"):
            what += ". " + _say("cards_debates", lang, debates=len(deck.cards_of("debate")))
        rows.append((what, _say("cards_count", lang, per_sheet=per_sheet),
                     _say("cards_example", lang, sheets=cards, fold=fold)))
    rows += [
        (_say("signs_tally", lang, name=kit_word("tally_title", lang)) if tally else _say("signs", lang),
         _say("signs_tally_count" if tally else "signs_count", lang), _say("sheets", lang, count=signs + tally)),
        (_say("voting", lang, choices=len(CHOICES)), _say("voting_count", lang), _say("sheets", lang, count=voting)),
        (_say("take_home", lang, name=take_home, per_sheet=take_homes),
         _say("take_home_count", lang, name=take_home), _say("take_home_example", lang, count=copies)),
        (_say("total", lang), _say("total_count", lang),
         _say("total_example", lang, before=cards + signs + voting + tally, after=copies)),
    ]
    return rows


def before_the_workshop(deck: Deck, lang: str, st, paper: str = "a4") -> list:
    """The section: what to print and how many sheets for an example room, then the screens, the
    phones and the cards' way to the teams. Longer than a page: it flows on, a point never cut across
    two pages, a little air between the table and the points and between two points."""
    teams, people = EXAMPLE_TEAMS, EXAMPLE_TEAMS * TEAM_SIZE
    rows = [[p(_say(k, lang, teams=teams), st["cellb"]) for k in ("what", "how_many", "example")]]
    printed = _print_rows(deck, lang, paper)
    for n, (what, how_many, example) in enumerate(printed, 1):
        style = st["cellb"] if n == len(printed) else st["cell"]
        rows.append([p(what, style), p(how_many, st["cell"]), p(example, style)])
    return [KeepTogether([p(_say("title", lang), st["h1"]),
                          p(_say("intro", lang, teams=teams, size=TEAM_SIZE, people=people), st["body"]),
                          table(rows, [70 * mm, 65 * mm, 35 * mm])]),
            Spacer(1, 3 * mm), *_points(lang, st["body"])]


def _points(lang: str, body: ParagraphStyle) -> list:
    """The points after the table, bulleted, their lead words bold; a command line under its point
    stands on a line of its own, so that what a reader copies from the page is the command alone.
    Each point is kept whole on a page, with the next one for those KEPT_WITH_NEXT (its points lists of
    one: a KeepTogether holds flowables, not a list's items, and never another KeepTogether, whose
    height it misreads)."""
    teams, people = EXAMPLE_TEAMS, EXAMPLE_TEAMS * TEAM_SIZE
    command = ParagraphStyle("command", parent=body, leftIndent=12, spaceAfter=0)
    groups, group = [], []
    for key in BEFORE_POINTS:
        said = _say(key, lang, name=kit_word("take_home", lang), per_team=Rules().timeline_cards_per_team)
        lines = [p(_say(line, lang, teams=teams, people=people), command) for line in COMMANDS.get(key, ())]
        item = ListItem([lead(said, body), *lines], leftIndent=16, value="•")
        group += [ListFlowable([item], bulletType="bullet", start="•", leftIndent=16, bulletFontName=REGULAR,
                               bulletFontSize=body.fontSize), Spacer(1, POINT_GAP)]
        if key not in KEPT_WITH_NEXT:
            groups.append(KeepTogether(group))
            group = []
    return groups


def starting_the_session(lang: str, st) -> list:
    """The start screen's new session: language, length, teams and their colours, the button."""
    return [KeepTogether([p(_say("start_title", lang), st["h1"]),
                          p(_say("start", lang, min_teams=MIN_TEAMS, max_teams=MAX_TEAMS), st["body"])])]


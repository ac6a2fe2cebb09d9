"""The catalogue: every sentence and word navotop shows, in English and Dutch, in one place.

Each entry is `key: (English, Dutch)`; a tuple rather than two dictionaries so that a text
cannot be added in one language and forgotten in the other without the catalogue's test
noticing (both must be non-empty and take the same `{fields}`). The labels of the table's rows
live with their definitions in `core/measures.py`; numbers are written by `core/formats.py`.

The Dutch uses the letter's own terms: berekeningswijze, bbp, defensie-uitgaven, militaire
steun aan Oekraïne, %-bbp.
"""

from __future__ import annotations

from core.formats import Lang, language

TEXTS: dict[str, tuple[str, str]] = {
    # ---- the calculation table (CLI text and markdown, the app's grid)
    "col.row": ("row", "rij"),
    "table.continued": (" (continued)", " (vervolg)"),
    "table.met": ("met", "gehaald"),
    "col.unit": ("unit", "eenheid"),
    "col.source": ("source / formula", "bron / formule"),
    "legend": (
        "e estimate · a assumption · d default · c calibration · w what-if · n/a unknown",
        "e raming · a aanname · d standaardwaarde · c kalibratie · w wat-als · n/a onbekend",
    ),
    "legend.label": ("Marks", "Tekens"),
    "source.assumption": ("assumption", "aanname"),
    "source.default": ("default {text}", "standaard {text}"),
    "default.required": ("none (required)", "geen (verplicht)"),
    "basis.estimate": ("estimate", "raming"),
    "basis.assumption": ("assumption", "aanname"),
    "basis.default": ("default", "standaardwaarde"),
    "basis.calibration": ("calibration", "kalibratie"),
    "basis.adjusted": ("adjusted", "aangepast"),
    "amount.by": ("by {deadline}", "uiterlijk {deadline}"),
    "detail.no_source": ("no source: assumption", "geen bron: aanname"),
    "detail.from": ("from {cited}", "uit {cited}"),
    # ---- agenda, commitments and allies (CLI text)
    "agenda.title": (
        "NATO summit, The Hague, 24-25 June 2025: programme",
        "NAVO-top, Den Haag, 24-25 juni 2025: programma",
    ),
    "agenda.date": ("date", "datum"),
    "agenda.time": ("time", "tijd"),
    "agenda.what": ("what", "wat"),
    "agenda.where": ("where", "waar"),
    "agenda.organisers": ("organised by", "georganiseerd door"),
    "agenda.source": ("source", "bron"),
    "commitments.title": (
        "Commitments, targets and positions",
        "Toezeggingen, doelstellingen en standpunten",
    ),
    "commitments.id": ("id", "id"),
    "commitments.commitment": ("commitment", "toezegging"),
    "commitments.who": ("who", "wie"),
    "commitments.amount": ("amount", "omvang"),
    "commitments.status": ("status", "status"),
    "commitments.source": ("source", "bron"),
    "commitments.filter": (
        "filter: words, or topic:Ukraine (esc clears)",
        "filter: woorden, of topic:Ukraine (esc wist)",
    ),
    "commitments.after": (" (after)", " (na)"),
    "commitments.none": ("none", "geen"),
    "commitments.describe": (
        "Source: {source}. Numbers: {links} (enter to jump)",
        "Bron: {source}. Cijfers: {links} (enter om erheen te gaan)",
    ),
    "agenda.not_stated": ("not stated", "niet vermeld"),
    "agenda.describe": (
        "{kind} · {when} · time: {time} · place: {place}",
        "{kind} · {when} · tijd: {time} · plaats: {place}",
    ),
    "agenda.people": (
        "Participants: {who}. Organised by: {by}.\nSource: {section} ({source})",
        "Deelnemers: {who}. Georganiseerd door: {by}.\nBron: {section} ({source})",
    ),
    "commitments.after_letter": (" (after the letter)", " (na de brief)"),
    "allies.title": (
        "Defence spending, % of GDP (NATO method), {year}\nEdition {edition}{why}: {title}",
        "Defensie-uitgaven, %-bbp (NAVO-berekeningswijze), {year}\nEditie {edition}{why}: {title}",
    ),
    "allies.newest": (", the newest with {year} figures", ", de nieuwste met cijfers over {year}"),
    "allies.others": (
        "Other editions with {year} figures (--edition): {others}",
        "Andere edities met cijfers over {year} (--edition): {others}",
    ),
    "allies.caption": (
        "e = NATO estimate; {unknown} = not published in this edition\n{scope}\nSources: {sources}",
        "e = raming van de NAVO; {unknown} = niet gepubliceerd in deze editie\n{scope}\nBronnen: {sources}",
    ),
    "allies.scope": (
        "NATO's published shares cover core defence spending (NATO's definition) only; the Hague"
        " commitment's up to 1.5% for defence- and security-related spending is not in them.",
        "De door de NAVO gepubliceerde percentages omvatten alleen de kern-defensie-uitgaven (volgens de"
        " NAVO-definitie); de tot 1,5% voor defensie- en veiligheidsgerelateerde uitgaven uit de Haagse"
        " afspraak zit er niet in.",
    ),
    "allies.ally": ("ally", "bondgenoot"),
    "allies.note": ("note", "toelichting"),
    "allies.yes": ("yes", "ja"),
    "allies.no": ("no", "nee"),
    # ---- numbers as typed (core/numbers.py)
    "number.bad": (
        "'{text}' is not a number (write 1.5 or 1,5, with the digits 0-9; grouped: 1,134,000 or 1.134.000)",
        "'{text}' is geen getal (schrijf 1,5 of 1.5, met de cijfers 0-9; gegroepeerd: 1.134.000 of 1,134,000)",
    ),
    "number.too_large": (
        "'{text}' is too large: a scenario file cannot hold it",
        "'{text}' is te groot: een scenariobestand kan het niet bevatten",
    ),
    "number.too_small": (
        "'{text}' is too small: it would be stored as 0",
        "'{text}' is te klein: het zou als 0 worden opgeslagen",
    ),
    # ---- editing a cell
    "entry.one_sign": (
        "'{typed}': one sign only (+0,2 or -0,2; =-5 sets a negative value)",
        "'{typed}': één teken (+0,2 of -0,2; =-5 zet een negatieve waarde)",
    ),
    "entry.hint": (
        "In a cell: 2,2 sets, +0,2 or -150 changes, +2% is relative, =-5",
        "In een cel: 2,2 zet, +0,2 of -150 verandert, +2% is relatief, =-5",
    ),
    "entry.percent": (
        "'{typed}': write +{typed} or -{typed} to change the value by a percentage",
        "'{typed}': schrijf +{typed} of -{typed} om de waarde met een percentage te veranderen",
    ),
    "entry.unknown": (
        "this cell's value is unknown, so it cannot be changed by an amount: type a value",
        "de waarde van deze cel is onbekend, dus kan niet met een bedrag veranderen: typ een waarde",
    ),
    "target.describe": ("{series} {year} in {unit}, now {now}", "{series} {year} in {unit}, nu {now}"),
    "target.computed": (
        "{series} is computed, not an input: edit the inputs it is computed from",
        "{series} is berekend, geen invoer: wijzig de invoer waaruit het berekend wordt",
    ),
    "target.adjusted": (
        "{series} {year} comes from {where}: edit an earlier year, or the adjustment",
        "{series} {year} volgt uit {where}: wijzig een eerder jaar, of de aanpassing",
    ),
    # ---- navotop check
    "check.ok": ("ok", "in orde"),
    "check.failed": ("{failed} of {checked} checks failed", "{failed} van {checked} controles mislukt"),
    "check.failed_one": ("{failed} of {checked} check failed", "{failed} van {checked} controle mislukt"),
    "check.summary": (
        "{verdict} ({checked} published figures checked)",
        "{verdict} ({checked} gepubliceerde cijfers gecontroleerd)",
    ),
    "check.summary_one": (
        "{verdict} ({checked} published figure checked)",
        "{verdict} ({checked} gepubliceerd cijfer gecontroleerd)",
    ),
    "check.line": (
        "{id} {year}: computed {computed}, published {observed} (allowed difference {tolerance})",
        "{id} {year}: berekend {computed}, gepubliceerd {observed} (toegestaan verschil {tolerance})",
    ),
    # ---- navotop diff
    "diff.title": ("{other} compared with {base}", "{other} vergeleken met {base}"),
    "diff.none": ("no differences", "geen verschillen"),
    # ---- navotop set
    "set.done": ("{file}: {series} {year}", "{file}: {series} {year}"),
    # ---- the verdict under the table
    "verdict.shares": (
        "{year}: Dutch method {excl} excl. / {incl} incl. Ukraine; NATO method {nato}",
        "{year}: Nederlandse berekeningswijze {excl} excl. / {incl} incl. Oekraïne; NAVO-berekeningswijze {nato}",
    ),
    "verdict.met": ("{norm}: met", "{norm}: gehaald"),
    "verdict.short": ("{norm}: short {points}{money}", "{norm}: tekort {points}{money}"),
    "verdict.unknown": ("{norm}: {unknown}", "{norm}: {unknown}"),
    # ---- the command line
    "cli.description": (
        "The NATO summit in The Hague (2025) and the arithmetic of Dutch defence spending.",
        "De NAVO-top in Den Haag (2025) en de rekensom achter de Nederlandse defensie-uitgaven.",
    ),
    "cli.epilog": (
        "With no subcommand, `navotop [SCENARIO] [--export-dir DIR] [--no-watch]` opens the app"
        " on SCENARIO (default: the bundled baseline). In the app, x saves a screenshot into ./exports"
        " of the folder navotop was started in (--export-dir DIR: elsewhere).",
        "Zonder opdracht opent `navotop [SCENARIO] [--export-dir MAP] [--no-watch]` de app"
        " op SCENARIO (standaard: het meegeleverde basisscenario). In de app bewaart x een"
        " schermafbeelding in ./exports van de map waarin navotop is gestart (--export-dir MAP: elders).",
    ),
    "cli.lang": (
        "language of the output: nl or en (default: $NAVOTOP_LANG, else nl under a Dutch locale, else en)",
        "taal van de uitvoer: nl of en (standaard: $NAVOTOP_LANG, anders nl bij een Nederlandse locale, anders en)",
    ),
    "cli.table": ("print the calculation table of a scenario", "toon de rekentabel van een scenario"),
    "cli.check": (
        "validate scenario files and compare them with their [observed] figures",
        "controleer scenariobestanden en vergelijk ze met hun [observed]-cijfers",
    ),
    "cli.diff": (
        "inputs and measures that differ between two scenarios, with deltas",
        "invoer en uitkomsten die tussen twee scenario's verschillen, met de verschillen",
    ),
    "cli.set": (
        "change one input value in a scenario file, keeping comments and layout",
        "wijzig één invoerwaarde in een scenariobestand; commentaar en opmaak blijven staan",
    ),
    "cli.screenshot": (
        "save an SVG picture of the app without opening it",
        "bewaar een SVG-afbeelding van de app zonder hem te openen",
    ),
    "cli.agenda": (
        "the summit's programme, as the letter gives it",
        "het programma van de top, zoals de brief het geeft",
    ),
    "cli.commitments": (
        "every pledge, target, amount and position, with its source",
        "elke toezegging, doelstelling, elk bedrag en standpunt, met de bron",
    ),
    "cli.allies": (
        "NATO's defence spending shares for all allies, ranked",
        "de defensie-uitgaven van alle bondgenoten als %-bbp volgens de NAVO, gerangschikt",
    ),
    "cli.serve": (
        "the same app in a web browser, for the meeting-room screen",
        "dezelfde app in een webbrowser, voor het scherm in de vergaderzaal",
    ),
    "cli.open": ("Open the navotop app.", "Open de navotop-app."),
    "cli.scenario_default": ("default: the bundled baseline", "standaard: het meegeleverde basisscenario"),
    "cli.export_dir": (
        "where x saves screenshots (default: ./exports, in the folder navotop is started in)",
        "waar x schermafbeeldingen bewaart (standaard: ./exports, in de map waarin navotop is gestart)",
    ),
    "cli.no_watch": (
        "do not reload the scenario when it changes on disk",
        "laad het scenario niet opnieuw als het bestand op schijf verandert",
    ),
    "cli.exit_code": ("exit 1 when the scenarios differ", "eindig met 1 als de scenario's verschillen"),
    "cli.value": (
        "as in a cell of the app, in the unit the file uses for the series: 2,2 or 2.2 sets,"
        " +0,2 or -150 changes the current value, +2% is relative, =-5 sets a negative value",
        "zoals in een cel van de app, in de eenheid die het bestand voor de reeks gebruikt: 2,2 of"
        " 2.2 zet de waarde, +0,2 of -150 verandert de huidige waarde, +2% is relatief, =-5 zet een"
        " negatieve waarde",
    ),
    "cli.size": ("WIDTHxHEIGHT, default 120x40", "BREEDTExHOOGTE, standaard 120x40"),
    "cli.year": ("default: 2024", "standaard: 2024"),
    "cli.edition": (
        "which publication of NATO's figures: june-2024 (Defence Expenditure of NATO Countries, June"
        " 2024, 2015 prices), annual-report-2024 (the Secretary General's Annual Report 2024: the"
        " Dutch 2.06 for 2024 that the app and Table 1 use) or august-2025 (Defence Expenditure of"
        " NATO Countries, August 2025, 2021 prices). Default: the newest with figures for the year",
        "welke publicatie van de NAVO-cijfers: june-2024 (Defence Expenditure of NATO Countries, juni"
        " 2024, prijzen van 2015), annual-report-2024 (het jaarverslag 2024 van de secretaris-generaal:"
        " de Nederlandse 2,06 voor 2024 die de app en tabel 1 gebruiken) of august-2025 (Defence"
        " Expenditure of NATO Countries, augustus 2025, prijzen van 2021). Standaard: de nieuwste met"
        " cijfers voor het jaar",
    ),
    "cli.set_force": (
        "write a value that looks like a unit slip (e.g. GDP in EUR bn)",
        "schrijf een waarde die op een vergissing in de eenheid lijkt (bijv. bbp in mld euro)",
    ),
    "cli.output": (
        "the picture is SVG: a name ending in anything but .svg (e.g. .png) is refused",
        "de afbeelding is SVG: een naam die niet op .svg eindigt (bijv. .png) wordt geweigerd",
    ),
    "cli.host": (
        "address to listen on (default 127.0.0.1: this machine only)",
        "adres waarop de server luistert (standaard 127.0.0.1: alleen deze machine)",
    ),
    "cli.port": ("port to listen on (default 8000)", "poort waarop de server luistert (standaard 8000)"),
    "cli.force": ("replace FILE.svg if it exists", "vervang FILE.svg als het al bestaat"),
    # ---- navotop serve
    "serve.listening": (
        "navotop serves {scenario} at {url} (files are opened and saved only in {roots})",
        "navotop toont {scenario} op {url} (bestanden worden alleen geopend en bewaard in {roots})",
    ),
    "serve.local": (
        "Only this machine can reach it. From another machine, tunnel over SSH:"
        " ssh -L {port}:127.0.0.1:{port} USER@THIS-HOST, then open http://127.0.0.1:{port}",
        "Alleen deze machine kan erbij. Vanaf een andere machine via een SSH-tunnel:"
        " ssh -L {port}:127.0.0.1:{port} GEBRUIKER@DEZE-HOST, open dan http://127.0.0.1:{port}",
    ),
    "serve.exposed": (
        "WARNING: listening on {host}, beyond this machine: anyone who can reach port {port} on this"
        " network can use navotop and change the scenario files in {roots}. There is no password."
        " Use the default (127.0.0.1) and an SSH tunnel unless the network is yours alone.",
        "WAARSCHUWING: de server luistert op {host}, buiten deze machine: iedereen die poort {port} op"
        " dit netwerk bereikt, kan navotop gebruiken en de scenariobestanden in {roots} wijzigen. Er is"
        " geen wachtwoord. Gebruik de standaard (127.0.0.1) en een SSH-tunnel, tenzij het netwerk van u alleen is.",
    ),
    "serve.stop": ("Press Ctrl+C to stop.", "Druk op Ctrl+C om te stoppen."),
    "confine.outside": (
        "{path} is outside the folders this server may use ({roots})",
        "{path} ligt buiten de mappen die deze server mag gebruiken ({roots})",
    ),
    # ---- the app
    "app.nothing_to_undo": ("Nothing to undo.", "Niets om ongedaan te maken."),
    "app.nothing_to_redo": ("Nothing to redo.", "Niets om opnieuw te doen."),
    # ---- keys: footer label and help line of each command (tui/keys.py), by its id
    "key.undo.label": ("Undo", "Ongedaan"),
    "key.undo.help": ("undo the last edit", "maak de laatste wijziging ongedaan"),
    "key.redo.label": ("Redo", "Opnieuw"),
    "key.redo.help": ("redo the last undone edit", "doe de laatst ongedaan gemaakte wijziging opnieuw"),
    "key.save.label": ("Save", "Bewaar"),
    "key.save.help": (
        "save the edits into the scenario file, marked as what-ifs (comments kept; asks when it changed on"
        " disk, or when the edits would miss its published figures)",
        "bewaar de wijzigingen in het scenariobestand, gemarkeerd als wat-als (commentaar blijft; vraagt het"
        " als het op schijf veranderde, of als de wijzigingen de gepubliceerde cijfers zouden missen)",
    ),
    "key.save-as.label": ("Save as", "Bewaar als"),
    "key.save-as.help": (
        "save the edits as a what-if: a new file that extends this one, with a name and a note",
        "bewaar de wijzigingen als wat-als: een nieuw bestand dat op dit bestand voortbouwt, met een naam"
        " en een toelichting",
    ),
    "key.save-as.palette": ("file: save as a what-if...", "bestand: bewaar als wat-als..."),
    "key.export-table.label": ("Export", "Exporteer"),
    "key.export-table.help": (
        "export the whole table (every row and year, unsaved edits too) as SVG, CSV and markdown",
        "exporteer de hele tabel (elke rij en elk jaar, ook niet-bewaarde wijzigingen) als SVG, CSV en"
        " markdown",
    ),
    "key.export-table.palette": (
        "export: the whole table (SVG, CSV, markdown)",
        "exporteren: de hele tabel (SVG, CSV, markdown)",
    ),
    "key.jump-back.label": ("Back", "Terug"),
    "key.jump-back.help": (
        "back to where the last jump (enter on a commitment or a number) came from",
        "terug naar waar de laatste sprong (enter op een toezegging of een getal) vandaan kwam",
    ),
    "key.fold.label": ("Fold", "Inklappen"),
    "key.fold.help": (
        "fold or unfold the table's section under the cursor",
        "klap het deel van de tabel onder de cursor in of uit",
    ),
    "key.fold-all.label": ("Fold all", "Alles inklappen"),
    "key.fold-all.help": (
        "fold every section but Table 1 (again: unfold them all)",
        "klap elk deel in behalve tabel 1 (nogmaals: klap ze alle uit)",
    ),
    "key.compare.label": ("Compare", "Vergelijk"),
    "key.compare.help": (
        "compare with another scenario (cells show the difference)",
        "vergelijk met een ander scenario (de cellen tonen het verschil)",
    ),
    "key.bridge.label": ("Bridge", "Brug"),
    "key.bridge.help": (
        "the bridge from the Dutch to the NATO figure for the selected year, step by step",
        "de brug van het Nederlandse naar het NAVO-cijfer voor het gekozen jaar, stap voor stap",
    ),
    "key.open.label": ("Open", "Open"),
    "key.open.help": ("open another scenario", "open een ander scenario"),
    "key.screenshot.label": ("Screenshot", "Afbeelding"),
    "key.screenshot.help": (
        "save an SVG screenshot into ./exports of the folder navotop was started in (--export-dir changes"
        " it; the path is shown)",
        "bewaar een SVG-schermafbeelding in ./exports van de map waarin navotop is gestart (--export-dir"
        " kiest een andere; het pad wordt getoond)",
    ),
    "key.whatif-log.label": ("Log", "Logboek"),
    "key.whatif-log.help": (
        "the what-if log: every edit, undo, save, open, compare and screenshot, with the headline figures before and after",
        "het wat-als-logboek: elke wijziging, ongedaanmaking, bewaring, opening, vergelijking en schermafbeelding, met de kerncijfers ervoor en erna",
    ),
    "key.export-log.label": ("Write log", "Schrijf logboek"),
    "key.export-log.help": (
        "write the what-if log as markdown into the export folder, with the screenshots and their inputs' hash",
        "schrijf het wat-als-logboek als markdown in de exportmap, met de schermafbeeldingen en hun invoer-hash",
    ),
    "key.panes.label": ("Pane", "Paneel"),
    "key.panes.help": (
        "agenda, commitments, calculation table, allies, chart",
        "agenda, toezeggingen, rekentabel, bondgenoten, grafiek",
    ),
    "key.goal-seek.label": ("Goal seek", "Doelzoeken"),
    "key.goal-seek.help": (
        "goal seek on the selected computed cell; enter applies it as one edit",
        "doelzoeken op de gekozen berekende cel; enter past het toe als één wijziging",
    ),
    "key.goal-seek.palette": (
        "analysis: goal seek on the selected cell",
        "analyse: doelzoeken op de gekozen cel",
    ),
    "key.sensitivity.label": ("Tornado", "Tornado"),
    "key.sensitivity.help": (
        "which input moves the selected cell most (each moved 10% both ways)",
        "welke invoer de gekozen cel het meest beweegt (elk 10% naar beide kanten)",
    ),
    "key.sensitivity.palette": (
        "analysis: sensitivity of the selected cell",
        "analyse: gevoeligheid van de gekozen cel",
    ),
    "key.allies.label": ("Filter", "Filter"),
    "key.allies.help": (
        "in the allies pane: filter by name, clear it; next year; next edition",
        "in het paneel bondgenoten: filter op naam, wis het; volgend jaar; volgende editie",
    ),
    "key.next-pane.label": ("Next pane", "Volgend paneel"),
    "key.next-pane.help": (
        "next / previous pane (closes an open cell editor)",
        "volgend / vorig paneel (sluit een open celbewerking)",
    ),
    "key.edit.label": ("Edit", "Wijzig"),
    "key.edit.help": (
        "edit the selected cell (an input, a Dutch share, a growth rate): {syntax}; enter accepts, esc"
        " cancels. On a computed row, e says what to edit instead and enter goes to the commitment it"
        " bears on; on a section heading enter folds or unfolds it",
        "wijzig de gekozen cel (een invoerwaarde, een Nederlands aandeel, een groeivoet): {syntax}; enter"
        " neemt over, esc annuleert. Op een berekende rij zegt e wat je in plaats daarvan wijzigt en gaat"
        " enter naar de toezegging waar die op slaat; op de kop van een deel klapt enter het in of uit",
    ),
    "key.edit.syntax": (
        "2,2 or 2.2 sets; +0,2 or -150 changes by that much; +2% or -2% relative; =-5 sets a negative",
        "2,2 of 2.2 zet de waarde; +0,2 of -150 verandert met zoveel; +2% of -2% relatief; =-5 zet een negatieve waarde",
    ),
    "key.move.label": ("Move", "Ga"),
    "key.move.help": ("move in the table", "beweeg door de tabel"),
    "key.edge-year.label": ("Year", "Jaar"),
    "key.edge-year.help": ("first / last year", "eerste / laatste jaar"),
    "key.edge-row.label": ("Row", "Rij"),
    "key.edge-row.help": ("first / last row of the table", "eerste / laatste rij van de tabel"),
    "key.filter.label": ("Filter", "Filter"),
    "key.filter.help": (
        "from any pane: filter the commitments by words or topic:NAME; enter on one goes to its numbers",
        "vanuit elk paneel: filter de toezeggingen op woorden of topic:NAAM; enter op een ervan gaat naar"
        " de cijfers",
    ),
    "key.clear-filter.label": ("Clear", "Wis"),
    "key.clear-filter.help": (
        "clear the commitments filter (in a dialog: close it)",
        "wis het filter van de toezeggingen (in een dialoog: sluit die)",
    ),
    "key.palette.label": ("Palette", "Opdrachten"),
    "key.palette.footer": ("palette", "opdrachten"),
    "key.palette.help": (
        "command palette: open, compare, export, jump to a commitment or agenda item",
        "opdrachtenlijst: openen, vergelijken, exporteren, naar een toezegging of agendapunt springen",
    ),
    "key.help.label": ("Help", "Hulp"),
    "key.help.help": ("every key, mark and formula", "elke toets, elk teken en elke formule"),
    "key.quit.label": ("Quit", "Stop"),
    "key.quit.help": (
        "quit (asks when there are unsaved edits)",
        "stop (vraagt het bij niet-bewaarde wijzigingen)",
    ),
    "key.undo.palette": ("edit: undo", "wijzigen: ongedaan maken"),
    "key.redo.palette": ("edit: redo", "wijzigen: opnieuw doen"),
    "key.save.palette": ("file: save edits", "bestand: wijzigingen bewaren"),
    "key.compare.palette": ("view: compare with...", "beeld: vergelijken met..."),
    "key.bridge.palette": ("view: bridge for the selected year", "beeld: brug voor het gekozen jaar"),
    "key.open.palette": ("file: open scenario...", "bestand: scenario openen..."),
    "key.screenshot.palette": ("export: screenshot (SVG)", "export: schermafbeelding (SVG)"),
    "key.whatif-log.palette": ("view: what-if log", "beeld: wat-als-logboek"),
    "key.export-log.palette": ("export: what-if log (markdown)", "export: wat-als-logboek (markdown)"),
    "key.help.palette": ("help: keys and formulas", "hulp: toetsen en formules"),
    "palette.open": ("open: {name}", "openen: {name}"),
    "palette.compare": ("compare: {name}", "vergelijken: {name}"),
    "palette.commitment": ("go: commitment {title}", "ga naar: toezegging {title}"),
    "palette.agenda": ("go: agenda {title}", "ga naar: agenda {title}"),
    # ---- panes and the app's messages
    "pane.agenda": ("Agenda", "Agenda"),
    "pane.commitments": ("Commitments", "Toezeggingen"),
    "pane.calc": ("Table", "Tabel"),
    "pane.allies": ("Allies", "Bondgenoten"),
    "pane.chart": ("Chart", "Grafiek"),
    "pane.allies_title": ("Allies: NATO's figures", "Bondgenoten: de cijfers van de NAVO"),
    "app.loading": ("loading {file}", "{file} wordt geladen"),
    "app.not_loaded": ("{file}: not loaded", "{file}: niet geladen"),
    "app.unsaved": (" · unsaved edits", " · niet-bewaarde wijzigingen"),
    "app.compared_with": (" · compared with {name}", " · vergeleken met {name}"),
    "app.loading_summit": ("Loading the summit data...", "De gegevens van de top worden geladen..."),
    "app.computing": ("Computing the scenario...", "Het scenario wordt berekend..."),
    "app.opened": ("Opened {path}", "{path} geopend"),
    "app.reloaded": ("Reloaded {file}", "{file} opnieuw geladen"),
    "app.saved": ("Saved {path}", "{path} bewaard"),
    "app.no_unsaved": ("No unsaved edits.", "Geen niet-bewaarde wijzigingen."),
    "app.not_saved": ("Not saved: {error}", "Niet bewaard: {error}"),
    "app.not_opened": ("Not opened, {file} stays: {error}", "Niet geopend, {file} blijft: {error}"),
    "app.not_compared": ("Not compared: {error}", "Niet vergeleken: {error}"),
    "app.last_good": (
        "Last good numbers shown. {error}",
        "De laatste goede cijfers staan op het scherm. {error}",
    ),
    "app.not_editable": ("Not editable here", "Hier niet te wijzigen"),
    "app.not_changed": ("Not changed", "Niet gewijzigd"),
    "app.editing": (
        "Editing {target}: {syntax} · enter accepts · esc cancels",
        "Wijzigen van {target}: {syntax} · enter neemt over · esc annuleert",
    ),
    "app.screenshot_saved": ("Screenshot saved: {path}", "Schermafbeelding bewaard: {path}"),
    "app.screenshot_not_saved": ("Screenshot not saved: {error}", "Schermafbeelding niet bewaard: {error}"),
    "app.export": ("Export", "Export"),
    "app.no_numbers": (
        "No scenario is loaded, so no numbers to show for '{title}'.",
        "Er is geen scenario geladen, dus geen cijfers voor '{title}'.",
    ),
    "app.names_no_numbers": (
        "'{title}' names no numbers in this scenario.",
        "'{title}' noemt geen cijfers in dit scenario.",
    ),
    "app.no_commitment": ("No commitment bears on {row}.", "Geen toezegging slaat op {row}."),
    "app.open_title": ("Open a scenario", "Open een scenario"),
    "app.compare_title": ("Compare with", "Vergelijk met"),
    "app.stop_comparing": ("(stop comparing)", "(stop met vergelijken)"),
    "app.unsaved_question": (
        "There are unsaved edits in {file}.",
        "Er zijn niet-bewaarde wijzigingen in {file}.",
    ),
    "app.save_then": ("save, then {what}", "bewaar, en {what}"),
    "app.discard_then": ("discard my edits and {what}", "verwerp mijn wijzigingen en {what}"),
    "app.cancel": ("cancel", "annuleer"),
    "app.what.quit": ("quit", "stop"),
    "app.what.open": ("open another scenario", "open een ander scenario"),
    "app.changed_question": (
        "{files} changed on disk while you have unsaved edits.",
        "{files} is op schijf gewijzigd terwijl u niet-bewaarde wijzigingen hebt.",
    ),
    "app.reload_drop": ("reload it and drop my edits", "laad het opnieuw en verwerp mijn wijzigingen"),
    "app.keep_on_top": (
        "keep my edits on top of the new file",
        "houd mijn wijzigingen, bovenop het nieuwe bestand",
    ),
    "app.stale_question": (
        "{path} changed on disk since it was read. Nothing was written.",
        "{path} is op schijf gewijzigd sinds het gelezen werd. Er is niets geschreven.",
    ),
    "app.stale_apply": (
        "apply my edits to the version on disk and save",
        "pas mijn wijzigingen toe op de versie op schijf en bewaar",
    ),
    "app.stale_reload": (
        "reload the version on disk and drop my edits",
        "laad de versie op schijf en verwerp mijn wijzigingen",
    ),
    "app.stale_cancel": ("cancel: keep my edits unsaved", "annuleer: houd mijn wijzigingen onbewaard"),
    "app.svg_title": ("navotop · {name} · inputs {hash}", "navotop · {name} · invoer {hash}"),
    "app.kept": ("The last good numbers stay on screen.", "De laatste goede cijfers blijven op het scherm."),
    "app.none_loaded": ("No scenario is loaded.", "Er is geen scenario geladen."),
    "app.worker_failed": (
        "Something went wrong while {doing}: {error}. {kept} Press o to open a scenario, or q to quit;"
        " `navotop check FILE` shows what is wrong with a file.",
        "Er ging iets mis bij {doing}: {error}. {kept} Druk op o om een scenario te openen, of q om te"
        " stoppen; `navotop check BESTAND` laat zien wat er mis is met een bestand.",
    ),
    "worker.load": ("reading the scenario", "het lezen van het scenario"),
    "worker.open": ("opening the scenario", "het openen van het scenario"),
    "worker.compare": ("computing the comparison", "het berekenen van de vergelijking"),
    "worker.reload": ("reading the changed file", "het lezen van het gewijzigde bestand"),
    "worker.list": ("listing the scenario files", "het opsommen van de scenariobestanden"),
    "worker.allies": ("reading the allies' figures", "het lezen van de cijfers van de bondgenoten"),
    "worker.other": ("working", "het werk"),
    "app.fix_the_file": (
        "Fix the file and save it: it is read again at once.",
        "Verbeter het bestand en bewaar het: het wordt meteen opnieuw gelezen.",
    ),
    "app.watch_failed": (
        "Changes on disk are no longer seen ({error}). Restart navotop to see them.",
        "Wijzigingen op schijf worden niet meer gezien ({error}). Start navotop opnieuw om ze te zien.",
    ),
    "app.not_saved_kept": ("Not saved: your edits are kept", "Niet bewaard: uw wijzigingen blijven staan"),
    "app.flags_legend": (
        "* edited, not saved · ! differs from a published figure",
        "* gewijzigd, niet bewaard · ! wijkt af van een gepubliceerd cijfer",
    ),
    "app.section_heading": (
        "Section heading: enter folds or unfolds it; F folds all but Table 1.",
        "Kop van een deel: enter klapt het in of uit; F klapt alles in behalve tabel 1.",
    ),
    "app.published": ("published {value} ({origin})", "gepubliceerd {value} ({origin})"),
    "app.commitments_link": ("commitments: {ids} (enter)", "toezeggingen: {ids} (enter)"),
    "dialog.choice_hint": (
        "Press {letters}, or enter for the highlighted answer; esc: {default}",
        "Druk op {letters}, of enter voor het gemarkeerde antwoord; esc: {default}",
    ),
    "dialog.type_path": (
        "or type a path and press enter (esc: cancel)",
        "of typ een pad en druk op enter (esc: annuleer)",
    ),
    "dialog.close": ("Close", "Sluit"),
    "dialog.press_esc": ("Press esc to close.", "Druk op esc om te sluiten."),
    "help.col.key": ("key", "toets"),
    "help.col.does": ("does", "doet"),
    "bridge.why.bridge_gdp_source": (
        "The letter's second cause: NATO divides by OECD GDP, the Netherlands by CPB's estimate"
        " (as the initiative bill and the Wet houdbare overheidsfinanciën have it).",
        "De tweede oorzaak in de brief: de NAVO deelt door het bbp volgens de OESO, Nederland door de"
        " CPB-raming (zoals de initiatiefwet en de Wet houdbare overheidsfinanciën voorschrijven).",
    ),
    "bridge.why.bridge_definition": (
        "Not a cause the letter names: NATO's own spending figure for the Netherlands (its"
        " estimate at its cut-off) against the Dutch figure including Ukraine support.",
        "Geen oorzaak die de brief noemt: het eigen uitgavencijfer van de NAVO voor Nederland (haar"
        " raming op haar peildatum) tegenover het Nederlandse cijfer inclusief Oekraïnesteun.",
    ),
    "bridge.why.bridge_prices": (
        "The letter's first cause: NATO brings spending and GDP to one price level with two"
        " different deflators; the Dutch method stays in each budget year's prices.",
        "De eerste oorzaak in de brief: de NAVO rekent uitgaven en bbp terug naar één prijspeil met twee"
        " verschillende deflatoren; de Nederlandse berekeningswijze blijft in prijzen van het begrotingsjaar.",
    ),
    "bridge.ukraine_note": (
        "Both ends include military support to Ukraine: for its annual report NATO used the Dutch"
        " realised figures including it (the letter's footnote 9).",
        "Beide kanten omvatten militaire steun aan Oekraïne: voor haar jaarverslag gebruikte de NAVO de"
        " Nederlandse realisatiecijfers inclusief die steun (voetnoot 9 van de brief).",
    ),
    "bridge.title": (
        "Bridge {year}: Dutch method (incl. Ukraine) to NATO method",
        "Brug {year}: Nederlandse berekeningswijze (incl. Oekraïne) naar NAVO-berekeningswijze",
    ),
    "bridge.col.step": ("step", "stap"),
    "bridge.col.points": ("pp", "%-punt"),
    "bridge.col.how": ("how, and what it rests on", "hoe, en waar het op rust"),
    "bridge.rests_on": ("rests on: {basis}", "rust op: {basis}"),
    "bridge.sourced": ("sourced figures", "cijfers met een bron"),
    "bridge.closes": ("The steps add up exactly.", "De stappen tellen precies op."),
    "bridge.no_nato_figure": (
        "NATO's figure for {year} is unknown: NATO publishes no multi-year figures by its method"
        " (the letter's footnote 11, under Table 1), so there is no bridge to it for {year}.",
        "Het NAVO-cijfer voor {year} is onbekend: de NAVO publiceert geen meerjarige cijfers volgens"
        " haar berekeningswijze (voetnoot 11 van de brief, onder tabel 1), dus er is voor {year}"
        " geen brug naar dat cijfer.",
    ),
    "bridge.open_year": (
        "Unknown parts: the bridge cannot be closed for {year}.",
        "Onbekende delen: de brug sluit voor {year} niet.",
    ),
    "bridge.rounded": (
        "The figures are rounded to {places} decimals; before rounding, the steps add up exactly"
        " to NATO's figure.",
        "De cijfers zijn afgerond op {places} decimalen; vóór afronding tellen de stappen precies"
        " op tot het NAVO-cijfer.",
    ),
    "bridge.adds_up": (
        "The steps add up, as shown ({places} decimals): {sums}.",
        "De stappen tellen op, zoals getoond ({places} decimalen): {sums}.",
    ),
    "bridge.open": (
        "Unknown parts: the bridge cannot be closed this year.",
        "Onbekende delen: de brug sluit dit jaar niet.",
    ),
    "help.keys": ("Keys", "Toetsen"),
    "help.formulas": ("Rows and formulas", "Rijen en formules"),
    "help.marks": (
        "Marks after a value: {legend}. Before it: {flags}.",
        "Tekens achter een waarde: {legend}. Ervoor: {flags}.",
    ),
    "commitments.topic": ("topic", "onderwerp"),
    # ---- the what-if log
    "log.title": ("What-if log: {scenario}", "Wat-als-logboek: {scenario}"),
    "log.empty": ("Nothing logged yet.", "Nog niets vastgelegd."),
    "log.hint": (
        "esc: close · {key}: write the log as markdown into the export folder",
        "esc: sluiten · {key}: schrijf het logboek als markdown in de exportmap",
    ),
    "log.written": ("What-if log written: {path}", "Wat-als-logboek geschreven: {path}"),
    "log.not_written": ("What-if log not written: {error}", "Wat-als-logboek niet geschreven: {error}"),
    "log.col.time": ("time", "tijd"),
    "log.col.what": ("what", "wat"),
    "log.col.cell": ("cell", "cel"),
    "log.col.old": ("old", "oud"),
    "log.col.new": ("new", "nieuw"),
    "log.col.year": ("year", "jaar"),
    "log.col.before": ("before", "voor"),
    "log.col.after": ("after", "na"),
    "log.figures": ("Headline figures for {year}", "Kerncijfers voor {year}"),
    "log.fig.nl_excl": (
        "Dutch method, excl. Ukraine (% of GDP)",
        "Nederlandse berekeningswijze, excl. Oekraïne (%-bbp)",
    ),
    "log.fig.nl_incl": (
        "Dutch method, incl. Ukraine (% of GDP)",
        "Nederlandse berekeningswijze, incl. Oekraïne (%-bbp)",
    ),
    "log.fig.nato": ("NATO method (% of GDP)", "NAVO-berekeningswijze (%-bbp)"),
    "log.fig.shortfall": ("shortfall to {norm} (EUR mln)", "tekort tot {norm} (EUR mln)"),
    "log.screenshots": ("Screenshots", "Schermafbeeldingen"),
    "log.screenshot_line": (
        "{file}: inputs hash {hash}, taken {time}",
        "{file}: invoer-hash {hash}, gemaakt {time}",
    ),
    "log.no_screenshots": ("No screenshots taken.", "Geen schermafbeeldingen gemaakt."),
    "log.hash_note": (
        "Two screenshots with the same inputs hash show the same figures.",
        "Twee schermafbeeldingen met dezelfde invoer-hash tonen dezelfde cijfers.",
    ),
    "log.event.edit": ("edit", "wijziging"),
    "log.event.undo": ("undo", "ongedaan"),
    "log.event.redo": ("redo", "opnieuw"),
    "log.event.save": ("save", "bewaard"),
    "log.event.save_as": ("save as", "bewaard als"),
    "log.event.open": ("open", "geopend"),
    "log.event.compare": ("compare", "vergeleken"),
    "log.event.goal_seek": ("goal seek", "doelzoeken"),
    "log.event.screenshot": ("screenshot", "schermafbeelding"),
    "log.event.restore": ("restore", "hersteld"),
    "log.event.discard": ("discard", "verworpen"),
    # ---- the journal of unsaved edits
    "journal.title": (
        "Unsaved edits from an earlier session",
        "Niet-bewaarde wijzigingen uit een eerdere sessie",
    ),
    "journal.body": (
        "{count} unsaved edit(s) to {file}, last made {when}, were not saved or discarded"
        " (the terminal or connection closed).",
        "{count} niet-bewaarde wijziging(en) in {file}, het laatst gedaan op {when}, zijn niet"
        " bewaard of verworpen (de terminal of de verbinding sloot).",
    ),
    "journal.changed": (
        "The file has changed on disk since: restoring applies these edits to the file as it is now.",
        "Het bestand is sindsdien op schijf gewijzigd: herstellen past deze wijzigingen toe op het bestand zoals het nu is.",
    ),
    "journal.not_written": (
        "Unsaved edits not journaled ({error}): save them to be safe.",
        "Niet-bewaarde wijzigingen niet in het journaal gezet ({error}): bewaar ze voor de zekerheid.",
    ),
    "journal.restore": ("Restore them", "Herstellen"),
    "journal.discard": ("Discard them", "Verwerpen"),
    "journal.restored": (
        "Restored {count} unsaved edit(s).",
        "{count} niet-bewaarde wijziging(en) hersteld.",
    ),
    "journal.discarded": ("Discarded the unsaved edits.", "De niet-bewaarde wijzigingen zijn verworpen."),
}


def basis_words(labels: list[str], lang: Lang | None = None) -> str:
    """What a value rests on, in words: `estimate, assumption` or `raming, aanname`."""
    return ", ".join(t(f"basis.{label}", lang) for label in labels)


def t(key: str, lang: Lang | None = None, /, **fields: object) -> str:
    """The text `key` in `lang` (default: the language shown), with `fields` filled in."""
    english, dutch = TEXTS[key]
    text = dutch if (lang or language()) == "nl" else english
    return text.format(**fields) if fields else text

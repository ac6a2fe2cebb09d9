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
        "e estimate · a assumption · d default · c calibration · w what-if",
        "e raming · a aanname · d standaardwaarde · c kalibratie · w wat-als",
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
    # ---- the app's table (core/table.py): sections, short labels, the detail line
    "table.section.table1": ("Table 1 (% of GDP)", "Tabel 1 (%-bbp)"),
    "table.section.verdicts": ("Norms: met, or pp short", "Normen: gehaald of tekort"),
    "table.folded": (" ({count} rows)", " ({count} rijen)"),
    "short.gdp_cpb": ("GDP, CPB", "bbp, CPB"),
    "short.gdp_oecd": ("GDP, OECD", "bbp, OESO"),
    "short.defence_excl_ukraine": ("Defence excl. Ukr.", "Def. excl. Oekraïne"),
    "short.ukraine_military": ("Ukraine support", "Steun Oekraïne"),
    "short.nato_definition_adjustment": ("NATO def. extra", "NAVO-def. extra"),
    "short.deflator_defence": ("Deflator, defence", "Deflator, defensie"),
    "short.deflator_gdp": ("Deflator, GDP", "Deflator, bbp"),
    "short.defence_total": ("Defence incl. Ukr.", "Def. incl. Oekraïne"),
    "short.share_nl_excl": ("Dutch, excl. Ukraine", "NL excl. Oekraïne"),
    "short.share_nl_incl": ("Dutch, incl. Ukraine", "NL incl. Oekraïne"),
    "short.share_nato": ("NATO method", "NAVO-wijze"),
    "short.defence_nato": ("Defence, NATO def.", "Defensie, NAVO-def."),
    "short.bridge_gdp_source": ("Bridge 1: GDP source", "Brug 1: bron bbp"),
    "short.bridge_definition": ("Bridge 2: definition", "Brug 2: definitie"),
    "short.bridge_prices": ("Bridge 3: prices", "Brug 3: prijzen"),
    "short.method_difference": ("NATO minus Dutch", "NAVO min NL"),
    "short.related_security": ("Related spending", "Gerelateerde uitg."),
    "short.share_related": ("Related (Hague 1.5%)", "Gerel. (Haag 1,5%)"),
    "short.share_core_related": ("Core + related (5%)", "Kern + gerel. (5%)"),
    "table.gap_nato": ("Gap NATO: {norm}", "Tekort NAVO: {norm}"),
    "table.gap_nl": ("Gap NL: {norm}", "Tekort NL: {norm}"),
    "table.growth": ("  growth", "  groei"),
    "table.growth_full": ("{label}: growth", "{label}: groei"),
    "table.method.nato": (
        "NATO's method (NATO definition, OECD GDP, NATO's deflators)",
        "de NAVO-berekeningswijze (NAVO-definitie, bbp volgens de OESO, deflatoren van de NAVO)",
    ),
    "table.method.nl_excl": (
        "the Dutch method, without Ukraine support",
        "de Nederlandse berekeningswijze, zonder militaire steun aan Oekraïne",
    ),
    "table.method.nl_incl": (
        "the Dutch method, with Ukraine support",
        "de Nederlandse berekeningswijze, met militaire steun aan Oekraïne",
    ),
    "table.judged_by": ("{norm}, judged by {method}", "{norm}, getoetst volgens {method}"),
    "table.short_by": ("short by {points}", "tekort {points}"),
    "detail.marks": (" · marks: {words}", " · tekens: {words}"),
    "detail.gap_head": (
        "{norm}, by {rule}: gap (positive = short)",
        "{norm}, volgens {rule}: tekort (positief = te weinig)",
    ),
    "detail.rule.nato": ("NATO's method", "de NAVO-berekeningswijze"),
    "detail.rule.nl": ("the Dutch budget rule", "de Nederlandse begrotingsregel"),
    "detail.adjusted": ("{what} ([[adjust]] at {origin})", "{what} ([[adjust]] op {origin})"),
    "detail.then": ("; then ", "; daarna "),
    "detail.stated_as": (", stated as {value}{unit}", ", opgegeven als {value}{unit}"),
    "detail.of_gdp": ("% of {gdp}", "% van {gdp}"),
    "detail.gdp.gdp_cpb": ("CPB GDP", "het bbp volgens het CPB"),
    "detail.gdp.gdp_oecd": ("OECD GDP", "het bbp volgens de OESO"),
    "detail.whatif": ("what-if", "wat-als"),
    "detail.whatif_note": ("what-if: {note}", "wat-als: {note}"),
    "detail.no_source_assumption": ("no source: an assumption", "geen bron: een aanname"),
    "detail.verdict": (
        "{label}, {year}: {share} against {norm}%: {shown}{money}",
        "{label}, {year}: {share} tegenover {norm}%: {shown}{money}",
    ),
    "detail.growth_implied": (
        "{label} {year} = {shown}, implied by the levels (not an assumption of its own)",
        "{label} {year} = {shown}, volgt uit de niveaus (geen aanname op zich)",
    ),
    "detail.growth_adjust": (
        "{label} {year} = {shown} · [[adjust]] at {origin}{cited}{note} · e edits it",
        "{label} {year} = {shown} · [[adjust]] op {origin}{cited}{note} · e wijzigt het",
    ),
    "detail.cited": (" from {title} ({source})", " uit {title} ({source})"),
    "export.inputs": ("inputs hash {hash}", "invoer-hash {hash}"),
    "export.unsaved": (
        "holds unsaved edits: the numbers differ from the file",
        "bevat niet-bewaarde wijzigingen: de cijfers wijken af van het bestand",
    ),
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
        "filter: woorden, of onderwerp:Oekraïne (esc wist)",
    ),
    "commitments.after": (" (after)", " (na)"),
    "commitments.none": ("none", "geen"),
    "commitments.describe": (
        "Source: {source}. Numbers: {links} (enter to jump)",
        "Bron: {source}. Cijfers: {links} (enter om erheen te gaan)",
    ),
    "agenda.kind.plenary": ("plenary", "plenaire sessie"),
    "agenda.kind.forum": ("forum", "forum"),
    "agenda.kind.dinner": ("dinner", "diner"),
    "agenda.kind.reception": ("reception", "receptie"),
    "agenda.kind.side event": ("side event", "nevenevenement"),
    "agenda.kind.communication": ("communication", "communicatie"),
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
    "number.empty": (
        "nothing typed: a number is needed (1.5 or 1,5)",
        "niets getypt: er is een getal nodig (1,5 of 1.5)",
    ),
    "number.too_large": (
        "'{text}' is too large: a scenario file cannot hold it",
        "'{text}' is te groot: een scenariobestand kan het niet bevatten",
    ),
    "number.too_small": (
        "'{text}' is too small: it would be stored as 0",
        "'{text}' is te klein: het zou als 0 worden opgeslagen",
    ),
    "number.whole": ("a whole number", "geheel getal"),
    "number.a_year": ("a year", "jaartal"),
    "number.not_int": ("'{text}' is not {what} (digits 0-9)", "'{text}' is geen {what} (cijfers 0-9)"),
    "number.int_too_large": ("'{text}' is too large for {what}", "'{text}' is te groot als {what}"),
    "number.size": (
        "size '{text}' is not WIDTHxHEIGHT of at least {width}x{height} (e.g. 120x40)",
        "afmeting '{text}' is geen BREEDTExHOOGTE van minstens {width}x{height} (bijv. 120x40)",
    ),
    # ---- editing a cell
    "entry.one_sign": (
        "'{typed}': one sign only (+0,2 or -0,2; =-5 sets a negative value)",
        "'{typed}': één teken (+0,2 of -0,2; =-5 zet een negatieve waarde)",
    ),
    "entry.hint": (
        "In a cell: 2,2 sets, +0,2 or -150 changes, +2% is relative, =-5 sets a negative value",
        "In een cel: 2,2 zet, +0,2 of -150 verandert, +2% is relatief, =-5 zet een negatieve waarde",
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
    "session.adjust_at": ("[[adjust]] at {origin} ({what})", "[[adjust]] op {origin} ({what})"),
    "session.edit_growth_row": ("edit its growth row", "wijzig de groeirij eronder"),
    "session.edit_earlier": ("edit an earlier year", "wijzig een eerder jaar"),
    "session.comes_from": (
        "{series} {year} comes from {where}: {hint}, or the adjustment in the file",
        "{series} {year} volgt uit {where}: {hint}, of de aanpassing in het bestand",
    ),
    "session.cannot_set": (
        "{row} {year} cannot be set here: {why}",
        "{row} {year} is hier niet te zetten: {why}",
    ),
    "session.not_computed": (
        "{row} {year}: the numbers are not computed yet",
        "{row} {year}: de cijfers zijn nog niet berekend",
    ),
    "session.share_unknown": (
        "{row} {year} is unknown (CPB GDP or spending is missing): edit {series} instead",
        "{row} {year} is onbekend (bbp volgens het CPB of de uitgaven ontbreken): wijzig {series}",
    ),
    "session.oecd_unknown": (
        "{row} {year}: OECD GDP is unknown, so the share cannot be turned into {unit}",
        "{row} {year}: het bbp volgens de OESO is onbekend, dus het aandeel is niet om te rekenen naar {unit}",
    ),
    "session.ukraine_held": (
        "Ukraine support held at {share}% of GDP; the excl. share is the new share less it",
        "militaire steun aan Oekraïne blijft {share}% van het bbp; het aandeel excl. is het nieuwe min die steun",
    ),
    "session.not_grown": (
        "{series} {year} is not grown from the year before: it is a level stated in the file"
        " or set by another adjustment. Edit it in the {series} row.",
        "{series} {year} groeit niet uit het jaar ervoor: het is een niveau uit het bestand of uit een"
        " andere aanpassing. Wijzig het in de rij {series}.",
    ),
    "session.growth_in_parent": (
        "{series}'s growth in {year} is set in {origin} ({what}), a file this one extends: open that"
        " file to change it, and save it as a what-if from there.",
        "De groei van {series} in {year} staat in {origin} ({what}), een bestand waarop dit voortbouwt:"
        " open dat bestand om hem te wijzigen, en bewaar het daar als wat-als.",
    ),
    "session.verdict_row": (
        "a verdict compares a norm with its method's share: edit that share (the Dutch rows of"
        " Table 1) or the inputs it is computed from",
        "een oordeel vergelijkt een norm met het aandeel volgens zijn berekeningswijze: wijzig dat"
        " aandeel (de Nederlandse rijen van tabel 1) of de invoer waaruit het berekend wordt",
    ),
    "session.not_here": ("{row} cannot be edited here", "{row} is hier niet te wijzigen"),
    "session.formula_rows": ("the rows in its formula", "de rijen in de formule"),
    "session.computed": (
        "{label} is computed ({formula}): edit what it reads instead: {reads}",
        "{label} is berekend ({formula}): wijzig in plaats daarvan wat het leest: {reads}",
    ),
    "plausible.gdp": ("GDP", "bbp"),
    "plausible.spending": ("an amount of spending", "een uitgavenbedrag"),
    "plausible.negative": (
        "{series} cannot be negative ({value}): it is {what}, not a change",
        "{series} kan niet negatief zijn ({value}): het is {what}, geen verandering",
    ),
    "plausible.gdp_share": (
        "{series} at {value}% of {of} is implausible: write percent (100 means equal)",
        "{series} op {value}% van {of} is onwaarschijnlijk: schrijf een percentage (100 is gelijk)",
    ),
    "plausible.share": (
        "{value}% of {of} is implausible for {series}: shares are in percent (2.0 means 2%)",
        "{value}% van {of} is onwaarschijnlijk voor {series}: aandelen zijn in procenten (2,0 is 2%)",
    ),
    "plausible.gdp_small": (
        "GDP of EUR {value} mln is implausible: money is in EUR mln (1,134,000 for EUR 1,134 bn)",
        "Een bbp van EUR {value} mln is onwaarschijnlijk: bedragen zijn in EUR mln (1.134.000 voor EUR 1.134 mld)",
    ),
    "plausible.index_zero": (
        "a price index must be above 0, not {value}",
        "een prijsindex moet boven 0 liggen, niet {value}",
    ),
    "plausible.bn": (
        "{series} is in EUR mln; {value} would be EUR {bn} bn: did you mean {meant}?",
        "{series} is in EUR mln; {value} zou EUR {bn} mld zijn: bedoelde u {meant}?",
    ),
    "plausible.trillion": (
        "{series} is in EUR mln; {value} would be EUR {tn} trillion: did you mean {meant}?",
        "{series} is in EUR mln; {value} zou EUR {tn} biljoen zijn: bedoelde u {meant}?",
    ),
    "plausible.index": (
        "{series} is an index with its base year at 100; {value} is far from it: did you mean {meant}?",
        "{series} is een index met basisjaar 100; {value} ligt daar ver vandaan: bedoelde u {meant}?",
    ),
    "session.unsaved_note": ("not saved yet", "nog niet bewaard"),
    "bridge.unknown_for": ("{series}: {unknown} for {year}", "{series}: {unknown} voor {year}"),
    # The first year varied is `--from` on the command line, `from` in the app's panel: named
    # as neither, so the one message reads right in both.
    "solve.first_year": ("the first year varied", "het eerste gevarieerde jaar"),
    "solve.from_after": (
        "the first year varied ({start}) is after the year {year}",
        "het eerste gevarieerde jaar ({start}) ligt na het jaar {year}",
    ),
    "solve.from_first": (
        "growth from {start} needs the year before it, which the scenario does not have",
        "groei vanaf {start} heeft het jaar ervoor nodig, en dat heeft het scenario niet",
    ),
    "solve.target_nan": ("the target {target} is not a number", "het doel {target} is geen getal"),
    "sweep.unknown_row": ("unknown row '{row}'{hint}", "onbekende rij '{row}'{hint}"),
    "sweep.unknown_series": (
        "unknown input series '{series}'{hint}",
        "onbekende invoerreeks '{series}'{hint}",
    ),
    "sweep.outside": (
        "{what} {year} is outside the scenario's years {span}",
        "{what} {year} valt buiten de jaren van het scenario, {span}",
    ),
    "sens.bad_by": (
        "--by {by} is not a percentage between 0 and 100",
        "--by {by} is geen percentage tussen 0 en 100",
    ),
    "allies.no_year": (
        "no NATO figures for {year}; years with figures: {years}",
        "geen NAVO-cijfers voor {year}; jaren met cijfers: {years}",
    ),
    "allies.unknown_edition": (
        "unknown edition '{edition}'; editions: {editions}",
        "onbekende editie '{edition}'; edities: {editions}",
    ),
    "allies.edition_empty": (
        "edition '{edition}' has no figures for {year}",
        "editie '{edition}' heeft geen cijfers voor {year}",
    ),
    "allies.unreadable": (
        "cannot read the allies' figures: {error}",
        "de cijfers van de bondgenoten zijn niet te lezen: {error}",
    ),
    "allies.columns": (
        "expected {expected} columns, found {found}",
        "{expected} kolommen verwacht, {found} gevonden",
    ),
    "solve.in": ("in {year}", "in {year}"),
    "solve.step": (
        "by one amount added in every year {first}-{last}",
        "met één bedrag erbij in elk jaar {first}-{last}",
    ),
    "solve.rate": (
        "growing at one rate a year from {first} to {last}",
        "groeiend met één groeivoet per jaar van {first} tot {last}",
    ),
    "solve.closed_form": ("closed form", "exact berekend"),
    "solve.search": ("search", "gezocht"),
    "solve.no_rate": (
        "{series} is 0 or unknown in {year}: no growth rate moves it",
        "{series} is 0 of onbekend in {year}: geen groeivoet beweegt het",
    ),
    "solve.no_growth": (
        "{row} in {year} reaches {target} only with {series} at {needed} in {year}, which no growth"
        " from {before} in {start} gives",
        "{row} in {year} bereikt {target} alleen met {series} op {needed} in {year}, wat geen groei"
        " vanaf {before} in {start} geeft",
    ),
    "solve.below_zero": (
        "{row} in {year} reaches {target} only with {series} at {worst}, below zero",
        "{row} in {year} bereikt {target} alleen met {series} op {worst}, onder nul",
    ),
    "solve.unknown_whatever": (
        "{row} in {year} is unknown whatever {series} is",
        "{row} in {year} is onbekend, wat {series} ook is",
    ),
    "solve.no_value": (
        "no value of {series} {how} brings {row} in {year} to {target}: it stays between {low} and {high}",
        "geen waarde van {series} {how} brengt {row} in {year} op {target}: het blijft tussen {low} en {high}",
    ),
    "solve.independent": (
        "{row} in {year} does not depend on {series} {how}: no value of it reaches {target}",
        "{row} in {year} hangt niet af van {series} {how}: geen waarde ervan bereikt {target}",
    ),
    "solve.reason": (
        "{row} in {year} = {achieved} with {series} {how} ({method})",
        "{row} in {year} = {achieved} met {series} {how} ({method})",
    ),
    "solve.stated_as": (
        "{series} {year} is stated as {unit}, which is unknown or 0 in {year}",
        "{series} {year} staat als {unit}, en dat is onbekend of 0 in {year}",
    ),
    "solve.not_in_cells": (
        "written into the file's cells, {row} in {year} would be {now}, not {target}: other inputs"
        " are stated relative to {series} in this file and move with it",
        "in de cellen van het bestand geschreven zou {row} in {year} {now} zijn, niet {target}: andere"
        " invoer staat in dit bestand ten opzichte van {series} en beweegt mee",
    ),
    "solve.head": (
        "{name}: {row} in {year} to {target}",
        "{name}: {row} in {year} naar {target}",
    ),
    "solve.unreachable": ("not reachable: {reason}", "niet bereikbaar: {reason}"),
    "solve.found": ("found: {reason}", "gevonden: {reason}"),
    "solve.growth": (
        "growth of {series}: {rate}% a year from {year}",
        "groei van {series}: {rate}% per jaar vanaf {year}",
    ),
    "solve.value": (
        "  {series} {year}: {value} (was {was})",
        "  {series} {year}: {value} (was {was})",
    ),
    "sens.head": (
        "{name}: {row} in {year} = {base}; each input moved {by}% down and up in every year",
        "{name}: {row} in {year} = {base}; elke invoer {by}% omlaag en omhoog in elk jaar",
    ),
    "sens.input": ("input", "invoer"),
    "sens.largest": ("largest change", "grootste verandering"),
    "sens.no_change_why": (
        "no change: the cell does not depend on it",
        "geen verandering: de cel hangt er niet van af",
    ),
    "sens.no_change": ("no change", "geen verandering"),
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
        " op SCENARIO (standaard: de meegeleverde basislijn). In de app bewaart x een"
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
        "inputs and measures that differ between two scenarios, each cell BASE -> OTHER (OTHER"
        " minus BASE): the sign the app's compare (c) shows with BASE open, compared with OTHER",
        "invoer en uitkomsten die tussen twee scenario's verschillen, elke cel BASE -> OTHER (OTHER"
        " min BASE): het teken dat vergelijken (c) in de app toont met BASE open, vergeleken met OTHER",
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
    "cli.scenario_default": ("default: the bundled baseline", "standaard: de meegeleverde basislijn"),
    "cli.export_dir": (
        "where x saves screenshots (default: ./exports, in the folder navotop is started in)",
        "waar x schermafbeeldingen bewaart (standaard: ./exports, in de map waarin navotop is gestart)",
    ),
    "cli.no_such_folder": (
        "no such folder ({named_by}): navotop does not make a folder it is given; make it first"
        " (mkdir -p {folder}), or name one that exists",
        "deze map bestaat niet ({named_by}): navotop maakt geen map die het wordt opgegeven; maak hem"
        " eerst (mkdir -p {folder}), of noem een map die bestaat",
    ),
    "cli.not_a_folder": ("not a folder ({named_by})", "geen map ({named_by})"),
    "cli.no_watch": (
        "do not reload the scenario when it changes on disk",
        "laad het scenario niet opnieuw als het bestand op schijf verandert",
    ),
    "cli.exit_code": ("exit 1 when the scenarios differ", "eindig met 1 als de scenario's verschillen"),
    "cli.value": (
        "written as in a cell of the app, but in the unit the file uses for the series (EUR mln, or"
        " % of a GDP; the app's cells take money in EUR bn, as the grid shows it): 2,2 or 2.2 sets,"
        " +0,2 or -150 changes the current value, +2% is relative, =-5 sets a negative value",
        "geschreven zoals in een cel van de app, maar in de eenheid die het bestand voor de reeks"
        " gebruikt (EUR mln, of % van een bbp; de cellen van de app nemen bedragen in EUR mld, zoals"
        " het raster ze toont): 2,2 of 2.2 zet de waarde, +0,2 of -150 verandert de huidige waarde,"
        " +2% is relatief, =-5 zet een negatieve waarde",
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
    "cli.solve": (
        "goal seek: the value of one input that makes a row reach a target in a year",
        "doelzoeken: de waarde van één invoer waarmee een rij in een jaar een doel bereikt",
    ),
    "cli.sensitivity": (
        "how much each input moves one cell, ranked (a tornado in numbers)",
        "hoeveel elke invoer één cel beweegt, gerangschikt (een tornado in cijfers)",
    ),
    "cli.sweep": (
        "a row's value for every combination of varied inputs, as CSV or JSON",
        "de waarde van een rij voor elke combinatie van gevarieerde invoer, als CSV of JSON",
    ),
    "cli.target": ("in the row's unit", "in de eenheid van de rij"),
    "cli.vary": ("the input series to change", "de invoerreeks die verandert"),
    "cli.how": ("level (default), step or growth", "level (standaard), step of growth"),
    "cli.from": (
        "first year changed (default: YEAR for level, the scenario's second year otherwise)",
        "eerste gewijzigde jaar (standaard: YEAR bij level, anders het tweede jaar van het scenario)",
    ),
    "cli.by": ("default 10", "standaard 10"),
    "cli.sweep_vary": (
        "set SERIES in YEAR to STEPS evenly spaced values from FROM to TO (EUR mln for money);"
        " repeat for a grid",
        "zet SERIES in YEAR op STEPS gelijk verdeelde waarden van FROM tot TO (EUR mln voor bedragen);"
        " herhaal voor een rooster",
    ),
    "cli.row": ("a row id, e.g. share_nato", "het id van een rij, bijv. share_nato"),
    "cli.axis_bad": (
        "'{text}' is not SERIES:YEAR:FROM:TO:STEPS",
        "'{text}' is niet SERIES:YEAR:FROM:TO:STEPS",
    ),
    "cli.axis_steps": (
        "'{text}': STEPS must be a whole number, at least 1",
        "'{text}': STEPS moet een geheel getal zijn, minstens 1",
    ),
    "cli.vary_twice": ("--vary gives {cells} more than once", "--vary noemt {cells} meer dan eens"),
    "cli.too_many": ("{n} combinations; at most {most}", "{n} combinaties; hoogstens {most}"),
    "set.force": ("{doubt} (--force writes it anyway)", "{doubt} (--force schrijft het toch)"),
    "set.changes": (" ({typed} changes {old} to {new})", " ({typed} verandert {old} in {new})"),
    "set.not_set": ("{series} {year} not set: {why}", "{series} {year} niet gezet: {why}"),
    "cli.no_terminal": (
        "navotop: the app needs a terminal (stdin and stdout are not one).\nWithout a terminal, print"
        " the table instead: navotop table SCENARIO (e.g. navotop table scenarios/baseline.toml);"
        " navotop --help lists every command.",
        "navotop: de app heeft een terminal nodig (stdin en stdout zijn er geen).\nZonder terminal:"
        " toon de tabel: navotop table SCENARIO (bijv. navotop table scenarios/baseline.toml);"
        " navotop --help noemt elke opdracht.",
    ),
    "cli.not_svg": (
        "the picture is SVG: name it {stem}.svg (not {suffix})",
        "de afbeelding is SVG: noem haar {stem}.svg (niet {suffix})",
    ),
    "cli.no_suffix": ("no suffix", "geen extensie"),
    "cli.force_replaces": (" (--force replaces it)", " (--force vervangt het)"),
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
        "bewaar de wijzigingen in het scenariobestand, gemarkeerd als wat-als (commentaar blijft; vraagt eerst"
        " als het bestand op schijf is gewijzigd, of als de wijzigingen de gepubliceerde cijfers zouden missen)",
    ),
    "key.save-as.label": ("Save as", "Bewaar als"),
    "key.save-as.help": (
        "save the edits as a what-if: a new file that extends this one, with a name and a note",
        "bewaar de wijzigingen als wat-als: een nieuw bestand dat op dit bestand voortbouwt, met een naam"
        " en een toelichting",
    ),
    "key.save-as.palette": ("file: save as a what-if...", "bestand: bewaren als wat-als..."),
    "key.export-table.label": ("Export", "Exporteer"),
    "key.export-table.help": (
        "export the whole table (every row and year, unsaved edits too) as SVG, CSV and markdown",
        "exporteer de hele tabel (elke rij en elk jaar, ook niet-bewaarde wijzigingen) als SVG, CSV en"
        " markdown",
    ),
    "key.export-table.palette": (
        "export: the whole table (SVG, CSV, markdown)",
        "export: de hele tabel (SVG, CSV, markdown)",
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
        "edit the selected cell (an input, a Dutch share, a growth rate): it opens with the value"
        " selected, so what you type replaces it and an arrow keeps it; {syntax}; enter accepts, esc"
        " cancels. On a computed row, e says what to edit instead and enter goes to the commitment it"
        " bears on; on a section heading enter folds or unfolds it",
        "wijzig de gekozen cel (een invoerwaarde, een Nederlands aandeel, een groeivoet): de waarde staat"
        " geselecteerd, dus wat u typt vervangt haar en een pijltje houdt haar; {syntax}; enter"
        " neemt over, esc annuleert. Op een berekende rij zegt e wat u in plaats daarvan wijzigt en gaat"
        " enter naar de toezegging waar die op slaat; op de kop van een deel klapt enter het in of uit",
    ),
    "key.edit.syntax": (
        "2,2 or 2.2 sets; +0,2 or -150 changes by that much; +2% or -2% relative; =-5 sets a negative",
        "2,2 of 2.2 zet de waarde; +0,2 of -150 verandert met zoveel; +2% of -2% relatief; =-5 zet een negatieve waarde",
    ),
    "key.edit.syntax_unknown": (
        "2,2 or 2.2 sets; =-5 sets a negative (no value yet to change by an amount or a percentage)",
        "2,2 of 2.2 zet de waarde; =-5 zet een negatieve waarde (nog geen waarde om met een bedrag"
        " of percentage te veranderen)",
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
        "vanuit elk paneel: filter de toezeggingen op woorden of onderwerp:NAAM; enter op een ervan gaat naar"
        " de cijfers",
    ),
    "key.clear-filter.label": ("Clear", "Wis"),
    "key.clear-filter.help": (
        "clear the commitments filter (in a dialog: close it)",
        "wis het filter van de toezeggingen (in een dialoog: sluit die)",
    ),
    "key.palette.label": ("Palette", "Opdrachten"),
    "key.palette.footer": ("palette", "opdrachten"),
    "key.palette.placeholder": ("Search for commands…", "Zoek een opdracht…"),
    "key.palette.help": (
        "command palette: open, compare, export, jump to a commitment or agenda item",
        "opdrachtenlijst: openen, vergelijken, exporteren, naar een toezegging of agendapunt springen",
    ),
    "key.help.label": ("Help", "Hulp"),
    "key.help.help": ("every key, mark and formula", "elke toets, elk teken en elke formule"),
    "key.quit.label": ("Quit", "Stoppen"),  # as the palette names it (system.quit)
    "key.quit.help": (
        "quit (asks when there are unsaved edits)",
        "afsluiten (vraagt eerst bij niet-bewaarde wijzigingen)",
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
    # ---- goal seek's first year varied, and the share's sparkline (issue 13)
    "goal.refused": (
        "Not applied: {why}. Change the target or the input varied, or esc.",
        "Niet toegepast: {why}. Wijzig het doel of de gevarieerde invoer, of esc.",
    ),
    "goal.from": ("from ", "vanaf "),
    "goal.from_hint": (
        "the first year varied; empty: the default shown",
        "eerste jaar dat varieert; leeg: de getoonde standaard",
    ),
    "detail.trend": (
        "{first}-{last}: {spark} ({low} to {high}%)",
        "{first}-{last}: {spark} ({low} tot {high}%)",
    ),
    "goal.more_years": (
        "… {count} more years between (enter applies them all)",
        "… nog {count} jaren daartussen (enter past ze alle toe)",
    ),
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
    "app.unsaved_question": ("{edits} to {file}.", "{edits} in {file}."),
    "app.save_then": ("save, then {what}", "bewaren en {what}"),
    "app.discard_then": ("discard my edits and {what}", "wijzigingen verwerpen en {what}"),
    "app.cancel": ("cancel", "annuleren"),
    "app.what.quit": ("quit", "afsluiten"),
    "app.what.open": ("open another scenario", "een ander scenario openen"),
    "app.changed_question": (
        "{files} changed on disk while you have unsaved edits.",
        "{files} is op schijf gewijzigd terwijl u niet-bewaarde wijzigingen hebt.",
    ),
    "app.reload_drop": ("reload it and drop my edits", "opnieuw laden en wijzigingen verwerpen"),
    "app.keep_on_top": (
        "keep my edits on top of the new file",
        "wijzigingen behouden, bovenop het nieuwe bestand",
    ),
    "app.stale_question": (
        "{path} changed on disk since it was read. Nothing was written.",
        "{path} is op schijf gewijzigd sinds het gelezen werd. Er is niets geschreven.",
    ),
    "app.stale_apply": (
        "apply my edits to the version on disk and save",
        "wijzigingen toepassen op de versie op schijf en bewaren",
    ),
    "app.stale_reload": (
        "reload the version on disk and drop my edits",
        "de versie op schijf laden en wijzigingen verwerpen",
    ),
    "app.stale_cancel": ("cancel: keep my edits unsaved", "annuleren: wijzigingen onbewaard houden"),
    "app.svg_title": ("navotop · {name} · inputs hash {hash}", "navotop · {name} · invoer-hash {hash}"),
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
        "Press {letters}, or enter for the highlighted answer ({current}); esc: {default}",
        "Druk op {letters}, of enter voor het gemarkeerde antwoord ({current}); esc: {default}",
    ),
    "dialog.type_path": (
        "or type a path, then enter (esc cancels)",
        "of typ een pad, dan enter (esc annuleert)",
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
        "Marks after a value: {legend}. Before it: {flags}. A figure nobody has (not published,"
        " or not in the scenario) reads '{unknown}', never 0.",
        "Tekens achter een waarde: {legend}. Ervoor: {flags}. Een cijfer dat niemand heeft (niet"
        " gepubliceerd, of niet in het scenario) staat er als '{unknown}', nooit als 0.",
    ),
    "commitments.topic": ("topic", "onderwerp"),
    # ---- the app's questions, dialogs and messages (tui/)
    "app.growth_question": (
        "Growth of {series} {year}: {value}% a year. For which years?",
        "Groei van {series} {year}: {value}% per jaar. Voor welke jaren?",
    ),
    "app.growth_year": (
        "this year only ({year}; later years keep their rates)",
        "alleen dit jaar ({year}; latere jaren houden hun groei)",
    ),
    "app.growth_after": ("this year and after ({first}-{last})", "dit jaar en daarna ({first}-{last})"),
    "app.cancel_typing": ("cancel: keep typing", "terug naar het typen"),
    "app.goal_applied": ("Goal seek applied", "Doelzoeken toegepast"),
    "app.goal_undo": ("{reason}; u undoes it", "{reason}; toets u maakt het ongedaan"),
    "app.read_only": (
        "{name} is read-only (a bundled scenario): it is never written.",
        "{name} is alleen-lezen (een meegeleverd scenario): het wordt nooit overschreven.",
    ),
    "app.save_as_instead": (
        "save the edits as a what-if beside it instead",
        "wijzigingen in plaats daarvan als wat-als ernaast bewaren",
    ),
    "app.would_miss": (
        "If saved into {name}, the edits would miss its published figures: {figures}{more}."
        " `navotop check` would then fail on it.",
        "Bewaard in {name} zouden de wijzigingen de gepubliceerde cijfers ervan missen: {figures}{more}."
        " `navotop check` zou er dan op falen.",
    ),
    "app.and_more": (" and {count} more", " en nog {count}"),
    "app.save_as_whatif_instead": (
        "save as a what-if instead: a new file that extends this one",
        "bewaar in plaats daarvan als wat-als: een nieuw bestand dat op dit bestand voortbouwt",
    ),
    "app.save_anyway": ("save into {name} anyway", "toch bewaren in {name}"),
    "app.no_edits_to_save_as": (
        "No unsaved edits: make an edit first, then save it as a what-if.",
        "Geen niet-bewaarde wijzigingen: wijzig eerst iets en bewaar het dan als wat-als.",
    ),
    "app.saved_whatif": (
        "Saved the what-if {path} (extends {parent}); working on it now.",
        "Wat-als {path} bewaard (bouwt voort op {parent}); daar wordt nu aan gewerkt.",
    ),
    "app.not_exported": ("Table not exported: {error}", "Tabel niet geëxporteerd: {error}"),
    "app.exported": ("Table exported:\n{paths}", "Tabel geëxporteerd:\n{paths}"),
    "app.broken_on_disk": (
        "{name} changed on disk and no longer loads, so nothing was written; fix it, or press o to"
        " open another file. Your edits are kept. {error}",
        "{name} is op schijf gewijzigd en laadt niet meer, dus er is niets geschreven; verbeter het,"
        " of druk op o om een ander bestand te openen. Uw wijzigingen blijven staan. {error}",
    ),
    "app.not_saved_title": ("Not saved", "Niet bewaard"),
    "app.not_saved_ask_again": (
        "Not saved: your edits are kept; s asks again.",
        "Niet bewaard: uw wijzigingen blijven staan; s vraagt het opnieuw.",
    ),
    "app.reread_kept": (
        "Read {name} again from disk; your unsaved edits are kept on top (s saves them).",
        "{name} opnieuw van schijf gelezen; uw niet-bewaarde wijzigingen blijven erbovenop (s bewaart ze).",
    ),
    "app.folder.beside": ("beside the open file", "naast het open bestand"),
    "app.folder.cwd": ("working folder", "werkmap"),
    "app.folder.bundled": ("bundled with navotop", "meegeleverd met navotop"),
    "app.quit_help": (
        "quit (asks first when there are unsaved edits)",
        "stop (vraagt het eerst bij niet-bewaarde wijzigingen)",
    ),
    "app.goal_seek_where": (
        "Goal seek works on a computed row: put the cursor on one (a share, a gap).",
        "Doelzoeken werkt op een berekende rij: zet de cursor op zo'n rij (een aandeel, een tekort).",
    ),
    "app.no_jump": ("No jump to go back from.", "Geen sprong om naar terug te gaan."),
    "app.commitments_title": ("Commitments", "Toezeggingen"),
    "compare.header": (
        "This: {this}. Other: {other}. Compared: (+x) = the other minus this, as navotop diff THIS"
        " OTHER shows; ({mark}) = known in one of the two only (the line under the table gives"
        " both); unchanged cells show neither.",
        "Dit: {this}. Ander: {other}. Vergeleken: (+x) = ander min dit, zoals navotop diff DIT ANDER"
        " het toont; ({mark}) = maar in een van beide bekend (de regel onder de tabel geeft beide);"
        " ongewijzigde cellen tonen geen van beide.",
    ),
    "compare.header_short": (
        "Compared with {other}: (+x) = the other minus this; ({mark}) = known in one of the two only,"
        " the line under the table gives both.",
        "Vergeleken met {other}: (+x) = ander min dit; ({mark}) = maar in een van beide bekend, de regel"
        " onder de tabel geeft beide.",
    ),
    "app.verdict_more": (
        "{count} more in the Norms rows…",
        "nog {count} in de rijen Normen…",
    ),
    "compare.cell": (
        "compared: {here} here, {there} in {other}",
        "vergeleken: hier {here}, {there} in {other}",
    ),
    "save_as.intro": (
        "Save the edits as a what-if: a new file in {where} that extends {parent} and holds only the"
        " edits. {parent} is not changed.",
        "Bewaar de wijzigingen als wat-als: een nieuw bestand in {where} dat voortbouwt op {parent} en"
        " alleen de wijzigingen bevat. {parent} blijft ongewijzigd.",
    ),
    "save_as.name": ("name, e.g. GDP a point lower from 2026", "naam, bijv. bbp een punt lager vanaf 2026"),
    "save_as.note": (
        "note: what this what-if asks (optional)",
        "toelichting: welke vraag deze wat-als stelt (optioneel)",
    ),
    "save_as.hint": (
        "enter goes to the next field, on the last saves · esc cancels",
        "enter gaat naar het volgende veld, op het laatste bewaart het · esc annuleert",
    ),
    "save_as.name_needed": (
        "A name is needed: it names the what-if and its file.",
        "Een naam is nodig: die benoemt de wat-als en het bestand.",
    ),
    "binding.cancel": ("Cancel", "Annuleer"),
    "binding.next_field": ("Next field", "Volgend veld"),
    "binding.previous_field": ("Previous field", "Vorig veld"),
    "goal.how.level": ("level: in one year", "niveau: in één jaar"),
    "goal.how.step": ("step: one amount, every year", "stap: één bedrag, elk jaar"),
    "goal.how.growth": ("growth: one rate a year", "groei: één groeivoet per jaar"),
    "goal.target": ("target ", "doel "),
    "goal.vary": ("input to vary (tab, arrows):", "te variëren invoer (tab, pijltjes):"),
    "goal.how": ("how (tab, arrows):", "hoe (tab, pijltjes):"),
    "goal.hint": (
        "enter applies the answer as one edit (u undoes it) · esc closes",
        "enter: toepassen als één wijziging (toets u: ongedaan maken) · esc sluit",
    ),
    "goal.title": ("Goal seek: ", "Doelzoeken: "),
    "goal.cell": (
        "{label} in {year}, now {now}",
        "{label} in {year}, nu {now}",
    ),
    "binding.close": ("Close", "Sluit"),
    "binding.write_log": ("Write log", "Schrijf logboek"),
    "help.col.id": ("id", "id"),
    "help.input_default": ("input; default {default}", "invoer; standaard {default}"),
    "key.edit.keys": ("e or enter", "e of enter"),
    "key.move.keys": ("arrows, pageup / pagedown", "pijltjes, pageup / pagedown"),
    "help.col.label": ("label", "naam"),
    "help.col.unit": ("unit", "eenheid"),
    "help.col.formula": ("formula", "formule"),
    "agenda.root": ("NATO summit, The Hague", "NAVO-top, Den Haag"),
    "commitments.no_match": (
        "No commitment matches '{query}'. Change the words, or press esc to clear the filter.",
        "Geen toezegging past bij '{query}'. Verander de woorden, of druk op esc om het filter te wissen.",
    ),
    "commitments.cleared": (
        "Filter '{query}' cleared to show '{title}'.",
        "Filter '{query}' gewist om '{title}' te tonen.",
    ),
    "allies.loading": (
        "NATO's figures for the allies: loading",
        "De cijfers van de NAVO voor de bondgenoten: laden",
    ),
    "allies.filter": ("filter allies by name (esc clears)", "filter bondgenoten op naam (esc wist)"),
    "allies.col.share": ("% GDP", "%-bbp"),
    "allies.caveat": (
        "e estimate · 5% is the Hague total by 2035 (3.5% core + up to 1.5% related spending);"
        " these figures are core defence only",
        "e raming · 5% is het Haagse totaal voor 2035 (3,5% kern + tot 1,5% gerelateerd);"
        " deze cijfers zijn alleen kern-defensie-uitgaven",
    ),
    "allies.head": (
        "{year}, {title} (y year · e edition · / filter)",
        "{year}, {title} (y jaar · e editie · / filter)",
    ),
    "allies.no_match": ("no ally matches '{words}'", "geen bondgenoot past bij '{words}'"),
    "tornado.title": ("Sensitivity: ", "Gevoeligheid: "),
    "tornado.cell": (
        "{label} in {year} = {value} {unit}",
        "{label} in {year} = {value} {unit}",
    ),
    "tornado.hint": (
        "each input moved {by}% down and up in every year, the other inputs' cells as they are; largest effect"
        " first; a bar left of │ is the move that lowers the cell, right the one that raises it, and the"
        " figures are the cell's lowest and highest; 'no change': the cell does not depend on that input",
        "elke invoer {by}% omlaag en omhoog in elk jaar, de cellen van de overige invoer ongewijzigd; grootste effect eerst;"
        " een balk links van │ is de verschuiving die de cel verlaagt, rechts die haar verhoogt, en de cijfers zijn"
        " de laagste en hoogste waarde van de cel; 'geen verandering': de cel hangt niet van die invoer af",
    ),
    "tornado.close": ("esc or t closes", "esc of t sluit"),
    "chart.legend": (
        "% of GDP, {title}: {marks} · lines at {norms}",
        "%-bbp, {title}: {marks} · lijnen op {norms}",
    ),
    "chart.paths": ("{mark} paths to the norms", "{mark} paden naar de normen"),
    "chart.empty": ("no scenario yet", "nog geen scenario"),
    "chart.nl_excl": ("Dutch excl. Ukraine", "NL excl. Oekraïne"),
    "chart.nl_incl": ("Dutch incl. Ukraine", "NL incl. Oekraïne"),
    "chart.nato": ("NATO method", "NAVO-berekeningswijze"),
    "chart.path": ("path to {share}% by {year}", "pad naar {share}% in {year}"),
    "chart.compared": (" (compared)", " (vergeleken)"),
    "chart.versus": (" vs {other}", " tegenover {other}"),
    # ---- the what-if log
    "log.title": ("What-if log: {scenario}", "Wat-als-logboek: {scenario}"),
    "log.empty": ("Nothing logged yet.", "Nog niets vastgelegd."),
    "log.hint": (
        "esc or L closes · {key} writes the log as markdown into the export folder",
        "esc of L sluit · {key} schrijft het logboek als markdown in de exportmap",
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
        "Dutch method, excl. Ukraine",
        "Nederlandse berekeningswijze, excl. Oekraïne",
    ),
    "log.fig.nl_incl": (
        "Dutch method, incl. Ukraine",
        "Nederlandse berekeningswijze, incl. Oekraïne",
    ),
    "log.fig.nato": ("NATO method", "NAVO-berekeningswijze"),
    "log.fig.shortfall": ("{norm}: met, or short by", "{norm}: gehaald, of tekort"),
    "log.screenshots": ("Screenshots", "Schermafbeeldingen"),
    "log.screenshot_line": (
        "{file}: inputs hash {hash}, taken {time}",
        "{file}: invoer-hash {hash}, gemaakt op {time}",
    ),
    "log.no_free_name": ("{folder}: no free name for {name}", "{folder}: geen vrije naam voor {name}"),
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
        "{edits} to {file}, last made {when}, neither saved nor discarded"
        " (the terminal or connection closed).",
        "{edits} in {file}, het laatst gedaan op {when}, niet bewaard en niet verworpen"
        " (de terminal of de verbinding sloot).",
    ),
    "journal.changed": (
        "The file has changed on disk since: restoring applies these edits to the file as it is now.",
        "Het bestand is sindsdien op schijf gewijzigd: herstellen past deze wijzigingen toe op het bestand zoals het nu is.",
    ),
    "journal.not_written": (
        "Unsaved edits not journaled ({error}): save them to be safe.",
        "Niet-bewaarde wijzigingen niet in het journaal gezet ({error}): bewaar ze voor de zekerheid.",
    ),
    "journal.restore": ("restore", "herstellen"),
    "journal.discard": ("discard", "verwerpen"),
    "journal.restored": (
        "Restored {edits}.",
        "{edits} hersteld.",
    ),
    "journal.discarded": ("Discarded the unsaved edits.", "De niet-bewaarde wijzigingen zijn verworpen."),
    # ---- problems in scenario and data files (FILE:LINE:COL: message) and file refusals (helper ne)
    "toml.did_you_mean": (" (did you mean '{word}'?)", " (bedoelde u '{word}'?)"),
    "toml.type.bool": ("a boolean", "een booleaanse waarde (true of false)"),
    "toml.type.str": ("a string", "een tekst"),
    "toml.type.dict": ("a table", "een tabel"),
    "toml.type.list": ("an array", "een lijst"),
    "toml.type.date": ("a date", "een datum"),
    "toml.type.int": ("int", "een geheel getal"),
    "toml.type.float": ("float", "een kommagetal"),
    "toml.type.datetime": ("datetime", "een datum met tijd"),
    "toml.type.time": ("time", "een tijd"),
    "toml.what.key": ("key", "sleutel"),
    "toml.what.top_level": ("top-level key", "sleutel op het hoogste niveau"),
    "toml.what.series": ("series", "reeks"),
    "toml.unknown": ("unknown {what} '{key}'{hint}", "onbekende {what} '{key}'{hint}"),
    "toml.invalid": ("invalid TOML: {message}", "ongeldige TOML: {message}"),
    "toml.duplicate": ("duplicate key: {message}", "dubbele sleutel: {message}"),
    "toml.too_deep": ("nested too deeply", "te diep genest"),
    "toml.digits": (
        "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits}"
        " digits; use sys.set_int_max_str_digits() to increase the limit",
        "een geheel getal van {digits} cijfers is te lang om te lezen (hoogstens {limit} cijfers)",
    ),
    "toml.not_utf8": (
        "not UTF-8 text: byte 0x{byte} is not part of a UTF-8 character",
        "geen UTF-8-tekst: byte 0x{byte} hoort niet bij een UTF-8-teken",
    ),
    "toml.control_key": (
        "the key '{key}' holds a control character",
        "de sleutel '{key}' bevat een stuurteken",
    ),
    "toml.control_value": ("'{value}' holds a control character", "'{value}' bevat een stuurteken"),
    "toml.number": ("{key} must be a number, not {type}", "{key} moet een getal zijn, maar is {type}"),
    "toml.number_large": (
        "{key} is too large: TOML holds integers up to {largest}",
        "{key} is te groot: TOML kan gehele getallen tot {largest} bevatten",
    ),
    "toml.number_finite": (
        "{key} must be a finite number, not {value}",
        "{key} moet een eindig getal zijn, niet {value}",
    ),
    "toml.string": ("{key} must be a string, not {type}", "{key} moet een tekst zijn, maar is {type}"),
    "toml.year": (
        "{key} must be a year (a whole number), not {type}",
        "{key} moet een jaartal zijn (een geheel getal), maar is {type}",
    ),
    "toml.year_range": (
        "{key} = {value} is not a year between {earliest} and {latest}",
        "{key} = {value} is geen jaartal tussen {earliest} en {latest}",
    ),
    "toml.table": ("[{table}] must be a table, not {type}", "[{table}] moet een tabel zijn, maar is {type}"),
    # tomllib's own syntax errors (core/foreign.py matches its English; the Dutch says it again)
    "tomllib.overwrite": ("Cannot overwrite a value", "kan een waarde niet overschrijven"),
    "tomllib.declare": ("Cannot declare {key} twice", "{key} kan niet twee keer worden gedeclareerd"),
    "tomllib.mutate": (
        "Cannot mutate immutable namespace {key}",
        "de vaste tabel {key} kan niet worden aangevuld",
    ),
    "tomllib.redefine": (
        "Cannot redefine namespace {key}",
        "de tabel {key} kan niet opnieuw worden gedefinieerd",
    ),
    "tomllib.inline_key": (
        "Duplicate inline table key {key}",
        "sleutel {key} staat twee keer in de inline-tabel",
    ),
    "tomllib.scalar": (
        "Escaped character is not a Unicode scalar value",
        "het escapeteken is geen geldig Unicode-teken",
    ),
    "tomllib.equals": (
        "Expected '=' after a key in a key/value pair",
        "'=' verwacht na een sleutel in een sleutel/waarde-paar",
    ),
    "tomllib.table_end": (
        "Expected ']' at the end of a table declaration",
        "']' verwacht aan het eind van een tabelkop",
    ),
    "tomllib.array_end": (
        "Expected ']]' at the end of an array declaration",
        "']]' verwacht aan het eind van een kop van een lijst van tabellen",
    ),
    "tomllib.expected": ("Expected {what}", "{what} verwacht"),
    "tomllib.invalid_char": ("Found invalid character {char}", "ongeldig teken {char}"),
    "tomllib.illegal_char": ("Illegal character {char}", "ongeldig teken {char}"),
    "tomllib.date": ("Invalid date or datetime", "ongeldige datum of datum met tijd"),
    "tomllib.hex": ("Invalid hex value", "ongeldige hexadecimale waarde"),
    "tomllib.key_start": (
        "Invalid initial character for a key part",
        "ongeldig eerste teken voor (een deel van) een sleutel",
    ),
    "tomllib.statement": ("Invalid statement", "ongeldige regel"),
    "tomllib.value": ("Invalid value", "ongeldige waarde"),
    "tomllib.array": ("Unclosed array", "lijst niet gesloten"),
    "tomllib.inline": ("Unclosed inline table", "inline-tabel niet gesloten"),
    "tomllib.backslash": ("Unescaped '\\' in a string", "losse '\\' in een tekst (schrijf '\\\\')"),
    "tomllib.string": ("Unterminated string", "tekst niet afgesloten"),
    # scenario files (core/scenario.py, core/growth.py)
    "scn.unit": (
        "unit '{unit}' cannot be used for {series}: use {options}{hint}",
        "eenheid '{unit}' kan niet voor {series} worden gebruikt: gebruik {options}{hint}",
    ),
    "scn.extends_type": (
        "extends must be a file name (a string)",
        "extends moet een bestandsnaam zijn (een tekst)",
    ),
    "scn.extends_cycle": ("extends makes a cycle: {loop}", "extends vormt een kring: {loop}"),
    "scn.extends_refused": ("extends '{name}': {why} ({path})", "extends '{name}': {why} ({path})"),
    "scn.schema_missing": (
        "missing 'schema = {version}' at the top of the file",
        "'schema = {version}' ontbreekt bovenaan het bestand",
    ),
    "scn.schema_unsupported": (
        "schema = {schema} is not supported: this navotop reads schema {version}",
        "schema = {schema} wordt niet ondersteund: deze navotop leest schema {version}",
    ),
    "scn.adjust_array": (
        "adjust must be an array of tables: write [[adjust]]",
        "adjust moet een lijst van tabellen zijn: schrijf [[adjust]]",
    ),
    "scn.keyed_by_year": (
        "{table} are keyed by year, not '{key}'",
        "{table} hebben een jaartal als sleutel, niet '{key}'",
    ),
    "scn.what_if_keyed": (
        "what_if is keyed by year, not '{key}'",
        "what_if heeft jaartallen als sleutel, niet '{key}'",
    ),
    "scn.what_if_no_value": (
        "what_if names {key}, which has no value in this table",
        "what_if noemt {key}, maar dat jaar heeft geen waarde in deze tabel",
    ),
    "scn.scenario_missing": (
        'missing [scenario] table with at least name = "..."',
        'de tabel [scenario] ontbreekt (met ten minste name = "...")',
    ),
    "scn.name_missing": ("[scenario] needs a name", "[scenario] heeft een name nodig"),
    "scn.years_form": (
        "years must be [first, last], for example years = [2024, 2030]",
        "years moet [eerste, laatste] zijn, bijvoorbeeld years = [2024, 2030]",
    ),
    "scn.years_order": (
        "years = [{first}, {last}]: the first year comes after the last",
        "years = [{first}, {last}]: het eerste jaar ligt na het laatste",
    ),
    "scn.source_title": ("source '{source}' needs a title", "bron '{source}' heeft een title nodig"),
    "scn.not_one_of": (
        "{key} {value} is not one of {options}{hint}",
        "{key} {value} is niet een van {options}{hint}",
    ),
    "scn.actual_source": (
        'an actual figure needs a source: add source = "..." or say status = "assumption"',
        'een gerealiseerd cijfer heeft een bron nodig: voeg source = "..." toe of schrijf status = "assumption"',
    ),
    "scn.norm_id": (
        "norm id '{norm}' must be lower-case letters, digits and _ (it names table rows)",
        "norm-id '{norm}' mag alleen kleine letters, cijfers en _ bevatten (het geeft rijen van de tabel een naam)",
    ),
    "scn.share_range": (
        "{key} = {value} is not a share of GDP in percent (0 to {largest})",
        "{key} = {value} is geen percentage van het bbp (0 tot {largest})",
    ),
    "scn.norm_share": ("norm '{norm}' needs a share", "norm '{norm}' heeft een share nodig"),
    "scn.years_missing": (
        "years missing: say which years it covers, e.g. years = [2024, 2030]",
        "years ontbreekt: zeg welke jaren het scenario beslaat, bijv. years = [2024, 2030]",
    ),
    "scn.source_undefined": (
        "source '{source}' is not defined in [sources]{hint}",
        "bron '{source}' staat niet in [sources]{hint}",
    ),
    "scn.year_outside": (
        "year {year} is outside the scenario's years {first}-{last}",
        "jaar {year} ligt buiten de jaren van het scenario, {first}-{last}",
    ),
    "scn.required": (
        "required series '{series}' is missing: add [inputs.{series}]",
        "verplichte reeks '{series}' ontbreekt: voeg [inputs.{series}] toe",
    ),
    "scn.operation_unknown": (
        "unknown operation '{key}'{hint}: use one of {options}",
        "onbekende bewerking '{key}'{hint}: gebruik een van {options}",
    ),
    "scn.adjust_series": ('adjust needs series = "..."', 'adjust heeft series = "..." nodig'),
    "scn.series_unknown": ("unknown series '{series}'{hint}", "onbekende reeks '{series}'{hint}"),
    "scn.two_operations": (
        "two operations in one adjustment ({operations}): use one [[adjust]] each",
        "twee bewerkingen in één aanpassing ({operations}): gebruik voor elk een eigen [[adjust]]",
    ),
    "scn.and": (" and ", " en "),
    "scn.one_operation": (
        "adjust needs one operation: {options}",
        "adjust heeft één bewerking nodig: {options}",
    ),
    "scn.bound_outside": (
        "{key} = {year} is outside the scenario's years {first}-{last}",
        "{key} = {year} ligt buiten de jaren van het scenario, {first}-{last}",
    ),
    "scn.from_after_to": ("from = {start} comes after to = {end}", "from = {start} ligt na to = {end}"),
    "scn.growth_first": (
        "growth from {start} needs the year before it, which is outside the span {first}-{last}",
        "groei vanaf {start} heeft het jaar ervoor nodig, en dat ligt buiten de jaren {first}-{last}",
    ),
    "scn.replaces_type": (
        "replaces must be a file name (a string), one this file extends",
        "replaces moet een bestandsnaam zijn (een tekst), van een bestand waarop dit bestand voortbouwt",
    ),
    "scn.replaces_growth": (
        "replaces works with growth only, not {operation}",
        "replaces werkt alleen met growth, niet met {operation}",
    ),
    "scn.replaces_not_extended": (
        "replaces '{name}' is not a file this one extends (it extends {extends})",
        "replaces '{name}' is geen bestand waarop dit bestand voortbouwt (het bouwt voort op {extends})",
    ),
    "scn.no_file": ("no file", "geen bestand"),
    "scn.growth_negative": (
        "growth = {value}% would make {series} zero or negative",
        "growth = {value}% zou {series} nul of negatief maken",
    ),
    "scn.scale_negative": (
        "scale = {value} would make {series} negative",
        "scale = {value} zou {series} negatief maken",
    ),
    "scn.floor_share_series": (
        "floor_share applies to spending series, not {series}",
        "floor_share geldt voor uitgavenreeksen, niet voor {series}",
    ),
    "scn.row_unknown": (
        "unknown row '{row}' in [observed]{hint}",
        "onbekende rij '{row}' in [observed]{hint}",
    ),
    "scn.tolerance": (
        "tolerance = {value} cannot be negative: it is the difference allowed either way",
        "tolerance = {value} kan niet negatief zijn: het is het verschil dat naar beide kanten mag",
    ),
    "growth.not_grown": ("not grown by any [[adjust]]", "door geen enkele [[adjust]] gegroeid"),
    "growth.grown_by": ("grown by {origin}", "gegroeid door {origin}"),
    "growth.not_there": (
        "{series} {year} is {by}, not by {file}: replaces needs each year grown there",
        "{series} {year} is {by}, niet door {file}: replaces vraagt dat elk jaar daar groeit",
    ),
    "growth.in_place": (
        "{file} grows {series} {year} in place of another file: start a new [[adjust]] there",
        "{file} laat {series} {year} groeien in plaats van een ander bestand: begin daar een nieuwe [[adjust]]",
    ),
    # the summit's data files (core/document.py)
    "data.empty": ("{key} is empty", "{key} is leeg"),
    "data.texts": (
        "{key} must be an array of strings, not {type}",
        "{key} moet een lijst van teksten zijn, maar is {type}",
    ),
    "data.date": (
        "{key} must be a date written as 2025-06-24, not {type}",
        "{key} moet een datum zijn, geschreven als 2025-06-24, maar is {type}",
    ),
    "data.count": (
        "{key} must be a whole number from 1, not {value}",
        "{key} moet een geheel getal vanaf 1 zijn, niet {value}",
    ),
    "data.flag": ("{key} must be true or false, not {type}", "{key} moet true of false zijn, maar is {type}"),
    "data.missing": ("missing {key}", "{key} ontbreekt"),
    "data.kind": ("kind must be one of {options}", "kind moet een van deze zijn: {options}"),
    "data.file_missing": (
        "file '{name}' does not exist beside {beside}",
        "bestand '{name}' staat niet naast {beside}",
    ),
    "data.each_entry": ("write each entry as [[{name}]]", "schrijf elk item als [[{name}]]"),
    "data.id_twice": ("id '{id}' is used twice", "id '{id}' komt twee keer voor"),
    "data.source_unknown": (
        "source '{source}' is not in sources.toml",
        "bron '{source}' staat niet in sources.toml",
    ),
    "data.end_date": ("end_date comes before date", "end_date ligt voor date"),
    "data.row_unknown": (
        "row '{row}' is not a row of the calculation table",
        "'{row}' is geen rij van de rekentabel",
    ),
    # reading and writing files (core/safefile.py, core/edit.py)
    "fs.folder": ("a folder", "een map"),
    "fs.fifo": ("a FIFO (named pipe)", "een FIFO (named pipe)"),
    "fs.char_device": ("a character device", "een tekenapparaat (character device)"),
    "fs.block_device": ("a block device", "een blokapparaat (block device)"),
    "fs.socket": ("a socket", "een socket"),
    "fs.not_a_file": ("not a file", "geen bestand"),
    "fs.nul": ("the name contains a NUL byte", "de naam bevat een NUL-byte"),
    "fs.no_such_file": ("no such file", "bestand bestaat niet"),
    "fs.not_a_folder_part": (
        "no such file (a part of the path is not a folder)",
        "bestand bestaat niet (een deel van het pad is geen map)",
    ),
    "fs.loop": ("a loop of symbolic links", "een kring van symbolische koppelingen"),
    "fs.name_too_long": ("the name is too long", "de naam is te lang"),
    "fs.doing.read": ("read", "lezen"),
    "fs.doing.write": ("write", "schrijven"),
    "fs.doing.write_folder": ("write in this folder", "in deze map schrijven"),
    "fs.permission": ("cannot {doing}: permission denied", "kan niet {doing}: geen toestemming"),
    "fs.read_only_fs": (
        "cannot {doing}: the file system is read-only",
        "kan niet {doing}: het bestandssysteem is alleen-lezen",
    ),
    "fs.no_space": ("cannot {doing}: no space left on the device", "kan niet {doing}: het apparaat is vol"),
    "fs.other": ("cannot {doing}: {error}", "kan niet {doing}: {error}"),
    "fs.not_regular": ("not a regular file: it is {kind}", "geen gewoon bestand: het is {kind}"),
    "fs.too_large": (
        "is {size} bytes, more than the {limit} bytes a scenario file may have",
        "is {size} bytes, meer dan de {limit} bytes die een scenariobestand mag hebben",
    ),
    "fs.too_large_read": (
        "is more than the {limit} bytes a scenario file may have",
        "is groter dan de {limit} bytes die een scenariobestand mag hebben",
    ),
    "fs.dangling_link": (
        "is a link to a missing file ({target}); nothing was written",
        "is een koppeling naar een bestand dat niet bestaat ({target}); er is niets geschreven",
    ),
    "fs.not_regular_written": (
        "not a regular file: it is {kind}; nothing was written",
        "geen gewoon bestand: het is {kind}; er is niets geschreven",
    ),
    "fs.exists": ("already exists; nothing was written{hint}", "bestaat al; er is niets geschreven{hint}"),
    "fs.read_only": (
        "is read-only (mode {mode}); nothing was written (make it writable first, e.g. chmod u+w)",
        "is alleen-lezen (modus {mode}); er is niets geschreven (maak het eerst schrijfbaar, bijv. chmod u+w)",
    ),
    "fs.hard_links": (
        "has {links} hard links; saving replaces the file, which would leave the other names with the"
        " old content, so nothing was written (copy it to a file of its own first)",
        "heeft {links} harde koppelingen; bewaren vervangt het bestand, waardoor de andere namen de oude"
        " inhoud zouden houden, dus er is niets geschreven (kopieer het eerst naar een eigen bestand)",
    ),
    "fs.not_folder": ("not a folder: it is {kind}", "geen map: het is {kind}"),
    "fs.folder_read_only": (
        "the folder is read-only; nothing was written",
        "de map is alleen-lezen; er is niets geschreven",
    ),
    "fs.owner": (
        "belongs to another user or group; replacing it would change its owner, so nothing was written",
        "is van een andere gebruiker of groep; vervangen zou de eigenaar veranderen, dus er is niets geschreven",
    ),
    "write.in_place": (
        "cannot edit this file in place: {error}",
        "kan dit bestand niet ter plekke wijzigen: {error}",
    ),
    "write.series": (
        "unknown series '{series}'{hint}; only inputs can be set",
        "onbekende reeks '{series}'{hint}; alleen invoer kan worden gezet",
    ),
    "write.stale": (
        "changed on disk since it was read; nothing was written (reload, then edit again)",
        "is op schijf gewijzigd sinds het werd gelezen; er is niets geschreven (laad opnieuw en wijzig dan nogmaals)",
    ),
    # argparse's own words (tui/cli_words.py; each English is argparse's, matched by core/foreign.py)
    "argparse.usage": ("usage: ", "gebruik: "),
    "argparse.metavar.dir": ("DIR", "MAP"),
    "argparse.positionals": ("positional arguments", "argumenten"),
    "argparse.options": ("options", "opties"),
    "argparse.help": ("show this help message and exit", "toon deze hulp en stop"),
    "argparse.fail": ("{prog}: error: {message}\n", "{prog}: fout: {message}\n"),
    "argparse.type.int": ("int", "geheel getal"),
    "argparse.type.float": ("float", "getal"),
    "argparse.error.argument": ("argument {argument}: {message}", "argument {argument}: {message}"),
    "argparse.error.required": (
        "the following arguments are required: {names}",
        "deze argumenten ontbreken: {names}",
    ),
    "argparse.error.one_required": (
        "one of the arguments {names} is required",
        "een van de argumenten {names} is nodig",
    ),
    "argparse.error.unrecognized": ("unrecognized arguments: {names}", "onbekende argumenten: {names}"),
    "argparse.error.one": ("expected one argument", "verwacht één waarde"),
    "argparse.error.at_most_one": ("expected at most one argument", "verwacht hoogstens één waarde"),
    "argparse.error.at_least_one": ("expected at least one argument", "verwacht ten minste één waarde"),
    "argparse.error.count": ("expected {count} arguments", "verwacht {count} waarden"),
    "argparse.error.count_one": ("expected {count} argument", "verwacht {count} waarde"),
    "argparse.error.choice": (
        "invalid choice: {value} (choose from {choices})",
        "ongeldige keuze: {value} (kies uit {choices})",
    ),
    "argparse.error.type": ("invalid {type} value: {value}", "ongeldige waarde, geen {type}: {value}"),
    "argparse.error.ambiguous": (
        "ambiguous option: {option} could match {matches}",
        "dubbelzinnige optie: {option} kan staan voor {matches}",
    ),
    "argparse.error.not_with": (
        "not allowed with argument {other}",
        "niet toegestaan samen met argument {other}",
    ),
    "argparse.error.ignored": ("ignored explicit argument {value}", "genegeerde waarde {value}"),
    "argparse.error.unexpected": ("unexpected option string: {option}", "onverwachte optie: {option}"),
    "argparse.error.parser": (
        "unknown parser {name} (choices: {choices})",
        "onbekende opdracht {name} (keuze: {choices})",
    ),
    # Textual's own palette entries and words (tui/commands.py, tui/app.py)
    "system.theme": ("Theme", "Thema"),
    "system.theme.help": ("Change the current theme", "Kies een ander kleurthema"),
    "system.themes.placeholder": ("Search for themes…", "Zoek een thema…"),
    "system.quit": ("Quit", "Stoppen"),
    "system.maximize": ("Maximize", "Maximaliseren"),
    "system.maximize.help": (
        "Maximize the focused widget",
        "Vergroot het paneel met de focus tot het hele scherm",
    ),
    "system.minimize": ("Minimize", "Terug naar gewone grootte"),
    "system.minimize.help": (
        "Minimize the widget and restore to normal size",
        "Zet het vergrote paneel terug op zijn gewone grootte",
    ),
    "system.help_quit": ("Press {key} to quit the app", "Druk op {key} om navotop te stoppen"),
    "system.help_quit.title": ("Do you want to quit?", "Wilt u stoppen?"),
    # `navotop serve` when it cannot listen (tui/serve.py)
    "serve.port": ("a port", "poortnummer"),
    "serve.port_range": (
        "port {port} is not between 1 and 65535",
        "poort {port} ligt niet tussen 1 en 65535",
    ),
    "serve.cannot_listen": (
        "navotop serve: cannot listen on {host} port {port}: {why}",
        "navotop serve: kan niet luisteren op {host} poort {port}: {why}",
    ),
    "serve.in_use": (
        "the port is in use (another program, or another navotop serve); choose another with --port",
        "de poort is in gebruik (door een ander programma of een andere navotop serve); kies een andere met --port",
    ),
    "serve.no_host": ("no such host name or address", "die hostnaam of dat adres bestaat niet"),
    "serve.not_here": ("this machine has no such address", "deze machine heeft dat adres niet"),
    "serve.denied": (
        "permission denied (ports below 1024 need extra rights)",
        "geen toestemming (poorten onder 1024 vragen extra rechten)",
    ),
    # ---- nd: the summit data's categories (commitment topics; agenda kinds are agenda.kind.*)
    "topic.Ukraine": ("Ukraine", "Oekraïne"),
    "topic.calculation methods": ("calculation methods", "berekeningswijzen"),
    "topic.capabilities": ("capabilities", "capaciteiten"),
    "topic.communication": ("communication", "communicatie"),
    "topic.defence industry": ("defence industry", "defensie-industrie"),
    "topic.defence spending": ("defence spending", "defensie-uitgaven"),
    "topic.parliament": ("parliament", "parlement"),
    "topic.partners": ("partners", "partners"),
    "topic.threats": ("threats", "dreigingen"),
    "agenda.opening": ("opening (no heading)", "opening (zonder kop)"),
    "cite.letter": ("letter", "brief"),
    "cite.footnote": ("fn{number}", "vn. {number}"),
    # problems with the summit data's Dutch twins (core/document.py; FILE:LINE:COL: message)
    "twin.alone": (
        "{twin} without {base}: write the English too",
        "{twin} zonder {base}: schrijf ook het Engels",
    ),
    "twin.count": (
        "{twin} has {dutch} entries and {base} {english}: one Dutch entry for each",
        "{twin} heeft {dutch} items en {base} {english}: één Nederlands item voor elk",
    ),
    "twin.empty_entry": ("{twin} has an empty entry", "{twin} heeft een leeg item"),
    "data.topic": ("topic must be one of {topics}", "topic moet een van deze zijn: {topics}"),
    # ---- a fresh-eyes tester's findings, round three (tf)
    "dialog.scroll_keys": (
        "arrows, pageup, pagedown scroll · esc, {key} or q closes",
        "pijltjes, pageup, pagedown scrollen · esc, {key} of q sluit",
    ),
    "dialog.pick_keys": (
        "arrows choose · enter picks · or type a path · esc cancels",
        "pijltjes kiezen · enter kiest · of typ een pad · esc annuleert",
    ),
    "dialog.listing": ("Listing the scenario files…", "De scenariobestanden worden opgezocht…"),
    "dialog.open_file": ("(open: shows your unsaved edits)", "(geopend: toont uw niet-bewaarde wijzigingen)"),
    "count.unsaved_edit": ("{count} unsaved edit", "{count} niet-bewaarde wijziging"),
    "count.unsaved_edits": ("{count} unsaved edits", "{count} niet-bewaarde wijzigingen"),
    "plausible.gdp_bn": (
        "{series} at EUR {value} bn is outside EUR {low} bn to {high} bn, the band navotop takes as"
        " plausible for Dutch GDP (about EUR 1,134 bn in 2024); the cell is typed in EUR bn",
        "{series} op EUR {value} mld valt buiten EUR {low} mld tot {high} mld, wat navotop voor het"
        " Nederlandse bbp aannemelijk acht (ongeveer EUR 1.134 mld in 2024); de cel wordt in EUR mld getypt",
    ),
    "log.short.nl_excl": ("Dutch excl.", "NL excl."),
    "log.short.nl_incl": ("incl.", "incl."),
    "log.short.nato": ("NATO", "NAVO"),
    "plausible.growth_nothing": (
        "{series} growing {value}% a year would be zero or negative: growth must be above -100%",
        "{series} met {value}% groei per jaar zou nul of negatief worden: de groei moet boven -100% liggen",
    ),
    "plausible.growth_economy": (
        "{series} growing {value}% a year is outside {low}% to {high}%, the band navotop takes as"
        " plausible for a whole economy or its prices (3.5 means 3.5% a year)",
        "{series} met {value}% groei per jaar valt buiten {low}% tot {high}%, wat navotop voor een"
        " hele economie of haar prijzen aannemelijk acht (3,5 betekent 3,5% per jaar)",
    ),
    "plausible.growth_spending": (
        "{series} growing {value}% a year is outside {low}% to {high}%, the band navotop takes as"
        " plausible for spending (3.5 means 3.5% a year)",
        "{series} met {value}% groei per jaar valt buiten {low}% tot {high}%, wat navotop voor"
        " uitgaven aannemelijk acht (3,5 betekent 3,5% per jaar)",
    ),
    "plausible.goal_share": (
        "A target of {value}% of GDP is outside 0% to {high}%, the most a scenario file may give"
        " any spending (3.5 means 3.5%)",
        "Een doel van {value}%-bbp valt buiten 0% tot {high}%, het meeste dat een scenariobestand"
        " aan uitgaven mag geven (3,5 betekent 3,5%)",
    ),
    "app.doubt_question": ("{doubt}.\n\nApply it anyway?", "{doubt}.\n\nToch toepassen?"),
    "app.apply_anyway": ("apply it anyway", "toch toepassen"),
    "app.doubt_cancel": ("cancel: change nothing", "annuleren: niets wijzigen"),
    "solve.share_in_file": (
        "it would put {series} {year} at {value}% of {of}, and a scenario file may hold at most {high:g}%",
        "het zou {series} {year} op {value}% van {of} zetten, en een scenariobestand mag hoogstens {high:g}%"
        " bevatten",
    ),
    "solve.not_in_file": (
        "it would set a value no scenario file may hold: {why}",
        "het zou een waarde zetten die geen scenariobestand mag bevatten: {why}",
    ),
    # ---- round three, integrator: what two fresh-eyes testers tripped over
    "cli.unknown_command": (
        "navotop: '{word}' is neither a command nor a file (did you mean '{guess}'?)",
        "navotop: '{word}' is geen opdracht en geen bestand (bedoelde u '{guess}'?)",
    ),
    "app.table_not_loaded": (
        "Not loaded: the file has a problem, said above. The table appears once it is fixed.",
        "Niet geladen: het bestand heeft een fout, zie hierboven. De tabel verschijnt zodra die is verbeterd.",
    ),
    # ---- h1 (issue #14): a Dutch tester's wording findings
    "argparse.metavar.command": ("COMMAND", "OPDRACHT"),
    "cli.scenario_file": ("the scenario file (a .toml)", "het scenariobestand (een .toml)"),
    "cli.format": ("output format (default: {default})", "uitvoerformaat (standaard: {default})"),
    "formats.range": ("{low} to {high}", "{low} tot {high}"),
    # ---- round three, h3: refusals and slips
    "sens.unknown": (
        "The value of {what} in {year} is unknown, so there is nothing to vary: no input can be"
        " shown to move it.",
        "De waarde van {what} in {year} is onbekend, dus er valt niets te variëren: van geen invoer"
        " is te laten zien dat die haar verandert.",
    ),
    # ---- h2: rows named by their labels in sentences (issues #13/#14)
    "adjust.op.set": ("set to", "gezet op"),
    "adjust.op.add": ("add", "plus"),
    "adjust.op.scale": ("scale", "maal"),
    "adjust.op.growth": ("growth", "groei"),
    "adjust.op.floor_share": ("floor share", "ondergrens aandeel"),
    "detail.commitment_one": ("commitment: {title} (enter)", "toezegging: {title} (enter)"),
    "detail.commitments_count": (
        "{count} commitments, first: {first} (enter)",
        "{count} toezeggingen, eerste: {first} (enter)",
    ),
    # wf: what-if and CLI findings of the English tester
    "allies.home_editions": (
        "Dutch {year} figure, by edition: {figures}{table1}",
        "NL-cijfer {year} per editie: {figures}{table1}",
    ),
    "allies.shown_here": ("shown", "getoond"),
    "allies.as_table1": ("letter's Table 1", "tabel 1 van de brief"),
    "allies.no_table1": ("; not in the letter's Table 1", "; niet in tabel 1 van de brief"),
    "log.in_file": ("(in the file: {values})", "(in het bestand: {values})"),
    "check.warning": ("warning: {doubt}", "waarschuwing: {doubt}"),
    "check.warnings": ("; {count} warnings", "; {count} waarschuwingen"),
    "check.warnings_one": ("; {count} warning", "; {count} waarschuwing"),
    "cli.check_strict": (
        "a warning (a value the app would ask about: a likely unit slip, a growth rate outside"
        " its band) fails the check too, exit 1",
        "een waarschuwing (een waarde waarover de app zou vragen: een waarschijnlijke"
        " eenheidsvergissing, een groeivoet buiten zijn band) laat de controle ook mislukken, exit 1",
    ),
    "cli.text_width": (
        "Text fits the terminal. Into a pipe or a file (| less, > FILE) it is COLUMNS wide when"
        " COLUMNS is set, else as wide as the table needs, up to 200 columns; where the years do"
        " not fit, they print in blocks, the row labels repeated. Shells seldom export COLUMNS:"
        " COLUMNS=$COLUMNS navotop table SCENARIO | less",
        "Tekst past in de terminal. In een pipe of een bestand (| less, > BESTAND) is hij COLUMNS"
        " breed als COLUMNS gezet is, anders zo breed als de tabel nodig heeft, tot 200 kolommen;"
        " waar de jaren niet passen, komen ze in blokken, met de rijnamen herhaald. Shells"
        " exporteren COLUMNS zelden: COLUMNS=$COLUMNS navotop table SCENARIO | less",
    ),
    "diff.direction": (
        "each cell: base -> other (other minus base), as compare (c) in the app shows it with the base open",
        "elke cel: basis -> ander (ander min basis), zoals vergelijken (c) in de app het toont met de basis open",
    ),
    "why_held.title": ("Dutch shares unchanged, and why", "Nederlandse aandelen ongewijzigd, en waarom"),
    "why_held.shares": (
        "GDP {year}: {gdp_was} -> {gdp_now} ({change}), yet the Dutch share stays {share}: this"
        " scenario states spending as a share of CPB GDP ({origin}), so spending moved with GDP"
        " ({spent_was} -> {spent_now}). That answers 'GDP lower, budget pegged to GDP'. For 'GDP"
        " lower, budget fixed in euros': a what-if file that extends this one with [[adjust]]"
        ' series = "gdp_cpb", from = {year}, scale = {factor} (scenarios/README.md), or open'
        " gdp-shock-fixed-euros.toml (3% lower from 2026).",
        "Bbp {year}: {gdp_was} -> {gdp_now} ({change}), maar het Nederlandse aandeel blijft {share}:"
        " dit scenario geeft de defensie-uitgaven als aandeel van het bbp volgens het CPB ({origin}),"
        " dus de uitgaven bewogen mee met het bbp ({spent_was} -> {spent_now}). Dat beantwoordt"
        " 'bbp lager, begroting gekoppeld aan het bbp'. Voor 'bbp lager, begroting vast in euro's':"
        ' een wat-als-bestand dat voortbouwt op dit bestand met [[adjust]] series = "gdp_cpb",'
        " from = {year}, scale = {factor} (scenarios/README.md), of open gdp-shock-fixed-euros.toml"
        " (3% lager vanaf 2026).",
    ),
    "why_held.growth_rate": (
        "a rate: -2% makes {rate} into {less}, it does not lower GDP by 2%; for that, type -2% on"
        " GDP {level_year}, the level the growth starts from",
        "een groeivoet: -2% maakt van {rate} {less}, het verlaagt het bbp niet met 2%; typ daarvoor"
        " -2% bij bbp {level_year}, het niveau waarvan de groei uitgaat",
    ),
    # uk (#14: "unknown" said one way, formats.unknown)
    "chart.unknown_years": ("{label} ({unknown} {years})", "{label} ({unknown} {years})"),
    # ---- en (#14): English left in the Dutch app
    # `navotop serve`'s page in the browser (tui/serve_page/app_index.html, textual-serve's own)
    "serve.page.start": ("Start", "Starten"),
    "serve.page.ended": ("Session ended.", "Sessie beëindigd."),
    "serve.page.restart": ("Restart", "Opnieuw starten"),
    # Textual's command palette when nothing matches what was typed (tui/palette.py)
    "palette.no_matches": ("No matches found", "Niets gevonden"),
    # a scenario's source as the bridge and the detail line cite it: its title as published
    "source.title": ("“{title}”", "“{title}”"),
    "bridge.cited": ("from {title}", "uit {title}"),
    # the allies pane's source lines (core/allies.py): where the sparklines' figures are from
    "allies.lines_source": (
        "2014-2024 lines: {file}: {provenance}",
        "lijnen 2014-2024: {file}: {provenance}",
    ),
    # each edition of NATO's figures as the allies pane and `navotop allies` name it (core/allies.py
    # EDITIONS holds the English): the publication's title as published, quoted in Dutch
    "allies.edition.june-2024": (
        "Defence Expenditure of NATO Countries (2014-2024), June 2024, 2015 prices",
        "“Defence Expenditure of NATO Countries (2014-2024)”, juni 2024, prijzen van 2015",
    ),
    "allies.edition.annual-report-2024": (
        "Secretary General's Annual Report 2024",
        "“Secretary General's Annual Report 2024” (jaarverslag van de secretaris-generaal)",
    ),
    "allies.edition.august-2025": (
        "Defence Expenditure of NATO Countries (2014-2025), August 2025, 2021 prices",
        "“Defence Expenditure of NATO Countries (2014-2025)”, augustus 2025, prijzen van 2021",
    ),
    # navotop's own note beside a value a user changed, said on screen (core/whatif_note.py; the
    # file keeps it in English, in one form)
    "whatif.note": ("What-if of {date}: {growth}{new}{was}", "Wat-als van {date}: {growth}{new}{was}"),
    "whatif.note.growth": ("growth ", "groei "),
    "whatif.note.was": (" in place of {old}{source}", " in plaats van {old}{source}"),
    "whatif.note.source": (" ({source})", " ({source})"),
    "whatif.note.earlier": (". Was: {note}", ". Eerder: {note}"),
    "whatif.mixed_units": (
        "{series}: the edited years use different units",
        "{series}: de gewijzigde jaren hebben verschillende eenheden",
    ),
    # ---- nt: the fresh-eyes testers' leftovers (issues 9 and 14)
    "app.tornado_heading": (
        "A section heading has no value to vary. Move down to a number (a share, a norm, an"
        " input) and press t again: it shows which inputs move that number most.",
        "Een kop van een deel heeft geen waarde om te variëren. Ga omlaag naar een getal (een"
        " aandeel, een norm, een invoer) en druk weer op t: dan ziet u welke invoer dat getal"
        " het meest beweegt.",
    ),
    "marks.milestone": (
        "{mark} after a year: a milestone the scenario names (a cell's detail line says which)",
        "{mark} achter een jaar: een mijlpaal die het scenario noemt (de detailregel van een cel zegt welke)",
    ),
    "commitments.status_said": ("Status: {status}", "Status: {status}"),
    "commitments.topic_said": ("topic: {topic}", "onderwerp: {topic}"),
    # ---- integrator: the round's last tester findings
    "dialog.or": ("or", "of"),
    "scn.milestone_nl_alone": (
        "milestones_nl: {year} has no milestone in [milestones] of this file to be the Dutch of",
        "milestones_nl: {year} heeft geen mijlpaal in [milestones] van dit bestand om de Nederlandse"
        " tekst van te zijn",
    ),
    # qs (a Dutch tester's findings: the cell editor's refusals in the row's label, the typed unit)
    "plausible.share_of_amount": (
        "{value} is implausible for {series}: it would be {share}, above the {high}% any spending"
        " may be (the cell is typed in EUR bn: 24.4 means EUR 24.4 bn)",
        "{value} is onwaarschijnlijk voor {series}: dat zou {share} zijn, meer dan de {high}% die"
        " uitgaven mogen zijn (de cel wordt in EUR mld getypt: 24,4 is EUR 24,4 mld)",
    ),
    "plausible.share_typed": (
        "{value} is implausible for {series}: shares are in percent (2.0 means 2%)",
        "{value} is onwaarschijnlijk voor {series}: aandelen zijn in procenten (2,0 is 2%)",
    ),
    "app.refused_keys": (
        "(Typing goes nowhere here until esc, enter or an arrow.)",
        "(Typen heeft hier geen effect tot esc, enter of een pijltje.)",
    ),
    # ---- cs: goal seek and sensitivity vary an input as the grid's edit of its cell does
    "vary.as_edit": (
        "an input varies as a cell edit does: spending in % of GDP moves with GDP",
        "invoer varieert als bij celwijziging: uitgaven in %-bbp volgen het bbp",
    ),
    # ---- lay: layout findings (fresh-eyes testers at 80x24, 100x30, 120x40)
    "chart.too_short": (
        "taller window shows all lines",
        "hoger venster toont alle lijnen",
    ),
    # tf: open tester findings (the agenda's detail cut off at 120x40)
    "key.agenda-detail.label": ("Read on", "Verder lezen"),
    "key.agenda-detail.help": (
        "in the agenda: scroll the highlighted item's detail (arrows move between items)",
        "in de agenda: scroll de toelichting van het gekozen onderdeel (pijltjes gaan naar een ander"
        " onderdeel)",
    ),
}


def basis_words(labels: list[str], lang: Lang | None = None) -> str:
    """What a value rests on, in words: `estimate, assumption` or `raming, aanname`."""
    return ", ".join(t(f"basis.{label}", lang) for label in labels)


def relabel(text: str, lang: Lang | None = None) -> str:
    """A catalogue text (without fields) made once, in whichever language, again in `lang`
    (default: the language shown): for the descriptions Textual's bindings are given when their
    class is made, before the language may be chosen. Any other text is returned as it is."""
    for key, pair in TEXTS.items():
        if text in pair and "{" not in text:
            return t(key, lang)
    return text


def t(key: str, lang: Lang | None = None, /, **fields: object) -> str:
    """The text `key` in `lang` (default: the language shown), with `fields` filled in."""
    english, dutch = TEXTS[key]
    text = dutch if (lang or language()) == "nl" else english
    return text.format(**fields) if fields else text

"""Blind-25: managers' announcements written by hand, one at a time (session 35).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-24's gen.py, itself blind-23's) only turn the date a reader means into a calendar
date counted from TODAY (Thursday 2026-12-03). Run: python3 gen.py
"""
import datetime as dt
import json
import os
import re

TODAY = dt.date(2026, 12, 3)
ROLES = {None, "account-manager", "care-worker", "facility-coordinator", "software-engineer"}
EN_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def _day(name):
    name = name.lower()
    return EN_DAYS.index(name) if name in EN_DAYS else NL_DAYS.index(name)


def D(y, m, d):
    return dt.date(y, m, d).isoformat()


def MD(m, d):
    """A day and month without a year: the first such date on or after today."""
    x = dt.date(TODAY.year, m, d)
    return (x if x >= TODAY else dt.date(TODAY.year + 1, m, d)).isoformat()


def P(n):
    """n days from today; negative in the past."""
    return (TODAY + dt.timedelta(days=n)).isoformat()


def WD(name):
    """A bare, 'this coming', 'komende' or 'a.s.' weekday: the first such day after today."""
    return (TODAY + dt.timedelta(days=(_day(name) - TODAY.weekday()) % 7 or 7)).isoformat()


def NW(name):
    """'volgende week X' / 'X next week': that day in the week of Monday 2026-12-07."""
    return (dt.date(2026, 12, 7) + dt.timedelta(days=_day(name))).isoformat()


def LW(name):
    """'vorige week X' / 'X last week': that day in the week of Monday 2026-11-23."""
    return (dt.date(2026, 11, 23) + dt.timedelta(days=_day(name))).isoformat()


def WK(week, name="monday", year=2027):
    """A day of an ISO week ('maandag week 3')."""
    return dt.date.fromisocalendar(year, week, _day(name) + 1).isoformat()


def ON(name, iso):
    """A weekday written next to a date must agree with it."""
    assert dt.date.fromisoformat(iso).weekday() == _day(name), (name, iso)
    return iso


NOW = TODAY.isoformat()


def J(name, date, role=None):
    return {"kind": "JOINER", "name": name, "date": date, "role": role}


def L(name, date, role=None):
    return {"kind": "LEAVER", "name": name, "date": date, "role": role}


def MV(name, date, role, frm):
    return {"kind": "MOVER", "name": name, "date": date, "role": role, "fromRole": frm}


MESSAGES = []


def m(lang, text, *expect, past=False, none=False):
    """past: a date before today is meant; none: the message announces no one."""
    MESSAGES.append((lang, text, list(expect), past, none))


AM, CW, FC, SE = "account-manager", "care-worker", "facility-coordinator", "software-engineer"

# ---- Part 1 (w001-w150) ----

# A maritime pilotage service (loodswezen): pilots, dispatch, tender crews, radar.
m("nl", "Beste collega's,\n\nPer maandag 4 januari 2027 begint Maarten Zijlstra bij ons als registerloods in de regio Scheldemonden. Hij komt van de koopvaardij en vaart de eerste maanden mee met ervaren loodsen.\n\nMet vriendelijke groet,\nIngrid Hoekstra\nHR Loodswezen",
  J("Maarten Zijlstra", ON("maandag", D(2027, 1, 4))))
m("en", "new boat crew for the pilot tender: jens vogel, starts mon 14 dec. he still needs his sea boots and a locker",
  J("Jens Vogel", ON("monday", D(2026, 12, 14))))
m("nl", "Loods Hendrik Brouwer gaat per 1 februari met pensioen. Zijn laatste dienst draait hij op zondag 31 januari, daarna mag alles ingeleverd worden.",
  L("Hendrik Brouwer", ON("zondag", D(2027, 1, 31))))
m("en", "Do the aspirant pilots who start the spring course need a laptop from us, or does the academy provide them? Need to know before I order.",
  none=True)
m("nl", "Femke Dijkstra (nu verkeersleider op de walradar) wordt per 1 januari facilitair coördinator voor onze drie loodsposten.",
  MV("Femke Dijkstra", D(2027, 1, 1), FC, None))
m("en", "Sad news: our pilot boat skipper Arjen Bos passed away on Tuesday after a short illness. His family has asked for privacy.",
  L("Arjen Bos", P(-2)), past=True)
m("en", "Hello together, please prepare everything for Mr. Lars Petersen, he begins at our dispatch in Den Helder from the 11.01.2027. Many thanks and greetings, Uwe",
  J("Lars Petersen", D(2027, 1, 11)))
m("nl", "dispatcher kees wolters heeft vanochtend ontslag genomen, per direct weg. vandaag was z'n laatste dag",
  L("Kees Wolters", NOW))
m("nl", "Voor de nieuwe loodsplanningsapp hebben we een ontwikkelaar aangenomen: Rutger Veenstra. Hij begint maandag 18 januari in Rotterdam.",
  J("Rutger Veenstra", ON("maandag", D(2027, 1, 18)), SE))
m("en", "FYI Noah Vermeer (pilot, Rotterdam region) moves to the Amsterdam-IJmond region from 1 February, same job, new station.",
  MV("Noah Vermeer", D(2027, 2, 1), None, None))
m("nl", "Loodsassistent Wendy Huisman begint per 1 maart op het station in IJmuiden; haar voorganger Richard Bakker stopt per diezelfde datum.",
  J("Wendy Huisman", D(2027, 3, 1)), L("Richard Bakker", D(2027, 3, 1)))
m("en", "We hired an account manager for the shipping lines and port agents: Olivia Hart. First day is Monday 1 February.",
  J("Olivia Hart", ON("monday", D(2027, 2, 1)), AM))
m("nl", "Het tijdelijk contract van matroos Youssef Bakkali loopt af op 31 december. Niet verlengen, hij gaat terug naar school.",
  L("Youssef Bakkali", D(2026, 12, 31)))
m("en", "Two new tender crew starting Monday 7 December: Pieter Kramer and Sem de Graaf. Both on the Vlissingen boats.",
  J("Pieter Kramer", ON("monday", D(2026, 12, 7))), J("Sem de Graaf", ON("monday", D(2026, 12, 7))))
m("nl", "Over twee weken begint Tessa Mulder als planner bij de centrale loodsdispatch. Ze draait de eerste weken mee met de dagploeg.",
  J("Tessa Mulder", P(14)))
m("nl", "Correctie: Bram Koster begint niet op 4 januari maar op 11 januari als walradaroperator. Excuses voor de verwarring.",
  J("Bram Koster", D(2027, 1, 11)))
m("en", "Dear Team, kindly note that Mr. Arvind Nair will be joining as software developer for the vessel traffic system with effect from 18th January 2027. Kindly arrange the laptop. Regards, Suresh",
  J("Arvind Nair", D(2027, 1, 18), SE))
m("nl", "Lotte Smit gaat vanaf half januari met zwangerschapsverlof, ze komt in mei terug. Haar account moet gewoon blijven.",
  none=True)
m("en", "Boatman Marco Rossi was dismissed this morning after the incident at the jetty. Please block his access right away.",
  L("Marco Rossi", NOW))
m("nl", "Jolanda Peters van de receptie in Hoek van Holland neemt per 1 maart de facilitaire dienst over. Haar receptieplek wordt voorlopig niet opgevuld.",
  MV("Jolanda Peters", D(2027, 3, 1), FC, None))
m("nl", "Dag iedereen, vanaf maandag 11 januari vervoegt Jens Peeters ons loodsteam in Antwerpen als dispatcher. Gelieve zijn badge en account klaar te zetten. Mvg, Katrien",
  J("Jens Peeters", ON("maandag", D(2027, 1, 11))))
m("en", "The temp planner Zoe Walsh finishes on 15 January, her contract ends then and we are not extending it.",
  L("Zoe Walsh", D(2027, 1, 15)))
m("nl", "volgende week dinsdag is de laatste werkdag van Gerrit Boonstra, hij gaat naar een rederij in Harlingen. zijn portofoon en pas liggen dan bij mij",
  L("Gerrit Boonstra", NW("dinsdag")))
m("nl", "Snel even: Elif Kaya begint morgen op de receptie van het loodsstation. Sorry, ik was vergeten het vorige week door te geven.",
  J("Elif Kaya", P(1)))
m("nl", "Met ingang van 1 april 2027 wordt loods Ruud Wagenaar coördinator opleidingen. Zijn laatste loodsdiensten vaart hij in maart.",
  MV("Ruud Wagenaar", D(2027, 4, 1), None, None))

# A parish and church administration: koster, organist, pastoral workers, membership office.
m("nl", "Geachte leden van het bureau,\n\nWij zijn verheugd te melden dat mevrouw Anneke Zwart per vrijdag 1 januari 2027 als kerkelijk werker in onze gemeente begint. Zij neemt het ouderenpastoraat op zich.\n\nNamens de kerkenraad,\nds. J. van Wijk",
  J("Anneke Zwart", ON("vrijdag", D(2027, 1, 1))))
m("en", "our sexton (koster) tom baker retires at the end of december, his last sunday service is the 27th",
  L("Tom Baker", ON("sunday", D(2026, 12, 27))))
m("nl", "Onze organist Willem Jansen stopt per 1 februari. Hij heeft 34 jaar gespeeld, er komt nog een afscheidsdienst.",
  L("Willem Jansen", D(2027, 2, 1)))
m("nl", "Weet iemand of de nieuwe pastoraal werker al een e-mailadres van het bisdom krijgt, of moeten wij dat regelen?",
  none=True)
m("nl", "Marijke Dekker gaat per 1 januari van de ledenadministratie naar de facilitaire dienst (beheer van de kerkgebouwen).",
  MV("Marijke Dekker", D(2027, 1, 1), FC, None))
m("en", "Fr. Tomasz Nowak will join our parish team as assistant priest on Sunday 10 January. Please set him up with an email and the office key.",
  J("Tomasz Nowak", ON("sunday", D(2027, 1, 10))))
m("nl", "Gisteren is onze koster Jan Hofman plotseling overleden. De uitvaart is volgende week, details volgen.",
  L("Jan Hofman", P(-1)), past=True)
m("en", "Hi, the parish secretary, Mrs Margaret O'Neill, has handed in her notice. Her final day will be 29 January.",
  L("Margaret O'Neill", D(2027, 1, 29)))
m("nl", "nieuwe beheerder voor het parochiehuis: bas van den berg, hij begint 4-1. sleutels van de zaal en de pastorie graag klaarleggen",
  J("Bas van den Berg", D(2027, 1, 4)))
m("nl", "Twee nieuwe jeugdwerkers: Sanne Kok begint op maandag 1 februari, Daan Schouten een week later, op maandag 8 februari.",
  J("Sanne Kok", ON("maandag", D(2027, 2, 1))), J("Daan Schouten", ON("maandag", D(2027, 2, 8))))
m("en", "We found a developer to rebuild the church-membership app: Priya Menon. She'll start in three weeks, remote most days.",
  J("Priya Menon", P(21), SE))
m("nl", "Helaas: de nieuwe cantor die in januari zou komen, heeft afgezegd. Er komt dus voorlopig niemand, de onboarding mag eruit.",
  none=True)
m("nl", "Beste, vanaf 1 maart gaat Lieve Claes op pensioen als secretaresse van het dekenaat. Haar laatste werkdag is vrijdag 26 februari. Mvg, Bart",
  L("Lieve Claes", ON("vrijdag", D(2027, 2, 26))))
m("en", "New office assistant at the parish centre: Ruth Adeyemi, from Monday. Mornings only, so a shared desk is fine. She will mostly do the baptism and wedding bookings.",
  J("Ruth Adeyemi", WD("monday")))
m("nl", "Koster Henk van Dalen verhuist per 1 maart naar de Martinikerk, zelfde functie. Hij krijgt daar de sleutels van de toren en het alarm.",
  MV("Henk van Dalen", D(2027, 3, 1), None, None))
m("en", "Good morning, I inform that Mrs. Agnieszka Kowalczyk start by us as cleaner of the church buildings on 07.12.2026. Best regards, Joanna",
  J("Agnieszka Kowalczyk", D(2026, 12, 7)))
m("nl", "Dinsdag 19 januari komt Lars Vos de ledenadministratie versterken (20 uur per week). Hij werkt op dinsdag, woensdag en donderdag.",
  J("Lars Vos", ON("dinsdag", D(2027, 1, 19))))
m("en", "Quick update: Rachel Dunmore, our youth worker, left last Friday. Sorry for the late notice, it slipped through.",
  L("Rachel Dunmore", P(-6)), past=True)
m("nl", "Per 1 januari wordt onze administratief medewerker Gerda Koopman de nieuwe coördinator vrijwilligers. Ze blijft op dezelfde kamer zitten.",
  MV("Gerda Koopman", D(2027, 1, 1), None, None))
m("nl", "Goedemorgen,\n\nVoor het diaconessenhuis hebben we een verzorgende aangenomen: Emine Şahin, start maandag 11 januari. Ze werkt vooral avonddiensten.\n\nHartelijke groet,\nDiaconie Oude Kerk",
  J("Emine Şahin", ON("maandag", D(2027, 1, 11)), CW))
m("en", "Please note: Mark Davies (finance) is leaving us. Last working day Thursday 17 December. The collection counting moves to the treasurer until we find someone.",
  L("Mark Davies", ON("thursday", D(2026, 12, 17))))
m("nl", "morgen laatste dag van wim post (beheer begraafplaats)",
  L("Wim Post", P(1)))
m("en", "The diocese has appointed Sister Maria Gonzalez as pastoral worker for our cluster from 1 March. She will be based at St Joseph's and needs a parish email address.",
  J("Maria Gonzalez", D(2027, 3, 1)))
m("nl", "Niet per 1 februari maar al per 18 januari: dan begint Erik Blom als administrateur van de kerkrentmeesters. Fijn dat het sneller kan!",
  J("Erik Blom", D(2027, 1, 18)))
m("en", "Both cleaners, Ann Porter and Sue Mills, leave at the end of the year; their last day is 31 December.",
  L("Ann Porter", D(2026, 12, 31)), L("Sue Mills", D(2026, 12, 31)))

# A safety region's fire service (veiligheidsregio): stations, control room, prevention.
m("nl", "Goedemiddag,\n\nIn kazerne Noord start per maandag 1 februari 2027 Rick Hermans als beroepsbrandweerman (ploeg C). Zijn uitrusting is besteld.\n\nGroet,\nteamleider kazerne Noord",
  J("Rick Hermans", ON("maandag", D(2027, 2, 1))))
m("en", "new dispatcher for the control room: amira haddad, first shift sat 12 dec. she did her training in zwolle so knows the system",
  J("Amira Haddad", ON("saturday", D(2026, 12, 12))))
m("nl", "Na 38 jaar gaat bevelvoerder Gert Mulder met pensioen. Zijn laatste dienst is op oudejaarsdag, daarna mag de pieper terug.",
  L("Gert Mulder", D(2026, 12, 31)))
m("en", "Do volunteer firefighters get a full account or only the roster app? We have six new ones next year.",
  none=True)
m("nl", "Per 1 januari gaat Kevin de Jong van de kazerne naar het bureau: hij wordt facilitair coördinator van de regio.",
  MV("Kevin de Jong", D(2027, 1, 1), FC, None))
m("en", "Firefighter Lucas Meyer was let go yesterday after failing the fitness re-test twice. His locker has been emptied.",
  L("Lucas Meyer", P(-1)), past=True)
m("nl", "De GMS-koppeling krijgt een eigen programmeur: Niels Bakker, start 1/2. Hij heeft toegang nodig tot de testomgeving van de meldkamer.",
  J("Niels Bakker", D(2027, 2, 1), SE))
m("nl", "ingrid de vries (meldkamer) werkt t/m 20 december, daarna gaat ze naar de politie. jammer, ze was goed",
  L("Ingrid de Vries", D(2026, 12, 20)))
m("en", "Hello, our new colleague Mehmet Yilmaz is starting to the fire safety department at Monday 4 January. Thank you for preparing.",
  J("Mehmet Yilmaz", ON("monday", D(2027, 1, 4))))
m("nl", "De vacature voor brandpreventie-adviseur is ingetrokken, we vullen hem voorlopig niet in. Het budget gaat naar de nieuwe tankautospuit.",
  none=True)
m("en", "Two new crew members for station West, both from the academy: Jordan Blake starts Monday 11 January, Chris Yates on Wednesday 13 January.",
  J("Jordan Blake", ON("monday", D(2027, 1, 11))), J("Chris Yates", ON("wednesday", D(2027, 1, 13))))
m("nl", "Over drie weken begint Fleur Hendriks bij risicobeheersing. Ze heeft een laptop en een dienstauto nodig.",
  J("Fleur Hendriks", P(21)))
m("nl", "Brandweerman Tim Janssens verhuist per 15 februari van post Oost naar post Zuid, zelfde werk. Hij woont daar dichterbij en kan dan ook overdag uitrukken.",
  MV("Tim Janssens", D(2027, 2, 15), None, None))
m("en", "Our training centre has a new account manager for business clients, Hannah Fischer, from next Monday.",
  J("Hannah Fischer", WD("monday"), AM))
m("nl", "Ron Peeters is langdurig ziek, hij blijft wel in dienst. Graag zijn piketdiensten in het rooster overnemen.",
  none=True)
m("nl", "Op staande voet ontslagen vanochtend: chauffeur Dennis Visser (ploeg A). Pas en sleutels zijn ingenomen.",
  L("Dennis Visser", NOW))
m("en", "Maya Cohen moves from the control room to the IT team as a software engineer, effective 1 March.",
  MV("Maya Cohen", D(2027, 3, 1), SE, None))
m("nl", "Vrijdag 18 december is de laatste werkdag van Sjoerd Kuiper, hij gaat naar Defensie.",
  L("Sjoerd Kuiper", ON("vrijdag", D(2026, 12, 18))))
m("en", "Dear colleagues, Mrs. Katrin Schulz from our partner in Kleve will work at the joint control room from 01.03.2027. She needs access to the roster. Kind regards",
  J("Katrin Schulz", D(2027, 3, 1)))
m("nl", "Hallo, Jonas Maes vervoegt vanaf maandag 8 februari de zone als ambulancier-brandweerman. Mvg, Sofie",
  J("Jonas Maes", ON("maandag", D(2027, 2, 8))))
m("en", "Jake Turner is taking paternity leave from 4 January for six weeks. No changes to his accounts please.",
  none=True)
m("nl", "Correctie op mijn bericht van gisteren: Mirjam Post stopt niet op 31 januari maar pas op 28 februari.",
  L("Mirjam Post", D(2027, 2, 28)))
m("en", "fyi ryan cole's last shift is sunday",
  L("Ryan Cole", WD("sunday")))
m("nl", "Beste HR,\n\nYvonne Lammers gaat per 1 januari van de receptie naar de meldkamer als centralist. De opleiding heeft ze afgerond.\n\nGroet,\nHoofd meldkamer",
  MV("Yvonne Lammers", D(2027, 1, 1), None, None))
m("nl", "Met verdriet melden wij dat vrijwilliger en oud-bevelvoerder Klaas Dam afgelopen zondag is overleden.",
  L("Klaas Dam", P(-4)), past=True)

# A chocolate and praline factory with factory shops.
m("en", "Dear HR,\n\nPlease prepare the onboarding of Isabelle Laurent, our new chocolatier for the praline line. She starts on Monday 18 January 2027.\n\nBest,\nGeert\nProduction manager",
  J("Isabelle Laurent", ON("monday", D(2027, 1, 18))))
m("nl", "uitzendkracht voor de inpak: dewi santoso, begint morgen. via randstad, voor de kerstdrukte",
  J("Dewi Santoso", P(1)))
m("nl", "Vertegenwoordiger Paul Vermeulen (regio Zuid) heeft ontslag genomen en vertrekt per 1 maart. Zijn klanten gaan tijdelijk naar Limburg.",
  L("Paul Vermeulen", D(2027, 3, 1), AM))
m("en", "How many Easter temps are we allowed this year? Need to know before I make any hiring promises.",
  none=True)
m("nl", "Marloes Bruin gaat van de klantenservice naar de buitendienst als accountmanager, per 1 februari.",
  MV("Marloes Bruin", D(2027, 2, 1), AM, None))
m("en", "Our webshop developer Sven Larsen leaves on 22 January, he's moving to Copenhagen. Please make sure the deploy keys are rotated after he goes.",
  L("Sven Larsen", D(2027, 1, 22), SE))
m("nl", "De twee kersthulpen in de fabriekswinkel, Nina Bosman en Eva Schippers, stoppen zaterdag 19 december.",
  L("Nina Bosman", ON("zaterdag", D(2026, 12, 19))), L("Eva Schippers", ON("zaterdag", D(2026, 12, 19))))
m("en", "Hi all, Rohit Sharma is joining the quality lab as food technologist on 4th Jan. Please create his ID. Thanks & regards, Deepa",
  J("Rohit Sharma", D(2027, 1, 4)))
m("nl", "Jan-Kees Ruiter (technische dienst) wordt per 1 januari facilitair coördinator van de fabriek. Hij volgt Marian op, die met pensioen gaat.",
  MV("Jan-Kees Ruiter", D(2027, 1, 1), FC, None))
m("nl", "De nieuwe inkoper cacao, Bart Lensink, begint op 1 februari in Zaandam. Hij reist veel, dus graag een laptop en telefoon.",
  J("Bart Lensink", D(2027, 2, 1)))
m("en", "Tom Hargreaves, packing line 2, stopped working here on Monday. He's not coming back.",
  L("Tom Hargreaves", P(-3)), past=True)
m("nl", "per direct ontslagen: inpakker Sebastiaan Hoek, diefstal uit het magazijn",
  L("Sebastiaan Hoek", NOW))
m("en", "We're adding a maintenance technician to the night shift: Adam Kowalski, starting next week Wednesday.",
  J("Adam Kowalski", NW("wednesday")))
m("nl", "Laura Meijer (verkoper groothandel) gaat per 1 april naar ons kantoor in Gent, zelfde functie.",
  MV("Laura Meijer", D(2027, 4, 1), AM, AM))
m("nl", "Goeiemorgen, Stefanie Wouters komt vanaf 1 februari ons team versterken als verkoopster in de winkel te Brugge. Gelieve alles klaar te zetten. Mvg",
  J("Stefanie Wouters", D(2027, 2, 1), AM))
m("en", "Heads up: Michael Brown's contract as a temp forklift driver ends Friday 8 January.",
  L("Michael Brown", ON("friday", D(2027, 1, 8))))
m("nl", "karin bos stopt 31/12, pensioen",
  L("Karin Bos", D(2026, 12, 31)))
m("en", "Grace Okoye moves from the Antwerp plant to our Zaandam plant as shift lead on 11 January; same job.",
  MV("Grace Okoye", D(2027, 1, 11), None, None))
m("nl", "Afgelopen dinsdag is Mohamed Amrani bij de branderij begonnen, vergeten door te geven. Graag alsnog een account.",
  J("Mohamed Amrani", P(-2)), past=True)
m("en", "Starting 1 April: Julia Novak, developer for our production-planning software. She comes from a dairy company and knows SAP.",
  J("Julia Novak", D(2027, 4, 1), SE))
m("nl", "Over vier weken begint Wouter Klaassen als hoofd onderhoud. Hij wordt de baas van de technische dienst en krijgt een leaseauto.",
  J("Wouter Klaassen", P(28)))
m("nl", "Goed nieuws: Ahmed El Idrissi trekt zijn ontslag in en blijft gewoon bij ons. De afmelding van vorige week mag dus vervallen.",
  none=True)
m("nl", "Willen jullie een account aanmaken voor onze nieuwe facilitair coördinator Emma Clarke? Ze begint op 1 februari en zit in het kantoor boven de fabriekswinkel.",
  J("Emma Clarke", D(2027, 2, 1), FC))
m("nl", "Bianca Schuurman van de inpak gaat eind januari weg; laatste werkdag vrijdag 29 januari.",
  L("Bianca Schuurman", ON("vrijdag", D(2027, 1, 29))))
m("en", "The start of our new cacao buyer is postponed, no new date yet. I'll let you know.",
  none=True)

# An animal shelter (dierenasiel) with an animal ambulance and an adoption office.
m("nl", "Hoi HR,\n\nNieuwe dierverzorger voor de kattenafdeling: Noor Verbeek. Ze begint op dinsdag 5 januari (32 uur).\n\nGroetjes,\nMonique, locatiemanager",
  J("Noor Verbeek", ON("dinsdag", D(2027, 1, 5))))
m("en", "new kennel assistant kate morris starts wed 9 dec, mornings with the dogs. she'll need a fob for the back gate",
  J("Kate Morris", ON("wednesday", D(2026, 12, 9))))
m("nl", "Dierenarts Floor van Leeuwen stopt per 1 maart bij ons, ze begint een eigen praktijk. We blijven wel met haar samenwerken voor de castraties.",
  L("Floor van Leeuwen", D(2027, 3, 1)))
m("nl", "Vrijwilligers hebben toch geen account nodig in het asielsysteem? Of wel?",
  none=True)
m("en", "Our adoption counsellor Leah Bennett is moving to the Utrecht shelter from 1 January, same role.",
  MV("Leah Bennett", D(2027, 1, 1), None, None))
m("nl", "Gisteravond op staande voet ontslagen: Rob Smeets, dierverzorger hondenafdeling.",
  L("Rob Smeets", P(-1)), past=True)
m("nl", "We hebben Oliver Grant aangenomen als accountmanager voor zakelijke sponsors en bedrijfsvrienden; hij begint op 4 januari en werkt vanuit Amersfoort.",
  J("Oliver Grant", D(2027, 1, 4), AM))
m("nl", "inge mol werkt nog t/m vrijdag 11 december bij de receptie, daarna stopt ze",
  L("Inge Mol", ON("vrijdag", D(2026, 12, 11))))
m("en", "Hello, I am happy to tell that Carmen Ruiz begins like veterinary assistant the day 18 of January. Greetings, Lucía",
  J("Carmen Ruiz", D(2027, 1, 18)))
m("nl", "Per 1 februari neemt Johan Willems (nu dierverzorger) de facilitaire dienst van het asiel over.",
  MV("Johan Willems", D(2027, 2, 1), FC, None))
m("en", "Our long-time volunteer coordinator Brenda Hughes died on Saturday. We are all heartbroken.",
  L("Brenda Hughes", P(-5)), past=True)
m("nl", "Anouk Verhoeven stopt als dierverzorger en gaat per 1 januari de vrijwilligers coördineren.",
  MV("Anouk Verhoeven", D(2027, 1, 1), None, None))
m("nl", "Martijn Groen (dierenambulance) stopt eind februari, hij verhuist naar Friesland. De bus blijft hier, de telefoon moet terug.",
  L("Martijn Groen", D(2027, 2, 28)))
m("en", "Hi HR,\n\nKai Andersen joins us as developer for the adoption website on Monday 1 March. He will work from home two days a week.\n\nCheers,\nFinn",
  J("Kai Andersen", ON("monday", D(2027, 3, 1)), SE))
m("nl", "Sinds maandag werkt Jasmijn Koster bij ons op de quarantaineafdeling, sorry voor de late melding.",
  J("Jasmijn Koster", P(-3)), past=True)
m("en", "Two new animal carers for the dog kennels: Ben Whitaker (from Monday 14 December) and Lily Chen (from Monday 4 January).",
  J("Ben Whitaker", ON("monday", D(2026, 12, 14))), J("Lily Chen", ON("monday", D(2027, 1, 4))))
m("nl", "Volgende week vrijdag is de laatste dag van Ilse Brink, ze gaat studeren. We geven haar een taart bij de koffie.",
  L("Ilse Brink", NW("vrijdag")))
m("en", "Correction: Paula Stone doesn't start on 11 January, she starts on 25 January. Her notice period at the old job turned out to be longer.",
  J("Paula Stone", D(2027, 1, 25)))
m("nl", "Dag allemaal, vanaf maandag 4 januari vervoegt Wout Janssens het asiel in Gent als verzorger van de katten. Gelieve een badge te voorzien. Mvg",
  J("Wout Janssens", ON("maandag", D(2027, 1, 4))))
m("nl", "Amanda Price (dierenartsassistente) neemt afscheid: 15 januari is haar laatste dag in de kliniek. Ze gaat terug naar Engeland.",
  L("Amanda Price", D(2027, 1, 15)))
m("nl", "stagiair thijs van dam begint maandag",
  J("Thijs van Dam", WD("maandag")))
m("en", "Hereby I let you know that Esther de Boer becomes teamleader of the cat department per 1 January. Now she is animal caretaker.",
  MV("Esther de Boer", D(2027, 1, 1), None, None))
m("nl", "De tijdelijke baliemedewerker Hanna Jacobs: contract eindigt 31 januari, niet verlengd. Ze weet het al.",
  L("Hanna Jacobs", D(2027, 1, 31)))
m("en", "Do foster families need access to the shelter app? Asking for the two we signed up this week.",
  none=True)
m("nl", "Per 1 januari 2027 begint Sevda Aksoy als facilitair medewerker op locatie Oost. Ze komt van de schoonmaak van het ziekenhuis.",
  J("Sevda Aksoy", D(2027, 1, 1), FC))

# A natural-stone company: a quarry, a stone workshop, kitchen tops and grave monuments.
m("en", "Hello,\n\nWe have hired Piotr Zieliński as CNC operator for the stone workshop. His first day is Tuesday 12 January 2027. He speaks Polish and some English.\n\nRegards,\nMarco\nWorkshop lead",
  J("Piotr Zieliński", ON("tuesday", D(2027, 1, 12))))
m("nl", "steenhouwer frank de wit stopt per 1 jan",
  L("Frank de Wit", D(2027, 1, 1)))
m("nl", "Vertegenwoordiger grafmonumenten Dirk Jacobs gaat per 1 april met pensioen. Laatste werkdag woensdag 31 maart.",
  L("Dirk Jacobs", ON("woensdag", D(2027, 3, 31)), AM))
m("en", "The new quarry manager, Callum Fraser, arrives on 1 February. Please have his car and phone ready.",
  J("Callum Fraser", D(2027, 2, 1)))
m("nl", "Sandra Bouma gaat per 1 februari van de administratie naar de verkoop: ze wordt accountmanager projecten.",
  MV("Sandra Bouma", D(2027, 2, 1), AM, None))
m("en", "Sorry to report that Tony Marsh died last night in a car accident. He was our truck driver for 12 years.",
  L("Tony Marsh", P(-1)), past=True)
m("nl", "Per maandag 11 januari start Yusuf Demir als monteur keukenbladen. Hij rijdt mee met Henk op de bus naar de klanten.",
  J("Yusuf Demir", ON("maandag", D(2027, 1, 11))))
m("en", "Hello, from 01.02.2027 Mr. Jonas Becker will be our sales representative for Germany, working from home in Aachen. Please send him a laptop. Best regards, Sabine",
  J("Jonas Becker", D(2027, 2, 1), AM))
m("nl", "Stopt de inhuur van de twee Portugese steenhouwers nou in december of niet? Ik wil het even zeker weten.",
  none=True)
m("nl", "Vanochtend heeft Arie Vos telefonisch ontslag genomen, per direct. Hij komt niet meer terug.",
  L("Arie Vos", NOW))
m("en", "Gemma Hill (office) becomes our facilities coordinator from Monday 4 January. She takes over the building keys and the cleaning contract.",
  MV("Gemma Hill", ON("monday", D(2027, 1, 4)), FC, None))
m("nl", "Niels Haverkamp en Joost Reinders, de zzp-steenhouwers, stoppen per 23 december. Hun inhuur loopt dan af.",
  L("Niels Haverkamp", D(2026, 12, 23)), L("Joost Reinders", D(2026, 12, 23)))
m("en", "sara lindqvist starts 15/1 at the showroom desk",
  J("Sara Lindqvist", D(2027, 1, 15)))
m("nl", "Groeve Winterswijk: ploegleider Berend Nijhuis stapt per 1 maart over naar onze groeve in Belgisch Limburg, zelfde functie.",
  MV("Berend Nijhuis", D(2027, 3, 1), None, None))
m("en", "Let go this afternoon: polisher Darren Quinn. Please revoke everything, including the gate code and the fuel card.",
  L("Darren Quinn", NOW))
m("nl", "Voor de offerte-configurator komt er een ontwikkelaar bij: Ilona Vlietstra, per 4-1-2027. Ze werkt in Nijmegen op kantoor.",
  J("Ilona Vlietstra", D(2027, 1, 4), SE))
m("nl", "Karel Timmermans is vorige week vrijdag gestopt, vergeten te melden. Zijn account staat nog aan.",
  L("Karel Timmermans", LW("vrijdag")), past=True)
m("en", "Welcome to Aisha Bello, joining the drawing office on Monday the 8th of February. She will draw the staircases and window sills.",
  J("Aisha Bello", ON("monday", D(2027, 2, 8))))
m("nl", "Met ingang van 1 januari wordt werkplaatschef Gerard Brands accountmanager natuursteen voor aannemers.",
  MV("Gerard Brands", D(2027, 1, 1), AM, None))
m("en", "Sophie Taylor goes on maternity leave from 18 January, back in the summer. Nothing to change in the systems.",
  none=True)
m("nl", "chauffeur lars de haan begint volgende week maandag, hij rijdt de vrachtwagen met de kraan",
  J("Lars de Haan", NW("maandag")))
m("en", "Hello, I want to inform you: Murat Öztürk will finish his work in our company at 31.01.2027, he goes back to Turkey.",
  L("Murat Öztürk", D(2027, 1, 31)))
m("nl", "Twee nieuwe steenzagers per 1 februari: Ruben Dijkman en Stijn Hol. Beiden via het uitzendbureau, eerst voor een half jaar.",
  J("Ruben Dijkman", D(2027, 2, 1)), J("Stijn Hol", D(2027, 2, 1)))
m("en", "Nicole Baxter's last working day is Friday 5 February; she is going to a competitor.",
  L("Nicole Baxter", ON("friday", D(2027, 2, 5))))
m("nl", "Goedendag,\n\nPer 18-1 begint Fatma Yıldırım als facilitair coördinator van de showrooms in Tiel en Oss. Ze heeft een auto van de zaak nodig.\n\nGr. Wilma (P&O)",
  J("Fatma Yıldırım", D(2027, 1, 18), FC))

# ---- Part 2 (w151-w320) ----

# A kidney dialysis centre with three units and home dialysis.
m("nl", "Beste collega's van P&O,\n\nMet ingang van maandag 11 januari 2027 versterkt Rianne Vos-Teunissen ons team in Dialysecentrum Zuid als dialyseverpleegkundige. Zij werkt in de avondploeg en begeleidt ook de thuisdialysepatiënten.\n\nHartelijke groet,\nDrs. Hanneke Brouwers\nmanager zorg",
  J("Rianne Vos-Teunissen", ON("maandag", D(2027, 1, 11))))
m("en", "new zorgmedewerker for the morning shift: fenna jacobs, she starts tue 15 dec. can someone make her a badge for the staff entrance?",
  J("Fenna Jacobs", ON("tuesday", D(2026, 12, 15)), CW))
m("nl", "Technicus Wim Hoogendoorn (waterbehandeling) gaat per 1 maart met vervroegd pensioen; zijn laatste werkdag is donderdag 25 februari. Hij werkt zijn opvolger nog in.",
  L("Wim Hoogendoorn", ON("donderdag", D(2027, 2, 25))))
m("nl", "Mogen de nefrologen van het ziekenhuis ook in ons patiëntendossier, of moeten ze een eigen account? Ze werken hier maar twee dagdelen per week.",
  none=True)
m("en", "Please be advised that our healthcare assistant Joy Mensah has resigned. Her last shift will be on Saturday 16 January, after that she moves to Leeds.",
  L("Joy Mensah", ON("saturday", D(2027, 1, 16)), CW))
m("nl", "Per 1 februari wordt zorgmedewerker Petra Lagerwey planner van de dialyseroosters. Ze blijft op locatie Noord en houdt haar eigen kamer.",
  MV("Petra Lagerwey", D(2027, 2, 1), None, CW))
m("nl", "Verdrietig bericht: onze chauffeur patiëntenvervoer, Herman Wolters, is eergisteren overleden. We zijn er allemaal stil van.",
  L("Herman Wolters", P(-2)), past=True)
m("en", "Dear HR team, this is to inform that Ms. Lakshmi Pillai has accepted our offer for the post of dialysis technician. Her date of joining is 01/02/2027. Kindly do the needful. Thanks and regards, Dr. Raghavan",
  J("Lakshmi Pillai", D(2027, 2, 1)))
m("nl", "verzorgende anouk de graaf begint over drie weken op de afdeling, 28 uur. ze heeft al een VOG",
  J("Anouk de Graaf", P(21), CW))
m("nl", "Met onmiddellijke ingang is de arbeidsovereenkomst van Bas Reitsma beëindigd (ontslag op staande voet, vandaag uitgereikt). Graag alle toegang intrekken, ook tot het medicijnkastje.",
  L("Bas Reitsma", NOW))
m("en", "We are thinking about hiring two extra carers for the holidays. Is there a lead time for accounts, or can you do it in a day?",
  none=True)
m("nl", "Jeroen Vink, softwareontwikkelaar van onze thuisdialyse-app, vertrekt eind januari. Laatste werkdag vrijdag 22 januari, daarna heeft hij nog verlof.",
  L("Jeroen Vink", ON("vrijdag", D(2027, 1, 22)), SE))
m("en", "FYI: Dr. Omar Farouk, nephrologist, will start with us next week Thursday. He'll be in the Zuid unit on Tuesdays and Thursdays.",
  J("Omar Farouk", NW("thursday")))
m("nl", "Verzorgende Thea Baars gaat vanaf 4 januari in Dialysecentrum Noord werken in plaats van Zuid. Zelfde functie, zelfde uren, alleen een andere sleutel.",
  MV("Thea Baars", D(2027, 1, 4), CW, CW))
m("nl", "De start van de nieuwe teamleider is uitgesteld tot na de zomer, de datum is nog niet bekend. Ik meld me als ik meer weet.",
  none=True)
m("nl", "Hoi,\n\nCarlos Mendes, onze klusjesman op locatie Zuid, stopt op 31 december. Zijn jaarcontract wordt niet verlengd; hij weet het en heeft er vrede mee. Wil je zorgen dat zijn sleutelbos en telefoon terugkomen?\n\nGroet,\nAnita",
  L("Carlos Mendes", D(2026, 12, 31)))
m("nl", "Per 1-2 begint Sarah Oosterhuis als facilitair medewerker (inkoop en schoonmaak) op alle drie de locaties.",
  J("Sarah Oosterhuis", D(2027, 2, 1), FC))
m("nl", "Goeiedag, met plezier laat ik weten dat Elke Vandenberghe vanaf maandag 18 januari ons dialyseteam in Leuven vervoegt als zorgkundige. Gelieve haar toegangen te voorzien. Met vriendelijke groeten, Griet",
  J("Elke Vandenberghe", ON("maandag", D(2027, 1, 18)), CW))
m("en", "Sorry, late again: Hamza Qureshi started here on Tuesday as a dialysis nurse. He still has no login and is using mine, which is not ideal.",
  J("Hamza Qureshi", P(-2)), past=True)
m("nl", "Twee stagiaires van de mbo-opleiding, Lisa Hoekman en Demi Bakker: hun stage loopt af op vrijdag 22 januari.",
  L("Lisa Hoekman", ON("vrijdag", D(2027, 1, 22))), L("Demi Bakker", ON("vrijdag", D(2027, 1, 22))))
m("en", "Hi! Mia Schneider moves from the dialysis floor to the IT desk as our second developer from Monday 1 February. Old position: carer.",
  MV("Mia Schneider", ON("monday", D(2027, 2, 1)), SE, CW))
m("nl", "morgen eerste dag van verpleegkundige ivo kempen",
  J("Ivo Kempen", P(1)))
m("nl", "De detachering van verpleegkundige Greta Olsen vanuit het academisch ziekenhuis eindigt op 28 februari; daarna gaat ze daar weer aan de slag.",
  L("Greta Olsen", D(2027, 2, 28)))
m("nl", "Afgelopen maandag is receptionist Nadia Benali gestopt, ze had een andere baan gevonden. Haar pas is nog niet ingeleverd.",
  L("Nadia Benali", P(-3)), past=True)
m("nl", "Mustafa Kaya gaat vanaf januari alleen nog de nachtdiensten doen, verder verandert er niets aan zijn contract.",
  none=True)
m("en", "Welcome aboard Natasha Ivanova and Mariam Saleh, healthcare assistants, who join us on the 21st of December for the holiday cover.",
  J("Natasha Ivanova", D(2026, 12, 21), CW), J("Mariam Saleh", D(2026, 12, 21), CW))
m("nl", "Niet op 4 januari maar op maandag 11 januari begint Koen Verschuren als technicus waterbehandeling; hij moest nog een cursus afmaken.",
  J("Koen Verschuren", ON("maandag", D(2027, 1, 11))))
m("nl", "Per direct is Lotte van Wijk, zorgmedewerker, uit dienst op eigen verzoek. Vandaag was haar laatste dag.",
  L("Lotte van Wijk", NOW, CW))

# A chain of furniture stores with a webshop, delivery and a distribution centre.
m("nl", "Hallo allemaal,\n\nIn onze vestiging Utrecht-Leidsche Rijn begint zaterdag 2 januari Martin Kuijpers als verkoper. Hij werkte hiervoor bij een keukenzaak en kent het kassasysteem al.\n\nGroet,\nJeroen de Zwart\nfiliaalmanager",
  J("Martin Kuijpers", ON("zaterdag", D(2027, 1, 2)), AM))
m("en", "bezorger max de ridder stops fri 18 dec, back to uni in january",
  L("Max de Ridder", ON("friday", D(2026, 12, 18))))
m("nl", "Vanaf 1 maart wordt Saskia Wouda, nu verkoopster in Amersfoort, filiaalmanager in Apeldoorn. Een mooie stap!",
  MV("Saskia Wouda", D(2027, 3, 1), None, AM))
m("en", "Can the weekend students share one login for the cash registers, or does each of them need an account?",
  none=True)
m("nl", "Gisteren hebben we magazijnmedewerker Bilal Chaouch op staande voet ontslagen, hij is betrapt met een bank in zijn eigen busje.",
  L("Bilal Chaouch", P(-1)), past=True)
m("en", "Our interior adviser Chloe Martin leaves the company on 31 January; her successor Bethany Cole starts on 1 February and will be trained by the Breda team.",
  L("Chloe Martin", D(2027, 1, 31)), J("Bethany Cole", D(2027, 2, 1)))
m("nl", "Voor de webshop en de 3D-planner hebben we een tweede developer gevonden: Tijmen Schaap. Hij begint donderdag 7 januari en werkt op het hoofdkantoor.",
  J("Tijmen Schaap", ON("donderdag", D(2027, 1, 7)), SE))
m("en", "Hello together, Mr. Felix Hoffmann begins as store manager in our new Venlo branch on 01.02.2027. Please give him all accesses like the other store managers. Best greetings, Andrea",
  J("Felix Hoffmann", D(2027, 2, 1)))
m("nl", "Nieuwe bezorgers per 4 januari: Rachid Ouali en Gijs Hendriks. Ze rijden samen op de wagen van regio Oost.",
  J("Rachid Ouali", D(2027, 1, 4)), J("Gijs Hendriks", D(2027, 1, 4)))
m("nl", "laatste dag van verkoper tom van beek is 24/12, hij gaat naar een makelaar",
  L("Tom van Beek", D(2026, 12, 24), AM))
m("en", "Hi both,\n\nNaomi Fletcher, sales, transfers from the Eindhoven store to Den Bosch from Monday 11 January. Same role, same hours, she just needs the Den Bosch alarm code and a locker.\n\nThanks,\nRobin (regional manager South)",
  MV("Naomi Fletcher", ON("monday", D(2027, 1, 11)), AM, AM))
m("nl", "Over vijf weken begint Ewout Sterk als facilitair coördinator van het distributiecentrum in Tiel. Hij komt van een bouwmarktketen.",
  J("Ewout Sterk", P(35), FC))
m("en", "Farewell: Hilary Watson (customer service) retires on 1 April after 31 years with us. There will be cake in the canteen.",
  L("Hilary Watson", D(2027, 4, 1)))
m("nl", "Sandra Pieters komt na haar bevalling weer aan het werk, per 11 januari. Haar account staat nog, dus niets doen denk ik?",
  none=True)
m("nl", "Kleine correctie: Dennis Hoogland stopt niet op 15 januari maar al op vrijdag 8 januari, hij heeft nog vakantiedagen.",
  L("Dennis Hoogland", ON("vrijdag", D(2027, 1, 8))))
m("en", "Good morning, I want to inform that Mr. Krzysztof Malinowski is starting by us in the warehouse at 14.12.2026. He is from agency Otto. Regards, Beata",
  J("Krzysztof Malinowski", D(2026, 12, 14)))
m("nl", "Vorige week woensdag is Henny Smits bij de klantenservice begonnen. Kunnen jullie haar nog een account geven? Ze werkt nu op papier.",
  J("Henny Smits", LW("woensdag")), past=True)
m("en", "Heads-up: Arjun Patel, the developer who built our delivery-planning tool, has his last day on Friday 12 February. Please plan a handover with the agency that takes over, and rotate the API keys he used.",
  L("Arjun Patel", ON("friday", D(2027, 2, 12)), SE))
m("nl", "Per maandag 1 maart gaat Ilse Verbruggen van de kassa naar de vloer als verkoper.",
  MV("Ilse Verbruggen", ON("maandag", D(2027, 3, 1)), AM, None))
m("en", "Kitchen fitter Ryan O'Connor passed away suddenly on Sunday.",
  L("Ryan O'Connor", P(-4)), past=True)
m("nl", "Hallo, vanaf 1 februari komt Jelle Peeters ons team in Kortrijk versterken als verkoper. Hij start op maandag 1 februari. Gelieve zijn account en badge aan te maken. Mvg, Inge",
  J("Jelle Peeters", ON("maandag", D(2027, 2, 1)), AM))
m("en", "the new store detectives, amir hassan and jordy kremer, start saturday",
  J("Amir Hassan", WD("saturday")), J("Jordy Kremer", WD("saturday")))
m("nl", "Het contract van de uitzendkracht in het magazijn, Pim Lodewijks, loopt 15 januari af. We verlengen niet.",
  L("Pim Lodewijks", D(2027, 1, 15)))
m("en", "Anna Kowalska moves from the Tilburg warehouse to our facility team at head office as facilities coordinator on 1 March. Her scanner and warehouse badge can be handed in at Tilburg, she will get a new pass here.",
  MV("Anna Kowalska", D(2027, 3, 1), FC, None))
m("nl", "Jolien Brandsma heeft zich bedacht en komt toch niet als verkoopster in Zwolle. De onboarding van maandag kan eruit.",
  none=True)
m("en", "Two Christmas temps for the Groningen store, Ella Brooks and Finn Murphy, both work until 24 December.",
  L("Ella Brooks", D(2026, 12, 24)), L("Finn Murphy", D(2026, 12, 24)))
m("nl", "Met ingang van vandaag is vestigingsmanager Ruud Ketelaar niet meer bij ons in dienst. Het gesprek was vanochtend.",
  L("Ruud Ketelaar", NOW))
m("nl", "a.s. maandag begint Esra Kılıç als accountmanager zakelijke projecten (hotels en kantoren).",
  J("Esra Kılıç", WD("maandag"), AM))

# An embassy with a consular section and a residence.
m("en", "Dear Colleagues,\n\nI am pleased to inform you that Mr. Pedro Almeida will take up his duties as Consular Officer at the Embassy in The Hague on Monday, 4 January 2027. Kindly ensure that his access card and e-mail are ready.\n\nYours sincerely,\nAna Ribeiro\nHead of Administration",
  J("Pedro Almeida", ON("monday", D(2027, 1, 4))))
m("en", "local driver hans visser leaves 31 dec, retiring.",
  L("Hans Visser", D(2026, 12, 31)))
m("nl", "Onze receptioniste Marloes ten Have gaat per 1 februari naar het consulaat in Antwerpen, zelfde werk.",
  MV("Marloes ten Have", D(2027, 2, 1), None, None))
m("en", "Does the new ambassador need an account in our system at all, or is he handled by the ministry in the capital?",
  none=True)
m("en", "Hello, I inform you that Mme Claire Dubois will begin her functions as attachée for culture the 1 February 2027. Cordially, Service du personnel",
  J("Claire Dubois", D(2027, 2, 1)))
m("en", "The rotation of our first secretary, Mr. Jan Novák, ends on 31 July 2027; he returns to Prague.",
  L("Jan Novák", D(2027, 7, 31)))
m("nl", "Nieuwe lokale medewerker visa-afdeling: Sanne Huizinga, begint dinsdag 5 januari. Ze spreekt Nederlands, Engels en Portugees en komt van een reisbureau in Den Haag.",
  J("Sanne Huizinga", ON("dinsdag", D(2027, 1, 5))))
m("en", "With deep regret we inform you that our security guard, Mr. Johan Lindeman, died yesterday evening.",
  L("Johan Lindeman", P(-1)), past=True)
m("en", "Good morning, the embassy informs that Sr. Javier Morales begins like driver of the ambassador the next Monday. Greetings.",
  J("Javier Morales", WD("monday")))
m("nl", "Per 1 januari wordt Gerben Mast, nu chauffeur, facilitair coördinator van de residentie en de kanselarij.",
  MV("Gerben Mast", D(2027, 1, 1), FC, None))
m("en", "Dear Administration,\n\nMs. Aiko Tanaka, trade officer, will leave post on Friday 19 February at the end of her assignment. Please close her accounts after that date and collect her diplomatic ID card.\n\nBest regards,\nK. Yamamoto",
  L("Aiko Tanaka", ON("friday", D(2027, 2, 19))))
m("en", "Kindly note that Mr. Vikram Reddy, IT assistant, has been relieved from duties with immediate effect today. Please disable his access.",
  L("Vikram Reddy", NOW))
m("nl", "Is het mogelijk om een stagiair van de Haagse Hogeschool een account te geven zonder toegang tot de visumdossiers? Hij begint pas in februari.",
  none=True)
m("en", "Two local staff for the visa section: Meryem Aslan starts on 11 January and Daniel Kruger on 18 January.",
  J("Meryem Aslan", D(2027, 1, 11)), J("Daniel Kruger", D(2027, 1, 18)))
m("en", "Our webmaster Lukas Brandt becomes software developer for the consular booking app from 1 March. The webmaster tasks will be outsourced, so nobody replaces him in that role.",
  MV("Lukas Brandt", D(2027, 3, 1), SE, None))
m("nl", "Vanochtend heeft de ambassadeur besloten de samenwerking met tolk Sergei Volkov per direct te beëindigen.",
  L("Sergei Volkov", NOW))
m("en", "Please be informed that Mrs. Chioma Eze shall be resuming duty as protocol assistant on Monday 18th January, 2027. Thank you.",
  J("Chioma Eze", ON("monday", D(2027, 1, 18))))
m("nl", "morgen is de laatste dag van chauffeur kevin bruins, geef zijn sleutels maar aan mij",
  L("Kevin Bruins", P(1)))
m("en", "Sophie Meyer's posting was extended by one year, so she is not leaving in January after all.",
  none=True)
m("en", "Mr. Ahmed Hussein joins the economic section as account manager for Dutch importers from 15 February. He will visit the trade fairs in Utrecht and Rotterdam, so a laptop and a mobile phone are needed.",
  J("Ahmed Hussein", D(2027, 2, 15), AM))
m("nl", "Onze medewerker beveiliging, Roel Tromp, is afgelopen zaterdag met pensioen gegaan. Zijn pas is nog actief, graag blokkeren.",
  L("Roel Tromp", P(-5)), past=True)
m("en", "Starting 1/3, Elena Petrova will be our new HR assistant (local contract).",
  J("Elena Petrova", D(2027, 3, 1)))
m("en", "The ambassador's cook, Mr. Rui Costa, returns to Lisbon; his last working day is New Year's Eve.",
  L("Rui Costa", D(2026, 12, 31)))
m("nl", "Met ingang van 18 januari gaat Marieke Hoogeveen van de receptie naar de consulaire afdeling als medewerker paspoorten.",
  MV("Marieke Hoogeveen", D(2027, 1, 18), None, None))
m("en", "Please set up Tom Eriksen, IT technician (hardware, no programming), starting Wednesday 6 January.",
  J("Tom Eriksen", ON("wednesday", D(2027, 1, 6))))
m("nl", "De tijdelijke vervanger op de visumbalie, Joyce Kooistra, werkt nog t/m 29 januari. Daarna is Sanne Huizinga ingewerkt.",
  L("Joyce Kooistra", D(2027, 1, 29)))
m("en", "Correction to yesterday's mail: Ms. Ingrid Solberg starts on 11 January, not on 4 January.",
  J("Ingrid Solberg", D(2027, 1, 11)))
m("nl", "Laatste werkdag van de ambassadechauffeur Piet Groeneveld: woensdag 30 december. Daarna gaat hij met pensioen.",
  L("Piet Groeneveld", ON("woensdag", D(2026, 12, 30))))

# A heating, plumbing and heat-pump installer.
m("nl", "Beste Monique,\n\nWil je de indiensttreding regelen van Stefan Hulshof? Hij begint op maandag 4 januari als servicemonteur cv-ketels en rijdt vanaf dag één in zijn eigen bus.\n\nBedankt!\nGroet,\nRené\nplanning Installatiebedrijf Van der Linde",
  J("Stefan Hulshof", ON("maandag", D(2027, 1, 4))))
m("nl", "leerling loodgieter jesse veldman begint 11-1, via het leerbedrijf. 4 dagen werken 1 dag school",
  J("Jesse Veldman", D(2027, 1, 11)))
m("nl", "Onze planner Sofia Rossi gaat ons verlaten: 26 februari is haar laatste dag, ze verhuist terug naar Italië. We zoeken al naar iemand nieuw.",
  L("Sofia Rossi", D(2027, 2, 26)))
m("nl", "Krijgen de monteurs van de onderaannemer die bij ons de warmtepompen installeren ook een account voor de planning? Dat zijn er vier.",
  none=True)
m("nl", "Beste HR,\n\nErwin Kamphuis, nu werkvoorbereider, wordt per 1 februari accountmanager voor woningcorporaties. Hij krijgt een leaseauto; de aanvraag loopt al via Bart.\n\nMet vriendelijke groet,\nCommercieel directeur",
  MV("Erwin Kamphuis", D(2027, 2, 1), AM, None))
m("nl", "Vandaag overleden: onze monteur Gerrit Veldhuis, die na zijn pensioen nog twee dagen per week bij ons in dienst was. Hij werd 68.",
  L("Gerrit Veldhuis", NOW))
m("en", "Hello, I want to tell that our new installer Emre Doğan will start to work on Monday 14 December. He is coming from Germany. Thank you",
  J("Emre Doğan", ON("monday", D(2026, 12, 14))))
m("nl", "Per 1 maart stopt Wilma Geerts met de administratie; ze gaat haar eigen boekhoudkantoor beginnen.",
  L("Wilma Geerts", D(2027, 3, 1)))
m("nl", "In week 3 beginnen twee nieuwe monteurs warmtepompen: Sven de Lange op maandag en Kerem Aydın op woensdag.",
  J("Sven de Lange", WK(3, "maandag")), J("Kerem Aydın", WK(3, "woensdag")))
m("en", "Ivan Horvat (service engineer, boilers, not IT) starts on the 14th.",
  J("Ivan Horvat", D(2026, 12, 14)))
m("nl", "Voor de winterdrukte komt uitzendkracht Lars Brinkman ons magazijn helpen, van 7 december tot en met 29 januari.",
  J("Lars Brinkman", D(2026, 12, 7)))
m("en", "Bad news: plumber Jack Doyle got fired yesterday, caught selling our stock on Marktplaats.",
  L("Jack Doyle", P(-1)), past=True)
m("nl", "We krijgen een eigen programmeur voor de monteurs-app! Luuk Verhagen begint per 1/3. Hij heeft een MacBook nodig en toegang tot de repository van het bureau dat de app nu onderhoudt.",
  J("Luuk Verhagen", D(2027, 3, 1), SE))
m("nl", "Dag Katrien, Bram Goossens gaat vanaf 1 april met pensioen als hoofdtechnieker. Zijn laatste werkdag is woensdag 31 maart. Mvg, Dirk",
  L("Bram Goossens", ON("woensdag", D(2027, 3, 31))))
m("nl", "Maria Santos gaat per 1 februari van ons kantoor in Almere naar Lelystad, zelfde werk (klantenservice). Ze woont daar om de hoek.",
  MV("Maria Santos", D(2027, 2, 1), None, None))
m("nl", "Ruben Molenaar heeft gisteren zijn ontslag ingediend; hij werkt volgens zijn opzegtermijn nog door tot en met 31 januari.",
  L("Ruben Molenaar", D(2027, 1, 31)))
m("en", "Two apprentices from the ROC start with us on Monday 1 February: Milan Jansma and Robin de Vries-Kok. Both in the plumbing team.",
  J("Milan Jansma", ON("monday", D(2027, 2, 1))), J("Robin de Vries-Kok", ON("monday", D(2027, 2, 1))))
m("nl", "Sinds 1 december zit Demi Oosting bij ons op de binnendienst, sorry dat het nu pas komt.",
  J("Demi Oosting", D(2026, 12, 1)), past=True)
m("en", "paolo bianchi: last day next tuesday",
  L("Paolo Bianchi", WD("tuesday")))
m("nl", "Per maandag 4 januari neemt magazijnchef Ton Bakker de facilitaire dienst erbij en wordt hij facilitair coördinator.",
  MV("Ton Bakker", ON("maandag", D(2027, 1, 4)), FC, None))
m("en", "I'm happy to announce that Zainab Yusuf joins our sales team as account manager for installers from Tuesday 2 February.",
  J("Zainab Yusuf", ON("tuesday", D(2027, 2, 2)), AM))
m("nl", "sjaak de boer stopt per 1-1, pensioen na 45 jaar loodgieterswerk",
  L("Sjaak de Boer", D(2027, 1, 1)))
m("nl", "Over zes weken begint Maud Kroon als planner in de servicebinnendienst.",
  J("Maud Kroon", P(42)))
m("en", "Dear all, please note that Mr. Hakan Yilmaz will no longer work for us from tomorrow. His last day is today.",
  L("Hakan Yilmaz", NOW))
m("nl", "Monteur Jeroen Kok gaat per 1 februari van vestiging Zwolle naar vestiging Deventer; hij blijft servicemonteur.",
  MV("Jeroen Kok", D(2027, 2, 1), None, None))
m("nl", "nieuwe verkoper badkamershowroom: Linda Meulenbelt, 4-1-2027",
  J("Linda Meulenbelt", D(2027, 1, 4), AM))
m("en", "Starting next week Monday: Ali Rezaei, warehouse and van loading. Agency contract for three months.",
  J("Ali Rezaei", NW("monday")))
m("nl", "Per 1 januari gaat onze facilitair medewerker Dorien Smulders naar de planning.",
  MV("Dorien Smulders", D(2027, 1, 1), None, FC))
m("en", "Our two van drivers Luke Harris and Sam Bailey leave on 18 December; the agency moves them to another client.",
  L("Luke Harris", D(2026, 12, 18)), L("Sam Bailey", D(2026, 12, 18)))

# A sugar refinery with a beet campaign, a lab and a sales office.
m("nl", "Goedemorgen,\n\nNa afloop van de bietencampagne stoppen onze campagnekrachten. De laatste dienst van Wessel Kloosterman en Henk Nauta is zaterdag 9 januari. Graag hun passen en accounts daarna afsluiten.\n\nMet vriendelijke groet,\nploegleider ontvangst",
  L("Wessel Kloosterman", ON("zaterdag", D(2027, 1, 9))), L("Henk Nauta", ON("zaterdag", D(2027, 1, 9))))
m("en", "new lab analyst on the beet reception: jasmine wu, starts mon 4 jan",
  J("Jasmine Wu", ON("monday", D(2027, 1, 4))))
m("nl", "Weten jullie al hoeveel campagnekrachten we volgend jaar mogen aannemen? Ik wil in augustus beginnen met werven.",
  none=True)
m("nl", "Procesoperator Marco Wijnands gaat met pensioen. Zijn laatste werkdag is donderdag 31 december, de oudejaarsdienst draait hij nog.",
  L("Marco Wijnands", ON("donderdag", D(2026, 12, 31))))
m("en", "Please welcome Björn Lund, our new process engineer (chemical, not software) starting on 1 February.",
  J("Björn Lund", D(2027, 2, 1)))
m("nl", "Bianca de Ruijter stapt per 1 maart over van de inkoop naar de verkoop: ze wordt accountmanager voor de voedingsindustrie. Haar inkooptaken gaan naar Marleen, die daarvoor een uur per dag extra krijgt.",
  MV("Bianca de Ruijter", D(2027, 3, 1), AM, None))
m("nl", "Afgelopen vrijdag is Jaap Schrijver, machinist in de kristallisatie, na een kort ziekbed overleden.",
  L("Jaap Schrijver", P(-6)), past=True)
m("en", "Dear colleagues, from 15.02.2027 Mr. Matthias Braun joins us as head of energy management. He comes from our German sister plant in Uelzen. Best regards",
  J("Matthias Braun", D(2027, 2, 15)))
m("nl", "stagiair levi peters stopt vrijdag, z'n stage zit erop",
  L("Levi Peters", WD("vrijdag")))
m("nl", "Door het einde van de campagne loopt het contract van seizoensoperator Dylan Price af op zondag 10 januari.",
  L("Dylan Price", ON("sunday", D(2027, 1, 10))))
m("nl", "Beste collega's,\n\nVoor het nieuwe MES-systeem komt een softwareontwikkelaar bij ons werken: Hidde Boersma, per maandag 1 februari. Hij zit bij de procesautomatisering in het ketelhuisgebouw.\n\nGroeten,\nhoofd TD",
  J("Hidde Boersma", ON("maandag", D(2027, 2, 1)), SE))
m("en", "Kindly be informed that Mr. Sanjay Gupta, account manager for the Middle East, has tendered his resignation. His last working day shall be 26th February 2027.",
  L("Sanjay Gupta", D(2027, 2, 26), AM))
m("nl", "Erik van Rijn (laborant) wordt per 1 januari teamleider van het lab.",
  MV("Erik van Rijn", D(2027, 1, 1), None, None))
m("nl", "Eergisteren is Robin Haan in de pakkerij begonnen, was ik vergeten door te sturen. Graag nog een pas.",
  J("Robin Haan", P(-2)), past=True)
m("en", "Shift lead Karen Visscher moves from the Dinteloord plant to Vierverlaten from 4 January; she keeps the same job.",
  MV("Karen Visscher", D(2027, 1, 4), None, None))
m("nl", "Per direct ontslagen: heftruckchauffeur Ricardo Fernandes.",
  L("Ricardo Fernandes", NOW))
m("en", "Please note two new starters in the boiler house on Monday 11 January: Jonas Lindgren (shift engineer, steam, not software) and Patrick Bakx (operator).",
  J("Jonas Lindgren", ON("monday", D(2027, 1, 11))), J("Patrick Bakx", ON("monday", D(2027, 1, 11))))
m("nl", "Kantinemedewerker Tineke Draaisma werkt t/m woensdag 23 december, daarna gaat ze met pensioen.",
  L("Tineke Draaisma", ON("woensdag", D(2026, 12, 23))))
m("nl", "Hoi HR, over twee weken begint Noah Schmidt als facilitair coördinator voor de vestiging Vierverlaten. Hij komt uit Duitsland, dus graag ook een Engelse welkomstmail.",
  J("Noah Schmidt", P(14), FC))
m("nl", "Volgende week donderdag begint Anouk Schipper als facilitair medewerker op het hoofdkantoor.",
  J("Anouk Schipper", NW("donderdag"), FC))
m("en", "Dear Sir/Madam,\n\nI write to confirm that Mr. Kofi Mensah, quality inspector, will proceed on retirement with effect from 1st March, 2027. His last working day is Friday 26th February, 2027.\n\nYours faithfully,\nE. Boateng\nQuality Manager",
  L("Kofi Mensah", ON("friday", D(2027, 2, 26))))
m("nl", "Beste, we hebben Thibault Dubois aangeworven als vertegenwoordiger voor de Belgische markt. Hij start op maandag 8 februari. Mvg, Ann",
  J("Thibault Dubois", ON("maandag", D(2027, 2, 8)), AM))
m("nl", "Mark Terpstra komt niet terug na zijn ziekteverlof; zijn contract loopt op 31 januari af.",
  L("Mark Terpstra", D(2027, 1, 31)))
m("en", "Not 1 February but 18 January: that's when Oscar Nilsson starts as electrician in the boiler house.",
  J("Oscar Nilsson", D(2027, 1, 18)))
m("nl", "Jeanine Wolff (salarisadministratie) gaat vanaf 1 april drie dagen werken in plaats van vijf.",
  none=True)
m("en", "fyi tamara groot started yesterday in the packing dept, forgot to send it",
  J("Tamara Groot", P(-1)), past=True)
m("nl", "Met ingang van 1 januari gaat accountmanager Frank Mulders de inkoop van bieten doen; hij wordt bietenconsulent.",
  MV("Frank Mulders", D(2027, 1, 1), None, AM))
m("en", "Three seasonal workers leave on 8 January: Tomás Novotný, Marek Dvořák and Pavel Horák.",
  L("Tomás Novotný", D(2027, 1, 8)), L("Marek Dvořák", D(2027, 1, 8)), L("Pavel Horák", D(2027, 1, 8)))
m("nl", "Laboratoriumhoofd Ellen Jonker vertrekt per 1 april naar een zuivelbedrijf. Laatste werkdag vrijdag 26 maart.",
  L("Ellen Jonker", ON("vrijdag", D(2027, 3, 26))))

# A district court (rechtbank) with a registry, ushers, security and a service desk.
m("nl", "Geachte heer, mevrouw,\n\nHierbij deel ik u mee dat mr. Johanna Kerkhof per 1 februari 2027 als griffier wordt benoemd bij de sector strafrecht. Zij was tot nu toe werkzaam bij de rechtbank Overijssel.\n\nHoogachtend,\nmr. P.J. Smulders\nteamvoorzitter",
  J("Johanna Kerkhof", D(2027, 2, 1)))
m("en", "new bode (usher) for courtroom 3: lucas vermaat, starts tomorrow",
  J("Lucas Vermaat", P(1)))
m("nl", "Rechter Hendrik van Buren gaat met pensioen; zijn laatste zittingsdag is dinsdag 22 december.",
  L("Hendrik van Buren", ON("dinsdag", D(2026, 12, 22))))
m("nl", "Moeten rechters-plaatsvervangers een volledig account hebben of alleen toegang tot het zaaksysteem? Er beginnen er drie in januari.",
  none=True)
m("en", "Court clerk Emily Carter will move from the civil to the family section on 1 March, same position. Her access to the civil case files can be closed then.",
  MV("Emily Carter", D(2027, 3, 1), None, None))
m("nl", "Met ingang van maandag 1 maart wordt bodemeester Freddy Lammers facilitair coördinator van het paleis van justitie. Zijn taken als bodemeester worden verdeeld over de twee andere bodes.",
  MV("Freddy Lammers", ON("maandag", D(2027, 3, 1)), FC, None))
m("en", "Hello, I inform you that Mrs. Katarzyna Wiśniewska start work by us as interpreter from 11.01.2027. Thank you and regards, Marta",
  J("Katarzyna Wiśniewska", D(2027, 1, 11)))
m("nl", "Beveiliger Dylan Martens is afgelopen maandag ontslagen na het incident in de publiekshal.",
  L("Dylan Martens", P(-3)), past=True)
m("en", "Dear colleagues,\n\nWe hired a developer for the e-filing portal: Nadia Haddad. She starts on Monday 25 January in the IT room on the second floor and will need access to the test environment.\n\nRegards,\nIT coordinator",
  J("Nadia Haddad", ON("monday", D(2027, 1, 25)), SE))
m("nl", "juridisch medewerker sophie verhoef stopt per 15/1, ze gaat naar de advocatuur",
  L("Sophie Verhoef", D(2027, 1, 15)))
m("nl", "Dag allen, meester Pieter Claeys vervoegt vanaf 1 maart de griffie van de rechtbank van eerste aanleg te Gent. Gelieve zijn toegangen te voorzien. Mvg, Nathalie",
  J("Pieter Claeys", D(2027, 3, 1)))
m("nl", "Over vijf weken start Marjolein Dekker als secretaris van de kantonrechter.",
  J("Marjolein Dekker", P(35)))
m("en", "Judge Okafor's clerk asked whether trainee judges need their own laptop from day one. Do they?",
  none=True)
m("nl", "Niet op 11 januari maar al op maandag 4 januari begint Yara Bos als juridisch medewerker; ze kon eerder weg bij haar oude werkgever.",
  J("Yara Bos", ON("maandag", D(2027, 1, 4))))
m("en", "Senior judge Robert Fox died last Saturday, aged 63. The court will close on the day of the funeral.",
  L("Robert Fox", P(-5)), past=True)
m("nl", "Vanaf 18-1 wordt Gijs Mulder van de servicedesk ontwikkelaar bij het team digitale dossiers. Hij heeft de afgelopen maanden de omscholing gedaan en is er klaar voor.",
  MV("Gijs Mulder", D(2027, 1, 18), SE, None))
m("nl", "De tijdelijke typiste Holly Reed is klaar op 23 december; haar contract via het uitzendbureau loopt dan af.",
  L("Holly Reed", D(2026, 12, 23)))
m("nl", "Twee nieuwe beveiligers per 4 januari: Orlando Martina en Mitchell Sahetapy. Zij draaien de ochtendploeg bij de ingang.",
  J("Orlando Martina", D(2027, 1, 4)), J("Mitchell Sahetapy", D(2027, 1, 4)))
m("en", "From next Wednesday Rosa Jiménez will join the registry as an administrative assistant.",
  J("Rosa Jiménez", WD("wednesday")))
m("nl", "Marcel Vonk gaat per 1 februari van de beveiliging naar de postkamer.",
  MV("Marcel Vonk", D(2027, 2, 1), None, None))
m("en", "Please revoke all access for Lisa Grant: she left the court yesterday; her secondment from the Ministry ended.",
  L("Lisa Grant", P(-1)), past=True)
m("nl", "Griffier mr. Tessa van Dijk stopt eind maart; ze wordt advocaat.",
  L("Tessa van Dijk", D(2027, 3, 31)))
m("en", "Mr. Yusuf Bozkurt begins at the help desk of the court (the public counter, not IT) on the 18th of January.",
  J("Yusuf Bozkurt", D(2027, 1, 18)))
m("nl", "Per 1 januari verhuist kantonrechter Willemijn Smeets naar de locatie Venlo, zelfde functie. Haar kamer in Roermond komt vrij voor de nieuwe rechter-plaatsvervanger.",
  MV("Willemijn Smeets", D(2027, 1, 1), None, None))
m("nl", "eerste werkdag van bode henk lubbers was vorige week maandag, account mist nog",
  J("Henk Lubbers", LW("maandag")), past=True)
m("en", "The court's facilities coordinator, Derek Shaw, retires on 31 January. Last working day Friday 29 January. Amina Diallo takes over as facilities coordinator on 1 February.",
  L("Derek Shaw", ON("friday", D(2027, 1, 29)), FC), J("Amina Diallo", D(2027, 2, 1), FC))
m("nl", "Onze nieuwe jurist die per 1 januari zou beginnen heeft op het laatste moment afgezegd, hij blijft bij het OM.",
  none=True)
m("nl", "Geachte collega's,\n\nMet ingang van 1 april 2027 wordt mr. Bart Schoemaker, nu rechter in de sector civiel, president van de rechtbank. Hij volgt de huidige president op, die met pensioen gaat.\n\nNamens het bestuur,\nmr. drs. E. Hofstra",
  MV("Bart Schoemaker", D(2027, 4, 1), None, None))

# ---- end of messages ----


SHORT = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
         "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
         "ma": "maandag", "di": "dinsdag", "wo": "woensdag", "do": "donderdag", "vr": "vrijdag",
         "za": "zaterdag", "zo": "zondag"}
MONTHS = {}
for _i, _names in enumerate([
        ("january", "januari", "jan"), ("february", "februari", "feb"), ("march", "maart", "mar", "mrt"),
        ("april", "apr"), ("may", "mei"), ("june", "juni", "jun"), ("july", "juli", "jul"),
        ("august", "augustus", "aug"), ("september", "sep", "sept"), ("october", "oktober", "oct", "okt"),
        ("november", "nov"), ("december", "dec")], 1):
    for _n in _names:
        MONTHS[_n] = _i
DAYS = "|".join(EN_DAYS + NL_DAYS + sorted(SHORT, key=len, reverse=True))
HEADER = re.compile(r"^(from|van|date|datum|verzonden|sent|op .* schreef|on .* wrote)", re.I)


def weekday_dates(text):
    """(weekday, month, day) for every weekday written right before a date, outside mail headers."""
    found = []
    for line in text.split("\n"):
        if HEADER.match(line.strip()):
            continue
        low = line.lower()
        for w, d, mo in re.findall(r"\b(" + DAYS + r")\.?,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|e|de|ste)?\s+(?:of\s+)?([a-z]+)", low):
            if mo in MONTHS:
                found.append((w, MONTHS[mo], int(d)))
        for w, mo, d in re.findall(r"\b(" + DAYS + r")\.?,?\s+([a-z]+)\.?\s+(\d{1,2})\b", low):
            if mo in MONTHS:
                found.append((w, MONTHS[mo], int(d)))
        for w, d, mo in re.findall(r"\b(" + DAYS + r")\.?,?\s+(\d{1,2})[/.-](\d{1,2})\b", low):
            found.append((w, int(mo), int(d)))
    return [(SHORT.get(w, w), mo, d) for w, mo, d in found]


def check():
    texts, names = set(), set()
    for i, (lang, text, expect, past, none) in enumerate(MESSAGES, 1):
        where = "w%03d" % i
        assert lang in ("nl", "en"), where
        assert text not in texts, where
        texts.add(text)
        assert bool(expect) != none, where
        dates = set()
        for e in expect:
            assert e["kind"] in ("JOINER", "LEAVER", "MOVER"), where
            assert e["role"] in ROLES, where
            if e["kind"] == "MOVER":
                assert e["fromRole"] in ROLES, where
            else:
                assert "fromRole" not in e, where
            assert e["name"].lower() in text.lower(), (where, e["name"])
            assert e["name"] not in names, (where, e["name"])
            assert e["name"] == e["name"].strip() and "  " not in e["name"], where
            names.add(e["name"])
            if e["date"] is None:
                continue  # a date no reader can tell: expected empty
            d = dt.date.fromisoformat(e["date"])
            dates.add(d)
            if d < TODAY:
                assert past, (where, d)
            assert d <= dt.date(2028, 6, 3), (where, d)
        if past:
            assert any(d < TODAY for d in dates), where
        for w, mo, day in weekday_dates(text):
            ok = [d for d in dates if d.month == mo and d.day == day]
            assert ok, (where, w, mo, day)
            assert all(d.weekday() == _day(w) for d in ok), (where, w, mo, day)


def write(path):
    check()
    with open(path, "w", encoding="utf-8") as out:
        for i, (lang, text, expect, past, none) in enumerate(MESSAGES, 1):
            out.write(json.dumps({"id": "w%03d" % i, "lang": lang, "text": text, "expect": expect},
                                 ensure_ascii=False) + "\n")


def stats(part):
    """Counts for the README (not used by any test)."""
    n = len(part)
    nl = sum(1 for x in part if x[0] == "nl")
    lens = [len(x[1]) for x in part]
    kinds = {}
    for x in part:
        for e in x[2]:
            kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print("  %d messages, %d nl (%.1f %%), %d people %s, none %d, multi %d, past %d, "
          "len mean %.1f, <75 %d, 75-159 %d, 160+ %d" % (
              n, nl, 100.0 * nl / n, sum(len(x[2]) for x in part), kinds,
              sum(1 for x in part if x[4]), sum(1 for x in part if len(x[2]) > 1),
              sum(1 for x in part if x[3]), sum(lens) / n,
              sum(1 for v in lens if v < 75), sum(1 for v in lens if 75 <= v < 160),
              sum(1 for v in lens if v >= 160)))


if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-25.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
    if os.environ.get("STATS"):
        stats(MESSAGES[:150])
        stats(MESSAGES[150:])
        stats(MESSAGES)

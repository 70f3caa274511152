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

"""Blind-12: managers' announcements written by hand, one at a time (session 22).

Every message is followed by what HR would fill in, written by hand. The helpers only
turn the date a reader means into a calendar date counted from TODAY (Thursday
2026-12-03). Run: python3 gen.py
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



# ---------------------------------------------------------------------------------------
# Part 1 (k001-k150): airport ground handling, fire brigade, brewery, museum, bank branch,
# recycling plant, football club, parish office, ferry company, greenhouse, architects
# ---------------------------------------------------------------------------------------

m("en", "Hi, new ramp agent starting with us: Tomasz Wiśniewski, first shift Monday 4 January at 05:30 at Pier D. He needs his airside pass application started asap, it takes weeks.",
  J("Tomasz Wiśniewski", ON("monday", MD(1, 4))))
m("nl", "Goedemiddag, Sanne Oudshoorn (bagagekelder) heeft ontslag genomen. Haar laatste dienst is zaterdag 19 december, nachtdienst. Pasje graag blokkeren na afloop.",
  L("Sanne Oudshoorn", ON("zaterdag", MD(12, 19))))
m("en", "quick one - kofi mensah moves from check-in to load control per 1 feb, same contract",
  MV("Kofi Mensah", MD(2, 1), None, None))
m("nl", "Per 11 januari komen er twee de-icers bij voor het winterseizoen: Jelle Bosma en Priya Ramdin. Beiden tijdelijk tot 31 maart.",
  J("Jelle Bosma", MD(1, 11)), J("Priya Ramdin", MD(1, 11)))
m("en", "From: Ground Ops Scheduling <gops.sched@ghs-ein.nl>\nSent: Wednesday, 2 December 2026 16:12\nSubject: Leaver - pushback driver\n\nDear all,\n\nPlease be informed that Mr. Rui Carvalho, pushback/tug driver on the night roster, will leave the company. His last working night is 22 December.\n\nBest regards,\nIngrid Vos\nShift Manager Ramp",
  L("Rui Carvalho", MD(12, 22)))
m("en", "Do I need to announce the agency staff we get through Randstad for the Christmas peak, or does the agency do that? We have about 15 extra baggage handlers coming.",
  none=True)
m("nl", "Laadcoördinator Bart-Jan Kuipers gaat per maandag 1 maart naar de planning (OCC). Wil je zijn rechten in het load control systeem laten staan tot dan?",
  MV("Bart-Jan Kuipers", ON("maandag", MD(3, 1)), None, None))
m("en", "Good morning. I inform that our colleague Ana Luísa Ferreira is in the cargo team from tomorrow, before she was in passenger services. Thank you",
  MV("Ana Luísa Ferreira", P(1), None, None))
m("nl", "Wouter Brink, platformmedewerker, stopt ermee. Hij heeft nog vakantie staan dus zijn laatste werkdag is al morgen.",
  L("Wouter Brink", P(1)))
m("en", "Starter for lost & found desk: Mrs. Harriet Okonjo-Blake, 14/12, 9am, terminal 1 landside. Office hours so no airside pass needed.",
  J("Harriet Okonjo-Blake", MD(12, 14)))
m("nl", "Nieuwe collega's bagage-afhandeling, allemaal starten ze maandag 14 december:\n- Nouri El Idrissi\n- Gert-Jan Schouten\n- Maja Kowalczyk",
  J("Nouri El Idrissi", ON("maandag", MD(12, 14))), J("Gert-Jan Schouten", MD(12, 14)), J("Maja Kowalczyk", MD(12, 14)))
m("en", "I'm the duty manager for gates. Lisette Hoogland was let go yesterday after the incident, please make sure her badge doesn't open anything anymore.",
  L("Lisette Hoogland", P(-1)), past=True)
m("nl", "hoi, ff doorgeven: bas de wit wordt per 1 januari teamleider ramp, is nu nog gewoon rampagent",
  MV("Bas de Wit", MD(1, 1), None, None))
m("nl", "Beste HR, graag een account voor onze nieuwe beroepsbrandweerman Thijmen Arends. Hij begint op 1 februari 2027 op kazerne Noord, ploeg C.",
  J("Thijmen Arends", D(2027, 2, 1)))
m("nl", "Kazerne Zuid: bevelvoerder Ronald Sijbesma gaat na 38 jaar met pensioen. Zijn laatste 24-uursdienst draait hij op dinsdag 29 december.",
  L("Ronald Sijbesma", ON("dinsdag", MD(12, 29))))
m("en", "Hello, we have a new fire prevention officer joining the Veiligheidsregio: Niamh Gallagher, start date Jan 18. She comes from Dublin Fire Brigade, so English is fine for all the onboarding mails.",
  J("Niamh Gallagher", MD(1, 18)))
m("nl", "Volgende week woensdag begint Sem Overbeek als vrijwillig brandweerman bij post Oosterwolde. Hij heeft alleen een pieper en de app nodig, geen laptop.",
  J("Sem Overbeek", NW("woensdag")))
m("nl", "Meldkamer: centralist Ilona Veldkamp-de Groot wisselt per 4 januari van de brandweer- naar de ambulancetafel. Zelfde rooster.",
  MV("Ilona Veldkamp-de Groot", MD(1, 4), None, None))
m("nl", "De kazernemeester, Henk Zoetelief, heeft zijn contract niet verlengd gekregen. Het loopt af op 31 januari, dat is een zondag, dus zijn laatste werkdag wordt vrijdag 29 januari.",
  L("Henk Zoetelief", ON("vrijdag", MD(1, 29))))
m("en", "Can you tell me which forms I need when a volunteer firefighter becomes a paid firefighter? Not urgent, it's for next year.",
  none=True)
m("en", "FYI: our duty officer Marcus Lindqvist transfers to the training centre in Zwolle from 1 March. Keep his mailbox please.",
  MV("Marcus Lindqvist", MD(3, 1), None, None))
m("nl", "Preventiemedewerker Fatma Yıldız start a.s. maandag, ze werkt vanuit het kantoor in Assen en gaat veel op pad, dus graag een telefoon.",
  J("Fatma Yıldız", WD("maandag")))
m("nl", "Correctie op mijn bericht van vanochtend: Lars Hiemstra begint niet op 7 maar op 8 december, hij moet maandag nog naar de keuring.",
  J("Lars Hiemstra", MD(12, 8)))
m("nl", "Goeiedag, per 1 februari komt Jorn Tjalsma ons versterken als accountmanager horeca voor regio Friesland. Leaseauto is al besteld.",
  J("Jorn Tjalsma", MD(2, 1), "account-manager"))
m("en", "Our head brewer, Siobhán Nic Aodha, is leaving us at the end of the year - her final day in the brewhouse will be Thursday 31 December.",
  L("Siobhán Nic Aodha", ON("thursday", MD(12, 31))))
m("nl", "bottelarij: pieter-bas vink gaat vanaf maandag op de heftruck in het magazijn, niet meer aan de lijn",
  MV("Pieter-Bas Vink", WD("maandag"), None, None))
m("nl", "Onze vertegenwoordiger Ruben Hazenberg gaat ons verlaten; hij heeft een baan bij een andere brouwerij. Laatste werkdag vrijdag 15 januari.",
  L("Ruben Hazenberg", ON("vrijdag", MD(1, 15)), "account-manager"))
m("en", "Hi! Two new faces for the taproom from Saturday 12 December: Lotte Brandsen and Caoimhe Ryan. Weekend staff, they'll only need the till login.",
  J("Lotte Brandsen", ON("saturday", MD(12, 12))), J("Caoimhe Ryan", MD(12, 12)))
m("nl", "Kwaliteitslaborant Demi Wassink start op 04-01-2027. Ze moet toegang krijgen tot LIMS en de labruimte.",
  J("Demi Wassink", D(2027, 1, 4)))
m("en", "Hello together, I want to announce that Mr. Florian Gräßle will begin in our brewery as second brewer at the 1st of February. Please prepare all necessary things. Kind regards",
  J("Florian Gräßle", MD(2, 1)))
m("nl", "Vraagje: onze tapinstallateur gaat vanaf januari 4 dagen in plaats van 5 werken. Moet ik daar iets voor doorgeven in Handover?",
  none=True)
m("nl", "Marloes Dijkhuizen, nu accountmanager retail, wordt per 1 maart marketingmanager. Haar klanten gaan naar Jorn.",
  MV("Marloes Dijkhuizen", MD(3, 1), None, "account-manager"))
m("en", "we're taking on a seasonal driver for the Christmas deliveries, Dariusz Nowak, from tomorrow until 24 Dec",
  J("Dariusz Nowak", P(1)))
m("nl", "Evelien Koopmans begint op maandag 4 januari als conservator moderne kunst. Haar kamer wordt die van Hans, die is leeg.",
  J("Evelien Koopmans", ON("maandag", MD(1, 4))))
m("nl", "Suppoost Gerrit Blom (zaal 4-9) gaat 15 december met pensioen, we doen die middag een borrel. Zijn sleutels moet hij die dag inleveren.",
  L("Gerrit Blom", MD(12, 15)))
m("en", "Hi - the loan is over, so our guest registrar Dr. Amaury Lefèvre-Dubois returns to Paris. Last day with us: 18 Dec.",
  L("Amaury Lefèvre-Dubois", MD(12, 18)))
m("nl", "Onze facilitair medewerker Yvonne Bakhuis gaat per 1 februari over naar de afdeling beveiliging als teamleider.",
  MV("Yvonne Bakhuis", MD(2, 1), None, "facility-coordinator"))
m("en", "New tour guides for the winter exhibition, starting on the 9th: Benthe Spruit, Lukas Meier, Ahmad Rahimi. All three work on call, weekends mostly.",
  J("Benthe Spruit", MD(12, 9)), J("Lukas Meier", MD(12, 9)), J("Ahmad Rahimi", MD(12, 9)))
m("nl", "Hoi! Vanaf morgen werkt restaurator Sophie van Lingen niet meer bij ons, ze is onverwacht vertrokken. Graag alles vandaag nog dichtzetten.",
  L("Sophie van Lingen", NOW))
m("nl", "Kassa/museumwinkel: welkom aan Jasmijn Kortekaas, zij start zaterdag 5 december. Oproepkracht.",
  J("Jasmijn Kortekaas", ON("zaterdag", MD(12, 5))))
m("en", "Please set up our new facilities coordinator, Gareth Pritchard-Jones. He'll be with us from 11 January, based at the collection store in Amersfoort.",
  J("Gareth Pritchard-Jones", MD(1, 11), "facility-coordinator"))
m("nl", "Educatief medewerker Mirthe Haasnoot verhuist naar Groningen en stopt. Haar laatste werkdag is 23-12.",
  L("Mirthe Haasnoot", MD(12, 23)))
m("en", "Hi, could you request accounts for Karen's replacement? Her name is Sara-Lynn Petersen, she starts 7 January in the museum shop.",
  J("Sara-Lynn Petersen", MD(1, 7)))
m("nl", "Ter info: hypotheekadviseur Ronald van 't Hek vertrekt naar de Rabobank. Laatste werkdag: vrijdag 8 januari 2027.",
  L("Ronald van 't Hek", ON("vrijdag", D(2027, 1, 8))))
m("en", "Dear Handover, please note a new starter at our Utrecht branch: Ms Wen-Li Huang, KYC analyst, start 1 Feb 2027. She joins from ING.",
  J("Wen-Li Huang", D(2027, 2, 1)))
m("nl", "Mijn beste kasmedewerker gaat ons helaas verlaten, Marieke Zwart. Ze werkt nog tot en met 30 december.",
  L("Marieke Zwart", MD(12, 30)))
m("nl", "Per 1 april wordt Joost Lammertink van accountmanager zakelijk naar kredietrisico-analist gezet. Nieuwe laptop niet nodig.",
  MV("Joost Lammertink", MD(4, 1), None, "account-manager"))
m("en", "Dear Sir/Madam, This is to inform you that Mr. Venkata Subramaniam Iyer has joined our branch today as Relationship Officer. Kindly create his login ids at the earliest. Regards, Branch Manager",
  J("Venkata Subramaniam Iyer", NOW))
m("nl", "Developer Kevin Tromp (team Betalen) gaat per 1 januari naar team Sparen, blijft developer.",
  MV("Kevin Tromp", MD(1, 1), "software-engineer", "software-engineer"))
m("en", "Starting Monday the 7th we have a trainee adviser at the front desk, Amira Haddad. 6 month traineeship.",
  J("Amira Haddad", ON("monday", MD(12, 7))))
m("nl", "Goeiemiddag, Lien Vermeersch vervoegt ons kantoor in Gent op maandag 11 januari als klantenadviseur. Gelieve haar toegangen tijdig te voorzien. Met vriendelijke groeten, Koen",
  J("Lien Vermeersch", ON("maandag", MD(1, 11))))
m("en", "Branch Haarlem closes on 31 Dec, staff move to Amsterdam-Zuid from Monday 4 Jan: Peter Kamp and Yusuf Demir. Nothing else changes.",
  MV("Peter Kamp", ON("monday", MD(1, 4)), None, None), MV("Yusuf Demir", MD(1, 4), None, None))
m("nl", "Weegbrug: Anouk Smeenk begint maandag 21 december. Ze neemt het over van Kees, die met pensioen gaat (die heb ik al doorgegeven).",
  J("Anouk Smeenk", ON("maandag", MD(12, 21))))
m("en", "hello, i am shift leader sorting line. new worker Paweł Zieliński start on monday 7.12 on early shift, he need safety shoes size 44 and locker",
  J("Paweł Zieliński", ON("monday", MD(12, 7))))
m("nl", "Shovelmachinist Harm Wiersma stopt per direct, hij is vandaag voor het laatst geweest.",
  L("Harm Wiersma", NOW))
m("nl", "Graag doorzetten: procesoperator Tessa Lubbers gaat vanaf 1 maart in de dagdienst werken als planner productie. Haar ploegendienstrooster vervalt dan.",
  MV("Tessa Lubbers", MD(3, 1), None, None))
m("en", "New driver for the kerbside collection round: Liam O'Sullivan, starting Tues 15 December.",
  J("Liam O'Sullivan", ON("tuesday", MD(12, 15))))
m("nl", "Het contract van sorteerder Ahmed Benali wordt met een half jaar verlengd, tot 30 juni. Hoef ik daar iets mee?",
  none=True)
m("en", "Our environmental compliance officer, Dr. Ingeborg Halvorsen, will be leaving the plant in the spring: final day Wednesday 31 March 2027.",
  L("Ingeborg Halvorsen", ON("wednesday", D(2027, 3, 31))))
m("nl", "Nieuwe collega op de milieustraat per 2 januari: Dirk-Jan Heuvelink. Zaterdagen en maandagen.",
  J("Dirk-Jan Heuvelink", MD(1, 2)))
m("nl", "Nieuwe accountmanager sponsoring: Bram Ottevanger. Start 18 januari. Hij krijgt de businessclubleden van regio Twente.",
  J("Bram Ottevanger", MD(1, 18), "account-manager"))
m("en", "Morning. Our kit man, Stevie McAllister, has agreed a move to another club and leaves on the 20th. Can we get his keys to the boot room back before then?",
  L("Stevie McAllister", MD(12, 20)))
m("nl", "jeugdtrainer o17 thomas koenders stopt na de winterstop, laatste training do 17 dec",
  L("Thomas Koenders", ON("donderdag", MD(12, 17))))
m("en", "Please onboard our new performance analyst Mateus Oliveira Santos. He arrives from Brazil on 6 January and starts the day after.",
  J("Mateus Oliveira Santos", MD(1, 7)))
m("nl", "Fysiotherapeut Lisanne Gortemaker gaat vanaf het nieuwe jaar van het eerste elftal naar de academie. Ingangsdatum 1-1-2027.",
  MV("Lisanne Gortemaker", D(2027, 1, 1), None, None))
m("nl", "Wisseling op de ticketbalie: Gerda Hofstede stopt op 31 december en haar opvolger Rik Boswijk begint 4 januari.",
  L("Gerda Hofstede", MD(12, 31)), J("Rik Boswijk", MD(1, 4)))
m("en", "Hi, I am the new head of scouting, I start the 1 of February, my name is Alejandro Ruiz Cabañas. Please can you make my accounts? Thanks!",
  J("Alejandro Ruiz Cabañas", MD(2, 1)))
m("nl", "Stadionmanager Erik-Jan Westerhof verlaat de club per 31 maart 2027. Tot die tijd gewoon aan het werk.",
  L("Erik-Jan Westerhof", D(2027, 3, 31)))
m("en", "Who do I talk to about giving the new loan player a club email? It's Mikkel Dahl, he's with us from 4 January till the summer.",
  J("Mikkel Dahl", MD(1, 4)))
m("nl", "Geachte heer/mevrouw,\n\nHierbij meld ik dat onze nieuwe koster, de heer Albertus Meijerink, per 1 januari 2027 in dienst treedt van de parochie.\n\nMet vriendelijke groet,\nPastoor J. Hermans",
  J("Albertus Meijerink", D(2027, 1, 1)))
m("nl", "Pastoraal werker Marjolein Groeneveld neemt afscheid tijdens de viering van zondag 17 januari; dat is ook haar laatste werkdag.",
  L("Marjolein Groeneveld", ON("zondag", MD(1, 17))))
m("en", "Hello, the diocese is sending us a new parish secretary, Bernadette Nwachukwu, from Monday 8 February. She'll work Mon-Wed.",
  J("Bernadette Nwachukwu", ON("monday", MD(2, 8))))
m("nl", "ledenadministratie: tineke de haan gaat per 1 februari naar het centrale bureau in het bisdom, zelfde werk",
  MV("Tineke de Haan", MD(2, 1), None, None))
m("nl", "Onze organist Arjen Wevers stopt na Kerst. De nachtmis van donderdag 24 december is zijn laatste dienst.",
  L("Arjen Wevers", ON("donderdag", MD(12, 24))))
m("en", "Our sexton, Mr Graham Whitfield, passed away on Sunday. Please close his accounts; his family will return the keys.",
  L("Graham Whitfield", P(-4)), past=True)
m("nl", "Rederij: matroos Jesse Visser begint op zaterdag 2 januari op de veerboot Texel-Den Helder. Hij moet voor die tijd zijn monsterboekje laten zien.",
  J("Jesse Visser", ON("zaterdag", MD(1, 2))))
m("en", "Please note: Chief Officer Anders Sørensen will leave the MV Waddenzee crew after his rotation ending 27 December. He's not coming back.",
  L("Anders Sørensen", MD(12, 27)))
m("nl", "Kapitein Klaas Hoekstra gaat 1 maart met pensioen. Zijn laatste vaart is op zondag 28 februari.",
  L("Klaas Hoekstra", ON("zondag", MD(2, 28))))
m("en", "Good day Sir. Our new AB seaman Jericho Dela Cruz will embark on 16 December, please prepare his crew ID. Thank you",
  J("Jericho Dela Cruz", MD(12, 16)))
m("nl", "Purser Yara Kooistra wordt per 1 februari hoofd catering aan boord. Ze blijft op hetzelfde schip.",
  MV("Yara Kooistra", MD(2, 1), None, None))
m("nl", "Voor het hoogseizoen op de Waddenlijn hebben we alvast twee kaartcontroleurs aangenomen, Femke Dijkstra en Sjoerd Bakker, die beginnen op 1 april.",
  J("Femke Dijkstra", MD(4, 1)), J("Sjoerd Bakker", MD(4, 1)))
m("en", "hey, kwabena asante from the linkspan crew is moving to the engine room as motorman as of 4 jan, he's done his course",
  MV("Kwabena Asante", MD(1, 4), None, None))
m("nl", "Walploeg Harlingen: Roel Tuinstra heeft gisteren zijn laatste dienst gedraaid. Was ik vergeten te melden, sorry.",
  L("Roel Tuinstra", P(-1)), past=True)
m("nl", "Tomatenkwekerij Westland: per maandag 7 december starten er drie oogstmedewerkers: Marius Popescu, Elena Dumitrescu en Andrei Stan. Ze hebben alleen een tikklok-pas nodig.",
  J("Marius Popescu", ON("maandag", MD(12, 7))), J("Elena Dumitrescu", MD(12, 7)), J("Andrei Stan", MD(12, 7)))
m("en", "Our head grower, Jeroen Plasmeijer, is leaving for a job in Canada. He works until Friday 29 January.",
  L("Jeroen Plasmeijer", ON("friday", MD(1, 29))))
m("nl", "teeltmedewerker paprika agnieszka lewandowska gaat per 4-1 naar de inpakhal, ze kan niet meer in de kas werken vanwege haar rug",
  MV("Agnieszka Lewandowska", MD(1, 4), None, None))
m("nl", "Klimaatregelaar gezocht en gevonden! Dennis van der Zwet begint 1 februari bij ons. Hij komt van Priva.",
  J("Dennis van der Zwet", MD(2, 1)))
m("nl", "Dag collega's, Jef Van Gorp start op 11 januari als ploegbaas in serre 3. Hij moet een GSM en een badge krijgen. Mvg, An",
  J("Jef Van Gorp", MD(1, 11)))
m("en", "Hi, how many days notice do you need for seasonal pickers? We might get 20 people from the agency in March.",
  none=True)
m("nl", "Onze planner Bianca Verhoef heeft haar contract opgezegd en haar laatste werkdag wordt donderdag 7 januari.",
  L("Bianca Verhoef", ON("donderdag", MD(1, 7))))
m("en", "We've hired Clémence Aubert as a project architect, starting 11/01/2027. She'll need Revit and a big screen.",
  J("Clémence Aubert", D(2027, 1, 11)))
m("nl", "BIM-modelleur Stijn Rademaker gaat ons verlaten, zijn laatste dag is 18 december (vrijdag).",
  L("Stijn Rademaker", ON("vrijdag", MD(12, 18))))
m("nl", "Afstudeerstagiair TU Delft: Noor Bouzid, start woensdag 6 januari, 4 dagen per week tot de zomer.",
  J("Noor Bouzid", ON("woensdag", MD(1, 6))))
m("en", "FYI Hannah Leclercq moves from our Rotterdam studio to the Antwerp studio on 1 March, still as senior architect.",
  MV("Hannah Leclercq", MD(3, 1), None, None))
m("nl", "Kunnen we de Archicad-licentie van Jeroen doorschuiven naar de nieuwe collega, Melle Kuiper? Die begint 1 februari.",
  J("Melle Kuiper", MD(2, 1)))
m("en", "Partner Robert Vandenbroucke is retiring. Last day in the office: Friday 26 February 2027. He will stay on as an adviser but without an office account.",
  L("Robert Vandenbroucke", ON("friday", D(2027, 2, 26))))
m("nl", "Per 15 januari komt Marit Zijlstra als office manager bij ons, ze vervangt Petra.",
  J("Marit Zijlstra", MD(1, 15)))
m("en", "Our computational designer / developer Lars Eriksen starts Monday 18 January. Same setup as the other developers please (Grasshopper, GitHub).",
  J("Lars Eriksen", ON("monday", MD(1, 18)), "software-engineer"))
m("nl", "Kun jij dit invoeren? Ik heb geen toegang tot die bot. - Peter\n\n---------- Doorgestuurd bericht ---------\nVan: Miranda Kok <m.kok@vliegveldafhandeling.nl>\nDatum: wo 2 dec 2026 om 17:45\nOnderwerp: nieuwe planner\nAan: Peter Smulders\n\nPeter, Gijs Oudejans begint in week 2 als planner bij ons op Eindhoven. Maandag om 8 uur bij de receptie.\n\nGroet, Miranda",
  J("Gijs Oudejans", WK(2)))
m("en", "Hi team, just confirming that Femi Adebayo-Lawson (baggage) has resigned, last shift Sunday 3 January.",
  L("Femi Adebayo-Lawson", ON("sunday", MD(1, 3))))
m("nl", "Over twee weken begint onze nieuwe brandweerarts, Wilma Spoelstra. Ze werkt twee dagen per week.",
  J("Wilma Spoelstra", P(14)))
m("en", "Sorry, my mistake in the last message - the new de-icing supervisor is called Marek Dvořák, not Marek Dvorak, and he starts 11 January, not the 4th.",
  J("Marek Dvořák", MD(1, 11)))
m("nl", "Einde seizoen in de bottelarij, de volgende uitzendkrachten zijn vrijdag 18 december voor het laatst:\nKarin Mulder\nSenna Pool\nMehmet Aksoy",
  L("Karin Mulder", ON("vrijdag", MD(12, 18))), L("Senna Pool", MD(12, 18)), L("Mehmet Aksoy", MD(12, 18)))
m("en", "Museum night guard Oleksandr Kovalenko starts next Tuesday (night shift 22:00-06:00).",
  J("Oleksandr Kovalenko", WD("tuesday")))
m("nl", "De nieuwe directeur van het museum, dr. Hester Blankenstein, begint 1 maart. Kan er voor haar eerste dag een laptop, telefoon en pas klaarliggen?",
  J("Hester Blankenstein", MD(3, 1)))
m("en", "Cashier Priyanka Sharma's last day is this Friday. She's going back to university.",
  L("Priyanka Sharma", WD("friday")))
m("nl", "Per 1/3/2027 is Gerben Hoitink niet langer kantoordirecteur Zwolle maar regiodirecteur Oost.",
  MV("Gerben Hoitink", D(2027, 3, 1), None, None))
m("en", "New maintenance electrician from Monday 11 January: Daniela Ionescu. Part time, mornings, mostly on the shredder line.",
  J("Daniela Ionescu", ON("monday", MD(1, 11))))
m("nl", "Vanaf 1 januari wisselen Johan Scheepstra en Erwin Kolk van ploeg: Johan gaat naar de nachtploeg, Erwin naar de dagploeg.",
  MV("Johan Scheepstra", MD(1, 1), None, None), MV("Erwin Kolk", MD(1, 1), None, None))
m("en", "Academy coach Jordan Baptiste-Henry will start on 2nd January with the U15s.",
  J("Jordan Baptiste-Henry", MD(1, 2)))
m("nl", "Kunnen jullie de accounts van onze scout Ivo Verbruggen per 31 december afsluiten? Hij is dan weg, contract niet verlengd.",
  L("Ivo Verbruggen", MD(12, 31)))
m("en", "Fr. Tadeusz Mazur joins our parish team as assistant priest from Sunday 10 January.",
  J("Tadeusz Mazur", ON("sunday", MD(1, 10))))
m("nl", "Is het mogelijk om de vrijwilligers van de kerk ook een account te geven, of moet dat via het bisdom?",
  none=True)
m("en", "Ticket office Den Helder: new starter Marloes Everts on 19 December (Saturday), weekends only until Easter.",
  J("Marloes Everts", ON("saturday", MD(12, 19))))
m("nl", "Machinist Wim Kwakman gaat over naar onze nieuwe snelboot, de Tiger. Ingang 1 februari. Hij blijft machinist.",
  MV("Wim Kwakman", MD(2, 1), None, None))
m("en", "Two Polish workers leave after the harvest: Krzysztof Wójcik and Bartosz Kamiński, both last day 22 Dec.",
  L("Krzysztof Wójcik", MD(12, 22)), L("Bartosz Kamiński", MD(12, 22)))
m("nl", "Heb net Sophie Buijs aangenomen als teeltmanager! Ze kan op 1 maart beginnen.",
  J("Sophie Buijs", MD(3, 1)))
m("en", "hi handover, ewa jankowska (BIM) is going to our Warsaw office permanently from the 1st of April",
  MV("Ewa Jankowska", MD(4, 1), None, None))
m("nl", "Tekenaar Frits Oldenkamp stopt er per eind van het jaar mee. Laatste werkdag is donderdag 24 december, daarna is het kantoor dicht.",
  L("Frits Oldenkamp", ON("donderdag", MD(12, 24))))
m("en", "Welcome Oisín Byrne, our new sales representative for Ireland, starting 1 Feb. Works remotely from Cork, so ship his laptop please.",
  J("Oisín Byrne", MD(2, 1), "account-manager"))
m("nl", "Morgen begint Tamara de Bruijn bij ons in het proeflokaal, kan ze nog een kassapas krijgen?",
  J("Tamara de Bruijn", P(1)))
m("en", "Confirming: Hendrik Wolters is no longer a ramp agent from today - he now works as trainer in our ground ops academy.",
  MV("Hendrik Wolters", NOW, None, None))
m("nl", "Per 1 januari neemt Erica Smits het over als duty manager op de platformen. Ze is nu nog supervisor bagage.",
  MV("Erica Smits", MD(1, 1), None, None))
m("en", "Firefighter Connor Walsh has been dismissed effective immediately. Please revoke his access to the station today.",
  L("Connor Walsh", NOW))
m("nl", "Volgende week maandag start Kim Hagedoorn als officier van dienst. Zij komt over van Veiligheidsregio Utrecht.",
  J("Kim Hagedoorn", NW("maandag")))
m("nl", "Ik meld even dat onze suppoost Dinie Willemsen na 22 jaar stopt; ze werkt t/m zondag 10 januari.",
  L("Dinie Willemsen", ON("zondag", MD(1, 10))))
m("en", "Starting 4 January in the conservation studio: paintings conservator Dr. Eleanor Fitzgerald and an intern, Mees Verhagen (till June).",
  J("Eleanor Fitzgerald", MD(1, 4)), J("Mees Verhagen", MD(1, 4)))
m("nl", "Nieuwe hypotheekadviseur als opvolger van Ronald: Saskia Roelofs, start dinsdag 12 januari.",
  J("Saskia Roelofs", ON("dinsdag", MD(1, 12))))
m("en", "New starter for IT: Marta Kowalska, software developer in the payments team, starts 1 February 2027.",
  J("Marta Kowalska", D(2027, 2, 1), "software-engineer"))
m("nl", "Per maandag 28 december komt er een tweede weegbrugmedewerker bij, Rob Hulshof. Dat is tijdelijk, tot eind februari.",
  J("Rob Hulshof", ON("maandag", MD(12, 28))))
m("en", "Dear HR, kindly note that our team doctor Dr. Khalid Al-Mansouri his last working day will be 15/01/2027. Thank you and best regards",
  L("Khalid Al-Mansouri", D(2027, 1, 15)))
m("nl", "Nieuwe terreinknecht: Lucas Vrieling. Begint in week 51, maandag 14 december.",
  J("Lucas Vrieling", ON("maandag", WK(51, "monday", 2026))))
m("en", "Our bookkeeper Mrs. Philippa Arkwright leaves us on 29 Jan after 11 years. Farewell coffee after mass that Sunday.",
  L("Philippa Arkwright", MD(1, 29)))
m("nl", "Hallo, stuurman Jurre Bleeker gaat 1 januari van de Texelstroom naar de Dokter Wagemaker, zelfde functie.",
  MV("Jurre Bleeker", MD(1, 1), None, None))
m("en", "Our new crop protection specialist is Ruta Jankauskiene, she'll be here on Mon 4 January at 7am.",
  J("Ruta Jankauskiene", ON("monday", MD(1, 4))))
m("nl", "Stagiair Lotte van Empel is klaar met haar stage, morgen is haar laatste dag.",
  L("Lotte van Empel", P(1)))
m("en", "heads up, new load controller starts 21/12 - name is rasmus holm, ex-SAS",
  J("Rasmus Holm", MD(12, 21)))
m("nl", "Marjan van de Weg (check-in) gaat vanaf januari 24 uur werken i.p.v. 32. Graag aanpassen in het rooster?",
  none=True)
m("en", "Dmitri Volkov, currently brewer, becomes our new quality manager from 1 March.",
  MV("Dmitri Volkov", MD(3, 1), None, None))
m("nl", "Voor de nieuwe vrijwilligersploeg in Oosterwolde beginnen op 1 februari Anke Veenstra en Hidde Bosma.",
  J("Anke Veenstra", MD(2, 1)), J("Hidde Bosma", MD(2, 1)))
m("en", "Our station commander wants to know if a retiring firefighter can keep his email address for the veterans' association. Is that allowed?",
  none=True)
m("nl", "Beveiliger Ricardo Pinas wordt per 1 januari facilitair medewerker.",
  MV("Ricardo Pinas", MD(1, 1), "facility-coordinator", None))
m("en", "Please disable everything for Sebastiaan Kramer (branch adviser Leiden) after Wednesday 16 December, that's his final day.",
  L("Sebastiaan Kramer", ON("wednesday", MD(12, 16))))
m("nl", "Goeiemorgen, Kobe De Smet komt onze sorteerploeg in Gent versterken vanaf maandag 18 januari. Gelieve een badge en werkkledij te voorzien.",
  J("Kobe De Smet", ON("maandag", MD(1, 18))))
m("en", "Reminder: our groundsman Alfie Dawson finishes on the 23rd, he's retiring to Spain.",
  L("Alfie Dawson", MD(12, 23)))
m("nl", "De nieuwe pastor, Johannes Kloppenburg, wordt op zondag 7 februari geïnstalleerd en begint dan ook officieel.",
  J("Johannes Kloppenburg", ON("zondag", MD(2, 7))))
m("en", "Stewardess Giulia Romano moves from the Vlieland boat to the Terschelling boat from 15 January.",
  MV("Giulia Romano", MD(1, 15), None, None))
m("nl", "Zeg, Patrick Hoogendoorn is vanochtend ontslagen (diefstal). Vandaag was zijn laatste dag, graag alles blokkeren.",
  L("Patrick Hoogendoorn", NOW))
m("en", "New landscape architect: Ingrid Solberg. First day is Wednesday the 13th of January.",
  J("Ingrid Solberg", ON("wednesday", MD(1, 13))))
m("nl", "Ha, vanaf 1 februari is Youssef Amrani geen rampagent meer maar werkt hij als accountmanager bij onze vrachtafdeling.",
  MV("Youssef Amrani", MD(2, 1), "account-manager", None))

# ---------------------------------------------------------------------------------------
# Part 2 (k151-k320): newspaper, cinema, dairy and care farm, public library, ambulance and
# taxi service, outdoor shop, translation agency, cleaning company, pension fund, zoo,
# holiday park
# ---------------------------------------------------------------------------------------

m("nl", "Redactie regio: per 4 januari start Veerle Mertens als verslaggever voor de gemeenten Zeist en De Bilt. Ze heeft een laptop en een persfotocamera nodig.",
  J("Veerle Mertens", MD(1, 4)))
m("en", "Our night editor Callum Fraser-Reid is leaving the paper; last shift is the Sunday edition production on Saturday 2 January.",
  L("Callum Fraser-Reid", ON("saturday", MD(1, 2))))
m("nl", "Webdeveloper Ilse Bartels stapt over naar de redactie als datajournalist, per 1 februari.",
  MV("Ilse Bartels", MD(2, 1), None, "software-engineer"))
m("en", "Hi, three student reporters start with us for the winter internship on Monday the 11th of January: Nina Abdi, Joris Vlot and Hamza Bakkali.",
  J("Nina Abdi", ON("monday", MD(1, 11))), J("Joris Vlot", MD(1, 11)), J("Hamza Bakkali", MD(1, 11)))
m("nl", "fotograaf kees-jan rutten stopt per 1 jan, laatste werkdag 31 dec. zijn camera's zijn van ons!",
  L("Kees-Jan Rutten", MD(12, 31)))
m("nl", "Eindredacteur Margriet Poelstra gaat vanaf 1 maart de zaterdagbijlage maken, niet meer de dagkrant.",
  MV("Margriet Poelstra", MD(3, 1), None, None))
m("en", "New ad sales account manager: Priya Venkataraman, starting Tuesday 5 January. She'll cover the national accounts.",
  J("Priya Venkataraman", ON("tuesday", MD(1, 5)), "account-manager"))
m("nl", "Onze verkoper advertentieruimte, Wesley Kroon, heeft per direct ontslag genomen en komt niet meer terug. Vandaag is dus zijn laatste dag geweest.",
  L("Wesley Kroon", NOW, "account-manager"))
m("en", "Fwd from HR below, can you pick this up?\n\n-----Original Message-----\nFrom: HR Regio <hr.regio@dagblad-oost.nl>\nSent: Thursday, December 3, 2026 9:02 AM\nTo: Tech Desk\nSubject: New developer\n\nHello, Bram Jacobs joins the apps team as a developer on 18 January 2027. Onboarding in Enschede.\n\nThanks,\nHR",
  J("Bram Jacobs", D(2027, 1, 18), "software-engineer"))
m("nl", "Dag, correspondent Brussel Elke Verhaegen gaat na dit jaar terug naar Nederland en komt per 1 januari op de politieke redactie in Den Haag.",
  MV("Elke Verhaegen", MD(1, 1), None, None))
m("en", "Our paper carriers are all self-employed, do they need to be in Handover at all? Some of them have a login for the route app.",
  none=True)
m("nl", "Bezorgcoördinator Ans van Dijk-Ramaker gaat 1 februari met vervroegd pensioen. Laatste werkdag is woensdag 27 januari.",
  L("Ans van Dijk-Ramaker", ON("woensdag", MD(1, 27))))
m("en", "Opinion editor Dr. Hélène Marchetti starts on 1 March; she moves to Amsterdam from Milan.",
  J("Hélène Marchetti", MD(3, 1)))
m("nl", "Stagiair journalistiek Mila Terpstra begint overmorgen. Ik weet het, erg kort dag, excuses!",
  J("Mila Terpstra", P(2)))
m("nl", "Filmhuis: onze filmprogrammeur Jitske Hofman vertrekt naar het EYE. Ze werkt hier nog tot en met 22 januari.",
  L("Jitske Hofman", MD(1, 22)))
m("en", "new usher starting sat 12/12 – Bobby Nguyen. evenings + weekends",
  J("Bobby Nguyen", ON("saturday", MD(12, 12))))
m("nl", "Hoi! Per volgende week dinsdag hebben we een nieuwe bedrijfsleider voor de bioscoop in Hengelo: Cas Wolterink.",
  J("Cas Wolterink", NW("dinsdag")))
m("en", "Good evening, I write for say that Federica Colombo, our bar staff, finish her work by us on 10 January because she go back to Italy.",
  L("Federica Colombo", MD(1, 10)))
m("nl", "Operateur Rik van der Steen gaat per 1 januari van Cinema Noord naar onze nieuwe vestiging in Deventer. Zelfde werk.",
  MV("Rik van der Steen", MD(1, 1), None, None))
m("en", "We're adding two extra box office staff for the Christmas holidays: Amber Hollis and Josh Pennington, from 19 Dec to 3 Jan.",
  J("Amber Hollis", MD(12, 19)), J("Josh Pennington", MD(12, 19)))
m("nl", "Marketeer Sanne-Lotte Groen wordt per 1 maart manager programmering & marketing.",
  MV("Sanne-Lotte Groen", MD(3, 1), None, None))
m("en", "Hi, can the cinema managers see the status of a starter's accounts themselves, or only HR? Asking for the new site.",
  none=True)
m("nl", "Kassamedewerker Bilal Ouali had gisteren zijn laatste avond bij ons, vergeten door te geven. Pasje is al ingeleverd.",
  L("Bilal Ouali", P(-1)), past=True)
m("nl", "Op de zorgboerderij start per 1 februari een nieuwe zorgmedewerker, Gerdien Slagman. Ze werkt met de dagbesteding voor ouderen.",
  J("Gerdien Slagman", MD(2, 1), "care-worker"))
m("nl", "Melker Jan-Willem Ruiter gaat ons verlaten, hij gaat het bedrijf van zijn ouders overnemen. Laatste dag: 31 januari (zondag, hij melkt dan nog 's ochtends).",
  L("Jan-Willem Ruiter", MD(1, 31)))
m("en", "Hi, our new herd manager is Tjeerd de Vries-Kuipers, from Monday 1 February.",
  J("Tjeerd de Vries-Kuipers", ON("monday", MD(2, 1))))
m("nl", "Kaasmaakster Riet Hofstra gaat met pensioen. Ze maakt haar laatste kazen op dinsdag 22 december.",
  L("Riet Hofstra", ON("dinsdag", MD(12, 22))))
m("en", "Kia ora, just letting you know I've taken on Hemi Walker as relief milker from next Monday, casual.",
  J("Hemi Walker", WD("monday")))
m("nl", "Verzorgende Nathalie Bongers wordt vanaf 1 april coördinator dagbesteding. Geen zorgtaken meer.",
  MV("Nathalie Bongers", MD(4, 1), None, "care-worker"))
m("nl", "Begeleider Thijs Harmsen (groep Hooiberg) start maandag 4 januari. Hij heeft nog geen VOG, die komt eraan.",
  J("Thijs Harmsen", ON("maandag", MD(1, 4))))
m("en", "Farm apprentice Oskar Lindgren leaves us at the end of his placement, 18 January.",
  L("Oskar Lindgren", MD(1, 18)))
m("nl", "Beste, Wout Claeys treedt op 15 februari in dienst als bedrijfsleider op onze hoeve in Meerhout. Gelieve zijn gegevens te registreren. Met vriendelijke groeten",
  J("Wout Claeys", MD(2, 15)))
m("en", "Bit of admin: Jenny's contract on the dairy goes from 20 to 30 hours from January. No other changes.",
  none=True)
m("nl", "Bibliotheek Centrum: welkom aan onze nieuwe mediacoach, Esmée Kalkman, die op dinsdag 2 februari begint.",
  J("Esmée Kalkman", ON("dinsdag", MD(2, 2))))
m("en", "Children's librarian Aoife Brennan is moving from the Central library to the Northside branch from 4 Jan.",
  MV("Aoife Brennan", MD(1, 4), None, None))
m("nl", "Leesconsulent Hanneke van Doorn stopt; haar laatste werkdag is 11 december. Ze gaat in het onderwijs werken.",
  L("Hanneke van Doorn", MD(12, 11)))
m("nl", "nieuwe vrijwilligers voor het taalcafé, vanaf 7 jan:\nfarah hosseini\nkoen wessels",
  J("Farah Hosseini", MD(1, 7)), J("Koen Wessels", MD(1, 7)))
m("en", "Please note that our facilities coordinator Marcel Timmer retires on 26 March 2027. His last day in the building is that Friday.",
  L("Marcel Timmer", D(2027, 3, 26), "facility-coordinator"))
m("nl", "Per 1 januari gaat Lisa Meulenbelt van de klantenservice naar het team collectie. Graag haar rechten in Wise aanpassen.",
  MV("Lisa Meulenbelt", MD(1, 1), None, None))
m("en", "Dear colleagues, from 15.01.2027 our library has a new information specialist, Mrs. Katharina Vogelsang. Please create her user. Best greetings",
  J("Katharina Vogelsang", D(2027, 1, 15)))
m("nl", "Goedemorgen, Bert Stoffels, bibliotheekmedewerker in Ede, is vorige week vrijdag plotseling overleden. Zijn account mag dicht.",
  L("Bert Stoffels", LW("vrijdag")), past=True)
m("en", "We've got a new programmer joining the library's digital team: Tobias Lindner, 18 January. He'll maintain the catalogue app.",
  J("Tobias Lindner", MD(1, 18), "software-engineer"))
m("nl", "RAV: ambulanceverpleegkundige Mustafa Yilmaz begint op 1 maart op post Apeldoorn.",
  J("Mustafa Yilmaz", MD(3, 1)))
m("en", "Paramedic Jade Okafor-Wright leaves the service on 28 February; final shift is the night of Saturday 27 February.",
  L("Jade Okafor-Wright", ON("saturday", MD(2, 27))))
m("nl", "taxi: chauffeur henk-jan bosch stopt morgen, hij heeft een andere baan. sleutels bus 14 graag terug",
  L("Henk-Jan Bosch", P(1)))
m("nl", "Ambulancechauffeur Rianne Kok gaat per 1 februari naar de meldkamer als centralist.",
  MV("Rianne Kok", MD(2, 1), None, None))
m("en", "Our taxi company welcomes two new drivers on Monday 14 December: Abdirahman Farah and Piotr Nowicki.",
  J("Abdirahman Farah", ON("monday", MD(12, 14))), J("Piotr Nowicki", MD(12, 14)))
m("nl", "In het zorgvervoer (rolstoelbussen) begint over drie weken een nieuwe chauffeur-begeleider: Dewi Pattiasina.",
  J("Dewi Pattiasina", P(21)))
m("en", "Please offboard Gary Pickering, ambulance care assistant, his last working day is 9 December.",
  L("Gary Pickering", MD(12, 9)))
m("nl", "Vanaf 4 januari werkt zorgmedewerker Joke Bruinsma bij ons zorgvervoer als begeleider in de bus, ze komt van de thuiszorg.",
  J("Joke Bruinsma", MD(1, 4), "care-worker"))
m("en", "Is there a way to announce a driver who works for us through a payroll company? He doesn't have a contract with us directly.",
  none=True)
m("nl", "Buitensportwinkel Arnhem: per zaterdag 5 december hebben we een extra winkelmedewerker voor de skiverhuur, Luuk Ebbers.",
  J("Luuk Ebbers", ON("zaterdag", MD(12, 5))))
m("en", "Ski-fitting specialist Matthias Huber joins our Utrecht store from 7 Dec for the season, until March.",
  J("Matthias Huber", MD(12, 7)))
m("nl", "Filiaalmanager Roos Achterberg gaat per 1 februari naar het hoofdkantoor als inkoper schoenen.",
  MV("Roos Achterberg", MD(2, 1), None, None))
m("en", "hey, just so you know: callum brooks (bike workshop) quit, his last day was last Saturday. sorry for the delay",
  L("Callum Brooks", P(-5)), past=True)
m("nl", "Webshop: onze nieuwe developer, Sten Hoekman, begint op 11-01-2027. Hij werkt vanuit huis in Nijmegen, laptop graag opsturen.",
  J("Sten Hoekman", D(2027, 1, 11), "software-engineer"))
m("en", "Hei! I want to tell that Ingvild Haugen start as store manager in Amsterdam on February 1. She speak good English but not Dutch yet.",
  J("Ingvild Haugen", MD(2, 1)))
m("nl", "Klimwandbeheerder Ferdi Schuurman stopt na deze maand. Hij werkt nog t/m 31 december.",
  L("Ferdi Schuurman", MD(12, 31)))
m("en", "Seasonal staff for the rental shop at Winterberg, both start Friday 18 December: Jonas Becker and Lena Hoffmann.",
  J("Jonas Becker", ON("friday", MD(12, 18))), J("Lena Hoffmann", MD(12, 18)))
m("nl", "Vertaalbureau: projectmanager Annelies Cornelissen begint per 4 januari. Ze krijgt de juridische klanten.",
  J("Annelies Cornelissen", MD(1, 4)))
m("en", "Our in-house Portuguese translator, Beatriz Almeida Costa, leaves on 15 January. She'll continue as a freelancer, so she'll need a vendor account instead.",
  L("Beatriz Almeida Costa", MD(1, 15)))
m("nl", "Accountmanager Erik Boerma wordt per 1 januari teamleider projectmanagement; zijn klanten neemt Carla over.",
  MV("Erik Boerma", MD(1, 1), None, "account-manager"))
m("en", "Hello, new Chinese translator Zhang Wei will come to office at 2027-01-11. Please arrange computer and Trados licence. Thanks a lot.",
  J("Zhang Wei", D(2027, 1, 11)))
m("nl", "Tolk-vertaler Arabisch Omar Haddad komt in vaste dienst per 1 februari; tot nu toe was hij freelancer.",
  J("Omar Haddad", MD(2, 1)))
m("en", "The localisation lead, Sophie Dubois-Martin, steps down and moves to our Lyon office as senior reviser as of 1 March.",
  MV("Sophie Dubois-Martin", MD(3, 1), None, None))
m("nl", "Ik heb een nieuwe accountmanager aangenomen: Fleur Jongeneel. Ze begint 1 maart, daarvoor graag leaseauto regelen.",
  J("Fleur Jongeneel", MD(3, 1), "account-manager"))
m("en", "DTP specialist Rahul Menon starts tomorrow, apologies for the short notice!",
  J("Rahul Menon", P(1)))
m("nl", "Schoonmaakbedrijf: objectleider Gülay Aydın gaat per 1 januari van object Ziekenhuis Rijnstate naar object Radboud. Zelfde functie.",
  MV("Gülay Aydın", MD(1, 1), None, None))
m("nl", "Nieuwe glazenwassers per maandag 11 januari: Sven Mol en Rachid El Amrani.",
  J("Sven Mol", ON("maandag", MD(1, 11))), J("Rachid El Amrani", MD(1, 11)))
m("en", "Cleaner Magdalena Wiśniewska finished with us yesterday, she's moving back to Kraków.",
  L("Magdalena Wiśniewska", P(-1)), past=True)
m("nl", "Onze rayonmanager, Co Verschuren, stopt per 31-1-2027. Zijn auto moet de dag erna ingeleverd worden.",
  L("Co Verschuren", D(2027, 1, 31)))
m("en", "From Monday 21 December we have a new facility coordinator for the office buildings contract: Derya Kaya.",
  J("Derya Kaya", ON("monday", MD(12, 21)), "facility-coordinator"))
m("nl", "Hallo, Jana Peeters begint bij ons als poetsvrouw op 7 januari. Gelieve haar badge voor het gebouw van de klant aan te vragen.",
  J("Jana Peeters", MD(1, 7)))
m("nl", "Planner Mark Hendriks-Bos verlaat ons per 19 februari; hij gaat bij een klant aan de slag als facilitair medewerker.",
  L("Mark Hendriks-Bos", MD(2, 19)))
m("en", "Please I wish to inform you that Mr. Kwame Boateng who was working as cleaner at the Schiphol contract has been transferred to the Zaandam contract with effect from 7th December 2026.",
  MV("Kwame Boateng", D(2026, 12, 7), None, None))
m("nl", "Schoonmaker Lidia Moreno start morgenvroeg om 6 uur op locatie Stadhuis.",
  J("Lidia Moreno", P(1)))
m("nl", "Pensioenfonds: per 1 januari 2027 treedt Karel Bosman in dienst als actuaris. Hij komt van Aegon.",
  J("Karel Bosman", D(2027, 1, 1)))
m("en", "Senior programmer Wouter Staal (COBOL, the old administration system) retires on 30 April 2027. We need a long handover.",
  L("Wouter Staal", D(2027, 4, 30), "software-engineer"))
m("nl", "Accountmanager werkgevers Chantal Kuijpers gaat per 1 maart naar team beleggingen als analist.",
  MV("Chantal Kuijpers", MD(3, 1), None, "account-manager"))
m("en", "New pension administrator Olga Petrenko starts on Tuesday 8 December, part-time (Tue/Thu).",
  J("Olga Petrenko", ON("tuesday", MD(12, 8))))
m("nl", "Softwareontwikkelaar Daan Verkerk start op maandag 1 februari in team Deelnemersportaal.",
  J("Daan Verkerk", ON("maandag", MD(2, 1)), "software-engineer"))
m("en", "Dear all, please find below the movers for Q1 2027 in Investments:\n- Hugo Sterk, from analyst to portfolio manager, 1 January\n- Lies Oomen, from portfolio manager to head of ALM, 1 February",
  MV("Hugo Sterk", MD(1, 1), None, None), MV("Lies Oomen", MD(2, 1), None, None))
m("nl", "Onze compliance officer Frank Dekker heeft afgelopen maandag zijn laatste werkdag gehad; ik dacht dat HR het had doorgegeven.",
  L("Frank Dekker", P(-3)), past=True)
m("en", "Data manager Ayesha Siddiqui joins from 18/01/2027 – please give her read access to the data warehouse on day one.",
  J("Ayesha Siddiqui", D(2027, 1, 18)))
m("nl", "Beleggingsanalist Jeroen ter Horst vertrekt per eind februari; laatste werkdag vrijdag 26 februari.",
  L("Jeroen ter Horst", ON("vrijdag", MD(2, 26))))
m("nl", "Sorry, de vorige melding klopte niet: Marloes ten Hove begint niet als pensioenadministrateur maar als teamleider, en niet op 4 januari maar op 1 februari.",
  J("Marloes ten Hove", MD(2, 1)))
m("nl", "Dierenpark: nieuwe dierverzorger bij de olifanten, Mats Jonkers, start maandag 4 januari.",
  J("Mats Jonkers", ON("maandag", MD(1, 4))))
m("en", "Our zoo vet, Dr. Priyamvada Rao, leaves on 31 March 2027 to join a wildlife project in India.",
  L("Priyamvada Rao", D(2027, 3, 31)))
m("nl", "Dierverzorger Bianca Schouten gaat per 1 februari van het apenhuis naar de roofvogels.",
  MV("Bianca Schouten", MD(2, 1), None, None))
m("en", "Keeper Tom Hargreaves (big cats) starts on 1st Feb, moving here from Chester Zoo.",
  J("Tom Hargreaves", MD(2, 1)))
m("nl", "Voor de kerstvakantie extra kassamedewerkers bij de ingang, vanaf zaterdag 19 december: Noa Brinkman, Sarah Lemmens en Jesse Koster.",
  J("Noa Brinkman", ON("zaterdag", MD(12, 19))), J("Sarah Lemmens", MD(12, 19)), J("Jesse Koster", MD(12, 19)))
m("en", "Curator of birds Dr. Hamish Buchanan will retire at the end of January – his last working day is Friday the 29th.",
  L("Hamish Buchanan", ON("friday", MD(1, 29))))
m("nl", "educatie: mirjam de lange stopt, laatste dag 18 dec (vrijdag)",
  L("Mirjam de Lange", ON("vrijdag", MD(12, 18))))
m("nl", "Vakantiepark Veluwe: per 1 maart start Jurgen Mulders als recreatiemedewerker. Seizoenscontract tot 31 oktober.",
  J("Jurgen Mulders", MD(3, 1)))
m("en", "Our receptionist at the holiday park, Emma-Rose Kilbride, finishes on 3 January after the New Year rush.",
  L("Emma-Rose Kilbride", MD(1, 3)))
m("nl", "Technische dienst: Arie Kranenburg gaat van het park in Ede naar het park in Nunspeet, per 4 januari.",
  MV("Arie Kranenburg", MD(1, 4), None, None))
m("nl", "Van: Hoofdredactie\nOnderwerp: Vertrek\n\nBeste collega's,\n\nNa elf jaar neemt chef sport Dennis Jaspers afscheid van de krant. Zijn laatste werkdag is dinsdag 19 januari. We zullen hem missen.\n\nHartelijke groet,\nMarjolein",
  L("Dennis Jaspers", ON("dinsdag", MD(1, 19))))
m("en", "Projectionist Mehdi Rahmani starts on Friday 8 January, evening shifts.",
  J("Mehdi Rahmani", ON("friday", MD(1, 8))))
m("nl", "Loonwerker? Nee, we nemen Gijs Kamphuis gewoon in vaste dienst als trekkerchauffeur, vanaf week 3.",
  J("Gijs Kamphuis", WK(3)))
m("en", "Library assistant Chloe Winterbottom is moving to our mobile library (the book bus) in week 2.",
  MV("Chloe Winterbottom", WK(2), None, None))
m("nl", "Per 15 december heeft de RAV een nieuwe medisch manager ambulancezorg: Dr. Pieter Boerrigter.",
  J("Pieter Boerrigter", MD(12, 15)))
m("en", "Store assistant Kirsty Macleod's last day is Christmas Eve.",
  L("Kirsty Macleod", MD(12, 24)))
m("nl", "Over 2 weken begint Yvette Lambrechts als vertaler Frans bij ons, het contract is net getekend.",
  J("Yvette Lambrechts", P(14)))
m("en", "We have a new office cleaner for the pension fund building, Mrs. Folasade Ogunleye, starting Wednesday 6 January, early mornings.",
  J("Folasade Ogunleye", ON("wednesday", MD(1, 6))))
m("nl", "Developer Sandra Veenhuis gaat per 1 maart van het Amsterdamse kantoor naar Heerlen, blijft ontwikkelaar.",
  MV("Sandra Veenhuis", MD(3, 1), "software-engineer", "software-engineer"))
m("en", "Hello, we have hired a new head of animal care: Dr. Ruairí Ó Briain. He starts Monday 1 March 2027.",
  J("Ruairí Ó Briain", ON("monday", D(2027, 3, 1))))
m("nl", "Animatieteam: Demi Hendriks en Ruben Overmars beginnen in de meivakantie, op zaterdag 24 april.",
  J("Demi Hendriks", ON("zaterdag", MD(4, 24))), J("Ruben Overmars", MD(4, 24)))
m("en", "Oops, forgot to tell you: sub-editor Natasha Ivanova started on Monday. She's been using a borrowed laptop since.",
  J("Natasha Ivanova", P(-3)), past=True)
m("nl", "Horecamedewerker Kayleigh Vos stopt na de kerstvakantie, laatste dienst zondag 3 januari.",
  L("Kayleigh Vos", ON("zondag", MD(1, 3))))
m("en", "Hello, new milker from Poland, Łukasz Grabowski, he come on 14 december and start work next day.",
  J("Łukasz Grabowski", MD(12, 15)))
m("nl", "Dag allemaal, vanaf 1 maart vervoegt Ruth Van den Bossche het team van de bib in Mechelen als bibliothecaris. Gelieve haar toegang tot het bibliotheeksysteem te voorzien.",
  J("Ruth Van den Bossche", MD(3, 1)))
m("en", "Healthcare assistant Bethany Cole moves from patient transport to the emergency line as trainee technician from 1 February.",
  MV("Bethany Cole", MD(2, 1), None, "care-worker"))
m("nl", "Hoi, Tim de Boer uit de fietsenwerkplaats gaat met ingang van 1 januari naar onze winkel in Zwolle. Zelfde functie, monteur.",
  MV("Tim de Boer", MD(1, 1), None, None))
m("en", "Please close all accounts for Valentina Ricci (Italian team) on 31 December – she's retiring.",
  L("Valentina Ricci", MD(12, 31)))
m("nl", "Goedemiddag, wij hebben nieuwe schoonmaker, naam Serkan Öztürk, hij begint maandag 7 december avond bij locatie Stationsplein.",
  J("Serkan Öztürk", ON("maandag", MD(12, 7))))
m("en", "Our account manager for employers in the north, Gert Smeets, is leaving – last working day 12 February 2027.",
  L("Gert Smeets", D(2027, 2, 12), "account-manager"))
m("nl", "Hoofd dierverzorging Jacqueline Prins wordt per 1 april curator zoogdieren.",
  MV("Jacqueline Prins", MD(4, 1), None, None))
m("en", "New maintenance man for the Zeeland park: Pieter-Jan Claes, from Tuesday 12 January.",
  J("Pieter-Jan Claes", ON("tuesday", MD(1, 12))))
m("nl", "Nieuwe opmakers voor de nachtredactie, alle drie vanaf 1 februari:\n1. Ingrid Meester\n2. Fabian Holtkamp\n3. Sevda Kılıç",
  J("Ingrid Meester", MD(2, 1)), J("Fabian Holtkamp", MD(2, 1)), J("Sevda Kılıç", MD(2, 1)))
m("en", "Hi, manager here. Our new assistant manager is Declan O'Neill, he's starting in 3 weeks.",
  J("Declan O'Neill", P(21)))
m("nl", "Stagiair Bart Eshuis is vorige week woensdag vertrokken, zijn stage zat erop.",
  L("Bart Eshuis", LW("woensdag")), past=True)
m("en", "Two new weekend library assistants from Saturday 9 January: Maisie Thornton and Arjun Patel.",
  J("Maisie Thornton", ON("saturday", MD(1, 9))), J("Arjun Patel", MD(1, 9)))
m("nl", "Planner Roderick Meijboom begint op woensdag 20 januari in de centrale in Doetinchem.",
  J("Roderick Meijboom", ON("woensdag", MD(1, 20))))
m("en", "Hereby I let you know that Marco Janssen, our store manager in Eindhoven, will leave us per 1 March. His last working day is 26 February.",
  L("Marco Janssen", MD(2, 26)))
m("nl", "Vertaler Duits Kirsten Hoffmann-Lange gaat vanaf volgende week donderdag als revisor werken in plaats van als vertaler.",
  MV("Kirsten Hoffmann-Lange", NW("donderdag"), None, None))
m("en", "Window cleaner Dave Burton has been let go today after failing his safety check twice.",
  L("Dave Burton", NOW))
m("nl", "Nieuwe ontwikkelaar bij IT: Wessel de Groot. Hij begint 1 februari. Graag een ontwikkellaptop.",
  J("Wessel de Groot", MD(2, 1), "software-engineer"))
m("en", "Zookeeper Isla Henderson moves to the reptile house on Monday.",
  MV("Isla Henderson", WD("monday"), None, None))
m("nl", "Beste, Jens Wouters stopt als onthaalmedewerker op ons vakantiepark. Zijn laatste werkdag is zondag 10 januari. Gelieve zijn toegangen af te sluiten.",
  L("Jens Wouters", ON("zondag", MD(1, 10))))
m("en", "Respected Sir, kindly note that Ms. Lakshmi Narayanan has been appointed as sub-editor in our Delhi bureau w.e.f. 04/01/2027. Kindly create her email id.",
  J("Lakshmi Narayanan", D(2027, 1, 4)))
m("nl", "Bedrijfsleider Joyce van Wijk neemt afscheid; ze werkt tot en met zondag 27 december.",
  L("Joyce van Wijk", ON("zondag", MD(12, 27))))
m("en", "Our care farm welcomes a new carer, Siobhan Doyle, from 11 January, working with the day group.",
  J("Siobhan Doyle", MD(1, 11), "care-worker"))
m("nl", "Vrijwilligerscoördinator Gonny Brouwer gaat met pensioen; haar laatste werkdag is donderdag 28 januari.",
  L("Gonny Brouwer", ON("donderdag", MD(1, 28))))
m("en", "New dispatcher Carlos Mendoza starts on the 14th, day shifts first.",
  J("Carlos Mendoza", MD(12, 14)))
m("nl", "Per 1 maart wisselen de bedrijfsleiders van Arnhem en Nijmegen: Mirella Krol gaat naar Nijmegen en Stefan Huisman naar Arnhem.",
  MV("Mirella Krol", MD(3, 1), None, None), MV("Stefan Huisman", MD(3, 1), None, None))
m("en", "Hello, I am pleased to inform you that Mr. Jean-Baptiste Moreau will join our agency as a sworn translator the 15th February. Cordially",
  J("Jean-Baptiste Moreau", MD(2, 15)))
m("nl", "Schoonmaker Nadia Bouali wordt per 4 januari facilitair medewerker bij de klant in Utrecht, via ons gedetacheerd.",
  MV("Nadia Bouali", MD(1, 4), "facility-coordinator", None))
m("en", "Hi, our CFO Ms. Annemarie Schuttelaar will leave us on 30 June 2027.",
  L("Annemarie Schuttelaar", D(2027, 6, 30)))
m("nl", "We hebben een nieuwe dierenarts! Dr. Maaike Smulders begint maandag 18 januari.",
  J("Maaike Smulders", ON("maandag", MD(1, 18))))
m("en", "Lifeguard (swimming paradise) Noah Peeters starts this Saturday, he's replacing Daan who broke his leg.",
  J("Noah Peeters", WD("saturday")))
m("nl", "Chef fotografie Remco Wiegman gaat per 1 januari de beeldredactie leiden.",
  MV("Remco Wiegman", MD(1, 1), None, None))
m("en", "Dear, I inform you that the new cleaner of the cinema Giorgos Papadopoulos begins to work on Monday 28 December. Regards",
  J("Giorgos Papadopoulos", ON("monday", MD(12, 28))))
m("nl", "Bedrijfsleider Hendrik-Jan Spijker vertrekt op 31 maart; hij begint voor zichzelf.",
  L("Hendrik-Jan Spijker", MD(3, 31)))
m("en", "I'm sorry for not reporting earlier: library assistant Emily Fairbairn left on 30 November.",
  L("Emily Fairbairn", D(2026, 11, 30)), past=True)
m("nl", "Per 1 januari neemt Sjors Willemsen de rol van teamleider Oost over; hij is nu nog ambulanceverpleegkundige op post Zutphen.",
  MV("Sjors Willemsen", MD(1, 1), None, None))
m("en", "New developer for the webshop and booking app: Rutger Blom. He starts 4 Jan and will work hybrid.",
  J("Rutger Blom", MD(1, 4), "software-engineer"))
m("nl", "Morgen is de laatste werkdag van Gisela Ramírez, onze Spaanse vertaalster. Kun je haar account daarna blokkeren?",
  L("Gisela Ramírez", P(1)))
m("en", "New starters in the hospital team, 7 Jan:\n* Ifeoma Nnaji\n* Tereza Horáková\n* Samir Haddou\n* Vera Mulder",
  J("Ifeoma Nnaji", MD(1, 7)), J("Tereza Horáková", MD(1, 7)), J("Samir Haddou", MD(1, 7)), J("Vera Mulder", MD(1, 7)))
m("nl", "Per 1 februari is Ilona Smit niet langer pensioenadministrateur maar klantadviseur.",
  MV("Ilona Smit", MD(2, 1), None, None))
m("en", "Zoo shop: Maddie Clarke leaves on 24 December, and her replacement Kiran Shah starts 4 January.",
  L("Maddie Clarke", MD(12, 24)), J("Kiran Shah", MD(1, 4)))
m("nl", "schoonmaak bungalows: nieuwe kracht anita zwiers per zaterdag 12 dec",
  J("Anita Zwiers", ON("zaterdag", MD(12, 12))))
m("en", "Investigative reporter Saoirse Kavanagh joins us from The Irish Times on 1 March. She will be based in Amsterdam.",
  J("Saoirse Kavanagh", MD(3, 1)))
m("nl", "De nieuwe filmprogrammeur heet Lotte Zandbergen en begint op 1 februari.",
  J("Lotte Zandbergen", MD(2, 1)))
m("en", "FYI our cheese shop assistant, Annika Svensson, finishes next Wednesday.",
  L("Annika Svensson", WD("wednesday")))
m("nl", "Facilitair medewerker Harold Wijnands wordt per 1 maart beheerder van het nieuwe cultuurhuis.",
  MV("Harold Wijnands", MD(3, 1), None, "facility-coordinator"))
m("en", "Please set up Tomás Gallego, ambulance nurse, start date 2027-02-15.",
  J("Tomás Gallego", D(2027, 2, 15)))
m("nl", "Onze winkelmedewerker Soufiane Benali stopt op 9 januari, hij gaat studeren.",
  L("Soufiane Benali", MD(1, 9)))
m("en", "From 1 January, project manager Pieter Vos becomes our new account manager for the legal sector.",
  MV("Pieter Vos", MD(1, 1), "account-manager", None))
m("nl", "Objectleider Brenda van Leeuwen vertrekt per 1 maart naar een concurrent. Laatste werkdag: 26 februari.",
  L("Brenda van Leeuwen", MD(2, 26)))
m("en", "Hi! Pension fund IT here. Welcoming Aleksandra Nowak as software engineer on Monday 4 January.",
  J("Aleksandra Nowak", ON("monday", MD(1, 4)), "software-engineer"))
m("nl", "De nieuwe voorlichter van het dierenpark is Sabine Gerritsen, ze begint op 15 februari.",
  J("Sabine Gerritsen", MD(2, 15)))
m("en", "Housekeeper Olena Shevchenko moves from the Veluwe park to the Limburg park from 1 Feb.",
  MV("Olena Shevchenko", MD(2, 1), None, None))
m("nl", "Beste, onze journaliste Elien Maes verlaat de redactie op 31 januari. Gelieve haar toegangen op die dag af te sluiten.",
  L("Elien Maes", MD(1, 31)))
m("en", "new bar staff from 1/1: Freya Lund. she's done new year's eve at our other site so she knows the till",
  J("Freya Lund", MD(1, 1)))
m("nl", "Per maandag 25 januari begint Germ Zwart als tweede man op het bedrijf.",
  J("Germ Zwart", ON("maandag", MD(1, 25))))
m("en", "Reading coach Yasmin Okoye is leaving at the end of the school term; her last day is Friday 18 December.",
  L("Yasmin Okoye", ON("friday", MD(12, 18))))
m("nl", "Kleine correctie: de nieuwe ambulancechauffeur heet Ricky Hoogeveen (met dubbel e), en hij begint op 4 januari, niet 5.",
  J("Ricky Hoogeveen", MD(1, 4)))
m("en", "Our accountmanager B2B, Ellen Vriesema, goes to the marketing team as content manager from 1 april.",
  MV("Ellen Vriesema", MD(4, 1), None, "account-manager"))
m("nl", "Goedemorgen, graag een account voor Jolanda Kerkhof, nieuwe rayonmanager Noord. Ze begint op maandag 8 februari.",
  J("Jolanda Kerkhof", ON("maandag", MD(2, 8))))
m("en", "Quick heads-up from the zoo café: Tyrone Baptiste joins us as head chef on Monday 15 February, coming from a hotel kitchen in Arnhem.",
  J("Tyrone Baptiste", ON("monday", MD(2, 15))))

MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7,
          "augustus": 8, "oktober": 10, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
          "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "okt": 10, "mrt": 3, "nov": 11, "dec": 12}
SHORT = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
         "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday", "ma": "maandag",
         "di": "dinsdag", "wo": "woensdag", "do": "donderdag", "vr": "vrijdag", "za": "zaterdag",
         "zo": "zondag", "maandg": "maandag"}
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
        where = "k%03d" % i
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
            assert e["date"] is not None, where
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
            out.write(json.dumps({"id": "k%03d" % i, "lang": lang, "text": text, "expect": expect},
                                 ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-12.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")

"""Blind-10: managers' announcements written by hand, one at a time (session 20).

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
# Part 1 (k001-k150)
# ---------------------------------------------------------------------------------------

# insurance office, schadeafdeling
m("nl", "Hoi, vanaf maandag 4 januari versterkt Sanne Oudejans de afdeling schadebehandeling. Wil je een laptop en een account voor haar regelen?",
  J("Sanne Oudejans", ON("maandag", D(2027, 1, 4))))
m("nl", "Ter info: onze acceptant Bram Tuinstra heeft ontslag genomen. Zijn laatste werkdag is 29 januari.",
  L("Bram Tuinstra", D(2027, 1, 29)))
m("en", "hey, quick one - Priya Raghunathan from claims is moving to our sales team as account manager from 1 feb. she's been a claims handler until now",
  MV("Priya Raghunathan", D(2027, 2, 1), "account-manager", None))
m("nl", "Beste collega's van ICT,\n\nMet ingang van 1 maart 2027 treedt mevrouw Lotte Kwakman in dienst als verzekeringsadviseur op ons kantoor in Zwolle.\n\nMet vriendelijke groet,\nAfdeling HR",
  J("Lotte Kwakman", D(2027, 3, 1)))
m("en", "Our underwriter Callum McTaggart has handed in his notice. He works until the end of January and after that his access can go.",
  L("Callum McTaggart", D(2027, 1, 31)))
m("nl", "volgende week woensdag begint yusuf kaya bij de klantenservice, kan hij meteen inloggen?",
  J("Yusuf Kaya", NW("woensdag")))
m("nl", "Van: Marieke Dorrestein\nVerzonden: dinsdag 1 december 2026 16:42\nAan: servicedesk\nOnderwerp: uit dienst\n\nJeroen Haverkamp (polisadministratie) gaat ons verlaten, laatste werkdag vrijdag 15 januari 2027.",
  L("Jeroen Haverkamp", ON("vrijdag", D(2027, 1, 15))))
m("en", "Hi team, can you set up Oluwaseun Adeyemi? He starts as a trainee broker on the 11th of January. Thanks!",
  J("Oluwaseun Adeyemi", D(2027, 1, 11)))

# waterschap
m("nl", "Goedemiddag,\n\nPer 1 februari a.s. komt Gerrit-Jan Wolters ons team peilbeheer versterken als gemaalbeheerder. Hij heeft een telefoon en een laptop nodig.\n\nGroet, Hilde",
  J("Gerrit-Jan Wolters", D(2027, 2, 1)))
m("nl", "Dijkwachter Harm Brinkhuis gaat met pensioen. Zijn laatste dienst draait hij op 22 december, daarna mag alles dicht.",
  L("Harm Brinkhuis", D(2026, 12, 22)))
m("nl", "wieke de boer van de zuivering gaat naar de facilitaire dienst, vanaf 18 jan. haar sleutels van rwzi kunnen dan ingeleverd",
  MV("Wieke de Boer", D(2027, 1, 18), "facility-coordinator", None))
m("nl", "Is dit het juiste kanaal om een nieuwe collega aan te melden? Ik heb iemand die na de kerst begint maar weet nog niet precies welke dag.",
  none=True)
m("nl", "Per 15 februari 2027 start Femke Slagman als beleidsmedewerker waterkwaliteit. Zij werkt vanuit het kantoor in Leeuwarden.",
  J("Femke Slagman", D(2027, 2, 15)))
m("en", "Hello, I am writing on behalf of the water board. Mr. Tjeerd Hoekstra, our hydrologist, will retire on 26 February 2027. Please end his accounts after that day.",
  L("Tjeerd Hoekstra", D(2027, 2, 26)))
m("nl", "De tijdelijke aanstelling van Nadia El Amrani (veldwerker) loopt af op 31 december. Niet verlengd.",
  L("Nadia El Amrani", D(2026, 12, 31)))

# car dealership / garage
m("nl", "Nieuwe verkoper in de showroom: Kevin Dijkhuizen, start maandag 11 januari. Graag een mailadres en toegang tot het DMS.",
  J("Kevin Dijkhuizen", ON("maandag", D(2027, 1, 11)), "account-manager"))
m("nl", "Monteur Ricardo Pinas stopt per 1 januari. Laatste werkdag bij ons is 30 december.",
  L("Ricardo Pinas", D(2026, 12, 30)))
m("en", "Morning! Ryan Holloway joins the workshop as an apprentice technician, first day Monday the 18th of January.",
  J("Ryan Holloway", ON("monday", D(2027, 1, 18))))
m("nl", "hoi! tim verbeek van de werkplaats wordt vanaf 1 februari vertegenwoordiger voor de zakelijke markt 🚗",
  MV("Tim Verbeek", D(2027, 2, 1), "account-manager", None))
m("en", "Please disable the accounts of Darren Fletcher, sales executive. He was dismissed yesterday and is not coming back.",
  L("Darren Fletcher", P(-1)), past=True)
m("nl", "Beste,\n\nWij hebben Joyce van Heerden aangenomen als receptioniste/planner voor de werkplaats. Zij begint op dinsdag 5 januari 2027.\n\nMvg,\nAutobedrijf Schouten",
  J("Joyce van Heerden", ON("dinsdag", D(2027, 1, 5))))
m("nl", "Schadehersteller Dennis Aarts gaat over 2 weken naar onze vestiging in Amersfoort, zelfde werk. Kan zijn account mee?",
  MV("Dennis Aarts", P(14), None, None))
m("en", "Kindly be informed that Mr. Andrzej Kowalczyk will be joining us as a car valeter from 7 January 2027. Please arrange his login for the planning tool.",
  J("Andrzej Kowalczyk", D(2027, 1, 7)))

# museum
m("nl", "Goedemorgen! Per 1 januari begint Isabel Verschoor als conservator moderne kunst. Zij zit op de tweede verdieping. Wil je alles klaarzetten?",
  J("Isabel Verschoor", D(2027, 1, 1)))
m("nl", "Suppoost Wim Rozendaal heeft zijn laatste dienst op zondag 20 december en gaat daarna met pensioen.",
  L("Wim Rozendaal", ON("zondag", D(2026, 12, 20))))
m("en", "Hi, our new education officer is Hannah Okonkwo-Burns. Her first day will be Tuesday 12 January.",
  J("Hannah Okonkwo-Burns", ON("tuesday", D(2027, 1, 12))))
m("nl", "Beveiliger Sjoerd Kamminga wordt vanaf 1 maart facilitair coördinator van het depot. Zijn beveiligingspas mag dan weg, hij krijgt een sleutelbos.",
  MV("Sjoerd Kamminga", D(2027, 3, 1), "facility-coordinator", None))
m("en", "Just so you know, the registrar, Margot Delacroix, leaves us on Friday 8 January. French lady, very organised, we'll miss her!",
  L("Margot Delacroix", ON("friday", D(2027, 1, 8))))
m("nl", "De vrijwilligerscoördinator, Esther Baan, gaat per 1-2-2027 minder uren werken. Verder blijft alles hetzelfde. Voor de nieuwe rondleider Thijs Wagenaar graag een account per 1-2-2027.",
  J("Thijs Wagenaar", D(2027, 2, 1)))
m("nl", "Hallo ICT, de stage van Lieke Stroeve bij de collectieafdeling is afgelopen. Ze was hier tot en met 27 november, sorry voor de late melding.",
  L("Lieke Stroeve", D(2026, 11, 27)), past=True)

# software scale-up, support desk
m("en", "new support agent starting monday!! name is Mateo Giménez, tier 1, Spanish + English queue. zendesk + slack pls",
  J("Mateo Giménez", WD("monday")))
m("en", "Heads up: Aoife Brennan moves from support to the dev team as a software developer on 1 February. She has been our tier 2 lead.",
  MV("Aoife Brennan", D(2027, 2, 1), "software-engineer", None))
m("en", "Tobias Lindqvist (backend developer) resigned. Last day is Thursday 31 December. Please rotate whatever secrets he had.",
  L("Tobias Lindqvist", ON("thursday", D(2026, 12, 31)), "software-engineer"))
m("nl", "yo, floor de wit begint 4/1 bij support, nl/de queue. laptop is al besteld",
  J("Floor de Wit", D(2027, 1, 4)))
m("en", "We've hired two support agents for the night queue: Kwame Mensah starts on 11 January and Ines Carvalho on 18 January. Both remote.",
  J("Kwame Mensah", D(2027, 1, 11)), J("Ines Carvalho", D(2027, 1, 18)))
m("en", "Our customer success manager Noor Hamdan is becoming an account manager in sales as of the 1st of March.",
  MV("Noor Hamdan", D(2027, 3, 1), "account-manager", None))
m("nl", "Hoi, Daan Meulenbelt stopt bij support. Hij heeft vandaag zijn laatste dag, kun je zijn accounts vanavond blokkeren?",
  L("Daan Meulenbelt", NOW))
m("en", "Hello! Is there a way to see which laptops are still assigned to my support team? I don't want to announce anyone, just checking.",
  none=True)

# dairy plant
m("nl", "Operator Henk-Jan Bouwmeester gaat per 1 januari van de ploegendienst naar de facilitaire dienst van de fabriek.",
  MV("Henk-Jan Bouwmeester", D(2027, 1, 1), "facility-coordinator", None))
m("nl", "Nieuwe medewerker kwaliteitslab: Marloes Veenstra. Start: donderdag 7 januari 2027. Contract: tijdelijk, 6 maanden.",
  J("Marloes Veenstra", ON("donderdag", D(2027, 1, 7))))
m("nl", "Heftruckchauffeur Bogdan Ionescu gaat ons na vijf jaar verlaten. Laatste dienst: zaterdag 16 januari.",
  L("Bogdan Ionescu", ON("zaterdag", D(2027, 1, 16))))
m("en", "Dear HR, the contract of our seasonal worker Tomasz Wiśniewski ends on 23 December 2026. Please close his badge and login.",
  L("Tomasz Wiśniewski", D(2026, 12, 23)))
m("nl", "Sinds maandag werkt Jorien Hofstede bij ons op de kaasmakerij, was vergeten haar aan te melden. Kan ze alsnog een account krijgen?",
  J("Jorien Hofstede", P(-3)), past=True)
m("nl", "In week 2 beginnen twee nieuwe procesoperators, op maandag: Ruud Hoogland en Ahmet Demir.",
  J("Ruud Hoogland", WK(2)), J("Ahmet Demir", WK(2)))
m("en", "The plant's maintenance planner, Stuart Abernethy, is leaving us. His last shift is on Christmas Eve.",
  L("Stuart Abernethy", D(2026, 12, 24)))

# architecture studio
m("en", "Hi! Please welcome Elif Şahin, junior architect, who joins the studio on Monday 1 February 2027.",
  J("Elif Şahin", ON("monday", D(2027, 2, 1))))
m("nl", "Onze bouwkundig tekenaar Mark Everts gaat bij een ander bureau aan de slag. Hij werkt nog tot en met vrijdag 18 december.",
  L("Mark Everts", ON("vrijdag", D(2026, 12, 18))))
m("nl", "Vanaf 11 januari komt Pieter-Bas ter Horst ons team versterken als projectarchitect. Graag een licentie voor Revit en ArchiCAD.",
  J("Pieter-Bas ter Horst", D(2027, 1, 11)))
m("en", "FYI Gianluca Moretti, our visualiser, is going to do the studio's IT and dev work from January 4: he becomes our in-house developer.",
  MV("Gianluca Moretti", D(2027, 1, 4), "software-engineer", None))
m("nl", "Stagiaire Anouk Baljet (TU Delft) begint op 1 februari, zes maanden. Ze heeft een laptop nodig met de tekenpakketten.",
  J("Anouk Baljet", D(2027, 2, 1)))
m("en", "Re: office manager\n\nWe've found our new office manager! Charlotte Ashworth starts Monday week, the 14th of December.",
  J("Charlotte Ashworth", D(2026, 12, 14)))

# charity / church
m("nl", "Beste mensen, onze koster Johannes Vlietstra neemt na 25 jaar afscheid. Zijn laatste zondag is 27 december. Wilt u zijn toegang tot de ledenadministratie afsluiten?",
  L("Johannes Vlietstra", D(2026, 12, 27)))
m("nl", "Per 1 januari start Miriam Oosterveld als fondsenwerver bij de stichting (32 uur). Ze werkt vanuit Utrecht.",
  J("Miriam Oosterveld", D(2027, 1, 1)))
m("en", "Dear colleagues, I'm glad to tell you that Rev. Samuel Adjei will join the parish team as assistant pastor from Sunday 3 January 2027.",
  J("Samuel Adjei", ON("sunday", D(2027, 1, 3))))
m("nl", "De vrijwilliger die de voedselbank coördineert, Kees Mulderij, stopt eind deze maand. Hij mag zijn sleutels nog inleveren.",
  L("Kees Mulderij", D(2026, 12, 31)))
m("en", "Hi, Grace Nwachukwu (fundraising) is going to work in our shop team from Monday 11 January, as the shop's team lead. Not sure if that matters for her laptop.",
  MV("Grace Nwachukwu", ON("monday", D(2027, 1, 11)), None, None))
m("nl", "Wij hebben een nieuwe zorgmedewerker voor het inloophuis: Rianne Schotanus. Zij begint volgende week maandag.",
  J("Rianne Schotanus", NW("maandag"), "care-worker"))

# airport ground handler
m("en", "New ramp agents starting 4 Jan: Jamal Osei, Lukas Brandt, Szymon Nowak. Airside pass and crew app needed for all three.",
  J("Jamal Osei", D(2027, 1, 4)), J("Lukas Brandt", D(2027, 1, 4)), J("Szymon Nowak", D(2027, 1, 4)))
m("nl", "Check-in agent Esmee Hartog stopt, haar contract loopt op 10 januari af. Pas moet dan ingeleverd.",
  L("Esmee Hartog", D(2027, 1, 10)))
m("en", "hi, baggage handler Reza Karimi became our facilities coordinator today. forgot to tell you earlier, his ramp login can go",
  MV("Reza Karimi", NOW, "facility-coordinator", None))
m("en", "Dear Sir/Madam, this is to inform that Mr. Arjun Menon, duty manager, will be relieved from his services on 15 January 2027. Kindly deactivate all access post that date.",
  L("Arjun Menon", D(2027, 1, 15)))
m("nl", "Loadcontroller Tessa Bijleveld begint op de eerste maandag van februari. Zij komt van KLM, dus de opleiding is al gedaan.",
  J("Tessa Bijleveld", D(2027, 2, 1)))
m("nl", "De winterkrachten voor de de-icing, Robin Kleefstra en Marco Sanders, zijn per gisteren begonnen. Sorry, te laat gemeld!",
  J("Robin Kleefstra", P(-1)), J("Marco Sanders", P(-1)), past=True)

# recruitment agency
m("en", "Morning all, we've taken on a new recruitment consultant. Jasmine Patel starts on Wednesday 6 January. Laptop, CRM and LinkedIn Recruiter seat please.",
  J("Jasmine Patel", ON("wednesday", D(2027, 1, 6))))
m("nl", "Intercedent Bas Wijnands gaat per 1 februari de buitendienst in als accountmanager. Wil je zijn rechten in het CRM aanpassen?",
  MV("Bas Wijnands", D(2027, 2, 1), "account-manager", None))
m("nl", "Zoë Mertens heeft ontslag genomen, ze werkt tot en met 31 januari. Haar vakantiedagen neemt ze op vanaf 18 januari, dus haar laatste werkdag is vrijdag 15 januari.",
  L("Zoë Mertens", ON("vrijdag", D(2027, 1, 15))))
m("en", "Hey, rehiring Connor Walsh - he was with us until last summer. Back as a senior consultant from the 1st of February. Same login if it still exists?",
  J("Connor Walsh", D(2027, 2, 1)))
m("nl", "Ik weet niet of het hier moet, maar Sophie van Ark (recruiter IT) is per direct op non-actief gezet en komt niet meer terug. Alles dicht graag.",
  L("Sophie van Ark", NOW))
m("en", "Can you add Bilal Chaudhry as a temp? He'll help the team from 14 to 31 December with the year-end rush.",
  J("Bilal Chaudhry", D(2026, 12, 14)))

# elderly home's kitchen and night shift
m("nl", "Hoi, in de keuken van De Lindehof begint een nieuwe kok: Wesley Bakboord. Eerste dienst is zaterdag 9 januari. Hij heeft een pas nodig voor de personeelsingang.",
  J("Wesley Bakboord", ON("zaterdag", D(2027, 1, 9))))
m("nl", "Verzorgende Anja Tiemens gaat van de dagdienst naar de nachtdienst, per 1 januari. Zelfde functie, andere rooster, dus alleen ter info voor jullie.",
  MV("Anja Tiemens", D(2027, 1, 1), "care-worker", "care-worker"))
m("nl", "nachtdienst: ilse borgman is er vannacht voor t laatst, ze gaat verhuizen. pasje ligt in de kluis 🙏",
  L("Ilse Borgman", NOW))
m("en", "Good evening. We have a new healthcare assistant for nights, Florin Dumitrescu. He start on 14 december. Please make his account and badge, thank you very much.",
  J("Florin Dumitrescu", D(2026, 12, 14), "care-worker"))
m("nl", "Keukenhulp Gerda Mollema stopt er na de feestdagen mee: haar laatste werkdag is maandag 4 januari.",
  L("Gerda Mollema", ON("maandag", D(2027, 1, 4))))
m("nl", "Goedenavond,\n\nOnze nieuwe collega's voor de nachtdienst:\n- Fatima Bouzid, zorgmedewerker, vanaf 7 december\n- Jolanda Prins, verzorgende IG, vanaf 21 december\n\nGraag voor beiden een account en een sleutelpas.\n\nTeamleider nacht",
  J("Fatima Bouzid", D(2026, 12, 7), "care-worker"), J("Jolanda Prins", D(2026, 12, 21), "care-worker"))
m("en", "Hi, the kitchen's head chef Duncan Reilly is leaving. He gave notice on Monday; five weeks, so his last day is Monday 4 January.",
  L("Duncan Reilly", ON("monday", D(2027, 1, 4))))

# zoo
m("nl", "Dierverzorger Merel Hoekman (apenhuis) gaat vanaf 1 maart werken als facilitair medewerker bij onze technische dienst. Haar toegang tot het dierenregistratiesysteem mag dan weg.",
  MV("Merel Hoekman", D(2027, 3, 1), "facility-coordinator", None))
m("en", "We are delighted to announce that Dr. Kofi Boateng will join the zoo as our head vet on the first of February.",
  J("Kofi Boateng", D(2027, 2, 1)))
m("nl", "Kassamedewerker Lars Blokzijl stopt, zijn laatste dag is de 2e januari.",
  L("Lars Blokzijl", D(2027, 1, 2)))
m("nl", "Per 1 januari gaat onze verkoper groepsuitjes, Chantal Rademaker, naar de afdeling educatie. Ze wordt daar coördinator schoolbezoeken.",
  MV("Chantal Rademaker", D(2027, 1, 1), None, "account-manager"))
m("en", "Hi there, Jonas Albrecht (German volunteer, bird team) leaves on 19 December. He had a login for the volunteer rota, please delete.",
  L("Jonas Albrecht", D(2026, 12, 19)))

# brewery
m("nl", "Brouwer Thomas Lievense begint bij ons op maandag 1 februari. Hij komt van een brouwerij in Gent. Laptop + telefoon graag.",
  J("Thomas Lievense", ON("maandag", D(2027, 2, 1))))
m("nl", "Allee, ge moogt de account van Jens Vercammen afsluiten, hij is gisteren voor het laatst komen werken in de bottelarij.",
  L("Jens Vercammen", P(-1)), past=True)
m("en", "hi! Freya Lindgren is joining as sales rep for the horeca region north. starts 1 feb. company car + phone + CRM 🍺",
  J("Freya Lindgren", D(2027, 2, 1), "account-manager"))
m("nl", "Beste, vanaf de 15de januari komt Stijn Goossens onze tapverkoop versterken als vertegenwoordiger voor Limburg. Gelieve een laptop en een wagen te voorzien.",
  J("Stijn Goossens", D(2027, 1, 15), "account-manager"))
m("nl", "Commercieel directeur Ruben Vos gaat de brouwerij verlaten, zijn laatste werkdag is 26 februari 2027. Zijn opvolger Linda Krabbendam begint op 1 maart.",
  L("Ruben Vos", D(2027, 2, 26)), J("Linda Krabbendam", D(2027, 3, 1)))

# library
m("nl", "Bibliothecaris Hennie Scholten gaat per 1 april met vervroegd pensioen. Laatste werkdag 31 maart.",
  L("Hennie Scholten", D(2027, 3, 31)))
m("nl", "Goeiemorgen! Onze nieuwe medewerker jeugd, Mila Sprenger, begint dinsdag 5 januari in vestiging Oost. Ze heeft een account voor het uitleensysteem nodig.",
  J("Mila Sprenger", ON("dinsdag", D(2027, 1, 5))))
m("en", "The library's IT support, Aidan Carroll, is becoming a developer in the county's web team from 1 March 2027. He currently looks after our public PCs.",
  MV("Aidan Carroll", D(2027, 3, 1), "software-engineer", None))
m("nl", "Wat moet ik doen als iemand van mijn team langdurig ziek is? Moet zijn laptop dan terug?",
  none=True)

# insurance office, second round
m("en", "Hi, I would like to register a new employee. Name: Katarzyna Zielińska. Position: claims assessor. Start: 18.01.2027. Thank you!",
  J("Katarzyna Zielińska", D(2027, 1, 18)))
m("nl", "Onze buitendienstmedewerker Erik Jan Steenbergen stopt per 1 februari. Zijn laatste werkdag is vrijdag 29 januari, leaseauto gaat die dag terug.",
  L("Erik Jan Steenbergen", ON("vrijdag", D(2027, 1, 29))))
m("nl", "Correctie op mijn bericht van gisteren: Ilona Vermeer begint niet op 4 januari maar een week later, op 11 januari.",
  J("Ilona Vermeer", D(2027, 1, 11)))
m("en", "Good afternoon,\n\nPlease note that Mr Gareth Pritchard, senior account manager, has resigned with effect from 28 February 2027. His final working day will be Friday 19 February as he has holiday to take.\n\nRegards,\nPeople Team",
  L("Gareth Pritchard", ON("friday", D(2027, 2, 19)), "account-manager"))
m("nl", "Hoi! Femke-Lynn Boerma komt na haar zwangerschapsverlof niet terug, ze heeft opgezegd. Ze is nog met verlof; haar dienstverband eindigt op 31 december.",
  L("Femke-Lynn Boerma", D(2026, 12, 31)))

# waterschap, second round
m("nl", "Aan: ICT\nBetreft: indiensttreding\n\nNaam: Arend Kuipers\nFunctie: medewerker gemalen\nIn dienst per: 1 februari 2027\nWerkplek: steunpunt Dokkum",
  J("Arend Kuipers", D(2027, 2, 1)))
m("nl", "Onze developer Joost Kremer (team datavoorziening) gaat over drie weken naar de provincie. Hij werkt hier dus tot dan.",
  L("Joost Kremer", P(21), "software-engineer"))
m("en", "Hello, Mrs. Siobhan Kelly will start at the water board on Monday 8 February as a GIS specialist. Could you please create her accounts before that date?",
  J("Siobhan Kelly", ON("monday", D(2027, 2, 8))))
m("nl", "Zuiveringstechnoloog Bart Eilander wordt per week 3 teamleider facilitaire dienst. Graag zijn rechten aanpassen op de maandag van die week.",
  MV("Bart Eilander", WK(3), "facility-coordinator", None))

# car dealership, second round
m("nl", "hoi, chantal kok start morgen als planner bij de werkplaats. had ik eerder moeten melden sorry! kan ze inloggen?",
  J("Chantal Kok", P(1)))
m("en", "Two changes in the showroom: Luca Romano joins as a sales advisor on 4 January, and Peter Hendry, our sales rep for fleet, leaves on 31 December.",
  J("Luca Romano", D(2027, 1, 4), "account-manager"), L("Peter Hendry", D(2026, 12, 31), "account-manager"))
m("nl", "APK-keurmeester Harrie Wolters gaat met pensioen na 40 jaar! Zijn laatste werkdag wordt woensdag 23 december.",
  L("Harrie Wolters", ON("woensdag", D(2026, 12, 23))))
m("nl", "De nieuwe magazijnmedewerker onderdelen heet Mustafa Yıldız. Hij begint op 2027-01-11.",
  J("Mustafa Yıldız", D(2027, 1, 11)))

# museum, second round
m("en", "Hi! I'm the collections manager. Our new digitisation intern, Clara Fontaine, starts on 11 January for five months. Could she have a laptop and access to the collection database?",
  J("Clara Fontaine", D(2027, 1, 11)))
m("nl", "Per heden is Evert-Jan Meijer niet meer werkzaam bij het museum (hoofd tentoonstellingen). Graag al zijn toegang intrekken.",
  L("Evert-Jan Meijer", NOW))
m("nl", "Hallo, de nieuwe beveiligers via het uitzendbureau zijn Anil Ramdin en Gijs Verhagen. Anil begint op 14 december, Gijs op 4 januari.",
  J("Anil Ramdin", D(2026, 12, 14)), J("Gijs Verhagen", D(2027, 1, 4)))
m("en", "Our museum shop manager, Philippa Grant, moves to the café as its manager from the 1st of February. Shop till login can go, she'll need the café one.",
  MV("Philippa Grant", D(2027, 2, 1), None, None))

# software scale-up, second round
m("en", "Onboarding: Dmitri Volkov, software engineer, platform team. Start date Monday 4 January 2027. Needs GitHub, AWS read access and a MacBook.",
  J("Dmitri Volkov", ON("monday", D(2027, 1, 4)), "software-engineer"))
m("nl", "jeetje vergeten: sem hulshof (support) is vorige week vrijdag gestopt. kan zn zendesk account dicht?",
  L("Sem Hulshof", LW("vrijdag")), past=True)
m("en", "Support desk update - Amira Haddad goes from tier 1 to our developer team from 15 February. Her Zendesk admin rights can go, GitHub needed.",
  MV("Amira Haddad", D(2027, 2, 15), "software-engineer", None))
m("en", "Quick question before I announce anyone: does a contractor need an account from you, or does the agency handle that? We have one starting in January.",
  none=True)
m("en", "Hi, small correction on Julian Baxter: he does NOT start on the 4th, he starts on Monday 11 January. The rest is the same.",
  J("Julian Baxter", ON("monday", D(2027, 1, 11))))
m("nl", "Teamlead support Noa Vermeulen vertrekt. Afgesproken laatste werkdag: dinsdag 2 februari. Ze gaat naar een concurrent dus graag dezelfde dag alles blokkeren.",
  L("Noa Vermeulen", ON("dinsdag", D(2027, 2, 2))))

# dairy plant, second round
m("nl", "Van: HR Zuivelfabriek\nDatum: woensdag 2 december 2026\nOnderwerp: nieuwe medewerker\n\nBeste collega's,\n\nIn de week van 18 januari, op de maandag, start Dirk Zwiers als technicus op de productievloer.",
  J("Dirk Zwiers", D(2027, 1, 18)))
m("en", "Hello, I am the shift leader. The colleague Vasile Popa stop working here Friday 11 December, his contract is finished. Please close the locker and the account.",
  L("Vasile Popa", ON("friday", D(2026, 12, 11))))
m("nl", "Melkrijder Jan-Willem Bosch wordt per 1 januari vertegenwoordiger bij de boeren in de regio. Hij krijgt een auto van de zaak.",
  MV("Jan-Willem Bosch", D(2027, 1, 1), "account-manager", None))
m("nl", "Ook even melden: Roos Heerema start op 1 maart als kwaliteitsmanager. Ze komt van FrieslandCampina.",
  J("Roos Heerema", D(2027, 3, 1)))

# architecture studio, second round
m("nl", "hee, nieuwe stagiair olivier de jong vanaf maandag 11 jan tot de zomer, kan hij een laptop met rhino?",
  J("Olivier de Jong", ON("maandag", D(2027, 1, 11))))
m("en", "Our partner Beatrice Lowell is retiring at the end of March. She'll keep her email until then, after that please close everything.",
  L("Beatrice Lowell", D(2027, 3, 31)))
m("nl", "Interieurarchitect Selin Aydın komt per 1 februari terug bij ons bureau. Ze werkte hier tot 2024 en is opnieuw aangenomen.",
  J("Selin Aydın", D(2027, 2, 1)))

# charity / church, second round
m("nl", "Beste ICT, de diaconie heeft een nieuwe ouderenwerker aangesteld: Hendrika Wiersma. Ingangsdatum: 1 januari 2027. Ze werkt 24 uur per week.",
  J("Hendrika Wiersma", D(2027, 1, 1)))
m("en", "Hi, our volunteer coordinator Tendai Moyo finished with us on Monday (30 Nov). I only just heard. Could you remove his access?",
  L("Tendai Moyo", ON("monday", D(2026, 11, 30))), past=True)
m("nl", "De penningmeester van de kerk, Klaas de Vries, vroeg of hij nog toegang houdt tot de bankapp. Er verandert niets aan zijn functie. Wel begint Geertje Hoekstra als nieuwe kerkelijk werker op 1 februari.",
  J("Geertje Hoekstra", D(2027, 2, 1)))
m("en", "Our charity's shop assistant Mariam Yusuf is moving to the fundraising office in London from 4 January. She'll be a fundraising assistant there.",
  MV("Mariam Yusuf", D(2027, 1, 4), None, None))

# airport ground handler, second round
m("nl", "Goedemorgen, per eerste januari gaat Jeroen Timmer van platformmedewerker naar de facilitaire dienst. Graag zijn airside toegang beperken.",
  MV("Jeroen Timmer", D(2027, 1, 1), "facility-coordinator", None))
m("en", "Dear team, please be informed that Ms. Anh Nguyen (passenger services) has completed her fixed-term contract. Her last working day is 31.12.2026.",
  L("Anh Nguyen", D(2026, 12, 31)))
m("en", "Hi there! Our new account manager for the airlines is Sébastien Roux, he starts the 1st of February. He's French and will work from Paris mostly.",
  J("Sébastien Roux", D(2027, 2, 1), "account-manager"))
m("nl", "Chauffeur crewbus Mohamed Amrani stopt over tien dagen, hij heeft een andere baan.",
  L("Mohamed Amrani", P(10)))

# recruitment agency, second round
m("nl", "Nieuwe uitzendkracht op ons eigen kantoor: Demi Lansbergen, receptie, van 14 december tot en met 29 januari.",
  J("Demi Lansbergen", D(2026, 12, 14)))
m("en", "Hi, Rachel Goldberg is leaving the agency - last day Friday 22 January - and her desk goes to Tom Whitaker, who starts Monday 25 January as a consultant.",
  L("Rachel Goldberg", ON("friday", D(2027, 1, 22))), J("Tom Whitaker", ON("monday", D(2027, 1, 25))))
m("nl", "Accountmanager Jesse Brouwer wordt per 1 maart vestigingsmanager in Breda.",
  MV("Jesse Brouwer", D(2027, 3, 1), None, "account-manager"))
m("nl", "Kun je een account maken voor Priscilla Asante? Ze begint over twee weken als recruiter in de zorgsector.",
  J("Priscilla Asante", P(14)))

# more from the same places, other writers
m("nl", "Hoi Servicedesk,\n\nVier nieuwe schadebehandelaars voor het team Motorrijtuigen:\n1. Sevda Arslan - 4 januari\n2. Niels Pauwels - 4 januari\n3. Romy Kuiper - 11 januari\n4. Brian Hooghiemstra - 1 februari\n\nBvd!",
  J("Sevda Arslan", D(2027, 1, 4)), J("Niels Pauwels", D(2027, 1, 4)), J("Romy Kuiper", D(2027, 1, 11)), J("Brian Hooghiemstra", D(2027, 2, 1)))
m("en", "Patrick O'Donoghue, our fleet developer, leaves the dealership group on the 15th of January; the same day Hamid Rezaei takes over as our new developer.",
  L("Patrick O'Donoghue", D(2027, 1, 15), "software-engineer"), J("Hamid Rezaei", D(2027, 1, 15), "software-engineer"))
m("nl", "Facilitair coördinator Wendy Smeets van het museum wordt per 1 april ontwikkelaar in ons digitale team. Ze heeft de opleiding net afgerond!",
  MV("Wendy Smeets", D(2027, 4, 1), "software-engineer", "facility-coordinator"))
m("en", "Morning, Ewa Kamińska, our care worker at the day centre, is switching to the charity's sales team as an account manager from 1 March.",
  MV("Ewa Kamińska", D(2027, 3, 1), "account-manager", "care-worker"))
m("nl", "Dag allemaal, Ingrid Doornbos start op maandag week 6 als HR-adviseur bij het waterschap.",
  J("Ingrid Doornbos", WK(6)))
m("en", "hiya, new lad in the tyre bay, Kieran Doyle, starting tues 8th dec. needs a login for the till + job cards. ta",
  J("Kieran Doyle", ON("tuesday", D(2026, 12, 8))))
m("nl", "Goedendag, hierbij melden wij dat mevrouw Truus Lammerts-Hofman per 31 januari 2027 uit dienst treedt. Zij was medewerker debiteurenbeheer.",
  L("Truus Lammerts-Hofman", D(2027, 1, 31)))
m("en", "The support desk gets a new colleague in three weeks: Leon Schäfer, German queue. Laptop please!",
  J("Leon Schäfer", P(21)))
m("nl", "Zorgmedewerker Sharon Blom (nachtdienst) gaat per 1 februari naar de keuken als facilitair medewerker. Haar medicijnsleutel moet dan terug.",
  MV("Sharon Blom", D(2027, 2, 1), "facility-coordinator", "care-worker"))
m("en", "Hello! It's Marta from the dairy lab. Our new lab technician Giorgos Papadakis starts on Monday the 4th of January. And Vera Lukić leaves us on the 31st of January, so her account can close then.",
  J("Giorgos Papadakis", ON("monday", D(2027, 1, 4))), L("Vera Lukić", D(2027, 1, 31)))
m("nl", "Jullie weten het misschien al: Ton Ravensbergen, onze vertegenwoordiger voor het noorden, is overleden. Zijn accounts mogen vanaf vandaag dicht; zijn auto halen we op.",
  L("Ton Ravensbergen", NOW, "account-manager"))
m("nl", "Nieuwe ontwikkelaar bij het architectenbureau (BIM-scripts): Aisha Rahimi, per 15 maart 2027.",
  J("Aisha Rahimi", D(2027, 3, 15), "software-engineer"))
m("en", "Our new airport facilities coordinator, Owen Gallagher, starts on Tuesday, 5 January 2027. Please set him up with keys and the alarm code.",
  J("Owen Gallagher", ON("tuesday", D(2027, 1, 5)), "facility-coordinator"))
m("nl", "Hallo, in het nieuwe jaar gaat Eline Hazelaar bij ons werken als facilitair medewerker. Haar eerste dag is dinsdag 12 januari.",
  J("Eline Hazelaar", ON("dinsdag", D(2027, 1, 12)), "facility-coordinator"))
m("en", "hi! is it ok to announce someone for march already? Nina Kowalski joins the recruitment team on 1 March as an office assistant.",
  J("Nina Kowalski", D(2027, 3, 1)))
m("nl", "Goedemiddag, per vandaag is Gert Sikkema (tijdelijk contract, gemaalonderhoud) vertrokken, hij is niet meer teruggekomen na zijn ziekte. Graag alles afsluiten.",
  L("Gert Sikkema", NOW))
m("en", "Lenka Horvatová, one of our carers at the nursing home, will stop working on 17 January. She is going back to Slovakia.",
  L("Lenka Horvatová", D(2027, 1, 17), "care-worker"))
m("nl", "Vanaf overmorgen werkt Koen Tillema bij de dierenkliniek van de dierentuin, hij is onze nieuwe dierenarts. Kan hij zaterdag al inloggen?",
  J("Koen Tillema", P(2)))

# ---------------------------------------------------------------------------------------
# Part 2 (k151-k320), written after the first run of part 1 (only its CORPUS line read)
# ---------------------------------------------------------------------------------------

# solar-panel installer
m("nl", "Hoi, we hebben twee nieuwe monteurs voor de daken: Jordy Kamphuis en Sven Oldenhof. Allebei maandag 11 januari, graag een telefoon en de planningsapp.",
  J("Jordy Kamphuis", ON("maandag", D(2027, 1, 11))), J("Sven Oldenhof", ON("maandag", D(2027, 1, 11))))
m("nl", "Onze adviseur aan huis, Marco Pronk, gaat per 1 februari als accountmanager zakelijke projecten aan de slag. Graag zijn CRM-rechten uitbreiden.",
  MV("Marco Pronk", D(2027, 2, 1), "account-manager", None))
m("en", "hey, Liam Kavanagh quit this morning, walked off the job. he won't be back. can u kill his accounts today pls",
  L("Liam Kavanagh", NOW))
m("nl", "Per 4 januari 2027 komt er een nieuwe werkvoorbereider bij: Ilse Tjepkema. Ze komt uit de installatietechniek.",
  J("Ilse Tjepkema", D(2027, 1, 4)))
m("nl", "Elektricien Patrick Wouda is er vandaag niet meer. Hij is sinds dinsdag uit dienst, zijn bus staat op het terrein.",
  L("Patrick Wouda", P(-2)), past=True)
m("en", "Dear IT,\n\nPlease be advised that Mr. Viktor Horváth will join our installation team as a solar PV installer on 18 January 2027. He has a Hungarian driving licence and will need a company van card.\n\nKind regards,\nOperations",
  J("Viktor Horváth", D(2027, 1, 18)))
m("nl", "Planner Dewi Sutanto stopt eind volgende maand bij ons. Zij gaat terug naar Indonesië.",
  L("Dewi Sutanto", D(2027, 1, 31)))
m("nl", "Verkoper Erwin Boonstra (binnendienst) wordt vanaf 1 maart facilitair coördinator van ons magazijn in Heerenveen.",
  MV("Erwin Boonstra", D(2027, 3, 1), "facility-coordinator", "account-manager"))
m("en", "Hi, it's Gemma from the Leeds branch. Our new surveyor Harvey Lam starts on 4 January. Josh Pearce will show him round on his first morning.",
  J("Harvey Lam", D(2027, 1, 4)))

# festival organiser
m("nl", "Hee! Productieleider Jasmijn Rutgers begint op 1 februari, net op tijd voor het festivalseizoen 🎪 Laptop + account graag.",
  J("Jasmijn Rutgers", D(2027, 2, 1)))
m("en", "Our ticketing developer Nikolai Petrov leaves after the New Year's Eve event; his last day is 31 December. Please make sure his keys to the ticket API are rotated.",
  L("Nikolai Petrov", D(2026, 12, 31), "software-engineer"))
m("nl", "Vanaf de dag na Koningsdag versterkt Bo Zandbergen het team als stagiair marketing. Ze blijft tot na de zomer.",
  J("Bo Zandbergen", D(2027, 4, 28)))
m("en", "Hi, hiring news: Sadia Islam will be our new sponsorship account manager from the 15th of February. She's coming from a football club, knows the job.",
  J("Sadia Islam", D(2027, 2, 15), "account-manager"))
m("nl", "Artiestenbegeleider Ramon Cijntje werkt hier op freelancebasis en stopt na het Winterfestival, dus na zondag 13 december. Zijn account mag daarna dicht.",
  L("Ramon Cijntje", ON("zondag", D(2026, 12, 13))))
m("nl", "Onze vrijwilligerscoördinator Tamara Jongsma wordt op 1 maart onze facilitair coördinator voor het terrein. Zij was tot nu toe alleen verantwoordelijk voor de crew.",
  MV("Tamara Jongsma", D(2027, 3, 1), "facility-coordinator", None))
m("en", "Hello. I want to say that Alejandro Ruiz finish his work as stage manager with us on 20 december. Is a freelance contract, no more after that. Thank you, Lucía",
  L("Alejandro Ruiz", D(2026, 12, 20)))
m("nl", "Kunnen jullie zorgen dat de festivalmedewerkers die in het voorjaar beginnen op tijd een laptop hebben? Ik meld ze volgende maand een voor een aan.",
  none=True)

# ferry operator / marina
m("nl", "Matroos Hidde Zijlstra gaat per 1 januari aan wal werken bij de facilitaire dienst van de rederij. Zijn bemanningspas mag dan inactief.",
  MV("Hidde Zijlstra", D(2027, 1, 1), "facility-coordinator", None))
m("en", "Good morning, new deckhand on the Harwich route: Kyle Bennett, first sailing on Saturday 9 January. He needs a crew login and a locker.",
  J("Kyle Bennett", ON("saturday", D(2027, 1, 9))))
m("nl", "Havenmeester Albert Veldman (jachthaven) gaat na dit seizoen stoppen, zijn laatste werkdag is 31 maart 2027.",
  L("Albert Veldman", D(2027, 3, 31)))
m("nl", "De kaartverkoop aan de pier krijgt versterking: Naima Bakkali komt op donderdag 17 december, tijdelijk tot eind februari.",
  J("Naima Bakkali", ON("donderdag", D(2026, 12, 17))))
m("en", "Hi, Captain Graham Lockhart retires. His last crossing is on Boxing Day, after that please close his email and the bridge system login.",
  L("Graham Lockhart", D(2026, 12, 26)))
m("nl", "Stuurman Willem Kooistra en machinist Rik Dekema wisselen per 1 februari van schip; zelfde functie, ander schip. Alleen ter info.",
  MV("Willem Kooistra", D(2027, 2, 1), None, None), MV("Rik Dekema", D(2027, 2, 1), None, None))
m("en", "Dear HR, this email is to confirm that Ms Agnieszka Lewandowska, customer service agent in the ferry terminal, will end her employment on 10 January 2027. Her last shift is on Friday 8 January.",
  L("Agnieszka Lewandowska", ON("friday", D(2027, 1, 8))))

# bicycle shop chain
m("nl", "nieuwe fietsenmaker in utrecht: mees de klerk, begint a.s. maandag. kassa login graag 🚲",
  J("Mees de Klerk", WD("maandag")))
m("nl", "Filiaalmanager Gerard Roos van de winkel in Amersfoort gaat ons per 1 januari verlaten, laatste werkdag is oudejaarsdag.",
  L("Gerard Roos", D(2026, 12, 31)))
m("en", "Hi there, Tariq Mahmood started in our Rotterdam store on Monday 30 November - sorry for the late message. He is a sales assistant; please make him a till login.",
  J("Tariq Mahmood", ON("monday", D(2026, 11, 30))), past=True)
m("nl", "Onze webshopontwikkelaar Wout Zeilstra stopt, zijn laatste werkdag is 26 februari; zijn opvolgster Kim Nap begint op 1 maart. Hij heeft nog toegang tot de betaalprovider!",
  L("Wout Zeilstra", D(2027, 2, 26), "software-engineer"), J("Kim Nap", D(2027, 3, 1), "software-engineer"))
m("nl", "Winkelmedewerker Fleur Maas (zaterdaghulp) stopt na 19 december, ze gaat studeren.",
  L("Fleur Maas", D(2026, 12, 19)))
m("en", "From 1st March Yannick Dubois, our bike mechanic in Breda, becomes a sales rep for our e-bike business customers. He'll need a laptop and the CRM.",
  MV("Yannick Dubois", D(2027, 3, 1), "account-manager", None))

# language school
m("nl", "Docent Spaans Carmen Delgado Ortiz begint bij ons op dinsdag 12 januari 2027. Ze heeft een account voor de leeromgeving nodig.",
  J("Carmen Delgado Ortiz", ON("dinsdag", D(2027, 1, 12))))
m("en", "Hi, our English teacher Fiona McAllister finishes at the end of the term, on Friday 18 December, and won't be back in January.",
  L("Fiona McAllister", ON("friday", D(2026, 12, 18))))
m("en", "Dear administrator, I am the director of studies. Mr Hiroshi Tanaka will teach Japanese in our school from 11 January, Monday. Please prepare his access for the classroom system.",
  J("Hiroshi Tanaka", ON("monday", D(2027, 1, 11))))
m("nl", "Hallo, onze receptioniste Anouk Sijbrandij wordt per 1 februari cursusadviseur (verkoop) - verkoper, dus. Graag CRM-toegang.",
  MV("Anouk Sijbrandij", D(2027, 2, 1), "account-manager", None))
m("nl", "Wil je het account van Lotfi Benali verlengen? Zijn contract als docent Arabisch is verlengd tot de zomer. Hij blijft dus gewoon.",
  none=True)

# funeral home
m("nl", "Uitvaartverzorger Margreet Dijkstra begint bij ons op 1 februari 2027. Ze heeft een telefoon nodig die 24/7 aan staat en toegang tot het dossiersysteem.",
  J("Margreet Dijkstra", D(2027, 2, 1)))
m("nl", "Drager Henk Oosting stopt per direct om gezondheidsredenen. Zijn sleutel van het rouwcentrum heeft hij al ingeleverd.",
  L("Henk Oosting", NOW))
m("en", "We have a new funeral arranger joining the branch in Croydon. Her name is Abimbola Ogunleye and she will start on 4 January 2027.",
  J("Abimbola Ogunleye", D(2027, 1, 4)))
m("nl", "Beste ICT, Jacqueline Bos stopt als administratief medewerker en wordt vanaf 1 maart facilitair medewerker in het crematorium.",
  MV("Jacqueline Bos", D(2027, 3, 1), "facility-coordinator", None))

# regional radio / TV
m("nl", "Verslaggever Joep Luyten begint maandag 4 januari bij de regionale omroep. Hij heeft een laptop met de montagesoftware nodig en een perskaart.",
  J("Joep Luyten", ON("maandag", D(2027, 1, 4))))
m("en", "Hi, presenter Daisy Hargreaves leaves the station on 22 December after her last breakfast show. She asked to keep her email forwarding for a month, is that possible?",
  L("Daisy Hargreaves", D(2026, 12, 22)))
m("nl", "Goedemorgen! Eindredacteur Mirjam Haverman gaat met pensioen, haar laatste werkdag is 31 december, en haar collega Okke Faber neemt over per 4 januari. Okke heeft al een account, hij was verslaggever.",
  L("Mirjam Haverman", D(2026, 12, 31)), MV("Okke Faber", D(2027, 1, 4), None, None))
m("en", "Our web developer, Marcus Lindholm, is going freelance. Last day in the office is Wednesday 27 January.",
  L("Marcus Lindholm", ON("wednesday", D(2027, 1, 27)), "software-engineer"))
m("nl", "Stagiair techniek Bas Verkerk loopt van 1 februari tot 30 juni stage bij ons.",
  J("Bas Verkerk", D(2027, 2, 1)))
m("en", "Advertising sales: Imogen Clarke is our new account manager from Monday 1 February. Could she have a laptop before then?",
  J("Imogen Clarke", ON("monday", D(2027, 2, 1)), "account-manager"))

# flower auction / wholesale
m("nl", "Kweker-accountmanager Sander Vreeburg stopt met ingang van 1 maart; hij gaat een eigen kwekerij beginnen. Zijn laatste werkdag wordt vrijdag 26 februari.",
  L("Sander Vreeburg", ON("vrijdag", D(2027, 2, 26)), "account-manager"))
m("nl", "Per maandag 8 februari start Yvonne Stolk als inkoper bij de afdeling potplanten. Graag een account voor het veilsysteem.",
  J("Yvonne Stolk", ON("maandag", D(2027, 2, 8))))
m("en", "New export salesperson for our Scandinavian customers, Elin Johansson, starts on 1 February; she is Swedish and will work from Aalsmeer. So she's an account manager for us.",
  J("Elin Johansson", D(2027, 2, 1), "account-manager"))
m("nl", "De nachtploeg van de distributie krijgt twee nieuwe orderpickers, Dawid Mazur en Marius Stan. Ze beginnen zondagavond 10 januari.",
  J("Dawid Mazur", ON("zondag", D(2027, 1, 10))), J("Marius Stan", ON("zondag", D(2027, 1, 10))))
m("nl", "hoi, karin de haas van de klantenservice is vandaag begonnen, dat was ik vergeten door te geven. kun je haar alsnog aanmaken?",
  J("Karin de Haas", NOW))
m("en", "Reply to my earlier message: it's Vanessa Oduya, not Vanessa Oduro. She starts as our logistics planner on 1 February as I said.",
  J("Vanessa Oduya", D(2027, 2, 1)))

# cinema chain
m("nl", "Bioscoopmedewerker Luuk Janssens (Eindhoven) stopt, hij heeft nog drie diensten. De laatste is op zondag 3 januari; kun je zijn personeelsaccount daarna sluiten?",
  L("Luuk Janssens", ON("zondag", D(2027, 1, 3))))
m("en", "New projectionist-slash-technician for the Leicester site: Nathaniel Brooks. Starting Friday 11 December, evenings mostly.",
  J("Nathaniel Brooks", ON("friday", D(2026, 12, 11))))
m("nl", "Onze filmprogrammeur Saskia Timmermans wordt per 1 februari onze accountmanager voor zakelijke verhuur van de zalen.",
  MV("Saskia Timmermans", D(2027, 2, 1), "account-manager", None))
m("nl", "Re: personeel kerstvakantie\n\nDe vakantiekrachten voor de kerstvakantie: Jip Hermans, Lina Baldewsingh en Thijmen Post. Alle drie vanaf zaterdag 19 december, tot en met 3 januari.",
  J("Jip Hermans", ON("zaterdag", D(2026, 12, 19))), J("Lina Baldewsingh", ON("zaterdag", D(2026, 12, 19))), J("Thijmen Post", ON("zaterdag", D(2026, 12, 19))))

# translation agency
m("en", "Hi! Our new project manager, Oksana Melnyk, will start on 1 February 2027 in the Antwerp office. She translates Ukrainian and Russian as well.",
  J("Oksana Melnyk", D(2027, 2, 1)))
m("nl", "Vertaler Duits Friedrich Baumann gaat ons verlaten. We hebben afgesproken dat hij tot en met 12 februari werkt, daarna mag zijn toegang tot de vertaalsoftware weg.",
  L("Friedrich Baumann", D(2027, 2, 12)))
m("en", "hi, can you set up a login for our new in-house developer? Rahul Verma, starts on the 18th January. he'll work on our CAT tool integrations",
  J("Rahul Verma", D(2027, 1, 18), "software-engineer"))
m("nl", "Goedemorgen, even een vraag: onze vertaler Ana Lúcia Ferreira had gisteren haar laatste werkdag in loondienst. Ze gaat als freelancer verder, maar haar werknemersaccount moet toch dicht?",
  L("Ana Lúcia Ferreira", P(-1)), past=True)

# scaffolding company
m("nl", "steigerbouwer kevin de graaff gaat ons verlaten, laatste dag vrijdag 22 jan. z'n pasje en gereedschap moet terug",
  L("Kevin de Graaff", ON("vrijdag", D(2027, 1, 22))))
m("nl", "Aanmelding nieuwe medewerker\n\nNaam: Rutger Wijnstra\nFunctie: uitvoerder steigerbouw\nDatum indiensttreding: 1 maart 2027\nLeaseauto: ja\nTelefoon: ja",
  J("Rutger Wijnstra", D(2027, 3, 1)))
m("en", "Dear IT team, we have hired Mr. Emre Çelik as a scaffolder, start date: Monday, 4th of January 2027. He does not need a laptop, only a phone with the timesheet app.",
  J("Emre Çelik", ON("monday", D(2027, 1, 4))))
m("nl", "Calculator Hans-Peter Mulder gaat van calculatie naar de verkoop: per 1 februari is hij vertegenwoordiger voor de regio Zuid.",
  MV("Hans-Peter Mulder", D(2027, 2, 1), "account-manager", None))

# holiday park
m("nl", "Per 1 maart begint Dieuwertje Post als receptiemedewerker op het park, tijdelijk contract tot 31 oktober.",
  J("Dieuwertje Post", D(2027, 3, 1)))
m("nl", "Onze parkmanager, Harold Tiemersma, gaat ons na het seizoen verlaten, maar dat is pas 31 oktober 2027. Wil je dat nu al vastleggen?",
  L("Harold Tiemersma", D(2027, 10, 31)))
m("en", "Hi, new maintenance guy for the lodges: Shane Connolly. He is a facilities coordinator really, starting Tuesday the 2nd of February.",
  J("Shane Connolly", ON("tuesday", D(2027, 2, 2)), "facility-coordinator"))
m("nl", "Animatieteam: Lars Kroezen en Jade Martina beginnen op Goede Vrijdag, Lars als animator en Jade als teamleider.",
  J("Lars Kroezen", D(2027, 3, 26)), J("Jade Martina", D(2027, 3, 26)))
m("nl", "Schoonmaakcoördinator Wilma Dekker is per tweede paasdag facilitair medewerker bij de technische dienst.",
  MV("Wilma Dekker", D(2027, 3, 29), "facility-coordinator", None))

# insurance office again, other writers
m("nl", "Op wo 2 dec. 2026 om 09:14 schreef Servicedesk:\n> Wanneer begint de nieuwe collega precies?\n\nSorry voor de vaagheid! Jesse Nijboer begint op maandag 18 januari, bij team Inkomen.",
  J("Jesse Nijboer", ON("maandag", D(2027, 1, 18))))
m("en", "Thanks for the quick reply. To answer your question: Martin Novák's last day is Tuesday 29 December, not the 31st as I wrote first.\n\n-----Original Message-----\nFrom: IT Service Desk\nSent: 2 December 2026 10:03\nSubject: RE: leaver Martin Novák\n\nCould you confirm his last working day?",
  L("Martin Novák", ON("tuesday", D(2026, 12, 29))))
m("nl", "hoi, is het goed als ik nu al iemand doorgeef die pas in mei begint? het gaat om sjoukje visser, pensioenspecialist, per 3 mei",
  J("Sjoukje Visser", D(2027, 5, 3)))
m("nl", "Onze verzekeringsadviseur Youssef Ouali wordt per 1 januari accountmanager zakelijke klanten. Verder blijft hij gewoon op het kantoor in Zwolle.",
  MV("Youssef Ouali", D(2027, 1, 1), "account-manager", None))
m("en", "Dear Sir or Madam, I am writing to let you know that I have accepted Mrs. Deborah Akinola's resignation. Her employment with us ends on 31 January 2027 and she works until then.",
  L("Deborah Akinola", D(2027, 1, 31)))
m("nl", "Melding uitdiensttreding\nNaam medewerker: Roelof Smit\nAfdeling: Schade Particulier\nLaatste werkdag: 08-01-2027\nReden: eigen verzoek",
  L("Roelof Smit", D(2027, 1, 8)))

# waterschap again
m("nl", "Geachte heer, mevrouw,\n\nHierbij informeer ik u dat de heer Wiebe Kingma, ecoloog, met ingang van 1 april 2027 zijn werkzaamheden bij het waterschap beëindigt. Zijn laatste werkdag is woensdag 31 maart 2027.\n\nHoogachtend,\nDe secretaris-directeur",
  L("Wiebe Kingma", ON("woensdag", D(2027, 3, 31))))
m("nl", "Kun je een account aanmaken voor Marijke Tolsma? Ze komt per volgende week dinsdag ons team vergunningverlening versterken.",
  J("Marijke Tolsma", NW("dinsdag")))
m("en", "Hi, this is Lars from the water board's IT. Just so you know, our developer Henrike Vogel becomes team lead of the data team per 1 March; she won't code anymore.",
  MV("Henrike Vogel", D(2027, 3, 1), None, "software-engineer"))
m("nl", "Opzichter Gerben van der Meer en zijn collega Jildou Hiemstra (laborant) stoppen allebei eind januari; Gerben gaat met pensioen, Jildou verhuist.",
  L("Gerben van der Meer", D(2027, 1, 31)), L("Jildou Hiemstra", D(2027, 1, 31)))
m("nl", "Per nieuwjaarsdag wordt Auke Bergsma, nu nog medewerker gemalen, facilitair coördinator van het hoofdkantoor.",
  MV("Auke Bergsma", D(2027, 1, 1), "facility-coordinator", None))

# car dealership again
m("en", "hi team, two new sales reps for the used-car lot: Jordan Ashby starts Monday 4 Jan and Kelsey Moran starts Monday 11 Jan. company phones for both pls",
  J("Jordan Ashby", ON("monday", D(2027, 1, 4)), "account-manager"), J("Kelsey Moran", ON("monday", D(2027, 1, 11)), "account-manager"))
m("nl", "Wij nemen afscheid van Bert Huisman, werkplaatschef. Hij werkt nog tot en met donderdag 24 december.",
  L("Bert Huisman", ON("donderdag", D(2026, 12, 24))))
m("nl", "Hoi, Ilias Boukhris gaat per maandag 15 februari als verkoper aan de slag in de showroom, hij was tot nu toe monteur.",
  MV("Ilias Boukhris", ON("maandag", D(2027, 2, 15)), "account-manager", None))
m("en", "Hello, is Peter the right person to talk to about a new starter's lease car? I'm not announcing anyone yet, the contract isn't signed.",
  none=True)
m("nl", "Goedemiddag, bij deze de melding dat Fenna Schuurman terugkomt als receptioniste! Ze werkte hier tot 2023. Ze begint op 1 februari weer.",
  J("Fenna Schuurman", D(2027, 2, 1)))

# museum again
m("nl", "Dag ICT'ers, Roel Sanders begint volgende week vrijdag als vrijwilliger bij de museumwinkel. Hij heeft alleen een kassalogin nodig.",
  J("Roel Sanders", NW("vrijdag")))
m("en", "Our curator of photography, Dr Helena Marsh, will leave the museum at the end of February 2027. Her last working day will be Friday 26 February.",
  L("Helena Marsh", ON("friday", D(2027, 2, 26))))
m("nl", "Rondleider Wouter Claessens gaat per 1 maart naar het kantoor als medewerker sponsoring (verkoop), hij wordt dus accountmanager.",
  MV("Wouter Claessens", D(2027, 3, 1), "account-manager", None))
m("nl", "De restauratoren Tineke Brugman en Saar Lindeboom beginnen op 11 januari aan het restauratieproject. Tineke tot eind juni, Saar voor onbepaalde tijd.",
  J("Tineke Brugman", D(2027, 1, 11)), J("Saar Lindeboom", D(2027, 1, 11)))

# support desk again
m("en", "ok so Beatriz Santos (support, PT queue) is moving to Lisbon and leaving us. her last day is the 15th of Jan. pls disable everything after that 🙏",
  L("Beatriz Santos", D(2027, 1, 15)))
m("en", "Good news: we're rehiring Ollie Brennan-Hughes as a developer. He left in spring, comes back on the 4th of January.",
  J("Ollie Brennan-Hughes", D(2027, 1, 4), "software-engineer"))
m("nl", "Support-agent Jelle Bakker wordt vanaf 1 februari onze programmeur voor de interne tools. Zendesk mag eraf, GitHub erbij.",
  MV("Jelle Bakker", D(2027, 2, 1), "software-engineer", None))
m("en", "Hey! Marisol Vega joins support next Tuesday, Spanish queue. And Ethan Cole from support leaves the same day, so she can have his headset.",
  J("Marisol Vega", WD("tuesday")), L("Ethan Cole", WD("tuesday")))
m("en", "Leaver: Gustav Nyberg\nRole: software engineer\nLast day: 29/01/2027\nNotes: keeps his laptop (bought it)",
  L("Gustav Nyberg", D(2027, 1, 29), "software-engineer"))

# dairy plant again
m("en", "Hello sir, I am the production supervisor. Please to create account for new operator Mr. Rajesh Kumar Pillai, he join on 11th January 2027 in the night shift. Thanking you.",
  J("Rajesh Kumar Pillai", D(2027, 1, 11)))
m("en", "Hi, our dairy plant's facility coordinator, Simone Achterberg, leaves us in six weeks, on 14 January. Her master key and alarm code must be handed back.",
  L("Simone Achterberg", D(2027, 1, 14), "facility-coordinator"))
m("nl", "Laborant Wendela Postma gaat over vier weken met zwangerschapsverlof en komt daarna niet terug; ze heeft ontslag genomen. Haar laatste werkdag is dus over vier weken, op 31 december.",
  L("Wendela Postma", D(2026, 12, 31)))
m("en", "Two new people for our milk reception: Piotr Zając (from Monday 7 December) and Ionuț Rusu (from Monday 14 December). They work with tablets only.",
  J("Piotr Zając", ON("monday", D(2026, 12, 7))), J("Ionuț Rusu", ON("monday", D(2026, 12, 14))))

# architecture studio again
m("en", "Dear all, after eight wonderful years our studio manager Rosalind Pike is leaving us. Her last day will be Wednesday 20 January 2027.",
  L("Rosalind Pike", ON("wednesday", D(2027, 1, 20))))
m("en", "Starter form\nName: Thibault Lemaire\nJob title: architect (Part II)\nStart date: 1 March 2027\nEquipment: laptop, 2 screens",
  J("Thibault Lemaire", D(2027, 3, 1)))
m("nl", "Even doorgeven: onze afstudeerstagiaire Pien Rijnders is klaar bij ons. Haar laatste dag is vrijdag 29 januari, daarna mag haar account weg.",
  L("Pien Rijnders", ON("vrijdag", D(2027, 1, 29))))
m("en", "Our CAD developer Kenji Watanabe moves to the London studio from 1 February. Same job, different office; he'll need the London VPN.",
  MV("Kenji Watanabe", D(2027, 2, 1), "software-engineer", "software-engineer"))

# charity again
m("en", "Good day Sir/Ma, I wish to notify you that Mr. Emeka Obi, our programme officer, has resigned. His last working day is 18 December 2026. God bless.",
  L("Emeka Obi", D(2026, 12, 18)))
m("nl", "Hallo, vanaf zaterdag 9 januari helpt Dirkje Valk als vrijwilliger in de kringloopwinkel. Ze heeft alleen een account voor het kassasysteem nodig.",
  J("Dirkje Valk", ON("zaterdag", D(2027, 1, 9))))
m("en", "Hi there, new carer for our respite house, Maricel Santos, starts Monday 11 January. Thank you po for the help with her account!",
  J("Maricel Santos", ON("monday", D(2027, 1, 11)), "care-worker"))
m("nl", "Jeugdwerker Obbe Faber stopt op 31 januari. Zijn opvolger weten we nog niet.",
  L("Obbe Faber", D(2027, 1, 31)))

# ground handler again
m("en", "Hi ops, Deepak Sharma, our load control agent, will be transferred to the cargo team as facilities coordinator from 1st of March 2027. Please update his access accordingly.",
  MV("Deepak Sharma", D(2027, 3, 1), "facility-coordinator", None))
m("nl", "Grondstewardess Kimberly Lont stopt na de kerstdrukte, laatste dienst op tweede kerstdag.",
  L("Kimberly Lont", D(2026, 12, 26)))
m("en", "hi, pls add 4 new seasonal ramp agents for the ski charters, all starting 19 dec: Oskar Nilsson, Matteo Ricci, Hugo Lefèvre, Kasper Holm. contracts end 31 march",
  J("Oskar Nilsson", D(2026, 12, 19)), J("Matteo Ricci", D(2026, 12, 19)), J("Hugo Lefèvre", D(2026, 12, 19)), J("Kasper Holm", D(2026, 12, 19)))
m("en", "Hello, I'm writing from HR. We need to report a late leaver: Mr Cheng Wei left the company on Monday 23 November. Please disable his airport ID in the system.",
  L("Cheng Wei", ON("monday", D(2026, 11, 23))), past=True)

# recruitment agency again
m("en", "Hi, please add our new recruiter Zainab Ahmed to Bullhorn. She starts in two weeks, on Thursday the 17th.",
  J("Zainab Ahmed", ON("thursday", D(2026, 12, 17))))
m("nl", "Goedemorgen, kleine wijziging: Mandy Koopmans begint niet als intercedent maar als accountmanager, en niet op 4 maar op 11 januari.",
  J("Mandy Koopmans", D(2027, 1, 11), "account-manager"))
m("en", "Hi, just to let you know that our office manager Carlos Mendes will also do the facilities from now on - no change to his job title or access. I'll announce his replacement as office manager later.",
  none=True)
m("nl", "Intercedente Anke Jorritsma gaat per 1 maart naar ons kantoor in Groningen, verder verandert er niets. Graag haar printerrechten omzetten.",
  MV("Anke Jorritsma", D(2027, 3, 1), None, None))

# solar installer again
m("en", "Hiya, can you set up Callum Fraser? He's our new sales rep for Scotland, starts Monday 1st February. Laptop, phone and the quoting tool please.",
  J("Callum Fraser", ON("monday", D(2027, 2, 1)), "account-manager"))
m("nl", "Goedemiddag, bij deze meld ik dat Stefan Hulsbergen (monteur) per 15 januari uit dienst gaat. Hij werkt tot en met die dag.",
  L("Stefan Hulsbergen", D(2027, 1, 15)))
m("en", "Hi! I'm Kerem from the solar team. Our engineer Baran Öztürk, who wrote the monitoring software, stops on 31.01.2027. Please remove his access to the inverter portal.",
  L("Baran Öztürk", D(2027, 1, 31), "software-engineer"))

# festival organiser again
m("en", "Yo! new booker starting 4 jan: Sasha Ivanova 🎶 she'll need a laptop + the booking system. cheers",
  J("Sasha Ivanova", D(2027, 1, 4)))
m("nl", "Onze marketeer Milou Overbeek wordt per 1 april onze ontwikkelaar voor de festival-app. Ze heeft net haar bootcamp afgerond!",
  MV("Milou Overbeek", D(2027, 4, 1), "software-engineer", None))
m("en", "Please note: festival site manager Daniel Okafor's contract ends on 30 September 2027. He works through the whole season.",
  L("Daniel Okafor", D(2027, 9, 30)))

# zoo again
m("en", "Hi, new keeper in the reptile house: Gwen Pritchard-Evans. Starting on Friday 15 January 2027. She'll need a radio and the keeper app.",
  J("Gwen Pritchard-Evans", ON("friday", D(2027, 1, 15))))
m("nl", "Hoi, ons hoofd educatie Marit Schepers gaat per 1 februari naar de gemeente. Laatste werkdag 29 januari. Zij heeft nog de sleutel van het leslokaal.",
  L("Marit Schepers", D(2027, 1, 29)))

# ferry operator again
m("en", "Good morning. As discussed, purser Alessandra Conti finishes her contract with the fleet on Sunday 31 January 2027. Could you arrange the account closure?",
  L("Alessandra Conti", ON("sunday", D(2027, 1, 31))))
m("nl", "Scheepswerktuigkundige Ruurd Feenstra komt van 1 februari weer bij ons werken, na een jaar bij de concurrent. Zijn oude account bestaat misschien nog.",
  J("Ruurd Feenstra", D(2027, 2, 1)))

# bicycle shop chain again
m("en", "Hi, Mr. Serkan Aksoy starts as store manager in Den Haag on 1 Feb 2027. He will need a laptop and a key to the shop. Thank you, Ayşe",
  J("Serkan Aksoy", D(2027, 2, 1)))
m("nl", "Onze verkoper Dylan Mathijssen gaat per 1 januari in de werkplaats werken als fietsenmaker, op eigen verzoek.",
  MV("Dylan Mathijssen", D(2027, 1, 1), None, "account-manager"))
m("en", "hey, Zoe Whitmore (weekend staff) is leaving. her last Saturday is the 12th of December.",
  L("Zoe Whitmore", ON("saturday", D(2026, 12, 12))))

# language school again
m("en", "Dear colleagues, our school welcomes Mrs Giulia Bianchi as Italian teacher from Monday 1st of February. Please create her account. Grazie!",
  J("Giulia Bianchi", ON("monday", D(2027, 2, 1))))
m("nl", "Docent Nederlands als tweede taal Geert Kramer gaat per de eerste februari met pensioen. Laatste lesdag vrijdag 29 januari.",
  L("Geert Kramer", ON("vrijdag", D(2027, 1, 29))))
m("en", "Hi, our account manager for corporate courses, Olga Sokolova, becomes director of studies from 1 March. She won't do sales any more.",
  MV("Olga Sokolova", D(2027, 3, 1), None, "account-manager"))

# funeral home again
m("en", "Hello, Jim Cartwright, one of our funeral directors, retires on Friday 26 March 2027 after 30 years. Could you make sure his accounts are closed after that?",
  L("Jim Cartwright", ON("friday", D(2027, 3, 26))))
m("nl", "Onze nieuwe receptioniste voor het rouwcentrum, Grietje Zwart, begint op 7 december. Graag een account voor het telefoonsysteem.",
  J("Grietje Zwart", D(2026, 12, 7)))

# last round, from all over
m("nl", "Goeiemorgen, vanaf maandag 1 februari vervoegt Lotte Verstraeten onze dienst boekhouding van de brouwerij. Gelieve haar pc klaar te zetten.",
  J("Lotte Verstraeten", ON("maandag", D(2027, 2, 1))))
m("nl", "Nieuwe collega voor de zuivelfabriek, de melkontvangst: Gijsbert Brink. Hij begint dinsdag over een week, 15 december.",
  J("Gijsbert Brink", D(2026, 12, 15)))
m("en", "Hi! We've got a summer intern lined up already: Priyanka Das, software developer intern, from 1 June 2027 to 31 August.",
  J("Priyanka Das", D(2027, 6, 1), "software-engineer"))
m("nl", "hoi hoi, kleine correctie: de nieuwe suppoost heet Joris van Dam en niet Joris van Damme. start blijft 11 jan",
  J("Joris van Dam", D(2027, 1, 11)))
m("nl", "Per 1 januari 2027 wordt mevrouw Inge Lubbers, thans medewerker personeelszaken, benoemd tot facilitair coördinator.",
  MV("Inge Lubbers", D(2027, 1, 1), "facility-coordinator", None))
m("en", "Please close the accounts of Brendan Fitzpatrick, one of our sales representatives, today. He passed away last weekend. We'll collect his demo car.",
  L("Brendan Fitzpatrick", NOW, "account-manager"))
m("nl", "De verzorgenden Hatice Güler en Monique Verbruggen ruilen per 4 januari van afdeling: Hatice gaat naar de Eikenhof, Monique naar de Beukenhof. Allebei blijven ze verzorgende.",
  MV("Hatice Güler", D(2027, 1, 4), "care-worker", "care-worker"), MV("Monique Verbruggen", D(2027, 1, 4), "care-worker", "care-worker"))
m("en", "Nadine Keller starts at the insurance office on the second Monday of January as a claims handler. German speaker, based in Venlo.",
  J("Nadine Keller", D(2027, 1, 11)))
m("nl", "Vrijwilliger Teun Bakker van de voedselbank is op 1 december, afgelopen dinsdag, gestopt. Hij had een account voor het uitgiftesysteem.",
  L("Teun Bakker", ON("dinsdag", D(2026, 12, 1))), past=True)
m("en", "Hi! After 12 years our brewery's head brewer, Rob Macintyre, is retiring. He'll be with us until Christmas Eve and we'll have drinks that afternoon 🍻",
  L("Rob Macintyre", D(2026, 12, 24)))
m("nl", "Dag ICT, de nieuwe koster van de Oude Kerk is Arie Verwoerd, vanaf zondag 7 februari. Hij krijgt een sleutel en een mailadres.",
  J("Arie Verwoerd", ON("zondag", D(2027, 2, 7))))
m("en", "Hello team, Svetlana Popova, our carer at the Rose Lane home, will work as facilities coordinator at head office from 1st February. She'll keep her phone.",
  MV("Svetlana Popova", D(2027, 2, 1), "facility-coordinator", "care-worker"))
m("nl", "Hoi, over twintig dagen begint Noah Cremers als tekenaar bij het bureau. Dat is woensdag 23 december, vlak voor de kerst.",
  J("Noah Cremers", ON("woensdag", D(2026, 12, 23))))
m("en", "Our ground handling trainee Leila Farouk finishes her traineeship on 29 January 2027 and then starts as a dispatcher on 1 February. Same company, so she keeps her airport ID.",
  MV("Leila Farouk", D(2027, 2, 1), None, None))
m("nl", "Afmelding: Frank Eising, verkoper occasions. Laatste werkdag: donderdag 31 december 2026. Laptop en telefoon worden ingeleverd bij de receptie.",
  L("Frank Eising", ON("donderdag", D(2026, 12, 31)), "account-manager"))
m("en", "hey, quick one: Amelia Rhodes from the box office starts as a developer on our ticketing team in week 2, on the Monday.",
  MV("Amelia Rhodes", WK(2), "software-engineer", None))
m("nl", "Per zaterdag 2 januari komt Dennis Holtrop ons team in de jachthaven versterken als havenmedewerker. Dat is een seizoenscontract.",
  J("Dennis Holtrop", ON("zaterdag", D(2027, 1, 2))))
m("en", "Morning! Tiago Almeida joins the support desk tomorrow, Portuguese queue. Sorry it's so last-minute.",
  J("Tiago Almeida", P(1)))
m("nl", "De uitvaartbegeleider Evelien Kroon werkt vanaf 1 maart niet meer bij ons. Ze heeft haar laatste uitvaart op vrijdag 26 februari.",
  L("Evelien Kroon", ON("vrijdag", D(2027, 2, 26))))
m("en", "Hi, could you tell me what happens to a leaver's mailbox? Our programmer's leaving soon, but I'll send the details when HR confirms.",
  none=True)
m("nl", "Beste,\n\nHierbij bevestigen wij dat de heer Mehmet Arslan per maandag 4 januari 2027 bij ons in dienst treedt als onderhoudsmonteur bij het gemaal.\n\nMet vriendelijke groet,\nP&O",
  J("Mehmet Arslan", ON("maandag", D(2027, 1, 4))))
m("en", "Hi all, Hamza Qureshi starts as a recruitment consultant on Monday 11 January, and Bethany Lowe is going from consultant to account manager that same day.",
  J("Hamza Qureshi", ON("monday", D(2027, 1, 11))), MV("Bethany Lowe", ON("monday", D(2027, 1, 11)), "account-manager", None))
m("nl", "Kan je het account van Arjen Stellingwerf verwijderen? Hij is afgelopen vrijdag, 27 november, bij de zonnepanelen gestopt.",
  L("Arjen Stellingwerf", ON("vrijdag", D(2026, 11, 27))), past=True)
m("en", "Dear HR team, our new web developer, Matthias Krüger, will join the radio station on Monday, 8 February 2027. He is coming from Berlin. Best regards",
  J("Matthias Krüger", ON("monday", D(2027, 2, 8)), "software-engineer"))
m("nl", "Hoi! Emma Korteweg (klantenservice festival) heeft haar contract niet verlengd gekregen, ze werkt nog t/m 15 januari.",
  L("Emma Korteweg", D(2027, 1, 15)))
m("en", "Please set up Sean Murphy, our new horeca sales representative for the brewery. He starts on the first working day of the new year, Monday the 4th.",
  J("Sean Murphy", D(2027, 1, 4), "account-manager"))
m("nl", "Per maandag 25 januari gaat Jeanine Buitenhuis van de receptie naar de facilitaire dienst van het museum.",
  MV("Jeanine Buitenhuis", ON("maandag", D(2027, 1, 25)), "facility-coordinator", None))
m("en", "Hello, Volunteer Coordinator here. Can you please give Dorothy Ansah access to the volunteer portal? She starts with us this Saturday.",
  J("Dorothy Ansah", WD("saturday")))
m("nl", "dag, zuivelmonteur koen heijnen gaat naar onze fabriek in duitsland, per 1 april. zelfde baan, ander land. mail mag blijven",
  MV("Koen Heijnen", D(2027, 4, 1), None, None))
m("en", "Hi, so Ryan Osei, our senior developer, resigned and his last day is 26 February 2027. Also, Holly Sinclair joins us as a developer on 1 March to replace him.",
  L("Ryan Osei", D(2027, 2, 26), "software-engineer"), J("Holly Sinclair", D(2027, 3, 1), "software-engineer"))
m("nl", "Ter kennisgeving: de inzet van uitzendkracht Robin Schaap als medewerker expeditie eindigt op oudejaarsavond, 31 december.",
  L("Robin Schaap", D(2026, 12, 31)))
m("en", "Morning. Maria Papadopoulou will be our new care worker at the hospice from Wednesday 6 January. She speaks Greek and English.",
  J("Maria Papadopoulou", ON("wednesday", D(2027, 1, 6)), "care-worker"))
m("nl", "Goedemiddag, Jorrit Hofman (ontwikkelaar) gaat per 1 februari in deeltijd werken, 24 uur. Verder verandert er niets, ik meld het alleen even.",
  none=True)
m("en", "Hi, the new cleaner for the holiday park's lodges, Marta Nowicka, starts on Saturday 6 March 2027. Only a phone needed.",
  J("Marta Nowicka", ON("saturday", D(2027, 3, 6))))
m("nl", "Onze installateur Niek Damen is met ingang van vandaag onze nieuwe verkoper thuisbatterijen. Z'n planningsapp mag weg.",
  MV("Niek Damen", NOW, "account-manager", None))
m("en", "Hi, please note: Ayodele Balogun (night carer) leaves on the 31st of January, but works her last shift on 28 January.",
  L("Ayodele Balogun", D(2027, 1, 28), "care-worker"))
m("nl", "Nieuw in het team van de radio: Sterre de Bruijn, redacteur online, vanaf 1-3-2027. En stagiair Max Peeters van 1 februari tot en met 31 mei.",
  J("Sterre de Bruijn", D(2027, 3, 1)), J("Max Peeters", D(2027, 2, 1)))
m("en", "Quick note from the museum café: Bruno Costa, our barista, is leaving on 9 January. We'll miss his coffee!",
  L("Bruno Costa", D(2027, 1, 9)))
m("nl", "Vraagje: kunnen nieuwe chauffeurs bij de rederij ook een account krijgen als ze maar twee maanden blijven? Ik heb er nog niemand aangenomen.",
  none=True)

# === end of messages ===

MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7,
          "augustus": 8, "oktober": 10, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
          "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12}
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
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-10.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")

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

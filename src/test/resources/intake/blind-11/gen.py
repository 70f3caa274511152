"""Blind-11: managers' announcements written by hand, one at a time (session 21).

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

# hospital pharmacy (ziekenhuisapotheek)
m("nl", "Goedemorgen, per maandag 4 januari start Fenna Hoekstra als apothekersassistent op de ziekenhuisapotheek. Kun je zorgen dat haar pas en account klaarstaan?",
  J("Fenna Hoekstra", ON("maandag", D(2027, 1, 4))))
m("en", "Hi there, our pharmacy technician Oluwaseun Adeyemi-Clarke handed in her notice, last shift will be Friday the 18th of December.",
  L("Oluwaseun Adeyemi-Clarke", ON("friday", D(2026, 12, 18))))
m("nl", "ziekenhuisapotheek: ruud van den berg gaat per 1/2 van de bereiding naar de poliapotheek, blijft gewoon apotheker",
  MV("Ruud van den Berg", D(2027, 2, 1), None, None))
m("en", "Dear colleagues,\n\nPlease be informed that Dr. Marguerite Lefèvre, hospital pharmacist, will retire from the organisation. Her final working day is Thursday 31 December 2026.\n\nKind regards,\nHead of Pharmacy",
  L("Marguerite Lefèvre", ON("thursday", D(2026, 12, 31))))
m("nl", "Aanmelding nieuwe medewerker\nNaam: Thijs ter Horst\nAfdeling: Ziekenhuisapotheek – logistiek\nFunctie: magazijnmedewerker medicatie\nDatum in dienst: 11-01-2027",
  J("Thijs ter Horst", D(2027, 1, 11)))
m("nl", "Vraag: moeten we een uitzendkracht die twee dagen bij ons op de apotheek meedraait ook via jullie aanmelden? Of alleen vaste mensen?",
  none=True)
m("en", "Hello, I write for inform you that Alejandro Ruiz Domínguez will start with us in the pharmacy as assistant on 7th January. Thank you so much!",
  J("Alejandro Ruiz Domínguez", MD(1, 7)))
m("nl", "Per 1 maart stapt Yara Bouzid over van apothekersassistent naar facilitair coördinator. Ze blijft wel op de ziekenhuislocatie.",
  MV("Yara Bouzid", MD(3, 1), "facility-coordinator", None))

# logistics warehouse, night shift
m("en", "night shift update: Tomasz Wiśniewski is leaving us, his last night is sunday 13 dec (shift starts 22:00)",
  L("Tomasz Wiśniewski", ON("sunday", D(2026, 12, 13))))
m("nl", "Hoi! Vanaf volgende week maandag draait Dewi Ramdin mee in de nachtploeg als orderpicker. Tijdelijk contract tot eind februari.",
  J("Dewi Ramdin", NW("maandag")))
m("nl", "Nieuwe nachtploeg per 4 jan:\n- Kevin Schouten (reachtruckchauffeur)\n- Marloes van Wijk (inpakker)\n- Ilias El Khatib (heftruck)\nAlle drie via het uitzendbureau, contract 6 maanden.",
  J("Kevin Schouten", MD(1, 4)), J("Marloes van Wijk", MD(1, 4)), J("Ilias El Khatib", MD(1, 4)))
m("en", "FYI Brandon O'Sullivan walked out during last night's shift and told the team lead he's not coming back. Can we treat Wednesday 2 December as his last day and shut his scanner login down?",
  L("Brandon O'Sullivan", ON("wednesday", D(2026, 12, 2))), past=True)
m("nl", "Teamleider nacht Sjoerd Wiersma gaat per 18 januari naar de dagploeg, blijft teamleider.",
  MV("Sjoerd Wiersma", MD(1, 18), None, None))
m("en", "Good morning, I am shift leader from night. Our colleague Agnieszka Kowalczyk finish her contract on 8 january, it is last day for her. Please do the needed things.",
  L("Agnieszka Kowalczyk", MD(1, 8)))
m("nl", "---------- Doorgestuurd bericht ---------\nVan: Planning DC Tilburg\nDatum: dinsdag 1 december 2026 om 23:40\nOnderwerp: Instroom\n\nGraag account aanmaken voor Romano Kalloe, start a.s. maandag in de nacht (expeditie).",
  J("Romano Kalloe", WD("maandag")))
m("en", "Quick heads-up, not a new starter: Jayden Mulder from the night team is going from 5 to 4 nights a week from January. Nothing changes in his role.",
  none=True)

# municipality, civil affairs desk (Burgerzaken)
m("nl", "Beste servicedesk, met ingang van 1 februari 2027 is mevrouw Anouk Verbeek-Smit aangesteld als medewerker Burgerzaken (balie paspoorten en rijbewijzen). Graag de gebruikelijke accounts.",
  J("Anouk Verbeek-Smit", D(2027, 2, 1)))
m("nl", "Geachte heer, mevrouw,\n\nHierbij bericht ik u dat de heer Henk-Jan de Vries, ambtenaar van de burgerlijke stand, per 1 april 2027 met pensioen gaat. Zijn laatste werkdag is woensdag 31 maart 2027.\n\nMet vriendelijke groet,\nTeamleider Burgerzaken",
  L("Henk-Jan de Vries", ON("woensdag", D(2027, 3, 31))))
m("en", "Does a BOA who is seconded to civil affairs for two months need to be announced here, or does the other department do that?",
  none=True)
m("nl", "hoi, sevda yıldırım begint morgen bij burgerzaken aan de balie, laptop staat al klaar denk ik? 🙏",
  J("Sevda Yıldırım", P(1)))
m("nl", "Kleine wijziging: Pieter-Bas Hoogendoorn gaat van de balie Burgerzaken naar het team Vergunningen. Ingangsdatum 1 januari.",
  MV("Pieter-Bas Hoogendoorn", MD(1, 1), None, None))
m("en", "Morning! Just to let you know Siobhan Gallagher joins the civil affairs desk on Monday 11th January as a registrar. Cheers",
  J("Siobhan Gallagher", ON("monday", D(2027, 1, 11))))
m("nl", "Excuses, dit had ik eerder moeten melden: Bart Nijland heeft vrijdag 27 november zijn laatste dag gewerkt bij Burgerzaken. Zijn account staat volgens mij nog open.",
  L("Bart Nijland", ON("vrijdag", D(2026, 11, 27))), past=True)

# university lab
m("en", "Hi, new PhD student in our lab: Chen Yutong, starts 15 January 2027. She'll need a badge for the cleanroom and a university account.",
  J("Chen Yutong", D(2027, 1, 15)))
m("nl", "Onze analist Lotte Brinkman vertrekt. Ze heeft een baan gevonden bij een bedrijf in Leiden; laatste werkdag 22-12-2026.",
  L("Lotte Brinkman", D(2026, 12, 22)))
m("en", "From 1 March, Arjun Mehta moves from lab technician to research software engineer in our group (he's been writing the pipeline code anyway).",
  MV("Arjun Mehta", MD(3, 1), "software-engineer", None))
m("nl", "Stagiaire gezocht en gevonden 🙂 Noor Hendriks (HLO) loopt vanaf 1 februari tot de zomer stage bij ons in het lab.",
  J("Noor Hendriks", MD(2, 1)))
m("en", "Two postdocs leaving before Christmas: Mateus Oliveira (last day 18 Dec) and Ingrid Solberg (last day 23 Dec). Both of them have keys to the -80 freezer room.",
  L("Mateus Oliveira", MD(12, 18)), L("Ingrid Solberg", MD(12, 23)))
m("nl", "Correctie op mijn bericht van gisteren: Daan Kuipers begint niet op 4 januari maar op 11 januari in het lab.",
  J("Daan Kuipers", MD(1, 11)))
m("en", "Dear all, with this mail I inform that our guest researcher Dr. Friederike Müller-Lüdenscheidt will begin her stay at the institute on the 1st of February. She stays until end of July.",
  J("Friederike Müller-Lüdenscheidt", MD(2, 1)))

# hotel housekeeping
m("nl", "Housekeeping: per zaterdag 19 december komt Maria do Carmo Silva ons team versterken als kamermeisje, 24 uur per week.",
  J("Maria do Carmo Silva", ON("zaterdag", D(2026, 12, 19))))
m("en", "Good day! Please be informed that our room attendant Maricel Dela Cruz will be resigning, her last duty is on December 30. Thank you po.",
  L("Maricel Dela Cruz", MD(12, 30)))
m("nl", "Voor het kerstseizoen hebben we twee tijdelijke krachten op housekeeping: Jolien Smeets en Kacper Nowak, van 14 december t/m 10 januari.",
  J("Jolien Smeets", MD(12, 14)), J("Kacper Nowak", MD(12, 14)))
m("en", "Housekeeping supervisor Ewa Zielińska is moving to the front office as night auditor as of 4 January.",
  MV("Ewa Zielińska", MD(1, 4), None, None))
m("nl", "Hallo, per 1 februari begint Gert-Jan Overbeek bij ons als facilitair medewerker (technische dienst hotel). Hij krijgt ook de mastersleutel.",
  J("Gert-Jan Overbeek", MD(2, 1), "facility-coordinator"))
m("en", "hey so lucia won't be coming back after her maternity leave, she told me today. lucia fernández, housekeeping. her contract ends 31 jan",
  L("Lucia Fernández", MD(1, 31)))

# law firm
m("nl", "Geachte collega's,\n\nGraag heet ik mr. Floris van Heemstra welkom, die op 1 maart 2027 als advocaat-stagiair bij de sectie Ondernemingsrecht in dienst treedt.",
  J("Floris van Heemstra", D(2027, 3, 1)))
m("en", "Please note that Eleanor Whitfield-Hayes, senior associate in the litigation team, is leaving the firm. Her last day in the office will be Friday 29 January.",
  L("Eleanor Whitfield-Hayes", ON("friday", D(2027, 1, 29))))
m("nl", "Secretaresse Ingeborg Pauwels gaat per 1 januari van de sectie Arbeidsrecht naar Vastgoed, zelfde werk, andere partners.",
  MV("Ingeborg Pauwels", MD(1, 1), None, None))
m("en", "Could you set up an account for our new paralegal, Kwame Boateng? His first day is the 6th of January.",
  J("Kwame Boateng", MD(1, 6)))
m("nl", "Onze facility coordinator Rachida Amrani heeft haar ontslag ingediend, ze werkt tot en met 15 januari. Sleutels en alarmcode graag intrekken na die datum.",
  L("Rachida Amrani", MD(1, 15), "facility-coordinator"))
m("en", "Is there a way to see which of our trainees already have their laptops? I don't want to announce anyone twice.",
  none=True)

# primary school
m("nl", "Hoi, juf Esmée Claassen start na de kerstvakantie in groep 5, maandag 4 januari. Kan zij een schoolaccount krijgen?",
  J("Esmée Claassen", ON("maandag", D(2027, 1, 4))))
m("nl", "Meester Rik Hofstede is gisteren voor het laatst geweest, hij gaat naar een school in Zwolle. Zijn vervanger Anne-Wil Dekker begint volgende week dinsdag.",
  L("Rik Hofstede", P(-1)), J("Anne-Wil Dekker", NW("dinsdag")), past=True)
m("en", "Hello, our new teaching assistant is Aisling Byrne and she'll start on Wed 13 Jan. Thanks a million",
  J("Aisling Byrne", ON("wednesday", D(2027, 1, 13))))
m("nl", "Vanaf 8 februari hebben we een PABO-stagiair, Jens van 't Hof, drie dagen per week tot de meivakantie.",
  J("Jens van 't Hof", MD(2, 8)))
m("nl", "Onze conciërge Harm Kramer wordt per 1 januari facilitair coördinator voor alle drie de locaties van de stichting.",
  MV("Harm Kramer", MD(1, 1), "facility-coordinator", None))
m("en", "Unfortunately Ms Patricia Nwosu, who teaches year 3, has resigned for family reasons. She'll teach until the Christmas holidays, her last day is 18/12.",
  L("Patricia Nwosu", MD(12, 18)))

# veterinary clinic
m("nl", "Dierenkliniek De Hoef: per 1 februari komt dierenarts Stijn Roelofs bij ons werken. Hij doet vooral landbouwhuisdieren.",
  J("Stijn Roelofs", MD(2, 1)))
m("en", "Hi! We've hired a vet nurse, Chloé Martin, she starts next Tuesday (8 Dec). Can you give her access to the practice system please?",
  J("Chloé Martin", ON("tuesday", D(2026, 12, 8))))

m("nl", "Paraveterinair Mirjam Zandbergen stopt bij ons, ze gaat emigreren naar Nieuw-Zeeland. Haar laatste dienst is zaterdag 9 januari.",
  L("Mirjam Zandbergen", ON("zaterdag", D(2027, 1, 9))))
m("en", "vet clinic rotterdam: new receptionist thursday, name's Yusuf Demir. thx",
  J("Yusuf Demir", WD("thursday")))
m("nl", "Dierenarts Karlijn Bosman gaat per 1 maart van onze vestiging in Ede naar de kliniek in Wageningen. Functie blijft gelijk.",
  MV("Karlijn Bosman", MD(3, 1), None, None))

# printing works
m("nl", "Drukkerij Van Loon – nieuwe medewerker\nNaam: Wesley Groenewegen\nFunctie: offsetdrukker (ploegendienst)\nStartdatum: 04.01.2027\nLeidinggevende: chef drukkerij",
  J("Wesley Groenewegen", D(2027, 1, 4)))
m("en", "Just a quick note that our account manager Gemma Lloyd is leaving us for a competitor, last day 30 December. Please make sure the CRM access ends that day.",
  L("Gemma Lloyd", MD(12, 30), "account-manager"))
m("nl", "Goedemiddag, Jan-Willem Rutgers (nabewerking) gaat met vervroegd pensioen. Hij werkt nog tot en met vrijdag 26 februari 2027.",
  L("Jan-Willem Rutgers", ON("vrijdag", D(2027, 2, 26))))
m("nl", "Vanaf 1 april wordt Merel Wolters, nu DTP'er, accountmanager voor de grote klanten.",
  MV("Merel Wolters", MD(4, 1), "account-manager", None))
m("en", "The night press crew gets a new operator from week 2: Dragoș Popescu, he begins on the Monday of that week.",
  J("Dragoș Popescu", WK(2)))
m("nl", "Weet iemand of de vakantiekrachten voor de kerstdrukte (kalenders!) al in het systeem staan? Ik heb nog geen namen gekregen van het uitzendbureau.",
  none=True)

# call centre
m("en", "Hiya, 3 new agents for the customer service floor starting Monday 7 December:\n1. Shanice Brown\n2. Ahmed Hassan Ali\n3. Lena Schröder\nThey'll be on the Dutch and German queues.",
  J("Shanice Brown", ON("monday", D(2026, 12, 7))), J("Ahmed Hassan Ali", D(2026, 12, 7)), J("Lena Schröder", D(2026, 12, 7)))
m("nl", "klantcontactcentrum: Bas de Groot is na 3 weken al gestopt, vandaag was z'n laatste dag. Account mag dicht.",
  L("Bas de Groot", NOW))
m("nl", "Goed nieuws: onze teamleider klantenservice Imane Benali gaat per 1 februari als developer aan de slag bij het IT-team dat onze telefonie bouwt.",
  MV("Imane Benali", MD(2, 1), "software-engineer", None))
m("en", "Dear Sir/Madam, kindly note that Mr. Venkatesh Subramaniam has been selected for the post of Team Lead (Inbound) and he will be joining on 04/01/2027. Kindly do the needful.",
  J("Venkatesh Subramaniam", D(2027, 1, 4)))
m("nl", "Twee vertrekkers bij het callcenter deze maand: Sharon Pinas (laatste werkdag 11 december) en Ruben Vos (laatste werkdag 24 december).",
  L("Sharon Pinas", MD(12, 11)), L("Ruben Vos", MD(12, 24)))
m("en", "Reminder to all team leads: please don't announce agents from the temp agency until their contract is signed. Thanks, WFM",
  none=True)
m("nl", "Tijdelijke kracht voor de jaarwisseling (opzeggingen energiecontracten): Dirk-Jan Meijerink, van maandag 28 december tot en met 29 januari.",
  J("Dirk-Jan Meijerink", ON("maandag", D(2026, 12, 28))))

# gym chain
m("en", "Hi team, Liam Fitzgerald is joining as a personal trainer at the Utrecht club from the 4th Jan. He'll need a staff app login.",
  J("Liam Fitzgerald", MD(1, 4)))
m("nl", "hee! morgen start er een nieuwe fitnessinstructeur in Breda, sven van der linden. kan die een pas krijgen?",
  J("Sven van der Linden", P(1)))
m("nl", "Clubmanager Deventer, Nadia Haddou, wordt per 1 maart regio-accountmanager zakelijke abonnementen.",
  MV("Nadia Haddou", MD(3, 1), "account-manager", None))
m("en", "Please be advised that our sales representative for corporate memberships, Connor Walsh, resigned. His notice ends on 15 January 2027 but he's taking his leftover holiday, so his last working day is 8 January.",
  L("Connor Walsh", D(2027, 1, 8), "account-manager"))
m("nl", "Groepsles-instructeur Priscilla Tjon-A-Fat geeft haar laatste les op zondag 20 december en stopt dan bij ons.",
  L("Priscilla Tjon-A-Fat", ON("zondag", D(2026, 12, 20))))
m("en", "Andrzej Lewandowski (personal trainer) transfers from our Eindhoven club to Tilburg as of Monday 1 February. Same job, different club.",
  MV("Andrzej Lewandowski", ON("monday", D(2027, 2, 1)), None, None))
m("nl", "Per 15 januari hebben we een nieuwe facility coordinator voor alle clubs in Zuid: Bayu Santoso.",
  J("Bayu Santoso", MD(1, 15), "facility-coordinator"))

# sailing school
m("nl", "Zeilschool De Schuimkop: voor het seizoen 2027 komt Femke van der Meulen als zeilinstructeur, van 1 april tot en met 31 oktober.",
  J("Femke van der Meulen", D(2027, 4, 1)))
m("en", "Our boatyard guy Gareth Pritchard is retiring after 22 years; he'll do his last day on the 23rd of December. Could you collect his keys to the boathouse?",
  L("Gareth Pritchard", MD(12, 23)))
m("nl", "Vorige week meldde ik 'Jesse Smit' aan als instructeur, maar het moet Jessie Smit zijn (met ie). Startdatum blijft 1 maart.",
  J("Jessie Smit", MD(3, 1)))
m("en", "hi! we're taking on Olly Marchetti as a seasonal instructor, starts easter monday. thx",
  J("Olly Marchetti", D(2027, 3, 29)))
m("nl", "Floor Kamphuis is per afgelopen dinsdag (1 december) van instructeur naar het kantoor van de zeilschool gegaan, planning en boekingen. Vergeten door te geven, sorry.",
  MV("Floor Kamphuis", ON("dinsdag", D(2026, 12, 1)), None, None), past=True)
m("nl", "Hoi, Wouter van ons kantoor vraagt of de instructeurs dit jaar weer een eigen mailadres krijgen of alleen de app. Weet jij dat?",
  none=True)
m("en", "Changes at the sailing school: Marit Johansen leaves on 31 December (last day), and her replacement as office manager, Tobias Krämer, starts on 4 January.",
  L("Marit Johansen", MD(12, 31)), J("Tobias Krämer", MD(1, 4)))

# the same places, other writers
m("nl", "Over drie weken begint onze nieuwe ziekenhuisapotheker, Wouter-Jan Brouwer. Mag ik vast een account aanvragen?",
  J("Wouter-Jan Brouwer", P(21)))
m("en", "New starter DC Venlo: Mihail Ionescu, forklift driver, start date 2027-01-18, nights.",
  J("Mihail Ionescu", D(2027, 1, 18)))
m("nl", "Per ma 1 feb start Gülşen Aydın als medewerker publiekszaken. Graag toegang tot de BRP-applicatie.",
  J("Gülşen Aydın", ON("maandag", D(2027, 2, 1))))
m("en", "Hi, just flagging that our lab manager, Dr Hendrik Jan Oosterhuis, will be leaving at the end of February after 30 years. Last working day: Friday 26 February.",
  L("Hendrik Jan Oosterhuis", ON("friday", D(2027, 2, 26))))
m("nl", "hoi! nieuwe schoonmaakster voor de kamers: joyce van den bosch. begint dinsdag 🧹",
  J("Joyce van den Bosch", WD("dinsdag")))
m("en", "Afternoon all. Please note Rupert Ashdown-Pryce (trainee solicitor) has now completed his seat and leaves us on 5th Feb.",
  L("Rupert Ashdown-Pryce", MD(2, 5)))
m("nl", "De nieuwe gymdocent, Mohamed Ouali, begint over twee weken op donderdag.",
  J("Mohamed Ouali", ON("donderdag", P(14))))
m("en", "Is it possible to give a locum vet temporary access for just two Saturdays? We haven't picked anyone yet.",
  none=True)
m("nl", "Per 1 mrt. verhuist Ilse Kortekaas (orderbegeleiding) naar ons bijkantoor in Gent, zelfde functie.",
  MV("Ilse Kortekaas", MD(3, 1), None, None))
m("en", "Just so you know, Dominika Nováková's last shift was yesterday, she was on a temp contract via the agency that ran out. Sorry for the late notice!",
  L("Dominika Nováková", P(-1)), past=True)
m("nl", "Vanaf januari (de 11e) start Reza Ahmadi als clubmanager in Zwolle.",
  J("Reza Ahmadi", MD(1, 11)))
m("en", "Good evening, I'm writing from the sailing school in Medemblik. Our new boatswain, Sebastián Morales, arrives on the fifteenth of March and will live on site.",
  J("Sebastián Morales", MD(3, 15)))
m("nl", "Leuk nieuws: Hanneke Zijlstra komt terug! Ze werkte tot 2024 als apothekersassistent bij ons en begint weer op 1 februari.",
  J("Hanneke Zijlstra", MD(2, 1)))
m("en", "From Monday the 14th, Chidi Okonkwo moves from reach truck driver to our facilities coordinator role at the DC.",
  MV("Chidi Okonkwo", ON("monday", D(2026, 12, 14)), "facility-coordinator", None))
m("nl", "In week 3 start Marije Veenstra bij Burgerzaken, op woensdag.",
  J("Marije Veenstra", WK(3, "woensdag")))
m("en", "Hello! Housekeeper Ana-Maria Constantinescu will be leaving us. She is going back to Romania. Her last day at work is on 16th December. Thank you!",
  L("Ana-Maria Constantinescu", MD(12, 16)))
m("nl", "Beste ICT, per 18-01-2027 komt bij ons werken: mevrouw mr. Noor el Idrissi, advocaat sectie familierecht.\n\nMet vriendelijke groet,\nOffice manager",
  J("Noor el Idrissi", D(2027, 1, 18)))
m("en", "Hi — supply teacher Rosalind Achebe joins us for group 7 on a fixed-term contract from Monday 11 January until the summer.",
  J("Rosalind Achebe", ON("monday", D(2027, 1, 11))))
m("nl", "Twee nieuwe assistenten in de kliniek: Lieke Bakker vanaf 4 januari en Tessa Boukhari vanaf 18 januari.",
  J("Lieke Bakker", MD(1, 4)), J("Tessa Boukhari", MD(1, 18)))
m("en", "Hi, our new developer for the web-to-print shop, Jakub Horváth, starts on January 4th. He'll need GitLab access.",
  J("Jakub Horváth", MD(1, 4), "software-engineer"))

m("nl", "Ja klopt, Roos Hamers begint op maandag 11 januari, niet op de 4e.\n\nOp wo 2 dec. 2026 om 16:02 schreef Servicedesk ICT <servicedesk@ziekenhuis.nl>:\n> Kun je bevestigen wanneer de nieuwe apothekersassistent begint?",
  J("Roos Hamers", ON("maandag", D(2027, 1, 11))))
m("en", "-----Original Message-----\nFrom: Sarah Kingsley\nSent: Tuesday, December 1, 2026 10:12 AM\nSubject: leaver\n\nHi, please process the leaver for Rhys Morgan-Jones, warehouse operative (nights). His final shift is Saturday 2 January.",
  L("Rhys Morgan-Jones", ON("saturday", D(2027, 1, 2))))
m("nl", "kan iemand n account maken voor kim-lan nguyen? ze begint overmorgen als baliemedewerker bij burgerzaken (zaterdagopenstelling)",
  J("Kim-Lan Nguyen", P(2)))
m("en", "Dr. Ikechukwu Eze moves to our Delft site as of 1 February, still as a postdoc in the same project.",
  MV("Ikechukwu Eze", MD(2, 1), None, None))
m("nl", "Melding uit dienst\nMedewerker: Gerda Wijnands-Bol\nAfdeling: housekeeping\nLaatste werkdag: 31-01-2027\nReden: eigen verzoek",
  L("Gerda Wijnands-Bol", D(2027, 1, 31)))
m("en", "Good morning. I'm pleased to confirm that Ms. Adaeze Nnamdi will join the Corporate team as an associate on Tuesday, 5 January 2027.",
  J("Adaeze Nnamdi", ON("tuesday", D(2027, 1, 5))))
m("nl", "Juf Marleen Pronk gaat na de kerst van groep 3 naar groep 8 en wordt daarnaast bouwcoördinator. Ingangsdatum maandag 4 januari.",
  MV("Marleen Pronk", ON("maandag", D(2027, 1, 4)), None, None))
m("en", "The new kennel assistant Dylan Hughes hasn't shown up since Monday and isn't answering calls. HR says we end it; last day worked was Friday 27 Nov.",
  L("Dylan Hughes", ON("friday", D(2026, 11, 27))), past=True)
m("nl", "Per 1 januari gaan de volgende mensen over naar de nieuwe vestiging in Tiel, functies blijven hetzelfde:\n1. Erwin Schipper\n2. Natasja de Lange\n3. Youssef Amrani\n4. Chantal Verhoef",
  MV("Erwin Schipper", MD(1, 1), None, None), MV("Natasja de Lange", MD(1, 1), None, None),
  MV("Youssef Amrani", MD(1, 1), None, None), MV("Chantal Verhoef", MD(1, 1), None, None))
m("en", "heya, Callum Reid starts on the 14th as a sales representative for the outbound team, thanks!",
  J("Callum Reid", D(2026, 12, 14), "account-manager"))
m("nl", "Over tien dagen, op zondag 13 december, heeft Stefanie Grootveld haar laatste dag als receptioniste in onze club in Amersfoort.",
  L("Stefanie Grootveld", ON("zondag", P(10))))
m("en", "Howya, quick one. Ciarán Ó Briain is coming on as a sailing instructor from April 6th. Grand lad.",
  J("Ciarán Ó Briain", MD(4, 6)))
m("nl", "Graag even checken: staat de account van Marco Bleeker (vertrokken in oktober) eigenlijk nog open? Hij had een pas van de apotheek.",
  none=True)
m("en", "Please add Naveen Krishnamurthy, night shift inventory controller, starting in 3 weeks on Thursday 24 December.",
  J("Naveen Krishnamurthy", ON("thursday", P(21))))
m("nl", "Facilitair medewerker van het stadskantoor, Ron Teunissen, gaat weg. Laatste werkdag dinsdag 29 december.",
  L("Ron Teunissen", ON("dinsdag", D(2026, 12, 29)), "facility-coordinator"))
m("en", "Effective 1 January, Sophie Delacroix switches from lab analyst to software developer in the bioinformatics core.",
  MV("Sophie Delacroix", MD(1, 1), "software-engineer", None))
m("nl", "Voor de wintermaanden hebben we een extra kracht op de linnenkamer: Bogdan Marinescu, van 7 december tot 28 februari.",
  J("Bogdan Marinescu", MD(12, 7)))
m("en", "Our front office manager asked me to pass this on: new housekeeping supervisor Thandiwe Mokoena starts Friday 8 January, she'll need a master key card.",
  J("Thandiwe Mokoena", ON("friday", D(2027, 1, 8))))
m("nl", "hoi, nieuwe juridisch secretaresse (Demi Vermeulen) per 1 jan. laptop graag! thx",
  J("Demi Vermeulen", MD(1, 1)))
m("en", "Dear IT department,\n\nWe would like to inform you that Mr. Tobias de Bruijn will commence employment as a groepsleerkracht on 1 February 2027.\n\nYours faithfully,\nThe school board",
  J("Tobias de Bruijn", D(2027, 2, 1)))
m("nl", "Per 1 februari wordt Eline Mathijssen van dierenartsassistent onze vertegenwoordiger voor diervoeding bij de boeren in de regio.",
  MV("Eline Mathijssen", MD(2, 1), "account-manager", None))
m("en", "Oops, forgot to tell you: Stuart McAllister retired last Friday (27th). Can you disable everything?",
  L("Stuart McAllister", D(2026, 11, 27)), past=True)
m("nl", "Per 4 januari begint Annelies Koster als teamleider bij de klantenservice, ze komt van een concullega.",
  J("Annelies Koster", MD(1, 4)))
m("en", "Two trainers leaving Amsterdam-West: Jordan Blake (last session 20/12) and Mia Kowalski (last session 31/12).",
  L("Jordan Blake", MD(12, 20)), L("Mia Kowalski", MD(12, 31)))
m("nl", "Vanaf maandag 1 maart loopt Storm de Haan stage bij ons (MBO watersport), tot 30 juni.",
  J("Storm de Haan", ON("maandag", D(2027, 3, 1))))
m("en", "Hi, quick update. Pharmacy assistant Grace Oyelaran is moving to the outpatient pharmacy at the other hospital site from 11 January. Same role.",
  MV("Grace Oyelaran", MD(1, 11), None, None))
m("nl", "Nachtploeg: Patrick Loos stopt, z'n laatste nachtdienst is vrijdag 11 december.",
  L("Patrick Loos", ON("vrijdag", D(2026, 12, 11))))
m("en", "Hello, I am manager of civil affairs. Mrs. Elif Şahin will begin work at our desk on 1st February. Please you make her account. Thanks.",
  J("Elif Şahin", MD(2, 1)))
m("nl", "Technicus Gijs Hermans vertrekt, 31 december is zijn laatste werkdag. Zijn opvolger Mila Vos begint 4 januari.",
  L("Gijs Hermans", MD(12, 31)), J("Mila Vos", MD(1, 4)))
m("en", "Hotel De Wadden housekeeping here. Please set up Luana Pereira, new room attendant, first shift Sunday 10 January.",
  J("Luana Pereira", ON("sunday", D(2027, 1, 10))))
m("nl", "Geachte collega,\n\nMet ingang van 1 juli 2027 treedt mr. Bernard van Oudheusden terug als partner. Zijn laatste werkdag op kantoor is woensdag 30 juni 2027.\n\nHoogachtend,\nDe managing partner",
  L("Bernard van Oudheusden", ON("woensdag", D(2027, 6, 30))))
m("en", "Hi! New intern for the after-school club, Kaito Tanaka, from 11 Jan to 2 Apr. He's with us Mondays and Wednesdays.",
  J("Kaito Tanaka", MD(1, 11)))
m("nl", "nieuwe assistente voor de balie van de kliniek: fleur ten brinke, start a.s. maandag 😊",
  J("Fleur ten Brinke", WD("maandag")))
m("en", "Dear colleagues, after 41 years our senior typesetter Kees Dijkhuizen will retire. We'll say goodbye on his last working day, Thursday 28 January.",
  L("Kees Dijkhuizen", ON("thursday", D(2027, 1, 28))))
m("nl", "Per 1 maart gaat Ricardo Tavares van accountmanager naar een functie als ontwikkelaar in ons eigen IT-team.",
  MV("Ricardo Tavares", MD(3, 1), "software-engineer", "account-manager"))
m("en", "Are we supposed to report a trainer who goes on parental leave for 4 months? Asking for Noah at the Leiden club.",
  none=True)
m("nl", "Helaas: onze bootsman Evert-Jan Pols heeft afgelopen maandag ontslag genomen en hoeft niet meer terug te komen. Z'n laatste werkdag was dus maandag 30 november.",
  L("Evert-Jan Pols", ON("maandag", D(2026, 11, 30))), past=True)
m("en", "As from 1 Feb Paulina Dąbrowska steps up from order picker to shift leader on nights.",
  MV("Paulina Dąbrowska", MD(2, 1), None, None))
m("nl", "Vanaf 18-1 versterkt Laura Boschma ons team Burgerzaken (huwelijken en overlijdensaangiften).",
  J("Laura Boschma", MD(1, 18)))
m("en", "Good day Sir/Ma, this is to notify you that Pharm. Chukwuemeka Obi will resume as hospital pharmacist on Monday 18th January, 2027. Thanks.",
  J("Chukwuemeka Obi", ON("monday", D(2027, 1, 18))))
m("nl", "Welkom aan Lars Eriksson, onze nieuwe facilitair coördinator, hij begint op 1 maart. Hij krijgt de mastersleutel van het hotel.",
  J("Lars Eriksson", MD(3, 1), "facility-coordinator"))
m("en", "Temporary contract: Ruby Achterberg, research assistant, from 1 Feb 2027 until 31 July 2027 (funded by the grant).",
  J("Ruby Achterberg", D(2027, 2, 1)))
m("nl", "Na 38 jaar voor de klas gaat meester Ton Wagemakers met pensioen. Hij werkt tot en met de laatste dag voor de zomervakantie, vrijdag 9 juli.",
  L("Ton Wagemakers", ON("vrijdag", D(2027, 7, 9))))
m("en", "Trainee intake February:\n- Hannah Goldberg, 1 Feb\n- Oscar Lindqvist, 1 Feb\n- Amara Diallo, 15 Feb",
  J("Hannah Goldberg", MD(2, 1)), J("Oscar Lindqvist", MD(2, 1)), J("Amara Diallo", MD(2, 15)))
m("nl", "Dierenartsassistent Sevgi Kaya gaat vanaf 1 januari in onze nieuwe kliniek in Nijmegen werken, verder verandert er niets.",
  MV("Sevgi Kaya", MD(1, 1), None, None))
m("en", "Heads up: agent Tyrone Baptiste has been dismissed as of today. Please block his access straight away.",
  L("Tyrone Baptiste", NOW))
m("nl", "Onze verkoper binnendienst Wim Roozendaal gaat op 29 januari met pensioen; dat is ook z'n laatste werkdag.",
  L("Wim Roozendaal", MD(1, 29), "account-manager"))
m("en", "Hi there, Isabella Rossi joins our team as a receptionist at the Haarlem club, starting Saturday 2 January 2027.",
  J("Isabella Rossi", ON("saturday", D(2027, 1, 2))))
m("nl", "Onze nieuwe schipper voor de begeleidingsboot van de zeilschool, Kees-Jan Altena, begint maandag week 10.",
  J("Kees-Jan Altena", WK(10, "maandag")))
m("en", "Effective Monday 1 March, Hamza Qureshi moves from our pharmacy IT team, where he's a developer, to account manager for the hospital's external pharmacy clients.",
  MV("Hamza Qureshi", ON("monday", D(2027, 3, 1)), "account-manager", "software-engineer"))

# ---------------------------------------------------------------------------------------
# Part 2 (k151-k320), written after the first run of part 1 (only its CORPUS line read)
# ---------------------------------------------------------------------------------------

# bakery chain
m("nl", "Bakkerij Van der Heijden, filiaal Oss: per dinsdag 5 januari begint Lisa-Marie Pennings als winkelmedewerker. Ze werkt vooral zaterdagen.",
  J("Lisa-Marie Pennings", ON("dinsdag", D(2027, 1, 5))))
m("nl", "bakker ahmet çelik stopt bij ons, laatste nacht in de bakkerij is 23 dec. hij gaat voor zichzelf beginnen 🥖",
  L("Ahmet Çelik", MD(12, 23)))
m("en", "Hi, our area manager asked me to let you know that Joanna Marsh moves from the Den Bosch shop to the Eindhoven shop from 11/01, as shop manager in both.",
  MV("Joanna Marsh", MD(1, 11), None, None))
m("nl", "Hoi, Ferdi Lambregts gaat per 1 februari van chauffeur naar vertegenwoordiger horeca; hij gaat de restaurants en hotels bezoeken.",
  MV("Ferdi Lambregts", MD(2, 1), "account-manager", None))
m("nl", "Voor de kerstdrukte (kerststollen!) hebben we van 14 t/m 31 december een extra kracht in de bakkerij: Ilona Szabó.",
  J("Ilona Szabó", MD(12, 14)))
m("en", "Quick question before I announce anyone: do Saturday-only shop assistants need an account for the till app, or do they share the shop login?",
  none=True)

# IT managed-service provider
m("en", "Hi, we've hired a new developer for our managed-services automation team: Mehmet Karaca, starting Monday 1 February 2027. Needs access to the RMM tooling as well.",
  J("Mehmet Karaca", ON("monday", D(2027, 2, 1)), "software-engineer"))
m("nl", "Servicedeskmedewerker 2e lijn Niels Everts heeft opgezegd. Laatste werkdag: vr 15 jan.",
  L("Niels Everts", ON("vrijdag", D(2027, 1, 15))))
m("nl", "Per 1 maart gaat Jasper Veldkamp van softwareontwikkelaar naar accountmanager bij ons MSP; hij kent de klanten toch al.",
  MV("Jasper Veldkamp", MD(3, 1), "account-manager", "software-engineer"))
m("en", "Aleksandra Petrović, one of our developers, transfers to our Belgrade office from 1 April. Same job (developer), just a different country and payroll.",
  MV("Aleksandra Petrović", MD(4, 1), "software-engineer", "software-engineer"))
m("en", "---------- Forwarded message ---------\nFrom: HR Shared Services <hr@msp.example>\nDate: Wed, 2 Dec 2026 at 14:05\nSubject: New hire\n\nPlease create accounts for Ryan Chakraborty, cloud consultant (Azure), start date: 18 January 2027.",
  J("Ryan Chakraborty", D(2027, 1, 18)))
m("nl", "hoi, kun je het account van stefan de wit dichtzetten? hij is vanochtend op staande voet ontslagen",
  L("Stefan de Wit", NOW))
m("nl", "Twee starters bij de servicedesk: Lotte van Gils (1e lijn) per 4 januari en Tim Breedveld (2e lijn) per 1 februari.",
  J("Lotte van Gils", MD(1, 4)), J("Tim Breedveld", MD(2, 1)))
m("en", "Good news — Marcus Lindgren is coming back to us as a network specialist after two years at a bank. First day back: 1st March.",
  J("Marcus Lindgren", MD(3, 1)))

# home-care team (thuiszorg)
m("nl", "Team Thuiszorg Noord: per 1 januari start Gonca Yilmaz als verzorgende IG. Ze krijgt een telefoon en de code van het sleutelkastje.",
  J("Gonca Yilmaz", MD(1, 1), "care-worker"))
m("nl", "Wijkverpleegkundige Annemiek Huisman gaat met pensioen; haar laatste werkdag is donderdag 25 februari.",
  L("Annemiek Huisman", ON("donderdag", D(2027, 2, 25))))
m("en", "Hi, new carer for the home-care team in Almere: Blessing Mensah, starting next Monday, 7 December.",
  J("Blessing Mensah", ON("monday", D(2026, 12, 7)), "care-worker"))
m("nl", "Zorgmedewerker Wendy Schuurman gaat per 18 januari van team Zuid naar team Oost, verder blijft alles gelijk.",
  MV("Wendy Schuurman", MD(1, 18), "care-worker", "care-worker"))
m("nl", "Helpende Truus van Dam wordt per 1 maart onze facilitair medewerker op het kantoor van de thuiszorg.",
  MV("Truus van Dam", MD(3, 1), "facility-coordinator", None))
m("en", "Sorry, this should have come weeks ago: Fatuma Abdi, healthcare assistant, has left us. Her last shift was Sunday 29 November.",
  L("Fatuma Abdi", ON("sunday", D(2026, 11, 29)), "care-worker"), past=True)
m("nl", "Naam: Marianne Berends-Kok\nFunctie: verzorgende\nTeam: thuiszorg Lelystad\nContract: tijdelijk, 1 jaar\nIn dienst per: 01-02-2027",
  J("Marianne Berends-Kok", D(2027, 2, 1), "care-worker"))
m("nl", "morgen begint er n nieuwe zorgmedewerker bij ons, tamara wijnberg. telefoon nodig!!",
  J("Tamara Wijnberg", P(1), "care-worker"))
m("en", "Our home-care team takes on a nursing student, Rutendo Moyo, as an intern from 11 January to 25 June.",
  J("Rutendo Moyo", MD(1, 11)))

# housing corporation
m("nl", "Woonstichting De Linie: met ingang van 1 februari 2027 treedt de heer Mustafa Öztürk in dienst als wijkconsulent.",
  J("Mustafa Öztürk", D(2027, 2, 1)))
m("nl", "Onze opzichter Gerrit-Jan Boerema gaat na 40 jaar met pensioen. Hij werkt t/m 29 januari.",
  L("Gerrit-Jan Boerema", MD(1, 29)))
m("en", "Hello, I'm the team lead of rentals. Katarzyna Wójcik will start with us as rental consultant on Tuesday, 12 January. She speaks Polish which helps a lot with our tenants.",
  J("Katarzyna Wójcik", ON("tuesday", D(2027, 1, 12))))
m("nl", "Huurconsulent Bram Staal wordt per 1 april projectleider renovatie; hij blijft op het kantoor in Enschede.",
  MV("Bram Staal", MD(4, 1), None, None))
m("nl", "Wijziging team Vastgoedonderhoud: Henk Mulderij (laatste werkdag 18 december) en Joop Kleinjan (laatste werkdag 22 januari) gaan weg, en Sander Mos begint als timmerman op 4 januari.",
  L("Henk Mulderij", MD(12, 18)), L("Joop Kleinjan", MD(1, 22)), J("Sander Mos", MD(1, 4)))
m("en", "The facilities coordinator at our head office, Deirdre Kavanagh, is off to a new job; she's with us until Thursday 31 December.",
  L("Deirdre Kavanagh", ON("thursday", D(2026, 12, 31)), "facility-coordinator"))

# shipyard
m("nl", "Werf Hoek (nieuwbouw): per maandag 11 januari komen er twee lassers bij, Dariusz Mazur en Oleksandr Bondarenko, allebei gedetacheerd voor 6 maanden.",
  J("Dariusz Mazur", ON("maandag", D(2027, 1, 11))), J("Oleksandr Bondarenko", D(2027, 1, 11)))
m("en", "To whom it may concern,\n\nThis is to confirm that our ship's electrician Mr. Jan-Peter Schokker has resigned. His final working day at the yard is 15/01/2027.\n\nRegards",
  L("Jan-Peter Schokker", D(2027, 1, 15)))
m("nl", "pijpfitter rinus de jong gaat van de werf in harlingen naar die in den helder per 1 feb, zelfde werk",
  MV("Rinus de Jong", MD(2, 1), None, None))
m("en", "Hello, I want to announce that Mr. Ionuț Dumitrescu will begin as welder in our yard from 04.01.2027. He have the certificates already.",
  J("Ionuț Dumitrescu", D(2027, 1, 4)))
m("nl", "Projectleider nieuwbouw Sietse Kuipers vertrekt, hij gaat naar een werf in Noorwegen. Zijn laatste werkdag is 26-02-2027, daarna heeft hij nog verlof tot eind maart.",
  L("Sietse Kuipers", D(2027, 2, 26)))
m("en", "From 1 March our ship design draughtsman, Liang Wei, moves into the yard's software team as a developer on the planning system.",
  MV("Liang Wei", MD(3, 1), "software-engineer", None))

# theatre
m("nl", "Stadsschouwburg: per 1 januari begint Jip Verschuren als toneeltechnicus. Hij heeft al een VCA, dus alleen de accounts en een sleutel.",
  J("Jip Verschuren", MD(1, 1)))
m("en", "Hi! Our box office gets a new face: Niamh Kelleher, starting the 2nd of January (a Saturday, we have a matinee).",
  J("Niamh Kelleher", D(2027, 1, 2)))
m("nl", "Vergeten te melden: zaalwacht Jolanda Prins heeft op zondag 22 november haar laatste voorstelling gedraaid. Kan haar pas worden ingetrokken?",
  L("Jolanda Prins", ON("zondag", D(2026, 11, 22))), past=True)
m("en", "For the Christmas show we've hired a temporary stage manager, Benedikt Auer, from Monday 14 December until the last show on 10 January.",
  J("Benedikt Auer", ON("monday", D(2026, 12, 14))))
m("nl", "Per 1 februari gaat Merijn Bosch van de technische dienst naar de afdeling marketing, als accountmanager zakelijke relaties.",
  MV("Merijn Bosch", MD(2, 1), "account-manager", None))
m("nl", "Hoi! We nemen afscheid van onze kassamedewerker Pauline ter Steege, ze gaat studeren. Laatste dienst is zaterdag 16 januari.",
  L("Pauline ter Steege", ON("zaterdag", D(2027, 1, 16))))

# dental practice
m("nl", "Tandartspraktijk Glimlach: mondhygiënist Iris Wouters begint op 4 januari. Zij werkt maandag, dinsdag en donderdag.",
  J("Iris Wouters", MD(1, 4)))
m("en", "Dear sir/madam, our dental assistant Mrs. Roxana Ionescu-Pop is leaving the practice, last working day Wednesday 27 January 2027.",
  L("Roxana Ionescu-Pop", ON("wednesday", D(2027, 1, 27))))
m("nl", "tandarts youri kamminga komt weer terug bij ons!! per 1 maart, 3 dagen. ww en laptop graag",
  J("Youri Kamminga", MD(3, 1)))
m("en", "Quick one: Aoife Brennan (dental nurse) moves from our Groningen practice to Assen from 18 January, same role.",
  MV("Aoife Brennan", MD(1, 18), None, None))
m("nl", "Praktijkmanager Hélène Dubois-Bakker gaat ons helaas verlaten. Ze werkt nog tot en met 31 maart.",
  L("Hélène Dubois-Bakker", MD(3, 31)))

# car-rental desk
m("en", "Schiphol desk: new rental agent Diego Fernández Ortega starts Friday the 8th of January, early shift.",
  J("Diego Fernández Ortega", ON("friday", D(2027, 1, 8))))
m("nl", "Balie Eindhoven Airport: Sanne-Fleur Hagens stopt per direct, ze is vandaag voor het laatst geweest.",
  L("Sanne-Fleur Hagens", NOW))
m("en", "hi, can u set up Kofi Asante for the Rotterdam branch? he's a car jockey/valet, starts on monday",
  J("Kofi Asante", WD("monday")))
m("nl", "Baliemedewerker Jeroen Huizinga wordt per 1 januari accountmanager zakelijke verhuur voor de regio Noord.",
  MV("Jeroen Huizinga", MD(1, 1), "account-manager", None))
m("en", "Seasonal staff for the Schiphol desk: Emre Doğan and Julia Nowicka, both from 1 May 2027 to 30 September 2027.",
  J("Emre Doğan", D(2027, 5, 1)), J("Julia Nowicka", D(2027, 5, 1)))

# parcel depot
m("nl", "Depot Nieuwegein: Rachid Bakkali start maandag 14 december als sorteerder in de avondploeg.",
  J("Rachid Bakkali", ON("maandag", D(2026, 12, 14))))
m("en", "Hi, driver Keith Donnelly's last day will be New Year's Eve. He's retiring.",
  L("Keith Donnelly", D(2026, 12, 31)))
m("nl", "Piekseizoen: 4 extra sorteerders via het uitzendbureau, allemaal vanaf morgen tot en met 24 december:\n- Jurgen Aerts\n- Marta Kowalska\n- Soufiane Ait Ouahi\n- Nina Hollander",
  J("Jurgen Aerts", P(1)), J("Marta Kowalska", P(1)), J("Soufiane Ait Ouahi", P(1)), J("Nina Hollander", P(1)))
m("en", "Please note: Hemi Waititi moves from the parcel sorting hall to the customer desk from 4 Jan.",
  MV("Hemi Waititi", MD(1, 4), None, None))
m("nl", "Sorry voor de late melding: chauffeur Gijsbert van Loon is al sinds vorige week woensdag uit dienst. Dat was zijn laatste rit.",
  L("Gijsbert van Loon", LW("woensdag")), past=True)

# nature reserve
m("nl", "Boswachter Hidde Algra gaat per 1 april van het Drents-Friese Wold naar de Weerribben, zelfde functie.",
  MV("Hidde Algra", MD(4, 1), None, None))
m("en", "Hello, we have a new volunteer coordinator at the reserve: Astrid Vandenbroucke, she starts on Thursday, 7 January 2027.",
  J("Astrid Vandenbroucke", ON("thursday", D(2027, 1, 7))))
m("nl", "Stagiair bosbeheer (Van Hall Larenstein): Thomas Ekker, van 1 februari tot 1 juli, vier dagen per week.",
  J("Thomas Ekker", MD(2, 1)))
m("en", "Seasonal ranger for the spring: Matteo Bianchi, from 15 March until the end of August.",
  J("Matteo Bianchi", MD(3, 15)))

# orchestra
m("nl", "Orkest: per 1 september 2027 treedt Sofia Andersson in dienst als aanvoerder altviool.",
  J("Sofia Andersson", D(2027, 9, 1)))
m("en", "Dear colleagues, our principal oboe, Mr. Hiroshi Nakamura, retires at the end of the season; his last concert with us is on Sunday 27 June 2027.",
  L("Hiroshi Nakamura", ON("sunday", D(2027, 6, 27))))
m("nl", "Korte melding: de bibliothecaris van het orkest, Reinier van Kampen, stopt; 29 januari is zijn laatste werkdag.",
  L("Reinier van Kampen", MD(1, 29)))
m("en", "Hi, the orchestra has a new tour manager from Monday 4 January: Yevgenia Sokolova-Brandt. She'll need a laptop and a phone.",
  J("Yevgenia Sokolova-Brandt", ON("monday", D(2027, 1, 4))))
m("nl", "Tweede violist Bastiaan ten Cate wordt per 1 augustus concertmeester; ander contract, zelfde orkest.",
  MV("Bastiaan ten Cate", MD(8, 1), None, None))

# garden centre
m("nl", "Tuincentrum De Groene Vingers: voor het voorjaar nemen we Ricky Steenbergen aan als medewerker buitenplanten, tijdelijk van 1 maart tot 1 juli.",
  J("Ricky Steenbergen", MD(3, 1)))
m("en", "our garden centre's new facilities coordinator Ahmad Rahimi is starting Monday 11 January, please sort his alarm code",
  J("Ahmad Rahimi", ON("monday", D(2027, 1, 11)), "facility-coordinator"))
m("nl", "hoi, kassamedewerker lisa van de pol heeft vandaag haar laatste dag, ze gaat naar de hogeschool in amsterdam. code mag eruit na sluiting",
  L("Lisa van de Pol", NOW))
m("en", "Hi, Gabriel Nascimento moves from the plants department to our webshop team as a developer from 1 Feb. He built our stock app in his spare time!",
  MV("Gabriel Nascimento", MD(2, 1), "software-engineer", None))
m("nl", "Vertrek: Dieuwke Postma, hoofd kassa, laatste werkdag 9 januari. Haar opvolger is Yvonne de Kort, die begint op 11 januari.",
  L("Dieuwke Postma", MD(1, 9)), J("Yvonne de Kort", MD(1, 11)))

# water-sports rental
m("nl", "Verhuur sloepen & sups: seizoenskrachten 2027 zijn Jorn Visscher en Elin de Boer, allebei per zaterdag 3 april.",
  J("Jorn Visscher", ON("zaterdag", D(2027, 4, 3))), J("Elin de Boer", D(2027, 4, 3)))
m("en", "The canoe rental's manager, Pierre-Antoine Girard, leaves after this winter; his last day will be 28 Feb.",
  L("Pierre-Antoine Girard", MD(2, 28)))

# the same places, other writers
m("nl", "Starter thuiszorg: Hatice Demirtaş, verzorgende, startdatum 2027-02-15.",
  J("Hatice Demirtaş", D(2027, 2, 15), "care-worker"))
m("en", "Please set up accounts for Lukas Novák, who joins the IT service desk on Tuesday the 19th of January.",
  J("Lukas Novák", ON("tuesday", D(2027, 1, 19))))
m("nl", "Nieuwe medewerker bakkerij (nachtploeg): Thijmen Bouwhuis, start in week 4 op dinsdag.",
  J("Thijmen Bouwhuis", WK(4, "dinsdag")))
m("en", "Luca Ferrari from the theatre's lighting crew is leaving in two weeks' time, last day Thursday 17 December.",
  L("Luca Ferrari", ON("thursday", P(14))))
m("nl", "Op de werf begint over vier weken een nieuwe planner, Anouk Tjoe-Awie.",
  J("Anouk Tjoe-Awie", P(28)))
m("en", "Can you disable Scott Fraser's login today? He's left the dental practice; yesterday was his last day.",
  L("Scott Fraser", P(-1)), past=True)
m("nl", "Woningcorporatie, team Verhuur: per 15-02 komt Esra Koç ons team versterken als woonconsulent.",
  J("Esra Koç", MD(2, 15)))
m("en", "Hi team, Jennifer Okafor-Williams starts at the parcel depot's customer desk on February 8th.",
  J("Jennifer Okafor-Williams", MD(2, 8)))
m("nl", "Over twee dagen, zaterdag, draait decorbouwer Kees van Wijngaarden zijn laatste dienst bij de schouwburg.",
  L("Kees van Wijngaarden", P(2)))
m("en", "Hi, our retiring ranger Maud Ellison works her last day on Wednesday 23 December but will keep volunteering with us. Please close her staff account anyway.",
  L("Maud Ellison", ON("wednesday", D(2026, 12, 23))))
m("nl", "Assistente Melanie Gerritsen, die vorig jaar vertrok, komt terug. Ze begint op maandag 18 januari weer bij ons.",
  J("Melanie Gerritsen", ON("maandag", D(2027, 1, 18))))
m("en", "As of 1 January, Bjørn Haugland goes from welding foreman to facilities coordinator for the whole yard.",
  MV("Bjørn Haugland", MD(1, 1), "facility-coordinator", None))
m("nl", "Per 1 februari naar ons kantoor in Zwolle (functie blijft gelijk):\n• Rick Hoekman, developer\n• Saskia Mertens, developer\n• Dennis Bos, servicedesk",
  MV("Rick Hoekman", MD(2, 1), "software-engineer", "software-engineer"),
  MV("Saskia Mertens", MD(2, 1), "software-engineer", "software-engineer"),
  MV("Dennis Bos", MD(2, 1), None, None))
m("en", "I should've told you this a fortnight ago, but Alan Cartwright, our delivery driver, left on Friday 20 November.",
  L("Alan Cartwright", ON("friday", D(2026, 11, 20))), past=True)
m("nl", "Met verdriet laat ik weten dat onze collega Riet Hazeleger, verzorgende in team West, afgelopen zondag is overleden. Wil je haar account en telefoon vandaag afsluiten?",
  L("Riet Hazeleger", NOW, "care-worker"))
m("en", "Rental desk Utrecht Centraal: Ms. Priya Nair will join as branch supervisor on the first Monday of February.",
  J("Priya Nair", D(2027, 2, 1)))
m("nl", "De nieuwe marketingmedewerker van de schouwburg, Jet Blokland, begint 1 februari. Ze komt van het Chassé.",
  J("Jet Blokland", MD(2, 1)))
m("en", "Good day, please note that Engr. Oluwadamilare Bankole will resume as maintenance supervisor at the housing association on 11th January 2027.",
  J("Oluwadamilare Bankole", D(2027, 1, 11)))
m("nl", "Hij begint toch pas op 1 maart, niet op 1 februari. Sorry!\n\nVan: Joris Beek\nVerzonden: woensdag 2 december 2026 11:20\nAan: Servicedesk\nOnderwerp: Nieuwe medewerker werf\n\nPer 1 februari start Evert Pruim als werkvoorbereider op de werf.",
  J("Evert Pruim", MD(3, 1)))
m("en", "Hey, Precious Dlamini is leaving the depot; her temp contract ends on the 18th and she won't be extended.",
  L("Precious Dlamini", D(2026, 12, 18)))
m("nl", "Beste, graag laat ik weten dat Wout Vandersteen onze tuinploeg vervoegt vanaf maandag 4 januari. Gelieve een account aan te maken. Met dank.",
  J("Wout Vandersteen", ON("maandag", D(2027, 1, 4))))
m("en", "Hi, Nasrin Karimi (shop assistant, Tilburg) is promoted to shop manager in Breda, effective Monday 4 January.",
  MV("Nasrin Karimi", ON("monday", D(2027, 1, 4)), None, None))
m("nl", "Per direct is Lucas Hoogeveen niet meer bij ons orkest; hij heeft zijn contract als invaller-hoornist beëindigd. Gisteren was z'n laatste repetitie.",
  L("Lucas Hoogeveen", P(-1)), past=True)
m("en", "Hi there, just letting you know that our warden on Texel, Callum MacLeod, finishes on Wednesday 6 January. He's moving back to Scotland.",
  L("Callum MacLeod", ON("wednesday", D(2027, 1, 6))))
m("nl", "Onze nieuwe programmeur, Vincent Ng, begint maandag 8 februari.",
  J("Vincent Ng", ON("maandag", D(2027, 2, 8)), "software-engineer"))
m("en", "From 1 January Hanna Lindberg and Oskar Berg swap places: Hanna goes to the box office, Oskar to front-of-house.",
  MV("Hanna Lindberg", MD(1, 1), None, None), MV("Oskar Berg", MD(1, 1), None, None))
m("nl", "Vanaf 1 feb. werkt tandarts Farid Nazari bij ons op de locatie Hengelo in plaats van Enschede.",
  MV("Farid Nazari", MD(2, 1), None, None))
m("en", "Following her training, Mariska Oosting moves from carer to district nurse as of 1 April.",
  MV("Mariska Oosting", MD(4, 1), None, "care-worker"))
m("nl", "Hoi, kan je een account aanmaken voor onze nieuwe vertegenwoordiger, Thom Rijnders? Hij bezoekt de hoveniers en begint 1 maart.",
  J("Thom Rijnders", MD(3, 1), "account-manager"))
m("en", "Please be advised that effective January 4, 2027, Brandon Kowalczyk-Reyes will assume the position of station manager at our Amsterdam rental branch.",
  J("Brandon Kowalczyk-Reyes", D(2027, 1, 4)))
m("nl", "Nieuwe chauffeur: mo bouazza, begint overmorgen in de vroege dienst.",
  J("Mo Bouazza", P(2)))
m("en", "Dear HR,\n\nI hereby notify you that Mr. Anders Christiansen, naval architect, will join the yard on the first working day of 2027, Monday 4 January.\n\nBest regards,\nDesign Office",
  J("Anders Christiansen", ON("monday", D(2027, 1, 4))))
m("nl", "Met ingang van 1 januari wordt Karin Lamers-Tol, nu medewerker klantcontact, facilitair coördinator van ons hoofdkantoor.",
  MV("Karin Lamers-Tol", MD(1, 1), "facility-coordinator", None))
m("en", "Quick one: freelance stagehand Ravi Menon joins the theatre on a fixed contract from 1 January.",
  J("Ravi Menon", MD(1, 1)))
m("nl", "Nieuwe mensen in de broodfabriek:\n1) Ömer Yıldız – 4 jan\n2) Liesbeth Haverkamp – 11 jan\n3) Gideon Asamoah – 18 jan",
  J("Ömer Yıldız", MD(1, 4)), J("Liesbeth Haverkamp", MD(1, 11)), J("Gideon Asamoah", MD(1, 18)))
m("en", "Heads-up: Priyanka Deshpande from our NOC resigned yesterday. Notice period is a month, last working day Monday 4 January.",
  L("Priyanka Deshpande", ON("monday", D(2027, 1, 4))))
m("nl", "Onze kostuumontwerpster Marit van der Zwaag-Hofman gaat na 25 jaar weg. Laatste werkdag vr 29 jan.",
  L("Marit van der Zwaag-Hofman", ON("vrijdag", D(2027, 1, 29))))
m("en", "We're taking on a dental hygiene student, Lucie Dvořáková, as an intern from Monday 15 February.",
  J("Lucie Dvořáková", ON("monday", D(2027, 2, 15))))
m("nl", "Vanaf 1 januari draait Jacqueline Sterk mee als zorgmedewerker in de nachtdienst van team Centrum; ze komt uit het ziekenhuis.",
  J("Jacqueline Sterk", MD(1, 1), "care-worker"))
m("en", "Hi — our stage hand Tadeusz Wróbel is leaving after the New Year's concert on 1 January, that's his last working day.",
  L("Tadeusz Wróbel", D(2027, 1, 1)))
m("nl", "Volgende week vrijdag is de laatste werkdag van Bernadette Koolhaas, onze receptioniste in de tandartspraktijk.",
  L("Bernadette Koolhaas", NW("vrijdag")))
m("en", "New starter at the Eindhoven desk on Monday 7 Dec: Yasmin Hamdan. Please make sure her account is ready before 07:00.",
  J("Yasmin Hamdan", ON("monday", D(2026, 12, 7))))
m("nl", "De beheerder van ons bezoekerscentrum, Ties Hoekstra, gaat per 1 april naar het hoofdkantoor als coördinator vrijwilligers.",
  MV("Ties Hoekstra", MD(4, 1), None, None))
m("en", "Our facility coordinator Femi Adebayo transfers from the Nieuwegein depot to the new hub in Waalwijk on 1 March. Same job.",
  MV("Femi Adebayo", MD(3, 1), "facility-coordinator", "facility-coordinator"))
m("nl", "Goedemiddag, hierbij meld ik de uitdiensttreding van Roel Verdonk (systeembeheerder). Laatste werkdag: 31-12-2026.",
  L("Roel Verdonk", D(2026, 12, 31)))
m("en", "Hi, a correction to yesterday's message: Nicola Bertolini starts as a caretaker on the 18th of January, not the 11th.",
  J("Nicola Bertolini", MD(1, 18)))
m("nl", "Hoi, Saskia van Leeuwen (winkel Oisterwijk) stopt ermee. Ze wil nog tot en met zaterdag 9 januari werken.",
  L("Saskia van Leeuwen", ON("zaterdag", D(2027, 1, 9))))
m("en", "Welcome to Mathilde Rousseau, our new head of programming, who joins us on Monday 1st of March 2027!",
  J("Mathilde Rousseau", ON("monday", D(2027, 3, 1))))
m("nl", "Voor het dokken van de veerboot huren we tijdelijk een steigerbouwer in: Kees Stam, van 11 januari tot en met 12 februari.",
  J("Kees Stam", MD(1, 11)))
m("en", "Home care team East, changes:\n- Joy Achieng starts as carer on 4 Jan\n- Marloes Wiggers leaves, last shift 10 Jan\n- Ruth Amponsah moves to team West on 1 Feb (still a carer)",
  J("Joy Achieng", MD(1, 4), "care-worker"), L("Marloes Wiggers", MD(1, 10)),
  MV("Ruth Amponsah", MD(2, 1), "care-worker", "care-worker"))
m("nl", "Geachte heer/mevrouw,\n\nHierbij bevestigen wij dat mevrouw drs. Ayşe Kılıç per 1 maart 2027 in dienst treedt als tandarts-implantoloog.\n\nMet vriendelijke groet,\nDe directie",
  J("Ayşe Kılıç", D(2027, 3, 1)))
m("en", "yo, new dev starting tmrw: jonas weber. can u do accounts + repo access asap 🙏",
  J("Jonas Weber", P(1), "software-engineer"))
m("nl", "Mededeling: Wilma Scholten-Ter Haar, medewerker incasso, gaat met pensioen. Ze werkt tot en met dinsdag 30 maart.",
  L("Wilma Scholten-Ter Haar", ON("dinsdag", D(2027, 3, 30))))
m("en", "Sorry, late one: seasonal guide Freya Lindholm finished on 30 November and I never told you. Her account can go.",
  L("Freya Lindholm", D(2026, 11, 30)), past=True)
m("nl", "Het orkest verwelkomt per 1 januari een nieuwe zakelijk leider: Annemarie Thijssen.",
  J("Annemarie Thijssen", MD(1, 1)))
m("en", "Our greenhouse team grows: Mykola Shevchenko joins on Mon 18 Jan, on a 6-month contract.",
  J("Mykola Shevchenko", ON("monday", D(2027, 1, 18))))
m("nl", "Van 20-12 t/m 3-1 hebben we een kerstkracht op de balie in Maastricht: Chayenne Lemmens.",
  J("Chayenne Lemmens", MD(12, 20)))
m("en", "Hello! I'm writing to say that Gurpreet Singh Sandhu, one of our van drivers, will become a route planner from 1 March. Thanks.",
  MV("Gurpreet Singh Sandhu", MD(3, 1), None, None))
m("nl", "Per 1 april stopt Kees-Willem Brouwers als bakker en wordt hij vertegenwoordiger voor onze groothandelsklanten.",
  MV("Kees-Willem Brouwers", MD(4, 1), "account-manager", None))
m("en", "Dr. Rania Haddad will cover for Dr. Smit during her maternity leave, starting Monday 8 February and ending in August.",
  J("Rania Haddad", ON("monday", D(2027, 2, 8))))
m("nl", "Marieke Dijkstra (horeca) verhuist per 1 februari naar de kleine zaal aan de overkant, zelfde functie.",
  MV("Marieke Dijkstra", MD(2, 1), None, None))
m("en", "Cheers for sorting the last one. Another starter: Harriet Pembroke, service delivery manager, first day 11 Jan. Ta!",
  J("Harriet Pembroke", MD(1, 11)))
m("nl", "Teamleider thuiszorg Marja Ruiters gaat met pensioen. Haar laatste werkdag is 30 december; ze heeft nog sleutels van cliënten.",
  L("Marja Ruiters", MD(12, 30)))
m("en", "Welcome aboard to the yard's new HSE advisor, Olumide Fashola, who starts on 25 January.",
  J("Olumide Fashola", MD(1, 25)))
m("nl", "Stationmanager Rotterdam, Barend Kwakernaak, vertrekt eind januari. Zijn laatste werkdag is donderdag 28 januari 2027.",
  L("Barend Kwakernaak", ON("donderdag", D(2027, 1, 28))))
m("en", "Hi, please set up an account for our new education officer, Teodora Ilić — she's with us from 1st February.",
  J("Teodora Ilić", MD(2, 1)))
m("nl", "Op de 1e maart begint onze nieuwe ecoloog, Kasper Wijnstra.",
  J("Kasper Wijnstra", MD(3, 1)))
m("en", "From 1 Feb our facility coordinator at the Hengelo office, Tessa Heutink, becomes account manager for the commercial properties.",
  MV("Tessa Heutink", MD(2, 1), "account-manager", "facility-coordinator"))
m("nl", "Ewout Klaassen gaat per 1 januari van de servicedesk naar het ontwikkelteam als programmeur.",
  MV("Ewout Klaassen", MD(1, 1), "software-engineer", None))
m("en", "Hi, we're hiring two instructors for the windsurf season: Kai Nakamura-Jansen and Lola Martín, both from Saturday 1 May.",
  J("Kai Nakamura-Jansen", ON("saturday", D(2027, 5, 1))), J("Lola Martín", D(2027, 5, 1)))
m("nl", "Suplerares Isa Kroon stopt, ze gaat in Portugal lesgeven. Laatste werkdag 19 december.",
  L("Isa Kroon", MD(12, 19)))
m("en", "Pleased to say Graham Holloway rejoins our bakery team as night baker on Sunday 3 January.",
  J("Graham Holloway", ON("sunday", D(2027, 1, 3))))
m("nl", "hoi! per maandag de 11e een nieuwe baliemedewerker bij de tandarts: Kiki Vermeer. thxx",
  J("Kiki Vermeer", ON("maandag", D(2027, 1, 11))))
m("en", "Quick note: Steven Appiah, hub supervisor, finishes with us on 15 January; his deputy Bilal Chaudhry takes over the role from 18 January.",
  L("Steven Appiah", MD(1, 15)), MV("Bilal Chaudhry", MD(1, 18), None, None))
m("nl", "In week 2 begint onze nieuwe stagiair techniek, Sem de Wit, op maandag.",
  J("Sem de Wit", WK(2, "maandag")))
m("en", "Please note our ranger Lotte Jørgensen will move to the Wadden team from 15 February, doing the same job.",
  MV("Lotte Jørgensen", MD(2, 15), None, None))
m("nl", "Beste ICT, met ingang van maandag 15 februari is Priscilla Kwakye aangenomen als huismeester van de flats aan de Ringweg.",
  J("Priscilla Kwakye", ON("maandag", D(2027, 2, 15))))
m("en", "Good morning, I am pleased to inform that Maestro Giulio Santangelo will be our new assistant conductor, beginning from 1st September 2027.",
  J("Giulio Santangelo", D(2027, 9, 1)))
m("nl", "Over twee weken begint Sharida Ramsaran als verzorger in het wijkteam; ze heeft haar diploma net binnen.",
  J("Sharida Ramsaran", P(14), "care-worker"))
m("en", "Apologies, I forgot: our Saturday lad Ethan Price left last Saturday, 28 November.",
  L("Ethan Price", ON("saturday", D(2026, 11, 28))), past=True)
m("nl", "Scheepsbouwer Klaas-Jan Hoekstra-de Boer gaat per 1 januari van de werf in Harlingen naar de reparatiewerf in Makkum; functie ongewijzigd.",
  MV("Klaas-Jan Hoekstra-de Boer", MD(1, 1), None, None))
m("en", "Hiya, Aleksander Nowak has handed his notice in. His last day at the Schiphol desk is 31 Jan.",
  L("Aleksander Nowak", MD(1, 31)))
m("nl", "Per 8 januari verlaat Floor Smulders ons als accountmanager MKB; ze werkt tot en met die dag.",
  L("Floor Smulders", MD(1, 8), "account-manager"))
m("en", "Hi, please set Yuki Matsumoto up as a new dental assistant at our Zwolle practice from the 4th of January. Many thanks!",
  J("Yuki Matsumoto", MD(1, 4)))
m("nl", "Nieuwe bezorger voor de ochtendronde: dani ferreira, begint a.s. woensdag",
  J("Dani Ferreira", WD("woensdag")))
m("en", "Our head of lighting, Aidan Murphy, leaves on 12 February, and his successor Stella Kouris, who comes from the Stadsteater, starts on 15 February.",
  L("Aidan Murphy", MD(2, 12)), J("Stella Kouris", MD(2, 15)))
m("nl", "Vrijwilligerscoördinator Gerdien Veenendaal vertrekt na de zomer; haar laatste werkdag is vrijdag 27 augustus 2027.",
  L("Gerdien Veenendaal", ON("vrijdag", D(2027, 8, 27))))
m("en", "new start: Rohan D'Souza, maintenance planner, mon 1 feb",
  J("Rohan D'Souza", ON("monday", D(2027, 2, 1))))
m("nl", "Formulier indiensttreding\nNaam: Bas-Jan Overmars\nFunctie: Ontwikkelaar\nAfdeling: Development\nEerste werkdag: donderdag 7 januari 2027",
  J("Bas-Jan Overmars", ON("donderdag", D(2027, 1, 7)), "software-engineer"))
m("en", "Dear team, Elsie Boateng (healthcare assistant) retires on 30 April 2027, which is also her last working day.",
  L("Elsie Boateng", D(2027, 4, 30), "care-worker"))
m("nl", "Hoornist Wessel Oudshoorn is gisteravond na het concert met zijn werk bij ons gestopt; dat was zijn laatste dienst.",
  L("Wessel Oudshoorn", P(-1)), past=True)
m("en", "Starting tomorrow, Vusi Nkosi is on the depot's night sort; he comes from our Amsterdam depot, same work.",
  MV("Vusi Nkosi", P(1), None, None))
m("nl", "Tandartsassistente Naima Elmaci komt terug na haar sabbatical. Ze was uit dienst, dus graag nieuwe accounts; ze begint op 1 april.",
  J("Naima Elmaci", MD(4, 1)))
m("en", "Hi, can you remove access for Sven-Ole Petersen, who ran our boat rental in Loosdrecht? His last day was 31 October, sorry.",
  L("Sven-Ole Petersen", D(2026, 10, 31)), past=True)
m("nl", "Per 1 maart start Rosa Wijnen als facilitair medewerker in het tuincentrum in Houten.",
  J("Rosa Wijnen", MD(3, 1), "facility-coordinator"))
m("en", "Two changes in the NOC: Faisal Al-Harbi joins as a developer on 1 February, and Ilse Brandsma moves from developer to account manager on the same day.",
  J("Faisal Al-Harbi", MD(2, 1), "software-engineer"), MV("Ilse Brandsma", MD(2, 1), "account-manager", "software-engineer"))
m("nl", "Publieksmedewerker Noortje van Rijswijk-Bal stopt per 1 februari; haar laatste dienst is de voorstelling van zondag 31 januari.",
  L("Noortje van Rijswijk-Bal", ON("zondag", D(2027, 1, 31))))
m("nl", "Hoi, ik wil alvast laten weten dat we volgend jaar een nieuwe bakker zoeken voor de nachtploeg. Wie het wordt weet ik nog niet.",
  none=True)


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
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-11.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")

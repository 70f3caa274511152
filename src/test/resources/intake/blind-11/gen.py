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

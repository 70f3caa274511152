"""Blind-9: managers' announcements written by hand, one at a time (session 19).

Each message is followed by what HR would fill in. The helpers only turn the date a
reader means into a calendar date from TODAY (Thursday 2026-12-03); the kind, the name,
the role and which date is meant are written by hand. Run: python3 gen.py
"""
import datetime as dt
import json
import os
import re

TODAY = dt.date(2026, 12, 3)
ROLES = {None, "account-manager", "care-worker", "facility-coordinator", "software-engineer"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NL_WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def D(y, m, d):
    return dt.date(y, m, d).isoformat()


def MD(m, d):
    """A day without a year: the next such date on or after today."""
    x = dt.date(TODAY.year, m, d)
    if x < TODAY:
        x = dt.date(TODAY.year + 1, m, d)
    return x.isoformat()


def P(n):
    """n days from today (negative: in the past)."""
    return (TODAY + dt.timedelta(days=n)).isoformat()


def _wd(name):
    name = name.lower()
    return WEEKDAYS.index(name) if name in WEEKDAYS else NL_WEEKDAYS.index(name)


def WD(name):
    """A bare, 'next', 'this', 'komende' or 'a.s.' weekday: the first such day after today."""
    k = _wd(name)
    n = (k - TODAY.weekday()) % 7 or 7
    return (TODAY + dt.timedelta(days=n)).isoformat()


def NW(name):
    """'volgende week X' / 'next week X': X in the week Monday 2026-12-07 to Sunday 12-13."""
    return (dt.date(2026, 12, 7) + dt.timedelta(days=_wd(name))).isoformat()


def LW(name):
    """'vorige week X' / 'last X' in last week (Monday 2026-11-23 to Sunday 11-29)."""
    return (dt.date(2026, 11, 23) + dt.timedelta(days=_wd(name))).isoformat()


def WK(week, name="monday", year=2027):
    """A day of an ISO week number ('maandag week 3')."""
    return dt.date.fromisocalendar(year, week, _wd(name) + 1).isoformat()


def ON(name, iso):
    """A weekday written next to a date: assert that they agree."""
    assert dt.date.fromisoformat(iso).weekday() == _wd(name), (name, iso)
    return iso


NOW = TODAY.isoformat()


def J(name, date, role=None):
    return {"kind": "JOINER", "name": name, "date": date, "role": role}


def L(name, date, role=None):
    return {"kind": "LEAVER", "name": name, "date": date, "role": role}


def MV(name, date, role, frm):
    return {"kind": "MOVER", "name": name, "date": date, "role": role, "fromRole": frm}


MESSAGES = []


def m(lang, text, *expect, past=False):
    MESSAGES.append((lang, text, list(expect), past))


# ---------------------------------------------------------------------------------------
# Part 1 (k001-k150)
# ---------------------------------------------------------------------------------------

# housing corporation, a team lead of the wijkteam
m("nl", "Goedemorgen, per 1 februari komt Wouter van der Linden ons wijkteam Noord versterken als huismeester. Kun jij alles klaarzetten?",
  J("Wouter van der Linden", D(2027, 2, 1)))

# transport company, planner on a phone
m("nl", "chauffeur ahmed boukhari stopt bij ons, laatste rit vrijdag 18 december. pasje en tankkaart moeten retour",
  L("Ahmed Boukhari", ON("vrijdag", D(2026, 12, 18))))

# law firm, office manager, formal English (native)
m("en", "Dear all,\n\nI am pleased to confirm that Ms Eleanor Whitfield-Hayes will join the firm as a paralegal in the litigation team on Monday 11 January 2027.\n\nKind regards,\nRuth Ashdown\nOffice Manager",
  J("Eleanor Whitfield-Hayes", ON("monday", D(2027, 1, 11))))

# garden centre owner, chatty
m("nl", "Hoi hoi! We hebben eindelijk iemand voor de kassa gevonden 🌱 Ze heet Priscilla Baboeram en ze begint volgende week woensdag. Heeft ze een account nodig voor het kassasysteem?",
  J("Priscilla Baboeram", NW("woensdag")))

# vet clinic, Flemish
m("nl", "Dag collega's, dierenarts Lotte Vandenbroucke vervoegt onze praktijk in Gent vanaf 4 januari. Gelieve haar een laptop en een badge te voorzien.",
  J("Lotte Vandenbroucke", D(2027, 1, 4)))

# theatre, production manager, native English
m("en", "heads up - our lighting tech Callum Fraser is off to the Lyceum, his last show with us is the 20th of December",
  L("Callum Fraser", MD(12, 20)))

# call centre, team lead, non-native English
m("en", "Hello, I want to inform that Oksana Melnyk is starting in our team as customer service agent from 7/12. Please make her account ready before.",
  J("Oksana Melnyk", D(2026, 12, 7)))

# pharmacy, owner
m("nl", "Onze apothekersassistente Sanne Kuipers gaat ons helaas verlaten. Ze heeft vandaag haar ontslag ingediend, haar laatste werkdag wordt 31 januari.",
  L("Sanne Kuipers", D(2027, 1, 31)))

# greenhouse, Dutch teler, terse
m("nl", "Nieuwe teeltmedewerker: Marek Nowicki. Start ma 14-12.",
  J("Marek Nowicki", ON("maandag", D(2026, 12, 14))))

# hospital ward, team manager
m("nl", "Beste ICT, per 1 januari 2027 wisselt Femke Bosma van functie: ze gaat van zorgmedewerker naar facilitair coördinator van onze afdeling. Wil je haar rechten aanpassen?",
  MV("Femke Bosma", D(2027, 1, 1), "facility-coordinator", "care-worker"))

# municipality IT, head of department
m("nl", "Collega's, goed nieuws: we hebben een nieuwe ontwikkelaar voor het team Zaaksysteem. Youssef Amrani start maandag 4 januari.",
  J("Youssef Amrani", ON("maandag", D(2027, 1, 4)), "software-engineer"))

# shipping office, native English, British
m("en", "Morning - just to let you know Graham Pettigrew, our senior freight forwarder, retires at the end of this month. Last day in the office is Thursday 31st December.",
  L("Graham Pettigrew", ON("thursday", D(2026, 12, 31))))

# fitness chain, regional manager, phone
m("nl", "nieuwe personal trainer voor club almere: jesse de graaf, begint morgen al 💪",
  J("Jesse de Graaf", P(1)))

# print shop owner, English non-native (German)
m("en", "Hello, please note: our new account manager Lukas Brenner starts at 1st of February. He needs laptop and phone.",
  J("Lukas Brenner", D(2027, 2, 1), "account-manager"))

# school board, formal letter
m("nl", "Geachte heer, mevrouw,\n\nHierbij bevestigen wij dat mevrouw Annelies ter Haar met ingang van 1 maart 2027 als leerkracht groep 5 in dienst treedt bij OBS De Regenboog.\n\nMet vriendelijke groet,\nBestuursbureau Stichting Primair Onderwijs Kop van Overijssel",
  J("Annelies ter Haar", D(2027, 3, 1)))

# hospital ward, two leavers
m("nl", "Twee collega's van afdeling B3 gaan weg: Mirjam Hoekstra (zorgmedewerker) stopt op 15 december en Dewi Pattipeilohy (verpleegkundige) op 22 december.",
  L("Mirjam Hoekstra", MD(12, 15), "care-worker"), L("Dewi Pattipeilohy", MD(12, 22)))

# vet clinic, English native, small practice
m("en", "We've hired a new veterinary nurse! Bethany Coles will be joining us on Tuesday 5 January 😊",
  J("Bethany Coles", ON("tuesday", D(2027, 1, 5))))

# transport company, HR, formal
m("nl", "Betreft: uitdiensttreding\n\nDe arbeidsovereenkomst van de heer Hendrik Jan Wolters, chauffeur C/E, eindigt per 1 januari 2027. Zijn laatste werkdag is 24 december 2026.",
  L("Hendrik Jan Wolters", D(2026, 12, 24)))

# call centre, mover
m("en", "Quick update: Priya Raghunathan moves from our call centre to the sales team as account manager on 1 Feb.",
  MV("Priya Raghunathan", D(2027, 2, 1), "account-manager", None))

# law firm, Dutch secretary, chatty
m("nl", "Hallo! Mr. Jeroen van Oosterhout (advocaat arbeidsrecht) begint bij ons op maandag 1 februari. Kan hij dan meteen in het dossiersysteem?",
  J("Jeroen van Oosterhout", ON("maandag", D(2027, 2, 1))))

# garden centre, Flemish, leaver
m("nl", "Allo, Jonas Verstraete (magazijn) neemt ontslag. Zijn laatste werkdag is vrijdag 8 januari. Mvg, Kris",
  L("Jonas Verstraete", ON("vrijdag", D(2027, 1, 8))))

# theatre, Dutch, box office
m("nl", "Per 15 januari hebben we een nieuwe kassamedewerker: Noa Blom. Graag een account voor het ticketsysteem.",
  J("Noa Blom", D(2027, 1, 15)))

# pharmacy chain, English non-native (Turkish-Dutch owner)
m("en", "Hi, Elif Korkmaz will work in our pharmacy from monday 11 january as pharmacist assistant. Thank you",
  J("Elif Korkmaz", ON("monday", D(2027, 1, 11))))

# greenhouse, Polish workers list
m("nl", "Nieuwe mensen in de kas vanaf maandag 7 december:\n- Piotr Zieliński\n- Agnieszka Lewandowska\n- Tomasz Wójcik\nAllemaal oogstmedewerker.",
  J("Piotr Zieliński", ON("maandag", D(2026, 12, 7))), J("Agnieszka Lewandowska", D(2026, 12, 7)), J("Tomasz Wójcik", D(2026, 12, 7)))

# municipality IT, English native contractor manager
m("en", "Our contract developer Sunil Mehta finishes on 18 December. Please make sure his accounts are disabled after that day.",
  L("Sunil Mehta", MD(12, 18), "software-engineer"))

# housing corporation, forwarded mail
m("nl", "---------- Doorgestuurd bericht ----------\nVan: Marjolein Stam <m.stam@woonstede.nl>\nDatum: wo 2 dec. 2026 om 16:12\nOnderwerp: nieuwe wijkconsulent\n\nHoi, Rachid El Khatib begint op 18 januari als wijkconsulent in Presikhaaf. Groet, Marjolein",
  J("Rachid El Khatib", D(2027, 1, 18)))

# fitness chain, native English, leaving
m("en", "Sad news, Danny Whitlock is leaving us - his last shift at the Leeds gym is Sunday 13 December.",
  L("Danny Whitlock", ON("sunday", D(2026, 12, 13))))

# print shop, Dutch phone
m("nl", "hoi, onze dtp'er Stijn Verhoef gaat ff naar de binnendienst als verkoper, vanaf 1 jan. kan dat geregeld worden?",
  MV("Stijn Verhoef", D(2027, 1, 1), "account-manager", None))

# school board, English native (international school)
m("en", "Please set up an account for our new teaching assistant, Hannah O'Sullivan. She starts on the 6th of January.",
  J("Hannah O'Sullivan", MD(1, 6)))

# hospital ward, Dutch, new zorgmedewerker with temp contract
m("nl", "Nieuwe collega op de afdeling Geriatrie: Chantal Sitaldin, zorgmedewerker, contract van 1 januari t/m 30 juni 2027.",
  J("Chantal Sitaldin", D(2027, 1, 1), "care-worker"))

# shipping office, Dutch, Rotterdam
m("nl", "Even melden: Kees-Jan Dekker (douanedeclarant) is per 1 januari weg bij ons, hij gaat bij Maersk aan de slag.",
  L("Kees-Jan Dekker", D(2027, 1, 1)))

# call centre, phone English
m("en", "new agent starting tmrw - Kofi Mensah. can he get a headset n login pls",
  J("Kofi Mensah", P(1)))

# garden centre, mover, Dutch
m("nl", "Vanaf 1 maart wordt Gerrit Lammers onze facilitair coördinator. Hij werkt nu nog op de kwekerij.",
  MV("Gerrit Lammers", D(2027, 3, 1), "facility-coordinator", None))

# theatre, English, non-native (Spanish)
m("en", "Hello! I am happy to tell that Lucía Fernández joins the technical crew as stagehand from 4th January 2027.",
  J("Lucía Fernández", D(2027, 1, 4)))

# vet clinic, Dutch, leaver phone
m("nl", "Paraveterinair Ilse Drost heeft opgezegd. Laatste dienst zaterdag 19/12.",
  L("Ilse Drost", ON("zaterdag", D(2026, 12, 19))))

# transport company, English native, two people
m("en", "Two new drivers for the Tilburg depot: Wayne Kerridge starts Monday 14 December and Mohammed Idrissi on Monday 4 January.",
  J("Wayne Kerridge", ON("monday", D(2026, 12, 14))), J("Mohammed Idrissi", ON("monday", D(2027, 1, 4))))

# municipality, P&O formal
m("nl", "Aan: Servicedesk ICT\n\nMet ingang van 1 februari 2027 treedt mevrouw drs. Mieke Schuurman in dienst als beleidsadviseur Sociaal Domein. Wilt u zorgdragen voor een account en een laptop?",
  J("Mieke Schuurman", D(2027, 2, 1)))

# law firm, native English, leaver with two dates
m("en", "Oliver Pennington (associate) has resigned. His employment ends on 31 January, but with holiday his last working day will be Friday 22 January.",
  L("Oliver Pennington", ON("friday", D(2027, 1, 22))))

# fitness chain, Dutch, sales
m("nl", "Per volgende week maandag hebben we een nieuwe accountmanager zakelijke abonnementen: Bart Nijenhuis.",
  J("Bart Nijenhuis", NW("maandag"), "account-manager"))

# pharmacy, Dutch, relative weeks
m("nl", "Over twee weken begint Loes Wijnands bij ons als bezorger. Moet ik daar iets voor regelen?",
  J("Loes Wijnands", P(14)))

# greenhouse, English non-native (Romanian)
m("en", "Hello, Ionuț Popescu is not working anymore with us from 11 december. He went back to Romania. Please block his card.",
  L("Ionuț Popescu", MD(12, 11)))

# housing corp, Dutch, mover within
m("nl", "Ter info: Johan Brinkman gaat m.i.v. 1 januari van huismeester naar de facilitaire dienst.",
  MV("Johan Brinkman", D(2027, 1, 1), "facility-coordinator", None))

# hospital, English native, agency
m("en", "We have an agency carer starting on ward 7 this Saturday, name is Ama Owusu. Can she have a pass for the medication room?",
  J("Ama Owusu", WD("saturday"), "care-worker"))

# school board, Dutch, conciërge leaving
m("nl", "Onze conciërge meneer Ruud Hazelhoff gaat na 32 jaar met pensioen! Zijn laatste werkdag is woensdag 23 december.",
  L("Ruud Hazelhoff", ON("woensdag", D(2026, 12, 23))))

# shipping office, English, number words
m("en", "FYI Anneke Vos starts in three weeks as our new customs clerk.",
  J("Anneke Vos", P(21)))

# call centre, Flemish
m("nl", "Goeiemiddag, vanaf maandag 11 januari start Wout De Clercq als teamleider in het contactcenter te Mechelen.",
  J("Wout De Clercq", ON("maandag", D(2027, 1, 11))))

# print shop, English native
m("en", "Just hired a graphic designer - Freya Lindqvist. First day Jan 18th.",
  J("Freya Lindqvist", MD(1, 18)))

# vet clinic, mover English
m("en", "From 1 January Marco Bianchi will move from our Utrecht clinic to Amersfoort, same job as vet. Can you update his location?",
  MV("Marco Bianchi", D(2027, 1, 1), None, None))

# theatre, Dutch, ends temp contract
m("nl", "Het tijdelijke contract van decorbouwer Sem Rietveld wordt niet verlengd, hij werkt t/m 31 december.",
  L("Sem Rietveld", D(2026, 12, 31)))

# fitness chain, Dutch HR, dismissal
m("nl", "Met de receptiemedewerker van onze vestiging Breda, Kevin Aarts, is het dienstverband per direct beëindigd. Graag vandaag nog alle toegang intrekken.",
  L("Kevin Aarts", NOW))

# housing corp, English non-native (Dutch writer)
m("en", "Hi team, next monday our new facilities coordinator Marloes Kamphuis is starting. Can you arrange a master key for her?",
  J("Marloes Kamphuis", WD("monday"), "facility-coordinator"))

# farm, phone Dutch
m("nl", "jongen van de buren komt bij ons werken op het bedrijf, Teun Hofstede, vanaf 2 januari. hij heeft alleen een telefoon nodig",
  J("Teun Hofstede", D(2027, 1, 2)))

# municipality IT, Dutch, two movers
m("nl", "Vanaf 1 februari gaan twee ontwikkelaars van ons team naar de afdeling Informatievoorziening als functioneel beheerder: Ruben Mol en Sabine Jonkers.",
  MV("Ruben Mol", D(2027, 2, 1), None, "software-engineer"), MV("Sabine Jonkers", D(2027, 2, 1), None, "software-engineer"))

# law firm, Dutch, correction
m("nl", "Correctie op mijn bericht van gisteren: Maaike Dijkhuizen begint niet op 4 januari maar op maandag 11 januari als juridisch secretaresse.",
  J("Maaike Dijkhuizen", ON("maandag", D(2027, 1, 11))))

# theatre, native English, question
m("en", "Is this the right place to tell you about a new starter? We've got Rosalind Achebe joining front of house on Friday 15 January.",
  J("Rosalind Achebe", ON("friday", D(2027, 1, 15))))

# transport, Dutch, planner, date first
m("nl", "21 december: eerste werkdag van Dennis Oudshoorn, planner binnendienst.",
  J("Dennis Oudshoorn", MD(12, 21)))

# hospital ward, English (Filipino nurse writer)
m("en", "Good day! Maria Cristina Santos will start as healthcare assistant at our ward on December 14, 2026. Thank you po.",
  J("Maria Cristina Santos", D(2026, 12, 14), "care-worker"))

# vet clinic, Dutch, 'per'
m("nl", "Assistente Kim Stoffelen gaat per 1 maart minder werken en stopt dan met de avonddiensten, verder blijft alles hetzelfde.\n\nO ja, en Bram Hermans is per 1 maart uit dienst.",
  L("Bram Hermans", D(2027, 3, 1)))

# call centre, English native, list of leavers
m("en", "Leavers this month from the Swansea contact centre:\n1. Rhys Pritchard - 11/12\n2. Carys Llewellyn - 18/12\n3. Gethin Morgan - 24/12",
  L("Rhys Pritchard", MD(12, 11)), L("Carys Llewellyn", MD(12, 18)), L("Gethin Morgan", MD(12, 24)))

# pharmacy, Dutch, weekday only
m("nl", "Onze nieuwe bezorger Rik van Dalen begint dinsdag. Hij heeft een telefoon nodig voor de bezorgapp.",
  J("Rik van Dalen", WD("dinsdag")))

# greenhouse, Dutch, leaver with 'per'
m("nl", "Kasmanager Arie Vreugdenhil gaat per 1 april 2027 met vervroegd pensioen.",
  L("Arie Vreugdenhil", D(2027, 4, 1)))

# print shop, English, mover with from role
m("en", "Our developer Jamie Thornton is moving over to account management from the 1st of March - he'll look after our web-to-print clients as account manager.",
  MV("Jamie Thornton", D(2027, 3, 1), "account-manager", "software-engineer"))

# school board, Flemish, Kerstvakantie
m("nl", "Beste, na de kerstvakantie, op maandag 4 januari, start juf Elke Van Damme in het eerste leerjaar van onze school. Kan zij een Smartschool-account krijgen?",
  J("Elke Van Damme", ON("maandag", D(2027, 1, 4))))

# shipping office, English non-native (Indian), formal
m("en", "Dear Sir/Madam, kindly note that Mr. Venkatesh Subramaniam, Documentation Executive, has tendered his resignation and will be relieved on 15-01-2027.",
  L("Venkatesh Subramaniam", D(2027, 1, 15)))

# fitness chain, Dutch phone, emoji
m("nl", "Yes!! 🎉 Shanice Gravenberch komt ons team versterken als clubmanager in Zaandam, start 1/2",
  J("Shanice Gravenberch", D(2027, 2, 1)))

# housing corp, HR letter, leaver with end and last day
m("nl", "Geachte collega,\n\nHierbij informeren wij u dat het dienstverband van mevrouw Gonny Bakker-Smit, medewerker verhuur, eindigt per 1 februari 2027. Haar laatste werkdag is vrijdag 29 januari 2027.\n\nAfdeling HRM",
  L("Gonny Bakker-Smit", ON("vrijdag", D(2027, 1, 29))))

# hospital, Dutch, two joiners in a sentence
m("nl", "Vanaf maandag 14 december hebben we twee nieuwe zorgmedewerkers op de afdeling: Nadia Bouzid en Lisanne Ros.",
  J("Nadia Bouzid", ON("maandag", D(2026, 12, 14)), "care-worker"), J("Lisanne Ros", D(2026, 12, 14), "care-worker"))

# law firm, English native, intern
m("en", "We have a summer intern... well, a winter intern: Toby Marchbanks, with us from 4 January until the end of March.",
  J("Toby Marchbanks", D(2027, 1, 4)))

# transport, Dutch formal leaver
m("nl", "Hierbij meld ik dat de heer Jan Willem de Bruijn, vrachtwagenchauffeur, op eigen verzoek per 31 december 2026 uit dienst gaat.",
  L("Jan Willem de Bruijn", D(2026, 12, 31)))

# theatre, Dutch, mover
m("nl", "Fleur Waterman, nu nog medewerker horeca, wordt vanaf 1 januari onze facilitair medewerker.",
  MV("Fleur Waterman", D(2027, 1, 1), "facility-coordinator", None))

# municipality IT, English non-native (Dutch), weekday + date
m("en", "New colleague for the GIS team: developer Thijs Zwart, starts on Wednesday 6 January.",
  J("Thijs Zwart", ON("wednesday", D(2027, 1, 6)), "software-engineer"))

# garden centre, Dutch, number words
m("nl", "Over drie weken begint Henk-Willem Luiten bij ons op de afdeling dier & tuin.",
  J("Henk-Willem Luiten", P(21)))

# vet clinic, English native, death
m("en", "It is with great sadness that I have to tell you that our receptionist Margaret Ellery passed away this week. Please could her accounts be closed from today.",
  L("Margaret Ellery", NOW))

# call centre, Dutch, chat
m("nl", "hey, Sevda Yilmaz begint maandag bij ons in het klantcontactcentrum. Hoe krijgt ze een account?",
  J("Sevda Yilmaz", WD("maandag")))

# pharmacy, English native, end of month
m("en", "Our pharmacist Dr Imran Qureshi is leaving at the end of this month to open his own pharmacy.",
  L("Imran Qureshi", D(2026, 12, 31)))

# greenhouse, Dutch, mover to sales
m("nl", "Per 1 januari gaat Wim Vellekoop de buitendienst in als vertegenwoordiger. Tot nu toe was hij teeltmanager.",
  MV("Wim Vellekoop", D(2027, 1, 1), "account-manager", None))

# school board, English native
m("en", "Please note that Mrs Deborah Kirkwood, our school business manager, will be leaving us on Friday 18th December.",
  L("Deborah Kirkwood", ON("friday", D(2026, 12, 18))))

# shipping office, Dutch, phone with typos
m("nl", "nieuwe collga op de expeditie vanaf maandg 11 jan: Orlando Martina",
  J("Orlando Martina", D(2027, 1, 11)))

# print shop, Dutch, two people, joiner and leaver
m("nl", "Drukker Frans Timmer gaat 31 december met pensioen en zijn opvolger Dylan Koster begint op 4 januari.",
  L("Frans Timmer", D(2026, 12, 31)), J("Dylan Koster", D(2027, 1, 4)))

# fitness, English non-native (Brazilian)
m("en", "hi!! new instructor in our gym amsterdam west, Thiago Conceição, first day is thursday 10 december. thanks a lot",
  J("Thiago Conceição", ON("thursday", D(2026, 12, 10))))

# housing corp, Dutch, ICT question
m("nl", "Kan ik hier een nieuwe medewerker aanmelden? Het gaat om Eveline Smulders, ze begint 1 februari als woonconsulent.",
  J("Eveline Smulders", D(2027, 2, 1)))

# hospital ward, Dutch, care worker leaves with last shift
m("nl", "Verzorgende Tineke Postma stopt. Haar contract loopt tot 1 januari, maar haar laatste dienst is op 27 december.",
  L("Tineke Postma", MD(12, 27), "care-worker"))

# transport, English native, forwarded
m("en", "---------- Forwarded message ---------\nFrom: Steve Balding <steve.balding@northhaul.co.uk>\nDate: Wed, 2 Dec 2026 at 09:41\nSubject: new driver\n\nLee Farrow is starting on nights from Monday 7th December. Cheers, Steve",
  J("Lee Farrow", ON("monday", D(2026, 12, 7))))

# law firm, Dutch, notaris office
m("nl", "Kandidaat-notaris mr. Eline van Tongeren-Boer treedt op 1 maart in dienst bij ons kantoor.",
  J("Eline van Tongeren-Boer", D(2027, 3, 1)))

# call centre, English native, two movers
m("en", "From Monday 4 January, Jade Ellison and Marcus Obi move from the inbound team to outbound sales as account managers.",
  MV("Jade Ellison", ON("monday", D(2027, 1, 4)), "account-manager", None), MV("Marcus Obi", D(2027, 1, 4), "account-manager", None))

# theatre, Flemish
m("nl", "Hallo, onze zaalverantwoordelijke Pieter-Jan Goossens gaat ons verlaten. Hij werkt nog tot en met 17 januari.",
  L("Pieter-Jan Goossens", MD(1, 17)))

# vet clinic, Dutch, joiner with week number
m("nl", "Nieuwe dierenarts Tessa Hoogendoorn start op maandag van week 2.",
  J("Tessa Hoogendoorn", WK(2, "maandag")))

# garden centre, English non-native (Dutch owner)
m("en", "Dear IT, per 1 february we have a new sales representative for the wholesale: Ruud Meijering.",
  J("Ruud Meijering", D(2027, 2, 1), "account-manager"))

# municipality IT, Dutch, leaver
m("nl", "Softwareontwikkelaar Erik Jan Veenstra heeft een baan bij de provincie. Laatste werkdag: dinsdag 12 januari.",
  L("Erik Jan Veenstra", ON("dinsdag", D(2027, 1, 12)), "software-engineer"))

# hospital, English native, temp
m("en", "Bank HCA Precious Ndlovu starts with us on 9 December for a 3-month contract.",
  J("Precious Ndlovu", MD(12, 9), "care-worker"))

# pharmacy, Dutch, weekday with date, leaver
m("nl", "Laatste werkdag van Hanneke Dirksen (baliemedewerker) is donderdag 24 december.",
  L("Hanneke Dirksen", ON("donderdag", D(2026, 12, 24))))

# shipping office, English, Scandinavian
m("en", "Please welcome Søren Kjærgaard, who joins our chartering desk on 11 January.",
  J("Søren Kjærgaard", D(2027, 1, 11)))

# greenhouse, Dutch, mover, same role other site
m("nl", "Teeltmedewerker Kasia Nowak gaat vanaf maandag 4 januari op onze locatie in Maasdijk werken in plaats van Honselersdijk.",
  MV("Kasia Nowak", ON("maandag", D(2027, 1, 4)), None, None))

# school board, Dutch, IB'er
m("nl", "Per 1 januari komt er een nieuwe intern begeleider op De Springplank, Astrid Veldkamp. Graag een laptop.",
  J("Astrid Veldkamp", D(2027, 1, 1)))

# fitness, Dutch, leaver phone
m("nl", "Mark Hulshof stopt als trainer, ltste dag 20 dec",
  L("Mark Hulshof", MD(12, 20)))

# print shop, English native, phone
m("en", "new starter monday - Kieran Doyle, print finisher. cheers",
  J("Kieran Doyle", WD("monday")))

# housing corp, Flemish, social housing
m("nl", "Beste collega's, vanaf 1 februari wordt Kobe Peeters aangeworven als technisch medewerker bij onze sociale huisvestingsmaatschappij.",
  J("Kobe Peeters", D(2027, 2, 1)))

# hospital, Dutch, mover care worker to facilities
m("nl", "Zorgmedewerker Hatice Aydın wordt per 1 februari facilitair medewerker op de afdeling Neurologie.",
  MV("Hatice Aydın", D(2027, 2, 1), "facility-coordinator", "care-worker"))

# transport, Dutch, planner on phone, two drivers leaving
m("nl", "Gerard Smits en Ton Verbeek stoppen allebei als chauffeur. Gerard op 18 december, Ton op 8 januari.",
  L("Gerard Smits", MD(12, 18)), L("Ton Verbeek", MD(1, 8)))

# law firm, native English, rehire
m("en", "Good news: Charlotte Adeyemi-Brooks is coming back to us! She rejoins the conveyancing team as a legal secretary on 1 February 2027.",
  J("Charlotte Adeyemi-Brooks", D(2027, 2, 1)))

# call centre, Dutch formal HR
m("nl", "Geachte servicedesk,\n\nMet ingang van maandag 7 december 2026 is mevrouw Naima Chaouch werkzaam als klantenservicemedewerker op onze locatie Heerlen. Wij verzoeken u haar een account en een headset te verstrekken.\n\nMet vriendelijke groet,\nP&O Contactcenter Zuid",
  J("Naima Chaouch", ON("maandag", D(2026, 12, 7))))

# theatre, English non-native (French)
m("en", "Hello, I inform you that Mathilde Rousseau, our costume maker, will quit the theatre. Her last day is on the 29 of January.",
  L("Mathilde Rousseau", MD(1, 29)))

# vet clinic, Dutch, phone, relative
m("nl", "morgen begint onze nieuwe assistente Jolien Kaptein, kan ze nog een inlog krijgen vandaag?",
  J("Jolien Kaptein", P(1)))

# municipality IT, English native (contractor), 'w/c'
m("en", "Martin Ellwood joins the infrastructure team as a software engineer on Monday 18 January (w/c 18/01).",
  J("Martin Ellwood", ON("monday", D(2027, 1, 18)), "software-engineer"))

# garden centre, Dutch, leaver end of month
m("nl", "Onze hovenier Dirk-Jan Roelofs gaat eind deze maand weg, hij begint voor zichzelf.",
  L("Dirk-Jan Roelofs", D(2026, 12, 31)))

# hospital ward, English native, mover HCA to facilities
m("en", "Just to let you know, Sharon Tierney will stop working as a healthcare assistant and becomes our ward facilities coordinator from 4 January.",
  MV("Sharon Tierney", D(2027, 1, 4), "facility-coordinator", "care-worker"))

# pharmacy, Dutch, dd-mm-yyyy
m("nl", "Farmaceutisch consulent Ravi Ramdin treedt in dienst op 01-02-2027.",
  J("Ravi Ramdin", D(2027, 2, 1)))

# greenhouse, English non-native (Bulgarian), two joiners
m("en", "Good morning, from next week Monday Georgi Ivanov and Desislava Petrova will start working in the packing hall.",
  J("Georgi Ivanov", NW("monday")), J("Desislava Petrova", NW("monday")))

# school board, Dutch, leaver, 'per'
m("nl", "Meester Koen Oosterveld vertrekt per 1 januari naar een school in Deventer.",
  L("Koen Oosterveld", D(2027, 1, 1)))

# shipping office, Dutch, account manager
m("nl", "Nieuwe accountmanager voor de Azië-lijnen: Wei Ling Tan. Eerste werkdag maandag 1 februari.",
  J("Wei Ling Tan", ON("maandag", D(2027, 2, 1)), "account-manager"))

# fitness chain, English native, leaver
m("en", "Our club manager in Brighton, Harriet Lowe, has handed in her notice - she finishes on Sunday 10 January.",
  L("Harriet Lowe", ON("sunday", D(2027, 1, 10))))

# print shop, Dutch, question about leaver
m("nl", "Wat moet ik doen als iemand weggaat? Onze vormgever Sacha Moerman werkt nog tot 15 januari.",
  L("Sacha Moerman", MD(1, 15)))

# housing corp, English non-native (Dutch), mover
m("en", "Hi, Ellen Boomsma switches from account manager to facility coordinator per 1 March.",
  MV("Ellen Boomsma", D(2027, 3, 1), "facility-coordinator", "account-manager"))

# farm, Dutch, dairy
m("nl", "Op ons melkveebedrijf komt een nieuwe medewerker, Geert Hilbrands. Hij begint op vrijdag 1 januari.",
  J("Geert Hilbrands", ON("vrijdag", D(2027, 1, 1))))

# call centre, English native phone
m("en", "hey, Leah Fitzgerald's last day in the call centre is fri 11th. can u sort",
  L("Leah Fitzgerald", ON("friday", D(2026, 12, 11))))

# theatre, Dutch, technician mover, from role
m("nl", "Per 1 februari stapt Ricardo Lopes Pereira over van facilitair medewerker naar toneeltechnicus.",
  MV("Ricardo Lopes Pereira", D(2027, 2, 1), None, "facility-coordinator"))

# vet clinic, English native, two joiners
m("en", "We have two new starters next month. Gemma Haworth (vet nurse) starts 4 January and Dr Alistair Munro (vet) on 11 January.",
  J("Gemma Haworth", D(2027, 1, 4)), J("Alistair Munro", D(2027, 1, 11)))

# municipality, Dutch, developers plural
m("nl", "Twee nieuwe ontwikkelaars voor het team Digitale Dienstverlening starten op 1 februari: Lars Groeneveld en Ayoub Benali.",
  J("Lars Groeneveld", D(2027, 2, 1), "software-engineer"), J("Ayoub Benali", D(2027, 2, 1), "software-engineer"))

# hospital, Dutch, zorgmedewerker leaves, relative week
m("nl", "Zorgmedewerker Bianca Lubbers werkt volgende week vrijdag voor het laatst.",
  L("Bianca Lubbers", NW("vrijdag"), "care-worker"))

# transport, English native, sales
m("en", "We're bringing in a new sales rep for the north-west, Craig McAllister, starting 11 Jan. He'll need a lease car too.",
  J("Craig McAllister", D(2027, 1, 11), "account-manager"))

# law firm, Dutch, notice with ordinal
m("nl", "Advocaat-stagiaire Mila Bouwman begint op de 1e februari.",
  J("Mila Bouwman", D(2027, 2, 1)))

# garden centre, Dutch, flemish, leaver, number words
m("nl", "Tuinbouwer Ward Maes stopt binnen twee weken bij ons, zijn laatste dag is donderdag 17 december.",
  L("Ward Maes", ON("donderdag", D(2026, 12, 17))))

# pharmacy, English native
m("en", "Can you set up our new dispenser, Olivia Tran? She starts Monday the 7th.",
  J("Olivia Tran", ON("monday", D(2026, 12, 7))))

# greenhouse, Dutch, facility coordinator joins
m("nl", "Vanaf 18 januari hebben we een facilitair coördinator: Jeroen Hoogerwerf. Hij krijgt de sleutels van alle kassen.",
  J("Jeroen Hoogerwerf", D(2027, 1, 18), "facility-coordinator"))

# school board, English non-native (Polish), leaver
m("en", "Hello, I am leaving the school at 31.12.2026, my name is Katarzyna Zając, teacher of English. My manager said I must write here.",
  L("Katarzyna Zając", D(2026, 12, 31)))

# shipping office, Dutch, phone
m("nl", "Laatste dag van stagiair Noah Kwakman is morgen",
  L("Noah Kwakman", P(1)))

# fitness, Dutch, formal, two people
m("nl", "Beste collega's,\n\nVanaf 1 februari versterken Esmee Pranger (sales) en Joris Halsema (personal trainer) ons team in Groningen.\n\nSportieve groet,\nHenriëtte",
  J("Esmee Pranger", D(2027, 2, 1), "account-manager"), J("Joris Halsema", D(2027, 2, 1)))

# print shop, English non-native (Vietnamese-Dutch)
m("en", "Hi, Nguyen Van Minh will work with us from 14 december as operator of the digital press.",
  J("Nguyen Van Minh", MD(12, 14)))

# housing corp, Dutch, mover, 'wordt'
m("nl", "Opzichter Bert Lagerweij wordt per 1 januari coördinator facilitaire zaken.",
  MV("Bert Lagerweij", D(2027, 1, 1), "facility-coordinator", None))

# hospital, English native, leaver with past date note
m("en", "Sorry this is late - bank carer Joanne Whitty actually finished with us on Monday. Could her access be removed?",
  L("Joanne Whitty", P(-3), "care-worker"), past=True)

# call centre, Flemish, mover
m("nl", "Vanaf 1 maart wordt Laure Wouters accountmanager voor KMO-klanten, ze stopt dan als teamcoach in het contactcenter.",
  MV("Laure Wouters", D(2027, 3, 1), "account-manager", None))

# theatre, English native, starts in a fortnight
m("en", "Our new marketing officer, Imogen Saint-Clair, starts a fortnight today.",
  J("Imogen Saint-Clair", P(14)))

# vet clinic, Dutch, 'm.i.v.'
m("nl", "Dierenarts drs. Ruben Kruithof is m.i.v. 1 februari geen onderdeel meer van ons team.",
  L("Ruben Kruithof", D(2027, 2, 1)))

# municipality IT, English native, freelancer ends
m("en", "The contract of freelance developer Anika Bose ends on 31 January. Please revoke her GitHub access then.",
  L("Anika Bose", D(2027, 1, 31), "software-engineer"))

# farm, Dutch, Flemish farmer
m("nl", "Allee, vanaf den eersten januari komt Stefaan De Wilde bij ons op het bedrijf werken.",
  J("Stefaan De Wilde", D(2027, 1, 1)))

# transport, Dutch, planner leaves, date with weekday in words
m("nl", "Planner Marieke Tuinstra gaat ons verlaten. Haar laatste werkdag is op woensdag dertig december.",
  L("Marieke Tuinstra", ON("woensdag", D(2026, 12, 30))))

# law firm, English native, two people, one leaves one joins
m("en", "Two changes in the property team: Nathaniel Greaves leaves us on 18 December, and his replacement, Amelia Rowntree, joins on 4 January.",
  L("Nathaniel Greaves", MD(12, 18)), J("Amelia Rowntree", MD(1, 4)))

# garden centre, Dutch, phone, emoji
m("nl", "nieuw meisje voor de kassa zaterdag 😊 Jasmijn Vos",
  J("Jasmijn Vos", WD("zaterdag")))

# pharmacy, Dutch, mover
m("nl", "Apothekersassistent Yvette Smeets gaat vanaf 1 februari werken in onze apotheek in Sittard in plaats van Geleen.",
  MV("Yvette Smeets", D(2027, 2, 1), None, None))

# hospital, Dutch, formal leaver from care
m("nl", "Onderwerp: uit dienst\n\nMevrouw Trudy Veldhuis, verzorgster op afdeling 4 Oost, gaat per 1 maart 2027 met pensioen.",
  L("Trudy Veldhuis", D(2027, 3, 1), "care-worker"))

# shipping office, English non-native (Greek)
m("en", "Dear colleagues, our new broker Nikolaos Papadopoulos begins his work at our office on Monday, January 11.",
  J("Nikolaos Papadopoulos", ON("monday", D(2027, 1, 11))))

# school board, Dutch, onderwijsassistent, two-part tussenvoegsel
m("nl", "Onderwijsassistent Daan van den Berg begint maandag 7 december op onze locatie in Zwolle.",
  J("Daan van den Berg", ON("maandag", D(2026, 12, 7))))

# fitness chain, English native, leaver, effective immediately
m("en", "Tyler Brennan has been let go, effective immediately. Please remove all access to the Crawley club systems.",
  L("Tyler Brennan", NOW))

# print shop, Dutch, verkoper buitendienst
m("nl", "Vanaf 4 januari hebben we een verkoper buitendienst: Hans Wiersma. Graag laptop, telefoon en leaseauto.",
  J("Hans Wiersma", D(2027, 1, 4), "account-manager"))

# call centre, English non-native (Moroccan-Dutch)
m("en", "Hello, Soufiane Azzouzi stops with us per 15 december. Please close his account that day.",
  L("Soufiane Azzouzi", MD(12, 15)))

# vet clinic, Dutch, paraveterinair joins, date with weekday and numeric
m("nl", "Paraveterinair Yara Kooistra start op dinsdag 5-1.",
  J("Yara Kooistra", ON("dinsdag", D(2027, 1, 5))))

# housing corp, English native (expat writer)
m("en", "Could you please set up accounts for Daniel Okonkwo? He's joining our housing team as a tenancy officer on the 1st of February.",
  J("Daniel Okonkwo", D(2027, 2, 1)))

# municipality, Dutch, developer leaves, 'over'
m("nl", "Programmeur Sjoerd Bergsma gaat over vier weken weg, hij heeft een baan gevonden in Leeuwarden.",
  L("Sjoerd Bergsma", P(28), "software-engineer"))

# greenhouse, Dutch phone, leaver
m("nl", "Marta Kowalczyk is vandaag voor t laatst geweest, ze gaat terug naar polen",
  L("Marta Kowalczyk", NOW))

# theatre, Dutch, chatty with a second sentence
m("nl", "Hoi! Leuk nieuws: Zoë de Waal-Janssen komt per 4 januari de publieksafdeling versterken. Ze is echt een aanwinst, ze heeft jaren bij Carré gewerkt.",
  J("Zoë de Waal-Janssen", D(2027, 1, 4)))

# ---------------------------------------------------------------------------------------
# Part 2 (k151-)
# ---------------------------------------------------------------------------------------

# hospital ward, reply above a quoted mail (Dutch)
m("nl", "Klopt, ze begint op maandag 18 januari. Graag ook toegang tot Nedap.\n\nOp wo 2 dec. 2026 om 11:20 schreef Servicedesk <servicedesk@zgt.nl>:\n> Wanneer begint de nieuwe zorgmedewerker Rianne Wolbers precies?",
  J("Rianne Wolbers", ON("maandag", D(2027, 1, 18)), "care-worker"))

# law firm, native English, apostrophe surname
m("en", "Siobhan O'Connor, our trainee solicitor, leaves when her training contract ends on 31 December.",
  L("Siobhan O'Connor", D(2026, 12, 31)))

# transport, Dutch phone, week number
m("nl", "nieuwe chauffeur Bas Lenferink start wk 2, op maandag",
  J("Bas Lenferink", WK(2, "maandag")))

# theatre, Dutch, formal, m.i.v.
m("nl", "Geachte heer Van Rijswijk,\n\nHierbij bevestig ik dat mevrouw Roos 't Hart m.i.v. 1 maart 2027 in dienst treedt als productieleider.\n\nMet hartelijke groet,\nStadsschouwburg Haarlem",
  J("Roos 't Hart", D(2027, 3, 1)))

# call centre, English non-native (Portuguese)
m("en", "Good afternoon, João Pedro Carvalho will start as agent in the Portuguese desk on the 14th december. He need an account for Genesys.",
  J("João Pedro Carvalho", MD(12, 14)))

# pharmacy, Flemish
m("nl", "Beste, onze apotheker-titularis Veerle Claes gaat op pensioen. Haar laatste werkdag valt op woensdag 30 juni 2027.",
  L("Veerle Claes", ON("woensdag", D(2027, 6, 30))))

# garden centre, English native (UK garden centre)
m("en", "Morning all, just to say Tom Ashworth is leaving the plant area on Saturday 19th - his last day. Can his till login be stopped after that?",
  L("Tom Ashworth", ON("saturday", D(2026, 12, 19))))

# greenhouse, Dutch, ordinal in words
m("nl", "Kwekerij Van Vliet: Dirk van 't Westeinde begint de vierde januari als chauffeur van onze bestelbus.",
  J("Dirk van 't Westeinde", D(2027, 1, 4)))

# vet clinic, English native, mover to another clinic with role
m("en", "Ellie Sandford is swapping from reception to being our practice's facilities coordinator from 11 January.",
  MV("Ellie Sandford", D(2027, 1, 11), "facility-coordinator", None))

# school board, Dutch, two leavers list with dates
m("nl", "Vertrekkers per de kerstvakantie:\n• Jeanine Vrolijk – laatste dag vr 18 dec\n• Marco de Lange – laatste dag vr 18 dec",
  L("Jeanine Vrolijk", ON("vrijdag", D(2026, 12, 18))), L("Marco de Lange", D(2026, 12, 18)))

# municipality IT, English native expat, software engineer
m("en", "Hi there! I'd like to register a new starter: Ben Adebayo-Hughes, software engineer, starting Tuesday 2 February 2027 in the data team.",
  J("Ben Adebayo-Hughes", ON("tuesday", D(2027, 2, 2)), "software-engineer"))

# shipping office, Dutch, vanaf
m("nl", "Vanaf 11 januari zit Priya Chandrasekaran bij ons op de afdeling export als medewerker documentatie.",
  J("Priya Chandrasekaran", D(2027, 1, 11)))

# fitness chain, English non-native (Italian)
m("en", "Ciao, Giulia Esposito leave our club in Rotterdam the 2nd of january, is her last day of work. Please remove access",
  L("Giulia Esposito", MD(1, 2)))

# print shop, Dutch, two movers in roles
m("nl", "Interne wissel per 1 februari: accountmanager Marloes Huizinga wordt teamleider productie, en haar taken gaan naar Pim Westra, die nu nog op de vormgeving zit en dan accountmanager wordt.",
  MV("Marloes Huizinga", D(2027, 2, 1), None, "account-manager"), MV("Pim Westra", D(2027, 2, 1), "account-manager", None))

# housing corp, Dutch phone, leaver
m("nl", "Huismeester Anton Schipper is ziek uit dienst gegaan, laatste dag was gisteren. Sleutels zijn al ingeleverd.",
  L("Anton Schipper", P(-1)), past=True)

# hospital, English native, two HCAs
m("en", "Two new HCAs for ward 12 starting Monday 11 January: Tendai Moyo and Grace Oyelaran-Smith.",
  J("Tendai Moyo", ON("monday", D(2027, 1, 11)), "care-worker"), J("Grace Oyelaran-Smith", D(2027, 1, 11), "care-worker"))

# farm, Dutch, Frisian name
m("nl", "Sjoukje Hiemstra komt vanaf 1 maart bij ons op de boerderij werken als melker.",
  J("Sjoukje Hiemstra", D(2027, 3, 1)))

# law firm, Dutch, mover paralegal to facility
m("nl", "Bij ons kantoor gaat Petra Hendriks-van Dijk per 1 januari van secretariaat naar de facilitaire dienst. Graag de juiste sleutels en alarmcode regelen.",
  MV("Petra Hendriks-van Dijk", D(2027, 1, 1), "facility-coordinator", None))

# theatre, English native, apostrophe name, starts tomorrow
m("en", "Can Declan D'Arcy have a login for the box office? He starts tomorrow on the evening shift.",
  J("Declan D'Arcy", P(1)))

# call centre, Dutch, leaver, relative number words
m("nl", "Klantenservicemedewerker Ilona Brouwers stopt over tien dagen.",
  L("Ilona Brouwers", P(10)))

# greenhouse, English non-native (Dutch), date first in sentence
m("en", "On 4 January 2027 our new facility coordinator starts: Maarten Overgaauw. He will be responsible for all the greenhouses.",
  J("Maarten Overgaauw", D(2027, 1, 4), "facility-coordinator"))

# vet clinic, Dutch, diacritics
m("nl", "Dierenarts Anaïs Lefèvre komt ons team in Maastricht versterken vanaf dinsdag 12 januari.",
  J("Anaïs Lefèvre", ON("dinsdag", D(2027, 1, 12))))

# transport, English native, account manager leaving
m("en", "Our account manager for the retail customers, Gareth Bowen, has resigned and finishes on 29 January. He has the company car and a phone to return.",
  L("Gareth Bowen", D(2027, 1, 29), "account-manager"))

# pharmacy, Dutch, mover same role other site in catalogue? (care) -> no; delivery driver
m("nl", "Onze zorgmedewerker Gerda Veenhuizen gaat vanaf 1 januari binnen ons bedrijf over naar de balie van de apotheek, als baliemedewerker.",
  MV("Gerda Veenhuizen", D(2027, 1, 1), None, "care-worker"))

# municipality IT, Dutch formal, two developers leave
m("nl", "Hierbij meld ik het vertrek van twee medewerkers van team Applicatieontwikkeling:\n- Mehmet Öztürk, ontwikkelaar, laatste werkdag 22 december 2026;\n- Linda Kroeze, tester, laatste werkdag 15 januari 2027.",
  L("Mehmet Öztürk", D(2026, 12, 22), "software-engineer"), L("Linda Kroeze", D(2027, 1, 15)))

# school board, English non-native (Spanish), international school
m("en", "Hi! Our new Spanish teacher Carmen Ruiz de la Torre starts at 11/01/2027. She needs laptop and email, thank you very much.",
  J("Carmen Ruiz de la Torre", D(2027, 1, 11)))

# shipping office, English native (Scottish), phone
m("en", "Ross McKinnon joins ops on the 7th, give him access to the booking system pls",
  J("Ross McKinnon", MD(12, 7)))

# garden centre, Dutch, verkoper -> account-manager alias
m("nl", "We hebben een nieuwe verkoper voor de zakelijke klanten (hoveniers en gemeenten): Laurens Bijl. Hij start 1 februari en krijgt een auto van de zaak.",
  J("Laurens Bijl", D(2027, 2, 1), "account-manager"))

# fitness chain, Dutch, the sender's own club first, then a joiner
m("nl", "Club Utrecht Centrum hier 👋 Per maandag 21 december begint Gwen Sprenger bij ons als receptioniste.",
  J("Gwen Sprenger", ON("maandag", D(2026, 12, 21))))

# hospital, Dutch, verpleegkundige stops, date in ISO
m("nl", "Uitdienst: Jolanda Mulder-Koopmans, verpleegkundige IC. Datum: 2027-01-31.",
  L("Jolanda Mulder-Koopmans", D(2027, 1, 31)))

# print shop, English native
m("en", "Afternoon - Nina Petrakis is leaving the studio. Her notice period runs out on 8 January, which will be her last day.",
  L("Nina Petrakis", MD(1, 8)))

# housing corp, Dutch, question plus joiner
m("nl", "Hoe lang van tevoren moet ik een starter doorgeven? Mohamed Ait Taleb begint 4 januari als medewerker klantcontact.",
  J("Mohamed Ait Taleb", D(2027, 1, 4)))

# theatre, Dutch, joiner starts day after tomorrow
m("nl", "Overmorgen begint er een nieuwe medewerker op de kassa, Anouk Bleeker. Kan ze een pasje krijgen?",
  J("Anouk Bleeker", P(2)))

# call centre, English native, mover to care? no: to developer
m("en", "Chloe Barraclough, currently a team leader on the service desk, becomes a junior developer in our IT team on 1 March.",
  MV("Chloe Barraclough", D(2027, 3, 1), "software-engineer", None))

# law firm, Dutch, three-part name
m("nl", "Per 1 februari start Maria José Gonçalves als office manager op ons kantoor aan de Zuidas.",
  J("Maria José Gonçalves", D(2027, 2, 1)))

# transport, Dutch, leaver past date noted
m("nl", "Chauffeur Henk Kloosterman is vorige week vrijdag gestopt, ik was vergeten het door te geven. Zijn tankpas moet nog geblokkeerd worden.",
  L("Henk Kloosterman", LW("vrijdag")), past=True)

# vet clinic, English non-native (Polish vet)
m("en", "Hello. Aleksandra Kowalska, veterinary surgeon, will start work in our clinic from Monday 1 February 2027. Regards",
  J("Aleksandra Kowalska", ON("monday", D(2027, 2, 1))))

# greenhouse, Dutch, list of three leavers, end of season
m("nl", "Einde seizoen, deze mensen zijn vanaf 19 december niet meer bij ons:\n1. Bogdan Marinescu\n2. Elena Dumitrescu\n3. Valentin Stoica",
  L("Bogdan Marinescu", MD(12, 19)), L("Elena Dumitrescu", MD(12, 19)), L("Valentin Stoica", MD(12, 19)))

# pharmacy, English native, relative "next Friday"
m("en", "Please disable Sam Whitehouse's account after Friday next week, his last day as our delivery driver.",
  L("Sam Whitehouse", NW("friday")))

# municipality, Dutch, mover with from role, week number
m("nl", "Koen Brugman, nu nog applicatiebeheerder bij ons team Burgerzaken, gaat vanaf maandag week 5 als ontwikkelaar aan de slag.",
  MV("Koen Brugman", WK(5, "maandag"), "software-engineer", None))

# school board, Dutch, leerkracht starts, d-m-yyyy
m("nl", "Nieuwe leerkracht groep 3: Fenna Wijbenga, eerste werkdag 4-1-2027.",
  J("Fenna Wijbenga", D(2027, 1, 4)))

# shipping office, English non-native (Chinese), two people
m("en", "Dear all, Li Wei and Zhang Xiaoming will join the Shanghai liaison desk at 18 January 2027. Please prepare 2 laptop.",
  J("Li Wei", D(2027, 1, 18)), J("Zhang Xiaoming", D(2027, 1, 18)))

# fitness chain, Dutch phone, typo, sales
m("nl", "per 4 jan hebben we een nieuwe acountmanager bedrijfsfitness, Quinten Damen",
  J("Quinten Damen", D(2027, 1, 4), "account-manager"))

# garden centre, Flemish, leaver
m("nl", "Onze medewerker van de afdeling dierenspeciaalzaak, Lien Vermeiren, heeft haar opzeg gegeven. Ze werkt nog tot vrijdag 15 januari.",
  L("Lien Vermeiren", ON("vrijdag", D(2027, 1, 15))))

# hospital, English native, care worker mover to another ward (same role)
m("en", "Carer Bernadette Quinn moves from ward 5 to the stroke unit on 7 December, still as a carer.",
  MV("Bernadette Quinn", MD(12, 7), "care-worker", "care-worker"))

# print shop, Dutch, chatty joiner
m("nl", "Goeiemorgen! Vanaf volgende week dinsdag hebben we een stagiaire op de drukkerij, Lotte Meulenbelt. Ze blijft tot de zomer. Moet ze een eigen account hebben of kan ze op de algemene?",
  J("Lotte Meulenbelt", NW("dinsdag")))

# housing corp, English native, leaver with past-dated notice and future last day
m("en", "Zara Iqbal handed her notice in last week. Her last working day will be Wednesday 13 January.",
  L("Zara Iqbal", ON("wednesday", D(2027, 1, 13))))

# theatre, Dutch, two joiners different dates
m("nl", "Twee nieuwe technici: Jurre Hofman begint op 4 januari, Milan Kok op 1 februari.",
  J("Jurre Hofman", D(2027, 1, 4)), J("Milan Kok", D(2027, 2, 1)))

# call centre, Dutch, formal leaver, laatste werkdag with weekday
m("nl", "Beste ICT,\n\nMevrouw Demi Vermeer heeft haar arbeidsovereenkomst opgezegd. Haar laatste werkdag is maandag 28 december. Wilt u haar account per die datum blokkeren?\n\nMet vriendelijke groet,\nTeamleider Klantenservice",
  L("Demi Vermeer", ON("maandag", D(2026, 12, 28))))

# farm, English non-native (Dutch farmer), number words
m("en", "New worker on our farm in two weeks: Jakub Kowalski. He only needs a phone.",
  J("Jakub Kowalski", P(14)))

# law firm, English native, leaver with holiday
m("en", "Please note that our senior partner's PA, Philippa Drummond, retires this month; her last day in the office will be Tuesday 22nd December.",
  L("Philippa Drummond", ON("tuesday", D(2026, 12, 22))))

# vet clinic, Dutch, joiner and mover
m("nl", "Bij de kliniek in Ede: Ilse Brink begint 11 januari als paraveterinair, en Rosa Vermaat gaat per dezelfde datum van de balie naar het facilitair team als facilitair medewerker.",
  J("Ilse Brink", D(2027, 1, 11)), MV("Rosa Vermaat", D(2027, 1, 11), "facility-coordinator", None))

# shipping office, English native, formal HR letter
m("en", "Dear Colleague,\n\nRe: Appointment of Mr Hamish Sutherland-Reid\n\nI am writing to confirm that Mr Hamish Sutherland-Reid has been appointed as Marine Claims Handler and will take up his post on Monday 1 February 2027.\n\nYours sincerely,\nHuman Resources",
  J("Hamish Sutherland-Reid", ON("monday", D(2027, 2, 1))))

# greenhouse, Dutch, phone, no capitals, relative
m("nl", "nieuwe jongen in de kas volgende week maandag, heet sander ten brinke. kan hij een pasje krijgen voor de poort",
  J("Sander ten Brinke", NW("maandag")))

# hospital, Flemish
m("nl", "Dag iedereen, zorgkundige Nele Coppens vervoegt onze afdeling geriatrie vanaf maandag 4 januari. Ze start als zorgmedewerker met een contract van onbepaalde duur.",
  J("Nele Coppens", ON("maandag", D(2027, 1, 4)), "care-worker"))

# call centre, English non-native (Surinamese-Dutch), two joiners with roles
m("en", "Hello all, we welcome two new colleagues from Monday 14 December: Rajesh Jadnanansing as team leader and Sharda Ramlal as account manager for the business line.",
  J("Rajesh Jadnanansing", ON("monday", D(2026, 12, 14))), J("Sharda Ramlal", D(2026, 12, 14), "account-manager"))

# school board, Dutch, leaver with end of contract only
m("nl", "Het contract van invalleerkracht Bram Kuiper loopt af op 22 december en wordt niet verlengd.",
  L("Bram Kuiper", MD(12, 22)))

# theatre, English native, mover from facilities coordinator
m("en", "After six years as our facilities coordinator, Derek Hollis is moving across to be stage manager from the 4th of January.",
  MV("Derek Hollis", D(2027, 1, 4), None, "facility-coordinator"))

# vet clinic, Dutch phone, emoji, dierenarts joins
m("nl", "🐶🐱 nieuwe dierenarts!! Marloes Everts begint 1 feb in onze kliniek in Zeist",
  J("Marloes Everts", D(2027, 2, 1)))

# law firm, Dutch, ordinal written as "11de"
m("nl", "Juridisch medewerker Tamara Huisman start op de 11de januari bij de sectie vastgoed.",
  J("Tamara Huisman", D(2027, 1, 11)))

# municipality IT, English native, two developers with different dates
m("en", "Heads up: we've got two developers starting. Harriet Quayle on 4 January and Oluwaseun Adeleke on 18 January.",
  J("Harriet Quayle", D(2027, 1, 4), "software-engineer"), J("Oluwaseun Adeleke", D(2027, 1, 18), "software-engineer"))

# pharmacy, Dutch, leaver with 'per' and last working day differ
m("nl", "Apotheker Floor Timmermans gaat per 1 februari naar een ziekenhuisapotheek. Door verlof is haar laatste werkdag bij ons al 22 januari.",
  L("Floor Timmermans", D(2027, 1, 22)))

# transport, English non-native (Lithuanian driver's manager), past start
m("en", "Hello, driver Mindaugas Kazlauskas already started on Tuesday, sorry for late message. He need fuel card and app.",
  J("Mindaugas Kazlauskas", P(-2)), past=True)

# garden centre, Dutch, mover: verkoper binnendienst to facilities
m("nl", "Verkoper Sandra Kwakkel wordt per 1 maart facilitair coördinator van het tuincentrum.",
  MV("Sandra Kwakkel", D(2027, 3, 1), "facility-coordinator", "account-manager"))

# fitness chain, English native, three joiners in a list
m("en", "New PTs for January (all start Monday 4th):\n- Kerry-Anne Walsh\n- Josh Penhaligon\n- Amir Hosseini",
  J("Kerry-Anne Walsh", ON("monday", D(2027, 1, 4))), J("Josh Penhaligon", D(2027, 1, 4)), J("Amir Hosseini", D(2027, 1, 4)))

# print shop, Dutch formal
m("nl", "Geachte ICT-afdeling,\n\nMet ingang van 1 januari 2027 is de heer Cor van der Meulen niet langer in dienst van Drukkerij Hollandia. Wij verzoeken u zijn accounts per die datum te blokkeren.\n\nHoogachtend,\nDirectie",
  L("Cor van der Meulen", D(2027, 1, 1)))

# housing corp, Dutch, two people in one sentence with roles said 'respectievelijk'
m("nl", "Per 1 februari beginnen Inge Venema en Roel Zijlstra, respectievelijk als woonconsulent en als opzichter.",
  J("Inge Venema", D(2027, 2, 1)), J("Roel Zijlstra", D(2027, 2, 1)))

# hospital, English native, leaving at end of rotation
m("en", "Nurse Olamide Bankole finishes her placement on our ward on the 15th of January.",
  L("Olamide Bankole", MD(1, 15)))

# greenhouse, Dutch, care? no, facility coordinator leaves
m("nl", "Facilitair coördinator Leo Zwinkels stopt per 1 april, hij gaat met pensioen. Zijn opvolger is nog niet bekend.",
  L("Leo Zwinkels", D(2027, 4, 1), "facility-coordinator"))

# call centre, Dutch phone
m("nl", "mo, kan je de login van Jamal Bouchtaoui blokkeren? hij werkt hier vanaf vandaag niet meer",
  L("Jamal Bouchtaoui", NOW))

# school board, English native, starts after Christmas with weekday and ordinal
m("en", "Our new SENCo, Mrs Alison Fairbairn, starts on Tuesday the 5th of January (first day of term).",
  J("Alison Fairbairn", ON("tuesday", D(2027, 1, 5))))

# shipping office, Dutch, Rotterdam chat
m("nl", "Yo, Mitchell Bosman van de planning vertrekt, z'n laatste werkdag is 24-12",
  L("Mitchell Bosman", MD(12, 24)))

# law firm, English non-native (Dutch partner), mover to account manager
m("en", "From 1 February, our office manager Sophie Verbruggen will take on the role of account manager for our corporate clients.",
  MV("Sophie Verbruggen", D(2027, 2, 1), "account-manager", None))

# theatre, Flemish, two leavers
m("nl", "Beste, Arne Jacobs en Sien Mertens, beiden technicus, verlaten ons huis na de laatste voorstelling op zondag 20 december.",
  L("Arne Jacobs", ON("zondag", D(2026, 12, 20))), L("Sien Mertens", D(2026, 12, 20)))

# vet clinic, English native, starts in the New Year with specific date
m("en", "New year, new vet! Dr Rebecca Hartley-Shaw joins us on Monday 4 January 2027.",
  J("Rebecca Hartley-Shaw", ON("monday", D(2027, 1, 4))))

# municipality IT, Dutch, developer leaves, m.i.v.
m("nl", "M.i.v. 1 maart vertrekt onze softwareontwikkelaar Thomas Geurts naar een start-up. Graag zijn toegang tot GitLab en Azure intrekken.",
  L("Thomas Geurts", D(2027, 3, 1), "software-engineer"))

# pharmacy, English native phone
m("en", "hey! new pharmacy tech starting thurs 17th dec - Ellie-May Cartwright",
  J("Ellie-May Cartwright", ON("thursday", D(2026, 12, 17))))

# farm, Dutch, leaver
m("nl", "Onze vaste kracht op het akkerbouwbedrijf, Harm Jan Wubbels, stopt eind januari. Laatste werkdag vrijdag 29 januari.",
  L("Harm Jan Wubbels", ON("vrijdag", D(2027, 1, 29))))

# transport, Dutch, mover planner to account manager
m("nl", "Vanaf 4 januari gaat planner Nicole Jansen als accountmanager aan de slag bij ons op de commerciële afdeling.",
  MV("Nicole Jansen", D(2027, 1, 4), "account-manager", None))

# fitness chain, Dutch, joiner care? no. Clubmanager leaves and joins
m("nl", "Clubmanager Rutger Dekkers vertrekt op 31 januari, en Yasmina El Amrani neemt het op 1 februari van hem over.",
  L("Rutger Dekkers", D(2027, 1, 31)), J("Yasmina El Amrani", D(2027, 2, 1)))

# housing corp, English non-native (Dutch), weekday + numeric date
m("en", "Please create an account for Tim Rensink, he starts as housing officer on Monday 11/1.",
  J("Tim Rensink", ON("monday", D(2027, 1, 11))))

# hospital ward, Dutch, verzorgenden plural
m("nl", "Vanaf 1 januari komen er drie verzorgenden bij op afdeling Zonnebloem: Saskia Hoving, Aleyna Kaya en Wendelien Stuut.",
  J("Saskia Hoving", D(2027, 1, 1), "care-worker"), J("Aleyna Kaya", D(2027, 1, 1), "care-worker"), J("Wendelien Stuut", D(2027, 1, 1), "care-worker"))

# print shop, English native, leaves tomorrow
m("en", "Just a quick one, our van driver Pete Gallagher's last day is tomorrow. Keys and fuel card are in the office.",
  L("Pete Gallagher", P(1)))

# call centre, Dutch formal, ISO date joiner with weekday
m("nl", "Indiensttreding\nNaam: Esra Demir\nFunctie: medewerker klantcontact\nAfdeling: Inbound Zakelijk\nDatum in dienst: maandag 2027-01-04",
  J("Esra Demir", D(2027, 1, 4)))

# garden centre, English native, two-word first name
m("en", "Anna Maria Lindqvist (our florist) is leaving us - last day Thursday 24 December.",
  L("Anna Maria Lindqvist", ON("thursday", D(2026, 12, 24))))

# school board, Dutch, mover teacher to IT developer
m("nl", "Leerkracht Jeroen Blankenstijn stapt per 1 februari over naar het bestuursbureau, waar hij als ontwikkelaar aan ons leerlingvolgsysteem gaat werken.",
  MV("Jeroen Blankenstijn", D(2027, 2, 1), "software-engineer", None))

# shipping office, English native, resignation with notice period in weeks
m("en", "Lydia Fairclough from the freight desk has resigned. She's working four weeks' notice, so her last day is 31 December.",
  L("Lydia Fairclough", D(2026, 12, 31)))

# vet clinic, Dutch, leaver, overmorgen
m("nl", "Overmorgen werkt Bo Lammertink voor het laatst bij ons op de balie, graag daarna haar toegang stoppen.",
  L("Bo Lammertink", P(2)))

# theatre, English non-native (German), correction of date
m("en", "Sorry, a mistake in my last message: Johanna Weber starts not on 4 January but on 11 January 2027.",
  J("Johanna Weber", D(2027, 1, 11)))

# municipality, Dutch, formal leaver with number word date
m("nl", "De heer Pieter Hoogland, medewerker Belastingen, gaat per één februari met pensioen.",
  L("Pieter Hoogland", D(2027, 2, 1)))

# hospital, English native, care worker leaves, Friday this week
m("en", "HCA Stacey Marsh is leaving this Friday, 4 December. Can you make sure her pass is cancelled?",
  L("Stacey Marsh", ON("friday", D(2026, 12, 4)), "care-worker"))

# law firm, Dutch, two movers with 'van X naar Y' roles catalogue
m("nl", "Per 1 maart gaan Sven Brouwer en Iris Molenaar van de salesafdeling naar de facilitaire dienst; ze waren allebei accountmanager.",
  MV("Sven Brouwer", D(2027, 3, 1), "facility-coordinator", "account-manager"), MV("Iris Molenaar", D(2027, 3, 1), "facility-coordinator", "account-manager"))

# greenhouse, English native buyer
m("en", "We've taken on a new sales manager for the export side... sorry, account manager is the right title: Connor Whitaker, starting Monday 18 January.",
  J("Connor Whitaker", ON("monday", D(2027, 1, 18)), "account-manager"))

# fitness chain, Dutch, phone, leaver in 3 weeks
m("nl", "trainer Kees Brouwershaven stopt over 3 weken, dan gaat ie naar australie",
  L("Kees Brouwershaven", P(21)))

# transport, English native, leaver dismissal
m("en", "Driver Kyle Bannister was dismissed this morning for gross misconduct. His access should be removed immediately.",
  L("Kyle Bannister", NOW))

# pharmacy, Dutch, joiner apothekersassistent, d/m with weekday
m("nl", "Nieuwe apothekersassistent Mariam Haidari begint wo 6/1.",
  J("Mariam Haidari", ON("woensdag", D(2027, 1, 6))))

# housing corp, Dutch, mover with same role at other district? (none) -> facility
m("nl", "Facilitair medewerker Rob Lubbers verhuist per 1 januari van ons kantoor in Hengelo naar het kantoor in Almelo, zelfde functie.",
  MV("Rob Lubbers", D(2027, 1, 1), "facility-coordinator", "facility-coordinator"))

# call centre, English native, starts Monday week
m("en", "Kelly Armitage starts in the contact centre a week on Monday (14th).",
  J("Kelly Armitage", D(2026, 12, 14)))

# school board, Dutch, conciërge joins, formal short
m("nl", "Per 4 januari treedt de heer Marcel Lippens in dienst als conciërge van het Stedelijk Lyceum.",
  J("Marcel Lippens", D(2027, 1, 4)))

# print shop, Dutch, two joiners with roles, one catalogue
m("nl", "Twee nieuwe collega's per 1 februari: Bas Geerdink (ontwikkelaar webshop) en Melissa Tromp (drukker).",
  J("Bas Geerdink", D(2027, 2, 1), "software-engineer"), J("Melissa Tromp", D(2027, 2, 1)))

# vet clinic, English native, mover same role other clinic
m("en", "From Monday 11 January, vet nurse Abigail Thorne will be based at our Harrogate clinic instead of Ripon.",
  MV("Abigail Thorne", ON("monday", D(2027, 1, 11)), None, None))

# municipality IT, Dutch, joiner programmer
m("nl", "Goedemiddag, op dinsdag 2 februari begint Wessel Hoekman als programmeur bij team Data.",
  J("Wessel Hoekman", ON("dinsdag", D(2027, 2, 2)), "software-engineer"))

# hospital, English native, HR letter, leaver
m("en", "Dear Colleague,\n\nI write to inform you that Ms Fiona Cargill, Ward Clerk on Ward 9, has resigned from her post. Her final working day will be Friday 8 January 2027.\n\nYours faithfully,\nWorkforce Services",
  L("Fiona Cargill", ON("friday", D(2027, 1, 8))))

# garden centre, Dutch phone, past date noted
m("nl", "vergeten te melden: Ties Bouwhuis is sinds dinsdag bij ons begonnen op de buitenafdeling",
  J("Ties Bouwhuis", P(-2)), past=True)

# law firm, English non-native (Dutch), ingaande
m("en", "Dear IT, ingaande 1 February Elise Roodenburg starts as paralegal. Thank you for arranging laptop and access to the DMS.",
  J("Elise Roodenburg", D(2027, 2, 1)))

# transport, Flemish, chauffeur, vanaf
m("nl", "Dag Stijn, vanaf maandag 18 januari rijdt Brecht Vandevelde voor ons als chauffeur op de lijn Antwerpen–Rotterdam. Kan je een GSM voorzien?",
  J("Brecht Vandevelde", ON("maandag", D(2027, 1, 18))))

# call centre, English native, a question after the facts
m("en", "Aisha Rahman joins our complaints team on 4 January. Do I also need to order a headset through you or through facilities?",
  J("Aisha Rahman", D(2027, 1, 4)))

# theatre, Dutch, leaver, 'tot en met' with weekday
m("nl", "Onze programmeringsassistent Merel Lagendijk blijft tot en met donderdag 14 januari, daarna gaat ze naar het Concertgebouw.",
  L("Merel Lagendijk", ON("donderdag", D(2027, 1, 14))))

# vet clinic, English non-native (Hungarian)
m("en", "Hi, our new vet nurse Réka Szabó is starting at 7th december. Please give her the access to the practice software.",
  J("Réka Szabó", MD(12, 7)))

# municipality IT, Dutch, mover from developer to facility coordinator
m("nl", "Opvallende wissel: ontwikkelaar Dennis Hulsbosch wordt per 1 april facilitair coördinator van het stadskantoor.",
  MV("Dennis Hulsbosch", D(2027, 4, 1), "facility-coordinator", "software-engineer"))

# pharmacy, English native, two leavers
m("en", "Two of our counter assistants are leaving: Megan Pryce on 24 December and Chloe Evans-Jones on 31 December.",
  L("Megan Pryce", MD(12, 24)), L("Chloe Evans-Jones", MD(12, 31)))

# school board, Dutch, leerkracht leaves, week number
m("nl", "Juf Wilma Bergsma neemt afscheid in week 51, haar laatste werkdag is de vrijdag van die week.",
  L("Wilma Bergsma", WK(51, "vrijdag", 2026)))

# shipping office, English native, New starter in 3 weeks' time
m("en", "We have a new operations assistant, Bethan Rees, starting in three weeks' time.",
  J("Bethan Rees", P(21)))

# fitness chain, Dutch formal, new regional account manager
m("nl", "Beste collega's,\n\nMet trots melden wij dat Frederique Hazelaar per 1 maart 2027 in dienst treedt als accountmanager zakelijke markt Oost-Nederland.\n\nMet sportieve groet,\nDirectie FitPlaza",
  J("Frederique Hazelaar", D(2027, 3, 1), "account-manager"))

# print shop, English non-native (Turkish)
m("en", "Hello, Emre Şahin is my new colleague in the print room, he start monday 14 december. thank you",
  J("Emre Şahin", ON("monday", D(2026, 12, 14))))

# greenhouse, Dutch, list with different dates
m("nl", "Nieuwe oogsters:\n- Kamil Jankowski, start 7 december\n- Natalia Szymańska, start 14 december\n- Paweł Dąbrowski, start 4 januari",
  J("Kamil Jankowski", MD(12, 7)), J("Natalia Szymańska", MD(12, 14)), J("Paweł Dąbrowski", MD(1, 4)))

# housing corp, English native (expat), leaver in past noted
m("en", "Apologies, I should have told you earlier: Marcus Lindgren left us on Friday 27 November. His laptop is still with him.",
  L("Marcus Lindgren", ON("friday", D(2026, 11, 27))), past=True)

# hospital, Dutch, zorgmedewerker moves ward
m("nl", "Zorgmedewerker Annemiek Stegeman gaat vanaf maandag 4 januari op de afdeling Revalidatie werken in plaats van Interne, zelfde functie.",
  MV("Annemiek Stegeman", ON("maandag", D(2027, 1, 4)), "care-worker", "care-worker"))

# law firm, English native, first name said again
m("en", "Please set up access for Arjun Mehta-Clarke, our new trainee. Arjun starts on 1 March.",
  J("Arjun Mehta-Clarke", D(2027, 3, 1)))

# call centre, Dutch, weekday + date, leaver
m("nl", "Laatste werkdag van teamleider Ricardo da Silva wordt dinsdag 29 december.",
  L("Ricardo da Silva", ON("dinsdag", D(2026, 12, 29))))

# theatre, English native, joiner week commencing
m("en", "Our new head of wardrobe, Penelope Ashcroft-Grey, starts on Monday 25 January.",
  J("Penelope Ashcroft-Grey", ON("monday", D(2027, 1, 25))))

# farm, Dutch, Turkish-Dutch writer
m("nl", "Hallo, vanaf 2 januari komt Burak Demirtaş bij ons op de kwekerij. Hij heeft een telefoon nodig.",
  J("Burak Demirtaş", D(2027, 1, 2)))

# vet clinic, Dutch, mover to account manager (pet food sales)
m("nl", "Paraveterinair Janneke Obbink gaat vanaf 1 maart als vertegenwoordiger voor ons diervoeder aan de slag, ze rijdt dan langs de klinieken.",
  MV("Janneke Obbink", D(2027, 3, 1), "account-manager", None))

# municipality IT, English native, ends secondment
m("en", "Kwabena Asamoah's secondment to our team as a developer ends on 26 February. Please remove his access after that.",
  L("Kwabena Asamoah", D(2027, 2, 26), "software-engineer"))

# transport, Dutch, two joiners different roles, one account manager
m("nl", "Op 1 februari beginnen Rogier Vinke als accountmanager en Lisa Bronsema als planner.",
  J("Rogier Vinke", D(2027, 2, 1), "account-manager"), J("Lisa Bronsema", D(2027, 2, 1)))

# school board, English native, teacher starting date with 'the'
m("en", "Mr Callum Pryor, our new PE teacher, starts on the 14th.",
  J("Callum Pryor", MD(12, 14)))

# pharmacy, Dutch, care worker? no. Bezorger leaves immediately
m("nl", "Bezorger Dave Hoogeveen is per heden ontslagen. Graag direct zijn telefoon en toegang blokkeren.",
  L("Dave Hoogeveen", NOW))

# fitness chain, English native, mover from sales
m("en", "Nathan Coyle has been our sales rep in the south for two years; from 1 January he takes over as club manager in Reading.",
  MV("Nathan Coyle", D(2027, 1, 1), None, "account-manager"))

# shipping office, Dutch, leaver with ordinal
m("nl", "Expediteur Hugo Verschoor gaat weg, zijn laatste dag is de 23ste december.",
  L("Hugo Verschoor", MD(12, 23)))

# garden centre, English non-native (Dutch owner), facilities
m("en", "Hi! Starting 11 January we have a facilities coordinator in our garden centre: Erwin Hulsman. He will get the master key.",
  J("Erwin Hulsman", D(2027, 1, 11), "facility-coordinator"))

# hospital, Dutch phone
m("nl", "hoi, zorgmdw gülay arslan begint morgen op de dagbehandeling, kan ze al inloggen?",
  J("Gülay Arslan", P(1), "care-worker"))

# law firm, Dutch, secretaresse leaves with 'uit dienst per'
m("nl", "Secretaresse Ingrid Oldenkamp is uit dienst per 1 maart. Laatste werkdag is vrijdag 26 februari.",
  L("Ingrid Oldenkamp", ON("vrijdag", D(2027, 2, 26))))

# print shop, English native, joiner plus question
m("en", "Hi, is there a form for new starters? We've got Lewis Ogunleye starting as a finisher on 18/01.",
  J("Lewis Ogunleye", D(2027, 1, 18)))

# housing corp, Dutch, mover to account manager (commercial property)
m("nl", "Woonconsulent Fatma Yıldız gaat per 1 februari bedrijfsruimtes verhuren als accountmanager.",
  MV("Fatma Yıldız", D(2027, 2, 1), "account-manager", None))

# call centre, English non-native (Nigerian), formal
m("en", "Good day Sir, this is to notify you that Mr. Chukwuemeka Obi will resume as customer care agent on Monday 11th January 2027.",
  J("Chukwuemeka Obi", ON("monday", D(2027, 1, 11))))

# theatre, Dutch, volunteer becomes employee? avoid. Plain: leaver on Sunday
m("nl", "Zaalmanager Erwin Tolhuis stopt na de voorstelling van zondag 17 januari.",
  L("Erwin Tolhuis", ON("zondag", D(2027, 1, 17))))

# greenhouse, Dutch, new developer for the climate computer
m("nl", "Voor onze klimaatcomputers hebben we een eigen ontwikkelaar aangenomen: Max Verkerk, start 1 maart.",
  J("Max Verkerk", D(2027, 3, 1), "software-engineer"))

# vet clinic, English native, leaving end of month
m("en", "Receptionist Holly Brennan-Ward is leaving at the end of December.",
  L("Holly Brennan-Ward", D(2026, 12, 31)))

# municipality, Dutch, leaver, sender's own team first
m("nl", "Team Burgerzaken laat weten: baliemedewerker Nazira Karimi stopt op 15 januari.",
  L("Nazira Karimi", MD(1, 15)))

# transport, English native phone
m("en", "new lad in the warehouse from mon - Reece Hollingworth",
  J("Reece Hollingworth", WD("monday")))

# school board, Dutch, two joiners said she as / he as
m("nl", "Na de kerstvakantie beginnen Hanna Dijkman en Pieter Slot, zij als leerkracht groep 7 en hij als gymleraar. Eerste werkdag maandag 4 januari.",
  J("Hanna Dijkman", ON("maandag", D(2027, 1, 4))), J("Pieter Slot", D(2027, 1, 4)))

# pharmacy, English native, three-part name
m("en", "Please set up Mary Kate Donnelly, our new pre-registration pharmacist, for 11 January.",
  J("Mary Kate Donnelly", D(2027, 1, 11)))

# fitness chain, Dutch, mover same role other club
m("nl", "Personal trainer Lars de Wit werkt vanaf 1 januari in onze club in Hilversum in plaats van Bussum.",
  MV("Lars de Wit", D(2027, 1, 1), None, None))

# shipping office, English native, two people: one joins, one leaves
m("en", "Changes on the tanker desk: Oliver Stanhope retires on 31 March, and Ingrid Solberg joins on 1 March to overlap with him.",
  L("Oliver Stanhope", D(2027, 3, 31)), J("Ingrid Solberg", D(2027, 3, 1)))

# hospital, Dutch, HR letter, care worker temp contract ends
m("nl", "Beste leidinggevende,\n\nHet tijdelijke contract van mevrouw Kimberley Wijnberg, zorgmedewerker, eindigt op 31 januari 2027 en wordt niet verlengd.\n\nMet vriendelijke groet,\nHR-adviseur",
  L("Kimberley Wijnberg", D(2027, 1, 31), "care-worker"))

# garden centre, Dutch, joiner next week tuesday
m("nl", "Volgende week dinsdag start Wendy Bloemendaal bij ons in de kerstshow. Tijdelijk, tot 31 december.",
  J("Wendy Bloemendaal", NW("dinsdag")))

# law firm, English native, partner retiring
m("en", "After 35 years, Geoffrey Halloran will retire from the partnership on Wednesday 31 March 2027.",
  L("Geoffrey Halloran", ON("wednesday", D(2027, 3, 31))))

# call centre, Dutch, three joiners, same date first
m("nl", "Per maandag 11 januari starten in het klantcontactcentrum: Nordin Essafi, Melanie Koopman en Jeffrey Sno.",
  J("Nordin Essafi", ON("maandag", D(2027, 1, 11))), J("Melanie Koopman", D(2027, 1, 11)), J("Jeffrey Sno", D(2027, 1, 11)))

# print shop, Dutch, mover from account manager to DTP
m("nl", "Accountmanager Erik Postma gaat per 1 januari terug naar de studio als vormgever, op eigen verzoek.",
  MV("Erik Postma", D(2027, 1, 1), None, "account-manager"))

# farm, English native (UK farm)
m("en", "We've taken on a new herdsman, Owain Griffiths. He'll start on 4 January.",
  J("Owain Griffiths", D(2027, 1, 4)))

# housing corp, Flemish formal
m("nl", "Geachte, hierbij delen wij mee dat mevrouw Hilde Van Hoof vanaf 1 maart 2027 niet langer deel uitmaakt van onze organisatie.",
  L("Hilde Van Hoof", D(2027, 3, 1)))

# theatre, English native, starts today
m("en", "Sorry for the short notice - Jasper Mbeki started today in the box office. Could he get a login asap?",
  J("Jasper Mbeki", NOW))

# municipality IT, Dutch, developer joins, chatty
m("nl", "Hoi! Super blij dat het gelukt is: Noor Hamdaoui komt ons team versterken als software developer. Ze start op maandag 1 februari. Ze heeft een developer-laptop nodig.",
  J("Noor Hamdaoui", ON("maandag", D(2027, 2, 1)), "software-engineer"))

# vet clinic, Dutch, leaver, 'vrijdag aanstaande'
m("nl", "Assistente Evi Luttikhuis werkt vrijdag a.s. voor het laatst.",
  L("Evi Luttikhuis", WD("vrijdag")))

# transport, English non-native (Dutch), mover same role other depot
m("en", "Driver Ahmet Yılmaz transfers from our Venlo depot to Duiven per 4 January, same position.",
  MV("Ahmet Yılmaz", D(2027, 1, 4), None, None))

# hospital, English native, facilities coordinator joins
m("en", "Our estates team has a new facilities coordinator, Lorraine Kettle, starting Monday 7th December.",
  J("Lorraine Kettle", ON("monday", D(2026, 12, 7)), "facility-coordinator"))

# school board, Dutch, correction of name
m("nl", "Excuus, ik schreef de naam verkeerd: het is niet Mila Verhoef maar Milla Verhoeven die op 4 januari begint als onderwijsassistent.",
  J("Milla Verhoeven", D(2027, 1, 4)))

# pharmacy, Dutch, leaver with 'voor het laatst' and weekday+date
m("nl", "Apothekersassistente Sharon Tielemans werkt op woensdag 13 januari voor het laatst.",
  L("Sharon Tielemans", ON("woensdag", D(2027, 1, 13))))

# fitness chain, English native, new starter, ordinal month first
m("en", "New receptionist for the Bath club: Poppy Hargreaves, starting January 11th.",
  J("Poppy Hargreaves", MD(1, 11)))

# call centre, English native, leaving, number word
m("en", "Agent Dominic Farrelly leaves in ten days. Please plan his account closure.",
  L("Dominic Farrelly", P(10)))

# shipping office, Dutch, formal joiner with ISO week
m("nl", "Mevrouw Yasmin Boukhari-de Jong start in week 3 (maandag 18 januari) als medewerker douane.",
  J("Yasmin Boukhari-de Jong", ON("maandag", D(2027, 1, 18))))

# garden centre, English native, care? no. Seasonal staff end
m("en", "Our Christmas temps finish on Christmas Eve: Lily Fenwick and Oscar Rudd.",
  L("Lily Fenwick", D(2026, 12, 24)), L("Oscar Rudd", D(2026, 12, 24)))

# law firm, Dutch, mover to developer (legal tech)
m("nl", "Juridisch medewerker Tijmen Overdijk gaat per 1 maart ons legal-techteam in als ontwikkelaar.",
  MV("Tijmen Overdijk", D(2027, 3, 1), "software-engineer", None))

# greenhouse, Dutch, joiner phone lowercase with typo
m("nl", "morgn begint marcin zając in kas 4",
  J("Marcin Zając", P(1)))

# hospital, English non-native (Indian nurse), leaver
m("en", "Respected sir, I am informing that staff nurse Deepa Thomas is resigning and her last duty will be on 20/12/2026.",
  L("Deepa Thomas", D(2026, 12, 20)))

# print shop, Dutch, joiner 'vanaf de 18e'
m("nl", "Nieuwe medewerker binderij, Ruben Scholten, vanaf de 18e januari.",
  J("Ruben Scholten", D(2027, 1, 18)))

# municipality, English native (expat), leaver with two dates
m("en", "Helen Brockway's contract ends on 28 February, but she'll be on leave from 15 February, so her last working day is 12 February.",
  L("Helen Brockway", D(2027, 2, 12)))

# theatre, Dutch, joiner on a weekday this week
m("nl", "Onze nieuwe barmedewerker Kiki van Leeuwen begint zaterdag, kan ze een pasje voor de artiesteningang?",
  J("Kiki van Leeuwen", WD("zaterdag")))

# vet clinic, English native, two movers
m("en", "From 1 February, Dr Hugh Penrose and Dr Annika Berg swap clinics: Hugh goes to Harrogate and Annika to Ripon.",
  MV("Hugh Penrose", D(2027, 2, 1), None, None), MV("Annika Berg", D(2027, 2, 1), None, None))

# transport, Dutch, joiner with all data as a form
m("nl", "Nieuwe medewerker\nNaam: Joost Altena\nFunctie: chauffeur\nStartdatum: 11-01-2027\nLocatie: Zwolle",
  J("Joost Altena", D(2027, 1, 11)))

# === end of messages ===

MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7,
          "augustus": 8, "oktober": 10}
DAYNAMES = "|".join(WEEKDAYS + NL_WEEKDAYS + [d[:3] for d in WEEKDAYS] + ["ma", "di", "wo", "do", "vr", "za", "zo"])
SHORT = {d[:3]: d for d in WEEKDAYS}
SHORT.update({"ma": "maandag", "di": "dinsdag", "wo": "woensdag", "do": "donderdag", "vr": "vrijdag",
              "za": "zaterdag", "zo": "zondag"})
HEADER = re.compile(r"^(from|van|date|datum|verzonden|sent|op .* schreef|on .* wrote)", re.I)


def weekday_dates(text):
    """(weekday, month, day) for a weekday written right before a date, outside mail headers."""
    found = []
    for line in text.split("\n"):
        if HEADER.match(line.strip()):
            continue
        low = line.lower()
        for w, d, mo in re.findall(r"\b(" + DAYNAMES + r")\.?,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|e)?\s+(?:of\s+)?([a-z]+)", low):
            if mo in MONTHS:
                found.append((w, MONTHS[mo], int(d)))
        for w, mo, d in re.findall(r"\b(" + DAYNAMES + r")\.?,?\s+([a-z]+)\s+(\d{1,2})\b", low):
            if mo in MONTHS:
                found.append((w, MONTHS[mo], int(d)))
        for w, d, mo in re.findall(r"\b(" + DAYNAMES + r")\.?,?\s+(\d{1,2})[/-](\d{1,2})\b", low):
            found.append((w, int(mo), int(d)))
    return [(SHORT.get(w, w), mo, d) for w, mo, d in found]


def check():
    texts, names = set(), set()
    for i, (lang, text, expect, past) in enumerate(MESSAGES, 1):
        where = "k%03d" % i
        assert lang in ("nl", "en"), where
        assert text not in texts, where
        texts.add(text)
        assert expect, where
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
            names.add(e["name"])
            if e["date"] is not None:
                d = dt.date.fromisoformat(e["date"])
                dates.add(d)
                if past:
                    assert d < TODAY, where
                else:
                    assert TODAY <= d <= dt.date(2028, 6, 3), (where, d)
        for w, mo, day in weekday_dates(text):
            ok = [d for d in dates if d.month == mo and d.day == day]
            assert ok, (where, w, mo, day)
            assert all(d.weekday() == _wd(w) for d in ok), (where, w, mo, day)


def write(path):
    check()
    with open(path, "w", encoding="utf-8") as out:
        for i, (lang, text, expect, past) in enumerate(MESSAGES, 1):
            out.write(json.dumps({"id": "k%03d" % i, "lang": lang, "text": text, "expect": expect},
                                 ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-9.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)))

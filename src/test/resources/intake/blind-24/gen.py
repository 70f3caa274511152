"""Blind-24: managers' announcements written by hand, one at a time (session 34).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-23's gen.py, itself blind-22's) only turn the date a reader means into a calendar
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


# ---- Part 1 (u001-u150) ----
# A fireworks importer with its own sales points.
m("nl", "Beste HR,\n\nPer maandag 14 december begint Sjoerd Wijnberg bij ons als magazijnmedewerker in de bunker in Kapelle; hij helpt ons door de piek rond oud en nieuw. Willen jullie zijn pas en account regelen?\n\nMet vriendelijke groet,\nMarjan Holtkamp\nHoofd logistiek",
  J("Sjoerd Wijnberg", ON("maandag", D(2026, 12, 14))))
m("en", "new shop assistant for the pop-up in breda: lisa marchetti, first day sat 19 dec",
  J("Lisa Marchetti", ON("saturday", D(2026, 12, 19))))
m("nl", "Hallo HR,\n\nOnze vertegenwoordiger Ruud Schellekens stopt per 1 februari, hij gaat naar een concurrent in Duitsland. Zijn klanten in Zeeland neemt Dirk tijdelijk over.\n\nGroet,\nMarjan",
  L("Ruud Schellekens", D(2027, 2, 1), AM))
m("en", "Do the seasonal sellers we get via the agency need a Teams account, or just a till login? Asking before the 15th.",
  none=True)
m("nl", "Gisteravond is onze chauffeur Henk Brouwers op de A58 betrokken geraakt bij een ongeluk en overleden. We zijn er kapot van.",
  L("Henk Brouwers", P(-1)), past=True)
m("en", "Please set up Noura Haddad as facilities coordinator for the Kapelle site. She starts on Monday the 4th of January. She will need a master key and an alarm code.",
  J("Noura Haddad", ON("monday", D(2027, 1, 4)), FC))
m("nl", "wouter van gils is vanochtend ontslagen, hij had vuurwerk meegenomen uit de opslag. account graag direct dicht",
  L("Wouter van Gils", NOW))
m("nl", "Kassamedewerkster Ilse Verhoeven gaat vanaf 1 januari op de administratie werken als boekhouder. Ze heeft dan toegang tot Exact nodig.",
  MV("Ilse Verhoeven", D(2027, 1, 1), None, None))
m("en", "Dear colleagues, our new purchase agent Mr. Zhang Wei will start in the Netherlands office from 11 January 2027. Please prepare laptop for him. Best regards, Chen Li",
  J("Zhang Wei", D(2027, 1, 11)))
m("nl", "Hoi Petra,\n\nVoor de verkooppunten hebben we twee extra verkopers: Bas Kuijpers begint zaterdag 26 december en Mirthe Aalbers maandag 28 december. Beiden tot en met 31 december.\n\nGroet,\nFrank",
  J("Bas Kuijpers", ON("zaterdag", D(2026, 12, 26)), AM), J("Mirthe Aalbers", ON("maandag", D(2026, 12, 28)), AM))
m("en", "Max Hoffmann won't be joining us after all — he signed somewhere else. Please cancel his onboarding.",
  none=True)
m("nl", "Karin Smulders, nu nog receptioniste, wordt per direct onze facilitair coördinator. Ze neemt het over van Gert, die vorige week is vertrokken.",
  MV("Karin Smulders", NOW, FC, None))
m("en", "Hello HR,\n\nLast working day of our night guard Pieter Ruijs is Thursday 31 December; he retires after 22 years. We will have drinks on the 30th, you are all welcome.\n\nBest regards,\nTheo Verbunt\nSite manager Kapelle",
  L("Pieter Ruijs", ON("thursday", D(2026, 12, 31))))
m("nl", "Dag allemaal, vanaf 4 januari vervoegt Jens Verstraete ons team in de winkel in Wommelgem als verkoper. Gelieve zijn toegang in orde te brengen. Mvg, Hilde",
  J("Jens Verstraete", D(2027, 1, 4), AM))
m("en", "contract of eddie malone ends 3 jan, pls close his stuff that day",
  L("Eddie Malone", D(2027, 1, 3)))
m("nl", "Hoe lang van tevoren moet ik een nieuwe collega voor het magazijn eigenlijk doorgeven? Er komt er in februari misschien één.",
  none=True)
m("nl", "Thijs Oomen (ontwikkelaar van de webshop) vertrekt eind januari. Laatste werkdag vrijdag 29 januari.",
  L("Thijs Oomen", ON("vrijdag", D(2027, 1, 29)), SE))
m("en", "We hired a second software developer for the webshop: Aleksandra Nowak, starting in two weeks. She will work mostly remote from Gdańsk.",
  J("Aleksandra Nowak", P(14), SE))
m("nl", "De start van Youri Damen schuift op: niet op 7 december maar op maandag 14 december. Zijn laptop kan dus een week later klaarliggen.",
  J("Youri Damen", ON("maandag", D(2026, 12, 14))))
m("en", "FYI: Monique Bakx from customer service is on maternity leave from 18 December until April.",
  none=True)
m("nl", "Vanaf morgen werkt Dennis Hoogstraten niet meer bij ons, zijn laatste dag is vandaag.",
  L("Dennis Hoogstraten", NOW))
m("en", "Hi team,\n\nShort one: Priya Raman moves from the shop in Tilburg to our shop in Eindhoven, same job (shop manager), from 1 February.\n\nThanks,\nRoel",
  MV("Priya Raman", D(2027, 2, 1), None, None))
m("nl", "erik-jan de bruin begint volgende week dinsdag als heftruckchauffeur",
  J("Erik-Jan de Bruin", NW("dinsdag")))
m("en", "Safety officer Lotte Gerritsen handed in her notice; she'll leave us on 15 January. She is going to work for the port authority in Rotterdam.",
  L("Lotte Gerritsen", D(2027, 1, 15)))
m("nl", "Wil iemand het account van Bram Hesselink aanmaken? Hij begint 4/1 als accountmanager voor de groothandelsklanten.",
  J("Bram Hesselink", D(2027, 1, 4), AM))

# A maternity-care agency (kraamzorg).
m("nl", "Goedemorgen,\n\nWij verwelkomen per maandag 11 januari een nieuwe kraamverzorgende in regio Zwolle: Dewi Kartosen. Zij krijgt een telefoon en een tablet voor de kraamdossiers.\n\nHartelijke groet,\nAnnemiek Stoel\nTeamleider regio Zwolle",
  J("Dewi Kartosen", ON("maandag", D(2027, 1, 11)), CW))
m("nl", "Onze planner Jolien Vos stopt 31/12",
  L("Jolien Vos", D(2026, 12, 31)))
m("nl", "kraamverzorgende sanne bosma stopt per 1 maart, ze gaat in het ziekenhuis werken",
  L("Sanne Bosma", D(2027, 3, 1), CW))
m("en", "Does a kraamverzorgende who works only on call need a laptop or is the phone enough?",
  none=True)
m("nl", "Beste P&O,\n\nOnze zorgmedewerker Fatma Aksoy gaat per 1 februari de planning doen; ze stopt dan met de kraamzorg. Ze heeft dus geen tablet meer nodig, wel een laptop.\n\nGroet,\nAnnemiek",
  MV("Fatma Aksoy", D(2027, 2, 1), None, CW))
m("en", "Hello, I inform that Juliana Ferreira will start with us like maternity carer in 18/01/2027. Thank you!",
  J("Juliana Ferreira", D(2027, 1, 18), CW))
m("nl", "Vandaag is Marieke Hofstede op staande voet ontslagen. Zij had cliëntgegevens doorgestuurd naar haar privémail.",
  L("Marieke Hofstede", NOW))
m("en", "Hi! Two new carers for the Deventer team: Romy Beekman from 4 January and Chantal Wiersma from 11 January.",
  J("Romy Beekman", D(2027, 1, 4), CW), J("Chantal Wiersma", D(2027, 1, 11), CW))
m("nl", "Els Kamphuis gaat per 1 januari met pensioen na 31 jaar als kraamverzorgende. Haar laatste werkdag is dinsdag 29 december.",
  L("Els Kamphuis", ON("dinsdag", D(2026, 12, 29)), CW))
m("nl", "Kunnen jullie kijken of Naima Bouzid al een account heeft? Ze zou 1 december beginnen.",
  none=True)
m("en", "Anna-Sophie Keller joins on Monday 1 February as lactation consultant for all regions. She will work from home most days and needs a laptop and a phone.",
  J("Anna-Sophie Keller", ON("monday", D(2027, 2, 1))))
m("nl", "Wegens uitbreiding van de facilitaire dienst komt Rik Jongbloed ons vanaf 18-1 versterken.",
  J("Rik Jongbloed", D(2027, 1, 18), FC))
m("en", "kim oudshoorn's last day is friday. she's off to australia 🦘",
  L("Kim Oudshoorn", WD("friday")))
m("nl", "De kraamverzorgende die in januari zou komen (Lieke Brands) heeft afgezegd. Haar account mag weg.",
  none=True)
m("en", "Dear HR,\n\nPlease note that Margriet Kolk, who has been a carer in our Apeldoorn team for years, will move to the Zutphen team from 1 March. Same work, different region.\n\nKind regards,\nIngrid",
  MV("Margriet Kolk", D(2027, 3, 1), CW, CW))
m("nl", "Over drie weken begint Hatice Yıldız bij ons als verzorgende in de kraamsuite van het ziekenhuis.",
  J("Hatice Yıldız", P(21), CW))
m("nl", "Silvia Raaijmakers werkt vanaf januari alleen nog op maandag en dinsdag.",
  none=True)
m("en", "Could you offboard Tamara Jonker? She stopped last Friday already, sorry for the late notice.",
  L("Tamara Jonker", P(-6)), past=True)
m("nl", "Dag HR, Evelien Peeters, onze zorgkundige in Gent, verlaat ons op 22/01. Mvg, Koen",
  L("Evelien Peeters", D(2027, 1, 22), CW))
m("en", "New developer for the planning app: Daan Vermeulen starts Tuesday 5 January. He will need a MacBook and access to the Azure subscription.",
  J("Daan Vermeulen", ON("tuesday", D(2027, 1, 5)), SE))
m("nl", "Per 1-2 start Chayenne Wolters als kraamverzorgende in opleiding (BBL). Zij loopt mee in team Kampen.",
  J("Chayenne Wolters", D(2027, 2, 1), CW))
m("nl", "Het contract van uitzendkracht-planner Hugo Lammers loopt op 31 januari af; we verlengen niet. Hij heeft nog een laptop en een telefoon van ons.",
  L("Hugo Lammers", D(2027, 1, 31)))
m("nl", "Jacqueline Smit-Huisman is gisteren overleden. Ze was 12 jaar kraamverzorgende in regio Deventer.",
  L("Jacqueline Smit-Huisman", P(-1), CW), past=True)
m("en", "Correction to my earlier message: Romana Dvořák starts on 25 January, not 18 January.",
  J("Romana Dvořák", D(2027, 1, 25)))
m("nl", "Hallo,\n\nNa de sollicitatieronde hebben we drie kraamverzorgenden aangenomen:\n- Esther Veldkamp, start 4 januari\n- Yara Koopmans, start 11 januari\n- Gerda Mulder, start 1 februari\nAllen voor regio Zwolle.\n\nGroet,\nAnnemiek",
  J("Esther Veldkamp", D(2027, 1, 4), CW), J("Yara Koopmans", D(2027, 1, 11), CW), J("Gerda Mulder", D(2027, 2, 1), CW))

# A trade union's regional offices.
m("nl", "Beste collega's van P&O,\n\nMet ingang van maandag 1 februari 2027 treedt Mustafa Aydın in dienst als bestuurder voor de sector schoonmaak, standplaats Utrecht.\n\nMet solidaire groet,\nWillemijn Blok\nRegiomanager",
  J("Mustafa Aydın", ON("maandag", D(2027, 2, 1))))
m("en", "member advisor jorn visscher leaves fri 8 jan",
  L("Jorn Visscher", ON("friday", D(2027, 1, 8))))
m("nl", "Wie moet ik mailen als een kaderlid (vrijwilliger) toegang tot SharePoint nodig heeft? Het gaat niet om iemand in dienst.",
  none=True)
m("nl", "Hoi,\n\nOnze jurist Bart Hermans gaat per 1 maart bij het hoofdkantoor aan de slag als beleidsadviseur. Hij blijft in Utrecht werken, maar heeft dan toegang nodig tot de beleidsmappen.\n\nGroeten,\nWillemijn",
  MV("Bart Hermans", D(2027, 3, 1), None, None))
m("en", "Welcome to Ngozi Okafor, new account manager for our collective insurance partners, first day Monday 7 December!",
  J("Ngozi Okafor", ON("monday", D(2026, 12, 7)), AM))
m("nl", "Annelies de Wolf werkt t/m 18 december, daarna gaat ze met vervroegd pensioen. Haar laptop en telefoon neemt haar leidinggevende in.",
  L("Annelies de Wolf", D(2026, 12, 18)))
m("nl", "vandaag laatste dag van stagiair tim van rooij, zijn stage zit erop",
  L("Tim van Rooij", NOW))
m("en", "Our new web developer Lucas Moreau will start on the 1st of February (remote, from Lille). He needs access to GitHub and to the test server of the member portal.",
  J("Lucas Moreau", D(2027, 2, 1), SE))
m("nl", "Hoi, kan het account van Gijs Nauta dicht? Hij is afgelopen dinsdag gestopt.",
  L("Gijs Nauta", P(-2)), past=True)
m("en", "Secretary Femke Aarts is changing to four days a week from January, nothing else changes.",
  none=True)
m("nl", "Per 1 januari wordt Kees Blokker, nu nog ledenadviseur, onze facilitair coördinator voor het pand in Amersfoort.",
  MV("Kees Blokker", D(2027, 1, 1), FC, None))
m("en", "Hello together, Mrs. Sabine Krüger will work at us from the 15.02.2027 as a lawyer in the legal help desk. Many greetings, Jürgen",
  J("Sabine Krüger", D(2027, 2, 15)))
m("nl", "Mohamed Amrani en Lisa Brink beginnen maandag bij de ledenservice. Ze hebben allebei een laptop en een headset nodig.",
  J("Mohamed Amrani", WD("maandag")), J("Lisa Brink", WD("maandag")))
m("nl", "Onze bestuurder metaal, Peter Smeets, is zondag plotseling overleden.",
  L("Peter Smeets", P(-4)), past=True)
m("en", "Is it correct that Jessica Fung's start is now 11 January? I heard 4 January.",
  none=True)
m("nl", "Beste HR,\n\nHierbij meld ik dat onze vertegenwoordiger Hans Bosman per 31 januari ons verlaat. Hij heeft zelf ontslag genomen. Zijn leaseauto levert hij de dag ervoor in.\n\nGroeten,\nMarco van Zanten\nAfdeling ledenwerving",
  L("Hans Bosman", D(2027, 1, 31), AM))
m("en", "Starting tomorrow: Ravi Chandran, organiser for the warehouse workers. He will be on the road a lot, so a phone matters more than a laptop.",
  J("Ravi Chandran", P(1)))
m("nl", "Niet per 4 januari maar per 1 februari: de start van Ruben Hendriks als ontwikkelaar van de ledenapp is verschoven.",
  J("Ruben Hendriks", D(2027, 2, 1), SE))
m("en", "We let go of Connor Walsh yesterday after the incident at the congress. His laptop is already with IT; please block his badge and accounts.",
  L("Connor Walsh", P(-1)), past=True)
m("nl", "Beste collega's,\n\nAnouk Meijering stopt als beleidsmedewerker en wordt vanaf 1 februari programmeur bij ons IT-team. Ze heeft de omscholing afgerond, dus ze krijgt een ontwikkellaptop.\n\nHartelijke groet,\nGerda Wolters\nHR-adviseur",
  MV("Anouk Meijering", D(2027, 2, 1), SE, None))
m("nl", "De vacature voor een tweede jurist trekken we in, er komt voorlopig niemand.",
  none=True)
m("nl", "Graag Ahmed Benali offboarden per 31-12, contract wordt niet verlengd",
  L("Ahmed Benali", D(2026, 12, 31)))
m("nl", "Beste, Stijn Van Damme begint op maandag 18 januari als vakbondssecretaris in Antwerpen. Alvast bedankt!",
  J("Stijn Van Damme", ON("maandag", D(2027, 1, 18))))
m("en", "Effective Monday 11 January Lieve Claes takes over as facilities coordinator at head office; she was our receptionist until now.",
  MV("Lieve Claes", ON("monday", D(2027, 1, 11)), FC, None))
m("nl", "over twee weken start hendrik jan kuipers als ledenadviseur",
  J("Hendrik Jan Kuipers", P(14)))

# A fibre-optic network installer.
m("nl", "Hoi HR,\n\nPer maandag 4 januari komt Oleksandr Kovalenko bij ons werken als lasser glasvezel (splicer) in ploeg Noord. Hij heeft een bus, een telefoon en een meetkoffer nodig.\n\nGroet,\nJeroen Tap\nUitvoerder",
  J("Oleksandr Kovalenko", ON("maandag", D(2027, 1, 4))))
m("en", "two new diggers from the agency, mateusz kowal and piotr lis, start mon 14 dec",
  J("Mateusz Kowal", ON("monday", D(2026, 12, 14))), J("Piotr Lis", D(2026, 12, 14)))
m("nl", "Schouwer Kevin Dekkers heeft ontslag genomen, hij werkt nog tot en met 22 januari. Zijn bus en telefoon levert hij in bij de werkplaats.",
  L("Kevin Dekkers", D(2027, 1, 22)))
m("en", "Do subcontractors' crews need to be announced here, or only our own staff? We have 40 Romanians coming in March.",
  none=True)
m("nl", "Goedemiddag,\n\nWerkvoorbereider Leon Willems wordt per 1 maart accountmanager voor gemeenten en woningcorporaties. Hij krijgt een leaseauto en een CRM-licentie.\n\nMet vriendelijke groet,\nPaula Rijnders\nCommercieel directeur",
  MV("Leon Willems", D(2027, 3, 1), AM, None))
m("en", "Our field engineer Tom Baxter (fibre, not software!) starts next Wednesday.",
  J("Tom Baxter", WD("wednesday")))
m("nl", "Per direct ontslagen: Dylan Verbeek. Hij is met de bedrijfsbus naar Polen gereden zonder toestemming.",
  L("Dylan Verbeek", NOW))
m("nl", "wendy groen begint 11 jan op de planning",
  J("Wendy Groen", D(2027, 1, 11)))
m("en", "Sad news: our colleague Barry Hughes, who worked on the Almere project, died on Tuesday.",
  L("Barry Hughes", P(-2)), past=True)
m("nl", "De start van de nieuwe monteur is uitgesteld tot na de vorst, datum nog onbekend. Naam volgt.",
  none=True)
m("en", "Hi,\n\nFrom Friday 1 January our GIS developer Emre Kaya will be in the data team as a data analyst instead of developing. Same manager.\n\nCheers,\nNathalie",
  MV("Emre Kaya", ON("friday", D(2027, 1, 1)), None, SE))
m("nl", "Vanaf 1 april doet Gerrit Rozendaal de facilitaire dienst voor beide depots; tot nu toe zat hij in het magazijn.",
  MV("Gerrit Rozendaal", D(2027, 4, 1), FC, None))
m("en", "Hi, Marta Sousa's contract as temp planner ends on Friday 15 January. Please close her accounts.",
  L("Marta Sousa", ON("friday", D(2027, 1, 15))))
m("nl", "Laatste werkdag van Freek Hulshof is maandag 21 december, daarna gaat hij met pensioen. Hij heeft nog een meetkoffer en een tablet van ons in huis.",
  L("Freek Hulshof", ON("maandag", D(2026, 12, 21))))
m("nl", "Nieuwe verkoper binnendienst: Melissa Brouwer, start 1/2.",
  J("Melissa Brouwer", D(2027, 2, 1), AM))
m("en", "Good day, I want to tell that Ionuț Popescu begin to work at the Lelystad team at 07-12-2026 as installer. Thank you.",
  J("Ionuț Popescu", D(2026, 12, 7)))
m("nl", "Sander Moerman is per 1 januari uitvoerder in ploeg Zuid; hij was werkvoorbereider.",
  MV("Sander Moerman", D(2027, 1, 1), None, None))
m("nl", "Eergisteren is Mehmet Demir begonnen als grondwerker, de melding was blijven liggen. Sorry!",
  J("Mehmet Demir", P(-2)), past=True)
m("en", "Two leavers: Glenn Boer stops 18 December and Wessel Kramer 24 December. Both were installers in crew South; their vans go back to the lease company.",
  L("Glenn Boer", D(2026, 12, 18)), L("Wessel Kramer", D(2026, 12, 24)))
m("nl", "Marloes Pieterse (ontwikkelaar van onze schouw-app) stopt per 1 januari; ze gaat freelancen.",
  L("Marloes Pieterse", D(2027, 1, 1), SE))
m("en", "Hi all,\n\nRuud Lambrechts moves from the Utrecht depot to the Zwolle depot per 11 January, still as team leader. His badge needs to open the Zwolle gate from that day.\n\nRegards,\nJeroen",
  MV("Ruud Lambrechts", D(2027, 1, 11), None, None))
m("nl", "In week 2 beginnen bij ons twee nieuwe monteurs: Jasper Dijkstra op maandag en Finn Boersma op woensdag.",
  J("Jasper Dijkstra", WK(2)), J("Finn Boersma", WK(2, "woensdag")))
m("en", "Sara Lindqvist, new facilities coordinator, starts in five weeks. She replaces Gerard, who retired in October.",
  J("Sara Lindqvist", P(35), FC))
m("nl", "jan-peter smink heeft per direct zijn contract opgezegd, vandaag was z'n laatste dag",
  L("Jan-Peter Smink", NOW))
m("en", "Not 4 January but 18 January: that's the new start date for splicer Kamil Nowicki.",
  J("Kamil Nowicki", D(2027, 1, 18)))

# A regional food bank.
m("nl", "Beste HR,\n\nVanaf dinsdag 5 januari komt Wilma Hoekstra ons team versterken als coördinator uitgiftepunten. Ze werkt 24 uur, verdeeld over Leeuwarden en Sneek.\n\nVriendelijke groet,\nJan Terpstra\nVoorzitter Voedselbank Friesland",
  J("Wilma Hoekstra", ON("dinsdag", D(2027, 1, 5))))
m("en", "driver abdi warsame starts tomorrow, needs a fuel card",
  J("Abdi Warsame", P(1)))
m("nl", "Onze fondsenwerver Karel Dijkman vertrekt per 1 april naar het Rode Kruis. Zijn laptop gaat daarna naar zijn opvolger.",
  L("Karel Dijkman", D(2027, 4, 1)))
m("en", "Can volunteers who sort food on Saturdays use the same login, or does each need their own?",
  none=True)
m("nl", "Hallo,\n\nIngrid Postma, nu magazijnmedewerker, wordt vanaf 1 februari facilitair medewerker voor alle locaties. Ze heeft dan sleutels nodig van Sneek, Leeuwarden en Heerenveen.\n\nGroet,\nJan Terpstra",
  MV("Ingrid Postma", D(2027, 2, 1), FC, None))
m("en", "Our chauffeur Rob Klaver passed away last night after a short illness.",
  L("Rob Klaver", P(-1)), past=True)
m("nl", "Dag iedereen, Lotte Wouters start maandag 11 januari als maatschappelijk werkster bij onze sociale kruidenier. Groetjes, An",
  J("Lotte Wouters", ON("maandag", D(2027, 1, 11))))
m("nl", "Cor van Beek stopt volgende week vrijdag als chauffeur, hij heeft een andere baan gevonden.",
  L("Cor van Beek", NW("vrijdag")))
m("en", "New software developer for the client registration system: Tobias Richter, starting 1/3.",
  J("Tobias Richter", D(2027, 3, 1), SE))
m("nl", "Per 1 januari stopt Hanneke Zijlstra met haar werk als coördinator vrijwilligers; ze gaat naar Groningen verhuizen.",
  L("Hanneke Zijlstra", D(2027, 1, 1)))
m("en", "Hello HR,\n\nWe are hiring two people for the new distribution centre in Heerenveen: Jelle Kingma as warehouse lead from 4 January, and Amal Hussein as facilities coordinator from 1 February.\n\nBest,\nJan Terpstra",
  J("Jelle Kingma", D(2027, 1, 4)), J("Amal Hussein", D(2027, 2, 1), FC))
m("nl", "Sietske Bakker gaat een half jaar met onbetaald verlof vanaf februari.",
  none=True)
m("nl", "Hoi, even melden dat Nico Haanstra vorige week woensdag al begonnen is als chauffeur. Vergeten door te geven.",
  J("Nico Haanstra", LW("woensdag")), past=True)
m("en", "Dear HR,\n\nPeter Douma's last day as account manager for the supermarket partners is Friday 26 February. He has been with us for nine years and will be missed.\n\nKind regards,\nJan Terpstra\nChair",
  L("Peter Douma", ON("friday", D(2027, 2, 26)), AM))
m("nl", "Op staande voet ontslagen: chauffeur Erwin Tolsma, gisteren, wegens diefstal van pakketten.",
  L("Erwin Tolsma", P(-1)), past=True)
m("en", "From Monday Yvonne Sikkema will do her same job (warehouse team leader) at the Sneek location instead of Leeuwarden.",
  MV("Yvonne Sikkema", WD("monday"), None, None))
m("nl", "Over zes weken begint Bouke de Haan als projectleider. Hij gaat het nieuwe distributiecentrum in Heerenveen opzetten.",
  J("Bouke de Haan", P(42)))
m("nl", "hoi! stagiaire ella de groot begint 4-1, stopt 30-4",
  J("Ella de Groot", D(2027, 1, 4)))
m("nl", "Het contract van Roelof Wiersma (chauffeur, uitzendkracht) loopt af op 31 december. Hij heeft nog een tankpas en de sleutel van de bus.",
  L("Roelof Wiersma", D(2026, 12, 31)))
m("en", "Correction: Femke Terpstra leaves on 29 January, not on 15 January as I wrote before.",
  L("Femke Terpstra", D(2027, 1, 29)))
m("nl", "Marten Hiemstra (verkoper, werft bedrijfssponsors) begint maandag 1 maart. Hij heeft een laptop en een telefoon nodig, en graag toegang tot het CRM.",
  J("Marten Hiemstra", ON("maandag", D(2027, 3, 1)), AM))
m("nl", "Geert Kooistra en Tjitske Dijkstra stoppen allebei per 1 januari als chauffeur; de bus gaat de deur uit.",
  L("Geert Kooistra", D(2027, 1, 1)), L("Tjitske Dijkstra", D(2027, 1, 1)))
m("en", "Please note: Ayaan Mohamud joined us on 1 December as warehouse assistant. Sorry it's late!",
  J("Ayaan Mohamud", D(2026, 12, 1)), past=True)
m("nl", "Kees Feenstra wordt per 15 februari teamleider van het magazijn; nu is hij chauffeur.",
  MV("Kees Feenstra", D(2027, 2, 15), None, None))
m("nl", "morgen laatste werkdag van anneke bos, ze gaat met pensioen 🎉",
  L("Anneke Bos", P(1)))

# A lottery and gaming operator.
m("nl", "Goedemiddag,\n\nOp maandag 8 februari start Robin Fokkema bij ons als ontwikkelaar in het team trekkingssystemen. Robin werkt de eerste maand vanuit ons kantoor in Den Haag.\n\nMet vriendelijke groet,\nSuzanne Wigman\nIT-manager",
  J("Robin Fokkema", ON("maandag", D(2027, 2, 8)), SE))
m("en", "compliance officer grace adeyemi leaves 15/1",
  L("Grace Adeyemi", D(2027, 1, 15)))
m("nl", "Beste HR,\n\nVertegenwoordiger Frans Uijttenbroek, die de verkooppunten in Brabant bezoekt, gaat per 1 juli 2027 met pensioen. We zoeken een opvolger, die melden we later.\n\nMet vriendelijke groet,\nHarm Kolkman\nManager retail",
  L("Frans Uijttenbroek", D(2027, 7, 1), AM))
m("en", "Our game designer Hiroshi Tanaka starts on the 18th of January. He comes from a studio in Osaka, so HR will need to check his residence permit.",
  J("Hiroshi Tanaka", D(2027, 1, 18)))
m("nl", "Per 1 februari gaat Lisanne Verweij van de klantenservice naar de afdeling marketing als campagnemanager. Haar toegang tot het klantsysteem mag dan weg.",
  MV("Lisanne Verweij", D(2027, 2, 1), None, None))
m("en", "Dear all,\n\nWith immediate effect (today) Mr. Gordon Fletcher is no longer employed by us. Please revoke all access to the draw systems right away.\n\nRegards,\nAlison Webb\nHead of Security",
  L("Gordon Fletcher", NOW))
m("nl", "Naomi Kuijpers begint overmorgen als medewerker klantenservice.",
  J("Naomi Kuijpers", P(2)))
m("nl", "Hoi allemaal,\n\nStefan Groeneveld, onze facilitair coördinator, vertrekt 31 maart. Hij gaat bij een ziekenhuis werken. De sleutels en de alarmcodes graag die dag innemen.\n\nGroet,\nMaaike",
  L("Stefan Groeneveld", D(2027, 3, 31), FC))
m("en", "From next Monday Ilona Varga is our new account manager for retail partners (she's been in finance until now).",
  MV("Ilona Varga", WD("monday"), AM, None))
m("nl", "Wendy Schouten (trekkingsassistente) is vorige week vrijdag uit dienst gegaan, graag alles afsluiten.",
  L("Wendy Schouten", LW("vrijdag")), past=True)
m("en", "Hi, we hired Carlos Mendoza Ruiz as data scientist, first day Wednesday 6 January.",
  J("Carlos Mendoza Ruiz", ON("wednesday", D(2027, 1, 6))))
m("nl", "Marco Jansen (programmeur) en Bas van Leeuwen (ontwikkelaar) beginnen allebei op 4 januari bij team Online.",
  J("Marco Jansen", D(2027, 1, 4), SE), J("Bas van Leeuwen", D(2027, 1, 4), SE))
m("en", "Daniel Cohen, software engineer in the odds team, will leave us after his notice period; his last working day is 12 February.",
  L("Daniel Cohen", D(2027, 2, 12), SE))
m("nl", "anja de ruiter gaat van de receptie naar de facilitaire dienst, per 1 jan",
  MV("Anja de Ruiter", D(2027, 1, 1), FC, None))
m("en", "Not on 1 February but already on 18 January: Hannah Schmidt starts as marketeer. Her laptop must be ready by then, please.",
  J("Hannah Schmidt", D(2027, 1, 18)))
m("nl", "Thomas Brinkman is vanochtend ontslagen na het datalek van vorige maand. Zijn laptop is al ingenomen.",
  L("Thomas Brinkman", NOW))
m("nl", "Hallo HR,\n\nIn het callcenter voor de Kerstloterij hebben we twee uitzendkrachten: Joost Meulenbelt en Sevda Arslan. Ze beginnen vrijdag 18 december en zijn er tot 8 januari.\n\nGroet,\nEline",
  J("Joost Meulenbelt", ON("vrijdag", D(2026, 12, 18))), J("Sevda Arslan", D(2026, 12, 18)))
m("en", "Michelle Tan moves from our Hague office to Amsterdam as of 1 March, same role (legal counsel). Her desk in The Hague can go to the new trainee.",
  MV("Michelle Tan", D(2027, 3, 1), None, None))
m("nl", "Per 1 januari 2027 wordt Ron Kastelein teamleider binnendienst; hij was tot nu toe accountmanager voor de tabakszaken.",
  MV("Ron Kastelein", D(2027, 1, 1), None, AM))
m("en", "started today: farah amrani, customer service",
  J("Farah Amrani", NOW))
m("nl", "Volgende week maandag begint Youssef Tahiri als beveiliger bij de trekkingsstudio. Hij heeft een pas nodig voor de studio en de serverruimte.",
  J("Youssef Tahiri", NW("maandag")))
m("en", "Dear Team, this is to inform that Mr. Venkatesh Iyer has resigned and his last working day will be 31st December 2026. Kindly initiate the exit formalities. Thanks & Regards, Sunil",
  L("Venkatesh Iyer", D(2026, 12, 31)))
m("nl", "Patricia Dekker werkt vanaf maandag 7 december vanuit het kantoor in Utrecht in plaats van Den Haag; ze blijft accountmanager.",
  MV("Patricia Dekker", ON("maandag", D(2026, 12, 7)), AM, AM))
m("en", "Reminder: Jeroen Smits starts Monday (4 Jan) as facilities coordinator, laptop still missing!",
  J("Jeroen Smits", ON("monday", D(2027, 1, 4)), FC))
m("nl", "Hoi, Ivo Timmermans stopt per 1 februari als ontwikkelaar en gaat bij ons de helpdesk leiden.",
  MV("Ivo Timmermans", D(2027, 2, 1), None, SE))


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
        where = "u%03d" % i
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
            out.write(json.dumps({"id": "u%03d" % i, "lang": lang, "text": text, "expect": expect},
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
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-24.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
    if os.environ.get("STATS"):
        stats(MESSAGES[:150])
        stats(MESSAGES[150:])
        stats(MESSAGES)

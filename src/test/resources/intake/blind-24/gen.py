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

# ---- Part 2 (u151-u320) ----
# A reception centre for asylum seekers.
m("nl", "Beste collega's,\n\nMet ingang van maandag 11 januari 2027 start Tesfaye Gebremedhin als woonbegeleider op locatie Budel. Hij spreekt Tigrinya en Amhaars, dat komt goed van pas.\n\nMet vriendelijke groet,\nRenske Otten\nLocatiemanager",
  J("Tesfaye Gebremedhin", ON("maandag", D(2027, 1, 11))))
m("en", "security guard omar khalil starts sun 6 dec, night shift",
  J("Omar Khalil", ON("sunday", D(2026, 12, 6))))
m("nl", "Hallo HR,\n\nOnze facilitair medewerker Henny Bloemendaal gaat per 1 maart met pensioen. Ze heeft de sleutels van alle units en de alarmcode van het hoofdgebouw, dus graag op tijd een overdracht plannen.\n\nGroet,\nRenske Otten",
  L("Henny Bloemendaal", D(2027, 3, 1), FC))
m("nl", "Moeten de tolken van het tolkencentrum die hier dagelijks komen ook een account? Ze zijn niet bij ons in dienst.",
  none=True)
m("en", "Woonbegeleider Ashkan Rahimi is moving to our new location in Goes from 18 January, same job. His badge for Budel can be switched off that day.",
  MV("Ashkan Rahimi", D(2027, 1, 18), None, None))
m("nl", "Vanochtend is beveiliger Jordy Kramer geschorst en daarna ontslagen, hij heeft een bewoner mishandeld. Zijn pas is al ingenomen, maar zijn account staat nog open.",
  L("Jordy Kramer", NOW))
m("nl", "Per 1-1-2027 wordt Saskia Rutten, nu woonbegeleider, facilitair coördinator van de locatie. Ze krijgt dan ook de sleutelbos van de technische dienst.",
  MV("Saskia Rutten", D(2027, 1, 1), FC, None))
m("en", "Our medical post gets a new carer: Blessing Mensah starts Monday 18 January. She will work day shifts and needs access to the medication cabinet.",
  J("Blessing Mensah", ON("monday", D(2027, 1, 18)), CW))
m("nl", "laatste dag tolk ali nazari is vrijdag 11 dec",
  L("Ali Nazari", ON("vrijdag", D(2026, 12, 11))))
m("nl", "Beste P&O,\n\nHet contract van teamleider Monique Verhagen wordt niet verlengd en eindigt op 28 februari. Zij is hiervan gisteren op de hoogte gebracht.\n\nMet vriendelijke groet,\nRenske Otten\nLocatiemanager Budel",
  L("Monique Verhagen", D(2027, 2, 28)))
m("en", "How do I get a badge for a volunteer Dutch teacher who comes twice a week? She is not employed by us.",
  none=True)
m("nl", "Gisteren is onze collega Wim Hazenberg overleden. Hij werkte twintig jaar als conciërge op locatie Budel.",
  L("Wim Hazenberg", P(-1)), past=True)
m("en", "Hi,\n\nAbdullahi Farah (developer of the resident registration app) leaves us 29-01-2027. He has admin rights on the production database, so please make sure those go first.\n\nThanks,\nMaarten\nIT",
  L("Abdullahi Farah", D(2027, 1, 29), SE))
m("nl", "Per 4 januari beginnen twee nieuwe beveiligers: Rachid Bouhali en Kevin Mulder. Ze draaien nachtdiensten en hebben allebei een portofoon en een pas nodig.",
  J("Rachid Bouhali", D(2027, 1, 4)), J("Kevin Mulder", D(2027, 1, 4)))
m("nl", "Femke Sterk werkt vanaf januari 28 uur in plaats van 36.",
  none=True)
m("en", "Hello, my name is Rami, I am teamleader. Mrs. Lina Haddad will begin by us as interpreter on Monday 1st of February. Thank you very much.",
  J("Lina Haddad", ON("monday", D(2027, 2, 1))))
m("nl", "Volgende week woensdag begint Joris Bakhuis als woonbegeleider op de jongerenunit. Hij heeft een telefoon en toegang tot het bewonerssysteem nodig.",
  J("Joris Bakhuis", NW("woensdag")))
m("nl", "Dag, Nathalie Goossens gaat vanaf 1 februari als maatschappelijk assistente naar ons opvangcentrum in Lint, ze blijft in dezelfde functie. Mvg, Bart",
  MV("Nathalie Goossens", D(2027, 2, 1), None, None))
m("en", "We dismissed Tyrone Jacobs on Monday; he hasn't been told yet to hand in his keys, please chase.",
  L("Tyrone Jacobs", P(-3)), past=True)
m("nl", "De start van de nieuwe locatiemanager gaat niet door; de kandidaat heeft op het laatste moment bedankt.",
  none=True)
m("nl", "Hallo P&O,\n\nOnze verzorgende Gerrie Timmer (medische post) gaat per 1 februari met pensioen; haar laatste werkdag is vrijdag 29 januari. Haar opvolger, ook verzorgende, is Kübra Doğan; zij begint maandag 1 februari.\n\nGroeten,\nRenske",
  L("Gerrie Timmer", ON("vrijdag", D(2027, 1, 29)), CW), J("Kübra Doğan", ON("maandag", D(2027, 2, 1)), CW))
m("en", "Starting 1/2 our night coordinator Yusuf Abdi will be day coordinator at the same location. Nothing changes for his laptop, only the shift schedule.",
  MV("Yusuf Abdi", D(2027, 2, 1), None, None))
m("nl", "Wegens verhuizing stopt Iris van Dalen per 15 januari als beveiliger. Ze gaat in Groningen wonen.",
  L("Iris van Dalen", D(2027, 1, 15)))
m("en", "not on 4 January but on 11 January: start of guard Patrick Owusu moved a week",
  J("Patrick Owusu", D(2027, 1, 11)))
m("nl", "Hanan Saleh is vorige week maandag begonnen als tolk Arabisch, sorry dat ik het nu pas meld.",
  J("Hanan Saleh", LW("maandag")), past=True)
m("nl", "Per direct vertrokken: beveiliger Mark Teunissen.",
  L("Mark Teunissen", NOW))
m("en", "Grace Nakato, woonbegeleider, resigned. Last shift is New Year's Eve. Her keys and phone go back to the office that day.",
  L("Grace Nakato", D(2026, 12, 31)))
m("nl", "Dennis Smeulders wordt per 8 februari programmeur bij de afdeling IT van het hoofdkantoor; hij was tot nu toe applicatiebeheerder.",
  MV("Dennis Smeulders", D(2027, 2, 8), SE, None))

# An electrical wholesaler.
m("nl", "Goedemorgen,\n\nPer 1 februari 2027 treedt Marcel Hoogendoorn bij ons in dienst als vertegenwoordiger voor de installateurs in Noord-Holland. Hij krijgt een leaseauto, laptop en telefoon.\n\nMet vriendelijke groet,\nErik Sanders\nVerkoopleider",
  J("Marcel Hoogendoorn", D(2027, 2, 1), AM))
m("en", "counter clerk jade williams starts monday",
  J("Jade Williams", WD("monday")))
m("nl", "Hoi HR,\n\nOrderpicker Said Ouali is gisteren op staande voet ontslagen. Hij is betrapt met gestolen koperkabel. Zijn pas werkt al niet meer, zijn account nog wel.\n\nGroet,\nGerben",
  L("Said Ouali", P(-1)), past=True)
m("en", "We are looking for a second sales rep for Limburg; can the vacancy already be put in the system, or only once someone is hired?",
  none=True)
m("nl", "Beste HR,\n\nBinnendienstmedewerker Lotte Vrolijk gaat per 1 maart de buitendienst in als vertegenwoordiger. Ze krijgt de regio Utrecht en heeft dan een leaseauto nodig.\n\nGroet,\nErik Sanders",
  MV("Lotte Vrolijk", D(2027, 3, 1), AM, None))
m("nl", "over 5 weken begint stan overbeek in het magazijn in nieuwegein",
  J("Stan Overbeek", P(35)))
m("en", "Please close the accounts of Victor Ionescu, his last day was yesterday.",
  L("Victor Ionescu", P(-1)), past=True)
m("nl", "Joyce Pronk en Henk Verschuren gaan per 1 januari met pensioen. Allebei al 40 jaar in de zaak!",
  L("Joyce Pronk", D(2027, 1, 1)), L("Henk Verschuren", D(2027, 1, 1)))
m("nl", "Koen Bleeker is sinds maandag langdurig ziek; we weten nog niet hoe lang.",
  none=True)
m("en", "Our e-commerce developer, Svetlana Morozova, starts on 4.1.2027. She will work from our Utrecht office three days a week.",
  J("Svetlana Morozova", D(2027, 1, 4), SE))
m("nl", "Hoi,\n\nAccountmanager Wouter Bosch verhuist per 1 februari van vestiging Amersfoort naar vestiging Ede, zelfde klanten. Zijn pas moet dan ook in Ede werken.\n\nGroeten,\nErik",
  MV("Wouter Bosch", D(2027, 2, 1), AM, AM))
m("en", "Dear HR,\n\nI'm sorry to let you know that our warehouse manager, Gerard Lammerts, passed away on Saturday after a short illness. The funeral is next week.\n\nKind regards,\nErik Sanders",
  L("Gerard Lammerts", P(-5)), past=True)
m("nl", "Maandag 14 december start Ayoub Chaouch als chauffeur. Hij rijdt de route naar de installateurs in het Gooi.",
  J("Ayoub Chaouch", ON("maandag", D(2026, 12, 14))))
m("nl", "Goedemiddag,\n\nCindy Hermsen stopt als vertegenwoordiger, ze wordt per 1 april inkoper bij ons. Haar leaseauto levert ze in; een laptop houdt ze.\n\nMet vriendelijke groet,\nIlona de Vries\nHR",
  MV("Cindy Hermsen", D(2027, 4, 1), None, AM))
m("en", "Temp order pickers Kamil Wójcik, Andrzej Nowak and Bartosz Zając: contracts end on 23 December.",
  L("Kamil Wójcik", D(2026, 12, 23)), L("Andrzej Nowak", D(2026, 12, 23)), L("Bartosz Zając", D(2026, 12, 23)))
m("nl", "Graag de onboarding van Rutger Klomp stopzetten, hij komt toch niet.",
  none=True)
m("nl", "Beste, Jonas Vermeiren start op 1 maart als verkoper aan de toonbank in onze vestiging in Mechelen. Gelieve een account aan te maken. Vriendelijke groeten, Sofie",
  J("Jonas Vermeiren", D(2027, 3, 1), AM))
m("nl", "Voor de goede orde: Patrick de Klerk werkt t/m vrijdag 8 januari en is daarna weg. Zijn telefoon en laptop levert hij die dag in bij zijn leidinggevende.",
  L("Patrick de Klerk", ON("vrijdag", D(2027, 1, 8))))
m("en", "Dear HR,\n\nMartijn Kok, currently our facilities coordinator, becomes head of the Nieuwegein warehouse on 1 March. We are still looking for his successor.\n\nBest regards,\nErik Sanders\nOperations",
  MV("Martijn Kok", D(2027, 3, 1), None, FC))
m("nl", "nieuwe programmeur voor de webshop: tamara fischer, begint 11-01-2027",
  J("Tamara Fischer", D(2027, 1, 11), SE))
m("nl", "Wij nemen afscheid van Bert Jonkers; hij is per vandaag met pensioen. Vanmiddag is er taart in de kantine!",
  L("Bert Jonkers", NOW))
m("en", "Kindly note Mr. Rajesh Nair will join us as IT support engineer (hardware, no programming) on Wednesday 13 January.",
  J("Rajesh Nair", ON("wednesday", D(2027, 1, 13))))
m("nl", "Anton Versteeg is niet meer bij ons werkzaam sinds afgelopen vrijdag, dat was zijn laatste dag.",
  L("Anton Versteeg", P(-6)), past=True)
m("nl", "Per week 3 komt Demi Schouten de facilitaire dienst versterken. Ze komt van een schoonmaakbedrijf en heeft een pas en sleutels nodig.",
  J("Demi Schouten", WK(3), FC))
m("en", "Heads-up: Sophie Wagner's start is postponed from 4 January to 1 February. Her visa took longer than expected.",
  J("Sophie Wagner", D(2027, 2, 1)))
m("nl", "Hoi Mariska,\n\nKun je voor Niels Bakkum alles klaarzetten? Hij begint woensdag 6 januari als magazijnmedewerker in Zwolle. Ik ben zelf dan op vakantie.\n\nGroet,\nGerben",
  J("Niels Bakkum", ON("woensdag", D(2027, 1, 6))))
m("en", "tom vos leaves 15-2, last day at the counter",
  L("Tom Vos", D(2027, 2, 15)))
m("nl", "Chantal Meeuwsen gaat van vestiging Ede naar Arnhem en wordt daar filiaalmanager, per 1 maart.",
  MV("Chantal Meeuwsen", D(2027, 3, 1), None, None))

# A data-centre operator.
m("en", "Hi HR,\n\nPlease onboard Lars Petersen as data centre technician at our Amsterdam-Zuidoost site. He starts on Monday, 4 January 2027 and needs a badge for halls 1 to 4.\n\nThanks,\nMichiel de Boer\nSite lead AMS2",
  J("Lars Petersen", ON("monday", D(2027, 1, 4))))
m("nl", "Beste HR,\n\nOnze facilitair coördinator Brenda Kuiper stopt per 1 februari. Ze heeft de mastersleutels van AMS1 en AMS2 en een alarmcode; graag alles die dag innemen.\n\nGroet,\nMichiel de Boer",
  L("Brenda Kuiper", D(2027, 2, 1), FC))
m("nl", "remote hands monteur dirk vlaar begint ma 11-1",
  J("Dirk Vlaar", ON("maandag", D(2027, 1, 11))))
m("en", "Our network engineer Oliver Brooks resigned, last day Friday 22 January. His access to the core routers must be removed that evening.",
  L("Oliver Brooks", ON("friday", D(2027, 1, 22))))
m("nl", "Moeten klanten die hun eigen servers komen plaatsen ook via Handover een pas krijgen?",
  none=True)
m("nl", "Sinds 1 december werkt Arjen Mol bij ons als beveiliger in de meldkamer, dat was ik vergeten door te geven.",
  J("Arjen Mol", D(2026, 12, 1)), past=True)
m("en", "Hi all,\n\nPriyanka Sharma moves from the NOC to the automation team as a software developer, effective 18 January. She will need access to our Git repositories and the staging cluster.\n\nCheers,\nTom\nTeam lead automation",
  MV("Priyanka Sharma", D(2027, 1, 18), SE, None))
m("nl", "Vandaag is de laatste werkdag van Harold Stam, hij gaat naar een klant. Zijn pas graag vanavond blokkeren.",
  L("Harold Stam", NOW))
m("nl", "Beste HR,\n\nVoor de nieuwe hal in Eemshaven hebben we twee monteurs aangenomen: Sjors Hofman (start maandag 1 februari) en Reinier Wolters (start maandag 15 februari).\n\nGroet,\nAnne-Marie Lok\nOperations Eemshaven",
  J("Sjors Hofman", ON("maandag", D(2027, 2, 1))), J("Reinier Wolters", ON("maandag", D(2027, 2, 15))))
m("en", "Ben Adler from sales moves to our Frankfurt site on 1 March, still account manager there. His German phone contract will be arranged locally.",
  MV("Ben Adler", D(2027, 3, 1), AM, AM))
m("nl", "Hoi HR,\n\nJeroen Harmsen (ontwikkelaar, monitoring-tools) stopt eind februari. Hij heeft zelf ontslag genomen en gaat naar een bank.\n\nGroeten,\nTom",
  L("Jeroen Harmsen", D(2027, 2, 28), SE))
m("en", "Bad news: technician Kofi Boateng was let go this afternoon after breaching the access procedures.",
  L("Kofi Boateng", NOW))
m("nl", "Per 4 januari komt Lisa Verkerk bij ons werken als accountmanager voor de colocatieklanten. Ze komt bij een concurrent vandaan en kent de markt goed.",
  J("Lisa Verkerk", D(2027, 1, 4), AM))
m("en", "Quick question: do contractors from the cooling vendor need a badge request here, or does facilities handle that?",
  none=True)
m("nl", "Karin de Lange werkt per volgende week maandag op de locatie in Haarlem, zelfde functie als teamleider beveiliging.",
  MV("Karin de Lange", NW("maandag"), None, None))
m("en", "Andrei Popa starts the day after tomorrow as night-shift operator. He will need a badge for all halls.",
  J("Andrei Popa", P(2)))
m("nl", "Op 30 november is Gijs Wolthuis bij ons gestopt, zijn accounts staan nog open!",
  L("Gijs Wolthuis", D(2026, 11, 30)), past=True)
m("nl", "Goedemorgen,\n\nNadia Bennani komt per 1 maart ons team versterken als softwareontwikkelaar. Ze werkt aan het klantportaal en heeft een laptop met admin-rechten nodig.\n\nMet vriendelijke groet,\nTom Bakker\nTeamlead automation",
  J("Nadia Bennani", D(2027, 3, 1), SE))
m("en", "The start of Erik Johansson as facilities coordinator is postponed, new date not known yet.",
  none=True)
m("nl", "Rob van Wijk is per 1 januari geen facilitair coördinator meer maar gaat de inkoop doen. Zijn mastersleutel gaat dan naar zijn opvolger.",
  MV("Rob van Wijk", D(2027, 1, 1), None, FC))
m("en", "reminder that Chloe Bennett's contract ends this Sunday",
  L("Chloe Bennett", WD("sunday")))
m("nl", "Vanaf woensdag 16 december begint Frank Snoek als technicus koeling. Hij heeft een pas nodig voor de technische ruimtes.",
  J("Frank Snoek", ON("woensdag", D(2026, 12, 16))))
m("en", "Dear HR Team,\n\nThis is to inform you that Ms. Deepika Rao has accepted our offer and will be joining as Software Engineer w.e.f. 1st February 2027.\n\nThanks and regards,\nArvind Kumar\nEngineering Manager",
  J("Deepika Rao", D(2027, 2, 1), SE))
m("nl", "Eline Brouwers gaat per 15 maart met zwangerschapsverlof. Ze komt terug in juli; haar account moet blijven.",
  none=True)
m("nl", "Thomas Kroon en Bas Vink (beiden beveiliger) stoppen per 31-12-2026.",
  L("Thomas Kroon", D(2026, 12, 31)), L("Bas Vink", D(2026, 12, 31)))
m("en", "Welcome Mei Chen, our new sales representative for Asia, starting Monday 11 January in the Amsterdam office.",
  J("Mei Chen", ON("monday", D(2027, 1, 11)), AM))
m("nl", "Gisteren hebben we afscheid genomen van Hennie Wessels, die 25 jaar in de meldkamer werkte; ze is met pensioen.",
  L("Hennie Wessels", P(-1)), past=True)
m("en", "From the 1st of February Koen Dijkhuis takes over the facilitaire dienst at our Eemshaven site; he's been a technician there so far.",
  MV("Koen Dijkhuis", D(2027, 2, 1), FC, None))

# A chain of thrift stores (kringloopwinkels).
m("nl", "Beste P&O,\n\nZaterdag 9 januari begint Wendy Lubbers als winkelmedewerker in onze kringloopwinkel in Apeldoorn-Zuid. Ze werkt vooral op zaterdag en woensdag.\n\nGroetjes,\nCarla Huisman\nBedrijfsleider",
  J("Wendy Lubbers", ON("zaterdag", D(2027, 1, 9))))
m("nl", "chauffeur ophaaldienst gert van ommen stopt 18-12",
  L("Gert van Ommen", D(2026, 12, 18)))
m("en", "Our driver Jacob Meyer died on Sunday in a motorbike accident.",
  L("Jacob Meyer", P(-4)), past=True)
m("nl", "Kunnen mensen met een re-integratietraject bij ons ook een account krijgen? Ze zijn niet in dienst.",
  none=True)
m("nl", "Hallo P&O,\n\nPer 1 februari wordt Ria Stoffels, nu kassamedewerker, facilitair medewerker voor de drie winkels in Deventer. Ze heeft dan van elke winkel een sleutel nodig.\n\nGroetjes,\nCarla",
  MV("Ria Stoffels", D(2027, 2, 1), FC, None))
m("en", "Hello HR, I am glad to tell that Mr. Yonas Tekle will start as sorter in our warehouse at 14.12.2026. Regards, Ahmed",
  J("Yonas Tekle", D(2026, 12, 14)))
m("nl", "Beste HR,\n\nOnze webshopbouwer (programmeur) Sven Koster vertrekt 1 maart. Hij heeft de wachtwoorden van de webshop en de betaalprovider, die moeten dan worden aangepast.\n\nGroet,\nCarla Huisman",
  L("Sven Koster", D(2027, 3, 1), SE))
m("nl", "Astrid Kluivers gaat per 4 januari van de winkel in Zutphen naar de winkel in Apeldoorn, ze blijft teamleider.",
  MV("Astrid Kluivers", D(2027, 1, 4), None, None))
m("en", "Hi! New starter: Ruby Sinclair, upcycling workshop, begins the 7th.",
  J("Ruby Sinclair", D(2026, 12, 7)))
m("nl", "Fred Mulders is gisteren op staande voet ontslagen na diefstal uit de kassa. Zijn sleutels van de winkel in Epe zijn nog niet terug.",
  L("Fred Mulders", P(-1)), past=True)
m("nl", "Per 1 januari stoppen we met uitzendkracht Anita Bergsma; haar contract loopt dan af. Ze werkte in de sorteerhal.",
  L("Anita Bergsma", D(2027, 1, 1)))
m("en", "Henk Brink (sales, business clients for office clearances) starts next week Thursday.",
  J("Henk Brink", NW("thursday"), AM))
m("nl", "Joke Hermans neemt drie weken ouderschapsverlof in januari.",
  none=True)
m("nl", "Dag iedereen, Wannes De Clercq komt ons team in de kringwinkel in Leuven vervoegen vanaf maandag 18 januari. Gelieve alles klaar te zetten. Mvg, Els",
  J("Wannes De Clercq", ON("maandag", D(2027, 1, 18))))
m("en", "Dear HR,\n\nAfter 19 years, our store manager in Deventer, Gerda Kuipers, is retiring. Her last working day will be Thursday 28 January; we will celebrate it that afternoon.\n\nBest wishes,\nCarla",
  L("Gerda Kuipers", ON("thursday", D(2027, 1, 28))))
m("nl", "Tim Brouwer begint 1 feb in de ophaaldienst, Jesse Wolters op 8 feb.",
  J("Tim Brouwer", D(2027, 2, 1)), J("Jesse Wolters", D(2027, 2, 8)))
m("nl", "Sanne Brouns is niet meer bij ons; ze is afgelopen zaterdag na haar dienst gestopt.",
  L("Sanne Brouns", P(-5)), past=True)
m("en", "Dev for the new webshop: Mateus Oliveira, from 2 Feb 2027.",
  J("Mateus Oliveira", D(2027, 2, 2), SE))
m("nl", "Coördinator vrijwilligers Aukje Ploeg wordt per 1 maart bedrijfsleider van de winkel in Epe. Haar opvolger bij de vrijwilligers is nog niet bekend.",
  MV("Aukje Ploeg", D(2027, 3, 1), None, None))
m("en", "Marcus Lee's planned leaving date of 31 December is off, he decided to stay.",
  none=True)
m("nl", "Gisteren begonnen, vandaag pas gemeld: Bilal Yilmaz, sorteerder in het magazijn.",
  J("Bilal Yilmaz", P(-1)), past=True)
m("nl", "Het contract van Kees Roelofs loopt eind januari af en wordt niet verlengd. Hij heeft een sleutel van het magazijn.",
  L("Kees Roelofs", D(2027, 1, 31)))
m("en", "From next Tuesday Irene Kalogeropoulou is our new facilities coordinator (she was a cashier in Apeldoorn).",
  MV("Irene Kalogeropoulou", WD("tuesday"), FC, None))
m("nl", "winkelmedewerker petra van der zande begint overmorgen",
  J("Petra van der Zande", P(2)))
m("nl", "Niet op 1 februari maar al op maandag 25 januari begint Marco Hulst als chauffeur. Dan kan hij nog een week meelopen met Gerrit.",
  J("Marco Hulst", ON("maandag", D(2027, 1, 25))))
m("en", "Vendor manager Lucy Thompson leaves on 19 February, she's going back to the UK. Her laptop can be given to the new buyer.",
  L("Lucy Thompson", D(2027, 2, 19)))
m("nl", "Per direct is Alex Brugman uit dienst, hij is niet meer komen opdagen. Zijn pas en sleutels heeft hij nog.",
  L("Alex Brugman", NOW))
m("nl", "Hallo,\n\nVoor de nieuwe winkel in Twello hebben we drie medewerkers gevonden. Ze beginnen alle drie in week 5:\nMaaike Tolsma (ma)\nRuben Kamp (di)\nFatima Zahra Idrissi (do)\n\nGroet,\nCarla",
  J("Maaike Tolsma", WK(5)), J("Ruben Kamp", WK(5, "dinsdag")), J("Fatima Zahra Idrissi", WK(5, "donderdag")))

# An agricultural contractor (loonbedrijf).
m("nl", "Beste HR,\n\nPer maandag 1 maart komt Harm Nijhof bij ons als trekkerchauffeur/machinist. Hij gaat vooral mest uitrijden en maïs hakselen. Telefoon en rijbewijsregistratie graag regelen.\n\nMet vriendelijke groet,\nGerrit Slot\nLoonbedrijf Slot",
  J("Harm Nijhof", ON("maandag", D(2027, 3, 1))))
m("nl", "jan-willem bouwhuis stopt per 1 jan, gaat bij z'n vader op de boerderij",
  L("Jan-Willem Bouwhuis", D(2027, 1, 1)))
m("en", "Hello,\n\nOur planner Annemarie Wesselink becomes account manager for the dairy farmers from 1 February. She will need a car and a CRM login.\n\nRegards,\nGerrit Slot",
  MV("Annemarie Wesselink", D(2027, 2, 1), AM, None))
m("nl", "Wij nemen in het voorjaar weer een stuk of tien seizoenskrachten aan. Hoe willen jullie die aangeleverd hebben?",
  none=True)
m("nl", "Monteur Erik Dijkman is gisteren in de werkplaats verongelukt en overleden. We zijn allemaal diep geschokt.",
  L("Erik Dijkman", P(-1)), past=True)
m("en", "Tractor driver Łukasz Mazur starts on 15-03-2027. He drove for us last summer as well, via the agency.",
  J("Łukasz Mazur", D(2027, 3, 15)))
m("nl", "Rik Olthof heeft ontslag genomen; volgende week vrijdag is zijn laatste werkdag.",
  L("Rik Olthof", NW("vrijdag")))
m("nl", "Hoi,\n\nHendrik Lubbers gaat per 1 februari van de vestiging in Dalfsen naar die in Ommen, hij blijft werkplaatschef. De sleutels van Dalfsen geeft hij aan Johan.\n\nGroet,\nGerrit",
  MV("Hendrik Lubbers", D(2027, 2, 1), None, None))
m("en", "we hired a developer for the field-registration app: noor habibi, first day 1 march",
  J("Noor Habibi", D(2027, 3, 1), SE))
m("nl", "Chauffeur Wessel ten Brink is vandaag ontslagen, hij reed onder invloed. Zijn telefoon en tankpas zijn ingenomen.",
  L("Wessel ten Brink", NOW))
m("nl", "Yvonne Dekker (administratie) stopt per 1 maart; ze gaat studeren.",
  L("Yvonne Dekker", D(2027, 3, 1)))
m("en", "Gerben Wijnen retires at the end of January after 41 years with us. We will say goodbye at the new year's drinks.",
  L("Gerben Wijnen", D(2027, 1, 31)))
m("nl", "Per 18 januari start Jolanda Brinkhuis als facilitair medewerker op de werf. Ze doet de schoonmaak, de kantine en het sleutelbeheer.",
  J("Jolanda Brinkhuis", D(2027, 1, 18), FC))
m("en", "Hi,\n\nTwo of our seasonal drivers stay on for the winter: no action needed. But Tomasz Krawczyk and Marius Dumitru leave us on Saturday 19 December. Please collect their phones.\n\nRegards,\nGerrit",
  L("Tomasz Krawczyk", ON("saturday", D(2026, 12, 19))), L("Marius Dumitru", D(2026, 12, 19)))
m("nl", "Laatste werkdag van vertegenwoordiger Albert Kuipers: 29-1.",
  L("Albert Kuipers", D(2027, 1, 29), AM))
m("nl", "Met ingang van 1 april 2027 wordt Daan Schipper bedrijfsleider; hij was loonwerker.",
  MV("Daan Schipper", D(2027, 4, 1), None, None))
m("en", "Hiring news: Johan Veldhuis starts Monday as mechanic in the Ommen workshop.",
  J("Johan Veldhuis", WD("monday")))
m("nl", "Door de vorst schuift de start van Stefan Arends op van 4 januari naar maandag 18 januari.",
  J("Stefan Arends", ON("maandag", D(2027, 1, 18))))
m("nl", "Henk Lankhorst zou per 1 februari stoppen, maar hij blijft toch. Zijn vertrek graag intrekken.",
  none=True)
m("en", "Please onboard Kateryna Bondarenko (bookkeeper) and Oksana Melnyk (payroll), both starting tomorrow.",
  J("Kateryna Bondarenko", P(1)), J("Oksana Melnyk", P(1)))
m("nl", "Afgelopen maandag al begonnen maar nog niet gemeld: Bart Klein Gunnewiek, machinist.",
  J("Bart Klein Gunnewiek", P(-3)), past=True)
m("en", "Dear all,\n\nOur sales rep for the arable farmers, Pieter Hulshoff, leaves us 26/02/2027. He is starting his own business. His car goes back to the lease company.\n\nKind regards,\nGerrit Slot",
  L("Pieter Hulshoff", D(2027, 2, 26), AM))
m("nl", "Het contract van Roel Bakker is op 30 november afgelopen; graag nog zijn account sluiten.",
  L("Roel Bakker", D(2026, 11, 30)), past=True)
m("nl", "In week 10 begint Sietse Hofstra als trekkerchauffeur. Hij komt van de landbouwschool in Dronten.",
  J("Sietse Hofstra", WK(10)))
m("en", "Anneke Plomp moves from the office to the workshop as parts manager, from 1 Feb.",
  MV("Anneke Plomp", D(2027, 2, 1), None, None))
m("nl", "Nieuwe programmeur voor de GPS-koppeling met de trekkers: Vincent Evers, start maandag 8 maart.",
  J("Vincent Evers", ON("maandag", D(2027, 3, 8)), SE))
m("en", "Jannes Venema, who was going to start with us on 4 January as a driver, has found another job. So no start.",
  none=True)
m("nl", "Per direct neemt Ilse Jonker de facilitaire dienst over; ze was hiervoor planner. Marjolein, die dit deed, is met zwangerschapsverlof.",
  MV("Ilse Jonker", NOW, FC, None))
m("nl", "vorige week donderdag is loonwerker freek te velde gestopt, vergeten te melden",
  L("Freek te Velde", LW("donderdag")), past=True)

# A satellite ground-station company.
m("en", "Hi HR,\n\nDr. Ingrid Solberg joins our mission operations team as flight dynamics specialist on Monday 1 February 2027. She'll work from the Noordwijk office.\n\nBest regards,\nPaul Verhoef\nHead of Operations",
  J("Ingrid Solberg", ON("monday", D(2027, 2, 1))))
m("nl", "Ontwikkelaar Thijmen Rademaker begint 11 januari in het groundsegment-team. Hij werkt aan de software voor de antennesturing.",
  J("Thijmen Rademaker", D(2027, 1, 11), SE))
m("en", "antenna technician rowan price leaves 22/12",
  L("Rowan Price", D(2026, 12, 22)))
m("nl", "Beste HR,\n\nPer 1 februari gaat Manon Verbruggen van software ontwikkelaar naar productmanager. Haar schrijfrechten op de repositories mogen dan weg.\n\nGroet,\nPaul Verhoef",
  MV("Manon Verbruggen", D(2027, 2, 1), None, SE))
m("en", "Two new operators for the night shift at the ground station in Kiruna: Elin Nyberg from 4 January and Jonas Eklund from 18 January.",
  J("Elin Nyberg", D(2027, 1, 4)), J("Jonas Eklund", D(2027, 1, 18)))
m("nl", "Gisteren is Hans Mertens, onze systeembeheerder (geen ontwikkelaar), ontslagen wegens het lekken van klantdata.",
  L("Hans Mertens", P(-1)), past=True)
m("nl", "Onze accountmanager defensie, Mariëlle Swinkels, gaat per 1 maart met pensioen; laatste werkdag vrijdag 26 februari.",
  L("Mariëlle Swinkels", ON("vrijdag", D(2027, 2, 26)), AM))
m("en", "Kenji Watanabe (software engineer, image processing) joins us on Tuesday 12 January.",
  J("Kenji Watanabe", ON("tuesday", D(2027, 1, 12)), SE))
m("nl", "Hallo,\n\nDirk Meulendijk, facilitair coördinator in Noordwijk, gaat per 1 april hetzelfde werk doen op onze locatie in Dwingeloo. Hij verhuist naar Drenthe.\n\nMet vriendelijke groet,\nPaul Verhoef",
  MV("Dirk Meulendijk", D(2027, 4, 1), FC, FC))
m("nl", "Beste HR,\n\nTwee wijzigingen per 1 januari:\n- Tessa Kortekaas stopt; ze gaat naar ESA.\n- Yusuf Kaplan begint als haar opvolger, ook als missieplanner.\n\nGroet,\nPaul",
  L("Tessa Kortekaas", D(2027, 1, 1)), J("Yusuf Kaplan", D(2027, 1, 1)))
m("en", "Our colleague Dr. Andrzej Kowalczyk passed away on Tuesday 1 December.",
  L("Andrzej Kowalczyk", ON("tuesday", D(2026, 12, 1))), past=True)
m("nl", "Goedemiddag,\n\nVanaf 4-1-2027 versterkt Lucia Romano het salesteam als vertegenwoordiger voor Zuid-Europa. Ze werkt vanuit Milaan en komt de eerste week naar Noordwijk.\n\nGroet,\nPaul",
  J("Lucia Romano", D(2027, 1, 4), AM))
m("en", "Just so you know: Mike Donovan quit today, effective immediately. Please disable his VPN and badge right away.",
  L("Mike Donovan", NOW))
m("nl", "stagiair ruben oosterhof (TU Delft) begint in week 6 op maandag",
  J("Ruben Oosterhof", WK(6)))
m("en", "Quick correction: Sanne Bergsma leaves on 26 February, not on 12 February. Her manager agreed to the extra two weeks.",
  L("Sanne Bergsma", D(2027, 2, 26)))
m("nl", "De programmeurs Pim Hak en Thomas Lindeman stoppen allebei eind maart; hun project is afgerond.",
  L("Pim Hak", D(2027, 3, 31), SE), L("Thomas Lindeman", D(2027, 3, 31), SE))
m("en", "Sofia Esposito starts next Thursday as receptionist. She will need a badge for the front desk.",
  J("Sofia Esposito", WD("thursday")))
m("nl", "Antennemonteur Gerrit-Jan Hofstede verhuist per 1 maart naar het station in Dwingeloo, zelfde functie.",
  MV("Gerrit-Jan Hofstede", D(2027, 3, 1), None, None))
m("en", "Dear Sir/Madam,\n\nI wish to inform you that Mr. Kwame Asante has been appointed as Facilities Coordinator for the Noordwijk site with effect from 1st March, 2027.\n\nYours faithfully,\nEsther Boateng\nHR Officer",
  J("Kwame Asante", D(2027, 3, 1), FC))
m("nl", "Laura Haverkamp wordt per 1 januari hoofd commercie; ze was accountmanager. Haar klanten gaan naar Lucia.",
  MV("Laura Haverkamp", D(2027, 1, 1), None, AM))
m("en", "Welcome aboard: Aditya Menon (ground software developer) from Monday 7 December.",
  J("Aditya Menon", ON("monday", D(2026, 12, 7)), SE))
m("nl", "Per 15 januari start Femke Wubbels als facilitair medewerker, en per dezelfde datum vertrekt Jan Lok van de receptie.",
  J("Femke Wubbels", D(2027, 1, 15), FC), L("Jan Lok", D(2027, 1, 15)))
m("en", "The contract of contractor Robert Lindgren (RF engineer, hardware) ends on 31 January.",
  L("Robert Lindgren", D(2027, 1, 31)))
m("nl", "Volgende week donderdag is de laatste werkdag van Willemien Sloot, ze gaat emigreren naar Canada.",
  L("Willemien Sloot", NW("donderdag")))
m("en", "Hiring: two software developers, Felix Braun (4 Jan) and Amira Saleh (1 Feb). Both will work on the scheduling software.",
  J("Felix Braun", D(2027, 1, 4), SE), J("Amira Saleh", D(2027, 2, 1), SE))
m("nl", "Afgelopen woensdag is operator Bas Hartman met ontslag gegaan; hij was die dag voor het laatst.",
  L("Bas Hartman", P(-1)), past=True)
m("en", "Grace Liu moves to the Dwingeloo station from 18 Jan, same role as mission planner. She will need a badge for the Dwingeloo gate.",
  MV("Grace Liu", D(2027, 1, 18), None, None))
m("nl", "Morgen begint Jasmijn Terlouw als office manager.",
  J("Jasmijn Terlouw", P(1)))
m("nl", "Hoi P&O,\n\nHierbij de laatste wijziging voor dit jaar: onze ontwikkelaar Matthijs Greve gaat per maandag 4 januari als teamleider het groundsegment-team leiden en programmeert dan niet meer.\n\nFijne feestdagen,\nPaul",
  MV("Matthijs Greve", ON("maandag", D(2027, 1, 4)), None, SE))


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
